"""The NER training path, end to end on a tiny slice, so it cannot rot (the data readers and the scorer
are unit tests: tests/unit/ner/test_corpora.py)."""

from pathlib import Path

from tests.paths import SEEDS, SHARED

ANERCORP = SHARED / "ner" / "anercorp"


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


def test_ner_evaluate_reports_a_one_line_error_for_a_bad_split():
    """As a user runs it: a subprocess of ``kg`` (the unit tier calls the CLI in process)."""
    import subprocess
    import sys

    from tests.paths import ROOT

    proc = subprocess.run([sys.executable, "-m", "kg", "ner", "evaluate", "anercorp:validation",
                           "--data", str(SHARED / "ner")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0
    assert proc.stderr.strip().count("\n") == 0 and "split must be one of" in proc.stderr
