"""«وقف/تقف/يقف إلى جانب X»: who stands by X supports X, in either word order; the party after «إلى جانب»
is the one sided with, never the actor, and a gap holding more than the subject is no such verb."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_verb_first_stands_by(resources):
    assert ("Support", "country/TR", "country/QA") in _events("وقفت تركيا إلى جانب قطر.", resources)
    assert ("Support", "country/JO", "country/SA") in _events("يقف الأردن بقوة إلى جانب السعودية.", resources)


def test_subject_first_still_stands_by(resources):
    assert ("Support", "country/IR", "country/SY") in _events(
        "إيران تقف إلى جانب الجمهورية العربية السورية منذ بداية الأزمة.", resources)


def test_a_ceasefire_is_no_stand(resources):
    made = _events("ودعت مصر إلى وقف إطلاق النار في سوريا إلى جانب روسيا.", resources)
    assert not any(t == "Support" for t, _, _ in made)
    # one word in the gap and no party there: the verbal noun «وقف» (stopping), not a stand (review of stand158)
    for text in ("طالبت مصر بوقف الهجوم إلى جانب السعودية.", "دعت روسيا إلى وقف القتال إلى جانب تركيا."):
        assert not any(t == "Support" for t, _, _ in _events(text, resources)), text
    assert ("Support", "country/TR", "country/QA") in _events("وقفت تركيا إلى جانب قطر.", resources)
