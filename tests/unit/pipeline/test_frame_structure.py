"""Argument structure around names: appositions set off by commas, quoted names after a class noun,
a coalition named by its leader. Sentences written for these tests, modelled on news phrasings."""

from __future__ import annotations

from tests.helpers import events, stances


def test_a_name_in_commas_after_a_title_is_its_holder_and_the_next_name_is_the_object(run):
    x = run("انتقد وزير الخارجية الإيراني، محمد جواد ظريف، الولايات المتحدة بشدة.")
    assert stances(x, "Opposition") == [("person/mohammad-javad-zarif", "country/US")]
    x = run("استقبل الرئيس المصري، عبد الفتاح السيسي، وزير الخارجية الروسي سيرغي لافروف في القاهرة.")
    assert [e.participants for e in events(x, "Visit")] == [["person/abdel-fattah-el-sisi", "person/sergey-lavrov"]]


def test_a_comma_and_a_conjunction_after_an_apposition_still_join_a_list(run):
    x = run("أدان الرئيس الفرنسي، إيمانويل ماكرون، والمستشارة الألمانية أنجيلا ميركل الهجوم على سوريا.")
    assert {actor for actor, _ in stances(x, "Opposition")} >= {"person/emmanuel-macron", "person/angela-merkel"}
