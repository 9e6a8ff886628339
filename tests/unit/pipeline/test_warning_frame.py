"""The warning frame (triggers.tsv mode ``warn``: حذر، حذرت، يحذر، تحذر، محذرا، محذرة, opposition-11300..11305;
annotate._warned) and the mutual war of words (mode ``mutual``: opposition-11306/11307), read through the real
gazetteer pipeline. Sentences written for these tests, modelled on news phrasings."""

from __future__ import annotations

from tests.helpers import stances


def test_the_one_warned_is_the_bare_party_after_the_subject(run):
    # VSO, a weekday between the subject and the one warned
    x = run("وحذر الرئيس الأمريكي دونالد ترامب الأربعاء روسيا من المضي في دعم النظام السوري.")
    assert ("person/donald-trump", "country/RU") in stances(x, "Opposition")
    # titles and commas around the subject
    x = run("حذر وزير الدفاع الأمريكي، جيمس ماتيس، سوريا، الأحد، من أن استخدام الغاز سيكون خطأ.")
    assert stances(x, "Opposition") == [("person/jim-mattis", "country/SY")]


def test_svo_the_party_right_after_the_verb_is_the_one_warned(run):
    # a name after من is never the verb's subject: Russia warns, Washington is warned
    assert stances(run("روسيا تحذر واشنطن من ضرب سوريا."), "Opposition") == [("country/RU", "country/US")]
    assert stances(run("روسيا حذرت الولايات المتحدة من التدخل."), "Opposition") == [("country/RU", "country/US")]


def test_a_clause_after_min_anna_holds_no_one_warned(run):
    assert stances(run("حذر وزير الخارجية الروسي سيرغي لافروف من أن الولايات المتحدة تسعى إلى تقويض الاتفاق."), "Opposition") == []
    assert stances(run("حذرت روسيا من أن إسرائيل ستدفع الثمن."), "Opposition") == []


def test_the_owner_of_the_noun_after_min_is_warned_against(run):
    # the nisba right on the noun after من: the act warned against is the United States'
    x = run("حذرت الصين من الاستفزازات الأمريكية في بحر الصين.")
    assert ("country/CN", "country/US") in stances(x, "Opposition")
    # a noun of welfare: the concern is for the Syrians, not against them
    assert stances(run("حذرت الأمم المتحدة من مصير المدنيين السوريين."), "Opposition") == []


def test_no_verb_no_outlet_no_split_title(run):
    # بحذر: cautiously, no warning verb
    assert stances(run("تعاملت الولايات المتحدة بحذر مع روسيا."), "Opposition") == []
    # an outlet's dateline before the verb warns no one, and the subject after the verb is not warned
    assert stances(run("(CNN)-- حذر رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، من أن إيران تسعى إلى السيطرة."),
                   "Opposition") == []


def test_a_circumstantial_warning_is_the_main_subjects(run):
    x = run("قال الرئيس الإيراني حسن روحاني إن بلاده ستواصل برنامجها، محذرا الولايات المتحدة من العواقب.")
    assert ("person/hassan-rouhani", "country/US") in stances(x, "Opposition")


def test_a_war_of_words_opposes_each_side_to_the_other(run):
    x = run("تصاعدت الحرب الكلامية بين إيران والسعودية.")
    assert sorted(stances(x, "Opposition")) == [("country/IR", "country/SA"), ("country/SA", "country/IR")]
