"""The entity gazetteer: canonical entities, their Arabic surface forms, titles and group phrases.

Loaded from the generated ``gazetteer.tsv`` plus the hand-curated ``curated.tsv`` (a curated row
whose id exists merges into it). The index maps normalised token sequences to what they name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.data import read_tsv
from kg.errors import DataError
from kg.lang.ar.clitics import AND, FOR, clitic_readings, definite, plural_nisbas
from kg.lang.ar.tokenize import tokenize
from kg.records import Entity, Token

ENTITY_TYPES = ("Person", "Country", "Organization", "Place")
ROW_TYPES = ENTITY_TYPES + ("Title", "Group")


@dataclass(frozen=True)
class Entry:
    """What a surface form names: an entity (``name``/``nisba``), an office ``title`` or a ``group``."""

    kind: str
    target: str  # what the kind refers to: an entity id (name, nisba), an office (title), a group level (group)

    def referent(self) -> dict[str, str]:
        """The typed :class:`~kg.records.Mention` fields for this entry: kind plus entity_id, role or group."""
        field_name = {"name": "entity_id", "nisba": "entity_id", "title": "role", "group": "group"}[self.kind]
        return {"kind": self.kind, field_name: self.target}


@dataclass
class GazetteerRow:
    id: str
    type: str
    qid: str
    label_ar: str
    label_en: str
    aliases: list[str]
    nisba: list[str]
    country: str
    role: str
    forum: bool
    sources: list[str] = field(default_factory=list)
    # forms that are also common words (فتح "opened", القاعدة "the base"): they name the entity only
    # when a recognizer has tagged them as a name; written with a leading ~ in the TSV
    tagged_aliases: list[str] = field(default_factory=list)
    # forms whose first word is also an adjective (الخارجية الأمريكية): after a definite noun they
    # describe it (السياسة الخارجية الأمريكية) and name nothing (see kg/data/state_bodies.tsv)
    attributive: list[str] = field(default_factory=list)
    # forms made of a head and a nisba (الجيش المصري): a second nisba joined by و shares the head
    # (القوات العراقية والأمريكية), so the phrase names two countries' forces, no one body
    body_forms: list[str] = field(default_factory=list)
    # forms whose head also names an office (الرئاسة التركية): after an office word (انتخابات الرئاسة
    # التركية) they name the office, not the body (see kg/data/state_bodies.tsv)
    offices: list[str] = field(default_factory=list)

    def entity(self) -> Entity:
        return Entity(id=self.id, type=self.type, label_ar=self.label_ar, label_en=self.label_en or None,
                      qid=self.qid or None, country=self.country or None, forum=self.forum)


class Gazetteer:
    """Entities and a token-sequence index over their normalised surface forms."""

    def __init__(self, rows: list[GazetteerRow], article_words: frozenset[str] = frozenset(),
                 office_words: frozenset[str] = frozenset()):
        self.rows = {r.id: r for r in rows}
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        self.tagged: dict[tuple[str, ...], set[str]] = {}
        self.attributive: set[tuple[str, ...]] = set()
        self.body_forms: set[tuple[str, ...]] = set()
        self.article_words = article_words  # normalised words that start like the article but are no nouns (إلى)
        self.offices: set[tuple[str, ...]] = set()
        self.office_words = office_words  # normalised words after which an office head names the office (انتخابات)
        for row in sorted(self.rows.values(), key=lambda r: r.id):
            kind = {"Title": "title", "Group": "group"}.get(row.type, "name")
            target = row.role if row.type in ("Title", "Group") else row.id
            for form in [row.label_ar, *row.aliases]:
                if form not in row.tagged_aliases:  # a label that is also a common word (مالي "financial")
                    self._add(form, Entry(kind, target))
            for form in row.nisba:
                self._add(form, Entry("nisba", row.id))
            if row.type == "Country":
                for form in plural_nisbas(row.nisba):
                    self._add(form, Entry("nisba", row.id))
            for form in row.tagged_aliases:
                self.tagged.setdefault(tuple(t.norm for t in tokenize(form)), set()).add(row.id)
            self.attributive.update(tuple(t.norm for t in tokenize(form)) for form in row.attributive)
            self.body_forms.update(tuple(t.norm for t in tokenize(form)) for form in row.body_forms)
            self.offices.update(tuple(t.norm for t in tokenize(form)) for form in row.offices)
        # the lengths of the forms each first word starts, longest first: a token tries only those
        # (most tokens start none), not every length up to the longest form with every reading
        starts: dict[str, set[int]] = {}
        for key in self.index:
            starts.setdefault(key[0], set()).add(len(key))
        self.lengths: dict[str, tuple[int, ...]] = {first: tuple(sorted(ns, reverse=True)) for first, ns in starts.items()}

    def _add(self, form: str, entry: Entry) -> None:
        key = tuple(t.norm for t in tokenize(form))
        if not key:
            return
        entries = self.index.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.index.get(key, [])

    def tagged_entity(self, tokens: list[Token]) -> str | None:
        """The one entity a span a recognizer tagged as a name names through a ``~`` alias (فتح),
        clitics on its first token allowed."""
        if not tokens:
            return None
        rest = tuple(t.norm for t in tokens[1:])
        for _stripped, form in clitic_readings(tokens[0].norm):
            ids = self.tagged.get((form,) + rest)
            if ids:
                return next(iter(ids)) if len(ids) == 1 else None
        return None

    def match(self, tokens: list[Token], i: int,
              first_readings: list[tuple[int, str]] | None = None) -> tuple[int, int, str, list[Entry]] | None:
        """Longest match of a surface form starting at token ``i``: (length, letters stripped, form, entries).

        Only the first token may carry proclitics (ولافروف, للأمم المتحدة); its unstripped reading is
        tried first, so a name that starts with one of those letters (لبنان) is never cut.
        """
        readings = first_readings if first_readings is not None else clitic_readings(tokens[i].norm)
        room = len(tokens) - i
        lengths = sorted({n for _, form in readings for n in self.lengths.get(form, ()) if n <= room}, reverse=True)
        for length in lengths:
            rest = tuple(t.norm for t in tokens[i + 1 : i + length])
            for stripped, form in readings:
                entries = self.lookup((form,) + rest)
                if entries and not self._not_a_body((form,) + rest, tokens, i, length):
                    return length, stripped, form, entries
        return None

    def _not_a_body(self, key: tuple[str, ...], tokens: list[Token], i: int, length: int) -> bool:
        """Whether a head + nisba form names no body here: an attributive head after a definite noun
        (السياسة الخارجية الأمريكية), an office head after an office word (انتخابات الرئاسة الأمريكية) or
        before «ل» + a definite noun (الرئاسة الهولندية للمجلس: a state's turn presiding over a body), or a
        head shared with a second nisba (القوات العراقية والأمريكية)."""
        if key in self.attributive and i > 0 and self._definite(tokens[i - 1]):
            return True
        if key in self.offices and i > 0 and any(
                form in self.office_words for _stripped, form in clitic_readings(tokens[i - 1].norm)):
            return True
        if key in self.offices and i + length < len(tokens) and (
                tokens[i + length].norm == FOR or tokens[i + length].norm.startswith(FOR + FOR)):
            return True
        if key in self.body_forms and i + length < len(tokens):
            after = tokens[i + length].norm
            return after.startswith(AND) and any(e.kind == "nisba" for e in self.lookup((after[len(AND):],)))
        return False

    def _definite(self, token: Token) -> bool:
        """Whether a token is a definite noun (السياسة، للشؤون), which an attributive form would describe."""
        return any(definite(form) and form not in self.article_words
                   for _stripped, form in clitic_readings(token.norm))

    def entity(self, entity_id: str) -> Entity:
        return self.rows[entity_id].entity()

    def country_of(self, entity_id: str) -> str | None:
        """The country a person holds office in or a place lies in, per the gazetteer."""
        row = self.rows.get(entity_id)
        if not row:
            return None
        if row.type == "Country":
            return row.id
        return row.country if row.country.startswith("country/") else None

    def is_media(self, entity_id: str) -> bool:
        """A news outlet (curated role ``media``): it reports what others do, and says nothing of a story's
        country (وكالة الأنباء الفرنسية quoted in a story about Indonesia)."""
        row = self.rows.get(entity_id)
        return bool(row and row.role == "media")

    def is_platform(self, entity_id: str) -> bool:
        """A social network or messaging service (curated role ``platform``: تويتر، فيسبوك): where what
        someone wrote was posted, a party only where it is itself acted on."""
        row = self.rows.get(entity_id)
        return bool(row and row.role == "platform")

    def is_capital(self, entity_id: str) -> bool:
        row = self.rows.get(entity_id)
        return bool(row and row.type == "Place" and row.role == "capital")


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def load_rows(path: Path) -> list[GazetteerRow]:
    rows = []
    for number, f in read_tsv(path, 11, min_columns=5):
        if f[1] not in ROW_TYPES:
            raise DataError(f"{path}:{number}: unknown type {f[1]!r} (expected one of {', '.join(ROW_TYPES)})")
        if not f[0] or "/" not in f[0]:
            raise DataError(f"{path}:{number}: id {f[0]!r} must look like kind/name (country/CN, person/wang-yi)")
        if f[2] and not (f[2].startswith("Q") and f[2][1:].isdigit()):
            raise DataError(f"{path}:{number}: qid {f[2]!r} is not a Wikidata id")
        aliases = _split(f[5])
        rows.append(GazetteerRow(
            id=f[0], type=f[1], qid=f[2], label_ar=f[3], label_en=f[4],
            aliases=[a for a in aliases if not a.startswith("~")],
            nisba=[n for n in _split(f[6]) if not n.startswith("~")], country=f[7], role=f[8],
            forum=f[9].lower() == "yes", sources=[f[10]] if f[10] else [],
            tagged_aliases=[a[1:].strip() for a in aliases + _split(f[6]) if a.startswith("~") and a[1:].strip()],
        ))
    return rows


def merge_rows(*tables: list[GazetteerRow]) -> list[GazetteerRow]:
    """Later tables extend earlier ones: new rows are added, rows with a known id are merged."""
    merged: dict[str, GazetteerRow] = {}
    for table in tables:
        for row in table:
            old = merged.get(row.id)
            if old is None:
                merged[row.id] = row
                continue
            for attr in ("qid", "label_ar", "label_en", "country", "role"):
                if getattr(row, attr):
                    setattr(old, attr, getattr(row, attr))
            old.forum = old.forum or row.forum
            # a later table's ~form demotes the form: a name or nisba of the entity that is also a
            # common word (مالي، المالية "financial") names it only where a recognizer tagged a name
            demoted = set(row.tagged_aliases)
            old.aliases = sorted((set(old.aliases) | set(row.aliases) | {row.label_ar} - {old.label_ar, ""}) - demoted)
            old.nisba = sorted((set(old.nisba) | set(row.nisba)) - demoted)
            old.tagged_aliases = sorted(set(old.tagged_aliases) | set(row.tagged_aliases))
            old.sources += row.sources
    return list(merged.values())
