"""Merging per-document extractions into one networkx graph (entities, events, sources, roles).

Events with the same key (type, participants, actor/target, forum, date, non-asserted modality)
are one node with several sources, across sentences and documents; their ids are hashes of that
key, so adding articles never renames an existing event.
"""

from __future__ import annotations

import hashlib
from itertools import combinations

import networkx as nx

from .gazetteer import Gazetteer
from .records import Entity, Event, Extraction

SYMMETRIC = {"Meeting": "metWith", "PhoneCall": "spokeWith", "Cooperation": "cooperatesWith",
             "AgreementSigning": "signedAgreementWith"}
SYMMETRIC_RELATIONS = frozenset(SYMMETRIC.values())
RELATIONS = ("metWith", "spokeWith", "visited", "hosted", "coordinatesIn", "cooperatesWith", "supports",
             "opposes", "signedAgreementWith", "officialOf")


def event_id(ev: Event) -> str:
    digest = hashlib.sha1("|".join(map(str, ev.key())).encode("utf-8")).hexdigest()[:16]
    return f"event/{digest}"


def sentence_id(doc_id: str, start: int, end: int) -> str:
    return f"sentence/{doc_id}/{start}-{end}"


def implied_edges(ev) -> list[tuple[str, str, str]]:
    """The entity-to-entity edges an event implies, whatever its modality.

    ``ev`` is any record with an Event's role fields (``kg.view`` passes events read back from RDF),
    so the graph's shortcut edges and the HTML view's edges come from this one rule.
    """
    out = []
    if ev.type in SYMMETRIC:
        for a, b in combinations(sorted(ev.participants), 2):
            out += [(a, SYMMETRIC[ev.type], b), (b, SYMMETRIC[ev.type], a)]
    elif ev.type == "Visit":
        if ev.actor and ev.country_visited:
            out.append((ev.actor, "visited", ev.country_visited))
        if ev.host and ev.actor:
            out += [(ev.host, "hosted", ev.actor), (ev.actor, "metWith", ev.host), (ev.host, "metWith", ev.actor)]
    elif ev.type == "Coordination" and ev.forum:
        out += [(p, "coordinatesIn", ev.forum) for p in ev.participants]
    elif ev.type == "Support" and ev.actor and ev.target:
        out.append((ev.actor, "supports", ev.target))
    elif ev.type == "Opposition" and ev.actor and ev.target:
        out.append((ev.actor, "opposes", ev.target))
    return [(a, r, b) for a, r, b in out if a != b]


def shortcut_edges(ev: Event) -> list[tuple[str, str, str]]:
    """The direct edges an *asserted* event implies (none otherwise: the contract's rule)."""
    return implied_edges(ev) if ev.modality == "Asserted" else []


class GraphBuilder:
    """Accumulates extractions; ``graph`` is a MultiDiGraph whose nodes carry a ``kind``."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.graph = nx.MultiDiGraph()

    def _entity(self, ent: Entity | str) -> str:
        if isinstance(ent, str):
            if ent in self.graph:
                return ent
            ent = self.gaz.entity(ent) if ent in self.gaz.rows else None
            if ent is None:
                return ""
        node = self.graph.nodes.get(ent.id)
        if node is None:
            self.graph.add_node(ent.id, kind="entity", type=ent.type, label_ar=ent.label_ar, label_en=ent.label_en,
                                qid=ent.qid, surface_forms=set(ent.surface_forms))
        else:
            node["surface_forms"] |= ent.surface_forms
        return ent.id

    def _sentence(self, doc_id: str, ev_or_role) -> str:
        e = ev_or_role
        sid = sentence_id(doc_id, e.start, e.end)
        if sid not in self.graph:
            self.graph.add_node(sid, kind="sentence", text=e.text, start=e.start, end=e.end, doc=f"doc/{doc_id}", triggers=set())
        self.graph.nodes[sid]["triggers"].add(e.trigger)
        return sid

    def add(self, x: Extraction) -> None:
        d = x.document
        self.graph.add_node(f"doc/{d.id}", kind="document", id=d.id, title=d.title, url=d.url, publisher=d.publisher,
                            published=d.published or (d.dateline.date if d.dateline else None))
        for ent in sorted(x.entities.values(), key=lambda e: e.id):
            self._entity(ent)
        for role in x.roles:
            person, org = self._entity(role.person), self._entity(role.organisation)
            if not (person and org):
                continue
            sid = self._sentence(d.id, role.evidence)
            post = f"post/{person.split('/', 1)[1]}/{role.role}/{org.replace('/', '-')}"
            if post not in self.graph:
                self.graph.add_node(post, kind="post", role=role.role, person=person, org=org, sources=set())
            self.graph.nodes[post]["sources"].add(sid)
            self._edge(person, "officialOf", org, post)
        for ev in x.events:
            self._event(d.id, ev)

    def _event(self, doc_id: str, ev: Event) -> None:
        refs = [ev.actor, ev.target, ev.forum, ev.place, ev.country_visited, ev.host, *ev.participants]
        if not all(self._entity(r) for r in refs if r):
            return
        eid = event_id(ev)
        sids = {self._sentence(doc_id, e) for e in ev.evidence}
        node = self.graph.nodes.get(eid)
        if node is None:
            self.graph.add_node(eid, kind="event", event=ev, sources=sids)
        else:
            node["sources"] |= sids
            node["event"].confidence = max(node["event"].confidence, ev.confidence)
        for a, rel, b in shortcut_edges(ev):
            self._edge(a, rel, b, eid)

    def _edge(self, a: str, rel: str, b: str, via: str) -> None:
        if self.graph.has_edge(a, b, key=rel):
            self.graph.edges[a, b, rel]["via"].add(via)
        else:
            self.graph.add_edge(a, b, key=rel, relation=rel, via={via})

    # -- summaries -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        kinds = [k for _, k in self.graph.nodes(data="kind")]
        return {"documents": kinds.count("document"), "entities": kinds.count("entity"),
                "events": kinds.count("event"), "edges": self.graph.number_of_edges()}
