"""A sentence that opens with a verb and names no subject takes the subject of the sentence before
(kg/pipeline/rules/annotate.py: _carried_into), and a co-actor phrase joins parties to the subject
(kg/pipeline/rules/frames.py: Frames.with_co_actors)."""

from __future__ import annotations

import pytest

from kg.lang.ar.clitics import verb_agreement
from kg.lang.ar.normalize import normalize
from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document

JUBEIR = "قال وزير الخارجية السعودي عادل الجبير إن بلاده تدعم الحكومة اليمنية."
ACCUSES = ("Opposition", "country/IR", "person/adel-al-jubeir")


def events(resources, text: str) -> list:
    doc = make_document(text, "t", "t", resources.calendar, published="2018-07-05T09:00:00Z")
    return extract(doc, resources).events


def relations(resources, text: str) -> set[tuple[str, ...]]:
    return {(e.type, *e.participants) for e in events(resources, text)}


@pytest.mark.parametrize(("form", "stem", "expected"), [
    ("اتهمت", "اتهم", "f"), ("اتهم", "اتهم", "m"), ("اتهموا", "اتهم", "pl"), ("اتهمته", "اتهم", "f"),
    ("قالت", None, "f"), ("اضاف", None, "m"), ("تلقي", "تلقي", None), ("يدعم", "يدعم", "m"),
])
def test_verb_agreement_reads_the_letters_after_the_stem(form, stem, expected):
    assert verb_agreement(normalize(form), normalize(stem) if stem else None) == expected


def test_a_masculine_verb_with_no_subject_takes_the_speaker_of_the_sentence_before(resources):
    found = [e for e in events(resources, JUBEIR + " واتهم إيران بدعم الإرهاب.") if e.type == "Opposition"]
    assert [(e.actor, e.target) for e in found] == [("person/adel-al-jubeir", "country/IR")]
    assert found[0].features.carried
    # a wire story's next paragraph that opens with و goes on from it, and so does one with كما or قد
    assert ACCUSES in relations(resources, JUBEIR + "\nواتهم إيران بدعم الإرهاب.")
    assert ACCUSES in relations(resources, JUBEIR + "\nكما اتهم إيران بدعم الإرهاب.")
    assert ACCUSES in relations(resources, JUBEIR + " وقد اتهم إيران بدعم الإرهاب.")


def test_a_party_inside_the_charge_is_never_the_one_accused(resources):
    # the charge's nisba (الأمريكية) is no target: the one accused stands before the charge, and with the
    # subject carried over the bare party is the one accused, not the accuser
    text = JUBEIR + " واتهم إيران بالتدخل في الانتخابات الأمريكية."
    found = [(e.actor, e.target) for e in events(resources, text) if e.type == "Opposition"]
    assert found == [("person/adel-al-jubeir", "country/IR")]
    # a named accuser with the accused right after it: the charge's parties stay out of it
    found = [(e.actor, e.target) for e in events(resources, "اتهمت إيران السعودية بدعم الحوثيين في اليمن.")
             if e.type == "Opposition"]
    assert found == [("country/IR", "country/SA")]
    # no one named before the charge: no target from inside it (الوزير is unnamed)
    assert not any(e.type == "Opposition" for e in events(resources, "واتهم الوزير روسيا بدعم الحوثيين."))


def test_a_feminine_verb_takes_a_state_and_a_preposition_may_follow_the_verb(resources):
    text = "قال الرئيس الروسي فلاديمير بوتين إن بلاده تريد السلام. وأشاد بالجهود الأوروبية."
    assert ("Support", "org/eu", "person/vladimir-putin") in relations(resources, text)
    # the feminine verb does not agree with a man: nothing is carried
    assert not any(e.type == "Support" for e in events(resources, text.replace("وأشاد", "وأشادت")))


@pytest.mark.parametrize("text", [
    JUBEIR + "\nاتهم إيران بدعم الإرهاب.",  # a new paragraph with no و: a new statement
    JUBEIR + "\n\nواتهم إيران بدعم الإرهاب.",  # a blank line: a new section
    "قال الجبير: \"إن بلاده تدعم الحكومة اليمنية. واتهم إيران بدعم الإرهاب.",  # inside an open quote
    JUBEIR + " وقال مسؤول إن إيران تدعم الإرهاب.",  # the verb's own unnamed subject
])
def test_nothing_is_carried_across_a_break_or_into_a_named_subject(resources, text):
    assert not any(e.features.carried for e in events(resources, text))


def test_a_co_actor_phrase_after_a_comma_joins_the_subject(resources):
    found = relations(resources, "أدانت فرنسا، إلى جانب ألمانيا، الهجوم الروسي على أوكرانيا.")
    assert {("Opposition", "country/FR", "country/RU"), ("Opposition", "country/DE", "country/RU")} <= found
    # with no comma before it, إلى جانب says whose side a party is on: no co-actor
    found = relations(resources, "وقفت مصر إلى جانب السعودية ودعمت الحكومة اليمنية.")
    assert ("Support", "country/SA", "country/YE") not in found


def test_a_talk_in_a_fronted_phrase_is_held_by_the_subject_after_the_comma(resources):
    found = relations(resources, "وفي اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين، أكد أردوغان أهمية التعاون.")
    assert ("PhoneCall", "person/recep-tayyip-erdogan", "person/vladimir-putin") in found
    found = relations(resources, "وخلال لقائه مع الرئيس الفرنسي إيمانويل ماكرون، أكد الرئيس المصري عبد الفتاح السيسي "
                                 "دعم مصر للسلام.")
    assert ("Meeting", "person/abdel-fattah-el-sisi", "person/emmanuel-macron") in found
    # an outlet called for an interview takes part in nothing
    assert not relations(resources, "وفي اتصال مع قناة الجزيرة، قال أردوغان إن الوضع جيد.")


def test_a_verb_after_a_comma_and_an_opener_shares_the_subject_of_the_clause_before(resources):
    # «، كما رفضت» opens a coordinated clause (kg/pipeline/rules/clauses.py: _after_joint): its subject is
    # the Assembly, never Israel, the object of the clause before
    text = "تبنت الجمعية العامة للأمم المتحدة قرارا يدين إسرائيل، كما رفضت إدخال تعديل اقترحته واشنطن."
    found = {(e.actor, e.target) for e in events(resources, text) if e.type == "Opposition"}
    assert ("country/IL", "country/US") not in found
    assert ("org/unga", "country/US") in found
    # a subject named after the verb is its own (Egypt rejects, not Saudi Arabia)
    found = relations(resources, "أدانت السعودية الهجوم على اليمن، كما رفضت مصر القرار الإيراني.")
    assert ("Opposition", "country/EG", "country/IR") in found
    assert ("Opposition", "country/EG", "country/SA") not in found
    # «، قد» after a subject set off by commas is a past perfect, no new clause (the review's find)
    text = "وكانت المستشارة الألمانية، أنغيلا ميركل، قد انتقدت روسيا."
    assert ("person/angela-merkel", "country/RU") in {(e.actor, e.target) for e in events(resources, text)}
    # «، وقد» still joins (the second review's find)
    text = "تبنت الجمعية العامة للأمم المتحدة قرارا يدين إسرائيل، وقد رفضت إدخال تعديل اقترحته واشنطن."
    found = {(e.actor, e.target) for e in events(resources, text) if e.type == "Opposition"}
    assert ("org/unga", "country/US") in found and ("country/IL", "country/US") not in found


def test_a_masculine_verb_before_a_bare_state_shares_the_subject_of_the_clause_before(resources):
    # a state's name is feminine, so it cannot be the subject of a masculine verb (kg/pipeline/rules/frames.py:
    # Frames._unagreeing_subject): the coordinated verb keeps the man of the clause before, the state is its object
    found = {(e.type, e.actor, e.target) for e in events(resources, "قام ماكرون برحلات دولية، كما زار مؤخرا الهند.")}
    assert ("Visit", "person/emmanuel-macron", "country/IN") in found
    found = {(e.type, e.actor, e.target) for e in events(resources, "وصل ماكرون إلى بكين، وزار أستراليا.")}
    assert ("Visit", "person/emmanuel-macron", "country/AU") in found
    found = {(e.actor, e.target) for e in events(resources, "التقى ماكرون نظيره الأمريكي دونالد ترامب، وانتقد إيران.")
             if e.type == "Opposition"}
    assert found == {("person/emmanuel-macron", "country/IR")}
    # a feminine verb agrees with the state after it: that state is its own subject
    found = {(e.actor, e.target) for e in events(resources, "أشاد ماكرون بالتعاون مع ألمانيا، كما انتقدت روسيا أوكرانيا.")
             if e.type == "Opposition"}
    assert found == {("country/RU", "country/UA")}
    # a masculine state name (grammar masculine-name: العراق، الكرملين) may be the masculine verb's own subject
    found = {(e.actor, e.target) for e in events(resources, "أشاد ماكرون بالتعاون مع ألمانيا، وانتقد العراق إيران.")
             if e.type == "Opposition"}
    assert found == {("country/IQ", "country/IR")}


def test_a_row_that_writes_a_feminine_verb_whole_is_feminine(resources):
    # حذرت is a trigger row of its own: its ت says feminine, so the state after it is its subject, never the object
    # of a man carried from the sentence before (the second review's find)
    text = "وقال ترامب إن الاتفاق سيئ. وحذرت روسيا الولايات المتحدة من الانسحاب."
    found = {(e.actor, e.target) for e in events(resources, text) if e.type == "Opposition"}
    assert ("country/RU", "country/US") in found and ("person/donald-trump", "country/RU") not in found
