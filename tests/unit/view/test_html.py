"""The page as text (no browser): its embedded data, options and style, and nothing fetched from outside.
The integration tier opens it in a real Chromium."""

from __future__ import annotations

import json
import re

import pytest

from kg.rdf.engines import open_engine
from kg.view.html import event_counts, node_size, options, page, page_data, style
from kg.view.model import load_view


@pytest.fixture(scope="module")
def view(gaz_seeds_build):
    return load_view(open_engine(gaz_seeds_build[0] / "graph.ttl"))


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="silat-data">(.*?)</script>', html, re.S)
    assert m, "no silat-data block in the page"
    return json.loads(m.group(1).replace("<\\/", "</"))


def test_style_names_colours_for_every_type_and_the_large_threshold():
    st = style()
    assert {"Person", "Country", "Organization", "Place"} <= set(st["entities"])
    assert {"metWith", "visited", "officialOf"} <= set(st["relations"])
    assert isinstance(st["large"], int) and st["font"]
    assert style() == st and style() is not st  # read per page, never kept


def test_options_turn_physics_off_for_large_graphs():
    small, large = options(False, "serif"), options(True, "serif")
    assert small["physics"]["enabled"] and not large["physics"]["enabled"]
    assert small["nodes"]["font"]["face"] == "serif" and large["interaction"]["hideEdgesOnDrag"]
    assert small["layout"]["randomSeed"] == large["layout"]["randomSeed"]


def test_page_data_holds_the_view(view):
    st = style()
    data = page_data(view, st)
    assert data["style"] == st
    assert set(data["entities"]) == set(view.entities)
    assert len(data["edges"]) == len(view.edges) and len(data["sources"]) == len(view.sources)
    for edge in data["edges"].values():
        assert edge["from"] in data["entities"] and edge["to"] in data["entities"]
        assert all(x in data["events"] for x in edge["events"])
    assert data["entities"]["person/sergey-lavrov"]["qid"] == "Q58217"
    json.dumps(data)  # plain JSON all the way down


def test_the_built_page_embeds_its_data_and_draws_from_disk_with_no_network_resources(gaz_seeds_build, view):
    html = (gaz_seeds_build[0] / "graph.html").read_text(encoding="utf-8")
    assert "vis-network" in html or "vis.Network" in html
    # nothing is fetched: no script, stylesheet or image refers outside the file
    assert not re.search(r"<(?:script|img|iframe)\b[^>]*\bsrc=|<link\b[^>]*\bhref=", html)
    assert embedded(html) == json.loads(json.dumps(page_data(view, style())))
    assert "وانغ يي" in html and "metWith" in html


def test_the_page_is_our_template_with_the_assets_placed_verbatim(view):
    """No splicing: page.html.j2 places the panels, CSS, JS and data; pyvis's Bootstrap page is gone."""
    from kg.data import data_path

    html = page(view, "Silat & co")
    assert html.startswith("<!DOCTYPE html>") and "<title>Silat &amp; co</title>" in html
    for name in ("panel.css", "panel.js"):
        assert data_path(f"html/{name}").read_text(encoding="utf-8") in html  # Jinja2 left them as written
    assert "bootstrap" not in html.lower() and 'class="card"' not in html
    assert html.count('id="mynetwork"') == 1 and html.count('id="silat-data"') == 1
    assert page(view, "Silat & co") == html  # same view, same bytes


def test_an_ego_page_says_which_entity_and_dates_it_shows(view):
    about = {"entities": [{"id": "person/x", "label": "<b>وانغ</b>"}], "from": "2023-01-01", "to": None}
    html = page(view, about=about)
    assert "Neighbourhood of <b><bdi>&lt;b&gt;وانغ&lt;/b&gt;</bdi></b>" in html
    assert "events from <bdi>2023-01-01</bdi> to <bdi>the last</bdi>" in html
    assert 'id="silat-about"' not in page(view)


def test_node_size_grows_with_the_events_an_entity_takes_part_in(view):
    counts = event_counts(view)
    assert counts["person/wang-yi"] > 0 and node_size(0) < node_size(1) < node_size(counts["person/wang-yi"])
    data = page_data(view, style())
    assert data["entities"]["person/wang-yi"]["events"] == counts["person/wang-yi"]
    # the size is in the data, one formula for the nodes Python draws and those the page adds
    assert all(e["size"] == node_size(e["events"]) for e in data["entities"].values())
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page(view), re.S).group(1))
    assert nodes and all(n["size"] == data["entities"][n["id"]]["size"] for n in nodes)
