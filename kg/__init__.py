"""Silat (صلات): Arabic news to a sourced knowledge graph of diplomatic relations.

The Python API is :func:`build` and :func:`load` (``kg/api.py``); they import the pipeline only when
called, so ``import kg`` (and with it the ``kg`` command) stays fast.
"""

from __future__ import annotations

import sys
import types
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


class _Package(types.ModuleType):
    """``kg.build`` names both the API function and the module ``kg/build.py``. Importing a submodule
    sets it as an attribute of its package, which would replace the function as soon as anything ran
    a build; here the function keeps the name. The module stays importable as usual
    (``from kg.build import run_build``, through ``sys.modules``)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "build" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
