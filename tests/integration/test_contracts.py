"""The stage contracts of the unit tier, again with the real Stanza model in the loop (new entities,
clitic-stripped mentions): extractions carry what they reference, and merging neither changes them
nor depends on their order."""

from __future__ import annotations

import copy

import pytest

from kg.pipeline.extract import extract
from kg.pipeline.ingest import read_documents
from tests.helpers import canonical, mention_breaches, merge_all, references
from tests.paths import DATA, SEEDS, SHARED


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


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="needs the shared corpus")
def test_real_articles_in_reverse_order_give_the_same_turtle(stanza_resources, tmp_path):
    """Real news spells one unknown name several ways (الأحمر/الاحمر): which spelling labels it must not
    depend on which article came first."""
    import gzip
    import json

    from kg.rdf.write import serialize, to_rdf

    corpus = tmp_path / "slice.jsonl"
    with gzip.open(next((SHARED / "corpus").glob("*.jsonl.gz")), "rt", encoding="utf-8") as fh, \
            open(corpus, "w", encoding="utf-8") as out:
        kept = 0
        for line in fh:
            if kept < 300 and json.loads(line).get("category") in ("internationalNews", "middleEast"):
                out.write(line)
                kept += 1
    docs = list(read_documents([corpus], lambda message: None, calendar=stanza_resources.calendar))
    extractions = [extract(doc, stanza_resources) for doc in docs]
    forward = serialize(to_rdf(merge_all(extractions)), "ttl")
    assert forward == serialize(to_rdf(merge_all(extractions[::-1])), "ttl")
