"""Linking: every mention to one entity, plus the roles that title phrases state.

- gazetteer mentions arrive linked; Stanza mentions are looked up in the gazetteer (clitics
  stripped) and otherwise become new entities with a deterministic id;
- surname- or given-name-only mentions (لافروف، وانغ) link to the full person named in the same
  article;
- title phrases (وزير الخارجية الصيني وانغ يي) give roles and consume their nisba adjectives;
  a title with a nisba but no name (الرئيس الصيني، نظيره الصيني) links to the official of that
  country named elsewhere in the article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import Gazetteer
from .normalize import clitic_readings, normalize, strip_offset
from .records import Document, Entity, Evidence, Mention, Role, Sentence
from .recognizers.gazetteer_ner import match_tokens
from .resources import data_path

_NEW_TYPE = {"PER": "Person", "PERS": "Person", "ORG": "Organization", "LOC": "Place"}
_SEPARATORS = {"،", ",", "-"}


@lru_cache(maxsize=None)
def _word_list(name: str) -> frozenset[str]:
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(x.strip()) for x in lines if x.strip() and not x.startswith("#"))


def name_particles() -> frozenset[str]:
    return _word_list("name_particles.txt")


def whole_names() -> frozenset[str]:
    """Names that start like a clitic but are whole (فيصل، ليلى): kg/data/whole_names.txt."""
    return _word_list("whole_names.txt")


def not_entities() -> frozenset[str]:
    """Words a statistical recognizer tags as names but that never are (kg/data/not_entities.txt)."""
    return _word_list("not_entities.txt")


@dataclass
class Linked:
    """The linker's output for one document."""

    entities: dict[str, Entity]
    mentions: list[Mention]  # name mentions (entities), nisbas, titles, groups, in text order
    roles: list[Role]
    consumed: set[int] = field(default_factory=set)  # ids of mentions used up by title phrases


def new_entity_id(kind: str, text: str) -> str:
    """A stable id for an entity no gazetteer knows: its type plus a hash of its normalised name.

    >>> new_entity_id("Person", "يوسف العثيمين") == new_entity_id("Person", "يُوسُف العثيمين")
    True
    """
    digest = hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:12]
    return f"{kind.lower().replace('organization', 'org')}/ar-{digest}"


class Linker:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    # -- entry point -------------------------------------------------------------------------
    def __call__(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> Linked:
        mentions = [m for m in (self._resolve(doc, sentences, m) for m in mentions) if m]
        short = self._short_forms(mentions)
        mentions = [m for m in (self._mint(m, short) for m in mentions) if m]
        mentions += self._short_names(doc, sentences, mentions, short)
        mentions.sort(key=lambda m: (m.start, -m.end))
        linked = Linked({}, mentions, [])
        self._roles(doc, sentences, linked)
        # a new entity takes its label from its fullest own mention, never from a surname or a title
        for m in sorted(linked.mentions, key=lambda m: (m.source in ("surname", "title-ref"), -len(m.text.split()), m.start)):
            if m.kind in ("name", "nisba") and m.entity_id:
                ent = linked.entities.get(m.entity_id) or self._entity(m)
                linked.entities[ent.id] = ent
                if m.source != "title-ref":
                    ent.surface_forms.add(m.text)
        return linked

    def _entity(self, m: Mention) -> Entity:
        if m.entity_id in self.gaz.rows:
            return self.gaz.entity(m.entity_id)
        kind = m.entity_id.split("/")[0]
        typ = {"person": "Person", "org": "Organization", "place": "Place", "country": "Country"}[kind]
        return Entity(m.entity_id, typ, m.text)

    # -- stanza mentions -----------------------------------------------------------------------
    def _resolve(self, doc: Document, sentences: list[Sentence], m: Mention) -> Mention | None:
        """Link a Stanza mention through the gazetteer; unknown ones wait for :meth:`_mint`."""
        if m.entity_id or m.kind != "name":
            return m
        tokens = sentences[m.sentence].tokens[m.tok_start : m.tok_end]
        found = match_tokens(self.gaz, tokens, 0)
        if found and found[0] == len(tokens):
            length, stripped, form, entries = found
            entry = min(entries, key=lambda e: ("name", "title", "group", "nisba").index(e.kind))
            m.kind, m.entity_id = entry.kind, entry.target
            return m
        return m if m.label in _NEW_TYPE else None  # MISC counts only when the gazetteer links it

    def _mint(self, m: Mention, short: dict[str, str]) -> Mention | None:
        """An entity for a mention no gazetteer knows: a short name of a person in the article, or new.

        A one-word PER that names nobody else in the article (Stanza tagging an adjective such as
        عادل) is dropped: news introduces people with at least two names.
        """
        if m.entity_id:
            return m
        words = [normalize(w) for w in m.text.split()]
        if " ".join(words) in not_entities():
            return None
        if m.label in ("PER", "PERS") and len(words) == 1:
            if words[0] in short:
                m.entity_id, m.source = short[words[0]], "surname"
                return m
            return None
        m.entity_id = new_entity_id(_NEW_TYPE[m.label], m.text)
        return m

    # -- surnames ------------------------------------------------------------------------------
    def _short_forms(self, mentions: list[Mention]) -> dict[str, str]:
        """First or last name -> the one person of the article it can stand for (ambiguous ones dropped)."""
        owners: dict[str, set[str]] = {}
        for m in mentions:
            row = self.gaz.rows.get(m.entity_id) if m.entity_id else None
            if m.kind != "name" or not (row and row.type == "Person" or not m.entity_id and m.label in ("PER", "PERS")):
                continue
            pid = m.entity_id or new_entity_id("Person", m.text)
            forms = [m.text] + ([row.label_ar, *row.aliases] if row else [])
            for form in forms:
                parts = [normalize(p) for p in form.split()]
                if len(parts) < 2:
                    continue
                for part in (parts[0], parts[-1]):
                    if len(part) >= 2 and part not in name_particles():
                        owners.setdefault(part, set()).add(pid)
        return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}

    def _short_names(self, doc: Document, sentences: list[Sentence], mentions: list[Mention],
                     short: dict[str, str]) -> list[Mention]:
        """Short names the recognizers left untagged (وأكد لافروف), linked to their person.

        Only forms without the article are scanned: الثاني or الناشط alone are ordinary words far
        more often than names (a gazetteer alias such as الجبير still matches as a name).
        """
        short = {k: v for k, v in short.items() if not k.startswith("ال")}
        if not short:
            return []
        taken = {(m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end)}
        found = []
        for sent in sentences:
            for i, tok in enumerate(sent.tokens):
                if (sent.index, i) in taken:
                    continue
                for stripped, form in clitic_readings(tok.norm):
                    if form in short:
                        start = tok.start + strip_offset(tok.text, stripped)
                        found.append(Mention(start, tok.end, doc.text[start:tok.end], "PER", sent.index, i, i + 1,
                                             kind="name", entity_id=short[form], source="surname"))
                        break
        return found

    # -- titles and roles -------------------------------------------------------------------
    def _adjacent(self, sent: Sentence, a: Mention, b: Mention) -> bool:
        if b.sentence != a.sentence or b.tok_start < a.tok_end:
            return False
        between = sent.tokens[a.tok_end : b.tok_start]
        return all(t.text in _SEPARATORS for t in between) and len(between) <= 1

    def _org_of(self, m: Mention) -> str | None:
        if m.kind == "nisba":
            return m.entity_id
        if m.kind == "name" and m.entity_id:
            row = self.gaz.rows.get(m.entity_id)
            if row and row.type in ("Country", "Organization"):
                return m.entity_id
        return None

    def _roles(self, doc: Document, sentences: list[Sentence], linked: Linked) -> None:
        ms = linked.mentions
        pending_refs: list[tuple[int, str | None, str]] = []
        i = 0
        while i < len(ms):
            title = ms[i]
            if title.kind != "title":
                i += 1
                continue
            sent = sentences[title.sentence]
            chain = [title]
            j = i + 1
            while j < len(ms) and self._adjacent(sent, chain[-1], ms[j]) and (ms[j].kind in ("title", "nisba") or self._org_of(ms[j])):
                chain.append(ms[j])
                j += 1
            person = ms[j] if j < len(ms) and self._adjacent(sent, chain[-1], ms[j]) and ms[j].kind == "name" and (ms[j].entity_id or "").startswith("person/") else None
            orgs = [self._org_of(m) for m in chain if self._org_of(m)]
            if person is None and i > 0 and ms[i - 1].kind == "name" and (ms[i - 1].entity_id or "").startswith("person/") \
                    and title.entity_id != "Counterpart" and self._adjacent(sent, ms[i - 1], title) \
                    and title.tok_start > ms[i - 1].tok_end and orgs:
                person = ms[i - 1]  # apposition after the name: لافروف، وزير الخارجية الروسي
            # honorifics (الشيخ، السيد) link a title to its name but hold no office themselves
            titles = [m for m in chain if m.kind == "title" and m.entity_id != "Honorific"]
            if titles and person is not None:
                for t in titles:
                    self._add_role(doc, sent, linked, person, t, orgs, chain)
                linked.consumed.update(id(m) for m in chain if m.kind == "nisba")
                # الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينج: a second nisba + name share the title
                k = j + 1
                while k + 1 < len(ms) and ms[k].kind == "nisba" and self._adjacent(sent, ms[k - 1], ms[k]) \
                        and ms[k + 1].kind == "name" and self._adjacent(sent, ms[k], ms[k + 1]) \
                        and (ms[k + 1].entity_id or "").startswith("person/"):
                    for t in titles:
                        self._add_role(doc, sent, linked, ms[k + 1], t, [ms[k].entity_id], [ms[k]])
                    linked.consumed.add(id(ms[k]))
                    k += 2
            elif titles and orgs and self.gaz.rows.get(orgs[0]) and self.gaz.rows[orgs[0]].type == "Country":
                role = titles[-1].entity_id
                if role == "Counterpart":  # his counterpart holds the office of the person just named
                    before = [m for m in ms[:i] if m.sentence == title.sentence and m.kind == "name"
                              and (m.entity_id or "").startswith("person/")]
                    role = self._role_of(linked, before[-1].entity_id) if before else "Counterpart"
                pending_refs.append((i, orgs[0], role))
                linked.consumed.update(id(m) for m in chain if m.kind == "nisba")
            i = j if j > i else i + 1
        self._resolve_title_refs(doc, linked, pending_refs)

    def _role_of(self, linked: Linked, person: str) -> str:
        stated = [r.role for r in linked.roles if r.person == person]
        row = self.gaz.rows.get(person)
        return stated[-1] if stated else (row.role if row and row.role else "Official")

    def _add_role(self, doc, sent, linked, person, title, orgs, chain) -> None:
        role = title.entity_id
        if role == "Counterpart":  # نظيره: the office of the person named just before, in this sentence
            before = [m for m in linked.mentions if m.sentence == sent.index and m.end <= title.start
                      and m.kind == "name" and (m.entity_id or "").startswith("person/") and m.entity_id != person.entity_id]
            role = self._role_of(linked, before[-1].entity_id) if before else "Official"
            role = "Official" if role == "Counterpart" else role
        org = orgs[0] if orgs else self.gaz.country_of(person.entity_id)
        if not org:
            row = self.gaz.rows.get(person.entity_id)
            org = row.country if row and row.country else None
        if not org:
            return
        ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text, doc.text[title.start:title.end])
        linked.roles.append(Role(person.entity_id, role, org, ev))

    def _resolve_title_refs(self, doc, linked: Linked, refs) -> None:
        """Turn ``الرئيس الصيني`` / ``نظيره الصيني`` without a name into the official named elsewhere."""
        if not refs:
            return
        by_country: dict[str, list[tuple[str, str]]] = {}
        for r in linked.roles:
            by_country.setdefault(r.organisation, []).append((r.person, r.role))
        for m in linked.mentions:
            if m.kind == "name" and (m.entity_id or "").startswith("person/"):
                c = self.gaz.country_of(m.entity_id)
                row = self.gaz.rows.get(m.entity_id)
                if c:
                    by_country.setdefault(c, []).append((m.entity_id, row.role if row else ""))
        added = []
        for index, country, role in refs:
            people = by_country.get(country, [])
            pick = [p for p, r in people if r == role]
            candidates = sorted(set(pick or [p for p, _ in people]))
            if len(candidates) != 1:
                continue
            title = linked.mentions[index]
            added.append(Mention(title.start, title.end, title.text, "PER", title.sentence, title.tok_start,
                                 title.tok_end, kind="name", entity_id=candidates[0], source="title-ref"))
        linked.mentions.extend(added)
        linked.mentions.sort(key=lambda m: (m.start, -m.end))
