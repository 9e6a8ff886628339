"""Silat (صلات): Arabic news to a sourced knowledge graph of diplomatic relations.

The Python API is :func:`build` and :func:`load` (``kg/api.py``); they import the pipeline only when
called, so ``import kg`` (and with it the ``kg`` command) stays fast.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from kg.api import Graph

try:
    __version__ = version("silat")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"


def build(inputs: str | Path | list[str | Path], out: str | Path, **options: Any) -> Graph:
    """Build a graph from articles into the folder ``out`` and load it (see :func:`kg.api.build`)."""
    from kg.api import build as run

    return run(inputs, out, **options)


def load(path: str | Path, engine: str = "auto") -> Graph:
    """Load a graph file or build folder: ``.query()``, ``.events()``, ``.to_networkx()`` (see :class:`kg.api.Graph`)."""
    from kg.api import load as run

    return run(path, engine)
