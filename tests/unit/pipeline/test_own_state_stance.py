"""An official acts for the state he holds office in, never for or against it as a second side
(annotate._own_state_stance, own133): a stance read between a person and his own state is a misread
argument. Sentences written for these tests, modelled on news phrasings."""

from __future__ import annotations

from tests.helpers import stances


def test_an_official_does_not_oppose_his_own_state(run):
    # the state is inside what he rejects (the claims about Russia), not his target
    x = run("ورفض وزير الخارجية الروسي سيرغي لافروف، الجمعة، مزاعم تورط روسيا كدعاية.")
    assert ("person/sergey-lavrov", "country/RU") not in stances(x, "Opposition")
    # the state is the object of the threat he makes (withdrawal of the United States)
    x = run("لكن الرئيس الأمريكي دونالد ترامب، هدد بانسحاب الولايات المتحدة من هذا الاتفاق.")
    assert ("person/donald-trump", "country/US") not in stances(x, "Opposition")


def test_his_stance_on_another_state_stands(run):
    x = run("وانتقد وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة.")
    assert ("person/sergey-lavrov", "country/US") in stances(x, "Opposition")


def test_a_states_own_forces_do_not_oppose_it(run):
    # generic136: the capital in the attacked place is no second side of the state's own forces
    x = run("شنت قوات النظام السوري هجوما على غوطة دمشق الشرقية المحاصرة.")
    assert ("org/army-sy", "country/SY") not in stances(x, "Opposition")
    x = run("قصفت إسرائيل مواقع عسكرية لقوات النظام السوري في ريف القنيطرة.")
    assert ("country/IL", "org/army-sy") in stances(x, "Opposition")
