from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The seeds built once with the real pipeline and default recognizers (shipped Stanza model + gazetteer)."""
    from kg.build import BuildConfig, run_build

    out = tmp_path_factory.mktemp("seeds-out")
    result = run_build(BuildConfig([SEEDS], out, ner="auto", quiet=True))
    return out, result


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    from kg.rdf.query import load_graph

    return load_graph(seeds_build[0] / "graph.ttl")
