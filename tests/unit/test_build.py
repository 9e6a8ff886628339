"""``kg build`` through its Python API with the gazetteer recognizer: what it writes and what it draws from."""

from __future__ import annotations

import json
import re

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF

from kg.builder import BuildConfig, run_build
from kg.contract.vocab import DIP
from tests.paths import SEEDS

ENTITY_CLASSES = (DIP.Person, DIP.Country, DIP.Organization, DIP.Place)


def page_data(html: str) -> dict:
    """The JSON the page embeds for its panels (``<script type="application/json" id="silat-data">``)."""
    m = re.search(r'<script type="application/json" id="silat-data">(.*?)</script>', html, re.S)
    assert m, "no silat-data block in the page"
    return json.loads(m.group(1).replace("<\\/", "</"))


def test_the_page_is_drawn_from_the_graph_just_written(tmp_path, gaz_seeds_build):
    first, _ = gaz_seeds_build
    out = tmp_path / "out"
    run_build(BuildConfig([SEEDS], out, ner="gazetteer", quiet=True))
    expected = (out / "graph.ttl").read_bytes()
    assert expected == (first / "graph.ttl").read_bytes()
    # a stale graph from an earlier run: one meeting of two unknown people, and nothing else
    stale = ("<https://w3id.org/silat/id/event/stale> a <https://w3id.org/silat/ontology#Meeting> ;\n"
             "  <https://w3id.org/silat/ontology#participant> <https://w3id.org/silat/id/person/nobody> .\n")
    (out / "graph.ttl").write_text(stale, encoding="utf-8")
    (out / "graph.html").unlink()
    result = run_build(BuildConfig([SEEDS], out, ner="gazetteer", formats=["nt"], quiet=True))
    assert [p.name for p in result.outputs] == ["graph.ttl", "graph.nt", "graph.html"]
    assert (out / "graph.ttl").read_bytes() == expected
    data = page_data((out / "graph.html").read_text(encoding="utf-8"))
    graph = Graph().parse(first / "graph.ttl")
    want = {str(s).rsplit("/id/", 1)[1] for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, cls)}
    assert set(data["entities"]) == want and "person/nobody" not in data["entities"]
    assert {"person/wang-yi", "person/sergey-lavrov", "country/CN", "country/RU", "org/sco"} <= want
    assert (out / "graph.html").read_bytes() == (first / "graph.html").read_bytes()


def test_the_build_is_byte_identical_and_every_format_holds_the_same_graph(tmp_path, gaz_seeds_build):
    first, result = gaz_seeds_build
    assert "gazetteer" in result.summary() and result.counts["documents"] == 5
    again = tmp_path / "again"
    run_build(BuildConfig([SEEDS], again, ner="gazetteer", formats=["nt", "jsonld"], html=False, quiet=True))
    assert (again / "graph.ttl").read_bytes() == (first / "graph.ttl").read_bytes()
    assert (again / "graph.nt").read_bytes() == (first / "graph.nt").read_bytes()
    ttl = Graph().parse(first / "graph.ttl")
    assert isomorphic(ttl, Graph().parse(again / "graph.nt", format="nt"))
    assert isomorphic(ttl, Graph().parse(again / "graph.jsonld", format="json-ld"))
    assert not (again / "graph.html").exists()


def test_extra_gazetteer_tables_reach_the_graph(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("نيروبي 12 مارس 2024 (رويترز) - استقبل الرئيس الكيني ويليام روتو اليوم وزير الخارجية "
                               "الروسي سيرجي لافروف في نيروبي.", encoding="utf-8")
    extra = tmp_path / "extra.tsv"
    extra.write_text("person/william-ruto\tPerson\tQ1373609\tويليام روتو\tWilliam Ruto\tروتو\t\tcountry/KE\tHeadOfState\t\t\n",
                     encoding="utf-8")
    ruto = URIRef("https://w3id.org/silat/id/person/william-ruto")
    run_build(BuildConfig([src], tmp_path / "plain", ner="gazetteer", html=False, quiet=True))
    assert (ruto, RDF.type, DIP.Person) not in Graph().parse(tmp_path / "plain" / "graph.ttl")
    run_build(BuildConfig([src], tmp_path / "extra", ner="gazetteer", html=False, quiet=True, gazetteers=(extra,)))
    g = Graph().parse(tmp_path / "extra" / "graph.ttl")
    assert (ruto, RDF.type, DIP.Person) in g and (ruto, DIP.metWith, URIRef("https://w3id.org/silat/id/person/sergey-lavrov")) in g


def test_trig_holds_the_graph_as_one_named_graph_with_its_build_record(tmp_path):
    run_build(BuildConfig([SEEDS], tmp_path, ner="gazetteer", formats=["ttl", "trig"], html=False, quiet=True))
    ds = Dataset()
    ds.parse(tmp_path / "graph.trig", format="trig")
    named = [g for g in ds.graphs() if str(g.identifier).startswith("https://w3id.org/silat/id/graph/")]
    assert len(named) == 1
    assert isomorphic(Graph().parse(tmp_path / "graph.ttl"), Graph() + named[0])
    default = ds.default_graph
    activity = default.value(named[0].identifier, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in default
    assert default.value(activity, PROV.startedAtTime) is not None
    used = set(default.objects(activity, PROV.used))
    assert URIRef(SEEDS.resolve().as_uri()) in used
    agents = {str(x) for x in default.objects(activity, PROV.wasAssociatedWith)}
    assert any("/software/rdflib/" in a for a in agents) and any("/software/silat/" in a for a in agents)


def test_every_output_is_byte_identical_whatever_the_hash_seed(tmp_path):
    """Two processes with different string hashing (set and dict orders differ) write the same bytes."""
    import os
    import subprocess
    import sys

    from tests.paths import ROOT

    for seed in ("1", "2"):
        r = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(tmp_path / seed), "--ner", "gazetteer",
                            "--format", "ttl,nt,jsonld", "--quiet"], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
