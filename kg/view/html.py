"""The HTML view: a pyvis network rendered through our own Jinja2 template, fully inline.

pyvis holds the network (nodes, edges, options) and renders it with Jinja2; its page links
Bootstrap from a CDN and carries menus we do not use, so we point pyvis's template environment at
``kg/data/html/page.html.j2`` (with pyvis's own templates folder behind it, for the vis-network
files the template includes inline). Everything analysts work with (legend, filters, timeline,
search, highlight, evidence panels, export) is our HTML/CSS/JS from ``kg/data/html/``, placed by
that template together with the view as JSON. Nothing refers outside the file: the page draws
opened from disk with no network.

Layout is deterministic: vis's physics with a fixed seed for small graphs; above ``large`` drawn
entities (style.json, 500) positions come from networkx with a fixed seed and physics is off, because
vis's stabilisation of thousands of nodes keeps the page busy for seconds. Entities with no link at
all are not nodes of the network and take no part in the layout, on every page: on a corpus they are
about nine in ten, and a layout over them placed them in a ring that says nothing and squeezed the
linked core. The page counts and lists them, search opens their panels, and a toggle draws them in
a grid below the network.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from kg.data import data_path
from kg.io import atomic_write_text
from kg.view.model import View

_WEB_URL = re.compile(r"https?://[^\s]", re.I)
SEED = 7


def style() -> dict:
    """Colours and names of entity types and relations (``kg/data/html/style.json``), read per page."""
    return json.loads(data_path("html/style.json").read_text(encoding="utf-8"))


def options(large: bool, font: str) -> dict:
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": not large},
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True}},
        "edges": {"font": {"size": 10, "align": "middle", "face": font}, "smooth": {"type": "continuous"} if not large else False},
        "nodes": {"font": {"size": 16, "face": font}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
    }


def drawn_entities(view: View) -> set[str]:
    """The entities the page draws as nodes: those with a link (planned links included: they show on
    request). The others are counted, listed and searchable, and drawn only when asked for."""
    return {x for e in view.edges for x in (e.source, e.target)}


def event_counts(view: View) -> dict[str, int]:
    """Events each entity takes part in (participant, actor, target, host), what sizes its node:
    how much the news says about it, not how many partners it has."""
    counts: dict[str, int] = {}
    for ev in view.events.values():
        for x in {*ev.participants, ev.actor, ev.target, ev.host} - {None}:
            counts[x] = counts.get(x, 0) + 1
    return counts


def _spring(g, nodes: list[str], half: float, core: int) -> dict[str, tuple[float, float]]:
    """One connected component's positions, at a cost linear in its size beyond ``core`` nodes.

    A spring layout costs the square of its nodes per iteration (4 s for 2,000, 15 s for 4,000
    here), so in a bigger component it places the ``core`` best-linked nodes and the rest go round
    the neighbour they were reached from, breadth first, on a sunflower spiral (golden angle,
    radius growing with the square root of the count): a hub's many one-link partners spread
    evenly around it, as the spring layout would put them.
    """
    import networkx as nx

    sub = g.subgraph(nodes)
    if len(nodes) <= core:
        return nx.spring_layout(sub, seed=SEED, iterations=30, scale=half, method="force")
    kept = sorted(nodes, key=lambda n: (-sub.degree(n), n))[:core]
    placed = {n: (float(x), float(y)) for n, (x, y) in
              nx.spring_layout(sub.subgraph(kept), seed=SEED, iterations=30, scale=half, method="force").items()}
    around: dict[str, int] = {}
    frontier = sorted(kept)
    while frontier:
        reached = []
        for parent in frontier:
            for n in sorted(sub[parent]):
                if n in placed:
                    continue
                k = around[parent] = around.get(parent, 0) + 1
                r, a = 25 * math.sqrt(k), k * 2.39996  # golden angle in radians
                placed[n] = (placed[parent][0] + r * math.cos(a), placed[parent][1] + r * math.sin(a))
                reached.append(n)
        frontier = reached
    return placed


def positions(view: View, drawn: set[str] | None = None, core: int = 1500) -> dict[str, tuple[float, float]]:
    """Fixed-seed spring layout in Python for large views (vis then only draws).

    Each connected component of the drawn entities is laid out on its own, biggest first, and the
    components are packed in rows: a spring layout costs the square of the nodes it holds, so the
    pairs and small stars news graphs are full of cost next to nothing, and only the biggest
    component pays more, and beyond ``core`` nodes only its core pays the square (:func:`_spring`).
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(view.entities if drawn is None else drawn))
    g.add_edges_from(sorted((e.source, e.target) for e in view.edges if e.source in g and e.target in g))
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    out: dict[str, tuple[float, float]] = {}
    width = 2 * 60 * math.sqrt(max(len(g), 1))  # of the row, as the whole layout was before
    x = y = row = 0.0
    for nodes in parts:
        half = 60 * math.sqrt(len(nodes))  # a component's half side: area in proportion to its nodes
        if x > 0 and x + 2 * half > width:
            x, y, row = 0.0, y + row, 0.0
        # "force": 30 iterations of Fruchterman-Reingold (scipy's sparse variant above 500 nodes)
        pos = {nodes[0]: (0.0, 0.0)} if len(nodes) == 1 else _spring(g, nodes, half, core)
        for n in nodes:
            px, py = pos[n]
            out[n] = (round(float(px) + x + half, 1), round(float(py) + y + half, 1))
        x += 2 * half + 40
        row = max(row, 2 * half + 40)
    return out


def page_data(view: View, st: dict, drawn: set[str] | None = None, counts: dict[str, int] | None = None) -> dict:
    """The view as the page's JSON: compact, ordered, everything the panels show. ``drawn`` and
    ``counts`` are :func:`drawn_entities` and :func:`event_counts` of the view, when the caller has them.
    Each entity carries its node's size, so the page draws the entities it adds (those with no link)
    at the size Python gives the others."""
    events_used = sorted({x for e in view.edges for x in e.events})
    drawn = drawn_entities(view) if drawn is None else drawn
    counts = event_counts(view) if counts is None else counts
    return {
        "style": st,
        "omitted": sorted(set(view.entities) - drawn),
        "entities": {k: {"type": v.type, "ar": v.ar, "en": v.en, "qid": v.qid, "alt": v.alt, "events": counts.get(k, 0),
                         "size": node_size(counts.get(k, 0)), "offices": [list(o) for o in v.offices]}
                     for k, v in sorted(view.entities.items())},
        "events": {e.id: {"type": e.type, "modality": e.modality, "date": e.date, "cameo": e.cameo,
                          "place": e.place, "forum": e.forum, "sources": e.sources}
                   for e in map(view.events.get, events_used)},
        "edges": {f"e{i}": {"from": e.source, "to": e.target, "rel": e.relation, "planned": e.planned,
                            "events": e.events, "sources": e.sources} for i, e in enumerate(view.edges)},
        "sources": [{"text": s.text, "doc": s.doc, "title": s.title, "url": web_url(s.url), "published": s.published}
                    for s in view.sources],
    }


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None: a record's ``javascript:`` or ``data:`` URL must
    never become a link an analyst clicks.

    >>> web_url("https://e.x/1"), web_url(" JavaScript:alert(1)"), web_url("data:text/html,x")
    ('https://e.x/1', None, None)
    """
    return url if url and _WEB_URL.match(url) else None


def embed_json(data: dict) -> str:
    """JSON for a ``<script type="application/json">`` element that no text in it can break out of.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where ``\\u003c`` & co. mean the same; with
    none left, neither ``</script>`` nor ``<!--<script>`` (which makes the parser ignore the next
    ``</script>``) can end or extend the element.

    >>> embed_json({"t": "<!--<script>&"})
    '{"t":"\\\\u003c!--\\\\u003cscript\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(view: View, path: Path, title: str = "Silat", about: dict | None = None) -> None:
    atomic_write_text(path, page(view, title, about))


def node_size(events: int) -> float:
    """Radius by number of events: the square root, so a hub of 400 events stays on the screen."""
    return round(8 + 3 * math.sqrt(events), 1)


def page(view: View, title: str = "Silat", about: dict | None = None) -> str:
    """The page's HTML. ``about`` says what a narrowed page shows (``kg viz --entity/--from/--to``):
    ``{"entities": [{"id", "label"}], "from": ISO or None, "to": ISO or None}``; the page states it."""
    import pyvis
    from pyvis.network import Network

    st = style()
    drawn = drawn_entities(view)
    large = len(drawn) > st["large"]
    pos = positions(view, drawn) if large else {}
    counts = event_counts(view)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    for eid, ent in sorted(view.entities.items()):
        if eid not in drawn:
            continue
        extra = {"x": pos[eid][0], "y": pos[eid][1], "physics": False} if large else {}
        n = counts.get(eid, 0)
        tip = " · ".join(x for x in (ent.ar, ent.en, st["entities"].get(ent.type, {}).get("label", ent.type),
                                      f"{n} {'event' if n == 1 else 'events'}") if x)
        net.add_node(eid, label=ent.ar, title=tip, color=st["entities"].get(ent.type, {}).get("colour", "#999"),
                     shape="dot", size=node_size(n), **extra)
    for i, e in enumerate(view.edges):
        rel = st["relations"].get(e.relation, {})
        n = max(len(e.events), 1)
        net.add_edge(e.source, e.target, id=f"e{i}", color=rel.get("colour", "#999"),
                     width=round(min(1 + 1.5 * (n - 1), 10), 1), dashes=e.planned, hidden=e.planned,
                     arrows="" if e.symmetric else "to",
                     title=f"{rel.get('label', e.relation)} ({n} {'event' if n == 1 else 'events'})")
    net.options = options(large, st["font"])  # a dict, as it is: set_options' parser drops spaces in font names
    # pyvis renders self.path from self.templateEnv: ours first, pyvis's folder for the vis files
    env = Environment(loader=FileSystemLoader([str(data_path("html")), str(Path(pyvis.__file__).parent / "templates")]),
                      autoescape=False, keep_trailing_newline=True)
    env.globals["silat"] = {"title": title, "data": embed_json(page_data(view, st, drawn, counts)), "about": about}
    net.templateEnv, net.path = env, "page.html.j2"
    return net.generate_html(notebook=False)
