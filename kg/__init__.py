"""Silat (صلات): Arabic news to a sourced knowledge graph of diplomatic relations."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("silat")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
