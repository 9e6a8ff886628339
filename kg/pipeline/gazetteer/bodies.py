"""State bodies named by a head noun and a country's nisba: «وزارة الخارجية الفرنسية»، «الجيش المصري».

News names a state's ministries, armies and parliaments this way far more often than by their
proper names; listing each body of each country by hand would never end. The heads live in
``kg/data/state_bodies.tsv``; the nisbas come from the gazetteer's countries. One organisation per
body and country (``org/mfa-fr``) gets every head and nisba form, so «الخارجية الفرنسية» in one
article and «وزارة الخارجية الفرنسية» in another are one entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.clitics import definite, feminine
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer.index import GazetteerRow

_KINDS = ("nisba", "attributive", "office", "article", "office-word")


@dataclass(frozen=True)
class Head:
    form: str
    feminine: bool
    code: str
    label_en: str
    state: bool
    attributive: bool  # the head is also an adjective of the definite noun before it (السياسة الخارجية)
    office: bool = False  # the head also names the office the body holds (انتخابات الرئاسة الأمريكية)
    media: bool = False  # an outlet (وكالة الأنباء الإثيوبية): it reports what others do, so it takes no part


@dataclass(frozen=True)
class StateBodies:
    heads: tuple[Head, ...] = ()
    # words that start with the article but are no nouns (إلى، التي), normalised
    article_words: frozenset[str] = field(default_factory=frozenset)
    # words after which an `office` head names the office, not the body (انتخابات، منصب), normalised
    office_words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls, path: Path | None = None) -> StateBodies:
        path = path or data_path("state_bodies.tsv")
        heads, words, office_words = [], set(), set()
        for number, f in read_tsv(path, 7, min_columns=2):
            kind = f[0]
            if kind not in _KINDS:
                raise DataError(f"{path}:{number}: unknown kind {kind!r} (expected one of {', '.join(_KINDS)})")
            if kind in ("article", "office-word"):
                (words if kind == "article" else office_words).add(normalize(f[1]))
                continue
            if f[2] not in ("f", "m") or not f[3] or not f[4] or f[5] not in ("yes", "no", "media"):
                raise DataError(f"{path}:{number}: kind {kind} needs gender f/m, a code, label_en and state yes/no/media")
            heads.append(Head(f[1], f[2] == "f", f[3], f[4], f[5] == "yes", kind == "attributive", kind == "office",
                              f[5] == "media"))
        return cls(tuple(heads), frozenset(words), frozenset(office_words))

    def rows(self, countries: list[GazetteerRow]) -> list[GazetteerRow]:
        """One organisation row per body code and country with a definite nisba of the head's gender.

        A nisba ending in ta marbuta is feminine (الفرنسية), any other masculine (الفرنسي).
        """
        out: dict[str, GazetteerRow] = {}
        for country in sorted(countries, key=lambda r: r.id):
            if country.type != "Country":
                continue
            nisbas = [n for n in country.nisba if definite(n)]
            code = country.id.split("/", 1)[1].lower()
            for head in self.heads:
                forms = [f"{head.form} {n}" for n in nisbas if feminine(normalize(n)) == head.feminine]
                if not forms:
                    continue
                oid = f"org/{head.code}-{code}"
                row = out.get(oid)
                if row is None:
                    label_en = f"{head.label_en} ({country.label_en})" if country.label_en else head.label_en
                    row = out[oid] = GazetteerRow(
                        id=oid, type="Organization", qid="", label_ar=forms[0], label_en=label_en, aliases=[],
                        nisba=[], country=country.id, role="state" if head.state else "media" if head.media else "", forum=False,
                        sources=["generated: kg/data/state_bodies.tsv x the gazetteer's nisbas"])
                row.aliases += [f for f in forms if f != row.label_ar]
                row.body_forms += forms
                if head.attributive:
                    row.attributive += forms
                if head.office:
                    row.offices += forms
        return list(out.values())


def add_state_bodies(rows: list[GazetteerRow], bodies: StateBodies) -> list[GazetteerRow]:
    """The gazetteer's rows plus the state bodies made from its countries.

    A generated body whose id exists (``org/mfa-ru``) or whose form a state body already has
    (الجيش الإسرائيلي is ``org/idf``, وزارة الدفاع الأمريكية ``org/pentagon``) joins that row; a form
    any other entity has (a party, القوات اللبنانية; a country's alias) stays that entity's.
    """
    by_id = {r.id: r for r in rows}
    owners: dict[str, set[str]] = {}
    for r in rows:
        if r.type in ("Title", "Group"):
            continue
        for form in (r.label_ar, *r.aliases):
            owners.setdefault(normalize(form), set()).add(r.id)
    added = []
    for gen in bodies.rows(rows):
        forms = [gen.label_ar, *gen.aliases]
        claimed = {oid for f in forms for oid in owners.get(normalize(f), ())}
        state = {oid for oid in claimed if by_id[oid].type == "Organization" and by_id[oid].role == "state"}
        target = by_id.get(gen.id) or (by_id[next(iter(state))] if len(state) == 1 else None)
        if target is not None:
            known = {normalize(f) for f in (target.label_ar, *target.aliases)}
            target.aliases += [f for f in forms if normalize(f) not in known]
            target.attributive = sorted(set(target.attributive) | set(gen.attributive))
            target.offices = sorted(set(target.offices) | set(gen.offices))
            target.body_forms = sorted(set(target.body_forms) | set(gen.body_forms))
            continue
        free = [f for f in forms if not owners.get(normalize(f))]
        if not free:
            continue
        gen.label_ar, gen.aliases = free[0], free[1:]
        gen.attributive = [f for f in gen.attributive if f in free]
        gen.offices = [f for f in gen.offices if f in free]
        gen.body_forms = [f for f in gen.body_forms if f in free]
        added.append(gen)
    return rows + added
