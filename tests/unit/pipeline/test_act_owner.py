"""A noun of deciding or intending before an act names its doer (step vn180, audit s39 n9/n43): «إثر قرار
الإدارة الأمريكية فرض رسوم جمركية على ...» is the administration's act, not the sentence's subject's; with a
possessive pronoun on the noun (قراره دعم قطر) the act's genitive is what it acts on (Frames.act_owner). A
modifier of an office between a title phrase and its holder's name (الرئيس الأمريكي الحالي دونالد ترامب) is in
the phrase, so the name is still a verbal noun's genitive (audit s39 n16)."""
from __future__ import annotations

from tests.helpers import opposes, typed_events


def test_the_decision_owner_imposes_the_tariffs_not_the_subject(resources):
    made = opposes("يجتمع وزراء مالية دول مجموعة السبع في كندا إثر قرار الإدارة الأمريكية فرض رسوم جمركية "
                   "على واردات الصلب من الاتحاد الأوروبي.", resources)
    assert ("org/g7", "org/eu") not in made
    assert ("country/US", "org/eu") in made


def test_a_named_owner_backs_the_genitive_of_the_act(resources):
    x = typed_events("وقالت روسيا إن قرار الولايات المتحدة دعم المعارضة السورية خطأ.", resources)
    assert ("Support", "country/US", "org/syrian-opposition") in x


def test_a_pronoun_on_the_owner_noun_is_the_subject_and_the_genitive_its_object(resources):
    x = typed_events("أعلن أردوغان قراره دعم قطر.", resources)
    assert ("Support", "person/recep-tayyip-erdogan", "country/QA") in x


def test_a_plain_verbal_noun_keeps_its_genitive_as_actor(resources):
    made = opposes("وأدانت روسيا الهجوم بعد شن إسرائيل غارات على سوريا.", resources)
    assert ("country/IL", "country/SY") in made


def test_a_modifier_inside_the_title_phrase_keeps_the_name_the_visitor(resources):
    x = typed_events("بدأت الشركة بجمع المعلومات في أعقاب زيارة الرئيس الأمريكي الحالي دونالد ترامب إلى إسرائيل.",
                     resources)
    assert ("Visit", "person/donald-trump", "country/IL") in x
