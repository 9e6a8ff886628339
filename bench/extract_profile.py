"""Where extraction's time goes beside Stanza NER, stage by stage, on one core.

    python3 bench/extract_profile.py [--articles 300] [--cprofile N]

Takes the first N internationalNews/middleEast articles of ../shared/corpus (the slice of
bench/corpus_build.py, every id of ../shared/eval/real-test-ids.txt left out), loads the
resources once, reads the articles, extracts every one in this process, pickles each extraction
as a worker would send it, then merges and writes the Turtle and the HTML page. Each stage's own time is measured by wrapping
the functions that do it (time inside a nested stage counts for that stage only), so the rows add
up to the whole. ``--cprofile N`` prints the N functions with the most own time instead.
The Stanza row is the model call alone; "NER adapter" is turning its tags into mentions.
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class StageClock:
    """Exclusive time per stage: entering a stage pauses the one it was called from."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[str] = []
        self._mark = time.perf_counter()

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            now = time.perf_counter()
            if self._stack:
                self.seconds[self._stack[-1]] += now - self._mark
            self._stack.append(name)
            self.calls[name] += 1
            self._mark = now
            try:
                return fn(*args, **kwargs)
            finally:
                now = time.perf_counter()
                self.seconds[self._stack.pop()] += now - self._mark
                self._mark = now

        return timed


def instrument(clock: StageClock, res) -> None:
    """Wrap the functions of each stage where the pipeline calls them (module attributes, methods)."""
    from kg.pipeline import extract as ex
    from kg.pipeline.link import linker as lk
    from kg.pipeline.recognize.stanza_ner import Combined
    from kg.pipeline.rules import annotate as an
    from kg.pipeline.rules import frames as fr

    ex.split_sentences = clock.wrap("tokenise + normalise", ex.split_sentences)
    an.find_triggers = clock.wrap("trigger matching", an.find_triggers)  # read_sentence calls it
    ex.build_events = clock.wrap("annotate (builders, rest)", ex.build_events)
    ex.Context = clock.wrap("context (article pair, lead date)", ex.Context)
    an.segment = clock.wrap("clauses", an.segment)
    an.find_cues = clock.wrap("cue matching", an.find_cues)
    an.sentence_args = clock.wrap("arguments", an.sentence_args)
    an.titled_tokens = clock.wrap("arguments", an.titled_tokens)
    an._event_date = clock.wrap("dates", an._event_date)
    an._modality = clock.wrap("modality", an._modality)
    an.event_features = clock.wrap("features", an.event_features)
    for name in ("_sport", "_inviter", "_preceded_by"):
        if hasattr(an, name):
            setattr(an, name, clock.wrap("sport/inviter/forum-cue scans", getattr(an, name)))
    fr.Frames.__init__ = clock.wrap("frames (groups)", fr.Frames.__init__)
    lk.Linker.__call__ = clock.wrap("linking", lk.Linker.__call__)
    rec = res.recognizer
    if isinstance(rec, Combined):
        rec.gazetteer.__class__.__call__ = clock.wrap("gazetteer matching", rec.gazetteer.__class__.__call__)
        stanza = rec.primary
        stanza.__class__.__call__ = clock.wrap("NER adapter (tags to mentions)", stanza.__class__.__call__)
        stanza.pipeline = clock.wrap("Stanza NER (model call)", stanza.pipeline)
        Combined.__call__ = clock.wrap("recognizer merge", Combined.__call__)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "ant-news-2018.jsonl.gz")
    ap.add_argument("--held-out", type=Path, default=ROOT.parent / "shared" / "eval" / "real-test-ids.txt")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--cprofile", type=int, default=0, help="print this many functions by own time instead")
    args = ap.parse_args()
    if not args.held_out.exists():
        sys.exit(f"extract_profile: {args.held_out} is missing; it lists the ids that must never be read")

    from kg.eval.corpus import corpus_slice
    from kg.lang.ar.dates import Calendar
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import IngestReport, read_documents
    from kg.pipeline.merge import GraphBuilder
    from kg.pipeline.resources import load_resources
    from kg.rdf import write as rdf
    from kg.rdf.engines import open_engine
    from kg.view import html
    from kg.view.model import load_view

    recs = list(corpus_slice(args.corpus, args.articles, held_out=args.held_out))
    tmp = Path(tempfile.mkdtemp(prefix="silat-extract-profile-"))
    path = tmp / "slice.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    calendar = Calendar.load()
    t0 = time.perf_counter()
    docs = list(read_documents([path], lambda m: None, IngestReport(), calendar))
    reading = time.perf_counter() - t0
    res = load_resources()
    extract(docs[0], res)  # warm: lazy imports and first-call costs out of the figures
    if args.cprofile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            extract(d, res)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.cprofile)
        return 0

    clock = StageClock()
    clock.seconds["reading (JSON, ids, dateline)"] = reading
    instrument(clock, res)
    run = clock.wrap("extract (rest)", extract)
    started = time.perf_counter()
    xs = [run(d, res) for d in docs]
    extracting = time.perf_counter() - started
    t0 = time.perf_counter()
    blobs = [pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL) for x in xs]
    for b in blobs:
        pickle.loads(b)
    clock.seconds["pickle + unpickle (between processes)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    builder = GraphBuilder()
    for x in xs:
        builder.add(x)
    merged = builder.result(0.0)
    clock.seconds["merge"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    turtle = rdf.serialize(rdf.to_rdf(merged), "ttl")
    clock.seconds["RDF (Turtle)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    (tmp / "graph.ttl").write_bytes(turtle)
    html.page(load_view(open_engine(tmp / "graph.ttl")))
    clock.seconds["HTML page"] = time.perf_counter() - t0
    shutil.rmtree(tmp)

    total = sum(clock.seconds.values())
    ner = clock.seconds["Stanza NER (model call)"]
    print(f"{len(docs)} articles, {sum(len(x.sentences) for x in xs)} sentences, "
          f"{sum(len(s.tokens) for x in xs for s in x.sentences)} tokens; extraction {extracting:.1f} s "
          f"({len(docs) / extracting:.1f} art/s); pickled {sum(map(len, blobs)) / len(blobs) / 1024:.1f} KiB/article")
    print(f"{'stage':40} {'seconds':>8} {'% all':>6} {'% of NER':>8} {'calls':>8}")
    for name, secs in sorted(clock.seconds.items(), key=lambda kv: -kv[1]):
        print(f"{name:40} {secs:8.2f} {100 * secs / total:6.1f} {100 * secs / ner:8.1f} {clock.calls.get(name, 1):8d}")
    print(f"{'all but Stanza NER':40} {total - ner:8.2f} {100 * (total - ner) / total:6.1f} "
          f"{100 * (total - ner) / ner:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
