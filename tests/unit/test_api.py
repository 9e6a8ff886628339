"""The Python API (``kg.build``, ``kg.load``): pandas tables and a networkx graph, the same rows as the CLI."""

from __future__ import annotations

import importlib
import subprocess
import sys

import networkx as nx
import pytest

import kg
from kg.export import network
from kg.rdf.engines import open_engine
from tests.paths import ROOT, SEEDS


@pytest.fixture(scope="module")
def graph(gaz_seeds_build):
    return kg.load(gaz_seeds_build[0])


def test_import_kg_stays_cheap():
    code = "import sys, kg; print(sorted(m for m in ('pandas', 'rdflib', 'networkx', 'kg.api', 'kg.builder') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def test_events_is_the_export_table_with_analyst_types(graph, gaz_seeds_build, tmp_path):
    import pandas as pd

    from kg.cli import main

    ev = graph.events()
    assert str(ev["date"].dtype).startswith("datetime64") and ev["confidence"].dtype == "float64"
    assert str(ev["n_sources"].dtype) == "Int64" and ev["event"].is_unique
    assert main(["export", str(gaz_seeds_build[0]), "--to", str(tmp_path / "e.csv")]) == 0
    csv = pd.read_csv(tmp_path / "e.csv", parse_dates=["date"], dtype={"cameo": str})
    assert ev["event"].tolist() == csv["event"].tolist() and ev["cameo"].tolist() == csv["cameo"].tolist()
    assert ev["participants_ar"].notna().all() and ev["place"].isna().any()  # missing is missing, not ""


def test_query_takes_names_parameters_and_every_form(graph):
    timeline = graph.query("timeline", entity="لافروف")
    assert len(timeline) and timeline["event"].is_unique and set(timeline["type"]) >= {"Meeting"}
    evidence = graph.query("timeline-evidence", entity="لافروف")
    assert len(evidence) >= len(timeline)
    assert graph.query("ASK { ?s a <https://w3id.org/silat/ontology#Meeting> }")["ask"].tolist() == [True]
    triples = graph.query("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) > 40
    forums = graph.query("forums")
    assert str(forums["events"].dtype) == "Int64" and forums["events"].min() >= 1


def test_to_networkx_is_the_exported_network(graph, gaz_seeds_build):
    g = graph.to_networkx()
    same = network(open_engine(gaz_seeds_build[0] / "graph.ttl"))
    assert nx.utils.graphs_equal(g, same) and g.number_of_edges() > 10
    centrality = nx.degree_centrality(g)
    assert max(centrality, key=centrality.get).rsplit("/", 2)[-2] in ("person", "country")


def test_build_writes_the_same_graph_as_the_cli_and_loads_it(gaz_seeds_build, tmp_path):
    built = kg.build(SEEDS, out=tmp_path / "out", ner="gazetteer", html=False)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (gaz_seeds_build[0] / "graph.ttl").read_bytes()
    assert "5 documents" in built.summary and not (tmp_path / "out" / "graph.html").exists()
    assert len(built.events()) == len(kg.load(gaz_seeds_build[0]).events())
    with pytest.raises(TypeError, match="no_such_option"):
        kg.build(SEEDS, out=tmp_path / "bad", no_such_option=1)
    # the build module has a name of its own: importing it leaves the function alone
    assert importlib.import_module("kg.builder").run_build and kg.build.__module__ == "kg"
