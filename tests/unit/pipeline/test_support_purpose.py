"""The support of a purpose clause («لدعم X»، «من أجل دعم X») acts on the party right after it, and its actor is
the clause's subject; a word that owns the ل (grammar.tsv for-owner), a ل-party after the genitive or a second bare
party before it leave the reading out (kg/pipeline/rules/annotate.py, _purpose_support and _purpose_actor)."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def _supports(text: str, resources) -> set[tuple[str | None, str | None]]:
    return {(a, b) for t, a, b in _events(text, resources) if t == "Support"}


def test_the_genitive_of_a_purpose_support_is_the_one_backed(resources):
    made = _supports("أرسلت تركيا جنودا إلى الدوحة لدعم قطر.", resources)
    assert ("country/TR", "country/QA") in made
    assert ("country/QA", "country/TR") not in made


def test_for_the_sake_of_is_a_purpose_and_postpones_nothing(resources):
    made = _events("أرسلت تركيا جنودا إلى الدوحة من أجل دعم قطر.", resources)
    assert ("Support", "country/TR", "country/QA") in made


def test_an_owned_for_is_no_purpose(resources):
    # نظرا، نتيجة own the ل: the genitive backs the ل-party, never the clause's subject
    made = _supports("فرضت واشنطن عقوبات على طهران نظرا لدعم إيران للحوثيين.", resources)
    assert ("country/IR", "org/houthis") in made
    assert ("country/US", "country/IR") not in made
    # no ل-party after the genitive: only the owner word stops the purpose reading
    assert ("country/US", "country/IR") not in _supports("فرضت واشنطن عقوبات جديدة نظرا لدعم إيران.", resources)
    assert ("country/SA", "country/QA") not in _supports("قطعت السعودية علاقاتها مع قطر نتيجة لدعم الدوحة للإرهاب.",
                                                        resources)


def test_thanks_for_support_keep_the_supporter(resources):
    made = _supports("أعرب الرئيس السوري بشار الأسد عن تقديره لدعم روسيا لسوريا.", resources)
    assert ("country/RU", "country/SY") in made
    assert not any(b == "country/RU" and a != "person/bashar-al-assad" for a, b in made)
    made = _supports("أعربت قطر عن امتنانها لدعم تركيا.", resources)
    assert ("country/QA", "country/TR") not in made


def test_a_genitive_then_a_for_party_is_the_supporter(resources):
    made = _supports("أرسلت روسيا وفدا إلى دمشق لدعم إيران للحوثيين.", resources)
    assert ("country/RU", "country/IR") not in made


def test_a_dateline_is_no_party(resources):
    # the dateline's place (a capital, read as its state) is no second party before the purpose
    made = _supports("الرياض، السعودية (CNN)-- أرسلت السعودية قوات إلى اليمن لدعم قطر.", resources)
    assert ("country/SA", "country/QA") in made


def test_a_second_party_before_it_is_the_one_who_acts(resources):
    made = _supports("اتهمت السعودية إيران بإرسال أسلحة لدعم الحوثيين.", resources)
    assert ("country/SA", "org/houthis") not in made


def test_a_peoples_nisba_is_backed(resources):
    made = _supports("قدمت السعودية مساعدات لدعم الشعب اليمني.", resources)
    assert ("country/SA", "country/YE") in made


def test_a_nisba_between_names_another_actor(resources):
    made = _supports("وأشار المرصد السوري لحقوق الإنسان إلى عدم تدخل الطائرات الحربية الروسية لدعم الجيش السوري هناك.",
                     resources)
    assert not any(b == "org/army-sy" and a != "country/RU" for a, b in made)


def test_a_dateline_alone_is_no_actor(resources):
    made = _supports("الرياض، السعودية (CNN)-- أرسلت قوات إضافية إلى اليمن لدعم قطر.", resources)
    assert ("country/SA", "country/QA") not in made


def test_a_call_a_refusal_a_threat_a_conference_or_a_plan_is_no_support_done(resources):
    # the support belongs to those called on, is refused, threatened, a gathering's aim or still to come
    for text in ("دعت فرنسا المجتمع الدولي لدعم لبنان.",
                 "ورفضت ألمانيا إرسال قوات لدعم فرنسا في مالي.",
                 "وهددت إيران بإرسال قوات لدعم سوريا.",
                 "تستضيف بلجيكا مؤتمر المانحين لدعم سوريا.",
                 "سترسل تركيا قوات إضافية إلى الدوحة لدعم قطر."):
        assert not any(t == "Support" and a in ("country/FR", "country/DE", "country/IR", "country/BE", "country/TR")
                       for t, a, _b in _events(text, resources)), text


def test_for_the_sake_of_after_and_postpones_nothing(resources):
    # ومن أجل: a glued و before من changes nothing; the meeting after it is held, not postponed
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    text = "ومن أجل ذلك التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين."
    meetings = [e for e in extract(make_document(text, "t", "t", resources.calendar), resources).events if e.type == "Meeting"]
    assert meetings and all(e.modality == "Asserted" for e in meetings)
