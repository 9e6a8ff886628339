"""A host verb whose object is a crowd of people or a number (grammar.tsv kind crowd: لاجئ، مهاجر، مليون) makes no
visit: a state that takes in migrants or refugees receives no guest (an audit found 8 such corpus events)."""
from __future__ import annotations

from tests.helpers import typed_events


def visits(text: str, resources) -> set[tuple[str | None, str | None]]:
    return {(a, b) for t, a, b in typed_events(text, resources) if t == "Visit"}


def test_a_state_that_took_in_migrants_hosts_no_visitor(resources):
    assert not visits("وقالت كولومبيا، التي استقبلت أكثر من مليون مهاجر فنزويلي، إنها تحتاج إلى مساعدة.", resources)


def test_refugees_received_make_no_visit(resources):
    assert not visits("وكان لبنان في استقبال أكثر من مليون لاجئ سوري منذ بداية الحرب.", resources)


def test_a_guest_received_is_still_a_visitor(resources):
    made = visits("استقبل الملك سلمان بن عبد العزيز الرئيس الأمريكي دونالد ترامب في الرياض.", resources)
    assert ("person/donald-trump", "country/SA") in made


def test_a_visiting_guest_or_a_name_like_a_number_is_no_crowd(resources):
    # الوزير الزائر is the guest himself; ألفا كوندي is a name, not «two thousand» (the review's finds)
    made = visits("استقبل الرئيس السيسي في القاهرة الوزير الزائر سيرجي لافروف.", resources)
    assert ("person/sergey-lavrov", "country/EG") in made
    made = visits("استقبل الرئيس السيسي في القاهرة الرئيس ألفا كوندي رئيس غينيا.", resources)
    assert any(g == "country/EG" for _v, g in made)
