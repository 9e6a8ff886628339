"""The floor a build is compared with: bare Stanza NER over a JSON Lines file, in N processes.

    python3 bench/ner_floor.py FILE [--procs N]

What ``kg build`` cannot avoid and nothing more: the process starts, imports Stanza and loads the
same model (:class:`kg.pipeline.recognize.stanza_ner.StanzaRecognizer`), reads the documents the way
``kg build`` does and runs the model over each one's sentences, cut by the project's own tokenizer.
No gazetteer, linking, rules, cache, merge or writing. With ``--procs N`` > 1 the documents go out in
batches of ``kg.runner.ProcessPool.batch_size`` to N worker processes started with ``spawn``, each
loading the model once, as ``kg build --jobs N`` does; the parent only reads and hands out. Workers
skip the interpreter's teardown at exit with kg's own :func:`kg.runner.skip_teardown`, so the floor
is not slowed by what the build is spared.

Prints one line: seconds of recognition alone (after the model load; in this process, so only
with one process) and the mentions found. bench/corpus_build.py times the whole command from outside.
"""

from __future__ import annotations

import argparse
import atexit
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _recognizer():
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer, find_model

    return StanzaRecognizer(find_model(None, required=True))


def _init() -> None:
    from kg.runner import skip_teardown  # a build's workers import kg.runner as well

    multiprocessing.current_process().floor_recognizer = _recognizer()  # type: ignore[attr-defined]
    atexit.register(skip_teardown)


def _tag(docs) -> int:
    from kg.lang.ar.tokenize import split_sentences

    rec = multiprocessing.current_process().floor_recognizer  # type: ignore[attr-defined]
    return sum(len(rec(d, split_sentences(d.text))) for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--procs", type=int, default=1)
    args = ap.parse_args()

    from kg.lang.ar.tokenize import split_sentences
    from kg.pipeline.ingest import read_documents

    docs = read_documents([args.file], lambda m: None)
    if args.procs == 1:
        rec = _recognizer()
        started = time.perf_counter()
        found = sum(len(rec(d, split_sentences(d.text))) for d in docs)
        print(f"{time.perf_counter() - started:.3f} {found}")
        return 0
    from kg.runner import ProcessPool  # as kg build --jobs N does

    with ProcessPoolExecutor(args.procs, mp_context=multiprocessing.get_context("spawn"), initializer=_init) as pool:
        batches, batch = [], []
        for d in docs:
            batch.append(d)
            if len(batch) == ProcessPool.batch_size:
                batches.append(pool.submit(_tag, batch))
                batch = []
        if batch:
            batches.append(pool.submit(_tag, batch))
        found = sum(f.result() for f in batches)
    print(f"nan {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
