"""An attack noun right before a hostile verb, the cause of a killing before it, is the verb's subject (قتل 11 شخصا
بانفجار استهدف قافلة): no party earlier in the sentence stands in for the attacker (prec171; grammar.tsv attack;
kg/pipeline/rules/annotate.py, _unowned_attack)."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_an_unattributed_attack_has_no_attacker(resources):
    made = _events("لقي ثمانية صحفيين حتفهم، الإثنين، إثر تفجير انتحاري في العاصمة الأفغانية، كابل، في حين قتل 11"
                   " شخصا بانفجار استهدف قافلة للقوات الرومانية.", resources)
    assert not any(t == "Opposition" and b == "org/army-ro" for t, _a, b in made)
    made = _events("قال المرصد إن 14 مقاتلا، بينهم إيرانيون، قتلوا في ضربة استهدفت مطارا عسكريا تابعا للنظام السوري.",
                   resources)
    assert not any(t == "Opposition" and a == "country/IR" for t, a, _b in made)


def test_a_launched_or_owned_attack_keeps_its_attacker(resources):
    made = _events("وشنت مقاتلات التحالف العربي غارات استهدفت مواقع لميليشيات الحوثي.", resources)
    assert ("Opposition", "org/arab-coalition", "org/houthis") in made
    made = _events("وقالت الوزارة إن غارة إسرائيلية استهدفت مواقع لحماس في غزة.", resources)
    assert ("Opposition", "country/IL", "org/hamas") in made


def test_an_attack_whose_verb_or_killing_names_its_actor_keeps_it(resources):
    # review of step 24: the accuser right after the verb, or the killer named after the killing word, acts
    made = _events("وقتل 20 جنديا في هجوم اتهمت الحكومة الأفغانية حركة طالبان بتنفيذه.", resources)
    assert ("Opposition", "country/AF", "org/taliban") in made
    made = _events("وقتل الجيش الإسرائيلي فلسطينيين اثنين في قصف استهدف موقعا لحماس.", resources)
    assert ("Opposition", "org/idf", "org/hamas") in made
