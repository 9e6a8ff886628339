"""The fast big-graph writer on the Stanza-built seeds graph.

The check of tests/unit/rdf/test_write.py, collected again on the Stanza-built seeds (see conftest.py);
TriG and the other writer checks are in tests/unit/test_build.py and tests/unit/rdf/test_write.py."""

from __future__ import annotations

from tests.unit.rdf.test_write import (  # noqa: F401  (collected again here, on the Stanza-built seeds)
    test_fast_writer_round_trips_and_is_deterministic,
)
