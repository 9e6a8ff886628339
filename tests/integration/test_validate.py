"""The contract's SHACL shapes accept the Stanza-built seeds' graph and catch each kind of breach; the CLI in a subprocess.

The checks of tests/unit/rdf/test_validate.py, collected again on the Stanza-built seeds (see conftest.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.paths import ROOT
from tests.unit.rdf.test_validate import (  # noqa: F401  (collected again here, on the Stanza-built seeds)
    test_each_breach_of_the_contract_is_reported,
    test_kg_validate_exit_codes,
    test_the_seeds_graph_conforms,
)


def test_cli_exit_codes(seeds_build, tmp_path):
    ok = subprocess.run([sys.executable, "-m", "kg", "validate", str(seeds_build[0] / "graph.ttl")],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "0 SHACL violations" in ok.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://w3id.org/silat/id/event/x> a <https://w3id.org/silat/ontology#Meeting> .\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "validate", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and "Violation" in r.stdout
