"""The CLI's new contracts, in process (no subprocess): required --out, repeatable --gazetteer, one-line errors."""

from __future__ import annotations

import pytest

from kg.cli import main
from tests.paths import SEEDS


def test_kg_build_refuses_a_bad_format_in_one_line(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out"), "--ner", "gazetteer", "--format", "xml"]) != 0
    err = capsys.readouterr().err.strip()
    assert "--format xml: choose from" in err and "\n" not in err and not (tmp_path / "out" / "graph.ttl").exists()


def test_kg_build_names_a_missing_gazetteer_table(tmp_path, capsys):
    missing = tmp_path / "nope.tsv"
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out"), "--ner", "gazetteer", "--gazetteer", str(missing)]) != 0
    err = capsys.readouterr().err.strip()
    assert str(missing) in err and "\n" not in err


def test_kg_build_takes_several_gazetteer_tables(tmp_path, capsys):
    tables = []
    for name, row in (("a", "person/x-one\tPerson\t\tسمير واحد\t\t\t\tcountry/EG\tForeignMinister\t\t"),
                      ("b", "person/x-two\tPerson\t\tكريم اثنان\t\t\t\tcountry/JO\tForeignMinister\t\t")):
        (tmp_path / f"{name}.tsv").write_text(row + "\n", encoding="utf-8")
        tables += ["--gazetteer", str(tmp_path / f"{name}.tsv")]
    src = tmp_path / "in.txt"
    src.write_text("عمان 3 مايو 2024 (بترا) - التقى وزير الخارجية المصري سمير واحد اليوم وزير الخارجية الأردني كريم اثنان.",
                   encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--ner", "gazetteer", "--no-html", "--quiet", *tables]) == 0
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "person/x-one" in ttl and "person/x-two" in ttl and "metWith" in ttl


def test_kg_gazetteer_build_names_a_missing_sources_folder(tmp_path, capsys):
    out = tmp_path / "g.tsv"
    assert main(["gazetteer", "build", "--sources", str(tmp_path / "none"), "--out", str(out)]) != 0
    err = capsys.readouterr().err.strip()
    assert "gazetteer sources directory not found" in err and "\n" not in err and not out.exists()


@pytest.mark.parametrize("argv", [["gazetteer", "build"], ["ner", "train"]])
def test_commands_that_write_data_require_out(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and "--out" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["query", "serve"])
def test_a_negative_timeout_is_one_line_before_any_work(gaz_seeds_build, capsys, command):
    graph = str(gaz_seeds_build[0] / "graph.ttl")
    argv = ["query", graph, "meetings", "--timeout", "-1"] if command == "query" else ["serve", graph, "--timeout", "-1"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err == "kg: error: --timeout -1: give seconds (0 = no limit)\n"
