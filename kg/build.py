"""``kg build``: read inputs, extract per document, merge, and write the graph and its page."""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.config import BuildConfig
from kg.io import atomic_write_bytes
from kg.pipeline.extract import extract
from kg.pipeline.ingest import IngestReport, read_documents
from kg.pipeline.merge import GraphBuilder
from kg.pipeline.resources import load_resources
from kg.rdf import write as rdf
from kg.rdf.engines import open_engine
from kg.view import html
from kg.view.model import load_view

__all__ = ["BuildConfig", "BuildResult", "run_build"]


@dataclass
class BuildResult:
    counts: dict[str, int]
    ner: str
    seconds: float
    skipped: list[str]
    outputs: list[Path]

    def summary(self) -> str:
        c = self.counts
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return (f"built {self.outputs[0]}: {c['documents']} documents{skipped}, {c['entities']} entities, "
                f"{c['events']} events, {c['edges']} edges; NER: {self.ner}; {self.seconds:.1f} s")


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


def run_build(cfg: BuildConfig) -> BuildResult:
    started = time.perf_counter()
    started_at = _now()
    warn = (lambda msg: None) if cfg.quiet else (lambda msg: print(f"kg: warning: {msg}", file=sys.stderr))
    res = load_resources(cfg.ner, cfg.stanza_dir, cfg.gazetteers)
    builder = GraphBuilder()
    report = IngestReport()
    last = started
    for n, doc in enumerate(read_documents(cfg.inputs, warn, report, res.calendar), 1):
        builder.add(extract(doc, res))
        now = time.perf_counter()
        if not cfg.quiet and now - last > 2.0:
            print(f"kg: {n} documents processed ({n / (now - started):.1f}/s)", file=sys.stderr)
            last = now
    merged = builder.result()
    graph = rdf.to_rdf(merged)
    outputs = []
    digest = ""
    for fmt in [f for f in cfg.formats if f != "trig"]:  # ttl first, always (BuildConfig)
        path = cfg.out / f"graph.{fmt}"
        data = rdf.serialize(graph, fmt)
        if fmt == "ttl":
            digest = hashlib.sha1(data).hexdigest()[:16]
        atomic_write_bytes(path, data)
        outputs.append(path)
    if "trig" in cfg.formats:
        path = cfg.out / "graph.trig"
        rdf.write_trig(graph, path, {
            "digest": digest, "started": started_at, "ended": _now(), "inputs": [str(p) for p in cfg.inputs],
            "ner": res.ner_note, "versions": _versions()})
        outputs.append(path)
    if cfg.html:
        # drawn from the Turtle this run has just written, exactly as `kg viz` would draw it
        html.render(load_view(open_engine(outputs[0])), cfg.out / "graph.html")
        outputs.append(cfg.out / "graph.html")
    return BuildResult(merged.counts(), res.ner_note, time.perf_counter() - started, report.skipped, outputs)
