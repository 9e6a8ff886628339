"""rdflib and Oxigraph (pyoxigraph, in process) answer every named query identically on the gazetteer-built
seeds graph; parameters stay values on both. The integration tier repeats this on the Stanza-built graph."""

import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.rdf.engines import AUTO_OXIGRAPH_BYTES, OxigraphEngine, RdflibEngine, Term, open_engine
from kg.rdf.query import named_queries, query_text, run_query


@pytest.fixture(scope="module")
def engines(gaz_seeds_build):
    path = gaz_seeds_build[0] / "graph.ttl"
    return RdflibEngine(path), OxigraphEngine(path)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_gives_identical_rows_on_both_engines(engines, name):
    params = {"entity": "لافروف"} if name.startswith("timeline") else {}
    rdf, ox = ((r.variables, list(r.rows)) for r in (run_query(e, query_text(name), params) for e in engines))
    assert rdf == ox
    if name != "forums":
        assert rdf[1], f"{name} returned no rows on the seeds: the comparison would prove nothing"


def test_a_hostile_parameter_is_a_value_on_both_engines(engines):
    text = "PREFIX schema: <http://schema.org/> SELECT ?s WHERE { ?s schema:identifier ?name }"
    honest = "000_f721e5f16c0b10e3"
    hostile = honest + '" } UNION { ?s ?p ?o } #'
    for engine in engines:
        assert len(engine.select(text, {"name": Term(honest)})[1]) == 1
        assert engine.select(text, {"name": Term(hostile)}) == (["s"], [])


def test_an_iri_parameter_cannot_break_out_of_its_term(engines):
    text = "SELECT ?p WHERE { ?entity ?p ?o } LIMIT 1"
    with pytest.raises(QueryError, match="bad parameter value"):
        engines[1].select(text, {"entity": Term("https://w3id.org/silat/id/x> ?p ?o } #", iri=True)})
    assert engines[0].select(text, {"entity": Term("https://w3id.org/silat/id/x> ?p ?o } #", iri=True)})[1] == []


def test_auto_picks_oxigraph_only_above_the_measured_size(gaz_seeds_build, tmp_path):
    small = gaz_seeds_build[0] / "graph.ttl"
    assert small.stat().st_size < AUTO_OXIGRAPH_BYTES and open_engine(small).name == "rdflib"
    big = tmp_path / "big.nt"
    line = '<https://w3id.org/silat/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "%d" .\n'
    big.write_text("".join(line % i for i in range(AUTO_OXIGRAPH_BYTES // 60 + 1)), encoding="utf-8")
    assert big.stat().st_size > AUTO_OXIGRAPH_BYTES and open_engine(big).name == "oxigraph"


def test_kg_query_engine_flag_and_one_line_errors(gaz_seeds_build, capsys):
    graph = str(gaz_seeds_build[0] / "graph.ttl")
    outs = []
    for engine in ("rdflib", "oxigraph"):
        assert main(["query", graph, "meetings", "--engine", engine, "--format", "csv"]) == 0
        outs.append(capsys.readouterr().out)
        assert main(["query", graph, "SELECT nonsense WHERE {", "--engine", engine]) != 0
        err = capsys.readouterr().err
        assert "malformed SPARQL" in err and len(err.strip().splitlines()) == 1
    assert outs[0] == outs[1] and outs[0].count("\n") > 5
