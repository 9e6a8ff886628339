"""`kg viz` in process on the gazetteer-built seeds: narrowing, determinism, one-line errors
(the integration tier repeats these on the Stanza-built seeds)."""

from __future__ import annotations

import re

import pytest

from kg.cli import main
from kg.rdf.engines import open_engine
from kg.view.html import page
from kg.view.model import load_view


def test_same_graph_same_page_on_both_engines(gaz_seeds_build):
    path = gaz_seeds_build[0] / "graph.ttl"
    assert page(load_view(open_engine(path, "rdflib"))) == page(load_view(open_engine(path, "oxigraph")))


def test_build_page_is_kg_viz_page(gaz_seeds_build, tmp_path):
    out = tmp_path / "v.html"
    assert main(["viz", str(gaz_seeds_build[0]), "--out", str(out)]) == 0
    assert out.read_bytes() == (gaz_seeds_build[0] / "graph.html").read_bytes()


def test_kg_viz_reports_and_narrows(gaz_seeds_build, tmp_path, capsys):
    out = tmp_path / "wang.html"
    assert main(["viz", str(gaz_seeds_build[0] / "graph.ttl"), "--out", str(out), "--entity", "وانغ", "--from", "2023"]) == 0
    said = capsys.readouterr().out
    assert re.match(r"wrote .*wang\.html: \d+ entities, \d+ links", said)
    assert "person/wang-yi" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, words", [
    (["--from", "March"], "--from 'March': give a date"),
    (["--from", "2024", "--to", "2023"], "is after --to"),
    (["--entity", "لا أحد"], "no entity with that name"),
])
def test_kg_viz_errors_are_one_line(gaz_seeds_build, tmp_path, capsys, args, words):
    out = tmp_path / "x.html"
    assert main(["viz", str(gaz_seeds_build[0]), "--out", str(out), *args]) != 0
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err and not out.exists()


def test_kg_viz_missing_graph(tmp_path, capsys):
    assert main(["viz", str(tmp_path / "nope.ttl"), "--out", str(tmp_path / "x.html")]) != 0
    assert "no such graph file" in capsys.readouterr().err


@pytest.mark.parametrize("out", ["/proc/silat.html", "FOLDER"])
def test_kg_viz_unwritable_out_is_one_line(gaz_seeds_build, tmp_path, capsys, out):
    out = str(tmp_path) if out == "FOLDER" else out
    assert main(["viz", str(gaz_seeds_build[0]), "--out", out]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"kg: error: {out}: ") and "\n" not in err


@pytest.mark.parametrize("args, title, about", [
    ([], "Silat", None),
    (["--from", "2023"], "Silat, 2023-01-01 to ...", "events from <bdi>2023-01-01</bdi> to <bdi>the last</bdi>"),
    (["--entity", "وانغ يي"], "Silat: وانغ يي", "Neighbourhood of <b><bdi>وانغ يي</bdi></b>"),
    (["--entity", "وانغ يي", "--to", "2024-06"], "Silat: وانغ يي, ... to 2024-06-30", "to <bdi>2024-06-30</bdi>"),
])
def test_kg_viz_title_and_what_the_page_says_it_shows(gaz_seeds_build, tmp_path, args, title, about):
    out = tmp_path / "x.html"
    assert main(["viz", str(gaz_seeds_build[0]), "--out", str(out), *args]) == 0
    html = out.read_text(encoding="utf-8")
    assert f"<title>{title}</title>" in html
    assert ('id="silat-about"' in html) == (about is not None) and (about is None or about in html)
