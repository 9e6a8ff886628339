"""Every trigger rule's example sentence (``kg/data/triggers.tsv``) is read by the real pipeline
(gazetteer recognizer) and must yield the relation the row expects, made by that very rule.

An expect's relation may name a modality, ``metWith/Negated`` or ``visited/Planned``: a rule whose
words only occur in denials or plans (لم يلتق، سيزور) is then checked on the event it reads, which
writes no shortcut edge. Without one the edge must be asserted.

Rules listed in ``rule_examples_pending.txt`` are known not to read their example yet; they are
marked strict xfail, so a rule that starts passing must be taken off the list. A ``#`` starts a
comment there, on its own line or after an id (the reason it is pending).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.contract.events import implied_edges
from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document
from kg.pipeline.rules.lexicon import Lexicon

PENDING = {line.split("#")[0].strip() for line in (Path(__file__).parent / "rule_examples_pending.txt")
           .read_text(encoding="utf-8").splitlines()} - {""}
RULES = sorted((r for r in Lexicon.load().triggers if r.expect), key=lambda r: r.line)


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.id, marks=pytest.mark.xfail(strict=True) if r.id in PENDING else ())
                                  for r in RULES])
def test_a_rule_reads_its_own_example(rule, resources):
    x = extract(make_document(rule.example, "t", "t", resources.calendar), resources)
    relation, subject, obj = rule.expect
    relation, _, modality = relation.partition("/")
    made = {(e, ev.modality) for ev in x.events if rule.id in ev.evidence[0].rule.split() for e in implied_edges(ev)}
    assert ((subject, relation, obj), modality or "Asserted") in made, f"kg/data/triggers.tsv:{rule.line}: {rule.example}"


def test_the_pending_list_names_only_rules_that_exist():
    assert PENDING <= {r.id for r in RULES}
