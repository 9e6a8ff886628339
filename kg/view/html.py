"""The HTML view: a pyvis page, fully inline, with our panels injected into it.

pyvis draws the network; everything analysts work with (legend with counts, relation and date
filters, search, neighbour highlight, evidence panels) is our own HTML/CSS/JS from
``kg/data/html/``, injected into pyvis's page together with the view as JSON. pyvis's
``in_line`` mode still links Bootstrap from a CDN and vis from ``../node_modules``; every external
``<script src>`` and ``<link href>`` is removed, so the page draws opened from disk with no network.

Layout is deterministic: vis's physics with a fixed seed for small graphs; above ``large`` entities
(style.json, 500) positions come from networkx with a fixed seed and physics is off, because vis's
stabilisation of thousands of nodes keeps the page busy for seconds.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from kg.data import data_path
from kg.io import atomic_write_text
from kg.view.model import View

_EXTERNAL = re.compile(r"<script\b[^>]*\bsrc=\"[^\"]*\"[^>]*>\s*</script>|<link\b[^>]*\bhref=\"[^\"]*\"[^>]*>", re.S)
_WEB_URL = re.compile(r"https?://[^\s]", re.I)
SEED = 7


def style() -> dict:
    """Colours and names of entity types and relations (``kg/data/html/style.json``), read per page."""
    return json.loads(data_path("html/style.json").read_text(encoding="utf-8"))


def _asset(name: str) -> str:
    return data_path(f"html/{name}").read_text(encoding="utf-8")


def options(large: bool, font: str) -> dict:
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": not large},
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True}},
        "edges": {"font": {"size": 10, "align": "middle", "face": font}, "smooth": {"type": "continuous"} if not large else False},
        "nodes": {"font": {"size": 16, "face": font}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
    }


def positions(view: View) -> dict[str, tuple[float, float]]:
    """Fixed-seed spring layout in Python for large views (vis then only draws)."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(view.entities))
    g.add_edges_from((e.source, e.target) for e in view.edges)
    scale = 60 * math.sqrt(max(len(view.entities), 1))
    # "force" is numpy only ("energy", the default above 500 nodes, needs scipy); 30 iterations: 2,000
    # entities take ~6 s here, the one cost of a page that then loads in under a second (bench/html_load.py)
    pos = nx.spring_layout(g, seed=SEED, iterations=30, scale=scale, method="force")
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def page_data(view: View, st: dict) -> dict:
    """The view as the page's JSON: compact, ordered, everything the panels show."""
    events_used = sorted({x for e in view.edges for x in e.events})
    return {
        "style": st,
        "entities": {k: {"type": v.type, "ar": v.ar, "en": v.en, "qid": v.qid, "alt": v.alt,
                         "offices": [list(o) for o in v.offices]} for k, v in sorted(view.entities.items())},
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


def render(view: View, path: Path, title: str = "Silat") -> None:
    atomic_write_text(path, page(view, title))


def page(view: View, title: str = "Silat") -> str:
    from pyvis.network import Network

    st = style()
    large = len(view.entities) > st["large"]
    pos = positions(view) if large else {}
    degree: dict[str, int] = {}
    for e in view.edges:
        for x in (e.source, e.target):
            degree[x] = degree.get(x, 0) + 1
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    for eid, ent in sorted(view.entities.items()):
        extra = {"x": pos[eid][0], "y": pos[eid][1], "physics": False} if large else {}
        tip = " · ".join(x for x in (ent.ar, ent.en, st["entities"].get(ent.type, {}).get("label", ent.type)) if x)
        net.add_node(eid, label=ent.ar, title=tip, color=st["entities"].get(ent.type, {}).get("colour", "#999"),
                     shape="dot", size=round(10 + 3 * math.sqrt(degree.get(eid, 0)), 1), **extra)
    for i, e in enumerate(view.edges):
        rel = st["relations"].get(e.relation, {})
        n = max(len(e.events), 1)
        net.add_edge(e.source, e.target, id=f"e{i}", color=rel.get("colour", "#999"),
                     width=round(min(1 + 1.5 * (n - 1), 10), 1), dashes=e.planned, hidden=e.planned,
                     arrows="" if e.symmetric else "to", label="" if large else rel.get("label", e.relation),
                     title=f"{rel.get('label', e.relation)} ({n} {'event' if n == 1 else 'events'})")
    net.set_options(json.dumps(options(large, st["font"])))
    html = _EXTERNAL.sub("", net.generate_html(notebook=False))
    data = embed_json(page_data(view, st))
    head = f"<title>{_escape(title)}</title>\n<style>\n{_asset('panel.css')}</style>\n"
    body = (f"{_asset('panel.html')}\n<script type=\"application/json\" id=\"silat-data\">{data}</script>\n"
            f"<script>\n{_asset('panel.js')}</script>\n")
    html = html.replace("</head>", head + "</head>", 1)
    return html.replace("</body>", body + "</body>", 1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
