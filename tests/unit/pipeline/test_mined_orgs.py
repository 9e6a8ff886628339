"""Organisations mined from the corpus by frequency (kg/data/curated.tsv, rows whose source says
«orgs4 mining»): named groups that the statistical recognizer does not tag, so only the gazetteer
finds them, as whole names, through the real recognizer."""

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document


def _names(resources, text):
    doc = make_document(text, "t", "t", resources.calendar)
    return [(m.text, m.entity_id) for m in resources.recognizer(doc, split_sentences(doc.text))]


def test_a_group_named_with_a_state_nisba_is_the_group_not_the_state(resources):
    names = _names(resources, "وسيطرت المعارضة السورية على البلدة.")
    assert ("المعارضة السورية", "org/syrian-opposition") in names
    assert not any(i == "country/SY" for _, i in names)


def test_a_coalition_named_without_a_proper_noun_is_one_organisation(resources):
    assert ("التحالف الدولي", "org/international-coalition") in _names(resources, "شن التحالف الدولي غارات على مواقع التنظيم.")


def test_every_spelling_of_a_mined_group_is_the_one_organisation(resources):
    for text in ("تبنت كتائب القسام العملية.", "تبنت كتائب عز الدين القسام العملية."):
        assert any(i == "org/qassam-brigades" for _, i in _names(resources, text))
    for text in ("هاجم تنظيم ولاية سيناء الحاجز.", "هاجمت جماعة أنصار بيت المقدس الحاجز."):
        assert any(i == "org/wilayat-sinai" for _, i in _names(resources, text))


def test_a_news_outlet_named_inside_a_longer_outlet_name_is_the_longer_one(resources, gazetteer):
    assert ("شبكة سي إن بي سي", "org/cnbc") in _names(resources, "وقال في مقابلة مع شبكة سي إن بي سي إن الاتفاق قريب.")
    assert ("شبكة إن بي سي", "org/nbc") in _names(resources, "وقال في مقابلة مع شبكة إن بي سي إن الاتفاق قريب.")
    assert gazetteer.rows["org/cnbc"].role == "media"
