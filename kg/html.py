"""The HTML view: pyvis with its JavaScript inlined, so the page draws opened from disk offline.

pyvis's ``in_line`` mode still links Bootstrap from a CDN; those tags are removed (the page does not
need them). Layout uses a fixed random seed so the same graph draws the same way.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx

from .io import atomic_write_text

COLOURS = {"Person": "#e15759", "Country": "#4e79a7", "Organization": "#59a14f", "Place": "#f28e2b"}
_EXTERNAL = re.compile(r"<(?:link|script)\b[^>]*\b(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)
OPTIONS = {
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300}},
    "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "dynamic"}},
    "nodes": {"font": {"size": 16, "face": "Noto Naskh Arabic, DejaVu Sans, sans-serif"}},
    "interaction": {"hover": True, "tooltipDelay": 100},
}


def evidence_text(nxg: nx.MultiDiGraph, via: set[str], limit: int = 5) -> str:
    """The source sentences behind an edge, each with its document id and date."""
    lines = []
    for node in sorted(via):
        data = nxg.nodes[node]
        ev = data.get("event")
        when = f" [{ev.date.iso()}]" if ev is not None and ev.date else ""
        for sid in sorted(data.get("sources", ())):
            sent = nxg.nodes[sid]
            lines.append(f"{sent['doc'].split('/', 1)[1]}{when}: {sent['text']}")
    more = f"\n… {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n\n".join(lines[:limit]) + more


def render(nxg: nx.MultiDiGraph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, data in sorted(nxg.nodes(data=True)):
        if data["kind"] != "entity":
            continue
        title = " / ".join(x for x in (data["label_ar"], data.get("label_en"), data["type"], data.get("qid")) if x)
        net.add_node(node, label=data["label_ar"], title=title, color=COLOURS.get(data["type"], "#999"), shape="dot", size=14)
    for a, b, rel, data in sorted(nxg.edges(keys=True, data=True)):
        net.add_edge(a, b, label=rel, title=f"{rel}\n\n{evidence_text(nxg, data['via'])}", arrows="to")
    net.set_options(json.dumps(OPTIONS))
    html = net.generate_html(notebook=False)
    html = _EXTERNAL.sub("", html)
    atomic_write_text(path, html)
