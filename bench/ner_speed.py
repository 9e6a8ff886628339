"""NER speed on CPU: model load time and sentences/second of the Stanza model ``kg build`` uses.

    python3 bench/ner_speed.py [--articles 200] [--threads 1,2] [--stanza-dir DIR] [--corpus FILE] [--held-out FILE]

Runs on the first N articles of the shared news corpus, every id of ../shared/eval/real-test-ids.txt
left out (articles are read, split and tokenised by the project's
own code, as ``kg build`` does). Each thread setting is measured in the same run, so the ratios
between them are comparable even on a noisy machine; the gazetteer recognizer is timed alongside.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ant-news-2018.jsonl.gz"))
    ap.add_argument("--held-out", type=Path, default=ROOT.parent / "shared" / "eval" / "real-test-ids.txt")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--stanza-dir")
    args = ap.parse_args()

    if not args.held_out.exists():
        sys.exit(f"ner_speed: {args.held_out} is missing; it lists the ids that must never be read")

    import torch

    from kg.eval.corpus import corpus_slice
    from kg.lang.ar.tokenize import split_sentences
    from kg.pipeline.gazetteer import load_gazetteer
    from kg.pipeline.ingest import read_documents
    from kg.pipeline.recognize.gazetteer_ner import GazetteerRecognizer
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer, find_model

    with tempfile.TemporaryDirectory(prefix="silat-ner-speed-") as tmp:
        path = Path(tmp) / "slice.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in
                                corpus_slice(Path(args.corpus), args.articles, held_out=args.held_out, categories=None)),
                        encoding="utf-8")
        docs = list(read_documents([path], lambda m: None))
    sentences = [(d, split_sentences(d.text)) for d in docs]
    n_sent = sum(len(s) for _, s in sentences)
    n_tok = sum(len(x.tokens) for _, s in sentences for x in s)
    model = find_model(Path(args.stanza_dir) if args.stanza_dir else None, required=True)
    sizes = {p.parent.name: p.stat().st_size / 1e6 for p in (model.ner, model.pretrain, model.charlm_forward,
                                                              model.charlm_backward) if p}
    print(f"model: {model.ner.parent.parent.parent} ({', '.join(f'{k} {v:.1f} MB' for k, v in sizes.items())})")
    print(f"slice: {len(docs)} articles, {n_sent:,} sentences, {n_tok:,} tokens")

    t0 = time.perf_counter()
    rec = StanzaRecognizer(model)
    print(f"load: {time.perf_counter() - t0:.2f} s (first load in this process: torch and stanza imports excluded)")
    rec(docs[0], sentences[0][1])  # warm-up

    print(f"{'recognizer':<22} {'threads':>7} {'seconds':>8} {'sent/s':>8} {'tok/s':>8} {'mentions':>8}")
    rows = []
    for threads in [int(t) for t in args.threads.split(",")]:
        torch.set_num_threads(threads)
        t0 = time.perf_counter()
        found = sum(len(rec(d, s)) for d, s in sentences)
        rows.append(("stanza", threads, time.perf_counter() - t0, found))
    gaz = GazetteerRecognizer(load_gazetteer())
    t0 = time.perf_counter()
    found = sum(len(gaz(d, s)) for d, s in sentences)
    rows.append(("gazetteer", 1, time.perf_counter() - t0, found))
    for name, threads, secs, found in rows:
        print(f"{name:<22} {threads:>7} {secs:8.2f} {n_sent / secs:8.1f} {n_tok / secs:8.0f} {found:8d}")
    base = rows[0][2]
    print("ratios vs stanza/1 thread: " + ", ".join(f"{n}/{t}: {base / s:.2f}x" for n, t, s, _ in rows[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
