"""Silat (صلات): Arabic news in, a sourced knowledge graph of diplomatic relations out."""

__version__ = "0.1.0"
