"""A meeting or call noun followed by بين names both its sides there (kg/pipeline/rules/frames.py:
Frames.between_pair): a party outside the بين phrase, such as the issuer of a statement about the meeting,
is none of them, and a pair whose second side is no entity gives no relation."""

from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document


def meetings(resources, text: str) -> list[list[str]]:
    doc = make_document(text, "t", "t", resources.calendar, published="2018-07-05T09:00:00Z")
    return [e.participants for e in extract(doc, resources).events if e.type == "Meeting"]


def test_the_issuer_of_a_statement_is_no_side_of_the_meeting_between_two_presidents(resources):
    found = meetings(resources, "وأشارت المنظمة إلى بيان الرئاسة الإسرائيلية، الذي صدر بعد اللقاء بين رئيس الوزراء، "
                                "بنيامين نتنياهو، ونظيرته الألمانية، أنجيلا ميركل في برلين.")
    assert found and all("org/presidency-il" not in parts for parts in found)
    assert all(len(parts) == 2 for parts in found)


def test_a_pair_after_between_with_one_named_side_is_not_completed_from_outside(resources):
    found = meetings(resources, "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ. وتتزامن زيارة لافروف مع "
                                "بدء اجتماع الأربعاء، بين وزير الخارجية الأميركي مايك بومبيو، ومسؤول كوري شمالي كبير.")
    assert ["person/mike-pompeo", "person/sergey-lavrov"] not in [sorted(p) for p in found]


def test_both_sides_named_after_between_still_meet(resources):
    found = meetings(resources, "عقدت جلسة مباحثات بين رئيس جنوب السودان سلفا كير ووزير الخارجية المصري سامح شكري في جوبا.")
    assert ["person/salva-kiir", "person/sameh-shoukry"] in [sorted(p) for p in found]
