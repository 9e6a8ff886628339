"""«الجانبان» / «الطرفان» after a meeting or call with two parties names those two parties, whatever
pair the article names most (kg/pipeline/rules/annotate.py: Context.latest_talks)."""

from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document


def cooperation(resources, text: str) -> set[tuple[str, ...]]:
    doc = make_document(text, "t", "t", resources.calendar, published="2018-07-05T09:00:00Z")
    return {tuple(sorted(e.participants)) for e in extract(doc, resources).events if e.type == "Cooperation"}


def test_the_two_sides_are_the_parties_of_the_latest_call(resources):
    text = ("أجرى ولي العهد السعودي محمد بن سلمان اتصالا هاتفيا مع وزير الخارجية الروسي سيرغي لافروف. "
            "واتفق الطرفان على تعزيز التعاون.")
    assert cooperation(resources, text) == {("person/mohammed-bin-salman", "person/sergey-lavrov")}


def test_the_latest_meeting_not_the_article_pair(resources):
    text = ("قال وزير الخارجية الأمريكي مايك بومبيو إن واشنطن تدعم العراق. وأضاف مايك بومبيو أن الحل سياسي. "
            "والتقى ولي العهد السعودي محمد بن سلمان وزير الخارجية الروسي سيرغي لافروف في الرياض. "
            "واتفق الجانبان على تعزيز التعاون.")
    assert cooperation(resources, text) == {("person/mohammed-bin-salman", "person/sergey-lavrov")}
