"""An expulsion of envoys (طرد* ... دبلوماسي*) is aimed at the state whose envoys they are, named by the nisba
after them: that state is the target, never the actor (the genitive a gapped verb row otherwise reads as
its actor). A party there that is no state leaves it unsaid whose envoys they are, and makes nothing."""
from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document


def _opposes(text: str, resources) -> set[tuple[str | None, str | None]]:
    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    return {(e.actor, e.target) for e in x.events if e.type == "Opposition"}


def test_the_expelling_state_opposes_the_envoys_state(resources):
    assert _opposes("طردت بريطانيا 23 دبلوماسيا روسيا.", resources) == {("country/GB", "country/RU")}


def test_an_expulsion_noun_after_a_decision_has_the_deciding_subject(resources):
    assert ("country/RU", "country/GB") in _opposes("قررت روسيا طرد 23 دبلوماسيا بريطانيا.", resources)


def test_envoys_of_no_named_state_make_nothing(resources):
    assert not _opposes("طردت ألمانيا 4 دبلوماسيين روس.", resources)
