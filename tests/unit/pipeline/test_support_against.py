"""The party after «ضد» is the one a backed side is set against, never the one backed: «تدعم تركيا قوات
المعارضة ضد قوات النظام السوري» backs no Syrian army (kg/pipeline/rules/frames.py, Frames.object)."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_the_party_after_against_is_not_backed(resources):
    made = _events("تدعم تركيا قوات المعارضة ضد قوات الرئيس السوري بشار الأسد.", resources)
    assert not any(t == "Support" and g in ("person/bashar-al-assad", "country/SY") for t, _, g in made)


def test_the_owner_of_a_side_after_against_is_not_backed(resources):
    made = _events("تخوض قوات التحالف العربي معاركها لدعم قوات الشرعية في حربها ضد ميليشيات الحوثي التابعة لإيران.",
                   resources)
    assert not any(t == "Support" and g == "country/IR" for t, _, g in made)


def test_the_backed_party_before_against_stays(resources):
    made = _events("تدعم إيران الحوثيين ضد السعودية.", resources)
    assert ("Support", "country/IR", "org/houthis") in made
    assert ("Support", "country/IR", "country/SA") not in made
