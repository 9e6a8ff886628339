"""``kg export``: the graph as an event table (CSV, Parquet) or a network (GEXF, GraphML) for analysts.

The table is one SPARQL query shipped as data (``kg/data/queries/events.rq``, also the named query
``events``), so ``kg query GRAPH events`` and the exported file hold the same rows, and an analyst can
read how every column is made. The network is read through the view's model, so it has the same
nodes and links as the HTML page: asserted links only (the graph's shortcut edges), symmetric ones once.
Nothing here imports pandas: the CLI writes CSV with the standard library and Parquet with pyarrow.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.contract.vocab import RES
from kg.errors import InputError
from kg.io import atomic_write_bytes, check_writable
from kg.rdf.engines import Engine, find_graph, open_engine

if TYPE_CHECKING:
    import networkx as nx

EVENTS_QUERY = "events"
# Column types of the event table beyond text: what a CSV reader should parse and Parquet stores.
DATE_COLUMNS = ("date",)
FLOAT_COLUMNS = ("confidence",)
INT_COLUMNS = ("n_sources",)
SEPARATOR = "|"  # multi-valued cells (participants, sources, rules), in the same order across columns


def event_table(engine: Engine) -> tuple[list[str], list[list[str]]]:
    """The event table: one row per event, every cell a string ("" when unknown)."""
    from kg.rdf.query import query_text, run_query

    result = run_query(engine, query_text(EVENTS_QUERY), {})
    return result.variables, list(result.rows)


def network(engine: Engine) -> nx.MultiDiGraph:
    """Entities and their asserted links as a networkx graph keyed by IRI.

    Nodes carry ``type``, ``label`` (Arabic, what Gephi shows), ``label_ar``, ``label_en``,
    ``wikidata``, ``events`` (events it takes part in, any modality, as participant, actor, target or host) and ``degree`` (links in this
    graph). Edges are keyed by relation and carry ``relation``, ``weight`` (the asserted events behind
    the link, at least 1: an office has none), ``events``, ``first_date``/``last_date`` (ISO, as
    precise as the text gave) and ``symmetric`` (metWith and the like are written once, not twice).
    """
    import networkx as nx

    from kg.view.html import event_counts
    from kg.view.model import load_view

    view = load_view(engine)
    g = nx.MultiDiGraph()
    taking_part = event_counts(view)  # the page's count, so a node's "events" here is the number the page shows
    for ent in view.entities.values():
        g.add_node(RES + ent.id, type=ent.type, label=ent.ar, label_ar=ent.ar, label_en=ent.en, wikidata=ent.qid,
                   events=taking_part.get(ent.id, 0))
    for edge in view.edges:
        if edge.planned:
            continue
        dates = sorted(view.events[e].date for e in edge.events if view.events[e].date)
        g.add_edge(RES + edge.source, RES + edge.target, key=edge.relation, relation=edge.relation,
                   weight=max(1, len(edge.events)), events=len(edge.events), first_date=dates[0] if dates else "",
                   last_date=dates[-1] if dates else "", symmetric=edge.symmetric)
    for node, degree in list(g.degree()):
        g.nodes[node]["degree"] = degree
    return g


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _parquet(header: list[str], rows: list[list[str]]) -> bytes:
    """Typed columns: ``date`` a timestamp (midnight), ``confidence`` a float, ``n_sources`` an integer, the rest
    strings; "" is stored as null, as a CSV reader would read an empty cell."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {}
    for i, name in enumerate(header):
        cells = [row[i] for row in rows]
        if name in DATE_COLUMNS:
            # a timestamp, not date32: pandas reads date32 as Python objects, a timestamp as datetime64
            columns[name] = pa.array([dt.datetime.fromisoformat(c) if c else None for c in cells], pa.timestamp("ms"))
        elif name in FLOAT_COLUMNS:
            columns[name] = pa.array([float(c) if c else None for c in cells], pa.float64())
        elif name in INT_COLUMNS:
            columns[name] = pa.array([int(c) if c else None for c in cells], pa.int64())  # missing, as in the CSV
        else:
            columns[name] = pa.array([c or None for c in cells], pa.string())
    sink = io.BytesIO()
    pq.write_table(pa.table(columns), sink)
    return sink.getvalue()


def _gexf(g: nx.MultiDiGraph) -> bytes:
    import networkx as nx

    return ("\n".join(nx.generate_gexf(g)) + "\n").encode("utf-8")


def _graphml(g: nx.MultiDiGraph) -> bytes:
    import networkx as nx

    return ("\n".join(nx.generate_graphml(g)) + "\n").encode("utf-8")


TABLES: dict[str, Callable[[list[str], list[list[str]]], bytes]] = {".csv": _csv, ".parquet": _parquet}
NETWORKS: dict[str, Callable[[nx.MultiDiGraph], bytes]] = {".gexf": _gexf, ".graphml": _graphml}


def export(graph: Path, target: Path, engine: str = "auto") -> str:
    """Write ``graph`` (a graph file or build folder) to ``target`` in the format its extension names.

    Everything the user can get wrong is checked before the graph is read; the file is replaced
    atomically, so a failed export leaves the previous one. Returns the summary line the CLI prints.
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in TABLES and suffix not in NETWORKS:
        known = ", ".join([*TABLES, *NETWORKS])
        raise InputError(f"{target}: unknown export format {suffix or '(no extension)'!r}; use {known}")
    check_writable(target)
    opened = open_engine(find_graph(Path(graph)), engine)
    if suffix in TABLES:
        header, rows = event_table(opened)
        data, what = TABLES[suffix](header, rows), f"{len(rows)} events, {len(header)} columns"
    else:
        g = network(opened)
        data, what = NETWORKS[suffix](g), f"{g.number_of_nodes()} entities, {g.number_of_edges()} links"
    atomic_write_bytes(target, data)
    return f"wrote {target}: {what} ({len(data):,} bytes)"
