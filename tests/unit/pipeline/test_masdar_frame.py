"""The verbal-noun frame «noun + genitive actor + ل target» (اتهام موسكو لتل أبيب، مقاطعة الدول الأربع لقطر,
triggers.tsv opposition-10900..10910, support-10900; annotate._masdar_genitive and _marked_after), read through
the real gazetteer pipeline. Sentences written for these tests, modelled on news phrasings."""

from __future__ import annotations

from tests.helpers import stances


def test_a_verb_form_with_its_genitive_and_a_l_phrase_is_the_verbal_noun(run):
    # برفض: the noun the verb's letters also write; its genitive refuses, never the subject of رحبت
    x = run("ورحبت مصر برفض الاتحاد الأوروبي للقرار الإسرائيلي.")
    assert stances(x, "Opposition") == [("org/eu", "country/IL")]
    # أدانت مصر قصف التحالف: Egypt condemns the coalition, the coalition shells the sites in Syria
    x = run("وأدانت مصر قصف التحالف الدولي لمواقع في سوريا.")
    assert ("org/international-coalition", "country/SY") in stances(x, "Opposition")
    assert ("country/EG", "org/international-coalition") in stances(x, "Opposition")


def test_a_verbal_noun_with_its_genitive_actor_and_a_l_target(run):
    x = run("وجاء ذلك عقب اتهام موسكو لتل أبيب بأنها تسببت في إسقاط الطائرة.")
    assert stances(x, "Opposition") == [("country/RU", "country/IL")]
    # كل من before a list keeps the list the noun's genitive
    x = run("وتستمر مقاطعة كل من السعودية والإمارات والبحرين لقطر منذ يونيو.")
    assert sorted(stances(x, "Opposition")) == [("country/AE", "country/QA"), ("country/BH", "country/QA"),
                                                ("country/SA", "country/QA")]


def test_an_adjective_of_manner_may_stand_between_the_genitive_and_the_l_phrase(run):
    x = run("وأثار انتقاد كندا العلني للحملة السعودية غضب الرياض.")
    assert stances(x, "Opposition") == [("country/CA", "country/SA")]


def test_a_l_phrase_not_right_after_the_genitive_is_not_the_nouns(run):
    # a charge with ب after the genitive: Netanyahu is the one accused, the newspaper's state no target
    assert stances(run("تركز إحدى القضايا على اتهام نتنياهو بتوجيه طلب لناشر صحيفة إسرائيلية.")) == []
    # a participle after the genitive takes the ل: the agency belongs to the UN, no one funds it here
    x = run("وأكد المسؤولون قرار الولايات المتحدة وقف تمويل الأونروا التابعة للأمم المتحدة.")
    assert ("org/unrwa", "org/un") not in stances(x, "Support")


def test_a_party_past_the_charge_owns_no_l_noun(run):
    # the front is accused of receiving arms from Hezbollah: Rabat accuses the front, not Hezbollah
    x = run("ونفى ممثل الجبهة اتهام الرباط للجبهة بتلقي أسلحة من حزب الله.")
    assert ("country/MA", "org/hezbollah") not in stances(x, "Opposition")


def test_a_condemnation_noun_is_no_verb(run):
    # إدانة is written like أدانه once normalised: the noun's genitive condemns (false_friends.tsv)
    x = run("وجاءت إدانة فرنسا للهجوم الإسرائيلي على غزة سريعة.")
    assert stances(x, "Opposition") == [("country/FR", "country/IL")]
