"""The fast big-graph writer on the Stanza-built seeds graph (TriG and the unit-level writer checks are in
tests/unit/test_build.py and tests/unit/rdf/test_write.py)."""

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.rdf import write as rdf


def test_fast_writer_round_trips_and_is_deterministic(seeds_graph, monkeypatch):
    monkeypatch.setattr(rdf, "FAST_WRITE_TRIPLES", 0)  # force the pyoxigraph path on a small graph
    for fmt, parse_as in (("ttl", "turtle"), ("nt", "nt")):
        data = rdf.serialize(seeds_graph, fmt)
        assert data == rdf.serialize(seeds_graph, fmt)
        assert isomorphic(Graph().parse(data=data, format=parse_as), seeds_graph)
    assert b"@prefix dip:" in rdf.serialize(seeds_graph, "ttl")
