"""``kg viz``: the HTML view of an existing graph file, whole or narrowed, without rebuilding.

``kg build`` draws its page through the same function, reading back the Turtle it just wrote, so
both commands produce the same page for the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.io import check_writable
from kg.rdf.engines import find_graph, open_engine
from kg.rdf.query import resolve_entity
from kg.view.html import drawn_entities, render
from kg.view.model import check_date, load_view, local_id, narrow


@dataclass
class VizConfig:
    graph: Path
    out: Path
    entity: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    engine: str = "auto"


def render_view(cfg: VizConfig) -> str:
    """Write the page and say what it shows."""
    start, end = check_date(cfg.date_from, "--from"), check_date(cfg.date_to, "--to")
    if start and end and start > end:
        raise QueryError(f"--from {cfg.date_from} is after --to {cfg.date_to}")
    check_writable(cfg.out)
    graph = find_graph(cfg.graph)
    engine = open_engine(graph, cfg.engine)
    view = load_view(engine)
    focus = None
    if cfg.entity:
        focus = [e for e in map(local_id, resolve_entity(engine, cfg.entity)) if e in view.entities]
        if not focus:
            raise QueryError(f"--entity {cfg.entity}: no entity with that name in {graph}")
    about = None
    if focus or start or end:
        about = {"entities": [{"id": e, "label": view.entities[e].ar or view.entities[e].en} for e in sorted(focus or [])],
                 "from": start, "to": end}
    dates = f", {start or '...'} to {end or '...'}" if start or end else ""
    title = f"Silat: {cfg.entity}{dates}" if cfg.entity else f"Silat{dates}"
    view = narrow(view, focus, start, end)
    render(view, cfg.out, title, about)
    shown = sum(1 for e in view.edges if not e.planned)
    left_out = len(view.entities) - len(drawn_entities(view))
    unlinked = f" ({left_out} with no link, listed, drawn on request)" if left_out else ""
    return (f"wrote {cfg.out}: {len(view.entities)} entities{unlinked}, {shown} links"
            f" (+{len(view.edges) - shown} planned, hidden by default) from {graph}")
