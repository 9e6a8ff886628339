"""Epithets by which Arab outlets name a party (ent183; kg/data/curated.tsv; kg/pipeline/link/linker.py _epithets):
«الدولة العبرية» and «نظام الملالي» always name one state (aliases); the coup epithets of the Yemeni war name the
Houthis in an article that names them or Yemen, and nobody elsewhere (Turkey's 2016 coup plotters)."""
from __future__ import annotations

import pytest

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from tests.helpers import typed_events as _events


def _linked(resources, text):
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    return resources.linker(doc, sentences, resources.recognizer(doc, sentences))


@pytest.mark.parametrize("text,surface,expected", [
    ("وشنت الدولة العبرية غارات على مواقع في سوريا.", "الدولة العبرية", "country/IL"),
    ("ودعا البيان إلى محاسبة الكيان الصهيوني على جرائمه.", "الكيان الصهيوني", "country/IL"),
    ("وتظاهر المحتجون ضد سياسات نظام الملالي في طهران.", "نظام الملالي", "country/IR"),
])
def test_a_context_free_epithet_is_its_states_alias(resources, text, surface, expected):
    linked = _linked(resources, text)
    assert [m.entity_id for m in linked.mentions if m.text == surface] == [expected]


@pytest.mark.parametrize("text,surface,expected", [
    # the article names Yemen or the Houthis: the coup forces are the Houthis
    ("واتهمت الحكومة اليمنية الانقلابيين بعرقلة جهود السلام.", "الانقلابيين", "org/houthis"),
    ("وتقدمت القوات في الحديدة على حساب ميليشيات الحوثي. وفر الانقلابيون من المطار.", "الانقلابيون", "org/houthis"),
    ("وقصفت الميليشيات الانقلابية الأحياء السكنية في تعز اليمنية.", "الميليشيات الانقلابية", "org/houthis"),
    ("وأسرت القوات اليمنية عددا من عناصر ميليشيات الانقلاب.", "ميليشيات الانقلاب", "org/houthis"),
    # a Turkish story names neither: Turkey's coup plotters, nobody
    ("وطاردت السلطات التركية الانقلابيين ومناصريهم.", "الانقلابيين", None),
    ("وقال المتحدث إن الانقلابيين سيحاكمون.", "الانقلابيين", None),  # no context at all
])
def test_a_coup_epithet_names_the_houthis_only_where_the_article_names_them_or_yemen(resources, text, surface, expected):
    linked = _linked(resources, text)
    assert [m.entity_id for m in linked.mentions if m.text == surface] == ([expected] if expected else [])
    assert not any(m.kind == "group" for m in linked.mentions)


def test_an_event_on_an_epithet_reaches_the_party_it_names(resources):
    made = _events("واتهمت الحكومة اليمنية الانقلابيين بعرقلة جهود السلام.", resources)
    assert any(t == "Opposition" and b == "org/houthis" for t, _a, b in made)
    made = _events("وشنت الدولة العبرية غارات على مواقع في سوريا.", resources)
    assert ("Opposition", "country/IL", "country/SY") in made
