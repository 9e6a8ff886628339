"""rdflib and Oxigraph answer every named query identically on the Stanza-built seeds; the CLI in a subprocess.

The checks of tests/unit/rdf/test_engines.py, collected again on the Stanza-built seeds (see conftest.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.paths import ROOT
from tests.unit.rdf.test_engines import (  # noqa: F401  (collected again here, on the Stanza-built seeds)
    engines,
    test_a_hostile_parameter_is_a_value_on_both_engines,
    test_an_iri_parameter_cannot_break_out_of_its_term,
    test_auto_picks_oxigraph_only_above_the_measured_size,
    test_every_named_query_gives_identical_rows_on_both_engines,
    test_kg_query_engine_flag_and_one_line_errors,
)


def test_cli_engine_flag_and_one_line_errors(seeds_build):
    graph = str(seeds_build[0] / "graph.ttl")
    outs = []
    for engine in ("rdflib", "oxigraph"):
        r = subprocess.run([sys.executable, "-m", "kg", "query", graph, "meetings", "--engine", engine, "--format", "csv"],
                           capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
        bad = subprocess.run([sys.executable, "-m", "kg", "query", graph, "SELECT nonsense WHERE {", "--engine", engine],
                             capture_output=True, text=True, cwd=ROOT)
        assert bad.returncode != 0 and "malformed SPARQL" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    assert outs[0] == outs[1] and outs[0].count("\n") > 5
