"""A name the writer put in quotation marks after an organisation noun is the whole quoted run
(span_cues.tsv kind ``quoted``): the recognizer's cut inside the quotes is no name of its own."""

from __future__ import annotations

import pytest

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from tests.helpers import hand_mentions


def _names(resources, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The linked name mentions (text, entity type) of hand-placed recognizer spans (label, surface)."""
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    linked = resources.linker(doc, sentences, hand_mentions(doc, sentences, spans))
    return [(m.text, linked.entities[m.entity_id].type) for m in linked.mentions if m.kind == "name" and m.entity_id]


@pytest.mark.parametrize(("text", "spans", "name"), [
    # the recognizer stops before a word with the article and tags the rest apart
    ('وقالت منظمة "إس أو إس المتوسط" إن السفينة رست في الميناء.', [("ORG", "إس أو"), ("MISC", "إس المتوسط")],
     "إس أو إس المتوسط"),
    ('ويطالب أنصار حزب "الفجر الذهبي" بإغلاق الحدود.', [("ORG", "الفجر")], "الفجر الذهبي"),
    # a piece tagged as a person is part of the organisation's name, no second entity
    ('ونقل المصابون إلى مستشفى "تورونتو ساني بروك" القريب.', [("ORG", "تورونتو"), ("PER", "ساني بروك")],
     "تورونتو ساني بروك"),
    ('وذكر باحثون في موقع "إن كي ليدرشيب ووتش" أن التغيير كبير.', [("PER", "كي ليدرشيب")], "إن كي ليدرشيب ووتش"),
])
def test_a_span_in_quotes_after_an_organisation_noun_is_the_whole_quoted_name(resources, text, spans, name):
    assert _names(resources, text, spans) == [(name, "Organization")]


def test_quotes_without_an_organisation_noun_before_them_grow_no_span(resources):
    # اسم is no organisation noun: the quoted run may be any phrase (an operation's name, a slogan)
    names = _names(resources, 'وأطلق على العملية اسم "النصر الذهبي" أمس.', [("ORG", "النصر")])
    assert [text for text, _ in names] in ([], ["النصر"])


def test_a_place_tagged_in_quotes_after_an_organisation_noun_stays_a_place(resources):
    # موقع is a website and a site: the recognizer's place there is the site
    doc = make_document('ويقع موقع "بونغي ري" في منطقة جبلية.', "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    linked = resources.linker(doc, sentences, hand_mentions(doc, sentences, [("LOC", "بونغي ري")]))
    assert [m.label for m in linked.mentions if m.kind == "name" and m.text == "بونغي ري"] == ["LOC"]
