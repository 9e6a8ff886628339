"""The NER training data readers and the span scorer (pure Python; training itself is in the integration tier)."""

import json

import pytest

from kg.cli import main
from kg.errors import DataError
from kg.ner.corpora import read_aqmar, read_conll, read_corpus
from kg.ner.score import score, spans
from tests.paths import SHARED

ANERCORP = SHARED / "ner" / "anercorp"
AQMAR = SHARED / "ner" / "aqmar"
needs = pytest.mark.skipif(not (ANERCORP.is_dir() and AQMAR.is_dir()), reason="shared/ner not present")


@needs
def test_anercorp_tags_are_unified_and_test_split_stays_out_of_training(tmp_path):
    from kg.ner.train import step_data

    corpus = read_corpus("anercorp", ANERCORP)
    tags = {t for s in corpus.splits["train"] for _, t in s}
    assert tags == {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}
    train_json, dev_json = step_data(ANERCORP.parent, tmp_path)
    written = {tuple(w["text"] for w in s) for s in json.loads(train_json.read_text(encoding="utf-8"))}
    written |= {tuple(w["text"] for w in s) for s in json.loads(dev_json.read_text(encoding="utf-8"))}
    test = [tuple(w for w, _ in s) for s in corpus.splits["test"]]
    # the only overlap is the 12 sentences the corpus itself repeats between train and test
    assert sum(s in written for s in test) <= 12
    assert not list(tmp_path.rglob("*test*"))


@needs
def test_aqmar_split_is_deterministic_and_its_fine_tags_collapse_to_misc():
    a, b = read_aqmar(AQMAR), read_aqmar(AQMAR)
    assert a.splits["test"] == b.splits["test"]
    assert [len(a.splits[k]) for k in ("train", "dev", "test")] == [1880, 403, 404]  # Stanza's 70/15/15
    assert {t for s in a.splits["train"] for _, t in s} <= {"O", "B-PER", "I-PER", "B-LOC", "I-LOC",
                                                         "B-ORG", "I-ORG", "B-MISC", "I-MISC"}


def test_unknown_tag_or_bad_line_is_a_one_line_error_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("القاهرة\tB-LOC\nمصر\tB-CITY\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.tsv:2: unknown NER tag 'B-CITY'"):
        read_conll(bad)
    bad.write_text("القاهرة B-LOC extra\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.tsv:1: expected"):
        read_conll(bad)


def test_span_scoring_needs_type_and_both_ends():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "S-LOC"]]  # PER cut short: one false positive and one miss
    report = score("x", gold, pred)
    assert (report.by_type["PER"].tp, report.by_type["PER"].fp, report.by_type["PER"].fn) == (0, 1, 1)
    assert report.by_type["LOC"].f1 == 1.0
    assert report.total.precision == 0.5 and report.total.recall == 0.5
    assert spans(["I-ORG", "I-ORG"]) == {(0, 1, "ORG")}  # conlleval: a leading I- opens a span


@needs
def test_ner_evaluate_reports_a_one_line_error_for_a_bad_split(capsys):
    assert main(["ner", "evaluate", "anercorp:validation", "--data", str(SHARED / "ner")]) != 0
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "split must be one of" in err

