import gzip
import json

import pytest

from kg.errors import InputError
from kg.pipeline.ingest import IngestReport, read_documents

ARTICLE = "موسكو أول أبريل 2025 (شينخوا) اتفق وزير الخارجية الصيني وانغ يي ووزير الخارجية الروسي سيرجي لافروف اليوم على تعزيز التعاون."


def docs(paths, warnings=None):
    warnings = [] if warnings is None else warnings
    return list(read_documents(paths, warnings.append))


def test_txt_and_jsonl_gz(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "text": ARTICLE, "published": "2025-04-02", "url": "http://e.x/1", "title": "t"}) + "\n")
    got = docs([tmp_path])
    assert [d.id for d in got] == ["a", "x1"]
    assert got[0].dateline.date.iso() == "2025-04-01"
    assert got[1].published.iso() == "2025-04-02" and got[1].url == "http://e.x/1"


def test_missing_path_is_fatal(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        docs([tmp_path / "nope"])


def test_empty_directory_is_fatal(tmp_path):
    with pytest.raises(InputError, match="no .txt"):
        docs([tmp_path])


@pytest.mark.parametrize("content,reason", [
    (b"", "empty article"),
    (b"\x00\x01\x02binary", "binary file"),
    ("روسيا".encode("cp1256") * 30, "not UTF-8"),
    (b"Only English text, nothing Arabic at all here.", "no Arabic text"),
])
def test_a_single_bad_file_is_fatal_with_its_name(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        docs([path])
    assert reason in str(exc.value) and "bad.txt" in str(exc.value)


def test_bad_records_inside_a_corpus_are_skipped_and_reported(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok", "text": ARTICLE}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "ok", "text": ARTICLE}),
    ]) + "\n", encoding="utf-8")
    warnings, report = [], IngestReport()
    got = list(read_documents([path], warnings.append, report))
    assert [d.id for d in got] == ["ok"]
    assert any("c.jsonl:2: not JSON" in w for w in warnings)
    assert any("c.jsonl:3" in w and "'text'" in w for w in warnings)
    assert any("duplicate document id" in w for w in warnings)
    assert len(report.skipped) == 3
