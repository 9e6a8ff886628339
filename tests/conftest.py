"""Fixtures both tiers share. Everything here is cheap: no Stanza model, no server, no browser.

The Stanza-built seeds (``seeds_build``/``seeds_graph``) are in ``tests/integration/conftest.py``;
the gazetteer-built seeds the unit tier draws on are in ``tests/unit/conftest.py``.
"""

from __future__ import annotations

import pytest

from tests.paths import DATA, ROOT, SEEDS, SHARED

__all__ = ["DATA", "ROOT", "SEEDS", "SHARED"]


@pytest.fixture(scope="session")
def resources():
    """Resources with the gazetteer recognizer only (what ``kg build --ner gazetteer`` loads), once per session.

    Tests only read them: the gazetteer, lexicon and calendar are passed down, never changed.
    """
    from kg.pipeline.resources import load_resources

    return load_resources("gazetteer")


@pytest.fixture(scope="session")
def gazetteer(resources):
    return resources.gazetteer


@pytest.fixture(scope="session")
def run(resources):
    """``run(text)``: the Extraction of one hand-written article through the real gazetteer pipeline."""
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    def run(text: str, doc_id: str = "t"):
        return extract(make_document(text, doc_id, doc_id, resources.calendar), resources)

    return run
