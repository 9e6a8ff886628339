"""``kg ner evaluate``: run the installed Stanza model exactly as ``kg build`` loads it, on gold tokens."""

from __future__ import annotations

import time
from pathlib import Path

from kg.ner.corpora import read_split
from kg.ner.score import SpanReport, score


def evaluate_splits(specs: list[str], ner_root: Path, stanza_dir: Path | None) -> tuple[str, list[SpanReport]]:
    """Score the model on each split; returns the model description and one report per split."""
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer, find_model

    data = [read_split(spec, ner_root) for spec in specs]  # bad data fails before the model loads
    model = find_model(stanza_dir, required=True)
    t0 = time.perf_counter()
    recognizer = StanzaRecognizer(model)
    load_s = time.perf_counter() - t0
    reports = []
    for label, sentences in data:
        gold = [[t for _, t in s] for s in sentences]
        t0 = time.perf_counter()
        pred = recognizer.tag([[w for w, _ in s] for s in sentences])
        report = score(label, gold, pred)
        report.seconds = time.perf_counter() - t0
        reports.append(report)
    return f"model {model.ner} (loaded in {load_s:.1f} s)", reports
