"""Pressure on a party (opposition-16810..16815) and judging verbs with an object pronoun in a relative
clause (opposition-16800..16805): «الضغط على إيران» opposes Iran, «حماس التي تعتبرها إسرائيل حركة إرهابية»
is Israel against Hamas."""
from __future__ import annotations

from tests.helpers import opposes


def _modalities(text: str, resources) -> set[tuple[str, str | None, str | None, str]]:
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    return {(e.type, e.actor, e.target, e.modality) for e in x.events}


def test_the_pronoun_of_a_judging_verb_stands_for_the_noun_before_the_relative(resources):
    made = opposes("وشارك في الاجتماع ممثل عن حزب الله الذي تصنفه الولايات المتحدة منظمة إرهابية.", resources)
    assert ("country/US", "org/hezbollah") in made


def test_a_relative_judgement_without_a_bad_verdict_opposes_no_one(resources):
    assert not opposes("وزار الرئيس السوري روسيا التي تعتبرها دمشق حليفا استراتيجيا.", resources)


def test_a_judging_pronoun_outside_a_relative_clause_has_no_target(resources):
    assert not opposes("وتعتبرها الولايات المتحدة منظمة إرهابية.", resources)


def test_pressure_on_a_party_opposes_it(resources):
    assert ("country/IR", "country/IQ") in opposes("ومارست طهران ضغوطا على بغداد حتى تضفي الطابع القانوني على عمل الميليشيات.", resources)


def test_a_party_past_another_preposition_is_not_the_one_pressed(resources):
    made = opposes("ويشعر الأوروبيون بالاستياء من قرار واشنطن الانسحاب من الاتفاق والضغط على شركاتهم لتخرج من إيران.", resources)
    assert ("country/US", "country/IR") not in made


def test_urging_a_party_to_press_is_a_requested_act(resources):
    made = _modalities("وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة، نيكي هايلي، قد حثت موسكو على الضغط على الحكومة السورية.",
                       resources)
    assert ("Opposition", "country/US", "country/SY", "Planned") in made
    assert ("Opposition", "country/US", "country/SY", "Asserted") not in made


def test_pressure_eased_is_no_pressure_on_the_party(resources):
    # review of opp168: «بتخفيف الضغط» made Trump and Moon oppose North Korea; «لن تخفف ضغوطها» a denied pressure
    assert not opposes("ويخشى مراقبون أن يتم إقناع ترامب بتخفيف الضغط على بيونغ يانغ إذا وعد كيم بوقف التجارب.", resources)
    assert not opposes("وأعلن مايك بنس أن الولايات المتحدة لن تخفف ضغوطها على كوريا الشمالية.", resources)
    assert ("country/IR", "country/IQ") in opposes("ومارست طهران ضغوطا على بغداد حتى تضفي الطابع القانوني على عمل الميليشيات.", resources)


def test_a_word_that_begins_a_trigger_is_no_cue_under_a_glued_preposition(resources):
    # review of opp168: «وبحث» read as و + ب + «حث ... على» made the coordination after it requested (wire w10)
    made = _modalities("وبحث الرئيس الفرنسي إيمانويل ماكرون مع المستشارة الألمانية أنجيلا ميركل على هامش قمة مجموعة العشرين "
                       "الملف الإيراني.", resources)
    assert made and all(m == "Asserted" for *_, m in made)


def test_pressure_wished_for_is_not_asserted(resources):
    # prec171: a wish (readiness) to press is no pressure brought to bear
    made = _modalities("وتريد تركيا الضغط على الولايات المتحدة لتوافق على تسليم المعارض.", resources)
    assert ("Opposition", "country/TR", "country/US", "Asserted") not in made
    made = _modalities("وتمارس تركيا ضغوطا على الولايات المتحدة.", resources)
    assert ("Opposition", "country/TR", "country/US", "Asserted") in made
