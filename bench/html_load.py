"""Load-to-interactive of the HTML view for large graphs, in a real headless Chromium.

    python3 bench/html_load.py [--sizes 500,2000] [--graph GRAPH ...]

For each size a synthetic graph shaped like ours (entities of the four types, events between
them with dates, evidence sentences and offices) is written as Turtle and drawn with ``kg viz``;
``--graph`` adds real graphs (the 2,000-article case: ``--graph OUT/graph.ttl`` of a build of
2,000 corpus articles). Printed per page: entities in the data and nodes drawn (the linked ones),
links, who laid it out (vis or Python), the Python side (read the graph, lay it out, write the
page) and, in the browser, navigation start to "interactive" (layout drawn and panels live:
body[data-ready], set by panel.js), then one relation filter and one timeline-slider move, each
from the click to the next frame drawn (hiding, re-fit, labels and the redraw). The targets of
issue 16 are 3 s to interactive and 0.3 s per filter; a row over them is marked. All rows come
from one run on one machine, so compare them with each other, not with other runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = (("person", "Person", 0.45), ("country", "Country", 0.2), ("org", "Organization", 0.2), ("place", "Place", 0.15))
EVENTS = ("Meeting", "Visit", "PhoneCall", "Cooperation", "Support", "Opposition", "Coordination")
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def synthetic_graph(folder: Path, n_entities: int, seed: int = 7) -> Path:
    """A contract-shaped Turtle graph with ``n_entities`` entities and ~1.5 events per entity."""
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

    from kg.contract.vocab import DIP, ORG, SCHEMA
    from kg.rdf.write import date_literal, iri, new_graph, serialize
    from kg.records import PartialDate

    rnd = random.Random(seed)
    g = new_graph()
    ents: dict[str, list[str]] = {t: [] for _, t, _ in TYPES}
    for i in range(n_entities):
        r, acc = rnd.random(), 0.0
        for prefix, typ, share in TYPES:
            acc += share
            if r <= acc:
                break
        eid = f"{prefix}/synthetic-{i}"
        ents[typ].append(eid)
        name = " ".join("".join(rnd.choice(LETTERS) for _ in range(rnd.randint(3, 7))) for _ in range(rnd.randint(1, 3)))
        g.add((iri(eid), RDF.type, DIP[typ]))
        g.add((iri(eid), RDFS.label, Literal(name, lang="ar")))
    actors = ents["Person"] + ents["Country"]
    for n in range(int(n_entities * 1.5)):
        etype = rnd.choice(EVENTS)
        ev = iri(f"event/synthetic-{n}")
        doc = iri(f"doc/synthetic-{n // 4}")
        sent = iri(f"sentence/synthetic-{n // 4}/{n % 4 * 100}-{n % 4 * 100 + 90}")
        g.add((doc, RDF.type, SCHEMA.NewsArticle))
        g.add((doc, SCHEMA.identifier, Literal(f"synthetic-{n // 4}")))
        g.add((sent, RDF.type, DIP.Sentence))
        g.add((sent, SCHEMA.text, Literal("التقى الوزير نظيره في 12 مارس 2023 لبحث التعاون الثنائي.", lang="ar")))
        g.add((sent, DIP.charStart, Literal(n % 4 * 100)))
        g.add((sent, DCTERMS.isPartOf, doc))
        a, b = rnd.sample(actors, 2)
        g.add((ev, RDF.type, DIP[etype]))
        g.add((ev, DIP.modality, DIP["Planned" if rnd.random() < 0.1 else "Asserted"]))
        g.add((ev, DIP.date, date_literal(PartialDate(rnd.randint(2015, 2024), rnd.randint(1, 12), rnd.randint(1, 28)))))
        g.add((ev, PROV.wasDerivedFrom, sent))
        g.add((ev, DIP.cameoCode, Literal("040")))
        if etype == "Coordination" and ents["Organization"]:
            g.add((ev, DIP.forum, iri(rnd.choice(ents["Organization"]))))
        if etype == "Visit":
            b = rnd.choice(ents["Country"])
            g.add((ev, DIP.countryVisited, iri(b)))
        if etype in ("Visit", "Support", "Opposition"):
            g.add((ev, DIP.actor, iri(a)))
            g.add((ev, DIP.target, iri(b)))
        for p in (a, b):
            g.add((ev, DIP.participant, iri(p)))
    for person in ents["Person"][: len(ents["Person"]) // 2]:
        country = rnd.choice(ents["Country"])
        post = iri(f"post/{person.split('/')[1]}/ForeignMinister/{country.replace('/', '-')}")
        g.add((iri(person), ORG.holds, post))
        g.add((post, ORG.role, DIP.ForeignMinister))
        g.add((post, ORG.postIn, iri(country)))
        g.add((iri(person), DIP.officialOf, iri(country)))
    path = Path(folder) / f"synthetic-{n_entities}.ttl"
    path.write_bytes(serialize(g, "ttl"))
    return path


def measure(graph: Path, folder: Path, driver) -> dict:
    from kg.view.viz import VizConfig, render_view
    from tests.browser import wait_ready

    out = folder / ((graph.stem if graph.stem.startswith("synthetic") else f"{graph.parent.name}-{graph.stem}") + ".html")
    t = time.perf_counter()
    render_view(VizConfig(graph, out))
    python_s = time.perf_counter() - t
    driver.get(out.resolve().as_uri())
    wait_ready(driver, timeout=300)
    ready_ms = driver.execute_script("return window.silatReadyAt;")
    filter_ms = drawn_after(driver, "document.querySelector('input[data-rel]').click();")
    driver.execute_script("document.querySelector('input[data-rel]').click();")  # back to all
    dates_ms = drawn_after(driver, "var a = document.getElementById('silat-range-from'), b = document.getElementById('silat-range-to');"
                                   "a.value = Math.floor(b.max / 3); b.value = Math.floor(2 * b.max / 3);"
                                   "a.dispatchEvent(new Event('change')); b.dispatchEvent(new Event('change'));")
    counts = driver.execute_script("return [Object.keys(silat.data.entities).length, nodes.length, edges.length, silat.laidOutByVis];")
    return {"page": out.name, "entities": counts[0], "drawn": counts[1], "links": counts[2], "layout": "vis" if counts[3] else "python",
            "mb": out.stat().st_size / 1e6, "python_s": python_s, "ready_ms": ready_ms, "filter_ms": filter_ms, "dates_ms": dates_ms}


def drawn_after(driver, script: str) -> float:
    """Milliseconds from running ``script`` (a filter) to the end of the next frame vis draws."""
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1], t = performance.now();"
        "network.once('afterDrawing', function () { done(performance.now() - t); });" + script + "network.redraw();")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="500,2000")
    ap.add_argument("--graph", action="append", default=[], help="also measure this real graph file")
    args = ap.parse_args()
    from tests.browser import available, chromium

    why = available()
    if why:
        sys.exit(f"bench/html_load.py: {why}")
    with tempfile.TemporaryDirectory() as tmp, chromium() as driver:
        folder = Path(tmp)
        graphs = [synthetic_graph(folder, int(n)) for n in args.sizes.split(",")] + [Path(p) for p in args.graph]
        print(f"{'page':28} {'entities':>8} {'drawn':>6} {'links':>6} {'layout':>6} {'MB':>5} {'python s':>8} {'ready ms':>8}"
              f" {'filter ms':>9} {'dates ms':>8}")
        for graph in graphs:
            r = measure(graph, folder, driver)
            over = [name for name, v, limit in (("load", r["ready_ms"], 3000), ("filter", r["filter_ms"], 300),
                                                ("dates", r["dates_ms"], 300)) if v > limit]
            print(f"{r['page']:28} {r['entities']:8} {r['drawn']:6} {r['links']:6} {r['layout']:>6} {r['mb']:5.1f} "
                  f"{r['python_s']:8.2f} {r['ready_ms']:8.0f} {r['filter_ms']:9.0f} {r['dates_ms']:8.0f}"
                  + (f"  over target: {', '.join(over)}" if over else ""))


if __name__ == "__main__":
    main()
