"""Linking: every mention to one entity, plus the roles that title phrases state.

- gazetteer mentions arrive linked; Stanza mentions are looked up in the gazetteer (clitics
  stripped) and otherwise become new entities with a deterministic id;
- surname- or given-name-only mentions (لافروف، وانغ) link to the full person named in the same
  article;
- title phrases (وزير الخارجية الصيني وانغ يي) give roles and absorb their nisba adjectives;
  a title with a nisba but no name (الرئيس الصيني، نظيره الصيني) links to the official of that
  country named elsewhere in the article.

The recognizers' mentions are never changed: linking returns new ones (``dataclasses.replace``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.contract.ids import entity_type_of, new_entity_id
from kg.lang.ar.clitics import clitic_readings, strip_offset
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer import Gazetteer
from kg.pipeline.link.names import NameVariants, clean_span, contains
from kg.records import Document, Entity, Evidence, Linked, Mention, Role, Sentence

_NEW_TYPE = {"PER": "Person", "PERS": "Person", "ORG": "Organization", "LOC": "Place"}
_SEPARATORS = {"،", ",", "-"}

# a title with no name of its own, waiting for the official it refers to: (mention index, country, role)
TitleRef = tuple[int, str, str]


@dataclass(frozen=True)
class NameLists:
    """Normalised word lists the linker consults (``kg/data/*.txt``).

    ``particles``: name parts never linked alone (بن، أبو، عبد); ``not_entities``: words a
    statistical recognizer tags as names but that never are (كوفيد); ``prefixes``: kinship and
    office nouns it glues to the front of a name (صهره كوشنر); ``variants``: how spellings of one
    name differ (:class:`~kg.pipeline.link.names.NameVariants`).
    """

    particles: frozenset[str] = frozenset()
    not_entities: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    variants: NameVariants = NameVariants()


class Linker:
    def __init__(self, gazetteer: Gazetteer, names: NameLists = NameLists()):
        self.gaz = gazetteer
        self.names = names
        # every spelling key of every gazetteer person -> the persons it names (a few hundred rows)
        self._person_keys: dict[tuple[str, ...], set[str]] = {}
        for row in gazetteer.rows.values():
            if row.type == "Person":
                for form in (row.label_ar, *row.aliases):
                    for key in self._keys(form):
                        self._person_keys.setdefault(key, set()).add(row.id)

    # -- entry point -------------------------------------------------------------------------
    def __call__(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> Linked:
        mentions = [m for m in (self._clean(doc, sentences, m) for m in mentions) if m]
        mentions = [m for m in (self._resolve(sentences, m) for m in mentions) if m]
        short = self._short_forms(mentions)
        mentions = [m for m in (self._mint(m, short) for m in mentions) if m]
        mentions = self._unify(mentions)
        mentions += self._short_names(doc, sentences, mentions, short)
        mentions.sort(key=lambda m: (m.start, -m.end))
        roles: list[Role] = []
        absorbed, refs = self._roles(doc, sentences, mentions, roles)
        # nisbas a title phrase used up name the office's country, not an argument of the sentence
        mentions = [replace(m, in_title=True) if k in absorbed else m for k, m in enumerate(mentions)]
        mentions = self._resolve_title_refs(mentions, roles, refs)
        # a new entity takes its label from its fullest own mention, never from a surname or a title
        entities: dict[str, Entity] = {}
        for m in sorted(mentions, key=lambda m: (m.source in ("surname", "title-ref"), -len(m.text.split()), m.start)):
            if m.is_entity:
                ent = entities.get(m.entity_id) or self._entity(m)
                entities[ent.id] = ent
                if m.source != "title-ref":
                    ent.surface_forms.add(m.text)
        return Linked(entities, mentions, roles)

    def _entity(self, m: Mention) -> Entity:
        if m.entity_id in self.gaz.rows:
            return self.gaz.entity(m.entity_id)
        return Entity(m.entity_id, entity_type_of(m.entity_id), m.text)

    # -- stanza mentions -----------------------------------------------------------------------
    def _clean(self, doc: Document, sentences: list[Sentence], m: Mention) -> Mention | None:
        """Trim a statistical name span to its name (quotes, a kinship noun in front, a hyphen cut)."""
        if m.source != "stanza" or m.kind != "name" or m.entity_id:
            return m
        return clean_span(doc, sentences[m.sentence], m, self.names.prefixes, self.names.particles)

    def _keys(self, form: str) -> list[tuple[str, ...]]:
        """The spelling keys a person form is looked up by: its variant key, and for names of two or
        more words also their skeleton (kept apart by a leading marker)."""
        key = self.names.variants.key(form)
        keys = [key]
        if len(key) >= 2:
            keys.append(("",) + self.names.variants.skeleton_key(form))
        return keys

    def _known_person(self, text: str) -> str | None:
        """The one gazetteer person a name not found verbatim is a spelling of (بوتن، عبدالله الثاني)."""
        found: set[str] = set()
        for key in self._keys(text):
            found |= self._person_keys.get(key, set())
        return next(iter(found)) if len(found) == 1 else None

    def _part_of_known_person(self, text: str) -> str | None:
        """The one gazetteer person a name of at least two words is a part of (رجب طيب for رجب طيب
        أردوغان); asked only when no longer name in the article claims it."""
        key = self.names.variants.key(text)
        if len(key) < 2 or all(w in self.names.particles for w in key):
            return None
        longer = {pid for k, ids in self._person_keys.items() if k and k[0] and contains(k, key) for pid in ids}
        return next(iter(longer)) if len(longer) == 1 else None

    def _new_id(self, label: str, text: str) -> str:
        """A new entity's id; a person's is minted from the variant key, so that every spelling of one
        name (غوتيريش / جوتيريش) gets one id across articles."""
        if _NEW_TYPE[label] == "Person":
            return new_entity_id("Person", " ".join(self.names.variants.key(text)))
        return new_entity_id(_NEW_TYPE[label], text)

    def _resolve(self, sentences: list[Sentence], m: Mention) -> Mention | None:
        """Link a Stanza mention through the gazetteer; unknown ones wait for :meth:`_mint`."""
        if m.entity_id or m.kind != "name":
            return m
        tokens = sentences[m.sentence].tokens[m.tok_start : m.tok_end]
        found = self.gaz.match(tokens, 0)
        if found and found[0] == len(tokens):
            entry = min(found[3], key=lambda e: ("name", "title", "group", "nisba").index(e.kind))
            return replace(m, **entry.referent())
        tagged = self.gaz.tagged_entity(tokens)
        if tagged:
            return replace(m, entity_id=tagged)
        if m.label in ("PER", "PERS"):
            pid = self._known_person(m.text)
            if pid:
                return replace(m, entity_id=pid)
        return m if m.label in _NEW_TYPE else None  # MISC counts only when the gazetteer links it

    def _mint(self, m: Mention, short: dict[str, str]) -> Mention | None:
        """An entity for a mention no gazetteer knows: a short name of a person in the article, or new.

        A one-word PER that names nobody else in the article (Stanza tagging an adjective such as
        عادل) is dropped: news introduces people with at least two names.
        """
        if m.kind != "name" or m.entity_id:
            return m
        words = [normalize(w) for w in m.text.split()]
        if " ".join(words) in self.names.not_entities:
            return None
        if m.label in ("PER", "PERS") and len(words) == 1:
            if words[0] in short:
                return replace(m, entity_id=short[words[0]], source="surname")
            # a surname spelled differently from the full name (بوتن after فلاديمير بوتين)
            skel = self.names.variants.skeleton_key(words[0])
            owners = {pid for form, pid in short.items() if self.names.variants.skeleton_key(form) == skel}
            if len(owners) == 1 and len(words[0]) >= 3:
                return replace(m, entity_id=owners.pop(), source="surname")
            return None
        return replace(m, entity_id=self._new_id(m.label, m.text))

    def _unify(self, mentions: list[Mention]) -> list[Mention]:
        """One id per person of the article: a new person whose name is a spelling of, or a part of,
        another person's name in the article joins that person.

        مون جاي-إن and مون جيه-إن are one person (same skeleton); كيم يونغ (a cut name) is the
        كيم يونغ-تشول named in the article; عبد الله is عبدالله الثاني. A part of one word must be
        the first or the last word, as for surnames. Ambiguous parts join nobody.
        """
        forms: dict[str, set[str]] = {}
        for m in mentions:
            if m.person:
                forms.setdefault(m.entity_id, set()).add(m.text)
                row = self.gaz.rows.get(m.entity_id)
                if row:
                    forms[m.entity_id] |= {row.label_ar, *row.aliases}
        skel = {pid: {self.names.variants.skeleton_key(f) for f in fs} for pid, fs in forms.items()}

        def rank(pid: str) -> tuple:  # the gazetteer's id first, then the fullest name
            return (pid not in self.gaz.rows, -max(len(k) for k in skel[pid]), pid)

        target: dict[str, str] = {}
        for pid in sorted(skel, key=rank, reverse=True):
            if pid in self.gaz.rows:
                continue
            owners = set()
            for other, keys in skel.items():
                if other == pid:
                    continue
                for mine in skel[pid]:
                    if any(_part_of(mine, theirs, self.names.particles) for theirs in keys):
                        owners.add(other)
            if not owners:
                known = {k for k in (self._part_of_known_person(f) for f in forms[pid]) if k}
                owners = known if len(known) == 1 else set()
            if len(owners) == 1:
                owner = owners.pop()
                if owner in self.gaz.rows or rank(owner) < rank(pid):
                    target[pid] = owner
        if not target:
            return mentions

        def final(pid: str) -> str:
            seen = {pid}
            while pid in target and target[pid] not in seen:
                pid = target[pid]
                seen.add(pid)
            return pid

        return [replace(m, entity_id=final(m.entity_id)) if m.person in target else m for m in mentions]

    # -- surnames ------------------------------------------------------------------------------
    def _short_forms(self, mentions: list[Mention]) -> dict[str, str]:
        """First or last name -> the one person of the article it can stand for (ambiguous ones dropped)."""
        owners: dict[str, set[str]] = {}
        for m in mentions:
            row = self.gaz.rows.get(m.entity_id) if m.entity_id else None
            if m.kind != "name" or not (row and row.type == "Person" or not m.entity_id and m.label in ("PER", "PERS")):
                continue
            pid = m.entity_id or self._new_id("PER", m.text)
            forms = [m.text] + ([row.label_ar, *row.aliases] if row else [])
            for form in forms:
                parts = [normalize(p) for p in form.split()]
                if len(parts) < 2:
                    continue
                for part in (parts[0], parts[-1]):
                    if len(part) >= 2 and part not in self.names.particles:
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

    def _roles(self, doc: Document, sentences: list[Sentence], ms: list[Mention],
               roles: list[Role]) -> tuple[set[int], list[TitleRef]]:
        """Offices stated by title phrases, appended to ``roles``.

        Returns the indices (in ``ms``) of the nisbas the phrases absorbed, and the titles with no
        name of their own (الرئيس الصيني) for :meth:`_resolve_title_refs`.
        """
        absorbed: set[int] = set()
        pending_refs: list[TitleRef] = []
        i = 0
        while i < len(ms):
            title = ms[i]
            if title.kind != "title":
                i += 1
                continue
            sent = sentences[title.sentence]
            chain = [i]
            j = i + 1
            while j < len(ms) and self._adjacent(sent, ms[chain[-1]], ms[j]) and (ms[j].kind in ("title", "nisba") or self._org_of(ms[j])):
                chain.append(j)
                j += 1
            person = ms[j] if j < len(ms) and self._adjacent(sent, ms[chain[-1]], ms[j]) and ms[j].person else None
            orgs = [o for o in (self._org_of(ms[k]) for k in chain) if o]
            if person is None and i > 0 and ms[i - 1].person and title.role != "Counterpart" \
                    and self._adjacent(sent, ms[i - 1], title) and title.tok_start > ms[i - 1].tok_end and orgs:
                person = ms[i - 1]  # apposition after the name: لافروف، وزير الخارجية الروسي
            # honorifics (الشيخ، السيد) link a title to its name but hold no office themselves
            titles = [ms[k] for k in chain if ms[k].kind == "title" and ms[k].role != "Honorific"]
            nisbas = {k for k in chain if ms[k].kind == "nisba"}
            if titles and person is not None:
                for t in titles:
                    self._add_role(doc, sent, ms, roles, person, t, orgs)
                absorbed |= nisbas
                # الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينج: a second nisba + name share the title
                k = j + 1
                while k + 1 < len(ms) and ms[k].kind == "nisba" and self._adjacent(sent, ms[k - 1], ms[k]) \
                        and ms[k + 1].kind == "name" and self._adjacent(sent, ms[k], ms[k + 1]) and ms[k + 1].person:
                    for t in titles:
                        self._add_role(doc, sent, ms, roles, ms[k + 1], t, [ms[k].entity_id])
                    absorbed.add(k)
                    k += 2
            elif titles and orgs and self.gaz.rows.get(orgs[0]) and self.gaz.rows[orgs[0]].type == "Country":
                role = titles[-1].role
                if role == "Counterpart":  # his counterpart holds the office of the person just named
                    before = [m for m in ms[:i] if m.sentence == title.sentence and m.person]
                    role = self._role_of(roles, before[-1].entity_id) if before else "Counterpart"
                pending_refs.append((i, orgs[0], role))
                absorbed |= nisbas
            i = j if j > i else i + 1
        return absorbed, pending_refs

    def _role_of(self, roles: list[Role], person: str) -> str:
        stated = [r.role for r in roles if r.person == person]
        row = self.gaz.rows.get(person)
        return stated[-1] if stated else (row.role if row and row.role else "Official")

    def _add_role(self, doc: Document, sent: Sentence, ms: list[Mention], roles: list[Role], person: Mention,
                  title: Mention, orgs: list[str]) -> None:
        role = title.role
        if role == "Counterpart":  # نظيره: the office of the person named just before, in this sentence
            before = [m for m in ms if m.sentence == sent.index and m.end <= title.start
                      and m.person and m.entity_id != person.entity_id]
            role = self._role_of(roles, before[-1].entity_id) if before else "Official"
            role = "Official" if role == "Counterpart" else role
        org = orgs[0] if orgs else self.gaz.country_of(person.entity_id)
        if not org:
            row = self.gaz.rows.get(person.entity_id)
            org = row.country if row and row.country else None
        if not org:
            return
        ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text, doc.text[title.start:title.end])
        roles.append(Role(person.entity_id, role, org, ev))

    def _resolve_title_refs(self, mentions: list[Mention], roles: list[Role], refs: list[TitleRef]) -> list[Mention]:
        """Turn ``الرئيس الصيني`` / ``نظيره الصيني`` without a name into the official named elsewhere."""
        if not refs:
            return mentions
        by_country: dict[str, list[tuple[str, str]]] = {}
        for r in roles:
            by_country.setdefault(r.organisation, []).append((r.person, r.role))
        for m in mentions:
            if m.person:
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
            title = mentions[index]
            added.append(Mention(title.start, title.end, title.text, "PER", title.sentence, title.tok_start,
                                 title.tok_end, kind="name", entity_id=candidates[0], source="title-ref"))
        return sorted(mentions + added, key=lambda m: (m.start, -m.end))


def _part_of(mine: tuple[str, ...], theirs: tuple[str, ...], particles: frozenset[str]) -> bool:
    """Whether the name ``mine`` is a spelling of ``theirs`` (two or more words) or a run of its words;
    one word only as its first or last word, never a particle."""
    if not mine:
        return False
    if mine == theirs:
        return len(mine) >= 2
    if len(mine) == 1:
        return len(theirs) >= 2 and mine[0] in (theirs[0], theirs[-1]) and mine[0] not in particles \
            and len(mine[0]) >= 2
    return contains(theirs, mine) and not all(w in particles for w in mine)
