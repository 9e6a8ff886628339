"""A place after a group of people (الميليشيات، الفصائل) only says where they are: «دعمها للميليشيات المسلحة
في لبنان وسوريا» backs the militias, not Lebanon or Syria."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_the_place_of_backed_militias_is_no_target(resources):
    made = _events("تندد الولايات المتحدة بدعم إيران للميليشيات الإيرانية في سوريا.", resources)
    assert ("Support", "country/IR", "country/SY") not in made
    assert ("Opposition", "country/US", "country/IR") in made


def test_a_list_of_places_after_the_militias_is_no_target_either(resources):
    made = _events("انتقد ترامب إيران بسبب دعمها للميليشيات المسلحة في لبنان وسوريا واليمن.", resources)
    assert not any(t == "Support" and a == "country/IR" for t, a, _ in made)


def test_the_forces_of_a_state_in_its_land_stay_its_own(resources):
    made = _events("أكدت روسيا دعمها للقوات الحكومية في سوريا.", resources)
    assert ("Support", "country/RU", "country/SY") in made
