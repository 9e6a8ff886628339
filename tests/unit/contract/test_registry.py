"""The event registry (kg.contract.events) against everything else that names event types and relations:
the ontology, the SHACL shapes, the trigger lexicon, the view's style and its SPARQL queries.

Adding an event type or relation to one of them and not to the registry (or the other way round)
fails here, naming the file to edit."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.contract.events import (
    ENTITY_TYPES,
    EVENT_TYPES,
    MODALITIES,
    RELATIONS,
    SYMMETRIC,
    SYMMETRIC_RELATIONS,
    TRIGGER_ALIASES,
    implied_edges,
    shortcut_edges,
)
from kg.contract.vocab import DIP
from kg.data import data_path, ontology_path
from kg.pipeline.rules.lexicon import _RULE_ID, DERIVED, Lexicon

NS = str(DIP._NS)


def term(name: str) -> URIRef:
    return URIRef(NS + name)


def local(iri) -> str:
    return str(iri)[len(NS):] if str(iri).startswith(NS) else str(iri)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("silat.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def rdf_list(g: Graph, node) -> list:
    out = []
    while node and node != RDF.nil:
        out.append(g.value(node, RDF.first))
        node = g.value(node, RDF.rest)
    return out


def test_event_types_are_exactly_the_ontologys_event_classes(ontology):
    classes = {local(c) for c in ontology.subjects(RDFS.subClassOf, term("DiplomaticEvent"))}
    assert classes == set(EVENT_TYPES), "edit kg/contract/events.py or kg/data/ontology/silat.ttl"
    for name in EVENT_TYPES:
        assert (term(name), RDF.type, OWL.Class) in ontology
        assert getattr(DIP, name) == term(name)  # the checked namespace knows it too


def test_relations_are_the_ontologys_entity_to_entity_properties(ontology):
    for rel in RELATIONS:
        assert (term(rel), RDF.type, OWL.ObjectProperty) in ontology, f"dip:{rel} missing from silat.ttl"
        assert getattr(DIP, rel) == term(rel)
    symmetric = {local(p) for p in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC_RELATIONS)


def test_modalities_and_entity_types_are_in_the_ontology(ontology):
    assert {local(m) for m in ontology.subjects(RDF.type, term("Modality"))} == set(MODALITIES)
    for t in ENTITY_TYPES:
        assert (term(t), RDF.type, OWL.Class) in ontology


def test_shapes_cover_every_event_type_relation_and_modality(shapes):
    event_shape = URIRef("https://w3id.org/silat/shapes#Event")
    targeted = {local(c) for c in shapes.objects(None, SH.targetClass)}
    assert set(EVENT_TYPES) <= targeted, "add the type to shapes:Event's sh:targetClass in shapes.ttl"
    shortcut_targets = {local(p) for p in shapes.objects(None, SH.targetSubjectsOf)}
    assert shortcut_targets == set(RELATIONS), "shapes:Shortcuts must target every relation"
    modality_lists = [rdf_list(shapes, shapes.value(p, SH["in"])) for p in shapes.objects(event_shape, SH.property)
                      if shapes.value(p, SH.path) == term("modality")]
    assert [sorted(map(local, x)) for x in modality_lists] == [sorted(MODALITIES)]


def test_the_shapes_check_rule_ids_with_the_lexicons_own_pattern(shapes):
    """The lexicon refuses a rule id the shapes would reject, and the reverse: one pattern, copied by hand."""
    event_shape = URIRef("https://w3id.org/silat/shapes#Event")
    patterns = [str(shapes.value(p, SH.pattern)) for p in shapes.objects(event_shape, SH.property)
                if shapes.value(p, SH.path) == term("rule")]
    assert patterns == [_RULE_ID.pattern], "dip:rule's sh:pattern in shapes.ttl must be lexicon._RULE_ID"


def test_every_trigger_rule_names_a_registered_type_and_fitting_codes():
    lexicon = Lexicon.load()
    assert lexicon.triggers
    for rule in lexicon.triggers:
        etype = EVENT_TYPES[TRIGGER_ALIASES.get(rule.event, rule.event)]
        where = f"kg/data/triggers.tsv:{rule.line}"
        assert rule.plover in etype.plover, f"{where}: PLOVER {rule.plover} is not one of {etype.name}'s {etype.plover}"
        assert rule.cameo[:2] in etype.cameo_roots, f"{where}: CAMEO {rule.cameo} outside {etype.name}'s roots"
        assert rule.confidence is None if rule.frame == DERIVED else 0 < rule.confidence <= 1, where
    assert set(TRIGGER_ALIASES.values()) <= set(EVENT_TYPES)


def test_the_views_style_names_every_relation_and_entity_type():
    style = json.loads(data_path("html/style.json").read_text(encoding="utf-8"))
    assert set(style["relations"]) == set(RELATIONS)
    assert set(style["entities"]) == set(ENTITY_TYPES)


def test_queries_use_only_ontology_terms_and_the_view_reads_every_event_type(ontology):
    defined = {local(s) for s in ontology.subjects() if str(s).startswith(NS)}
    queries = sorted(data_path("queries").rglob("*.rq"))
    assert queries
    for q in queries:
        text = q.read_text(encoding="utf-8")
        used = set(re.findall(r"\bdip:(\w+)", text))
        assert used <= defined, f"{q.name}: unknown terms {sorted(used - defined)}"
    events_rq = (data_path("queries") / "view" / "events.rq").read_text(encoding="utf-8")
    values = re.search(r"VALUES \?type \{([^}]*)\}", events_rq).group(1)
    assert set(re.findall(r"dip:(\w+)", values)) == set(EVENT_TYPES)


def _event(type_, participants=(), **roles):
    fields = dict(actor=None, target=None, host=None, forum=None, country_visited=None)
    fields.update(roles)
    return SimpleNamespace(type=type_, participants=list(participants), **fields)


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_implied_edges_stay_within_the_types_declared_relations(name):
    ev = _event(name, ["person/a", "person/b", "country/CC"], actor="person/a", target="country/CC",
                host="person/b", forum="org/f", country_visited="country/CC")
    edges = implied_edges(ev)
    assert edges, f"{name} implies no edge even with every role filled"
    assert {r for _, r, _ in edges} <= set(EVENT_TYPES[name].relations)
    assert all(a != b for a, _, b in edges)


def test_symmetric_types_give_both_directions_and_only_asserted_events_give_shortcuts():
    ev = _event("Meeting", ["person/b", "person/a"])
    assert implied_edges(ev) == [("person/a", "metWith", "person/b"), ("person/b", "metWith", "person/a")]
    assert set(SYMMETRIC) <= set(EVENT_TYPES)
    assert shortcut_edges(ev, "Asserted") == implied_edges(ev)
    assert shortcut_edges(ev, "Planned") == shortcut_edges(ev, "Negated") == []
