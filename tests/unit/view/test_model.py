"""The view read back from a graph (gazetteer-built seeds): edges, narrowing, dates; on both engines."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.contract.vocab import DIP
from kg.rdf.engines import RdflibEngine, open_engine
from kg.view.model import in_range, load_view, local_id, narrow


@pytest.fixture(scope="module")
def view(gaz_seeds_build):
    return load_view(open_engine(gaz_seeds_build[0] / "graph.ttl"))


def test_asserted_links_are_the_graph_shortcut_edges(view, gaz_seeds_graph):
    assert view.edges
    for e in view.edges:
        if not e.planned:
            assert (URIRef("https://w3id.org/silat/id/" + e.source), DIP[e.relation],
                    URIRef("https://w3id.org/silat/id/" + e.target)) in gaz_seeds_graph


def test_negated_events_draw_nothing_planned_draw_dashed(gaz_seeds_graph):
    """The seeds' graph with one asserted meeting marked denied and one marked planned."""
    g = Graph()
    for t in gaz_seeds_graph:
        g.add(t)
    meetings = sorted(m for m in g.subjects(RDF.type, DIP.Meeting) if (m, DIP.modality, DIP.Asserted) in g)
    denied, planned = meetings[0], meetings[1]
    for ev, mod in ((denied, DIP.Negated), (planned, DIP.Planned)):
        g.remove((ev, DIP.modality, DIP.Asserted))
        g.add((ev, DIP.modality, mod))
    v = load_view(RdflibEngine(graph=g))
    assert local_id(str(denied)) not in {x for e in v.edges for x in e.events}
    assert any(local_id(str(planned)) in e.events and e.planned for e in v.edges)
    assert not any(local_id(str(planned)) in e.events and not e.planned for e in v.edges)


def test_the_same_view_on_both_engines(gaz_seeds_build, view):
    assert load_view(open_engine(gaz_seeds_build[0] / "graph.ttl", "oxigraph")) == view


def test_ego_view_keeps_the_entity_and_its_neighbours(view):
    ego = narrow(view, ["person/wang-yi"])
    assert "person/wang-yi" in ego.entities
    assert all("person/wang-yi" in (e.source, e.target) for e in ego.edges)
    assert len(ego.entities) == len({x for e in ego.edges for x in (e.source, e.target)} | {"person/wang-yi"})


def test_date_range_keeps_events_that_overlap_it(view):
    part = narrow(view, None, "2023-01-01", "2023-12-31")
    assert 0 < len(part.edges) < len(view.edges)
    for e in part.edges:
        if e.relation != "officialOf":
            assert e.events and all(in_range(part.events[x].date, "2023-01-01", "2023-12-31") for x in e.events)
    assert in_range("2023", "2023-06-01", None) and in_range("2023-03", None, "2023-03-01")
    assert not in_range("", "2023-01-01", None) and not in_range("2022-12", "2023-01-01", None)


def test_local_ids():
    assert local_id("https://w3id.org/silat/id/person/wang-yi") == "person/wang-yi"
    assert local_id("http://www.wikidata.org/entity/Q1") == "http://www.wikidata.org/entity/Q1"
