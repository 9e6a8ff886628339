"""Time of one article that is a single run of text with no full stop, at growing lengths.

    python3 bench/long_sentence.py [--sizes 25000,50000,100000,200000] [--ner gazetteer|stanza]

The text is the seeds with their punctuation removed, repeated to each size, so it is dense with
the names and triggers the rule stages work on. Printed per size: extraction seconds and the ratio
to the previous size; linear time doubles with the size (ratio ~2.0), the quadratic behaviour this
guards against gave ~4.7 (50k characters 14 s, 100k 66 s, 200k 386 s in the issue's probe).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_of_text(size: int) -> str:
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    words = re.sub(r"[.!?؟،,:;\"«»()\n]", " ", seeds).split()
    text = " ".join(words)
    return (text + " ") * (size // len(text) + 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="25000,50000,100000,200000")
    ap.add_argument("--ner", default="gazetteer", choices=("gazetteer", "stanza"))
    args = ap.parse_args()

    from kg.lang.ar.tokenize import MAX_SENTENCE_TOKENS
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document
    from kg.pipeline.resources import load_resources

    res = load_resources(args.ner, None, ())
    print(f"one article without full stops; NER {res.ner_note}; sentences capped at {MAX_SENTENCE_TOKENS} tokens")
    print(f"{'characters':>10} {'sentences':>9} {'seconds':>8} {'ratio':>6}")
    previous = None
    for size in map(int, args.sizes.split(",")):
        text = run_of_text(size)[:size]
        started = time.perf_counter()
        x = extract(make_document(text, "long", "long", res.calendar), res)
        seconds = time.perf_counter() - started
        ratio = f"{seconds / previous:6.2f}" if previous else f"{'':>6}"
        print(f"{size:>10,} {len(x.sentences):>9,} {seconds:>8.2f} {ratio}")
        previous = seconds


if __name__ == "__main__":
    main()
