"""``kg build``: read inputs, extract per document, merge, and write the graph and its page."""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.cache import ExtractionCache
from kg.config import CACHE_DIR, FORMATS, BuildConfig
from kg.errors import Interrupted
from kg.io import OutputSet
from kg.lang.ar.dates import Calendar
from kg.pipeline.calibration import Calibration
from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.gazetteer.curation import Curation, find_curation, load_curation
from kg.pipeline.ingest import IngestReport, read_documents
from kg.pipeline.merge import GraphBuilder
from kg.progress import Progress
from kg.rdf import write as rdf
from kg.rdf.engines import open_engine
from kg.records import MergedGraph
from kg.runner import Engine, InProcess, Pipeline, ProcessPool, extract_in_order, pool_size
from kg.view import html
from kg.view.model import load_view

__all__ = ["BuildConfig", "BuildResult", "Merged", "merge_inputs", "run_build"]


@dataclass
class BuildResult:
    counts: dict[str, int]
    ner: str
    seconds: float
    skipped: list[str]
    outputs: list[Path]
    cached: int = 0  # documents whose extraction came from the cache
    curation: str = ""  # what the curation file held, when one was used

    def summary(self) -> str:
        c = self.counts
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        skipped += f", {self.cached} from the cache" if self.cached else ""
        curation = f"; {self.curation}" if self.curation else ""
        return (f"built {self.outputs[0]}: {c['documents']} documents{skipped}, {c['entities']} entities, "
                f"{c['events']} events, {c['edges']} edges; NER: {self.ner}; {self.seconds:.1f} s{curation}")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _versions() -> dict[str, str]:
    """Versions of the software that shaped the graph, for the TriG build record."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for package in ("silat", "stanza", "torch", "rdflib", "networkx", "pyoxigraph"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            pass
    return out


OUTPUTS = tuple(f"graph.{fmt}" for fmt in FORMATS) + ("graph.html",)


def run_build(cfg: BuildConfig) -> BuildResult:
    """Build the graph; the output folder is checked first and its files are replaced together at the end."""
    progress = Progress(quiet=cfg.quiet)  # also the count of documents extracted and taken from the cache
    with OutputSet(cfg.out, managed=OUTPUTS) as out:
        try:
            try:
                return _build(cfg, out, progress)
            finally:
                progress.close()  # the bar goes before the summary or the one-line message
        except KeyboardInterrupt:
            if out.committed:
                raise Interrupted(f"interrupted after {cfg.out} was replaced (the build is complete)") from None
            extracted = progress.done - progress.cached
            kept = (f"; {extracted} new extractions kept in the cache, the next build resumes from them"
                    if cfg.use_cache and extracted else "")
            raise Interrupted(f"interrupted; {cfg.out} was not changed{kept}") from None


def cache_folder(cfg: BuildConfig) -> Path:
    """``--cache DIR``, else a hidden folder in the output folder (never among the files replaced as a set)."""
    return cfg.cache if cfg.cache is not None else cfg.out / CACHE_DIR


@dataclass
class Merged:
    """A build's merged graph before anything is written, with what the build's record tells of it."""

    graph: MergedGraph
    ner: str  # the NER the extraction used, as the summary names it
    report: IngestReport  # the documents read and skipped
    curation: Curation


def merge_inputs(cfg: BuildConfig, progress: Progress, warn: Callable[[str], None],
                 calibration: Calibration | None = None) -> Merged:
    """Read, extract (cache, engine, curation) and merge the inputs exactly as ``kg build`` does, so
    that what the confidence model is fitted on (kg.calibrate) is what users get. ``calibration``
    stands in for the shipped model: it sets the confidences only, never which events there are."""
    curation = load_curation(cfg.curation or find_curation(cfg.inputs))
    pipeline = Pipeline(cfg.ner, cfg.stanza_dir, cfg.gazetteers, curation.path)
    ner_note, version = pipeline.plan()  # a missing model fails here, before any worker starts
    builder = GraphBuilder(calibration)
    report = IngestReport()
    progress.total = lambda: report.expected

    def start() -> Engine:  # on the first document to extract, when the number of documents is known
        if cfg.dask:
            from kg.cluster import DaskEngine

            return DaskEngine(pipeline, version, cfg.dask, cfg.jobs or 2)
        workers = pool_size(cfg.jobs, report.expected)
        return InProcess(pipeline) if workers == 1 else ProcessPool(pipeline, workers)

    docs = read_documents(cfg.inputs, warn, report, Calendar.load())
    cache = ExtractionCache(cache_folder(cfg), version) if cfg.use_cache else None
    # a merge into an entity a document does not name takes its record from the gazetteer
    known = load_gazetteer(tuple(cfg.gazetteers), curation.amend).rows if curation.merges else {}
    seen: set[str] = set()  # entity ids the documents name, before the curation's merges
    try:
        for x in extract_in_order(docs, start, cache=cache, on_document=progress.advance):
            seen.update(x.entities)
            builder.add(curation.apply(x, known))
        if cache is not None:
            cache.prune()  # rows of other pipeline versions can never be hits again
    finally:
        if cache is not None:
            cache.close()  # commits what was extracted, also on Ctrl-C or an error
    progress.stage("merging")
    merged = curation.finish(builder.result(cfg.min_confidence))
    for line in curation.absent(seen, {e.id for e in merged.entities}):
        warn(line)
    return Merged(merged, ner_note, report, curation)


def _build(cfg: BuildConfig, out: OutputSet, progress: Progress) -> BuildResult:
    started = time.perf_counter()
    started_at = _now()
    warn = (lambda msg: None) if cfg.quiet else (lambda msg: print(f"kg: warning: {msg}", file=sys.stderr))
    built = merge_inputs(cfg, progress, warn)
    merged, ner_note, report, curation = built.graph, built.ner, built.report, built.curation
    graph = rdf.to_rdf(merged)
    digest = ""
    for fmt in [f for f in cfg.formats if f != "trig"]:  # ttl first, always (BuildConfig)
        progress.stage(f"writing graph.{fmt}")
        data = rdf.serialize(graph, fmt)
        if fmt == "ttl":
            digest = hashlib.sha1(data).hexdigest()[:16]
        out.write_bytes(f"graph.{fmt}", data)
    if "trig" in cfg.formats:
        record = {"digest": digest, "started": started_at, "ended": _now(), "inputs": [str(p) for p in cfg.inputs],
                  "ner": ner_note, "versions": _versions()}
        if curation.path:
            record["curation"] = {"path": str(curation.path), "note": curation.note(), "digest": curation.digest}
        out.write_bytes("graph.trig", rdf.trig(graph, record))
    if cfg.html:
        progress.stage("drawing graph.html")
        # drawn from the Turtle this run has just written, exactly as `kg viz` would draw it
        view = load_view(open_engine(out.stage("graph.ttl")))
        out.write_bytes("graph.html", html.page(view).encode("utf-8"))
    outputs = out.commit()
    return BuildResult(merged.counts(), ner_note, time.perf_counter() - started, report.skipped, outputs, progress.cached,
                       curation.note() if curation.path else "")
