"""The stage contracts of the unit tier, again with the real Stanza model in the loop (new entities,
clitic-stripped mentions): extractions carry what they reference, and merging neither changes them
nor depends on their order."""

from __future__ import annotations

import copy

import pytest

from kg.pipeline.extract import extract
from kg.pipeline.ingest import read_documents
from tests.helpers import canonical, mention_breaches, merge_all, references
from tests.paths import DATA, SEEDS


@pytest.fixture(scope="module")
def extractions(stanza_resources):
    docs = read_documents([SEEDS, DATA / "wire"], lambda message: None, calendar=stanza_resources.calendar)
    return [extract(doc, stanza_resources) for doc in docs]


def test_every_referenced_entity_is_in_the_extraction(extractions):
    assert any(m.source == "stanza" for x in extractions for m in x.mentions), "Stanza found nothing: the test would prove nothing"
    for x in extractions:
        assert references(x) <= set(x.entities), x.document.id


def test_every_mention_fills_only_the_field_of_its_kind_and_points_into_the_text(extractions):
    for x in extractions:
        assert mention_breaches(x) == [], x.document.id


def test_merging_changes_no_extraction_and_ignores_their_order(extractions):
    before = copy.deepcopy(extractions)
    forward = merge_all(extractions)
    assert extractions == before
    assert canonical(forward) == canonical(merge_all(list(reversed(extractions))))
    assert extractions == before
