"""A lawsuit against a party (دعوى قضائية ضد) makes the one who files it oppose every party after ضد; backing
written with one word between the noun and من (بدعم جوي من، بإسناد ومشاركة من) is support as بدعم من is: a lone
`*` in a triggers.tsv pattern stands for exactly one word."""
from __future__ import annotations

from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document
from tests.helpers import opposes


def _supports(text: str, resources) -> set[tuple[str | None, str | None]]:
    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    return {(e.actor, e.target) for e in x.events if e.type == "Support"}


def test_a_lawsuit_opposes_each_party_it_is_filed_against(resources):
    made = opposes("رفعت قطر دعوى قضائية ضد السعودية والإمارات أمام محكمة العدل الدولية.", resources)
    assert {("country/QA", "country/SA"), ("country/QA", "country/AE")} <= made


def test_a_lawsuit_with_no_filer_named_opposes_no_one(resources):
    assert not opposes("رفعت دعوى قضائية ضد السعودية أمام محكمة في نيويورك.", resources)


def test_one_word_between_the_backing_noun_and_min_is_still_backing(resources):
    assert ("org/arab-coalition", "org/army-ye") in _supports(
        "تقدم الجيش اليمني بدعم جوي من التحالف العربي.", resources)
    assert ("org/arab-coalition", "org/army-ye") in _supports(
        "سيطر الجيش اليمني على المدينة بإسناد ومشاركة من التحالف العربي.", resources)


def test_the_lone_star_is_one_word_not_two(resources):
    # two words between: no row reads it (the gap is no `...`)
    assert not _supports("تقدم الجيش اليمني بدعم جوي كثيف من التحالف العربي.", resources)


def test_the_indefinite_wildcard_takes_no_definite_object(resources):
    # «بدعم المسلحين من سوريا»: the definite word is what is backed, من a place, not the backer
    assert not _supports("اتهمت روسيا الولايات المتحدة بدعم المسلحين من سوريا.", resources)


def test_backing_right_after_an_accusation_is_its_charge(resources):
    # the accused party and then the charge with ب: the backing is alleged, no support of Syria's
    assert not _supports("اتهمت روسيا الولايات المتحدة بدعم مسلحين من سوريا.", resources)
    # with no accusation before it the backing stands
    assert ("org/arab-coalition", "org/army-ye") in _supports(
        "وقال مسؤول إن الجيش اليمني تقدم بدعم جوي من التحالف العربي.", resources)
