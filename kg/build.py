"""``kg build``: read inputs, extract per document, merge, and write the graph and its page."""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.config import FORMATS, BuildConfig
from kg.errors import Interrupted
from kg.io import OutputSet
from kg.pipeline.extract import extract
from kg.pipeline.gazetteer.curation import find_curation, load_curation
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
    curation: str = ""  # what the curation file held, when one was used

    def summary(self) -> str:
        c = self.counts
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
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
    with OutputSet(cfg.out, managed=OUTPUTS) as out:
        try:
            return _build(cfg, out)
        except KeyboardInterrupt:
            if out.committed:
                raise Interrupted(f"interrupted after {cfg.out} was replaced (the build is complete)") from None
            raise Interrupted(f"interrupted; {cfg.out} was not changed") from None


def _build(cfg: BuildConfig, out: OutputSet) -> BuildResult:
    started = time.perf_counter()
    started_at = _now()
    warn = (lambda msg: None) if cfg.quiet else (lambda msg: print(f"kg: warning: {msg}", file=sys.stderr))
    curation = load_curation(cfg.curation or find_curation(cfg.inputs))
    res = load_resources(cfg.ner, cfg.stanza_dir, cfg.gazetteers, curation)
    builder = GraphBuilder()
    report = IngestReport()
    last = started
    for n, doc in enumerate(read_documents(cfg.inputs, warn, report, res.calendar), 1):
        builder.add(curation.apply(extract(doc, res), res.gazetteer.rows))
        now = time.perf_counter()
        if not cfg.quiet and now - last > 2.0:
            print(f"kg: {n} documents processed ({n / (now - started):.1f}/s)", file=sys.stderr)
            last = now
    merged = curation.finish(builder.result())
    graph = rdf.to_rdf(merged)
    digest = ""
    for fmt in [f for f in cfg.formats if f != "trig"]:  # ttl first, always (BuildConfig)
        data = rdf.serialize(graph, fmt)
        if fmt == "ttl":
            digest = hashlib.sha1(data).hexdigest()[:16]
        out.write_bytes(f"graph.{fmt}", data)
    if "trig" in cfg.formats:
        record = {"digest": digest, "started": started_at, "ended": _now(), "inputs": [str(p) for p in cfg.inputs],
                  "ner": res.ner_note, "versions": _versions()}
        if curation.path:
            record["curation"] = {"path": str(curation.path), "note": curation.note(), "digest": curation.digest}
        out.write_bytes("graph.trig", rdf.trig(graph, record))
    if cfg.html:
        # drawn from the Turtle this run has just written, exactly as `kg viz` would draw it
        view = load_view(open_engine(out.stage("graph.ttl")))
        out.write_bytes("graph.html", html.page(view).encode("utf-8"))
    outputs = out.commit()
    return BuildResult(merged.counts(), res.ner_note, time.perf_counter() - started, report.skipped, outputs,
                       curation.note() if curation.path else "")
