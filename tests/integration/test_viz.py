"""`kg viz` and the view it draws, without a browser: narrowing, determinism, errors."""

from __future__ import annotations

import re

import pytest

from kg.cli import main
from kg.rdf.engines import open_engine
from kg.view.html import page
from kg.view.model import in_range, load_view, narrow


@pytest.fixture(scope="module")
def view(seeds_build):
    return load_view(open_engine(seeds_build[0] / "graph.ttl"))


def test_asserted_links_are_the_graph_shortcut_edges(view, seeds_graph):
    from rdflib import URIRef

    from kg.contract.vocab import DIP

    for e in view.edges:
        if not e.planned:
            assert (URIRef("https://w3id.org/silat/id/" + e.source), DIP[e.relation],
                    URIRef("https://w3id.org/silat/id/" + e.target)) in seeds_graph


def test_negated_events_draw_nothing_planned_draw_dashed(seeds_graph):
    """The seeds' graph with one asserted meeting marked denied and one marked planned."""
    from rdflib import Graph
    from rdflib.namespace import RDF

    from kg.contract.vocab import DIP
    from kg.rdf.engines import RdflibEngine

    g = Graph()
    for t in seeds_graph:
        g.add(t)
    meetings = sorted(m for m in g.subjects(RDF.type, DIP.Meeting) if (m, DIP.modality, DIP.Asserted) in g)
    denied, planned = meetings[0], meetings[1]
    for ev, mod in ((denied, DIP.Negated), (planned, DIP.Planned)):
        g.remove((ev, DIP.modality, DIP.Asserted))
        g.add((ev, DIP.modality, mod))
    v = load_view(RdflibEngine(graph=g))

    def local(iri):
        return str(iri).rsplit("/id/", 1)[1]

    assert local(denied) not in {x for e in v.edges for x in e.events}
    assert any(local(planned) in e.events and e.planned for e in v.edges)
    assert not any(local(planned) in e.events and not e.planned for e in v.edges)


def test_same_graph_same_page_on_both_engines(seeds_build):
    path = seeds_build[0] / "graph.ttl"
    a = page(load_view(open_engine(path, "rdflib")))
    b = page(load_view(open_engine(path, "oxigraph")))
    assert a == b


def test_build_page_is_kg_viz_page(seeds_build, tmp_path):
    out = tmp_path / "v.html"
    assert main(["viz", str(seeds_build[0]), "--out", str(out)]) == 0
    assert out.read_bytes() == (seeds_build[0] / "graph.html").read_bytes()


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


def test_kg_viz_reports_and_narrows(seeds_build, tmp_path, capsys):
    out = tmp_path / "wang.html"
    assert main(["viz", str(seeds_build[0] / "graph.ttl"), "--out", str(out), "--entity", "وانغ", "--from", "2023"]) == 0
    said = capsys.readouterr().out
    assert re.match(r"wrote .*wang\.html: \d+ entities, \d+ links", said)
    assert "person/wang-yi" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, words", [
    (["--from", "March"], "--from 'March': give a date"),
    (["--from", "2024", "--to", "2023"], "is after --to"),
    (["--entity", "لا أحد"], "no entity with that name"),
])
def test_kg_viz_errors_are_one_line(seeds_build, tmp_path, capsys, args, words):
    out = tmp_path / "x.html"
    assert main(["viz", str(seeds_build[0]), "--out", str(out), *args]) != 0
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err and not out.exists()


def test_kg_viz_missing_graph(tmp_path, capsys):
    assert main(["viz", str(tmp_path / "nope.ttl"), "--out", str(tmp_path / "x.html")]) != 0
    assert "no such graph file" in capsys.readouterr().err
