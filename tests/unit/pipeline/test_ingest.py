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


def _jsonl(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _texts(n, tag):
    return [f"{ARTICLE} ({tag} {i})" for i in range(n)]


@pytest.mark.parametrize("names", [
    ["مقال.txt", "خبر.txt"],            # Arabic names used to become 'doc' both
    ["x/article.txt", "y/article.txt"],  # folders used to be ignored
    ["a b.txt", "a_b.txt"],              # used to sanitise to the same id
])
def test_distinct_files_are_distinct_documents(tmp_path, names):
    for name, text in zip(names, _texts(len(names), "file")):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    warnings = []
    got = docs([tmp_path], warnings)
    assert len(got) == len(names) and len({d.id for d in got}) == len(names) and warnings == []


def test_arabic_names_and_ids_are_kept(tmp_path):
    (tmp_path / "مقال.txt").write_text(ARTICLE, encoding="utf-8")
    _jsonl(tmp_path / "c.jsonl", [{"id": "خبر-١", "text": ARTICLE + " ثان"}])
    assert sorted(d.id for d in docs([tmp_path])) == sorted(["مقال", "خبر-١"])


@pytest.mark.parametrize("layout", [
    ("bbc/articles.jsonl", "cnn/articles.jsonl"),
    ("news.part1.jsonl", "news.part2.jsonl"),
])
@pytest.mark.parametrize("as_files", [False, True])
def test_two_idless_corpora_keep_every_record(tmp_path, layout, as_files):
    for i, name in enumerate(layout):
        _jsonl(tmp_path / name, [{"text": t} for t in _texts(3, name)])
    inputs = [tmp_path / name for name in layout] if as_files else [tmp_path]
    warnings = []
    got = docs(inputs, warnings)
    assert len(got) == 6 and len({d.id for d in got}) == 6 and warnings == []
    # the ids depend on the inputs, not on the order they were given in
    assert [d.id for d in got] == [d.id for d in docs(inputs[::-1])]


def test_ids_stay_stable_when_nothing_collides(tmp_path):
    (tmp_path / "seed_1.txt").write_text(ARTICLE, encoding="utf-8")
    _jsonl(tmp_path / "corpus.jsonl", [{"id": "000_f721e5f16c0b10e3", "text": ARTICLE + " ثان"}, {"text": ARTICLE + " ثالث"}])
    assert sorted(d.id for d in docs([tmp_path])) == ["000_f721e5f16c0b10e3", "corpus-2", "seed_1"]


def test_different_texts_under_one_id_are_all_kept_in_any_order(tmp_path):
    first, second = _texts(2, "rev")
    _jsonl(tmp_path / "a.jsonl", [{"id": "x1", "text": first}])
    _jsonl(tmp_path / "b.jsonl", [{"id": "x1", "text": second}, {"id": "x2", "text": second}])
    warnings = []
    got = docs([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], warnings)
    ids = {d.id for d in got}
    assert len(got) == 3 and "x2" in ids and all(i.startswith("x1~") for i in ids - {"x2"})
    assert any("'x1' names 2 different texts" in w for w in warnings)
    assert {d.id for d in docs([tmp_path / "b.jsonl", tmp_path / "a.jsonl"])} == ids


def test_truncated_gzip_alone_keeps_its_readable_records(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    _jsonl(path, [{"id": f"r{i}", "text": t} for i, t in enumerate(_texts(400, "gz"))])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    warnings, report = [], IngestReport()
    got = list(read_documents([path], warnings.append, report))
    assert 100 < len(got) < 400
    assert [d.id for d in got] == [f"r{i}" for i in range(len(got))]
    assert len(report.skipped) == 1 and "cannot read the rest of the file" in report.skipped[0]
