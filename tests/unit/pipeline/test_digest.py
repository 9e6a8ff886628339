"""Press reviews (في صحف اليوم، في جولة الصحف): an article that chains unrelated stories has no
principal pair, and its header's stories, joined by a comma and و, share no arguments
(kg/pipeline/rules/annotate.py: Context.digest, _stories)."""

from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document


def relations(resources, text: str) -> set[tuple[str, ...]]:
    doc = make_document(text, "t", "t", resources.calendar, published="2018-07-05T09:00:00Z")
    return {(e.type, *e.participants) for e in extract(doc, resources).events}


STORIES = "الرئيس الفرنسي إيمانويل ماكرون ينتقد روسيا، وإسرائيل تستعد لتظاهرات الفلسطينيين على حدود غزة."
PAIR = ("روسيا وإسرائيل تتبادلان الرسائل حول سوريا.\nوتقول صحيفة الحياة إن روسيا تحذر إسرائيل.\n"
        "وفي باريس اتفق البلدان على تعزيز التعاون الاقتصادي.")


def test_a_party_of_the_next_story_in_a_press_review_header_is_no_argument(resources):
    # in a plain report the comma and و join the list of what Macron criticises
    assert ("Opposition", "country/IL", "person/emmanuel-macron") in relations(resources, STORIES)
    found = relations(resources, "في صحف اليوم: " + STORIES)
    assert ("Opposition", "country/RU", "person/emmanuel-macron") in found
    assert ("Opposition", "country/IL", "person/emmanuel-macron") not in found


def test_a_press_review_has_no_principal_pair(resources):
    assert ("Cooperation", "country/IL", "country/RU") in relations(resources, PAIR)
    # only the warning its own sentence states (روسيا تحذر إسرائيل: Russia warns Israel); البلدان names no pair
    assert relations(resources, "في جولة الصحف: " + PAIR) == {("Opposition", "country/IL", "country/RU")}
