import pytest

from kg.errors import ModelError
from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from kg.pipeline.recognize import make_recognizer
from kg.pipeline.recognize.gazetteer_ner import GazetteerRecognizer
from kg.pipeline.resources import word_list


@pytest.fixture(scope="module")
def recognize(gazetteer):
    rec, _ = make_recognizer("gazetteer", gazetteer)

    def recognize(text):
        doc = make_document(text, "t", "t")
        return doc, rec(doc, split_sentences(text))

    return recognize


def test_gazetteer_recognizer_strips_clitics_and_keeps_offsets(recognize):
    doc, ms = recognize("التقى ولافروف بموسكو مع وزير لأوكرانيا والصين وسيرجي لافروف للأمم المتحدة.")
    by_id = {m.entity_id: m for m in ms}
    assert doc.text[by_id["place/moscow"].start:by_id["place/moscow"].end] == "موسكو"
    assert doc.text[by_id["country/UA"].start:by_id["country/UA"].end] == "أوكرانيا"
    assert doc.text[by_id["country/CN"].start:by_id["country/CN"].end] == "الصين"
    assert by_id["person/sergey-lavrov"].text == "سيرجي لافروف"
    assert by_id["org/un"].text == "الأمم المتحدة"


def test_longest_match_wins(recognize):
    _, ms = recognize("قال أمين مجلس الأمن نيكولاي باتروشيف")
    # a title refers through its role, a name through its entity id
    assert [(m.kind, m.role, m.entity_id) for m in ms] == [("title", "SecurityCouncilSecretary", None),
                                                          ("name", None, "person/nikolai-patrushev")]


def test_each_form_fills_only_its_own_field(recognize):
    _, ms = recognize("التقى وزير الخارجية الصيني وانغ يي مع الجانبين في موسكو.")
    for m in ms:
        if m.kind in ("name", "nisba"):
            assert m.entity_id and m.role is None and m.group is None, m
        elif m.kind == "title":
            assert m.role and m.entity_id is None and m.group is None, m
        else:
            assert m.kind == "group" and m.group and m.entity_id is None and m.role is None, m
    assert {m.kind for m in ms} == {"name", "nisba", "title", "group"}


def test_the_gazetteer_recognizer_needs_a_gazetteer(gazetteer):
    with pytest.raises(TypeError):
        GazetteerRecognizer()
    assert GazetteerRecognizer(gazetteer).name == "gazetteer"


def test_stanza_without_a_model_fails_with_one_line_naming_where_it_looked(gazetteer, tmp_path):
    with pytest.raises(ModelError) as exc:
        make_recognizer("stanza", gazetteer, stanza_dir=tmp_path)
    assert str(tmp_path) in str(exc.value) and "\n" not in str(exc.value)


def test_auto_falls_back_to_the_gazetteer_and_says_so(gazetteer, tmp_path):
    rec, note = make_recognizer("auto", gazetteer, stanza_dir=tmp_path)
    assert rec.name == "gazetteer" and "gazetteer only" in note


def test_a_name_that_starts_like_a_clitic_stays_whole(recognize):
    doc, ms = recognize("زار الوزير لبنان وفرنسا ثم بيروت.")
    by_id = {m.entity_id: m for m in ms}
    assert by_id["country/LB"].text == "لبنان"
    assert doc.text[by_id["country/FR"].start:by_id["country/FR"].end] == "فرنسا"


def test_a_whole_name_is_no_clitic_on_another_entrys_form(gazetteer, run):
    # كلاوس (a given name) is no ك + لاوس (Laos), فارنا no ف + ارنا (IRNA), whatever recognizer reads them
    text = "وقال الرئيس الروماني كلاوس يوهانيس في فارنا إن بلاده تدعم الاتحاد الأوروبي."
    rec, _ = make_recognizer("gazetteer", gazetteer, word_list("whole_names.txt"))
    assert not {"country/LA", "org/irna"} & {m.entity_id for m in rec(make_document(text, "t", "t"),
                                                                          split_sentences(text))}
    found = {m.entity_id for m in run(text).mentions}
    assert not {"country/LA", "org/irna"} & found and "country/RO" in found
    # كابل (Kabul, or a cable) is no ك + Apple; tagged as a name by Stanza it is Kabul (~كابل in curated.tsv)
    found = {m.entity_id for m in run("وقع انفجار في العاصمة الأفغانية كابل اليوم.").mentions}
    assert "org/apple" not in found


def test_the_linker_reads_a_tagged_whole_name_as_written(gazetteer, resources):
    # the statistical recognizer's span كابل is linked by the linker, which strips no ك from it either
    from kg.pipeline.recognize.stanza_ner import Combined

    text = "وقع انفجار في العاصمة الأفغانية كابل اليوم."
    doc, sentences = make_document(text, "t", "t"), split_sentences(text)
    recognizer = Combined(_Tagged([("LOC", "كابل")]), GazetteerRecognizer(gazetteer, word_list("whole_names.txt")))
    mentions = recognizer(doc, sentences)
    linked = {m.entity_id for m in resources.linker(doc, sentences, mentions).mentions}
    assert "place/kabul" in linked and "org/apple" not in linked


class _Tagged:
    """The statistical recognizer's spans for one text, as Stanza gives them (label, surface)."""

    name = "tagged"

    def __init__(self, spans):
        self.spans = spans

    def __call__(self, doc, sentences):
        from tests.helpers import hand_mentions

        return hand_mentions(doc, sentences, self.spans)


def test_a_title_or_nisba_inside_a_persons_name_is_part_of_the_name(gazetteer):
    from kg.pipeline.recognize.stanza_ner import Combined

    text = "قال الأستاذ مصطفى كامل السيد إن الرئيس بشار الأسد أقال عبد الغاني هامل."
    doc = make_document(text, "t", "t")
    spans = [("PER", "مصطفى كامل السيد"), ("PER", "بشار الأسد"), ("PER", "عبد الغاني هامل")]
    ms = Combined(_Tagged(spans), GazetteerRecognizer(gazetteer))(doc, split_sentences(text))
    shown = {(m.text, m.kind) for m in ms}
    assert {("مصطفى كامل السيد", "name"), ("عبد الغاني هامل", "name"), ("الرئيس", "title")} <= shown
    assert ("السيد", "title") not in shown and not any(m.text == "الغاني" for m in ms)
    # a title the span starts with stays the gazetteer's (an office before a name, not a name)
    text = "وقال الرئيس سالم إن الوفد وصل."
    doc = make_document(text, "t", "t")
    ms = Combined(_Tagged([("PER", "الرئيس سالم")]), GazetteerRecognizer(gazetteer))(doc, split_sentences(text))
    assert [(m.text, m.kind) for m in ms] == [("الرئيس", "title")]
    # a span the gazetteer's own name for the person overlaps is dropped: its title and nisba stay
    text = "واستقبل محمد بن سلمان ولي العهد السعودي الوزير في الرياض."
    doc = make_document(text, "t", "t")
    ms = Combined(_Tagged([("PER", "محمد بن سلمان ولي العهد السعودي")]), GazetteerRecognizer(gazetteer))(
        doc, split_sentences(text))
    assert {"ولي العهد", "السعودي"} <= {m.text for m in ms}


def test_an_indefinite_ruler_title_opening_a_persons_name_is_the_first_name(gazetteer):
    """«سلطان» is a first name in «سلطان الجابر» (and after another title, «الدكتور سلطان الجابر»), a ruler's
    title before his realm (سلطان عمان) or with the article (السلطان قابوس)."""
    from kg.pipeline.recognize.stanza_ner import Combined

    def read(text, spans):
        doc = make_document(text, "t", "t")
        return {(m.text, m.kind) for m in Combined(_Tagged(spans), GazetteerRecognizer(gazetteer))(doc, split_sentences(text))}

    shown = read("وقال سلطان الجابر إن الاتفاق مهم.", [("PER", "سلطان الجابر")])
    assert ("سلطان الجابر", "name") in shown and ("سلطان", "title") not in shown
    shown = read("واجتمع الوزير مع الدكتور سلطان الجابر في أبوظبي.", [("PER", "الدكتور سلطان الجابر")])
    assert {("سلطان الجابر", "name"), ("الدكتور", "title")} <= shown
    shown = read("واستقبل سلطان عمان قابوس بن سعيد الوزير.", [("PER", "سلطان عمان قابوس بن سعيد")])
    assert ("سلطان", "title") in shown
    shown = read("واستقبل السلطان قابوس الوزير.", [("PER", "السلطان قابوس")])
    assert ("السلطان", "title") in shown


def test_a_hashtags_sign_inside_a_name_is_left_out_for_the_model_and_taken_into_the_span():
    from kg.pipeline.recognize.stanza_ner import _hash_of_word, _restore

    tokens = split_sentences("قال مايك #بومبيو إن #قطع_العلاقات خطأ.")[0].tokens
    kept = [i for i in range(len(tokens)) if not _hash_of_word(tokens, i)]
    assert [tokens[i].text for i in kept] == ["قال", "مايك", "بومبيو", "إن", "#", "قطع_العلاقات", "خطأ", "."]
    tags = ["O", "B-PER", "E-PER", "O", "O", "O", "O", "O"]
    assert _restore(len(tokens), kept, tags)[1:4] == ["B-PER", "I-PER", "E-PER"]
    # a sign between two names of different kinds, or after a name, stays outside them
    tags = ["O", "S-PER", "S-LOC", "O", "O", "O", "O", "O"]
    assert _restore(len(tokens), kept, tags)[2] == "O"


def test_a_preposition_is_stripped_from_a_persons_name_only_when_it_leaves_a_much_more_frequent_word():
    # the recognizer's clitic choice reads word frequency ranks only: a hand-made table stands in for
    # the vectors' vocabulary, no model is loaded
    from kg.lang.ar.normalize import normalize
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer
    from kg.records import Mention

    rec = object.__new__(StanzaRecognizer)
    rec.whole_names = frozenset()
    rec.ranks = {normalize(w): r for w, r in [("براد", 22000), ("راد", 14000), ("بترامب", 14000), ("ترامب", 36),
                                               ("ومعتز", 34000), ("معتز", 21000)]}
    text = "قال براد كيسرمان وأشاد بترامب ومعتز موسى."
    doc = make_document(text, "t", "t")

    def stripped(surface):
        start = text.index(surface)
        return rec.strip_proclitics(doc, Mention(start, start + len(surface), surface, "PER", 0, 0, 1)).text

    assert stripped("براد كيسرمان") == "براد كيسرمان"  # ب + راد is no more frequent than براد: a name (Brad)
    assert stripped("بترامب") == "ترامب"  # a preposition on a frequent name goes
    assert stripped("ومعتز موسى") == "معتز موسى"  # a conjunction goes on any more frequent reading


def test_a_listed_name_loses_its_conjunction_unless_the_whole_word_is_the_more_frequent():
    # after a comma or right after another name, و is the list's joiner even where the word left is as
    # unknown as the whole (ليندزي، يوليوس); a hand-made table stands in for the vectors' vocabulary
    from kg.lang.ar.normalize import normalize
    from kg.lang.ar.tokenize import split_sentences
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer

    rec = object.__new__(StanzaRecognizer)
    rec.whole_names = frozenset({normalize("وليد")})
    # ranks 1..5; a word not in the table ranks 6, after all of them
    rec.ranks = {normalize(w): r for w, r in [("وين", 4), ("ين", 1), ("وانغ", 3), ("وليد", 5), ("ليد", 2)]}
    text = "حضر أشرف صبحي، وليندزي جراهام، وانغ يي، وليد جنبلاط، وين منت ويوليوس قيصر. ويوليوس قيصر. أندرو ويجينز"
    doc = make_document(text, "t", "t")
    sents = split_sentences(text)
    starts = ("أشرف", "وليندزي", "وانغ", "وليد", "وين", "ويوليوس")
    tags = []
    for sent in sents:
        words = [t.text for t in sent.tokens]
        tagged = ["O"] * len(words)
        for i, w in enumerate(words):
            if w in starts:
                tagged[i], tagged[i + 1] = "B-PER", "E-PER"
            elif w == "أندرو":
                tagged[i] = tagged[i + 1] = "S-PER"  # the model's split: first name and surname apart
        tags.append(tagged)
    rec.tag = lambda token_lists: tags
    names = [m.text for m in rec(doc, sents)]
    assert "ليندزي جراهام" in names  # after a comma: both readings unknown, the list's و goes
    assert "يوليوس قيصر" in names  # right after another name: a list joined by و
    assert "وانغ يي" in names  # after a comma, yet وانغ is a known word and انغ is not: a name (Wang)
    assert "وليد جنبلاط" in names  # a whole name keeps its first letter anywhere
    assert "وين منت" in names  # a name keeps three letters, whatever the list
    assert names[-3] == "ويوليوس قيصر"  # opening a sentence, no list: the frequency test alone decides
    assert names[-1] == "ويجينز"  # after a one-word name: a first name cut off its surname, no list


def test_fa_or_ka_is_stripped_from_a_name_only_before_the_article():
    # ورد ("a rose"), نوم ("sleep") and بيك are more frequent than فورد، فنوم، كبيك: the ranks alone would
    # strip the name's own first letter; a hand-made table stands in for the vectors' vocabulary
    from kg.lang.ar.normalize import normalize
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer
    from kg.records import Mention

    rec = object.__new__(StanzaRecognizer)
    rec.whole_names = frozenset()
    rec.ranks = {normalize(w): r for w, r in [("فورد", 30000), ("ورد", 900), ("فنوم", 60000), ("نوم", 5000),
                                               ("كبيك", 70000), ("بيك", 8000), ("فالحكومة", 40000),
                                               ("الحكومة", 50)]}
    text = "قالت فورد إن صحيفة فنوم بنه في إقليم كبيك فالحكومة."
    doc = make_document(text, "t", "t")

    def stripped(surface, label):
        start = text.index(surface)
        return rec.strip_proclitics(doc, Mention(start, start + len(surface), surface, label, 0, 0, 1)).text

    assert stripped("فورد", "ORG") == "فورد"
    assert stripped("فورد", "PER") == "فورد"
    assert stripped("فنوم بنه", "ORG") == "فنوم بنه"
    assert stripped("كبيك", "LOC") == "كبيك"
    assert stripped("فالحكومة", "ORG") == "الحكومة"  # ف before the article is a clitic


def test_a_person_span_the_gazetteer_matched_in_part_wins_when_it_spells_a_known_person(gazetteer, resources):
    """The gazetteer spells عبد الملك الحوثي and بيدرو سانشيز; a text writing عبدالملك الحوثي or بدرو سانشيز
    matches only الحوثي (the Houthis) or سانشيز: the recognizer's whole span is the person, with its first
    name next to the title before it. A span no gazetteer person is spelled by leaves the gazetteer's match."""
    from kg.pipeline.recognize.stanza_ner import Combined

    text = "قال رئيس وزراء إسبانيا بدرو سانشيز إن عبدالملك الحوثي والممثلة ميغان ميركل في الصورة."
    doc = make_document(text, "t", "t")
    spans = [("PER", "بدرو سانشيز"), ("PER", "عبدالملك الحوثي"), ("PER", "ميغان ميركل")]
    combined = Combined(_Tagged(spans), GazetteerRecognizer(gazetteer), resources.linker.known_person)
    names = {(m.text, m.entity_id) for m in combined(doc, split_sentences(text)) if m.kind == "name"}
    assert ("بدرو سانشيز", "person/pedro-sanchez") in names
    assert ("عبدالملك الحوثي", "person/abdul-malik-al-houthi") in names
    assert not any(e == "org/houthis" for _t, e in names)
    # no spelling of a known person: the recognizer's span does not win (the gazetteer's ميركل stays)
    assert not any(t == "ميغان ميركل" for t, _e in names)


def test_a_sea_named_after_a_country_is_a_place_not_the_state(recognize):
    # بحر الصين الجنوبي and المحيط الهندي name waters: the country name or nisba inside them is no mention of China or India
    _doc, ms = recognize("تبحر السفن في بحر الصين الجنوبي ثم في المحيط الهندي وعبر مضيق تايوان.")
    ids = {m.entity_id for m in ms}
    assert {"place/south-china-sea", "place/indian-ocean", "place/taiwan-strait"} <= ids
    assert not ids & {"country/CN", "country/IN", "country/TW"}


def test_a_continent_named_after_a_country_is_a_place_not_the_state(recognize):
    # أمريكا اللاتينية، أميركا الشمالية: the region, never the United States (a visit there is no visit to the US)
    _doc, ms = recognize("زار الرئيس الصيني أمريكا اللاتينية ثم أميركا الشمالية، وانتقد أمريكا.")
    ids = [m.entity_id for m in ms]
    assert {"place/latin-america", "place/north-america"} <= set(ids) and ids.count("country/US") == 1


def test_peru_written_with_the_article_is_the_country(recognize):
    _doc, ms = recognize("وفاز المنتخب الفرنسي على البيرو في المجموعة الثالثة.")
    assert "country/PE" in {m.entity_id for m in ms}


def test_an_organisation_written_as_head_nisbas_and_a_genitive_is_one_name(gazetteer):
    """«الجمعية التونسية للنساء الديمقراطيات»: a definite organisation noun, nisbas and a «لل» genitive name an
    organisation (kg/data/org_phrases.tsv), the nisba inside it names no country; the recognizer's part span
    gives way. A body of someone named elsewhere (للاتحاد), a participle (الراعية) or a gazetteer name
    holding the head (الاتحاد الأوروبي) makes no phrase."""
    from kg.pipeline.recognize.org_phrases import OrgPhrases
    from kg.pipeline.recognize.stanza_ner import Combined

    def read(text, spans=()):
        doc = make_document(text, "t", "t")
        rec = Combined(_Tagged(list(spans)), GazetteerRecognizer(gazetteer), phrases=OrgPhrases.load())
        return {(m.text, m.label, m.entity_id) for m in rec(doc, split_sentences(text))}

    shown = read("وقالت رئيسة الجمعية التونسية للنساء الديمقراطيات إن التقرير مهم.", [("ORG", "التونسية للنساء")])
    assert ("الجمعية التونسية للنساء الديمقراطيات", "ORG", None) in shown
    assert not any(e == "country/TN" or t == "التونسية للنساء" for t, _l, e in shown)
    shown = read("وذكر الاتحاد الأميركي للحريات المدنية أن الآباء غادروا وأعلنت الشركة الوطنية السعودية للنقل البحري عن صفقة.")
    assert {"الاتحاد الأميركي للحريات المدنية", "الشركة الوطنية السعودية للنقل البحري"} <= {t for t, _l, _e in shown}
    assert not any(e == "country/SA" for _t, _l, e in shown)
    shown = read("وعقدت الجمعية العمومية للاتحاد اجتماعها وشكرت الشركة الراعية للمنتخب المصري اللاعبين.")
    assert not any(label == "ORG" for _t, label, _e in shown)
    shown = read("وقال رئيس الاتحاد الأوروبي للعبة إن القرار نهائي.")
    assert ("الاتحاد الأوروبي", "ORG", "org/eu") in shown


def test_an_organisation_phrase_takes_its_genitives_preposition_but_not_a_place_or_a_country(gazetteer):
    """The name goes on over a preposition of its genitive (للدفاع عن حقوق الإنسان، للرقابة على الصادرات) and
    stops before a gazetteer place; a genitive that is a country (الاتحاد الدولي للعراق: FIFA "for Iraq")
    makes no phrase; the recognizer's span holding the whole phrase stays."""
    from kg.pipeline.recognize.org_phrases import OrgPhrases
    from kg.pipeline.recognize.stanza_ner import Combined

    def read(text):
        doc = make_document(text, "t", "t")
        rec = Combined(_Tagged([]), GazetteerRecognizer(gazetteer), phrases=OrgPhrases.load())
        return {m.text for m in rec(doc, split_sentences(text)) if m.label == "ORG"}

    assert "الرابطة التونسية للدفاع عن حقوق الإنسان" in read("وقالت الرابطة التونسية للدفاع عن حقوق الإنسان إن الميثاق مهم.")
    assert "اللجنة الحكومية للرقابة على الصادرات" in read("وقالت اللجنة الحكومية للرقابة على الصادرات إن القرار نافذ.")
    # before «في» + a definite noun the name's end is unknown (في الآونة الأخيرة، للتحكم في الفيضانات): no phrase
    assert not read("ونشر المعهد الدولي للدراسات الاستراتيجية في الآونة الأخيرة تقريرا.")
    # «والجمعية» starts the next name: a head is no nisba
    assert "النقابة الوطنية للصحفيين التونسيين" in read(
        "وأطلقت النقابة الوطنية للصحفيين التونسيين والجمعية التونسية للنساء الديمقراطيات الميثاق.")
    assert "المركز الوطني للأعاصير" in read("وقال المركز الوطني للأعاصير في الولايات المتحدة إن العاصفة تقترب.")
    assert not any(t.startswith("الاتحاد الدولي") for t in read("وأجاز الاتحاد الدولي للعراق استضافة المباريات."))
    doc = make_document("وتحتفل المنظمة الدولية للحماية المدينة بذكراها.", "t", "t")
    rec = Combined(_Tagged([("ORG", "المنظمة الدولية للحماية المدينة")]), GazetteerRecognizer(gazetteer), phrases=OrgPhrases.load())
    assert [m.text for m in rec(doc, split_sentences(doc.text))] == ["المنظمة الدولية للحماية المدينة"]


def test_an_organisation_phrase_ends_before_a_verbs_preposition_a_purpose_or_the_next_name(gazetteer):
    """A preposition after the genitive continues the name only after a noun that takes it (للدفاع عن); after
    any other it is the verb's (أعلنت الهيئة ... للانتخابات عن الفائز). A purpose or a time after «لل» is no
    genitive (للاجتماع، للمرة), and a head after «و» starts the next name (للتصدير والوكالة الروسية)."""
    from kg.pipeline.recognize.org_phrases import OrgPhrases
    from kg.pipeline.recognize.stanza_ner import Combined

    def read(text):
        doc = make_document(text, "t", "t")
        rec = Combined(_Tagged([]), GazetteerRecognizer(gazetteer), phrases=OrgPhrases.load())
        return {m.text for m in rec(doc, split_sentences(text)) if m.label == "ORG"}

    assert "الهيئة الوطنية للانتخابات" in read("وأعلنت الهيئة الوطنية للانتخابات عن الفائز بالمقعد.")
    assert "الاتحاد السعودي للكرة" in read("وحصل الاتحاد السعودي للكرة على الجائزة.")
    assert not any("للاجتماع" in t for t in read("ودعا المجلس الوطني الفلسطيني للاجتماع في رام الله."))
    assert not any("للمرة" in t for t in read("وانتخب رئيسا للمجلس النيابي للمرة السادسة."))
    shown = read("ووقع المركز الروسي للتصدير والوكالة الروسية للتأمين اتفاقا.")
    assert {"المركز الروسي للتصدير", "الوكالة الروسية للتأمين"} <= shown


def test_a_persons_name_ends_before_a_word_with_a_glued_preposition_and_the_article():
    # للشيخ and بالخارجي read as ل/ب + a far more frequent definite word: the name ended before them;
    # بالمر (Palmer) is no more frequent with ب off, and stays (a hand-made rank table)
    from dataclasses import replace

    from kg.lang.ar.normalize import normalize
    from kg.pipeline.recognize.stanza_ner import StanzaRecognizer
    from kg.records import Mention

    rec = object.__new__(StanzaRecognizer)
    rec.whole_names = frozenset()
    rec.ranks = {normalize(w): r for w, r in [("للشيخ", 9000), ("الشيخ", 300), ("بالمر", 60000), ("المر", 40000),
                                               ("كالن", 50000), ("الن", 2000), ("بالطيب", 90000), ("الطيب", 5000)]}
    text = "وقدم زايد بن سلطان للشيخ خليفة هدية وقال ريتشارد بالمر كلمة وقال إبراهيم كالن كلمة وقال أيمن بالطيب كلمة."
    doc = make_document(text, "t", "t")
    sent = split_sentences(text)[0]
    words = [t.text for t in sent.tokens]

    def read(first, last, label="PER"):
        i, j = words.index(first), words.index(last) + 1
        m = Mention(sent.tokens[i].start, sent.tokens[j - 1].end, "", label, 0, i, j)
        return rec.end_before_preposition(doc, sent, replace(m, text=text[m.start:m.end])).text

    assert read("زايد", "خليفة") == "زايد بن سلطان"
    assert read("ريتشارد", "بالمر") == "ريتشارد بالمر"
    assert read("إبراهيم", "كالن") == "إبراهيم كالن"  # ك + الن would leave one letter after the article
    assert read("أيمن", "بالطيب") == "أيمن بالطيب"  # right after a given name, بال begins a Maghreb surname
    assert read("زايد", "خليفة", "ORG") == "زايد بن سلطان للشيخ خليفة"  # an organisation's name holds such words
