"""The NER training path, end to end on a tiny slice, so it cannot rot; plus the data and scoring code."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.ner.corpora import read_aqmar, read_conll, read_corpus
from kg.ner.score import score, spans
from tests.conftest import ROOT, SEEDS, SHARED

ANERCORP = SHARED / "ner" / "anercorp"


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


def test_aqmar_split_is_deterministic_and_its_fine_tags_collapse_to_misc():
    a, b = read_aqmar(SHARED / "ner" / "aqmar"), read_aqmar(SHARED / "ner" / "aqmar")
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


def _tiny_ner_data(root: Path, sentences: int = 24) -> Path:
    out = root / "anercorp"
    out.mkdir(parents=True)
    for split in ("train", "dev", "test"):
        name = f"ANERCorp_manually_cleaned_{split}.tsv"
        text = (ANERCORP / name).read_text(encoding="utf-8").replace("\r\n", "\n")
        (out / name).write_text("\n\n".join(text.split("\n\n")[:sentences]) + "\n", encoding="utf-8")
    return root


def test_training_smoke_runs_every_step_and_the_result_loads_through_the_pipeline(tmp_path):
    from kg.ner.train import CharlmRecipe, NerRecipe, train_model
    from kg.ner.vectors import VectorRecipe
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer, find_model

    recipe = NerRecipe(
        max_steps=4, eval_interval=2, batch_size=8, hidden_dim=16, charlm=True,
        vectors=VectorRecipe(dim=16, min_count=1, epochs=1, max_vocab=2000, workers=1),
        char_lm=CharlmRecipe(hidden=16, emb=8, bptt=20, batch_size=4, train_chars=4000, dev_chars=800),
    )
    messages = []
    out = tmp_path / "model"
    result = train_model(_tiny_ner_data(tmp_path / "ner"), SEEDS, tmp_path / "work", out, recipe, messages.append)
    assert set(result.files) == {"ner", "pretrain", "forward_charlm", "backward_charlm"}
    assert any("tokenised corpus" in m for m in messages)
    model = find_model(out, required=True)
    assert model.pretrain and model.charlm_forward and model.charlm_backward
    tags = StanzaRecognizer(model).tag([["التقى", "لافروف", "في", "موسكو", "."]])
    assert len(tags) == 1 and len(tags[0]) == 5
    assert all(t == "O" or t[:2] in ("B-", "I-", "E-", "S-") for t in tags[0])
    # a second run reuses every finished step (the work folder is a cache), and installs the same files
    again = train_model(_tiny_ner_data(tmp_path / "ner2"), SEEDS, tmp_path / "work", out, recipe, messages.append)
    assert again.files["ner"].read_bytes() == result.files["ner"].read_bytes()


def test_ner_evaluate_reports_a_one_line_error_for_a_bad_split(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "ner", "evaluate", "anercorp:validation",
                           "--data", str(SHARED / "ner")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0
    assert proc.stderr.strip().count("\n") == 0 and "split must be one of" in proc.stderr
