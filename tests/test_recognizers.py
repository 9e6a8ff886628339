import pytest

from kg.errors import ModelError
from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from kg.pipeline.recognize import make_recognizer
from kg.pipeline.recognize.stanza_ner import find_model


def recognize(text):
    rec, _ = make_recognizer("gazetteer")
    doc = make_document(text, "t", "t")
    return doc, rec(doc, split_sentences(text))


def test_gazetteer_recognizer_strips_clitics_and_keeps_offsets():
    doc, ms = recognize("التقى ولافروف بموسكو مع وزير لأوكرانيا والصين وسيرجي لافروف للأمم المتحدة.")
    by_id = {m.entity_id: m for m in ms}
    assert doc.text[by_id["place/moscow"].start:by_id["place/moscow"].end] == "موسكو"
    assert doc.text[by_id["country/UA"].start:by_id["country/UA"].end] == "أوكرانيا"
    assert doc.text[by_id["country/CN"].start:by_id["country/CN"].end] == "الصين"
    assert by_id["person/sergey-lavrov"].text == "سيرجي لافروف"
    assert by_id["org/un"].text == "الأمم المتحدة"


def test_longest_match_wins():
    _, ms = recognize("قال أمين مجلس الأمن نيكولاي باتروشيف")
    assert [m.entity_id for m in ms] == ["SecurityCouncilSecretary", "person/nikolai-patrushev"]


def test_stanza_without_a_model_fails_with_one_line_naming_where_it_looked(tmp_path):
    with pytest.raises(ModelError) as exc:
        make_recognizer("stanza", tmp_path)
    assert str(tmp_path) in str(exc.value) and "\n" not in str(exc.value)


def test_auto_falls_back_to_the_gazetteer_and_says_so(tmp_path):
    rec, note = make_recognizer("auto", tmp_path)
    assert rec.name == "gazetteer" and "gazetteer only" in note


def test_corrupt_stanza_model_is_a_one_line_error(tmp_path):
    (tmp_path / "ar" / "ner").mkdir(parents=True)
    (tmp_path / "ar" / "ner" / "broken.pt").write_bytes(b"not a torch file")
    assert find_model(tmp_path, required=True).ner.name == "broken.pt"
    with pytest.raises(ModelError) as exc:
        make_recognizer("stanza", tmp_path)
    assert "broken.pt" in str(exc.value) and "\n" not in str(exc.value)
