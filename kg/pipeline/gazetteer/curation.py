"""User curation: fix what the shipped data gets wrong for one's own corpus, without editing the package.

A curation file (``kg build --curation FILE``, or ``curation.tsv`` beside the inputs) is a TSV of
``action  entity  value  note`` rows::

    alias       person/vladimir-putin   بوتن                  a spelling the gazetteer lacks
    merge       person/ar-1a2b3c4d      person/vladimir-putin  one person split in two nodes
    rename      person/kim-jong-un      كيم جونغ أون           the Arabic label shown
    rename-en   person/kim-jong-un      Kim Jong Un            the English label
    wikidata    person/ar-9f8e7d6c      Q12345                 owl:sameAs
    not-entity                          المنطقة                a word that is no entity

Entities are node ids (``person/wang-yi``), ``res:`` names or full IRIs, as ``kg query`` shows them.
Aliases and not-entities act when mentions are read (the gazetteer and the linker see them: a
not-entity word is taken out of every gazetteer entry, and an entry whose label it is goes); merges
rewrite each document's extraction before the documents are merged, so events of the two nodes
become one event; labels and Wikidata ids are set on the merged graph. Nothing here changes the
shipped files, and the build record (``--format trig``) names the file and what it held.

A merge, rename or Wikidata row whose entity no document of the build has does nothing; the build
says so in a warning (file, line, id) rather than failing, because one curation file may serve
several corpora and an entity absent from this one is no mistake in the file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.contract.ids import TYPE_OF_KIND
from kg.data import read_tsv
from kg.errors import DataError, InputError
from kg.lang.ar.normalize import normalize
from kg.records import EVENT_ROLES, Entity, Event, Extraction, MergedGraph, Role

from .index import GazetteerRow

ACTIONS = ("alias", "merge", "rename", "rename-en", "wikidata", "not-entity")
DEFAULT_NAME = "curation.tsv"
_RES = "https://w3id.org/silat/id/"


def _entity(value: str, where: str) -> str:
    """A node id from an id, a ``res:`` name or an IRI; its kind must be one the graph has."""
    eid = value[len(_RES):] if value.startswith(_RES) else value[4:] if value.startswith("res:") else value
    kind = eid.split("/", 1)[0]
    if kind not in TYPE_OF_KIND or "/" not in eid or not eid.split("/", 1)[1]:
        raise DataError(f"{where}: {value!r} is not an entity id (person/…, country/…, org/…, place/…)")
    return eid


@dataclass
class Curation:
    """What one curation file asks for; empty when no file is used."""

    path: Path | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    merges: dict[str, str] = field(default_factory=dict)  # from -> into (resolved: into is never merged away)
    labels_ar: dict[str, str] = field(default_factory=dict)
    labels_en: dict[str, str] = field(default_factory=dict)
    qids: dict[str, str] = field(default_factory=dict)
    not_entities: list[str] = field(default_factory=list)
    digest: str = ""
    named: list[tuple[int, str, str]] = field(default_factory=list)  # (line, action, entity) of rows that need the entity

    def absent(self, seen: set[str], built: set[str], limit: int = 5) -> list[str]:
        """Warnings for the rows that did nothing in this build: a merge whose entity no document
        named (``seen``: ids before merging), a rename or Wikidata id for an entity the graph lacks
        (``built``). At most ``limit`` lines and a count of the rest, so a shared file stays quiet."""
        lines = [f"{self.path}:{line}: {action} {eid}: "
                 f"{'no document of this build names it' if action == 'merge' else 'the graph of this build lacks it'};"
                 " the row does nothing"
                 for line, action, eid in self.named if eid not in (seen if action == "merge" else built)]
        if len(lines) > limit:
            lines[limit:] = [f"{self.path}: {len(lines) - limit} more rows name entities this build lacks"]
        return lines

    def counts(self) -> dict[tuple[str, str], int]:
        """How many of each action, keyed by its (singular, plural) name."""
        return {("alias", "aliases"): sum(map(len, self.aliases.values())), ("merge", "merges"): len(self.merges),
                ("rename", "renames"): len(self.labels_ar) + len(self.labels_en),
                ("Wikidata id", "Wikidata ids"): len(self.qids), ("not-entity", "not-entities"): len(self.not_entities)}

    def note(self) -> str:
        """One line for the summary and the build record."""
        parts = ", ".join(f"{n} {names[n != 1]}" for names, n in self.counts().items() if n)
        return f"curation {self.path}: {parts or 'nothing'}"

    # -- when mentions are read -------------------------------------------------------------

    def extraction_key(self) -> str:
        """What of the file extraction depends on (aliases and not-entities; merges, labels and
        Wikidata ids act after it), for the extraction cache's key: a rename keeps the cache."""
        data = json.dumps([sorted((k, sorted(v)) for k, v in self.aliases.items()), sorted(self.not_entities)],
                          ensure_ascii=False)
        return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


    def amend(self, rows: list[GazetteerRow]) -> list[GazetteerRow]:
        """The gazetteer rows with the aliases added (a new row for an entity no gazetteer has) and
        the not-entity words taken out of every row's forms; a row whose label is such a word goes."""
        drop = self.not_entity_words()

        def keep(forms: list[str]) -> list[str]:
            return [f for f in forms if normalize(f) not in drop]

        by_id = {r.id: replace(r, aliases=keep(r.aliases), nisba=keep(r.nisba), tagged_aliases=keep(r.tagged_aliases))
                 for r in rows if normalize(r.label_ar) not in drop}
        for eid, forms in sorted(self.aliases.items()):
            row = by_id.get(eid)
            if row is None:
                by_id[eid] = GazetteerRow(eid, TYPE_OF_KIND[eid.split("/", 1)[0]], "", forms[0], "", forms[1:], [], "", "",
                                          False, [f"curation {self.path}"])
            else:
                row.aliases = sorted(set(row.aliases) | set(forms) - {row.label_ar})
        return list(by_id.values())

    def not_entity_words(self) -> frozenset[str]:
        return frozenset(normalize(w) for w in self.not_entities)

    # -- per document, before merging -------------------------------------------------------

    def apply(self, x: Extraction, known: dict[str, GazetteerRow] | None = None) -> Extraction:
        """``x`` with merged-away entities replaced by the entity they merge into (a new record)."""
        if not self.merges or not (self.merges.keys() & x.entities.keys()):
            return x
        into = self.merges.get
        entities: dict[str, Entity] = {}
        for eid, ent in sorted(x.entities.items()):
            target = into(eid, eid)
            if target == eid:
                entities[eid] = entities.get(eid) or replace(ent, surface_forms=set(ent.surface_forms))
                entities[eid].surface_forms |= ent.surface_forms
                continue
            kept = entities.get(target) or x.entities.get(target)
            if kept is None:  # the target is not in this document: its record from the gazetteer, else this one renamed
                row = (known or {}).get(target)
                kept = row.entity() if row else replace(ent, id=target)
            kept = replace(kept, surface_forms=set(kept.surface_forms) | ent.surface_forms | {ent.label_ar})
            entities[target] = kept
        mentions = [replace(m, entity_id=into(m.entity_id, m.entity_id)) if m.entity_id in self.merges else m
                    for m in x.mentions]
        events = [ev for ev in map(self._event, x.events) if ev is not None]
        roles = [replace(r, person=into(r.person, r.person), organisation=into(r.organisation, r.organisation))
                 for r in x.roles]
        return replace(x, entities=entities, mentions=mentions, events=events, roles=self._roles(roles))

    def _event(self, ev: Event) -> Event | None:
        """The event with merged entities replaced; None when the merge leaves it with one party
        (two people met, and they turn out to be one)."""
        into = self.merges.get
        moved = {name: into(getattr(ev, name), getattr(ev, name)) for name in EVENT_ROLES if getattr(ev, name)}
        participants = list(dict.fromkeys(into(p, p) for p in ev.participants))
        if (ev.actor and ev.target and moved["actor"] == moved["target"]) or len(participants) < min(2, len(ev.participants)):
            return None
        return replace(ev, participants=participants, **moved)

    @staticmethod
    def _roles(roles: list[Role]) -> list[Role]:
        return [r for r in roles if r.person != r.organisation]

    # -- on the merged graph ----------------------------------------------------------------

    def finish(self, merged: MergedGraph) -> MergedGraph:
        """Labels and Wikidata ids set; a replaced Arabic label stays a surface form (skos:altLabel)."""
        if not (self.labels_ar or self.labels_en or self.qids):
            return merged
        entities = []
        for ent in merged.entities:
            ar, en, qid = self.labels_ar.get(ent.id), self.labels_en.get(ent.id), self.qids.get(ent.id)
            if ar or en or qid:
                forms = set(ent.surface_forms) | ({ent.label_ar} if ar else set())
                ent = replace(ent, label_ar=ar or ent.label_ar, label_en=en or ent.label_en, qid=qid or ent.qid,
                              surface_forms=forms)
            entities.append(ent)
        return replace(merged, entities=entities)


def load_curation(path: Path | None) -> Curation:
    """The curation file at ``path`` (None: no curation), checked row by row: ``file:line: what``."""
    if path is None:
        return Curation()
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such curation file")
    cur = Curation(path, digest=hashlib.sha1(path.read_bytes()).hexdigest()[:16])
    merges: dict[str, str] = {}
    for number, (action, entity, value, _note) in read_tsv(path, 4, min_columns=3):
        where = f"{path}:{number}"
        if action not in ACTIONS:
            raise DataError(f"{where}: unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
        if action == "not-entity":
            if not value:
                raise DataError(f"{where}: not-entity needs the word in the value column")
            cur.not_entities.append(value)
            continue
        eid = _entity(entity, where)
        if not value:
            raise DataError(f"{where}: {action} needs a value")
        if action != "alias":
            cur.named.append((number, action, eid))
        if action == "alias":
            cur.aliases.setdefault(eid, []).append(value)
        elif action == "merge":
            merges[eid] = _entity(value, where)
        elif action == "rename":
            cur.labels_ar[eid] = value
        elif action == "rename-en":
            cur.labels_en[eid] = value
        elif not (value.startswith("Q") and value[1:].isdigit()):
            raise DataError(f"{where}: {value!r} is not a Wikidata id (Q followed by digits)")
        else:
            cur.qids[eid] = value
    for source in merges:  # follow chains (a -> b -> c), refuse cycles
        seen, target = {source}, merges[source]
        while target in merges:
            if target in seen:
                raise DataError(f"{path}: merges form a cycle through {target}")
            seen.add(target)
            target = merges[target]
        cur.merges[source] = target
    return cur


def find_curation(inputs: list[Path]) -> Path | None:
    """The default curation file: ``curation.tsv`` in an input folder or beside an input file (the first found)."""
    for inp in inputs:
        candidate = (inp if inp.is_dir() else inp.parent) / DEFAULT_NAME
        if candidate.is_file():
            return candidate
    return None
