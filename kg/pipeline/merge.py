"""Merging per-document extractions into one graph of typed records (:class:`kg.records.MergedGraph`).

Events with the same key (type, participants, actor/target, forum, date, non-asserted modality)
are one node with several sources, across sentences and documents; their ids are hashes of that
key, so adding articles never renames an existing event. The records of the extractions are never
changed: merged entities and events are new records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.contract.events import shortcut_edges
from kg.contract.ids import document_id, event_id, post_id, sentence_id
from kg.pipeline.calibration import Calibration, load_calibration
from kg.records import Article, Edge, Entity, Event, Evidence, Extraction, MergedEvent, MergedGraph, Post, Role, SourceSentence

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


def _precision_rank(ev: Event) -> tuple[bool, int, str]:
    """Which report dates a merged event: a date a text states before an article's news day taken
    for want of one (one article's «في يونيو» outranks another's publication day, a guess), then the
    most precise date, then the earliest (input order plays no part)."""
    if ev.date is None:
        return True, 1, ""
    return ev.news_day, -{"day": 3, "month": 2, "year": 1}[ev.date.precision], ev.date.iso()


Report = tuple[Event, frozenset[str]]  # one event as one document reports it, with its sentence ids


class GraphBuilder:
    """Accumulates extractions; :meth:`result` gives the merged graph.

    Events are collected as they come and merged when the graph is read: reports with the same
    type, participants, roles, forum and modality whose dates fall within ``DATE_WINDOW_DAYS`` (or
    where one date contains the other, a partial date joining only when it fits one event) become one
    node carrying every source. Its IRI hashes the key with the merged event's date (the most precise,
    then earliest report), so the same articles in any order give the same IRIs, and adding articles
    keeps them unless a new report is the first to date the event more precisely.
    """

    def __init__(self, calibration: Calibration | None = None) -> None:
        # the probability each merged event is correct (kg/data/confidence.tsv unless given)
        self._calibration = calibration if calibration is not None else load_calibration()
        self._articles: dict[str, Article] = {}
        self._entities: dict[str, Entity] = {}  # the builder's own copies: surface forms accumulate here
        self._labels: dict[str, Counter[str]] = {}  # entity -> label -> documents that proposed it
        self._sentences: dict[str, tuple[Evidence, str, set[str]]] = {}  # id -> (span, article, triggers)
        self._posts: dict[str, tuple[Role, set[str]]] = {}
        self._events: dict[str, tuple[Event, set[str], set[str]]] = {}  # id -> (event, sentences, rules)
        self._reports: dict[str, list[Event]] = {}  # id -> every report merged into it
        self._edges: dict[str, dict[tuple[str, str], set[str]]] = {}  # source -> (relation, target) -> via
        self._pending: list[Report] = []

    def add(self, x: Extraction) -> None:
        d = x.document
        doc = document_id(d.id)
        self._articles.setdefault(doc, Article(doc, d.id, d.title, d.url, d.publisher,
                                               d.published or (d.dateline.date if d.dateline else None)))
        for ent in sorted(x.entities.values(), key=lambda e: e.id):
            self._labels.setdefault(ent.id, Counter())[ent.label_ar] += 1
            known = self._entities.get(ent.id)
            if known is None:
                self._entities[ent.id] = replace(ent, surface_forms=set(ent.surface_forms))
            else:
                known.surface_forms |= ent.surface_forms
        for role in x.roles:
            sid = self._sentence(d.id, role.evidence)
            post = post_id(role.person, role.role, role.organisation)
            self._posts.setdefault(post, (role, set()))[1].add(sid)
            self._edge(role.person, "officialOf", role.organisation, post)
        for ev in x.events:
            self._pending.append((ev, frozenset(self._sentence(d.id, e) for e in ev.evidence)))

    def _sentence(self, doc_id: str, e: Evidence) -> str:
        sid = sentence_id(doc_id, e.start, e.end)
        self._sentences.setdefault(sid, (e, document_id(doc_id), set()))[2].add(e.trigger)
        return sid

    def _edge(self, a: str, rel: str, b: str, via: str) -> None:
        self._edges.setdefault(a, {}).setdefault((rel, b), set()).add(via)

    def _merge_events(self) -> None:
        groups: dict[tuple, list[Report]] = {}
        for ev, sids in self._pending:
            groups.setdefault(ev.key()[:5] + ev.key()[6:], []).append((ev, sids))
        self._pending = []
        for loose in sorted(groups, key=repr):
            reports = sorted(groups[loose], key=lambda r: (_precision_rank(r[0]), sorted(r[1])))
            clusters: list[list[Report]] = []
            for ev, sids in reports:  # the most precise dates found clusters; vaguer ones join one if it is the only fit
                fits = [c for c in clusters if same_event_date(c[0][0].date, ev.date)]
                if len(fits) == 1 or (fits and ev.date is not None and ev.date.precision == "day"):
                    fits[0].append((ev, sids))
                else:
                    clusters.append([(ev, sids)])
            for cluster in clusters:
                self._add_event(cluster)

    def _add_event(self, cluster: list[Report]) -> None:
        first = cluster[0][0]
        eid = event_id(first.key())
        ev = replace(first, confidence=max(e.confidence for e, _ in cluster),
                     place=first.place or next((e.place for e, _ in cluster if e.place), None))
        sids = set().union(*(s for _, s in cluster))
        rules = {r for e, _ in cluster for x in e.evidence for r in x.rule.split() if r}
        self._reports.setdefault(eid, []).extend(e for e, _ in cluster)
        known = self._events.get(eid)
        if known is None:
            self._events[eid] = (ev, sids, rules)
        else:  # graph read, then more articles added: same key, same node
            known[1].update(sids)
            known[2].update(rules)
            self._events[eid] = (replace(known[0], confidence=max(known[0].confidence, ev.confidence)), known[1], known[2])
        for a, rel, b in shortcut_edges(ev, ev.modality):
            self._edge(a, rel, b, eid)

    def _label(self, entity: str) -> str:
        """The label most documents gave the entity, then the fullest, then the first in code point order.

        A rule on the whole set of documents, so that the same articles in any order label every
        entity alike (a gazetteer entity's label is the same in every document anyway).
        """
        votes = self._labels[entity]
        return min(votes, key=lambda label: (-votes[label], -len(label.split()), label))

    def _calibrated(self, eid: str, ev: Event, sids: set[str], rules: set[str]) -> MergedEvent:
        """The merged event with its calibrated confidence: the features of its most confident report
        (by the rule prior), with the number of reports and of articles behind it. An event built
        without features (by hand, not by the rules) keeps the confidence it was given."""
        reports = self._reports[eid]
        documents = len({x.doc_id for e in reports for x in e.evidence})
        best = max(reports, key=lambda e: (e.confidence, e.features is not None))
        if best.features is not None:
            ev = replace(ev, features=best.features,
                         confidence=self._calibration.probability(best.features, ev.type, len(reports), documents))
        return MergedEvent(eid, ev, frozenset(sids), frozenset(rules), len(reports), documents)

    def result(self, min_confidence: float = 0.0) -> MergedGraph:
        """The merged graph so far (events pending a merge are merged first).

        ``min_confidence`` drops the events less likely than that to be correct, the edges only they
        imply, and the sentences only they cite (``kg build --min-confidence``).
        """
        if self._pending:
            self._merge_events()
        events = [self._calibrated(eid, ev, s, r) for eid, (ev, s, r) in self._events.items()]
        kept = [m for m in events if m.event.confidence >= min_confidence]
        dropped = {m.id for m in events} - {m.id for m in kept}
        cited = set().union(*(m.sources for m in kept), *(s for _, s in self._posts.values()))
        edges = [Edge(a, rel, b, frozenset(via - dropped)) for a, out in self._edges.items() for (rel, b), via in out.items()]
        return MergedGraph(
            articles=list(self._articles.values()),
            entities=[replace(e, label_ar=self._label(e.id), surface_forms=set(e.surface_forms))
                      for e in self._entities.values()],
            sentences=[SourceSentence(sid, doc, e.text, e.start, e.end, frozenset(trigs))
                       for sid, (e, doc, trigs) in self._sentences.items() if not dropped or sid in cited],
            posts=[Post(pid, r.person, r.role, r.organisation, frozenset(s)) for pid, (r, s) in self._posts.items()],
            events=kept,
            edges=[e for e in edges if e.via],
        )
