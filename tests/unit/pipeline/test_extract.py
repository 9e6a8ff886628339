"""``extract``'s contract: an Extraction carries every entity it references, so merging needs nothing else."""

from __future__ import annotations

import pytest

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document, read_documents
from tests.helpers import mention_breaches, references, with_statistical_mentions
from tests.paths import DATA, SEEDS


@pytest.fixture(scope="module")
def extractions(resources):
    docs = list(read_documents([SEEDS, DATA / "wire"], lambda message: None, calendar=resources.calendar))
    return [extract(doc, resources) for doc in docs]


def test_every_referenced_entity_is_in_the_extraction(extractions):
    assert len(extractions) >= 20
    assert sum(len(x.events) for x in extractions) > 50 and sum(len(x.roles) for x in extractions) > 10
    for x in extractions:
        missing = references(x) - set(x.entities)
        assert not missing, (x.document.id, missing)
        assert all(ent.id == key for key, ent in x.entities.items())


def test_every_mention_fills_only_the_field_of_its_kind_and_points_into_the_text(extractions):
    assert {m.kind for x in extractions for m in x.mentions} == {"name", "nisba", "title", "group"}
    for x in extractions:
        assert mention_breaches(x) == [], x.document.id


def test_entities_reached_through_context_only_are_carried_too(extractions, resources):
    """A capital's country or a person's country enters an event without a mention of its own."""
    visit = "وصل وزير الخارجية الصيني وانغ يي إلى موسكو في زيارة رسمية، والتقى الرئيس فلاديمير بوتين."
    extractions = [*extractions, extract(make_document(visit, "visit", "visit", resources.calendar), resources)]
    mentioned = [{m.entity_id for m in x.mentions if m.is_entity} for x in extractions]
    reached = [references(x) - named for x, named in zip(extractions, mentioned)]
    assert any(reached), "no event refers to an unmentioned entity: the test would prove nothing"
    for x, extra in zip(extractions, reached):
        assert extra <= set(x.entities)


def test_new_entities_of_a_statistical_recognizer_are_carried(resources):
    text = "نيروبي 12 مارس 2024 (رويترز) - استقبل الرئيس الكيني ويليام روتو اليوم رئيس الوزراء الإثيوبي أبي أحمد في نيروبي."
    res = with_statistical_mentions(resources, [("PER", "ويليام روتو")])
    x = extract(make_document(text, "t", "t", res.calendar), res)
    new = [e for e in x.entities.values() if e.label_ar == "ويليام روتو"]
    assert len(new) == 1 and new[0].id not in resources.gazetteer.rows
    assert new[0].id in references(x)
    assert references(x) <= set(x.entities)


def test_a_new_place_is_written_only_as_an_argument(resources):
    text = "وقال المتحدث إن الوفد نزل في فندق الواحة الذهبية بعد وصوله."
    res = with_statistical_mentions(resources, [("LOC", "الواحة الذهبية")])
    x = extract(make_document(text, "t", "t", res.calendar), res)
    assert any(m.text == "الواحة الذهبية" and m.entity_id for m in x.mentions)  # still linked, for the rules
    assert not [e for e in x.entities.values() if e.type == "Place"]
