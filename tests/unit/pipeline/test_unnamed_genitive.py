"""A verbal noun whose own genitive names no party (step vn175): «شن الغرب ضربات»، «استهداف الطيران مواقع»: the
genitive is the noun's actor, so no party further back in the clause takes the slot (Frames.unnamed_genitive)."""
from __future__ import annotations

from tests.helpers import opposes, typed_events


def test_a_gapped_verb_row_read_as_its_noun_keeps_an_unnamed_genitive_as_actor(resources):
    made = opposes("وأدانت روسيا الهجوم بعد شن الغرب ضربات على سوريا.", resources)
    assert ("country/RU", "country/SY") not in made


def test_a_named_genitive_still_acts(resources):
    made = opposes("وأدانت روسيا الهجوم بعد شن إسرائيل غارات على سوريا.", resources)
    assert ("country/IL", "country/SY") in made


def test_the_light_verb_subject_still_acts(resources):
    made = opposes("وقامت إسرائيل بشن غارات على سوريا.", resources)
    assert ("country/IL", "country/SY") in made


def test_an_adjective_on_a_noun_with_a_pronoun_is_no_genitive(resources):
    x = typed_events("وأعلنت البحرين دعمها الكامل للسعودية.", resources)
    assert ("Support", "country/BH", "country/SA") in x
