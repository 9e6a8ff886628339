"""The support of a purpose clause («لدعم X»، «من أجل دعم X») acts on the party right after it, and its actor is
the one who does what the clause serves (kg/pipeline/rules/annotate.py, _stance)."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_the_genitive_of_a_purpose_support_is_the_one_backed(resources):
    made = _events("أرسلت تركيا جنودا إلى الدوحة لدعم قطر.", resources)
    assert ("Support", "country/TR", "country/QA") in made
    assert ("Support", "country/QA", "country/TR") not in made


def test_a_second_party_before_it_is_the_one_who_acts(resources):
    made = _events("اتهمت السعودية إيران بإرسال أسلحة لدعم الحوثيين.", resources)
    assert ("Support", "country/SA", "org/houthis") not in made


def test_a_later_party_after_a_plain_noun_is_not_backed(resources):
    made = _events("وتأمل فرنسا في إنشاء ميزانية مشتركة لدعم الاستثمار، أو إنشاء منصب وزير مالية للاتحاد الأوروبي.",
                   resources)
    assert not any(t == "Support" for t, _, _ in made)


def test_a_states_nisba_on_a_plain_noun_is_not_backed(resources):
    made = _events("رفع البنك المركزي سعر الفائدة في محاولة لدعم العملة التركية.", resources)
    assert not any(t == "Support" and g == "country/TR" for t, _, g in made)


def test_a_states_government_is_backed(resources):
    made = _events("تتدخل السعودية عسكريا في اليمن لدعم الحكومة اليمنية.", resources)
    assert ("Support", "country/SA", "country/YE") in made
