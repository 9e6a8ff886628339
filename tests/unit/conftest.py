"""The unit tier: records by hand and the cheap pure-Python stages; no Stanza model, server, browser
or ``kg`` subprocess on the seeds. ``python3 -m pytest -q tests/unit`` stays well under 30 s.

``gaz_seeds_build`` is the seeds built with the gazetteer recognizer (well under a second); unit
tests that need a whole graph read it instead of the Stanza-built one of the integration tier.
"""

from __future__ import annotations

import pytest

from tests.paths import SEEDS


@pytest.fixture(autouse=True)
def _no_stanza_model(monkeypatch):
    """A unit test that reaches for the Stanza model fails at once instead of quietly taking seconds."""
    from kg.pipeline.recognize import stanza_ner

    def refuse(self, *args, **kwargs):
        raise AssertionError("a unit test loads the Stanza model: use ner='gazetteer' or move it to tests/integration")

    monkeypatch.setattr(stanza_ner.StanzaRecognizer, "__init__", refuse)


@pytest.fixture(scope="session")
def gaz_seeds_build(tmp_path_factory):
    """The seeds built once with ``ner="gazetteer"``: (output folder, BuildResult); graph.ttl, graph.nt and graph.html."""
    from kg.builder import BuildConfig, run_build

    out = tmp_path_factory.mktemp("gaz-seeds")
    result = run_build(BuildConfig([SEEDS], out, ner="gazetteer", formats=["ttl", "nt"], quiet=True))
    return out, result


@pytest.fixture(scope="session")
def gaz_seeds_graph(gaz_seeds_build):
    from kg.rdf.query import load_graph

    return load_graph(gaz_seeds_build[0] / "graph.ttl")
