"""``kg build``: read inputs, extract per document, merge, and write Turtle and HTML atomically."""

from __future__ import annotations

import hashlib
import sys
import time
from datetime import datetime, timezone
from dataclasses import dataclass, field
from pathlib import Path

from .engines import open_engine
from .extract import Resources, extract
from .gazetteer import load_gazetteer
from .ingest import IngestReport, read_documents
from .io import atomic_write_bytes
from .merge import GraphBuilder
from .recognizers import make_recognizer
from .view import load_view


@dataclass
class BuildConfig:
    inputs: list[Path]
    out: Path
    ner: str = "auto"
    stanza_dir: Path | None = None
    formats: list[str] = field(default_factory=lambda: ["ttl"])
    html: bool = True
    quiet: bool = False


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
    from . import html, rdf

    started = time.perf_counter()
    started_at = _now()
    warn = (lambda msg: None) if cfg.quiet else (lambda msg: print(f"kg: warning: {msg}", file=sys.stderr))
    recognizer, ner_note = make_recognizer(cfg.ner, cfg.stanza_dir)
    res = Resources(recognizer, load_gazetteer())
    builder = GraphBuilder(res.gazetteer)
    report = IngestReport()
    last = started
    for n, doc in enumerate(read_documents(cfg.inputs, warn, report), 1):
        builder.add(extract(doc, res))
        now = time.perf_counter()
        if not cfg.quiet and now - last > 2.0:
            print(f"kg: {n} documents processed ({n / (now - started):.1f}/s)", file=sys.stderr)
            last = now
    graph = rdf.to_rdf(builder.graph)
    outputs = []
    digest = ""
    for fmt in [f for f in cfg.formats if f != "trig"]:
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
            "ner": ner_note, "versions": _versions()})
        outputs.append(path)
    if cfg.html:
        # drawn from the Turtle just written, exactly as `kg viz` would draw it
        html.render(load_view(open_engine(cfg.out / "graph.ttl")), cfg.out / "graph.html")
        outputs.append(cfg.out / "graph.html")
    return BuildResult(builder.counts(), ner_note, time.perf_counter() - started, report.skipped, outputs)
