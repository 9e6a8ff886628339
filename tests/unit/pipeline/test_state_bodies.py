"""State bodies named by a head and a country's nisba (kg/data/state_bodies.tsv): one organisation per body
and country, through the real gazetteer and recognizer."""

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from tests.helpers import hand_mentions


def _names(resources, text):
    """(text, entity id, kind) of every gazetteer mention in ``text``."""
    doc = make_document(text, "t", "t", resources.calendar)
    return [(m.text, m.entity_id, m.kind) for m in resources.recognizer(doc, split_sentences(doc.text))]


def test_a_ministry_with_or_without_its_noun_is_one_state_body_of_its_country(resources, gazetteer):
    assert ("وزارة الخارجية الفرنسية", "org/mfa-fr", "name") in _names(resources, "أعربت وزارة الخارجية الفرنسية عن قلقها.")
    assert ("الخارجية الفرنسية", "org/mfa-fr", "name") in _names(resources, "وقالت الخارجية الفرنسية في بيان إن الوضع خطير.")
    row = gazetteer.rows["org/mfa-fr"]
    assert (row.type, row.role, row.country) == ("Organization", "state", "country/FR")


def test_the_head_agrees_with_the_nisba_in_gender(resources):
    assert ("الجيش المصري", "org/army-eg", "name") in _names(resources, "أعلن الجيش المصري مقتل مسلحين.")
    assert ("القوات المسلحة المصرية", "org/army-eg", "name") in _names(resources, "أعلنت القوات المسلحة المصرية مقتل مسلحين.")
    assert not any(i == "org/army-eg" for _, i, _ in _names(resources, "قالت الحكومة إن الجيش المصرية."))


def test_an_attributive_head_after_a_definite_noun_describes_that_noun(resources):
    names = _names(resources, "انتقد السياسة الخارجية الأمريكية في المنطقة.")
    assert not any(i == "org/mfa-us" for _, i, _ in names) and ("الأمريكية", "country/US", "nisba") in names
    # إلى starts like the article but is no noun: the ministry is named
    assert ("الخارجية الأمريكية", "org/mfa-us", "name") in _names(resources, "وجه رسالة إلى الخارجية الأمريكية.")


def test_an_office_head_names_the_office_after_an_office_word_or_before_the_body_it_presides(resources):
    assert ("الرئاسة التركية", "org/presidency-tr", "name") in _names(resources, "وقالت الرئاسة التركية إن الاتفاق تم.")
    for text in ("تدخلت روسيا في انتخابات الرئاسة الأمريكية.", "بحسب الرئاسة الهولندية للمجلس فإن الجلسة علنية."):
        assert not any((i or "").startswith("org/presidency") for _, i, _ in _names(resources, text))


def test_a_head_shared_by_two_nisbas_names_two_countries(resources):
    names = _names(resources, "نفذت القوات العراقية والأمريكية عملية مشتركة.")
    assert [i for _, i, _ in names] == ["country/IQ", "country/US"]


def test_a_curated_state_body_takes_the_generated_forms_and_a_party_keeps_its_name(resources, gazetteer):
    assert ("القوات الإسرائيلية", "org/idf", "name") in _names(resources, "اقتحمت القوات الإسرائيلية المخيم.")
    assert "org/army-il" not in gazetteer.rows
    assert ("القوات اللبنانية", "org/lebanese-forces", "name") in _names(resources, "فازت القوات اللبنانية بمقاعد.")
    assert ("الجيش اللبناني", "org/army-lb", "name") in _names(resources, "انتشر الجيش اللبناني في المدينة.")


def test_an_office_in_a_state_body_is_an_office_of_its_country(resources):
    text = "وقال المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي إن البيان مرفوض."
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(doc, sentences, [("PER", "بهرام قاسمي")])
    linked = resources.linker(doc, sentences, mentions)
    assert {(linked.entities[r.person].label_ar, r.organisation) for r in linked.roles} == {("بهرام قاسمي", "country/IR")}


def test_an_outlet_head_makes_a_news_outlet_of_its_country_that_takes_no_part(resources, gazetteer):
    assert ("التلفزيون الإيراني", "org/tv-ir", "name") in _names(resources, "وبث التلفزيون الإيراني صور المناورات.")
    row = gazetteer.rows["org/tv-ir"]
    assert (row.type, row.role, row.country) == ("Organization", "media", "country/IR")
    # a curated outlet keeps the form the head would make (التلفزيون السوري is org/syrian-tv)
    assert ("التلفزيون السوري", "org/syrian-tv", "name") in _names(resources, "وقال التلفزيون السوري إن الهجوم فشل.")


def test_a_body_that_is_no_organ_of_the_state_holds_no_office_of_it(resources, gazetteer):
    assert ("الخطوط الجوية القطرية", "org/airline-qa", "name") in _names(resources, "أعلنت الخطوط الجوية القطرية تعليق رحلاتها.")
    assert gazetteer.rows["org/airline-qa"].role == ""
    # the bare name stays the international movement; the nisba makes the national society
    assert ("الهلال الأحمر الإماراتي", "org/red-crescent-ae", "name") in _names(resources, "وزع الهلال الأحمر الإماراتي مساعدات.")
    assert ("الهلال الأحمر", "org/red-crescent", "name") in _names(resources, "وزع الهلال الأحمر مساعدات.")
