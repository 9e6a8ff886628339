"""«His country» (بلاده) as the subject of a reported verb is the reporter's own state acting: the
verb's actor is the reporter, named in the sentence or carried from the sentence before
(kg/pipeline/rules/frames.py: Frames._own_state_before; kg/data/grammar.tsv kind own-state)."""

from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document

MET = "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي مايك بومبيو في الرياض."


def stances(resources, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = make_document(text, "t", "t", resources.calendar, published="2018-07-05T09:00:00Z")
    return {(e.type, e.actor, e.target) for e in extract(doc, resources).events
            if e.type in ("Support", "Opposition") and e.modality == "Asserted"}


def test_his_country_before_a_reported_verb_is_the_speakers_state(resources):
    text = "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترفض العقوبات الأمريكية."
    assert stances(resources, text) == {("Opposition", "person/sergey-lavrov", "country/US")}


def test_the_name_after_the_verb_is_its_object_not_its_subject(resources):
    text = "قال ولي العهد السعودي محمد بن سلمان إن بلاده تدعم العراق."
    assert stances(resources, text) == {("Support", "person/mohammed-bin-salman", "country/IQ")}


def test_a_speaker_carried_from_the_sentence_before(resources):
    assert stances(resources, MET + " وقال إن بلاده تدعم العراق.") == {
        ("Support", "person/adel-al-jubeir", "country/IQ")}


def test_no_speaker_no_stance(resources):
    # a new paragraph with no و starts a new statement: no speaker to carry, so no actor
    assert not stances(resources, MET + "\n\nوقال إن بلاده تدعم العراق.")


def test_his_country_meeting_is_the_states_not_the_speakers(resources):
    # a meeting (or visit, call, signing) of «his country» has the state, not the speaker, as its party
    doc = make_document("صرح أردوغان بأن بلاده تلتقي مع روسيا في الرؤية.", "t", "t", resources.calendar,
                        published="2018-07-05T09:00:00Z")
    met = {tuple(sorted(e.participants)) for e in extract(doc, resources).events if e.type == "Meeting"}
    assert ("country/RU", "person/recep-tayyip-erdogan") not in met
    # the stance of «his country» stays the speaker's
    assert stances(resources, "قال أردوغان إن بلاده تدعم قطر.") == {
        ("Support", "person/recep-tayyip-erdogan", "country/QA")}
