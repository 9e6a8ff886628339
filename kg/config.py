"""Configuration that flows from the CLI (or the Python API) into a build, and where defaults come from.

Defaults never depend on the working directory: data the project ships is found through the
installed package; the project's shared data folder (NER training data, gazetteer sources) is
``$SILAT_SHARED``, else the ``shared/`` folder beside a source checkout, else it must be named.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError

FORMATS = ("ttl", "nt", "jsonld", "trig")
SHARED_ENV = "SILAT_SHARED"
CACHE_DIR = ".silat-cache"  # inside the output folder, beside (not among) the outputs replaced as a set


@dataclass
class BuildConfig:
    """What ``kg build`` does. ``formats`` always starts with ``ttl``: the page is drawn from it."""

    inputs: list[Path]
    out: Path
    ner: str = "auto"
    stanza_dir: Path | None = None
    formats: list[str] = field(default_factory=lambda: ["ttl"])
    html: bool = True
    quiet: bool = False
    gazetteers: tuple[Path, ...] = ()  # extra gazetteer tables merged into the shipped one
    min_confidence: float = 0.0  # events less likely than this to be correct are left out (0: keep all)
    jobs: int | None = None  # extraction processes; None: every core, at most one per 20 documents (kg.runner.pool_size)
    cache: Path | None = None  # extraction cache folder; None: CACHE_DIR inside ``out``
    use_cache: bool = True
    dask: str | None = None  # extract on a Dask cluster: "local" (a LocalCluster of ``jobs`` or 2 workers) or tcp://HOST:PORT
    curation: Path | None = None  # the user's curation file (default: curation.tsv beside the inputs)

    def __post_init__(self) -> None:
        bad = [f for f in self.formats if f not in FORMATS]
        if bad or not self.formats:
            raise KgError(f"--format {','.join(self.formats)}: choose from {', '.join(FORMATS)} (comma-separated)")
        self.formats = ["ttl"] + [f for f in dict.fromkeys(self.formats) if f != "ttl"]
        if not 0.0 <= self.min_confidence <= 1.0:
            raise KgError(f"--min-confidence {self.min_confidence:g}: give a probability from 0 to 1")
        if self.jobs is not None and self.jobs < 1:
            raise KgError(f"--jobs {self.jobs}: give a number of processes, 1 or more")
        if self.dask is not None and self.dask != "local" and "://" not in self.dask:
            raise KgError(f"--dask {self.dask}: give local or a scheduler address such as tcp://10.0.0.5:8786")


def shared_dir(explicit: str | None = None) -> Path:
    """The shared data folder: ``explicit``, ``$SILAT_SHARED``, or ``shared/`` beside a source checkout."""
    if explicit:
        return Path(explicit)
    if os.environ.get(SHARED_ENV):
        return Path(os.environ[SHARED_ENV])
    beside_checkout = Path(__file__).resolve().parents[2] / "shared"
    if beside_checkout.is_dir():
        return beside_checkout
    raise KgError(f"no shared data folder: set {SHARED_ENV} or name the folder with the option")


def shared_path(option: str, value: str | None, default: str) -> Path:
    """An option's path: the value given, else ``default`` inside the shared data folder."""
    if value:
        return Path(value)
    try:
        return shared_dir() / default
    except KgError:
        raise KgError(f"{option}: not given, and no shared data folder (set {SHARED_ENV})") from None
