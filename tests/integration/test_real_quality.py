"""Floors on the real-news dev set (tests/data/real/dev-gold.json), at the level first measured
(commit of the gold, bench/quality.py). Raise them as the rules improve; a change that lowers one
must say why. The test set is never used here: it is scored at the end of an issue only."""

from __future__ import annotations

import pytest

from kg.builder import BuildConfig, run_build
from kg.eval.corpus import write_gold_articles
from kg.eval.graph import evaluate, load_gold
from kg.rdf.query import load_graph
from tests.paths import DATA, SHARED

CORPUS = SHARED / "corpus" / "ant-news-2018.jsonl.gz"

# measured (issue 14, sixth step): entities P 0.96 R 0.84; relations P 0.98 R 0.46 F1 0.62 (204 tp, 5 fp,
# 240 fn); 0 planned/negated asserted; dates right 0.92 of 60. Dev is the set the rules were analysed on:
# the held-out test split measured relations P 0.76 R 0.34 F1 0.47 at the same commit (README).
# Each floor leaves a margin of a few relations or dates below the measured figure.
FLOORS = {"entity_precision": 0.95, "entity_recall": 0.82, "precision": 0.95, "recall": 0.44, "f1": 0.59,
          "date_accuracy": 0.89}
MAX_FORBIDDEN_ASSERTED = 0


@pytest.mark.skipif(not CORPUS.is_file(), reason="needs the shared corpus")
def test_real_dev_set_stays_above_its_floors(tmp_path):
    gold = load_gold(DATA / "real" / "dev-gold.json")
    articles = write_gold_articles(CORPUS, gold["docs"], tmp_path / "dev.jsonl")
    result = run_build(BuildConfig([articles], tmp_path / "out", html=False, quiet=True))
    assert result.counts["documents"] == 100 and not result.skipped
    r = evaluate(gold, load_graph(tmp_path / "out" / "graph.ttl"))
    required = r.required_found + r.entities.fn
    got = {"entity_precision": r.entities.precision, "entity_recall": r.required_found / required,
           "precision": r.relations.precision, "recall": r.relations.recall, "f1": r.relations.f1,
           "date_accuracy": r.dates.accuracy}
    below = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not below, f"below the floors {FLOORS}: {below}"
    assert len(r.violations) <= MAX_FORBIDDEN_ASSERTED, r.violations
