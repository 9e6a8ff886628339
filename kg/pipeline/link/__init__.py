"""Linking: mentions to entities, surnames to full names, title phrases to offices (``linker``)."""

from kg.pipeline.link.linker import Linker, NameLists

__all__ = ["Linker", "NameLists"]
