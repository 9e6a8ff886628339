"""The scoreboard: build every gold set with the default pipeline and score it, in one table.

    python3 bench/quality.py [--sets seeds,wire,dev,dev2] [--ner auto|gazetteer|stanza] [--details] [--reliability]

Sets: ``seeds`` (the five seed articles, ../shared/eval/seeds-gold.json), ``wire`` (16 wire-style
articles written for the project, tests/data/wire-gold.json), ``dev``, ``dev2``, ``dev3``, ``dev4`` and
``test`` (100, 100, 100, 100 and 50 real corpus articles annotated blind,
tests/data/real/{dev,dev2,dev3,dev4,test}-gold.json; their texts are read from ../shared/corpus by id;
dev2 was drawn after six rounds of rules on dev, dev3 after seven, dev4 after nine: each new set is
scored blind, as an aggregate with no --details, until the next one opens it for error analysis). The
test set is for the end of an issue only, so it is scored only when named
(``--sets seeds,wire,dev,dev2,test``) and never used for error analysis. Prints the commit and the
table ``kg evaluate`` prints for several gold files; ``--details`` adds each set's misses and false
items; ``--reliability`` adds each set's confidence reliability table (predicted confidence against
observed precision of the events, per confidence bin; a set the confidence model was fitted on is
marked in-sample: dev, dev2 and dev3).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="seeds,wire,dev,dev2", help="comma-separated: seeds, wire, dev, dev2, dev3, dev4, test "
                    "(the held-out test set only at the end of an issue)")
    ap.add_argument("--ner", default="auto", choices=("auto", "gazetteer", "stanza"))
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--reliability", action="store_true", help="print each set's confidence reliability table")
    args = ap.parse_args()

    from kg.builder import BuildConfig, run_build
    from kg.config import shared_dir
    from kg.eval.corpus import write_gold_articles
    from kg.eval.graph import evaluate, format_report, format_table, judge_events, load_gold
    from kg.eval.reliability import format_reliability
    from kg.rdf.query import load_graph

    shared = shared_dir()
    corpus = next((shared / "corpus").glob("*.jsonl.gz"))
    gold_files = {"seeds": shared / "eval" / "seeds-gold.json", "wire": ROOT / "tests" / "data" / "wire-gold.json",
                  "dev": ROOT / "tests" / "data" / "real" / "dev-gold.json",
                  "test": ROOT / "tests" / "data" / "real" / "test-gold.json",
                  "dev2": ROOT / "tests" / "data" / "real" / "dev2-gold.json",
                  "dev3": ROOT / "tests" / "data" / "real" / "dev3-gold.json",
                  "dev4": ROOT / "tests" / "data" / "real" / "dev4-gold.json"}
    sets = args.sets.split(",")
    unknown = [name for name in sets if name not in gold_files]
    if unknown:
        sys.exit(f"quality: --sets {args.sets}: unknown set {', '.join(unknown)} (expected {', '.join(gold_files)})")
    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                            text=True).stdout.strip()
    reports = []
    judged: dict[str, list[tuple[float, bool]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            gold = load_gold(gold_files[name])
            if name == "seeds":
                inputs = [ROOT / "seeds"]
            elif name == "wire":
                inputs = [ROOT / "tests" / "data" / "wire"]
            else:
                inputs = [write_gold_articles(corpus, gold["docs"], Path(tmp) / f"{name}.jsonl")]
            started = time.perf_counter()
            result = run_build(BuildConfig(inputs, Path(tmp) / name, ner=args.ner, html=False, quiet=True))
            print(f"{name}: {result.counts['documents']} articles built in {time.perf_counter() - started:.1f} s",
                  file=sys.stderr)
            graph = load_graph(Path(tmp) / name / "graph.ttl")
            reports.append((name, evaluate(gold, graph)))
            if args.reliability:
                judged[name] = [(j.confidence, j.correct) for j in judge_events(gold, graph) if j.correct is not None]
    print(f"commit {commit or '(not a git checkout)'}; NER {result.ner}")
    print(format_table(reports))
    if args.details:
        for name, report in reports:
            print(f"\n== {name}\n{format_report(report)}")
    for name, pairs in judged.items():
        fitted = " (in-sample: the model was fitted on it)" if name in ("dev", "dev2", "dev3") else ""
        print("\n" + format_reliability(name + fitted, pairs))


if __name__ == "__main__":
    main()
