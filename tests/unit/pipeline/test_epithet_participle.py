"""An epithet of a named group (الانقلابية، المتمردة) may stand between the name and the participle that
qualifies it: «جماعة الحوثي المتمردة المدعومة من إيران» says Iran backs the Houthis, as it does without
the epithet; the epithet is no plain noun whose owner a verb's object could be."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_a_passive_participle_after_an_epithet_qualifies_the_name(resources):
    made = _events("سيطرت جماعة الحوثي المتمردة المدعومة من إيران على المدينة.", resources)
    assert ("Support", "country/IR", "org/houthis") in made


def test_an_adjective_participle_after_an_epithet_qualifies_the_name(resources):
    made = _events("هاجمت ميليشيا الحوثي الانقلابية الموالية لإيران مواقع الجيش.", resources)
    assert any(t == "Support" and {a, b} == {"org/houthis", "country/IR"} for t, a, b in made)
    assert not any(t == "Opposition" for t, _, _ in made)  # the army's posts, not Iran, are attacked


def test_only_the_name_before_the_epithet_is_qualified(resources):
    made = _events("حملت الحكومة اليمنية، ميليشيا الحوثي الانقلابية المدعومة من إيران المسؤولية.", resources)
    assert ("Support", "country/IR", "org/houthis") in made
    assert ("Support", "country/IR", "country/YE") not in made


def test_a_plural_is_the_noun_itself_not_an_epithet(resources):
    made = _events("اشتبكت القوات الأوكرانية والمتمردين المدعومين من روسيا.", resources)
    assert not any(t == "Support" and b == "country/UA" for t, _, b in made)
