"""The contract's SHACL shapes accept the gazetteer-built seeds graph and catch each kind of breach
(the integration tier runs the same on the Stanza-built graph and through the CLI)."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.cli import main
from kg.contract.vocab import DIP
from kg.rdf.validate import validate


def test_the_seeds_graph_conforms(gaz_seeds_build):
    triples, violations = validate(gaz_seeds_build[0] / "graph.ttl")
    assert triples > 500 and violations == []


@pytest.mark.parametrize("breach,expected_path", [
    ("no modality", "modality"),
    ("modality not in the list", "modality"),
    ("bad date type", "date"),
    ("participant is not an entity", "participant"),
    ("entity without an Arabic label", "label"),
    ("shortcut to a literal", "metWith"),
    ("sentence without text", "text"),
])
def test_each_breach_of_the_contract_is_reported(gaz_seeds_graph, tmp_path, breach, expected_path):
    g = Graph()
    for t in gaz_seeds_graph:
        g.add(t)
    ev = next(g.subjects(RDF.type, DIP.Meeting))
    if breach == "no modality":
        g.remove((ev, DIP.modality, None))
    elif breach == "modality not in the list":
        g.set((ev, DIP.modality, URIRef("https://w3id.org/silat/ontology#Rumoured")))
    elif breach == "bad date type":
        g.set((ev, DIP.date, Literal("21 September", datatype=XSD.string)))
    elif breach == "participant is not an entity":
        g.add((ev, DIP.participant, URIRef("https://w3id.org/silat/id/unknown/x")))
    elif breach == "entity without an Arabic label":
        g.remove((next(g.objects(ev, DIP.participant)), RDFS.label, None))
    elif breach == "shortcut to a literal":
        g.add((next(g.objects(ev, DIP.participant)), DIP.metWith, Literal("someone")))
    elif breach == "sentence without text":
        g.remove((next(g.subjects(RDF.type, DIP.Sentence)), URIRef("http://schema.org/text"), None))
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    _, violations = validate(path)
    assert violations and any(v.path.endswith(expected_path) for v in violations), violations


def test_kg_validate_exit_codes(gaz_seeds_build, tmp_path, capsys):
    assert main(["validate", str(gaz_seeds_build[0] / "graph.ttl")]) == 0
    assert "0 SHACL violations" in capsys.readouterr().out
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://w3id.org/silat/id/event/x> a <https://w3id.org/silat/ontology#Meeting> .\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    assert "Violation" in capsys.readouterr().out
