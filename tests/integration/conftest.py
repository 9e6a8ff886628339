"""The integration tier: the real Stanza model, the Oxigraph server, Chromium, NER training, the CLI end to end.

Every test collected under this folder carries the ``integration`` marker (added here, so none can
be forgotten): ``pytest -m "not integration"`` or ``pytest tests/unit`` runs the fast tier alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import SEEDS

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    # a conftest's collection hook sees every item of the session, so pick this folder's own
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The seeds built once with the real pipeline and default recognizers (shipped Stanza model + gazetteer)."""
    from kg.builder import BuildConfig, run_build

    out = tmp_path_factory.mktemp("seeds-out")
    result = run_build(BuildConfig([SEEDS], out, ner="auto", quiet=True))
    return out, result


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    from kg.rdf.query import load_graph

    return load_graph(seeds_build[0] / "graph.ttl")


@pytest.fixture(scope="session")
def stanza_resources():
    """Resources with the shipped Stanza model (plus the gazetteer), loaded once for the session;
    ``stanza`` rather than ``auto``, so a missing model fails here instead of quietly testing the gazetteer."""
    from kg.pipeline.resources import load_resources

    return load_resources("stanza")


# Unit tests re-collected by an integration module (``from tests.unit... import test_x``) run on the
# seeds built with the real Stanza model: its graph is richer (people no gazetteer lists), and the
# default build must pass the same checks. These names shadow the unit tier's gazetteer-built seeds.
@pytest.fixture(scope="session")
def gaz_seeds_build(seeds_build):
    return seeds_build


@pytest.fixture(scope="session")
def gaz_seeds_graph(seeds_graph):
    return seeds_graph
