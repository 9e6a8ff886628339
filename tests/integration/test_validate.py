"""The contract's SHACL shapes accept the seeds' graph and catch each kind of breach."""

import subprocess
import sys

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.contract.vocab import DIP
from kg.rdf.validate import validate
from tests.paths import ROOT


def test_the_seeds_graph_conforms(seeds_build):
    triples, violations = validate(seeds_build[0] / "graph.ttl")
    assert triples > 500 and violations == []


def _event(g):
    return next(g.subjects(RDF.type, DIP.Meeting))


@pytest.mark.parametrize("breach,expected_path", [
    ("no modality", "modality"),
    ("modality not in the list", "modality"),
    ("bad date type", "date"),
    ("participant is not an entity", "participant"),
    ("entity without an Arabic label", "label"),
    ("shortcut to a literal", "metWith"),
    ("sentence without text", "text"),
])
def test_each_breach_of_the_contract_is_reported(seeds_graph, tmp_path, breach, expected_path):
    g = seeds_graph.__class__()
    for t in seeds_graph:
        g.add(t)
    ev = _event(g)
    if breach == "no modality":
        g.remove((ev, DIP.modality, None))
    elif breach == "modality not in the list":
        g.set((ev, DIP.modality, URIRef("https://w3id.org/silat/ontology#Rumoured")))
    elif breach == "bad date type":
        g.set((ev, DIP.date, Literal("21 September", datatype=XSD.string)))
    elif breach == "participant is not an entity":
        g.add((ev, DIP.participant, URIRef("https://w3id.org/silat/id/unknown/x")))
    elif breach == "entity without an Arabic label":
        person = next(g.objects(ev, DIP.participant))
        g.remove((person, RDFS.label, None))
    elif breach == "shortcut to a literal":
        person = next(g.objects(ev, DIP.participant))
        g.add((person, DIP.metWith, Literal("someone")))
    elif breach == "sentence without text":
        sentence = next(g.subjects(RDF.type, DIP.Sentence))
        g.remove((sentence, URIRef("http://schema.org/text"), None))
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    _, violations = validate(path)
    assert violations and any(v.path.endswith(expected_path) for v in violations), violations


def test_cli_exit_codes(seeds_build, tmp_path):
    ok = subprocess.run([sys.executable, "-m", "kg", "validate", str(seeds_build[0] / "graph.ttl")],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "0 SHACL violations" in ok.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://w3id.org/silat/id/event/x> a <https://w3id.org/silat/ontology#Meeting> .\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "validate", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and "Violation" in r.stdout
