"""The HTML view in a real headless Chromium (Debian's), opened from disk with the network refused."""

from __future__ import annotations

import os
import time

import pytest
from rdflib.namespace import RDF

from kg.contract.vocab import DIP
from tests import browser

# Skipped where no browser is installed, except in CI (.ci/run sets SILAT_REQUIRE_BROWSER), where
# a missing browser must fail rather than pass unseen.
_MISSING = browser.available()
if _MISSING and os.environ.get("SILAT_REQUIRE_BROWSER"):
    raise RuntimeError(f"SILAT_REQUIRE_BROWSER is set but {_MISSING}")
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")

ENTITY_CLASSES = (DIP.Person, DIP.Country, DIP.Organization, DIP.Place)


@pytest.fixture(scope="module")
def page(seeds_build):
    """One browser on the seeds' graph.html for the module; each test starts from a fresh load."""
    with browser.chromium() as driver:
        driver.silat_url = (seeds_build[0] / "graph.html").resolve().as_uri()
        yield driver


def load(driver):
    driver.get(driver.silat_url)
    browser.wait_ready(driver)
    return driver


def visible_edges(driver) -> list[dict]:
    return driver.execute_script(
        "return edges.get({filter: function (e) { return !e.hidden; }}).map(function (e) {"
        " var d = silat.data.edges[e.id]; return {id: e.id, rel: d.rel, planned: d.planned, events: d.events}; });")


def test_draws_one_node_per_entity_with_no_network_and_no_console_errors(page, seeds_graph):
    load(page)
    want = {str(s).rsplit("/id/", 1)[1] for cls in ENTITY_CLASSES for s in seeds_graph.subjects(RDF.type, cls)}
    drawn = page.execute_script("return Object.keys(network.getPositions());")
    assert sorted(drawn) == sorted(want)
    # every node sits on the canvas: vis gave it a position and its bounding box is finite
    assert page.execute_script("return nodes.getIds().every(function (id) {"
                               " var b = network.getBoundingBox(id); return isFinite(b.left) && b.right > b.left; });")
    outside = [u for u in browser.requests_made(page) if u.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]
    assert outside == []
    errors = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_unticking_a_relation_hides_its_links(page):
    load(page)
    before = visible_edges(page)
    assert any(e["rel"] == "metWith" for e in before)
    box = page.find_element("css selector", 'input[data-rel="metWith"]')
    box.click()
    after = visible_edges(page)
    assert not any(e["rel"] == "metWith" for e in after)
    assert len(after) == len(before) - sum(e["rel"] == "metWith" for e in before)
    box.click()
    assert len(visible_edges(page)) == len(before)


def test_date_range_narrows_the_links(page):
    load(page)
    events = page.execute_script("return silat.data.events;")
    before = visible_edges(page)
    dated = sorted(e["date"] for e in events.values() if e["date"])
    lo, hi = "2023-01-01", "2023-12-31"
    assert dated[0] < lo or dated[-1] > hi, "the seeds' events must span more than 2023 for this test to bite"
    page.execute_script(
        "var f = document.getElementById('silat-from'), t = document.getElementById('silat-to');"
        "f.value = arguments[0]; f.dispatchEvent(new Event('change'));"
        "t.value = arguments[1]; t.dispatchEvent(new Event('change'));", lo, hi)
    after = visible_edges(page)
    assert 0 < len(after) < len(before)
    for e in after:
        if e["rel"] != "officialOf":  # offices carry no date
            assert any(lo[:4] <= events[x]["date"][:4] <= hi[:4] for x in e["events"] if events[x]["date"])
    page.find_element("id", "silat-dates-clear").click()
    assert len(visible_edges(page)) == len(before)


def test_search_selects_and_focuses_the_entity(page):
    load(page)
    box = page.find_element("id", "silat-search")
    box.send_keys("لافروف\n")  # a surname alone, typed without the first name
    selected = page.execute_script("return network.getSelectedNodes();")
    assert selected == ["person/sergey-lavrov"]
    panel = page.find_element("id", "silat-panel")
    assert panel.is_displayed() and "سيرجي لافروف" in panel.text and "Q58217" in panel.text
    # neighbours stay coloured, the rest is dimmed
    colours = page.execute_script("var o = {}; nodes.get().forEach(function (n) {"
                                  " o[n.id] = typeof n.color === 'string' ? n.color : n.color.background; }); return o;")
    assert not colours["person/sergey-lavrov"].startswith("rgba(200")
    assert sum(c.startswith("rgba(200") for c in colours.values()) > len(colours) // 2
    box.clear()
    box.send_keys("لا يوجد\n")
    assert "no entity matches" in page.find_element("id", "silat-search-status").text


def test_clicking_a_node_and_an_edge_shows_arabic_evidence(page, tmp_path_factory):
    from selenium.webdriver.common.action_chains import ActionChains

    load(page)
    canvas = page.find_element("css selector", "#mynetwork canvas")
    x, y = page.execute_script(
        "var p = network.canvasToDOM(network.getPositions(['person/wang-yi'])['person/wang-yi']); return [p.x, p.y];")
    size = canvas.size
    ActionChains(page).move_to_element_with_offset(canvas, x - size["width"] / 2, y - size["height"] / 2).click().perform()
    assert page.execute_script("return document.body.getAttribute('data-focus');") == "person/wang-yi"
    link = page.find_element("css selector", "#silat-panel a[data-edge]")
    link.click()
    quote = page.find_element("css selector", "#silat-panel blockquote")
    assert quote.get_attribute("dir") == "rtl" and quote.get_attribute("lang") == "ar"
    assert any("\u0600" <= ch <= "\u06ff" for ch in quote.text)
    html = page.find_element("id", "silat-panel-body").get_attribute("innerHTML")
    assert "<bdi>" in html and "article" in html
    shots = tmp_path_factory.mktemp("screenshots")
    page.save_screenshot(str(shots / "seeds-edge-panel.png"))
    print(f"screenshot: {shots / 'seeds-edge-panel.png'}")


def test_planned_links_hidden_until_asked_and_drawn_dashed(page):
    load(page)
    planned = page.execute_script("return edges.get({filter: function (e) { return silat.data.edges[e.id].planned; }});")
    assert planned, "the seeds report planned visits"
    assert all(e["hidden"] and e["dashes"] for e in planned)
    page.find_element("id", "silat-planned").click()
    shown = {e["id"] for e in visible_edges(page)}
    assert {e["id"] for e in planned} <= shown


def test_screenshot_of_the_whole_page(page, tmp_path_factory):
    load(page)
    time.sleep(0.3)
    out = tmp_path_factory.mktemp("screenshots") / "seeds.png"
    page.save_screenshot(str(out))
    assert out.stat().st_size > 20_000  # a drawn canvas, not a blank page
    print(f"screenshot: {out}")


def test_ego_view_from_kg_viz_draws_only_the_neighbourhood(seeds_build, tmp_path):
    from kg.view.viz import VizConfig, render_view

    out = tmp_path / "wang.html"
    render_view(VizConfig(seeds_build[0], out, entity="وانغ يي"))
    with browser.chromium() as driver:
        driver.get(out.resolve().as_uri())
        browser.wait_ready(driver)
        ids = driver.execute_script("return nodes.getIds();")
        assert "person/wang-yi" in ids and 1 < len(ids) < 43
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


def test_large_graph_is_laid_out_in_python_and_usable(tmp_path):
    """800 entities, about 630 linked: only the linked ones are drawn, at positions fixed in Python with
    physics off; the page says how many it left out, and search and the list still open their panels."""
    from bench.html_load import synthetic_graph
    from kg.rdf.engines import open_engine
    from kg.view.model import load_view
    from kg.view.viz import VizConfig, render_view

    graph = synthetic_graph(tmp_path, 800)
    view = load_view(open_engine(graph))
    linked = {x for e in view.edges for x in (e.source, e.target)}
    omitted = sorted(set(view.entities) - linked)
    assert len(linked) > 500 and omitted
    out = tmp_path / "big.html"
    render_view(VizConfig(graph, out))
    with browser.chromium() as driver:
        driver.get(out.resolve().as_uri())
        browser.wait_ready(driver)
        assert driver.execute_script("return network.physics.options.enabled;") is False
        assert sorted(driver.execute_script("return nodes.getIds();")) == sorted(linked)
        status = driver.find_element("id", "silat-status").text
        assert f"{len(omitted)} entities with no link are not drawn" in status
        name = view.entities[omitted[0]].ar
        box = driver.find_element("id", "silat-search")
        box.send_keys(name + "\n")
        panel = driver.find_element("id", "silat-panel")
        assert panel.is_displayed() and name in panel.text
        assert "not drawn" in driver.find_element("id", "silat-search-status").text
        driver.find_element("id", "silat-omitted-toggle").click()
        listed = driver.find_elements("css selector", "#silat-omitted a[data-entity]")
        assert [a.get_attribute("data-entity") for a in listed] == omitted
        listed[-1].click()
        assert view.entities[omitted[-1]].ar in panel.text
        assert driver.execute_script("return nodes.length;") == len(linked)  # nothing added on the way
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


def test_hostile_article_text_neither_runs_nor_breaks_the_page(tmp_path):
    """``<!--<script>`` in an article used to swallow the page's own script (no panels at all), and a
    record's ``javascript:`` URL became a link in the evidence panel."""
    from tests.unit.view.test_hostile_page import hostile_build

    url = hostile_build(tmp_path).resolve().as_uri()
    with browser.chromium() as driver:
        driver.get(url)
        browser.wait_ready(driver)
        assert driver.execute_script("return window.pwned === undefined && !!(window.silat && silat.data.sources.length);")
        edge = driver.execute_script("return Object.keys(silat.data.edges)[0];")
        driver.execute_script("silat.showEdge(arguments[0]);", edge)
        panel = driver.execute_script("return document.getElementById('silat-panel-body').innerHTML;")
        assert "<blockquote" in panel and "&lt;!--&lt;script&gt;" in panel and "javascript:" not in panel.lower()
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
