"""Serialisations beyond Turtle: the fast big-graph writer and TriG with PROV build metadata."""

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF

from kg.rdf import write as rdf


def test_fast_writer_round_trips_and_is_deterministic(seeds_graph, monkeypatch):
    monkeypatch.setattr(rdf, "FAST_WRITE_TRIPLES", 0)  # force the pyoxigraph path on a small graph
    for fmt, parse_as in (("ttl", "turtle"), ("nt", "nt")):
        data = rdf.serialize(seeds_graph, fmt)
        assert data == rdf.serialize(seeds_graph, fmt)
        assert isomorphic(Graph().parse(data=data, format=parse_as), seeds_graph)
    assert b"@prefix dip:" in rdf.serialize(seeds_graph, "ttl")


def test_trig_holds_the_graph_as_one_named_graph_with_its_build_record(tmp_path):
    from kg.build import BuildConfig, run_build
    from tests.conftest import SEEDS

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
