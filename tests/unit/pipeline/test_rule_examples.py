"""Every trigger rule's example sentence (``kg/data/triggers.tsv``) is read by the real pipeline
(gazetteer recognizer) and must yield the relation the row expects, made by that very rule.

Rules listed in ``rule_examples_pending.txt`` are known not to read their example yet; they are
marked strict xfail, so a rule that starts passing must be taken off the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.contract.events import shortcut_edges
from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document
from kg.pipeline.rules.lexicon import Lexicon

PENDING = {line.strip() for line in (Path(__file__).parent / "rule_examples_pending.txt").read_text(encoding="utf-8")
           .splitlines() if line.strip() and not line.startswith("#")}
RULES = sorted((r for r in Lexicon.load().triggers if r.expect), key=lambda r: r.line)


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.id, marks=pytest.mark.xfail(strict=True) if r.id in PENDING else ())
                                  for r in RULES])
def test_a_rule_reads_its_own_example(rule, resources):
    x = extract(make_document(rule.example, "t", "t", resources.calendar), resources)
    made = {e for ev in x.events if rule.id in ev.evidence[0].rule.split() for e in shortcut_edges(ev, ev.modality)}
    relation, subject, obj = rule.expect
    assert (subject, relation, obj) in made, f"kg/data/triggers.tsv:{rule.line}: {rule.example}"


def test_the_pending_list_names_only_rules_that_exist():
    assert PENDING <= {r.id for r in RULES}
