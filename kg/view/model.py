"""What the HTML view shows, read back from a graph file through SPARQL.

The view is built from RDF, not from the pipeline's in-memory graph, so ``kg build`` and ``kg viz``
(which only has a graph file) draw the same page from the same data, on either SPARQL engine. The
queries live in ``kg/data/queries/view/``. Edges are derived from events by the same rule that
writes the graph's shortcut edges (:func:`kg.contract.events.implied_edges`), so the picture cannot disagree
with SPARQL; planned events give edges the page draws dashed, negated events give none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from kg.contract.events import SYMMETRIC_RELATIONS, implied_edges
from kg.contract.vocab import DIP, RES
from kg.data import data_path
from kg.errors import QueryError
from kg.lang.ar.normalize import normalize
from kg.rdf.engines import Engine

_RES, _DIP = str(RES), str(DIP._NS)
_WD = "http://www.wikidata.org/entity/"


@dataclass
class Source:
    """One evidence sentence and the article it came from."""

    text: str
    doc: str
    start: int
    title: str = ""
    url: str = ""
    published: str = ""


@dataclass
class ViewEntity:
    id: str
    type: str
    ar: str
    en: str = ""
    qid: str = ""
    alt: list[str] = field(default_factory=list)
    offices: list[tuple[str, str]] = field(default_factory=list)  # (role, organisation id)


@dataclass
class ViewEvent:
    id: str
    type: str
    modality: str
    date: str = ""
    cameo: str = ""
    participants: list[str] = field(default_factory=list)
    actor: str | None = None
    target: str | None = None
    host: str | None = None
    forum: str | None = None
    place: str | None = None
    country_visited: str | None = None
    sources: list[int] = field(default_factory=list)


@dataclass
class ViewEdge:
    """One drawn link: a relation between two entities, asserted or planned, with its events."""

    source: str
    target: str
    relation: str
    planned: bool
    events: list[str] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)  # officialOf: the sentences stating the office

    @property
    def symmetric(self) -> bool:
        return self.relation in SYMMETRIC_RELATIONS


@dataclass
class View:
    entities: dict[str, ViewEntity]
    events: dict[str, ViewEvent]
    edges: list[ViewEdge]
    sources: list[Source]


def local_id(value: str) -> str:
    """``res:`` IRI -> the graph's node id (person/wang-yi); other values unchanged."""
    return value[len(_RES):] if value.startswith(_RES) else value


def _query(engine: Engine, name: str) -> list[dict[str, str]]:
    text = (data_path("queries") / "view" / f"{name}.rq").read_text(encoding="utf-8")
    header, rows = engine.select(text, {})
    return [dict(zip(header, row)) for row in rows]


def load_view(engine: Engine) -> View:
    """Everything the page needs, in a stable order (same graph, same page)."""
    entities: dict[str, ViewEntity] = {}
    for r in _query(engine, "entities"):
        eid = local_id(r["entity"])
        ent = entities.get(eid)
        if ent is None:
            qid = r["sameAs"][len(_WD):] if r["sameAs"].startswith(_WD) else ""
            entities[eid] = ViewEntity(eid, r["type"][len(_DIP):], r["ar"] or r["en"] or eid, r["en"], qid)
    for r in _query(engine, "altlabels"):
        ent = entities.get(local_id(r["entity"]))
        if ent is not None and r["alt"] != ent.ar and r["alt"] not in ent.alt:
            ent.alt.append(r["alt"])

    sources: list[Source] = []
    source_index: dict[str, int] = {}
    node_sources: dict[str, list[int]] = {}
    for r in _query(engine, "sources"):
        sid = r["sentence"]
        if sid not in source_index:
            source_index[sid] = len(sources)
            start = int(r["start"]) if r["start"].isdigit() else 0
            sources.append(Source(r["text"], r["doc"], start, r["title"], r["url"], r["published"]))
        node_sources.setdefault(r["node"], []).append(source_index[sid])
    for ids in node_sources.values():
        ids.sort(key=lambda i: (sources[i].doc, sources[i].start))

    events: dict[str, ViewEvent] = {}
    for r in _query(engine, "events"):
        ev = ViewEvent(local_id(r["event"]), r["type"][len(_DIP):], r["modality"][len(_DIP):], r["date"], r["cameo"],
                       sources=node_sources.get(r["event"], []))
        for name in ("actor", "target", "host", "forum", "place"):
            setattr(ev, name, local_id(r[name]) or None)
        ev.country_visited = local_id(r["countryVisited"]) or None
        events[ev.id] = ev
    for r in _query(engine, "participants"):
        ev = events.get(local_id(r["event"]))
        if ev is not None:
            ev.participants.append(local_id(r["participant"]))

    edges: dict[tuple[str, str, str, bool], ViewEdge] = {}
    for ev in events.values():
        if ev.modality == "Negated":
            continue
        planned = ev.modality == "Planned"
        for a, rel, b in implied_edges(ev):
            if rel in SYMMETRIC_RELATIONS and a > b:
                continue  # one drawn link for both directions
            if a not in entities or b not in entities:
                continue
            edge = edges.setdefault((a, rel, b, planned), ViewEdge(a, b, rel, planned))
            if ev.id not in edge.events:
                edge.events.append(ev.id)
    for r in _query(engine, "offices"):
        person, org = local_id(r["person"]), local_id(r["in"])
        if person in entities and org in entities:
            role = r["role"][len(_DIP):] if r["role"].startswith(_DIP) else r["role"]
            entities[person].offices.append((role, org))
            edge = edges.setdefault((person, "officialOf", org, False), ViewEdge(person, org, "officialOf", False))
            edge.sources = sorted(set(edge.sources) | set(node_sources.get(r["post"], [])))
    ordered = [edges[k] for k in sorted(edges)]
    return View(entities, events, ordered, sources)


# -- narrowing a view (kg viz --entity / --from / --to) ----------------------------------------

def date_bounds(iso: str) -> tuple[str, str]:
    """The first and last day a partial ISO date covers.

    >>> date_bounds("2023"), date_bounds("2023-03"), date_bounds("2023-03-20")
    (('2023-01-01', '2023-12-31'), ('2023-03-01', '2023-03-31'), ('2023-03-20', '2023-03-20'))
    """
    if len(iso) == 4:
        return f"{iso}-01-01", f"{iso}-12-31"
    if len(iso) == 7:
        return f"{iso}-01", f"{iso}-31"  # string comparison: -31 sorts after every real day
    return iso, iso


def in_range(iso: str, start: str | None, end: str | None) -> bool:
    """Whether a (partial) event date overlaps [start, end]; undated events fail any bound."""
    if not (start or end):
        return True
    if not iso:
        return False
    first, last = date_bounds(iso)
    return (not start or last >= start) and (not end or first <= end)


def check_date(value: str | None, flag: str) -> str | None:
    """A --from/--to value as YYYY-MM-DD (YYYY and YYYY-MM widen to the whole period).

    Dates must exist (no month 13, no 30 February, no year 0); Arabic-Indic digits are digits.

    >>> check_date("٢٠٢٣-٠٣", "--from"), check_date("2024-02", "--to")
    ('2023-03-01', '2024-02-29')
    """
    if value is None:
        return None
    iso = normalize(value.strip())  # Arabic-Indic digits folded to ASCII, as for matching
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso, re.ASCII)
    if not m:
        raise QueryError(f"{flag} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        dt.date(year, month, day)
    except ValueError:
        raise QueryError(f"{flag} {value!r}: no such date") from None
    if flag == "--from" or m[3]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if not m[2]:
        return f"{year:04d}-12-31"
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def narrow(view: View, focus: list[str] | None = None, start: str | None = None, end: str | None = None) -> View:
    """The part of ``view`` around ``focus`` entities (their links and neighbours) within [start, end].

    Offices (officialOf) carry no date and stay when either end is in the view. With no narrowing
    at all every entity stays, linked or not.
    """
    if not (focus or start or end):
        return view
    events = {k: e for k, e in view.events.items() if in_range(e.date, start, end)}
    edges = []
    for e in view.edges:
        kept = [x for x in e.events if x in events]
        if e.relation != "officialOf" and not kept:
            continue
        if focus and e.source not in focus and e.target not in focus:
            continue
        edges.append(ViewEdge(e.source, e.target, e.relation, e.planned, kept, e.sources))
    keep = set(focus or ()) | {x for e in edges for x in (e.source, e.target)}
    if not focus:
        # a date range keeps the entities its events link; offices alone do not keep a person
        linked = {x for e in edges if e.relation != "officialOf" for x in (e.source, e.target)}
        edges = [e for e in edges if e.relation != "officialOf" or e.source in linked]
        keep = {x for e in edges for x in (e.source, e.target)}
    entities = {k: v for k, v in view.entities.items() if k in keep}
    return View(entities, events, edges, view.sources)
