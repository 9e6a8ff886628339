"""A fight noun with بين (معارك، اشتباكات، مواجهات بين X وY) makes the first side oppose the others,
never the clause's subject, and nothing in a match report."""
from __future__ import annotations

from tests.helpers import opposes as _opposes


def test_the_first_side_opposes_the_second(resources):
    made = _opposes("أعلنت السعودية أن معارك عنيفة دارت بين الجيش اليمني وميليشيات الحوثي في صعدة.", resources)
    assert ("org/army-ye", "org/houthis") in made
    assert not any(a == "country/SA" for a, _ in made)


def test_one_named_side_is_no_fight(resources):
    assert not _opposes("وقال الجيش اليمني إن مواجهات وقعت بين قواته وميليشيات الحوثي.", resources)


def test_a_match_is_no_fight(resources):
    assert not _opposes("شهدت المباراة مواجهات قوية بين منتخب مصر ومنتخب روسيا.", resources)


def test_allies_listed_on_one_side_are_no_fight(resources):
    made = _opposes("دارت مواجهات بين الجيش اليمني وألوية العمالقة والمقاومة التهامية من جهة، والحوثيين من جهة أخرى.",
                    resources)
    assert ("org/army-ye", "org/giants-brigades") not in made
