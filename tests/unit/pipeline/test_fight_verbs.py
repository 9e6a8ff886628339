"""Fighting a named party (محاربة، حارب، يحارب، تحارب) makes the fighter oppose it: the verb's subject, or
for the verbal noun the subject of its clause (تحالفا لمحاربة داعش); with no named party fought, nothing."""
from __future__ import annotations

from tests.helpers import opposes as _opposes


def test_the_clause_subject_fights_the_noun_object(resources):
    made = _opposes("أرسلت الولايات المتحدة قوات إلى العراق لمحاربة تنظيم داعش.", resources)
    assert ("country/US", "org/isis") in made


def test_a_fighting_verb_opposes_its_object(resources):
    assert ("country/RU", "org/isis") in _opposes("تحارب روسيا تنظيم داعش في سوريا.", resources)
    assert ("org/army-ye", "org/houthis") in _opposes("قال مسؤولون في الجيش اليمني الذي يحارب الحوثيين إن المعارك مستمرة.",
                                                      resources)


def test_fighting_terrorism_names_no_party(resources):
    assert not _opposes("أكدت مصر عزمها على محاربة الإرهاب.", resources)


def test_a_state_after_fi_is_where_the_fight_is_not_whom_it_is_against(resources):
    # the object is unnamed (terrorism): Syria only says where; a site noun keeps the strike convention
    assert not _opposes("روسيا تحارب الإرهاب في سوريا.", resources)
    assert not _opposes("أرسلت فرنسا قوات لمحاربة الإرهاب في مالي.", resources)
    assert ("country/IL", "country/SY") in _opposes("قصفت إسرائيل مواقع في سوريا.", resources)


def test_a_strike_written_with_a_fighting_row_opposes_the_state_it_hits(resources):
    # شنتها: the strikes are launched, not a fight; a site in a state is that state's (قاعدة, singular)
    made = _opposes("أدانت روسيا الغارات التي شنتها إسرائيل على قاعدة عسكرية في سوريا.", resources)
    assert ("country/IL", "country/SY") in made
    assert ("org/army-tr", "country/SY") in _opposes("وتحارب القوات التركية قاعدة في سوريا.", resources)
    assert not _opposes("روسيا تحارب الإرهاب في سوريا.", resources)
    # القاعدة is also al-Qaeda: no site, so the country after في is where the fight is
    assert not {("country/US", "country/YE")} & _opposes("تحارب الولايات المتحدة القاعدة في اليمن.", resources)
