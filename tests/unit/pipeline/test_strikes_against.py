"""Strikes launched against a party (step opp169): «شن ... هجوما/غارات/ضربات ضد X» opposes X, as «على X»
does (opposition-71..73 take ضد among their markers; before, the longer «شن ... هجوم*» match won over
opposition-4000 «شن* ... ضد» and its على-only marker found no target)."""
from __future__ import annotations

from tests.helpers import opposes


def test_an_attack_launched_against_a_party_opposes_it(resources):
    made = opposes("شنت قوات الحكومة اليمنية هجوما واسعا ضد الحوثيين في المنطقة.", resources)
    assert ("org/yemen-government", "org/houthis") in made


def test_strikes_launched_against_a_party_oppose_it(resources):
    made = opposes("وتشن القوات الجوية العراقية ضربات جوية ضد مواقع لتنظيم داعش داخل الأراضي السورية.", resources)
    assert ("org/air-force-iq", "org/isis") in made
