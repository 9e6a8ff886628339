"""Serialising the merged graph: from typed records by hand, and the fast big-graph writer."""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.contract.vocab import DIP, ORG, RES
from kg.rdf import write as rdf
from kg.records import Article, Edge, Entity, Event, Evidence, MergedEvent, MergedGraph, PartialDate, Post, SourceSentence


def hand_graph() -> MergedGraph:
    ev = Event("Meeting", "040", "CONSULT", "visit", ["person/a", "person/b"],
               [Evidence("d1", 0, 0, 20, "التقى أ مع ب في موسكو", "التقى")],
               date=PartialDate(2023, 3), place="place/moscow")
    return MergedGraph(
        articles=[Article("doc/d1", "d1", "عنوان", None, "شينخوا", PartialDate(2023, 3, 21))],
        entities=[Entity("person/a", "Person", "أ", surface_forms={"أ", "الأول"}),
                  Entity("person/b", "Person", "ب", "B", "Q1"),
                  Entity("country/RU", "Country", "روسيا", "Russia"),
                  Entity("place/moscow", "Place", "موسكو")],
        sentences=[SourceSentence("sentence/d1/0-20", "doc/d1", "التقى أ مع ب في موسكو", 0, 20, frozenset({"التقى"}))],
        posts=[Post("post/b", "person/b", "ForeignMinister", "country/RU", frozenset({"sentence/d1/0-20"}))],
        events=[MergedEvent("event/m1", ev, frozenset({"sentence/d1/0-20"}))],
        edges=[Edge("person/a", "metWith", "person/b", frozenset({"event/m1"})),
               Edge("person/b", "metWith", "person/a", frozenset({"event/m1"})),
               Edge("person/b", "officialOf", "country/RU", frozenset({"post/b"}))],
    )


def test_typed_records_become_the_contracts_triples():
    g = rdf.to_rdf(hand_graph())
    m = RES["event/m1"]
    assert (m, RDF.type, DIP.Meeting) in g and (m, DIP.participant, RES["person/a"]) in g
    assert (m, DIP.date, Literal("2023-03", datatype=XSD.gYearMonth)) in g
    assert (m, PROV.wasDerivedFrom, RES["sentence/d1/0-20"]) in g
    assert (m, DIP.modality, DIP.Asserted) in g
    assert (RES["person/a"], DIP.metWith, RES["person/b"]) in g and (RES["person/b"], DIP.officialOf, RES["country/RU"]) in g
    assert (RES["person/b"], ORG.holds, RES["post/b"]) in g and (RES["post/b"], ORG.role, DIP.ForeignMinister) in g
    assert (RES["person/a"], RDFS.label, Literal("أ", lang="ar")) in g
    assert not any(type(s).__name__ == "BNode" for s in g.subjects())


def test_writing_is_deterministic_and_leaves_the_records_alone():
    merged = hand_graph()
    before = hand_graph()
    assert rdf.serialize(rdf.to_rdf(merged), "ttl") == rdf.serialize(rdf.to_rdf(merged), "ttl")
    assert merged == before


def test_fast_writer_round_trips_and_is_deterministic(gaz_seeds_graph, monkeypatch):
    monkeypatch.setattr(rdf, "FAST_WRITE_TRIPLES", 0)  # force the pyoxigraph path on a small graph
    for fmt, parse_as in (("ttl", "turtle"), ("nt", "nt")):
        data = rdf.serialize(gaz_seeds_graph, fmt)
        assert data == rdf.serialize(gaz_seeds_graph, fmt)
        assert isomorphic(Graph().parse(data=data, format=parse_as), gaz_seeds_graph)
    assert b"@prefix dip:" in rdf.serialize(gaz_seeds_graph, "ttl")
