"""The linker's contract: typed, frozen mentions in; new mentions out, the input never touched."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from kg.records import Linked
from tests.helpers import hand_mentions

TEXT = "قال وزير الخارجية الصيني وانغ يي إن الجانبين اتفقا، وزار الرئيس الروسي فلاديمير بوتين بكين."


def _recognized(resources, text):
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    return doc, sentences, resources.recognizer(doc, sentences)


def test_the_linker_never_changes_its_input_mentions(resources):
    doc, sentences, mentions = _recognized(resources, TEXT)
    stanza = hand_mentions(doc, sentences, [("PER", "وانغ يي")])  # unlinked, as Stanza gives them
    given = mentions + stanza
    before, objects = copy.deepcopy(given), list(given)
    doc_before, sentences_before = copy.deepcopy(doc), copy.deepcopy(sentences)
    linked = resources.linker(doc, sentences, given)
    assert isinstance(linked, Linked)
    assert given == before and all(a is b for a, b in zip(given, objects)) and len(given) == len(objects)
    assert doc == doc_before and sentences == sentences_before
    assert linked.mentions is not given
    assert stanza[0].entity_id is None  # the statistical mention stays unlinked ...
    assert "person/wang-yi" in {m.entity_id for m in linked.mentions if m.source == "stanza"}  # ... its copy is linked


def test_mentions_are_frozen(resources):
    _, _, mentions = _recognized(resources, TEXT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mentions[0].entity_id = "country/XX"


def test_titles_refer_through_role_groups_through_group_names_through_entity_id(resources):
    doc, sentences, mentions = _recognized(resources, TEXT)
    linked = resources.linker(doc, sentences, mentions)
    titles = [m for m in linked.mentions if m.kind == "title"]
    groups = [m for m in linked.mentions if m.kind == "group"]
    assert [(m.text, m.role) for m in titles] == [("وزير الخارجية", "ForeignMinister"), ("الرئيس", "HeadOfState")]
    assert all(m.entity_id is None and m.group is None and not m.is_entity for m in titles)
    assert [(m.text, m.group) for m in groups] == [("الجانبين", "pair")]
    assert all(m.entity_id is None and m.role is None and not m.is_entity for m in groups)
    names = [m for m in linked.mentions if m.kind in ("name", "nisba")]
    assert names and all(m.entity_id and m.role is None and m.group is None for m in names)
    # every entity a mention names is in the linker's entities
    assert {m.entity_id for m in linked.mentions if m.is_entity} <= set(linked.entities)


def _arguments(resources, doc, sentences, linked, index=0):
    """The entity arguments the rule layer sees in one sentence (what events are built from)."""
    from kg.pipeline.rules.annotate import Context, sentence_args

    ctx = Context(doc, sentences, linked, resources.gazetteer, resources.lexicon, resources.calendar)
    return [a.entity for a in sentence_args(ctx, sentences[index])]


@pytest.mark.parametrize("text,nisbas,people", [
    ("التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرجي لافروف في موسكو.", ["الصيني", "الروسي"],
     ["person/sergey-lavrov", "person/wang-yi"]),
    # a second nisba + name sharing the title: والصيني follows a name, so only in_title keeps it out
    ("التقى الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ في موسكو.", ["الروسي", "الصيني"],
     ["person/vladimir-putin", "person/xi-jinping"]),
])
def test_a_nisba_absorbed_into_a_title_is_marked_and_is_no_argument(resources, run, text, nisbas, people):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    absorbed = [m for m in linked.mentions if m.kind == "nisba"]
    assert [(m.text, m.in_title) for m in absorbed] == [(n, True) for n in nisbas]
    assert not any(m.in_title for m in mentions)  # the recognizer's own nisbas are untouched
    assert sorted(r.person for r in linked.roles) == people
    args = _arguments(resources, doc, sentences, linked)
    assert sorted(a for a in args if a.startswith("person/")) == people
    assert not any(a.startswith("country/") for a in args), args
    meetings = [e for e in run(text).events if e.type == "Meeting"]
    assert [e.participants for e in meetings] == [people]


def test_a_nisba_outside_a_title_stays_an_argument(resources):
    doc, sentences, mentions = _recognized(resources, "أكد الجانب الصيني دعمه.")
    linked = resources.linker(doc, sentences, mentions)
    assert [(m.entity_id, m.in_title) for m in linked.mentions if m.kind == "nisba"] == [("country/CN", False)]


@pytest.mark.parametrize("text,surface,expected", [
    # «المملكة» alone is the one kingdom the article names
    ("أعادت السعودية سفيرها إلى برلين. وقالت المملكة إنها ترفض التدخل.", "المملكة", "country/SA"),
    ("تستضيف الأردن اللاجئين. وتتحمل المملكة عبء استضافتهم.", "المملكة", "country/JO"),
    ("زار الوزير الأردن وبريطانيا. وقالت المملكة إنها ترفض.", "المملكة", None),  # two kingdoms named: nobody
    ("أعادت السعودية سفيرها. وكانت المملكة الحجازية قائمة.", "المملكة", None),  # a longer name
    # «الديوان الملكي» alone is the court of that one kingdom
    ("قال المستشار في الديوان الملكي المشرف على المركز إن السعودية تدعم اليمن.", "الديوان الملكي", "org/royal-court-sa"),
    ("أعلن الديوان الملكي أن الملك استقبل رئيس وزراء الأردن.", "الديوان الملكي", "org/royal-court-jo"),
    ("أعلن الديوان الملكي أن ملك الأردن زار المغرب.", "الديوان الملكي", None),  # two kingdoms named: nobody
    ("أعلن الديوان الملكي وفاة الأمير.", "الديوان الملكي", None),  # no kingdom named
])
def test_a_bare_royal_body_is_that_of_the_one_kingdom_the_article_names(resources, text, surface, expected):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    bare = [m for m in linked.mentions if m.text.endswith(surface)]
    assert [m.entity_id for m in bare] == ([expected] if expected else [])
    assert not any(m.kind == "group" for m in linked.mentions)


@pytest.mark.parametrize("text,expected", [
    # a country's name that is also another country's capital names the capital in that country's story
    ("خرجت مسيرة في عمان احتجاجا على قرار الحكومة الأردنية.", "place/amman"),
    ("أعلنت الحكومة الأردنية أن العاهل سيعود إلى عمّان غدا.", "place/amman"),
    ("تظاهر المئات في العاصمة الأردنية عمان.", "place/amman"),  # the country's nisba beside it
    ("عمان، الأردن - قال وزير الخارجية إن الحدود ستفتح.", "place/amman"),  # a dateline: the city, its country
    ("زار وزير الخارجية مسقط، وقالت سلطنة عمان إنها ترحب. وكان قد زار الأردن وعمان.", "country/OM"),  # another form
    ("تشارك الأردن والبحرين وعمان والكويت في التمرين.", "country/OM"),  # listed beside other countries
    ("زار الوزير عمان وبحث التعاون.", "country/OM"),  # no Jordan in the story
])
def test_a_country_name_that_is_another_countrys_capital(resources, text, expected):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    found = {m.entity_id for m in linked.mentions if m.entity_id in ("place/amman", "country/OM")}
    assert found == {expected}


def test_a_country_name_shared_with_a_city_that_is_no_capital_stays_the_country(resources):
    # هونغ كونغ is a country row and a city of China: only a capital's name is read as the city
    doc, sentences, mentions = _recognized(resources, "قالت هونغ كونغ إنها ستستضيف المعرض بدعم كبير من الصين.")
    linked = resources.linker(doc, sentences, mentions)
    assert "country/HK" in {m.entity_id for m in linked.mentions}


@pytest.mark.parametrize("text,expected", [
    ("انتقد الحزب الديمقراطي قرار ترامب. وقالت الولايات المتحدة إن واشنطن لن تتراجع.", "org/democratic-party-us"),
    ("فاز الحزب الجمهوري في أرمينيا. وقال رئيس أرمينيا إن أرمينيا مستقرة.", "org/republican-party-am"),
    ("فاز الحزب الجمهوري في الانتخابات.", "new"),  # no country named: a new organisation, as Stanza's span
    ("انتقد الحزب الديمقراطي الاشتراكي قرار ألمانيا. وقالت ألمانيا إن برلين لن تتراجع.", None),  # another party
])
def test_a_shared_party_name_alone_is_the_party_of_the_articles_country(resources, text, expected):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    party = [m.entity_id for m in linked.mentions if m.text.startswith("الحزب")]
    if expected == "new":
        assert len(party) == 1 and party[0] not in resources.linker.gaz.rows and party[0].startswith("org/")
    else:
        assert party == ([expected] if expected else [])
    assert not any(m.kind == "group" for m in linked.mentions)


@pytest.mark.parametrize("text,head,expected", [
    ("صوت مجلس النواب على الموازنة. وقالت الولايات المتحدة إن واشنطن ستمولها.", "مجلس النواب", "org/house-us"),
    ("اجتمع مجلس الأمن القومي في أنقرة. وقالت تركيا إن أنقرة لن تتراجع.", "مجلس الأمن القومي", "org/nsc-tr"),
    ("أعفى الملك نائب الاستخبارات العامة. وقالت السعودية إن الرياض ستعيد الهيكلة.", "الاستخبارات العامة",
     "org/intelligence-sa"),
    ("قدم الحزب الاشتراكي مذكرة حجب الثقة. وقالت إسبانيا إن مدريد مستقرة.", "الحزب الاشتراكي", "org/psoe"),
    ("وقالت وزارة الصحة إن المستشفيات جاهزة. وأعلنت بريطانيا أن لندن مستعدة.", "وزارة الصحة",
     "org/ministry-of-health-gb"),
])
def test_a_state_body_named_alone_is_the_body_of_the_articles_country(resources, text, head, expected):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    assert [m.entity_id for m in linked.mentions if m.text.endswith(head)] == [expected]


@pytest.mark.parametrize("text,head,expected", [
    # generic136: the phrase + the main country's nisba names the body (قوات النظام السوري)
    ("وقصفت قوات النظام مواقع المعارضة في إدلب السورية.", "قوات النظام", ["org/army-sy"]),
    ("وسيطرت القوات الحكومية المدعومة من روسيا على بلدة في ريف دمشق. وقالت سوريا إن دمشق ستواصل.",
     "القوات الحكومية", ["org/army-sy"]),
    # Yemen's government forces are its recognised government's; its «الجيش الوطني» the army
    ("تقدمت القوات الحكومية في الحديدة. وقالت اليمن إن صنعاء ستتحرر.", "القوات الحكومية", ["org/yemen-government"]),
    ("وتمكنت قوات الجيش الوطني من استعادة مواقع في صعدة اليمنية.", "الجيش الوطني", ["org/army-ye"]),
    ("وقال الجيش الوطني إنه سيطر على درنة الليبية.", "الجيش الوطني", ["org/libyan-national-army"]),
    # no row for the country's phrase, another state's nisba after it, no main country: nobody
    ("وقالت فصائل الجيش الوطني إنها دخلت عفرين السورية.", "الجيش الوطني", []),
    ("وقمعت قوات النظام الإيراني المحتجين. وقالت إيران إن طهران هادئة.", "قوات النظام", []),
    ("وقصفت قوات النظام مواقع المعارضة.", "قوات النظام", []),
    ("وأسفرت المواجهات بين المحتجين وقوات الجيش في إثيوبيا عن قتلى.", "قوات الجيش", []),
    # the country the article names most, short of the main country's margin
    ("تقدمت قوات النظام بدعم روسي في درعا السورية. وقالت روسيا إن سوريا ستستعيد الجنوب السوري.", "قوات النظام",
     ["org/army-sy"]),
])
def test_a_states_forces_named_by_a_generic_phrase_are_those_of_the_articles_country(resources, text, head, expected):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    assert [m.entity_id for m in linked.mentions if head in m.text and m.entity_id] == expected
    assert not any(m.kind == "group" for m in linked.mentions)


@pytest.mark.parametrize("text,head,expected", [
    # occup139: the occupation forms with the nisba are the army's and police's aliases
    ("وقتل شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي في الخليل.", "قوات الاحتلال", ["org/idf"]),
    ("واعتقلت شرطة الاحتلال الإسرائيلي ثلاثة مقدسيين.", "شرطة الاحتلال", ["org/police-il"]),
])
def test_the_occupation_forces_with_the_nisba_are_the_israeli_army_and_police(resources, text, head, expected):
    doc, sentences, mentions = _recognized(resources, text)
    linked = resources.linker(doc, sentences, mentions)
    assert [m.entity_id for m in linked.mentions if head in m.text and m.entity_id] == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("استقبل الرئيس التونسي الباجي قائد السبسي وفدا.", "الباجي قائد السبسي", "person/beji-caid-essebsi"),
    ("التقى الوفد قيادة حركة نداء تونس.", "حركة نداء تونس", "org/nidaa-tounes"),
    ("شن التحالف بقيادة السعودية غارات على مواقع للحوثيين.", "التحالف بقيادة السعودية", "org/arab-coalition"),
])
def test_curated_names_frequent_in_the_corpus_link_to_one_entity(run, text, surface, expected):
    # a leader phrase on the coalition names the coalition itself, not a coalition of unknown members
    assert any(m.text == surface and m.entity_id == expected for m in run(text).mentions)
