"""Trigger matching cost at the shipped lexicon's size and at ten times it, side by side.

    python3 bench/rules_speed.py [--articles 1000]

The ten-times lexicon adds nine variants of every rule whose first word differs (a letter appended),
as a mined lexicon grows: the matcher looks rules up by first word, so its time should barely move.
Reads the first N articles of ../shared/corpus, leaving out every id of ../shared/eval/real-test-ids.txt;
prints tokens, seconds and the ratio.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()

    from kg.config import shared_dir
    from kg.eval.corpus import corpus_slice
    from kg.lang.ar.tokenize import split_sentences
    from kg.pipeline.rules.lexicon import Lexicon
    from kg.pipeline.rules.match import find_cues, find_triggers

    corpus = next((shared_dir() / "corpus").glob("*.jsonl.gz"))
    held_out = shared_dir() / "eval" / "real-test-ids.txt"
    texts = [r["text"] for r in corpus_slice(corpus, args.articles, held_out=held_out, categories=None)]
    sentences = [s for t in texts for s in split_sentences(t)]
    tokens = sum(len(s.tokens) for s in sentences)
    base = Lexicon.load()
    grown = [dataclasses.replace(r, id=f"{r.id}-{k}", pattern=(r.pattern[0].rstrip("*") + "ز" * k + "*"
                                                                 * r.pattern[0].endswith("*"), *r.pattern[1:]))
             for r in base.triggers if r.pattern for k in range(1, 10)]
    big = dataclasses.replace(base, triggers=base.triggers + tuple(grown))
    rows = []
    for name, lexicon in (("shipped", base), ("10x", big)):
        started = time.perf_counter()
        found = sum(len(find_triggers(s, set(), lexicon)) + len(find_cues(s, lexicon)) for s in sentences)
        rows.append((name, len(lexicon.triggers), time.perf_counter() - started, found))
    print(f"{args.articles} articles, {len(sentences)} sentences, {tokens} tokens")
    print(f"{'lexicon':8} {'rules':>6} {'seconds':>8} {'matches':>8} {'ratio':>6}")
    for name, n, secs, found in rows:
        print(f"{name:8} {n:6d} {secs:8.2f} {found:8d} {secs / rows[0][2]:6.2f}")


if __name__ == "__main__":
    main()
