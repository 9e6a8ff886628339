"""``kg export``: the event table read back by pandas (CSV, Parquet) and the network by networkx (GEXF,
GraphML), checked against the graph itself; the named queries give one row per event."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pandas as pd
import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from kg.cli import main
from kg.contract.events import EVENT_TYPES
from kg.contract.vocab import DIP, RES, SCHEMA
from kg.export import network
from kg.rdf.engines import open_engine
from kg.rdf.query import query_text, run_query
from kg.view.html import page_data, style
from kg.view.model import load_view


@pytest.fixture(scope="module")
def graph_file(gaz_seeds_build):
    return gaz_seeds_build[0] / "graph.ttl"


def _events(g) -> dict[str, set[str]]:
    """Every event IRI in the graph with the article ids it was derived from, read with rdflib directly."""
    out: dict[str, set[str]] = defaultdict(set)
    for name in EVENT_TYPES:
        for ev in g.subjects(RDF.type, DIP[name]):
            out[str(ev)]
            for sentence in g.objects(ev, PROV.wasDerivedFrom):
                for doc in g.objects(sentence, DCTERMS.isPartOf):
                    out[str(ev)] |= {str(i) for i in g.objects(doc, SCHEMA.identifier)}
    return out


def _export(graph, target, capsys) -> str:
    assert main(["export", str(graph), "--to", str(target)]) == 0
    return capsys.readouterr().out


def test_csv_has_one_row_per_event_and_reads_back_typed(graph_file, gaz_seeds_graph, tmp_path, capsys):
    target = tmp_path / "events.csv"
    assert "events, 37 columns" in _export(graph_file, target, capsys)
    df = pd.read_csv(target, parse_dates=["date"], dtype={"cameo": str})
    truth = _events(gaz_seeds_graph)
    assert sorted(df["event"]) == sorted(truth) and df["event"].is_unique
    assert str(df["date"].dtype).startswith("datetime64") and df["confidence"].dtype == "float64"
    assert df["n_sources"].dtype == "int64" and df["cameo"].str.fullmatch(r"\d{3,4}").all()
    for row in df.itertuples():
        assert row.n_sources == len(truth[row.event]) and set(row.source_ids.split("|")) == truth[row.event]
        participants = row.participants.split("|")
        assert participants == sorted(participants) and len(row.participants_ar.split("|")) == len(participants)
        assert len(str(row.participants_country).split("|")) == len(participants) or pd.isna(row.participants_country)
    # partial dates: the first day they cover, and the precision beside them
    precise = df.dropna(subset=["date"])
    assert set(precise["date_precision"]) <= {"day", "month", "year"}
    year = precise[precise["date_precision"] == "year"]
    assert year.empty or ((year["date"].dt.month == 1) & (year["date"].dt.day == 1)).all()
    # dated events first, oldest first
    assert df["date"].notna().cummin().is_monotonic_decreasing and precise["date"].is_monotonic_increasing


def test_csv_is_the_named_query_events_and_knows_codes_and_countries(graph_file, tmp_path, capsys):
    target = tmp_path / "events.csv"
    _export(graph_file, target, capsys)
    assert main(["query", str(graph_file), "events", "--format", "csv"]) == 0
    assert capsys.readouterr().out == target.read_text(encoding="utf-8")
    df = pd.read_csv(target, dtype=str).fillna("")
    visit = df[(df["type"] == "Visit") & (df["actor"].str.endswith("/person/wang-yi"))]
    assert not visit.empty and (visit["actor_country"] == "CN").all() and (visit["actor_wikidata"] == "Q701801").all()
    assert (visit["plover_type"] == "CONSULT").all() and visit["cameo"].str.startswith("04").all()
    assert df["rules"].str.len().gt(0).all() and df["sentence"].str.len().gt(0).all()


def test_parquet_reads_back_with_the_same_rows_and_types(graph_file, tmp_path, capsys):
    _export(graph_file, tmp_path / "e.csv", capsys)
    _export(graph_file, tmp_path / "e.parquet", capsys)
    pq = pd.read_parquet(tmp_path / "e.parquet")
    csv = pd.read_csv(tmp_path / "e.csv", parse_dates=["date"], dtype={"cameo": str})
    assert str(pq["date"].dtype).startswith("datetime64") and pq["confidence"].dtype == "float64"
    assert pq["n_sources"].dtype == "int64" and list(pq.columns) == list(csv.columns)
    assert pq["event"].tolist() == csv["event"].tolist()
    assert (pq["date"].fillna(pd.Timestamp(0)) == csv["date"].fillna(pd.Timestamp(0))).all()
    assert pq["confidence"].tolist() == csv["confidence"].tolist()


@pytest.mark.parametrize("suffix,read", [(".gexf", nx.read_gexf), (".graphml", nx.read_graphml)])
def test_network_formats_read_back_with_the_same_nodes_and_links(graph_file, gaz_seeds_graph, tmp_path, capsys, suffix, read):
    g = network(open_engine(graph_file))
    target = tmp_path / f"graph{suffix}"
    assert f"{g.number_of_nodes()} entities, {g.number_of_edges()} links" in _export(graph_file, target, capsys)
    back = read(target)
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    wang = "https://w3id.org/silat/id/person/wang-yi"
    attrs = back.nodes[wang]
    assert attrs["type"] == "Person" and attrs["wikidata"] == "Q701801" and int(attrs["degree"]) == g.degree(wang) > 0
    # every shortcut edge of the graph is a link (symmetric ones once), weighted by its asserted events
    shortcut = {(str(s), p.split("#")[1], str(o)) for s, p, o in gaz_seeds_graph
                if str(p).startswith(str(DIP._NS)) and isinstance(o, URIRef) and p.split("#")[1] in
                {"metWith", "spokeWith", "visited", "hosted", "coordinatesIn", "cooperatesWith", "supports", "opposes",
                 "signedAgreementWith", "officialOf"}}
    links = {(a, d["relation"], b) for a, b, d in g.edges(data=True)}
    assert links <= shortcut and {(b, r, a) for a, r, b in shortcut - links} <= links
    for a, b, d in g.edges(data=True):
        if d["relation"] != "officialOf":
            assert d["weight"] == d["events"] >= 1
            assert d["first_date"] <= d["last_date"] if d["first_date"] else not d["last_date"]


def test_network_counts_an_entitys_events_as_the_page_does(graph_file):
    """A node's "events" in GEXF/GraphML is the number the page shows (actor, target and host count too)."""
    engine = open_engine(graph_file)
    g = network(engine)
    shown = page_data(load_view(engine), style())["entities"]
    assert {node: d["events"] for node, d in g.nodes(data=True)} == {RES + k: e["events"] for k, e in shown.items()}
    assert g.nodes[RES + "country/CN"]["events"] == shown["country/CN"]["events"] > 0


@pytest.mark.parametrize("target,needle", [("x.xlsx", "unknown export format '.xlsx'"), ("folder/", "is a folder"),
                                           ("afile/x.csv", "cannot write")])
def test_bad_targets_are_one_line_errors_and_write_nothing(graph_file, tmp_path, capsys, target, needle):
    (tmp_path / "folder.csv").mkdir()
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    path = tmp_path / ("folder.csv" if target == "folder/" else target)
    assert main(["export", str(graph_file), "--to", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "folder.csv"]


def test_a_missing_graph_leaves_the_previous_export(tmp_path, capsys):
    target = tmp_path / "events.csv"
    target.write_text("previous", encoding="utf-8")
    assert main(["export", str(tmp_path / "none.ttl"), "--to", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert "none.ttl: no such graph file" in err and "\n" not in err and target.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("name,event_type", [("meetings", "Meeting"), ("visits", "Visit")])
def test_named_queries_give_one_row_per_event_and_keep_the_evidence_form(graph_file, gaz_seeds_graph, name, event_type):
    engine = open_engine(graph_file)
    header, rows = engine.select(query_text(name), {})
    events = [r[header.index("event")] for r in rows]
    truth = {str(e) for e in gaz_seeds_graph.subjects(RDF.type, DIP[event_type])}
    assert len(events) == len(set(events)) and set(events) <= truth and events
    assert {"date", "date_precision", "n_sources", "source_ids", "cameo"} <= set(header)
    evidence = run_query(engine, query_text(f"{name}-evidence"), {})
    assert len(list(evidence.rows)) >= len(rows)
