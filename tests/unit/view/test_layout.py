"""Layout at corpus scale: only linked entities are drawn and laid out, on every page, the page
says how many were left out and keeps them findable, and the same graph gives the same bytes."""

from __future__ import annotations

import json
import random
import re

from kg.view.html import drawn_entities, page, page_data, positions, style
from kg.view.model import View, ViewEdge, ViewEntity, ViewEvent


def corpus_like_view(n_entities: int, n_linked: int, seed: int = 3) -> View:
    """Many entities, few of them linked, as a corpus gives: pairs, small stars and one bigger core."""
    rnd = random.Random(seed)
    ids = [f"country/c{i:04d}" if i % 3 else f"person/p{i:04d}" for i in range(n_entities)]
    entities = {i: ViewEntity(i, "Person" if i.startswith("person") else "Country", f"name {i}") for i in ids}
    linked = ids[:n_linked]
    events, edges = {}, []
    for k in range(n_linked):
        a = linked[k]
        b = linked[(k + 1) % 40] if k < 40 else linked[k - 1 if k % 2 else k + 1 if k + 1 < n_linked else 0]
        if a == b:
            continue
        ev = f"event/e{k}"
        events[ev] = ViewEvent(ev, "Meeting", "Asserted" if k % 7 else "Planned", f"2018-0{1 + k % 9}-01")
        edges.append(ViewEdge(min(a, b), max(a, b), "metWith", k % 7 == 0, [ev]))
    rnd.shuffle(edges)
    return View(entities, events, edges, [])


def graph_nodes(html: str) -> list[str]:
    m = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.S)
    assert m, "no node DataSet in the page"
    return [n["id"] for n in json.loads(m.group(1))]


def test_every_page_draws_only_the_linked_entities():
    for view in (corpus_like_view(60, 40), corpus_like_view(1500, 120)):
        linked = {x for e in view.edges for x in (e.source, e.target)}
        assert any(e.planned for e in view.edges)  # planned links keep their ends: they are drawn on request
        assert drawn_entities(view) == linked and len(linked) < len(view.entities)
        assert sorted(graph_nodes(page(view))) == sorted(linked)


def test_large_page_lays_out_and_draws_only_linked_entities_and_lists_the_rest():
    view = corpus_like_view(1500, 120)
    linked = {x for e in view.edges for x in (e.source, e.target)}
    drawn = drawn_entities(view)
    pos = positions(view, drawn)
    assert set(pos) == linked
    html = page(view)
    assert sorted(graph_nodes(html)) == sorted(linked)
    data = page_data(view, style())
    assert data["omitted"] == sorted(set(view.entities) - linked)
    assert set(data["entities"]) == set(view.entities)  # left out of the drawing, not of search and panels
    # the page's own data lists them (its count and list are made from it; the browser test reads them)
    m = re.search(r'<script type="application/json" id="silat-data">(.*?)</script>', html, re.S)
    assert m and json.loads(m.group(1))["omitted"] == data["omitted"]


def test_components_are_laid_out_apart():
    view = corpus_like_view(1500, 300)
    pos = positions(view, drawn_entities(view))
    core = [f"{'person/p' if i % 3 == 0 else 'country/c'}{i:04d}" for i in range(40)]
    pair = ("country/c0100", "country/c0101")  # an isolated pair of the corpus-like view
    assert pair[0] in pos and pair[1] in pos
    xs, ys = [pos[c][0] for c in core], [pos[c][1] for c in core]
    for p in pair:  # outside the core's bounding box
        assert not (min(xs) <= pos[p][0] <= max(xs) and min(ys) <= pos[p][1] <= max(ys))
    assert len(set(pos.values())) == len(pos)  # no two nodes on one spot


def test_same_graph_same_bytes_whatever_the_order_of_edges():
    view = corpus_like_view(1500, 600)
    first = page(view)
    view.edges.reverse()
    shuffled = View(view.entities, view.events, sorted(view.edges, key=lambda e: (e.source, e.target, e.relation, e.planned)),
                    view.sources)
    assert page(corpus_like_view(1500, 600)) == first
    assert positions(shuffled, drawn_entities(shuffled)) == positions(view, drawn_entities(view))


def test_a_component_beyond_the_core_places_every_node_near_a_neighbour():
    """Hubs with many one-link partners (countries in the news): above ``core`` nodes only the best
    linked go through the spring layout, the rest are placed round the neighbour that reached them."""
    hubs = [f"country/h{i}" for i in range(10)]
    leaves = [f"person/l{i:03d}" for i in range(300)]
    entities = {i: ViewEntity(i, "Country" if i.startswith("country") else "Person", i) for i in hubs + leaves}
    edges = [ViewEdge(hubs[i], hubs[(i + 1) % 10], "metWith", False, []) for i in range(10)]
    edges += [ViewEdge(hubs[i % 10], leaf, "metWith", False, []) for i, leaf in enumerate(leaves)]
    view = View(entities, {}, edges, [])
    pos = positions(view, None, core=20)
    assert set(pos) == set(entities) and len(set(pos.values())) == len(pos)
    for i, leaf in list(enumerate(leaves))[10:]:  # the core is the 10 hubs and the first 10 leaves
        own = hubs[i % 10]
        d = ((pos[leaf][0] - pos[own][0]) ** 2 + (pos[leaf][1] - pos[own][1]) ** 2) ** 0.5
        assert d <= 25 * (len(leaves) / 10 + 1) ** 0.5 + 1
    assert positions(view, None, core=20) == pos
