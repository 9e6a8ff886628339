"""The per-document extraction cache: re-runs extract only what changed, and give the same bytes."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from kg.builder import BuildConfig, run_build
from kg.cache import CACHE_FILE, ExtractionCache, document_digest
from kg.config import CACHE_DIR
from kg.errors import OutputError
from kg.pipeline.ingest import read_documents
from tests.paths import SEEDS


def _build(inputs, out, **options):
    return run_build(BuildConfig(inputs, out, ner="gazetteer", html=False, quiet=True, **options))


def test_a_second_build_extracts_nothing_and_writes_the_same_bytes(tmp_path):
    first = _build([SEEDS], tmp_path / "out")
    assert first.cached == 0 and (tmp_path / "out" / CACHE_DIR / CACHE_FILE).is_file()
    expected = (tmp_path / "out" / "graph.ttl").read_bytes()
    second = _build([SEEDS], tmp_path / "out", jobs=2)
    assert second.cached == 5 == second.counts["documents"] and "5 from the cache" in second.summary()
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == expected
    fresh = _build([SEEDS], tmp_path / "fresh", use_cache=False)
    assert fresh.cached == 0 and not (tmp_path / "fresh" / CACHE_DIR).exists()
    assert (tmp_path / "fresh" / "graph.ttl").read_bytes() == expected


def test_a_changed_document_is_extracted_again_and_only_it(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    _build([src], tmp_path / "out")
    changed = sorted(src.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8").replace("،", " ،", 1), encoding="utf-8")
    again = _build([src], tmp_path / "out")
    assert again.cached == 4
    _build([src], tmp_path / "fresh", use_cache=False)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()


def test_a_shared_cache_serves_another_output_folder(tmp_path):
    shared = tmp_path / "cache"
    _build([SEEDS], tmp_path / "a", cache=shared)
    assert not (tmp_path / "a" / CACHE_DIR).exists()
    assert _build([SEEDS], tmp_path / "b", cache=shared).cached == 5
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_another_pipeline_version_is_a_miss_and_is_pruned(tmp_path):
    doc = next(read_documents([SEEDS], lambda m: None))
    from kg.pipeline.extract import extract
    from kg.pipeline.resources import load_resources

    x = extract(doc, load_resources("gazetteer"))
    with ExtractionCache(tmp_path, "old") as old:
        old.put(doc.id, document_digest(doc), x)
    with ExtractionCache(tmp_path, "new") as new:
        assert new.get(doc.id, document_digest(doc)) is None
        new.put(doc.id, document_digest(doc), x)
        assert new.prune() == 1
        got = new.get(doc.id, document_digest(doc))
        assert got == x and new.hits == 1
        assert new.get(doc.id, "another text") is None
    rows = sqlite3.connect(tmp_path / CACHE_FILE).execute("SELECT version, doc FROM extraction").fetchall()
    assert rows == [("new", doc.id)]
    assert sqlite3.connect(tmp_path / CACHE_FILE).execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_cache_that_is_not_a_database_is_a_one_line_error(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / CACHE_FILE).write_bytes(b"not a database at all, " * 100)
    with pytest.raises(OutputError, match="cannot use the extraction cache .* pass --no-cache"):
        _build([SEEDS], tmp_path / "out", cache=tmp_path / "c")
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_where_a_document_was_read_from_is_not_part_of_its_key(tmp_path):
    """A record added at the top of a corpus file, or the file moved, keeps every other document's key."""
    from dataclasses import replace

    doc = next(iter(read_documents([SEEDS], lambda m: None)))
    assert document_digest(replace(doc, source_path="elsewhere.jsonl:7")) == document_digest(doc)
    assert document_digest(replace(doc, text=doc.text + " ")) != document_digest(doc)


def test_the_pipeline_version_is_the_same_wherever_the_package_is_installed(tmp_path):
    """A Dask worker or a second checkout with the same code shares the cache: files are named
    relative to the package; a change to a file extraction reads changes the version."""
    import subprocess
    import sys

    import kg

    package = shutil.copytree(kg.__path__[0], tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    version = "from kg.runner import Pipeline; print(Pipeline('gazetteer').plan()[1])"

    def plan() -> str:
        return subprocess.run([sys.executable, "-c", version], cwd=tmp_path, capture_output=True, text=True,
                              check=True).stdout.strip()

    from kg.runner import Pipeline

    here = Pipeline("gazetteer").plan()[1]
    assert plan() == here
    (package / "data" / "queries" / "meetings.rq").write_text("# a query, read after extraction\n")
    assert plan() == here
    with open(package / "data" / "cues.tsv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    assert plan() != here


def test_only_curation_rows_that_act_on_mentions_change_the_pipeline_version(tmp_path):
    from kg.runner import Pipeline

    curation = tmp_path / "curation.tsv"
    curation.write_text("alias\tcountry/SA\tالمملكة\tthe kingdom\n", encoding="utf-8")
    first = Pipeline("gazetteer", curation=curation).plan()[1]
    with open(curation, "a", encoding="utf-8") as fh:
        fh.write("rename-en\tcountry/SA\tKingdom of Saudi Arabia\tlabel only\n")
    assert Pipeline("gazetteer", curation=curation).plan()[1] == first
    with open(curation, "a", encoding="utf-8") as fh:
        fh.write("not-entity\t\tالمنطقة\ta common word\n")
    assert Pipeline("gazetteer", curation=curation).plan()[1] != first
