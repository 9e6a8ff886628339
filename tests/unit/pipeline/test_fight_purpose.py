"""A party after a noun of fighting that a Support noun's ل introduces (دعم القوات الأمنية لدحر تنظيم الدولة) is the
one fought, never the one backed (prec167; grammar.tsv fight-purpose; kg/pipeline/rules/frames.py, Frames.object)."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_a_fight_purpose_names_no_backed_party(resources):
    made = _events("لعبت فصائل الحشد الشعبي دورا حاسما في دعم القوات الأمنية لدحر تنظيم الدولة الإسلامية.", resources)
    assert not any(t == "Support" and b == "org/isis" for t, _a, b in made)
    # a ل-party that is no fight's is still the one backed
    made = _events("أكدت روسيا دعمها لسوريا.", resources)
    assert ("Support", "country/RU", "country/SY") in made
