"""A verb's bare object is never the agent of a passive participle on its subject: in «هاجمت جماعة
الحوثي المدعومة من إيران السعودية» Iran backs the Houthis and Saudi Arabia is the one attacked."""
from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document


def _stances(text: str, resources) -> set[tuple[str, str | None, str | None]]:
    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    return {(e.type, e.actor, e.target) for e in x.events}


def test_the_object_comes_after_the_passive_agent(resources):
    made = _stances("هاجمت جماعة الحوثي المدعومة من إيران السعودية.", resources)
    assert ("Opposition", "org/houthis", "country/SA") in made
    assert ("Opposition", "org/houthis", "country/IR") not in made
    assert ("Support", "country/IR", "org/houthis") in made


def test_no_object_when_only_the_agent_follows(resources):
    made = _stances("هاجم مقاتلو الحوثيين المدعومين من إيران مدينة الحديدة.", resources)
    assert not any(t == "Opposition" for t, _, _ in made)
