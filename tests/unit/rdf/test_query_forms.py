"""Every query form on both local engines, GRAPH/FROM NAMED, streaming output, time limits, and
``kg validate`` on a TriG dataset (reliability issue, causes 6, 7, 8, 11, 17), on the gazetteer-built seeds."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.rdf.engines import OxigraphEngine, RdflibEngine
from kg.rdf.validate import validate

ENGINES = ("rdflib", "oxigraph")
JP = "https://w3id.org/silat/id/country/JP"
# 997 triples to the power of 3: about 10^9 solutions, far beyond any time limit here
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _kg(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def trig(gaz_seeds_build, tmp_path_factory):
    """The seeds as `kg build --format trig` lays them out: the graph in one named graph, a PROV
    record in the default graph."""
    store = ox.Store()
    store.bulk_load(path=str(gaz_seeds_build[0] / "graph.ttl"), format=ox.RdfFormat.TURTLE,
                    to_graph=ox.NamedNode("https://w3id.org/silat/id/graph/g1"))
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/silat/id/graph/g1"),
                      ox.NamedNode("http://www.w3.org/ns/prov#generatedAtTime"), ox.Literal("2025-01-01")))
    path = tmp_path_factory.mktemp("trig") / "graph.trig"
    store.dump(output=str(path), format=ox.RdfFormat.TRIG)
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_prints_true_or_false_in_every_format(gaz_seeds_build, capsys, engine):
    graph = gaz_seeds_build[0] / "graph.ttl"
    for fmt in ("table", "csv", "json"):
        assert _kg(capsys, "query", graph, f"ASK {{ <{JP}> ?p ?o }}", "--engine", engine, "--format", fmt) == (0, "true\n", "")
        assert _kg(capsys, "query", graph, "ASK { <urn:x> ?p ?o }", "--engine", engine, "--format", fmt)[1] == "false\n"


@pytest.mark.parametrize("query", [f"DESCRIBE <{JP}>", f"CONSTRUCT {{ <{JP}> ?p ?o }} WHERE {{ <{JP}> ?p ?o }}"])
def test_construct_and_describe_print_the_same_rdf_on_both_engines(gaz_seeds_build, capsys, query):
    graph = gaz_seeds_build[0] / "graph.ttl"
    got = {}
    for engine in ENGINES:
        for fmt, rdf in (("nt", ox.RdfFormat.N_TRIPLES), ("table", ox.RdfFormat.TURTLE), ("json", ox.RdfFormat.JSON_LD)):
            code, out, err = _kg(capsys, "query", graph, query, "--engine", engine, "--format", fmt)
            assert code == 0, err
            got[engine, fmt] = {q.triple for q in ox.parse(out.encode(), format=rdf)}
    assert len(got["rdflib", "nt"]) >= 4 and len(set(map(frozenset, got.values()))) == 1
    code, _, err = _kg(capsys, "query", graph, "SELECT * WHERE { ?s ?p ?o }", "--format", "nt")
    assert code == 1 and "--format nt is for CONSTRUCT/DESCRIBE" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_graph_and_from_named_work_on_triples_and_trig(gaz_seeds_build, trig, capsys, engine):
    g1 = "https://w3id.org/silat/id/graph/g1"
    by_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    ttl_triples = len(OxigraphEngine(gaz_seeds_build[0] / "graph.ttl").store)
    cases = [
        (gaz_seeds_build[0] / "graph.ttl", by_graph, "g,n\n"),  # a triples file has no named graph
        (trig, by_graph, f"g,n\n{g1},{ttl_triples}\n"),
        (trig, union, f"n\n{ttl_triples + 1}\n"),  # plain patterns see every graph
        (trig, f"SELECT (COUNT(*) AS ?n) FROM <{g1}> WHERE {{ ?s ?p ?o }}", f"n\n{ttl_triples}\n"),
        (trig, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{g1}> WHERE {{ ?s ?p ?o }}", "n\n0\n"),  # an empty default graph
    ]
    for graph, query, expected in cases:
        assert _kg(capsys, "query", graph, query, "--engine", engine, "--format", "csv") == (0, expected, ""), query


def test_rows_are_written_before_the_result_is_exhausted(gaz_seeds_build):
    """A cross join of ~10^6 rows: the writer's first output comes at once and leaves the rest unread."""

    from kg.rdf.query import run_query, write_result

    class Enough(Exception):
        pass

    class FirstWrite:
        def write(self, text):
            raise Enough

    for engine in (OxigraphEngine(gaz_seeds_build[0] / "graph.ttl"), RdflibEngine(gaz_seeds_build[0] / "graph.ttl")):
        result = run_query(engine, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", {})
        start = time.monotonic()
        with pytest.raises(Enough):
            write_result(result, "csv", FirstWrite())
        assert time.monotonic() - start < 2, engine.name
        assert next(result.rows), "the result was read to the end before the first write"


@pytest.mark.parametrize("engine", ENGINES)
def test_timeout_stops_an_endless_local_query(gaz_seeds_build, capsys, engine):
    start = time.monotonic()
    code, out, err = _kg(capsys, "query", gaz_seeds_build[0] / "graph.ttl", ENDLESS, "--engine", engine, "--timeout", "1")
    assert time.monotonic() - start < 10
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and "1 s timeout" in err, err


def test_validate_checks_the_named_graph_of_a_trig(gaz_seeds_build, trig, tmp_path, capsys):
    triples = len(OxigraphEngine(gaz_seeds_build[0] / "graph.ttl").store)
    assert validate(trig) == (triples, [])
    broken = tmp_path / "broken.trig"
    broken.write_text(trig.read_text(encoding="utf-8") + "<https://w3id.org/silat/id/graph/g1> {\n"
                      "<https://w3id.org/silat/id/event/x> a <https://w3id.org/silat/ontology#Meeting> .\n}\n",
                      encoding="utf-8")
    code, out, _ = _kg(capsys, "validate", broken)
    assert code == 1 and "Violation" in out and f"{triples + 1} triples" in out
