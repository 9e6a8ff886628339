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


# Two reports of the same pair doing the same thing this many days apart are one event: wire copy
# dates a meeting by the dateline, "yesterday" or the weekday, which differ by a day or two.
DATE_WINDOW_DAYS = 3


def same_event_date(a, b) -> bool:
    """Whether two report dates can be one event: within the window, or one date contains the other.

    >>> from kg.records import PartialDate as D
    >>> same_event_date(D(2023, 3, 20), D(2023, 3, 21)), same_event_date(D(2023, 3), D(2023, 3, 20))
    (True, True)
    >>> same_event_date(D(2023, 3, 20), D(2023, 3, 27)), same_event_date(D(2023, 4), D(2023, 3, 20)), same_event_date(None, D(2023))
    (False, False, False)
    """
    if a is None or b is None:
        return a is b
    da, db = a.as_date(), b.as_date()
    if da and db:
        return abs((da - db).days) <= DATE_WINDOW_DAYS
    if a.year != b.year:
        return False
    return a.month is None or b.month is None or a.month == b.month


def _precision_rank(ev: Event) -> tuple[int, str]:
    """Which report dates a merged event: the most precise date, then the earliest (input order plays no part)."""
    if ev.date is None:
        return 0, ""
    return -{"day": 3, "month": 2, "year": 1}[ev.date.precision], ev.date.iso()


class GraphBuilder:
    """Accumulates extractions; ``graph`` is a MultiDiGraph whose nodes carry a ``kind``.

    Events are collected as they come and merged when the graph is read: reports with the same
    type, participants, roles, forum and modality whose dates fall within ``DATE_WINDOW_DAYS`` (or
    where one date contains the other, a partial date joining only when it fits one event) become one
    node carrying every source. Its IRI hashes the key with the merged event's date (the most precise,
    then earliest report), so the same articles in any order give the same IRIs, and adding articles
    keeps them unless a new report is the first to date the event more precisely.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._graph = nx.MultiDiGraph()
        self._pending: list[tuple[Event, set[str]]] = []

    @property
    def graph(self) -> nx.MultiDiGraph:
        if self._pending:
            self._merge_events()
        return self._graph

    def _entity(self, ent: Entity | str) -> str:
        if isinstance(ent, str):
            if ent in self._graph:
                return ent
            ent = self.gaz.entity(ent) if ent in self.gaz.rows else None
            if ent is None:
                return ""
        node = self._graph.nodes.get(ent.id)
        if node is None:
            self._graph.add_node(ent.id, kind="entity", type=ent.type, label_ar=ent.label_ar, label_en=ent.label_en,
                                qid=ent.qid, surface_forms=set(ent.surface_forms))
        else:
            node["surface_forms"] |= ent.surface_forms
        return ent.id

    def _sentence(self, doc_id: str, ev_or_role) -> str:
        e = ev_or_role
        sid = sentence_id(doc_id, e.start, e.end)
        if sid not in self._graph:
            self._graph.add_node(sid, kind="sentence", text=e.text, start=e.start, end=e.end, doc=f"doc/{doc_id}", triggers=set())
        self._graph.nodes[sid]["triggers"].add(e.trigger)
        return sid

    def add(self, x: Extraction) -> None:
        d = x.document
        self._graph.add_node(f"doc/{d.id}", kind="document", id=d.id, title=d.title, url=d.url, publisher=d.publisher,
                            published=d.published or (d.dateline.date if d.dateline else None))
        for ent in sorted(x.entities.values(), key=lambda e: e.id):
            self._entity(ent)
        for role in x.roles:
            person, org = self._entity(role.person), self._entity(role.organisation)
            if not (person and org):
                continue
            sid = self._sentence(d.id, role.evidence)
            post = f"post/{person.split('/', 1)[1]}/{role.role}/{org.replace('/', '-')}"
            if post not in self._graph:
                self._graph.add_node(post, kind="post", role=role.role, person=person, org=org, sources=set())
            self._graph.nodes[post]["sources"].add(sid)
            self._edge(person, "officialOf", org, post)
        for ev in x.events:
            self._event(d.id, ev)

    def _event(self, doc_id: str, ev: Event) -> None:
        refs = [ev.actor, ev.target, ev.forum, ev.place, ev.country_visited, ev.host, *ev.participants]
        if not all(self._entity(r) for r in refs if r):
            return
        self._pending.append((ev, {self._sentence(doc_id, e) for e in ev.evidence}))

    def _merge_events(self) -> None:
        groups: dict[tuple, list[tuple[Event, set[str]]]] = {}
        for ev, sids in self._pending:
            groups.setdefault(ev.key()[:5] + ev.key()[6:], []).append((ev, sids))
        self._pending = []
        for loose in sorted(groups, key=repr):
            reports = sorted(groups[loose], key=lambda r: (_precision_rank(r[0]), sorted(r[1])))
            clusters: list[list[tuple[Event, set[str]]]] = []
            for ev, sids in reports:  # the most precise dates found clusters; vaguer ones join one if it is the only fit
                fits = [c for c in clusters if same_event_date(c[0][0].date, ev.date)]
                if len(fits) == 1 or (fits and ev.date is not None and ev.date.precision == "day"):
                    fits[0].append((ev, sids))
                else:
                    clusters.append([(ev, sids)])
            for cluster in clusters:
                self._add_event(cluster)

    def _add_event(self, cluster: list[tuple[Event, set[str]]]) -> None:
        ev = cluster[0][0]
        eid = event_id(ev)
        sids = set().union(*(s for _, s in cluster))
        ev.confidence = max(e.confidence for e, _ in cluster)
        ev.place = ev.place or next((e.place for e, _ in cluster if e.place), None)
        node = self._graph.nodes.get(eid)
        if node is None:
            self._graph.add_node(eid, kind="event", event=ev, sources=sids)
        else:  # graph read, then more articles added: same key, same node
            node["sources"] |= sids
            node["event"].confidence = max(node["event"].confidence, ev.confidence)
        for a, rel, b in shortcut_edges(ev):
            self._edge(a, rel, b, eid)

    def _edge(self, a: str, rel: str, b: str, via: str) -> None:
        if self._graph.has_edge(a, b, key=rel):
            self._graph.edges[a, b, rel]["via"].add(via)
        else:
            self._graph.add_edge(a, b, key=rel, relation=rel, via={via})

    # -- summaries -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        graph = self.graph
        kinds = [k for _, k in graph.nodes(data="kind")]
        return {"documents": kinds.count("document"), "entities": kinds.count("entity"),
                "events": kinds.count("event"), "edges": graph.number_of_edges()}
