"""Refusing to stop, suspend or end an act (grammar.tsv kind own-act: وقف، تعليق، إنهاء، إلغاء) keeps the act going:
the party of the act is no one the refuser opposes (an audit found such refusals read as opposition)."""
from __future__ import annotations

from tests.helpers import opposes


def test_refusing_to_stop_arming_a_state_opposes_it_not(resources):
    made = opposes("ويرفض الرئيس الأمريكي دونالد ترامب وقف تسليح السعودية.", resources)
    assert ("person/donald-trump", "country/SA") not in made


def test_refusing_to_end_support_opposes_no_one(resources):
    assert not opposes("ورفض مجلس الشيوخ الأمريكي إنهاء دعم السعودية في حرب اليمن.", resources)


def test_refusing_a_state_s_act_still_opposes_it(resources):
    made = opposes("ورفض الرئيس الأمريكي دونالد ترامب تدخل روسيا في الانتخابات.", resources)
    assert ("person/donald-trump", "country/RU") in made
