"""Office titles read into roles (officialOf), on short hand-written sentences through the real
gazetteer and linker. Names the gazetteer lacks are placed by hand, as the statistical recognizer
would give them."""

import pytest

from kg.errors import DataError
from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from kg.pipeline.link.role_cues import load_role_cues
from tests.helpers import hand_mentions


def _offices(resources, text, people=(), published=None):
    """{(person label, organisation)} the linker states for ``text``; ``people`` are hand-placed PER names."""
    doc = make_document(text, "t", "t", resources.calendar, published=published)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(doc, sentences, [("PER", p) for p in people])
    linked = resources.linker(doc, sentences, mentions)
    return {(linked.entities[r.person].label_ar, r.organisation) for r in linked.roles}


def _offices_of(resources, text, person):
    """The organisations the linker makes ``person`` (a hand-placed PER name) an official of in ``text``."""
    return {o for p, o in _offices(resources, text, [person]) if p == person}


def test_ambassador_belongs_to_the_sending_state_not_the_host(resources):
    assert _offices(resources, "قالت سفيرة الولايات المتحدة لدى الأمم المتحدة نيكي هيلي إن القرار خاطئ.",
                    ["نيكي هيلي"]) == {("نيكي هيلي", "country/US")}
    assert _offices(resources, "وقال السفير الروسي في لندن ألكسندر ياكوفينكو إن بلاده سترد.",
                    ["ألكسندر ياكوفينكو"]) == {("ألكسندر ياكوفينكو", "country/RU")}


def test_ministers_of_any_portfolio_and_a_portfolio_after_the_nisba(resources):
    assert _offices(resources, "حذر وزير المالية الفرنسي برونو لومير من حرب تجارية.",
                    ["برونو لومير"]) == {("برونو لومير", "country/FR")}  # المالية is not Mali here
    assert _offices(resources, "وقال وزير البيئة والمياه والزراعة السعودي عبدالرحمن الفضلي إن الموسم جيد.",
                    ["عبدالرحمن الفضلي"]) == {("عبدالرحمن الفضلي", "country/SA")}
    assert _offices(resources, "علق وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، على الأزمة.",
                    ["أنور قرقاش"]) == {("أنور قرقاش", "country/AE")}


def test_leader_director_chief_of_staff_and_senator(resources):
    assert _offices(resources, "التقى زعيم كوريا الشمالية كيم جونغ أون الوفد.") == {("كيم جونغ أون", "country/KP")}
    assert _offices(resources, "وقال رئيس هيئة الأركان العامة الإيراني محمد باقري إن الجيش مستعد.",
                    ["محمد باقري"]) == {("محمد باقري", "country/IR")}
    assert _offices(resources, "وقال مدير المخابرات المصرية عباس كامل إن الهدنة صامدة.",
                    ["عباس كامل"]) == {("عباس كامل", "country/EG")}
    assert _offices(resources, "وقال عضو مجلس الشيوخ الأمريكي كريس ميرفي إن الحرب خاطئة.",
                    ["كريس ميرفي"]) == {("كريس ميرفي", "country/US")}


def test_spokesperson_of_a_state_body_is_an_official_of_its_state(resources):
    assert _offices(resources, "وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن الاتهامات باطلة.",
                    ["بهرام قاسمي"]) == {("بهرام قاسمي", "country/IR")}
    assert _offices(resources, "وقالت المتحدثة باسم وزارة الخارجية الأمريكية هيذر ناورت إن الوفد وصل.",
                    ["هيذر ناورت"]) == {("هيذر ناورت", "country/US")}


def test_organisation_genitive_and_apposition_after_the_name(resources):
    assert _offices(resources, "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة.") == {
        ("أنطونيو غوتيريش", "org/un")}
    assert _offices(resources, "وقال سيرجي لافروف، وزير الخارجية الروسي، إن المحادثات مثمرة.") == {
        ("سيرجي لافروف", "country/RU")}
    # no comma: kept when nothing contradicts it
    assert _offices(resources, "وقال آبي أحمد رئيس الوزراء الإثيوبي إن السد سيكتمل.",
                    ["آبي أحمد"]) == {("آبي أحمد", "country/ET")}


def test_a_name_joined_by_and_after_a_title_phrase_opens_the_next_list_item(resources):
    # the title between two names of a list is the first one's, with or without commas
    people = ["فريد الحسني", "رامي الخطيب"]
    for text in ("وحضر الاجتماع فريد الحسني، وزير الخارجية المصري، ورامي الخطيب، وزير الخارجية الأردني، في القاهرة.",
                 "وحضر الاجتماع فريد الحسني وزير الخارجية المصري ورامي الخطيب وزير الخارجية الأردني في القاهرة."):
        assert _offices(resources, text, people) == {("فريد الحسني", "country/EG"), ("رامي الخطيب", "country/JO")}
    # a title joined to a name by «و» gives it nothing
    assert _offices_of(resources, "التقى وزير الخارجية المصري ورامي الخطيب في القاهرة.", "رامي الخطيب") == set()


def test_a_name_before_a_title_with_no_comma_is_not_its_holder_when_the_article_says_otherwise(resources):
    found = _offices(resources, "استقبل أردوغان الرئيس الروسي في أنقرة.")
    assert ("رجب طيب أردوغان", "country/RU") not in found


def test_agent_and_principal_in_one_phrase(resources):
    found = _offices(resources, "أعلن إبراهيم كالين المتحدث باسم الرئيس التركي رجب طيب أردوغان أن الطوارئ انتهت.",
                     ["إبراهيم كالين"])
    assert found == {("إبراهيم كالين", "country/TR"), ("رجب طيب أردوغان", "country/TR")}


def test_former_and_late_offices_give_no_official_of(resources):
    assert _offices(resources, "وقال الرئيس الأمريكي السابق باراك أوباما إن الاتفاق جيد.", ["باراك أوباما"]) == set()
    assert _offices(resources, "وكان الأمين العام السابق للأمم المتحدة كوفي أنان وسيطا.", ["كوفي أنان"]) == set()
    assert _offices(resources, "وقال أوباما، الرئيس الأمريكي السابق، إن الاتفاق جيد.", ["أوباما"]) == set()


def test_history_told_with_an_old_year_gives_no_current_office(resources):
    text = "في عام 1943 خطفت ألمانيا الزعيم الإيطالي بينيتو موسوليني."
    assert _offices(resources, text, ["بينيتو موسوليني"], published="2018-05-01") == set()
    assert _offices(resources, text, ["بينيتو موسوليني"]) == {("بينيتو موسوليني", "country/IT")}  # undated article


def test_an_old_year_inside_a_quotation_does_not_date_the_speakers_office(resources):
    quoted = 'وقال وزير الخارجية اللبناني جبران باسيل إن الاتفاق "يحترم معاهدة عام 1949 كما هي".'
    assert _offices(resources, quoted, ["جبران باسيل"], published="2018-05-01") == {("جبران باسيل", "country/LB")}
    told = "وقال وزير الخارجية اللبناني جبران باسيل عام 1999 إن الاتفاق جيد."
    assert _offices(resources, told, ["جبران باسيل"], published="2018-05-01") == set()
    inside = 'وقال المتحدث إن "الرئيس اللبناني إلياس الهراوي وقع معاهدة عام 1991".'
    assert _offices(resources, inside, ["إلياس الهراوي"], published="2018-05-01") == set()
    # a mark never closed in the sentence makes no quotation: the old year is the writer's
    stray = 'وقال وزير الخارجية الأمريكي هنري كيسنجر "إن الصين شريك مهم، خلال زيارته السرية إلى بكين عام 1971.'
    assert _offices(resources, stray, ["هنري كيسنجر"], published="2018-05-01") == set()


def test_a_conjunction_starts_a_new_title_phrase(resources):
    found = _offices(resources, "وبعد اجتماع بين أمير قطر والرئيس التركي رجب طيب أردوغان صدر بيان.")
    assert found == {("رجب طيب أردوغان", "country/TR")}
    found = _offices(resources, "القمة بين الرئيس الأمريكي دونالد ترامب، وزعيم كوريا الشمالية مقررة.")
    assert ("دونالد ترامب", "country/KP") not in found


def test_the_gazetteer_country_needs_the_text_to_name_it(resources):
    # the gazetteer lists one realm for the king (Antigua and Barbuda); the text speaks of Britain
    assert _offices(resources, "والتقى ترامب الملك تشارلز الثالث في بريطانيا.") == set()
    # a row curated to the realm the news means: the text names it
    assert _offices(resources, "والتقى ترامب الملكة إليزابيث الثانية في بريطانيا.") == {("إليزابيث الثانية", "country/GB")}


def test_a_title_without_a_name_states_the_office_of_the_one_holder_named_in_the_article(resources):
    found = _offices(resources, "وصل فلاديمير بوتين إلى بكين. وقال الرئيس الروسي إن العلاقات ممتازة.")
    assert found == {("فلاديمير بوتين", "country/RU")}


def test_a_state_office_without_a_country_takes_the_one_country_of_its_sentence(resources):
    found = _offices(resources, "ويلتقي الضيف في بريطانيا رئيسة الوزراء تيريزا ماي.", ["تيريزا ماي"])
    assert found == {("تيريزا ماي", "country/GB")}
    # people in the oblique plural (وفدا من العسكريين الليبيين) are guests, no second country of the sentence
    found = _offices(resources, "واستقبل في مصر رئيس الوزراء مصطفى مدبولي وفدا من العسكريين الليبيين.", ["مصطفى مدبولي"])
    assert found == {("مصطفى مدبولي", "country/EG")}
    found = _offices(resources, "وقالت المتحدثة باسم الخارجية هيذر ناورت إن وفدا زار كوريا الشمالية.", ["هيذر ناورت"])
    assert found == set()  # a spokesperson's sentence names what she speaks about


def test_an_office_in_a_party_or_movement_is_its_own_but_a_state_bodys_is_its_states(resources):
    # Hezbollah and the PLO have a country in the gazetteer, but they are no state body
    assert _offices(resources, "وقال الأمين العام لحزب الله حسن نصر الله إن الحزب لن يتراجع.") == {
        ("حسن نصر الله", "org/hezbollah")}
    assert _offices(resources, "وقال الأمين العام لمنظمة التحرير جمال الدين حسني إن القرار مرفوض.",
                    ["جمال الدين حسني"]) == {("جمال الدين حسني", "org/plo")}
    # a ministry is a state body (role "state" in curated.tsv): its spokesman is the state's official
    assert _offices(resources, "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد.") == {
        ("ماريا زاخاروفا", "country/RU")}


def test_a_role_cue_must_be_a_word_so_a_stray_hash_is_no_filler(tmp_path):
    assert "#" not in load_role_cues().filler and "الحالي" in load_role_cues().filler
    path = tmp_path / "role_cues.tsv"
    path.write_text("# kind\tform\tsource\nfiller\t#\tnot a word\n", encoding="utf-8")
    with pytest.raises(DataError, match=f"{path}:2: '#' must be one word"):
        load_role_cues(path)


def test_one_name_right_after_an_office_title_is_a_person(resources):
    assert _offices(resources, "التقى المبعوث الرئيس اليمني هادي في عدن.", ["هادي"]) == {("هادي", "country/YE")}


def test_a_title_gives_back_the_first_word_of_an_organisation_name(resources):
    # رئيس بعثة is a title, but بعثة begins the mission's name
    assert _offices(resources, "أعرب رئيس بعثة الأمم المتحدة في جنوب السودان، ديفيد شيرر، عن أمله.",
                    ["ديفيد شيرر"]) == {("ديفيد شيرر", "org/unmiss")}


def test_a_rank_or_honorific_between_title_and_name_holds_no_office(resources):
    assert _offices(resources, "وقال المتحدث باسم الجيش المصري العقيد تامر الرفاعي إن العملية مستمرة.",
                    ["تامر الرفاعي"]) == {("تامر الرفاعي", "country/EG")}
    assert _offices(resources, "وقال وزير البيئة والمياه والزراعة السعودي المهندس عبدالرحمن الفضلي إن الموسم جيد.",
                    ["عبدالرحمن الفضلي"]) == {("عبدالرحمن الفضلي", "country/SA")}


def test_a_state_office_with_no_country_takes_the_country_the_article_is_about(resources):
    text = ("أعلنت الحكومة البريطانية خطة جديدة في بريطانيا. وقال وزير الصحة مات هانكوك إن الخطة ستنجح. "
            "ورحبت لندن بالخطة.")
    assert _offices(resources, text, ["مات هانكوك"]) == {("مات هانكوك", "country/GB")}
    # two countries named about as often: no country is guessed
    text = "زار وزير الخارجية الفرنسي مصر. وقال وزير الصحة مات هانكوك إن الخطة ستنجح."
    assert ("مات هانكوك", "country/FR") not in _offices(resources, text, ["مات هانكوك"])
    # a party's or a company's head holds no state office: nothing is guessed for him
    text = "أعلنت الحكومة البريطانية خطة في بريطانيا. وقال المدير التنفيذي مارك سميث إن الخطة ستنجح."
    assert _offices(resources, text, ["مارك سميث"]) == set()


def test_the_article_country_is_counted_once_however_many_titles_need_it(resources, monkeypatch):
    """Every title phrase may fall back on the article's country: it is read once per article, not per title."""
    calls = []
    real = type(resources.linker)._main_country

    def counted(self, ms):
        calls.append(len(ms))
        return real(self, ms)

    monkeypatch.setattr(type(resources.linker), "_main_country", counted)
    text = ("أعلنت الحكومة البريطانية خطة جديدة في بريطانيا. وقال وزير الصحة مات هانكوك إن الخطة ستنجح. "
            "وقال وزير المالية فيليب هاموند إن الخطة مكلفة. ورحبت لندن بالخطة.")
    assert _offices(resources, text, ["مات هانكوك", "فيليب هاموند"]) == {("مات هانكوك", "country/GB"),
                                                                       ("فيليب هاموند", "country/GB")}
    assert len(calls) == 1


def test_a_state_office_after_the_name_in_apposition_and_the_title_that_heads_another_noun(resources):
    assert _offices(resources, "وقال رود روزنستاين نائب وزير العدل في مؤتمر صحفي بواشنطن إن التحقيق مستمر.",
                    ["رود روزنستاين"]) == {("رود روزنستاين", "country/US")}
    assert _offices(resources, "وقال طارق قابيل، وزير التجارة والصناعة، إن الصادرات المصرية ارتفعت.",
                    ["طارق قابيل"]) == {("طارق قابيل", "country/EG")}
    # رئيس لجنة، رئيس الجمعية: the head of a committee or an assembly, not of the state
    assert _offices(resources, "وقال روس لادوا، رئيس لجنة الصحة، إن الأطباء في بريطانيا قلقون.", ["روس لادوا"]) == set()
    assert _offices(resources, "وأعلن ميروسلاف لاجاك رئيس الجمعية أن الجلسة عن غزة.", ["ميروسلاف لاجاك"]) == set()
    # a past office stays past after its portfolio
    assert _offices(resources, "وقال عمر الرزاز، وزير التربية والتعليم السابق، إن الأردن بخير.", ["عمر الرزاز"]) == set()


def test_construct_titles_before_a_state_or_a_place_and_a_chief_negotiator(resources):
    assert _offices(resources, "ويجتمع كيم مع رئيس وزراء سنغافورة لي هسين لونغ الأحد.", ["لي هسين لونغ"]) == {
        ("لي هسين لونغ", "country/SG")}
    # the emirate names where the office is held; the person's country comes from the gazetteer
    assert _offices(resources, "واستقبل ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان الوفد في الإمارات.") == {
        ("محمد بن زايد", "country/AE")}  # the gazetteer label
    assert _offices(resources, "التقى المبعوث كبير مفاوضي الحوثيين محمد عبد السلام في مسقط.", ["محمد عبد السلام"]) == {
        ("محمد عبد السلام", "org/houthis")}


def test_a_listed_state_office_with_no_country_takes_the_country_of_the_others_listed(resources):
    text = ("يزور ولي العهد السعودي مصر مع وفد يضم وزير الخارجية عادل الجبير، "
            "ومعالي وزير التجارة والاستثمار الدكتور ماجد القصبي.")
    assert ("ماجد القصبي", "country/SA") in _offices(resources, text, ["ماجد القصبي"])
    # not joined to the list by «و»: the sentence's two countries leave it without one
    text = "يزور ولي العهد السعودي مصر مع وزير الخارجية عادل الجبير. والتقى وزير التجارة ماجد القصبي الوفد في القاهرة وباريس."
    assert _offices_of(resources, text, "ماجد القصبي") == set()


def test_two_ministers_of_one_state_do_not_contradict_each_other(resources):
    text = "وقال محمد معيط، وزير المالية المصري، إن الخطة جاهزة. وأعلن عمرو نصار وزير التجارة والصناعة المصري أن الصادرات ارتفعت."
    found = _offices(resources, text, ["محمد معيط", "عمرو نصار"])
    assert {("محمد معيط", "country/EG"), ("عمرو نصار", "country/EG")} <= found


def test_a_possessive_title_is_an_office_of_the_antecedent_of_its_pronoun(resources):
    assert _offices(resources, "واستدعت كندا سفيرها، ديفيد ميلر، من الرياض.", ["ديفيد ميلر"]) == {
        ("ديفيد ميلر", "country/CA")}
    assert ("سيرجي لافروف", "country/RU") in _offices(
        resources, "وأكدت روسيا على لسان وزير خارجيتها سيرجي لافروف أن الهدنة صامدة.")
    # his crown prince: the office of the king's state
    assert ("نايف الحمد", "country/JO") in _offices(
        resources, "شارك العاهل الأردني الملك عبد الله الثاني وولي عهده الأمير نايف الحمد في القمة.", ["نايف الحمد"])


def test_a_possessive_title_with_a_seated_hamza_is_read_as_its_plain_form(resources):
    # وزرائها is الوزراء with a suffix: the hamza sits on a seat before it
    assert ("ماريو روسي", "country/IT") in _offices(
        resources, "وأعلنت إيطاليا أن رئيس وزرائها ماريو روسي سيزور باريس.", ["ماريو روسي"])
    assert ("ماريو روسي", "country/FR") in _offices(
        resources, "وأشاد الرئيس الفرنسي إيمانويل ماكرون ورئيس وزرائه ماريو روسي بالاتفاق.", ["ماريو روسي"])


def test_a_possessive_title_never_gives_a_known_office_holder_another_state(resources):
    # the nearest state is Iran, but the gazetteer knows Netanyahu as Israel's office holder
    assert ("بنيامين نتنياهو", "country/IR") not in _offices(
        resources, "وتتهم إسرائيل إيران بتهديد أمن رئيس وزرائها بنيامين نتنياهو.")
    # nor a person it knows as another state's national with no office listed (the nearest «state» is a
    # seat of government standing for the US)
    assert ("شينزو آبي", "country/US") not in _offices(
        resources, "ترتبط اليابان بعلاقات وثيقة مع البيت الأبيض لكن رئيس وزرائها شينزو آبي قلق.")


def test_a_possessive_title_reads_nothing_without_a_near_antecedent_or_for_a_past_office(resources):
    # the feminine pronoun never refers to a person; a former ambassador holds no office
    assert ("ديفيد ميلر", "country/CA") not in _offices(
        resources, "قالت كندا إن سفيرها السابق ديفيد ميلر غادر الرياض.", ["ديفيد ميلر"])
    assert not _offices_of(resources, "وقالت ماي إن سفيرها ديفيد ميلر غادر.", "ديفيد ميلر")
    # a holder dismissed or dead holds no current office
    assert ("إبراهيم غندور", "country/SD") not in _offices(
        resources, "أقال الرئيس السوداني عمر البشير وزير خارجيته إبراهيم غندور من منصبه.", ["إبراهيم غندور"])
    # a country after a preposition is no antecedent: the faction's leader is not Russia's
    assert not _offices_of(resources, "وسلم الفصيل أسلحته للقوات الروسية كما غادر قائده عصام بويضاني.", "عصام بويضاني")


def test_an_organisation_led_by_a_person_is_his_office(resources):
    assert ("محمود عباس", "org/fatah") in _offices(
        resources, "وقالت حركة فتح بزعامة الرئيس محمود عباس إن المصالحة متعثرة.", ["محمود عباس"])
    # a team the gazetteer does not know, led by its coach, is no party
    assert not _offices_of(resources, "وفاز فريق النجوم بقيادة مدربه يورغن كلوب.", "يورغن كلوب")
    # an organisation named inside a bloc's description: the person leads the bloc, not the organisation
    assert not _offices_of(resources, "وحل تحالف فصائل الحشد الشعبي بقيادة هادي العامري ثانيا.", "هادي العامري")
    # right after the bloc noun the name is the bloc's own
    assert ("محمود عباس", "org/fatah") in _offices(
        resources, "وقالت قائمة حركة فتح بزعامة الرئيس محمود عباس إنها ستشارك.", ["محمود عباس"])
    # a verb of leading after a relative pronoun reads as «led by»; a state leading a coalition holds no office
    assert ("محمود عباس", "org/fatah") in _offices(
        resources, "وقالت حركة فتح التي يتزعمها الرئيس محمود عباس إن المصالحة متعثرة.", ["محمود عباس"])
    assert not _offices_of(resources, "وقال فريق النجوم الذي يقوده المدرب يورغن كلوب إنه سيفوز.", "يورغن كلوب")
    # «chaired by» reads the same, as a preposition or a verb after a relative pronoun
    assert ("محمود عباس", "org/fatah") in _offices(
        resources, "وعقدت حركة فتح برئاسة الرئيس محمود عباس اجتماعا طارئا.", ["محمود عباس"])
    assert ("محمود عباس", "org/fatah") in _offices(
        resources, "وقالت حركة فتح التي يترأسها محمود عباس إن المصالحة متعثرة.", ["محمود عباس"])
    assert not _offices_of(resources, "وفاز فريق النجوم برئاسة مالكه الجديد يورغن كلوب.", "يورغن كلوب")
    # a party or union the gazetteer lacks, named by its first word, has a leader too; a new committee does not
    assert _led_by_new_body(resources, "وقال حزب النهضة الوطني الذي يترأسه سامي الكردي إنه سيقاطع.", "حزب النهضة الوطني")
    assert not _led_by_new_body(resources, "وقالت لجنة التحقيق المستقلة برئاسة سامي الكردي إنها أنهت عملها.",
                                "لجنة التحقيق المستقلة")


def test_a_verb_of_leading_without_a_relative_pronoun_leads_an_earlier_noun(resources):
    # a relative clause with no «الذي/التي» describes an indefinite noun (منظمة إجرامية ... يترأسها), never the
    # definite name right before the verb: the gang's boss is no leader of the movement it is tied to
    text = "وجمدت السلطات أصول منظمة إجرامية تابعة لحركة حماس يترأسها سامي الكردي."
    assert "org/hamas" not in _offices_of(resources, text, "سامي الكردي")
    assert "org/hamas" in _offices_of(
        resources, "وجمدت السلطات أصول حركة حماس التي يترأسها سامي الكردي.", "سامي الكردي")


def _led_by_new_body(resources, text, body):
    """Whether سامي الكردي (hand-placed) leads ``body``, an organisation the gazetteer lacks (hand-placed)."""
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(
        doc, sentences, [("ORG", body), ("PER", "سامي الكردي")])
    linked = resources.linker(doc, sentences, mentions)
    return any(linked.entities[r.person].label_ar == "سامي الكردي" and linked.entities[r.organisation].label_ar == body
               for r in linked.roles if r.organisation in linked.entities)


def test_a_special_counsel_is_a_prosecutor_of_his_state(resources):
    assert _offices(resources, "وقال المحقق الخاص الأمريكي جون سميث إن التحقيق مستمر.",
                    ["جون سميث"]) == {("جون سميث", "country/US")}


def test_a_quoted_name_inside_a_title_phrase_and_the_forces_of_a_body(resources):
    assert ("تركي المالكي", "org/arab-coalition") in _offices(
        resources, 'وقال المتحدث باسم قوات "التحالف العربي" العقيد تركي المالكي إن الدفاعات اعترضت صاروخا.',
        ["تركي المالكي"])
    assert ("ألكسندر ياكوفينكو", "country/RU") in _offices(
        resources, 'وقال السفير الروسي في لندن "ألكسندر ياكوفينكو" إن بلاده سترد.', ["ألكسندر ياكوفينكو"])
    # a quotation going on past the name is no quoted name: «سوريا» names no office here
    assert not _offices_of(resources, 'وطالب كينو غابرييل المتحدث باسم "سوريا الديمقراطية" بنظام ديمقراطي.', "كينو غابرييل")


def test_a_hashtag_sign_on_a_name_and_a_filler_before_the_posting(resources):
    assert ("ديمتري بيسكوف", "country/RU") in _offices(
        resources, "وقال المتحدث باسم #الكرملين، ديمتري بيسكوف، إن موسكو سترد.", ["ديمتري بيسكوف"])
    # الدائم between the title phrase and its posting: the office is still the sending state's
    assert ("رياض منصور", "country/PS") in _offices(
        resources, "وقال مراقب فلسطين الدائم لدى الأمم المتحدة، رياض منصور، إن الجمعية ستناقش القرار.", ["رياض منصور"])
    assert ("رياض منصور", "country/PS") in _offices(
        resources, "وقال مراقب #فلسطين الدائم لدى الأمم المتحدة، رياض منصور، إن الجمعية ستناقش القرار.", ["رياض منصور"])


def test_a_title_names_an_organisation_the_article_named_in_full_by_its_head_noun(resources):
    text = "أفاد المرصد السوري لحقوق الإنسان بمقتل عشرة. وقال مدير المرصد، رامي عبد الرحمن، إن القصف مستمر."
    assert ("رامي عبد الرحمن", "org/sohr") in _offices(resources, text, ["رامي عبد الرحمن"])
    # the head alone names nothing when the article has not named the organisation before
    text = "وقال مدير المرصد، رامي عبد الرحمن، إن القصف مستمر. وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة."
    assert not _offices_of(resources, text, "رامي عبد الرحمن")
    # nor when a definite word follows it: another body
    text = "أفاد المرصد السوري لحقوق الإنسان بمقتل عشرة. وقال مدير المرصد الوطني رامي عبد الرحمن إن القصف مستمر."
    assert not _offices_of(resources, text, "رامي عبد الرحمن")


def test_a_possessive_title_opening_its_sentence_refers_to_the_state_or_body_the_sentence_before_names_first(resources):
    text = "وانتقدت منظمة العفو الدولية قرار واشنطن. وقال أمينها العام كومي نايدو إن القرار مؤسف."
    assert ("كومي نايدو", "org/amnesty") in _offices(resources, text, ["كومي نايدو"])
    # a noun before the title is its antecedent, not the sentence before's
    text = "وانتقدت منظمة العفو الدولية قرار واشنطن. وأوقفت الشركة مديرها كومي نايدو."
    assert not _offices_of(resources, text, "كومي نايدو")


def test_a_plural_possessive_title_after_a_person_reads_nothing(resources):
    # زعيمهم after a person: the plural pronoun refers to a people, not to him (nor to a state)
    assert not _offices_of(resources, "تظاهر أنصار عبد الله أوجلان في فرنسا للمطالبة بالإفراج عن زعيمهم "
                                                  "سامي كمال.", "سامي كمال")
    assert not _offices_of(resources, "وتظاهر الأكراد في باريس للمطالبة بالإفراج عن زعيمهم سامي كمال.", "سامي كمال")


def test_a_name_with_a_preposition_glued_is_no_holder_of_the_title_before_it(resources):
    # the gift of the French president to Trump: Trump is the object, not a French president
    assert _offices(resources, "وحظيت هدية الرئيس الفرنسي لترامب باهتمام واسع.") == set()


def test_a_party_title_with_a_party_no_recognizer_named_gives_no_office_of_the_nisbas_state(resources):
    assert _offices(resources, "وقال رئيس حزب الأمة السوداني الصادق المهدي إن الحكومة فشلت.",
                    ["الصادق المهدي"]) == set()
    assert _offices(resources, "وقال رئيس المكتب السياسي لحركة حماس إسماعيل هنية إن الحصار يجب أن ينتهي.",
                    ["إسماعيل هنية"]) == {("إسماعيل هنية", "org/hamas")}


def test_an_office_holder_the_gazetteer_places_in_one_state_is_no_official_of_another(resources):
    assert _offices(resources, "وأجرى ترامب حديثا مع الزعيم الكوري الجنوبي كيم جونغ أون.") == set()


def test_a_noun_of_death_before_the_title_ends_the_office(resources):
    assert _offices(resources, "وأعلن الجيش مقتل القائد العسكري في حزب الله سمير القنطار.", ["سمير القنطار"]) == set()
    assert _offices(resources, "وحذر ترامب من اغتيال الرئيس السوري بشار الأسد.") == set()
    assert _offices(resources, "وطالب ترامب الرئيس السوري بشار الأسد بالرحيل.") == {("بشار الأسد", "country/SY")}


def test_a_bare_title_repeats_the_office_the_article_stated_before(resources):
    text = ("وقال وزير التربية الفلسطيني صبري صيدم إن المدرسة ستفتح. "
            "وأضاف أن الوزير صيدم منع من دخول المدرسة بأمر من الشرطة الإسرائيلية.")
    assert _offices(resources, text, ["صبري صيدم", "صيدم"]) == {("صبري صيدم", "country/PS")}


def test_an_official_spokesman_of_a_body_and_a_state_body_named_by_its_head_alone(resources):
    assert _offices(resources, "وقال المتحدث الرسمي للجيش اليمني، العميد عبده مجلي، إن القوات تقدمت.",
                    ["عبده مجلي"]) == {("عبده مجلي", "country/YE")}
    text = "وكانت إيران قد رفضت الاتهام. ونقل التلفزيون عن المتحدث باسم وزارة الخارجية بهرام قاسمي القول إن الاتهام باطل."
    assert ("بهرام قاسمي", "country/IR") in _offices(resources, text)


def test_a_title_names_an_organisation_by_its_construct_head_with_the_article(resources):
    text = ("وعقدت منظمة أطباء بلا حدود مؤتمرا صحفيا في جنيف. "
            "وقال مدير المنظمة، كريستوف بيتو، إن المستشفى امتلأ.")
    assert ("كريستوف بيتو", "org/msf") in _offices(resources, text, ["كريستوف بيتو"])


def test_a_government_spokesperson_is_an_official_of_the_state_the_article_is_about(resources):
    text = ("قالت اليونان إنها ستطرد دبلوماسيين. وأكدت أثينا أن القرار نهائي. "
            "وصرح المتحدث باسم الحكومة ديمتريس تزاناكوبولوس لقناة تلفزيونية أن اليونان تريد علاقات جيدة.")
    assert _offices(resources, text, ["ديمتريس تزاناكوبولوس"]) == {("ديمتريس تزاناكوبولوس", "country/GR")}
    # the sentence's one country is what a spokesperson speaks of, not whose they are
    text = "وطالب المتحدث باسم الحكومة يوسف المحمود برفض نقل السفارة الأمريكية. وقالت إسرائيل إنها ماضية في خطتها."
    assert _offices(resources, text, ["يوسف المحمود"]) == set()
    assert _offices(resources, "وقال المتحدث باسم الحكومة الفرنسية بنجامين غريفو إن باريس سترد.",
                    ["بنجامين غريفو"]) == {("بنجامين غريفو", "country/FR")}


def test_a_prosecutor_general_is_an_official_of_the_state(resources):
    assert _offices(resources, "وقالت المدعية العامة السويدية، كريستينا فويت، إن الأدلة قوية.",
                    ["كريستينا فويت"]) == {("كريستينا فويت", "country/SE")}


def test_a_coordinator_of_an_organisation_holds_its_office(resources):
    assert ("مارك لوكوك", "org/un") in _offices(
        resources, "وحذر مارك لوكوك، منسق الأمم المتحدة للشؤون الإنسانية، من المجاعة.", ["مارك لوكوك"])


def test_an_appointment_names_the_minister_in_the_accusative(resources):
    text = "وأعلنت الحكومة الأردنية تشكيلتها الجديدة. وشمل القرار تعيين سامر حداد وزيرا للمالية، وليلى عابد وزيرة للثقافة."
    found = _offices(resources, text, ["سامر حداد", "ليلى عابد"])
    assert {("سامر حداد", "country/JO"), ("ليلى عابد", "country/JO")} <= found
    # with no word of appointing, the same form tells a past office
    text = "وقالت الحكومة الأردنية إن سامر حداد وزيرا للمالية سابقا لم يحضر."
    assert ("سامر حداد", "country/JO") not in _offices(resources, text, ["سامر حداد"])


def test_an_appointment_reads_any_accusative_title_and_the_post_word(resources):
    # appoint154: «في منصب» + a title, a title whose «ل» word the gazetteer reads with the article, a named state
    text = "عينت مصر، الخميس، الفريق سامر حداد في منصب وزير الدفاع، واللواء كريم عابد وزيرا للداخلية."
    assert {("سامر حداد", "country/EG"), ("كريم عابد", "country/EG")} <= _offices(resources, text, ["سامر حداد", "كريم عابد"])
    text = "انتخب البرلمان في أرمينيا الثلاثاء، زعيم المعارضة سامر حداد، رئيسا للوزراء."
    assert ("سامر حداد", "country/AM") in _offices(resources, text, ["سامر حداد"])
    text = "قال سامر حداد، الذي عين ممثلا خاصا جديدا للولايات المتحدة بسوريا، إن هناك دلائل."
    assert ("سامر حداد", "country/US") in _offices(resources, text, ["سامر حداد"])
    # a club's coach, and «as president» with no appointing word, give nothing
    text = "أعلن النادي عن تعيين الإسباني سامر حداد مديرا فنيا للفريق لمدة أربع سنوات في فرنسا."
    assert not _offices(resources, text, ["سامر حداد"])
    text = "قال سامر حداد بصفته رئيسا لفرنسا إن بلاده ستدعم الاتفاق."
    assert not _offices(resources, text, ["سامر حداد"])


def test_an_appointment_to_head_a_body_makes_no_state_leader(resources):
    # «رئيسا لمجلس النواب» reads the construct title «رئيس مجلس النواب» (a legislator's office), not a bare
    # «رئيس» (a head of state) of the body's state; «رئيسا للمجلس الأعلى للدفاع» (no such title) gives nothing
    text = "وانتخب البرلمان العراقي سامر حداد رئيسا لمجلس النواب."
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(doc, sentences, [("PER", "سامر حداد")])
    roles = resources.linker(doc, sentences, mentions).roles
    assert [(r.role, r.organisation) for r in roles] == [("Legislator", "country/IQ")]
    text = "وانتخب البرلمان العراقي سامر حداد رئيسا لوزارة الدفاع العراقية."
    assert not _offices(resources, text, ["سامر حداد"])


def test_the_appointment_cues_are_loaded(tmp_path):
    cues = load_role_cues()
    assert cues.appointed and cues.appointment


def test_a_monarch_title_in_the_construct_state_names_the_realm(resources):
    # ملك، عاهل، ملكة before the country (no article): the realm is the country after the title
    assert ("سالم بن راشد", "country/BH") in _offices(
        resources, "وقال عاهل البحرين الملك سالم بن راشد إن بلاده تدعم الحوار.", ["سالم بن راشد"])
    assert ("خوان مارتين", "country/ES") in _offices(
        resources, "واستقبل ملك إسبانيا خوان مارتين الرئيس الفرنسي.", ["خوان مارتين"])
    # a beauty queen (ملكة جمال) holds no office of the country
    assert _offices_of(resources, "وتوجت ملكة جمال لبنان سارة خوري في حفل ببيروت.", "سارة خوري") == set()


def test_the_british_queen_is_an_official_of_britain(resources):
    assert ("إليزابيث الثانية", "country/GB") in _offices(
        resources, "واستقبلت ملكة بريطانيا إليزابيث الثانية الرئيس الأمريكي في قصر وندسور.")


def test_a_state_or_republic_before_the_country_name_stays_in_the_title_phrase(resources):
    # أمير دولة الكويت، رئيس جمهورية مولدوفا: the word for the state stands between the title and the country
    assert _offices_of(resources, "وأكد أمير دولة الكويت الشيخ ناصر الأحمد دعم بلاده للأردن.",
                       "ناصر الأحمد") == {"country/KW"}
    assert _offices_of(resources, "وقال رئيس جمهورية مولدوفا إيغور ماتوي إن بلاده تريد علاقات أوثق.",
                       "إيغور ماتوي") == {"country/MD"}


def test_a_title_after_the_name_that_names_a_place_gives_that_state(resources):
    # apposition with no comma: the place the title names (ولي عهد أبوظبي) is in the state whose office it is
    assert ("محمد بن زايد", "country/AE") in _offices(
        resources, "بحث الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي مع الرئيس الكازاخي العلاقات الثنائية.")


def test_a_modifier_between_the_organisation_and_the_name_keeps_the_holder(resources):
    # a modifier (للأمن القومي، الكردي) does not cut the name off its title phrase
    assert _offices_of(resources, "وقال مستشار البيت الأبيض للأمن القومي جون بولتون إن العقوبات ستستمر.",
                       "جون بولتون") == {"country/US"}
    assert _offices_of(resources, "وقال زعيم حزب الشعوب الديمقراطي الكردي صلاح الدين دميرتاش إن الانتخابات جرت.",
                       "صلاح الدين دميرتاش") == {"org/hdp"}
    # a past-office word still ends the phrase, and a conjunction starts another one
    assert _offices_of(resources, "وقال الرئيس الأمريكي السابق باراك أوباما إن الاتفاق جيد.", "باراك أوباما") == set()
    assert _offices_of(resources, "وانتقد الرئيس الأمريكي والحكومة كريم بنعلي الخطة.", "كريم بنعلي") == set()


def test_the_head_of_a_unit_named_by_definite_words_is_an_official_of_its_organisation(resources):
    # رئيس المكتب الإعلامي لـ<organisation>: the unit's head holds an office of the organisation
    assert _offices_of(resources, "وقال كريم بنعلي، رئيس المكتب الإعلامي لمنظمة الصحة العالمية، إن الوباء ينحسر.",
                       "كريم بنعلي") == {"org/who"}
    # an organisation joined by «و» to the words after the title is not the unit's (حث الأمين العام المجتمع الدولي والأمم المتحدة)
    assert _offices_of(resources, "وقال كريم بنعلي، رئيس المكتب الإعلامي ومنظمة الصحة العالمية، إن الوباء ينحسر.",
                       "كريم بنعلي") == set()
    # an organisation in the next sentence is no unit's: the title phrase ends with its sentence
    assert _offices_of(resources, "وصل الرئيس. وقالت مصادر كثيرة جدا في منظمة الصحة العالمية إن كريم بنعلي زار البلاد.",
                       "كريم بنعلي") == set()


def test_a_home_office_held_in_its_state_after_in(resources):
    # «في» + the state (or its state body) after a minister's portfolio: the office is that state's
    assert _offices_of(resources, "وقال وزير الداخلية اليميني المتطرف في إيطاليا ماتيو سالفيني إن بلاده ستغلق موانئها.",
                       "ماتيو سالفيني") == {"country/IT"}
    assert _offices_of(resources, "وقالت وزيرة الأمن الداخلي في الولايات المتحدة، كيرستين نيلسن، إن الحدود آمنة.",
                       "كيرستين نيلسن") == {"country/US"}
    assert _offices_of(resources, "وقال وزير الإعلام في الحكومة اليمنية معمر الإرياني إن الميليشيا قصفت الميناء.",
                       "معمر الإرياني") == {"country/YE"}
    # a leader holds an office of a state body, not of a state named after «في» (زعيم القاعدة في اليمن)
    assert _offices_of(resources, "وقال زعيم الديمقراطيين في مجلس الشيوخ الأمريكي تشاك شومر إن العقوبات قادمة.",
                       "تشاك شومر") == {"country/US"}
    assert _offices_of(resources, "وقال زعيم المعارضة في تركيا كمال كليتشدار أوغلو إن الانتخابات مبكرة.",
                       "كمال كليتشدار أوغلو") == set()
    # an ambassador's «في» names his host; a title with its state already named stands in a place
    assert _offices_of(resources, "وقال سفير السعودية في بريطانيا محمد بن نواف إن العلاقات قوية.",
                       "محمد بن نواف") == {"country/SA"}
    assert _offices_of(resources, "وقال وزير الخارجية الأمريكي في السعودية مايك بومبيو إن العلاقات قوية.",
                       "مايك بومبيو") == {"country/US"}


def test_a_special_envoy_before_his_post(resources):
    # الخاص between the envoy's sender and his post (إلى اليمن) keeps the name his
    assert _offices_of(resources, "وقال مبعوث الأمم المتحدة الخاص إلى اليمن، كمال حسين، إن المحادثات ستبدأ.",
                       "كمال حسين") == {"org/un"}
    assert _offices_of(resources, "وقال المبعوث الروسي الخاص إلى سوريا ألكسندر لافرينتيف إن المحادثات ستبدأ.",
                       "ألكسندر لافرينتيف") == {"country/RU"}
    # «special» is skipped only before a post: a special counsel is no chancellor (المستشار)
    assert _offices_of(resources, "وقال المستشار الخاص روبرت مولر إن التحقيق مستمر.", "روبرت مولر") == set()


def test_a_time_phrase_or_a_description_of_the_object_is_no_modifier_of_the_title(resources):
    # a time phrase after the title (اليوم الاثنين، الأسبوع الماضي) ends it: the name after it is the verb's object
    assert _offices_of(resources, "استقبل الرئيس المصري اليوم الاثنين جاريد كوشنر في القاهرة.", "جاريد كوشنر") == set()
    assert _offices_of(resources, "استقبل الرئيس المصري الأسبوع الماضي جاريد كوشنر في القاهرة.", "جاريد كوشنر") == set()
    # a definite description that is neither a nisba, a «لل» phrase nor a rank describes the object
    assert _offices_of(resources, "استقبل العاهل الأردني الملياردير جاريد كوشنر في عمان.", "جاريد كوشنر") == set()
    # a rank before the name stays in the phrase (المتحدث باسم الجيش الإسرائيلي المقدم ...)
    assert _offices_of(resources, "وقال المتحدث باسم الجيش الإسرائيلي المقدم يوناتان كونريكوس إن الجيش رد.",
                       "يوناتان كونريكوس") == {"country/IL"}


def test_a_rank_after_a_comma_keeps_the_name_in_the_title_phrase(resources):
    # the apposition «ORGANISATION، RANK NAME» that a gazetteer rank title (العقيد) already gets, for the ranks
    # only the role cues list (المقدم، اللواء، الفريق)
    assert _offices_of(resources, "وأكد المتحدث باسم البنتاغون، المقدم جوزيف بوتشينو، أن خرقا حدث.",
                       "جوزيف بوتشينو") == {"country/US"}
    assert _offices_of(resources, "ودعا رئيس أركان القوات المسلحة المصرية، الفريق محمد فريد حجازي، إلى التعاون.",
                       "محمد فريد حجازي") == {"country/EG"}
    # a comma with words other than ranks after it still ends the phrase
    assert _offices_of(resources, "وأكد المتحدث باسم البنتاغون، الخبير جوزيف بوتشينو، أن خرقا حدث.",
                       "جوزيف بوتشينو") == set()


def test_the_modifier_and_conjunction_cues_each_carry_an_example():
    # rows that shape a title phrase by position are read only with an example of the phrase they shape
    from kg.data import data_path, read_tsv
    from kg.lang.ar.normalize import is_arabic

    kinds = {"modifier", "conjunction", "nisba", "phrase", "rank"}
    rows = [(kind, source) for _, (kind, _form, source) in read_tsv(data_path("role_cues.tsv"), 3) if kind in kinds]
    assert {kind for kind, _ in rows} == kinds
    assert all(is_arabic(source, 8) for _, source in rows), [r for r in rows if not is_arabic(r[1], 8)]


def test_a_visitor_in_a_state_holds_no_office_of_it(resources):
    # a word of visiting or presence before «في» says where the holder is, not where his office is held
    assert _offices_of(resources, "وقال وزير الخارجية الزائر في العراق هايكو ماس إن العلاقات جيدة.",
                       "هايكو ماس") == set()
    assert _offices_of(resources, "وقال وزير الخارجية الضيف في الأردن كمال حسين إن العلاقات جيدة.",
                       "كمال حسين") == set()
    # a holder whose state the gazetteer knows holds no office of another state named after «في»
    assert _offices_of(resources, "وقال وزير الخارجية في العراق هايكو ماس إن العلاقات جيدة.",
                       "هايكو ماس") == set()


def test_a_representative_or_commissioner_holds_the_office_of_the_body_or_state_named_with_the_title(resources):
    assert _offices_of(resources, "وقال كمال حسين، ممثل الأمم المتحدة في ليبيا، إن المحادثات مستمرة.",
                       "كمال حسين") == {"org/un"}
    assert _offices_of(resources, "وقالت سلمى داود، ممثلة إريتريا لدى المنظمات الدولية، إن البيان واضح.",
                       "سلمى داود") == {"country/ER"}
    assert _offices_of(resources, "وقال المفوض الأوروبي للشؤون الاقتصادية كمال حسين إن الاتفاق قريب.",
                       "كمال حسين") == {"org/eu"}
    assert _offices_of(resources, "ووصفت سلمى داود، مفوضة الأمم المتحدة لحقوق الإنسان، الحكم بأنه قاس.",
                       "سلمى داود") == {"org/un"}
    # «الممثل» with the article before a nisba is an actor, not a representative of his country
    assert _offices_of(resources, "وقال الممثل الأمريكي كمال حسين إن الفيلم ناجح.", "كمال حسين") == set()



def test_a_government_named_by_its_head_states_his_office(resources):
    # rule cabinet (role_cues.tsv): حكومة / إدارة right before a name the gazetteer knows in office; the country is
    # his, not the one the sentence says the government acts on
    text = "وقالت إسرائيل إنها سترد. وقد أبرمت حكومة بنيامين نتنياهو الاتفاق مع مصر."
    assert ("بنيامين نتنياهو", "country/IL") in _offices(resources, text)
    # a past government gives no office: a past-office word after the name, a resignation or a successor before it
    for text in ("وقالت إسرائيل إنها سترد. وكانت حكومة بنيامين نتنياهو المستقيلة قد وقعت الاتفاق مع مصر.",
                 "وقالت إسرائيل إنها سترد. وجاءت استقالة حكومة بنيامين نتنياهو بعد الانتخابات.",
                 "وقالت إسرائيل إنها سترد. وتشكلت حكومة جديدة خلفا لحكومة بنيامين نتنياهو.",
                 # a conjunction or preposition glued on the word of resignation (review of office126)
                 "وقالت إسرائيل إنها سترد. وطالبت المعارضة باستقالة حكومة بنيامين نتنياهو.",
                 "وقالت إسرائيل إنها سترد. وجاءت الانتخابات واستقالة حكومة بنيامين نتنياهو في شهر واحد."):
        assert not any(p == "بنيامين نتنياهو" for p, _ in _offices(resources, text)), text
    # a new name may head a region's government (حكومة كيم تورا in Catalonia): no office of the state
    text = "وقالت إسبانيا إن مدريد سترد وإن إسبانيا موحدة. ووعد بالحوار مع حكومة جوردي مارتي."
    assert _offices_of(resources, text, "جوردي مارتي") == set()


def test_the_administration_of_a_head_out_of_office_gives_no_office(resources):
    # the gazetteer knows أوباما with no current office: إدارة أوباما is a past one
    found = _offices(resources, "وقال مسؤول أمريكي إن الولايات المتحدة تخلت عن سياسة إدارة باراك أوباما في سوريا.")
    assert not any(p == "باراك أوباما" for p, _ in found)
    assert ("دونالد ترامب", "country/US") in _offices(
        resources, "وقال مسؤول أمريكي إن الولايات المتحدة ستفرض عبر إدارة دونالد ترامب عقوبات على إيران.")


def test_the_cabinet_cues_are_loaded():
    assert load_role_cues().cabinet


def test_a_resignation_before_a_possessive_title_ends_the_office(resources):
    # role_cues.tsv dismissal استقالة (office126) also reads the possessive title: the minister who resigned holds none
    text = "وقالت ألمانيا إن الخطة فشلت. وأعلنت ألمانيا استقالة وزير خارجيتها زيغمار غابرييل."
    assert _offices_of(resources, text, "زيغمار غابرييل") == set()


def _agency_roles(resources, text, body, person):
    """{(role, organisation)} the linker gives ``person`` with ``body`` placed by hand as a new organisation."""
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(doc, sentences, [("ORG", body), ("PER", person)])
    linked = resources.linker(doc, sentences, mentions)
    return {(r.role, r.organisation) for r in linked.roles if linked.entities[r.person].label_ar == person}


def test_an_office_in_a_state_agency_new_to_the_gazetteer_is_an_office_of_its_state(resources):
    # office164 (role_cues.tsv agency, national): the body's noun opens its name and a state's word follows; its
    # head is an official, never the head of that state
    assert _agency_roles(resources, "وقال لاشين إبراهيم رئيس الهيئة الوطنية للانتخابات، إن المصريين شاركوا في انتخابات مصر.",
                         "الهيئة الوطنية للانتخابات", "لاشين إبراهيم") == {("Official", "country/EG")}
    assert _agency_roles(resources, "ونقل التلفزيون الإيراني، عن رئيس لجنة الأمن القومي علاء الدين بروجردي تأكيده سقوط طائرة.",
                         "لجنة الأمن القومي", "علاء الدين بروجردي") == {("Official", "country/IR")}
    # a spokesperson takes the one country of the sentence too
    assert _agency_roles(resources, "وقال المتحدث باسم اللجنة الوطنية المستقلة للانتخابات في موريتانيا، مصطفى المختار، "
                         "إن الحزب الحاكم فاز.", "اللجنة الوطنية المستقلة للانتخابات", "مصطفى المختار") \
        == {("Spokesperson", "country/MR")}
    # a party's committee, a non-governmental one: the office stays the body's own
    for body in ("اللجنة الوطنية الديمقراطية", "لجنة المنظمات غير الحكومية"):
        found = _agency_roles(resources, f"وقال رئيس {body}، توم بيريز، إن القرار خاطئ في أمريكا.", body, "توم بيريز")
        assert all(org.startswith("org/") for _, org in found), body


def test_a_state_agency_office_takes_its_country_from_its_phrase_not_from_what_its_holder_says(resources):
    # review of office164: the country the holder speaks of after his name is not his; the article's is
    text = "أعلنت إيران أنها سترد. وقالت طهران إن إيران لن تتراجع. " \
           "وقال رئيس لجنة الأمن القومي علاء الدين بروجردي إن الولايات المتحدة لن تنجح."
    assert _agency_roles(resources, text, "لجنة الأمن القومي", "علاء الدين بروجردي") == {("Official", "country/IR")}
    # an outlet the holder spoke to is not whose the office is
    text = "أعلنت إندونيسيا الحداد. وقال، محمد سايوغي، رئيس الوكالة الوطنية للتفتيش والإنقاذ في إندونيسيا " \
           "لوكالة الأنباء الفرنسية إن البحث مستمر."
    found = _agency_roles(resources, text, "الوكالة الوطنية للتفتيش والإنقاذ", "محمد سايوغي")
    assert not any(org.startswith("org/") for _, org in found)


def _typed(resources, text, spans):
    """{surface: entity type} of the hand-placed statistical spans ``spans`` ((label, surface) pairs), and the roles."""
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(doc, sentences, spans)
    linked = resources.linker(doc, sentences, mentions)
    surfaces = {s for _, s in spans}
    types = {m.text: linked.entities[m.entity_id].type for m in linked.mentions if m.text in surfaces and m.entity_id}
    return types, {(linked.entities[r.person].label_ar, r.organisation) for r in linked.roles}


def test_an_organisation_or_place_span_right_after_a_title_phrase_is_its_holder(resources):
    # the recognizer tags a foreign name after a title as an organisation: it names the title's holder
    types, roles = _typed(resources, "قالت وزيرة الدفاع الفرنسية، فلورنس بارلي، الخميس، إن بلادها سترسل قوات.",
                          [("ORG", "فلورنس بارلي")])
    assert types == {"فلورنس بارلي": "Person"} and roles == {("فلورنس بارلي", "country/FR")}
    types, roles = _typed(resources, "وقالت المفوضة الأوروبية للتجارة سيسيليا مالمستروم إن الحوار متوقف.",
                          [("LOC", "سيسيليا مالمستروم")])
    assert types == {"سيسيليا مالمستروم": "Person"} and roles == {("سيسيليا مالمستروم", "org/eu")}


def test_a_span_a_title_takes_as_its_genitive_or_that_names_a_thing_stays_what_it_was(resources):
    for text, span in (("قال رئيس شركة سامسونغ إن الأرباح ارتفعت.", "سامسونغ"),  # construct state
                       ("وقال زعيم جمهورية كوريلاند الشعبية إن بلاده مستعدة.", "كوريلاند"),  # a filler in the construct
                       ('وقال متحدث باسم "أوشن إنفنيتي" إن البحث مستمر.', "أوشن إنفنيتي"),  # quoted
                       ("وكان قد شغل منصب رئيس بلدية العاصمة مكسيكو ستي.", "مكسيكو ستي"),  # a place noun before
                       ("وقال رئيس الوزراء الياباني، حزب الأحرار، إن", "حزب الأحرار"),  # an organisation noun
                       ("وقال الأمين العام لمنظمة فالكونيا إن", "فالكونيا"),  # a preposition glued
                       # set off by a comma, a span cut short of the next comma is part of a longer name
                       ("وقال عضو مجلس النواب الليبي، فتح الله السعيطي، إن المجلس سيجتمع.", "فتح الله"),
                       ("أعلنت وزيرة خارجية كوريا الجنوبية، كانغ كونغ-وا، أن بلادها مستعدة.", "كانغ كونغ")):  # a hyphen
        types, _ = _typed(resources, text, [("ORG", span)])
        assert "Person" not in types.values(), text
    for text, span in (("قتل مسلحون في مدينة الشيخ زويد أمس.", "زويد"),  # an honorific alone
                       ("وأعلن رئيس الوزراء النصر على التنظيم في ديسمبر.", "النصر")):  # a definite word
        types, _ = _typed(resources, text, [("LOC", span)])
        assert "Person" not in types.values(), text


def test_a_class_noun_before_an_organisation_name_is_a_head_a_title_names_it_by(resources):
    # off176: منظمة "أطباء بلا حدود" ... رئيس بعثة المنظمة
    text = ('وتقول منظمة "أطباء بلا حدود" إن 15 شخصا قتلوا. '
            "ودعا كريستوف بيتو، رئيس بعثة المنظمة في ليبيا، إلى حماية المرضى.")
    assert _offices_of(resources, text, "كريستوف بيتو") == {"org/msf"}
    # apposition with no comma: the head noun in its sentence names the organisation
    text = ("علقت المفوضية السامية للأمم المتحدة لشؤون اللاجئين برنامجها في السودان. "
            'وقالت نوريكو يوشيدا ممثلة المفوضية في السودان: "نتعامل مع ادعاءات".')
    assert _offices_of(resources, text, "نوريكو يوشيدا") == {"org/unhcr"}
    # a class noun before one organisation and a name with that head for another: the head names neither
    text = ('وكانت ابنة أحد المسؤولين بتنظيم "داعش". وقاتل تنظيم القاعدة في اليمن. '
            "وقال قائد التنظيم أبو محمد الفلاني إن القتال مستمر.")
    assert not _offices_of(resources, text, "أبو محمد الفلاني")
    # without the class noun, the same story names one organisation by that head
    text = ('وكانت ابنة أحد المسؤولين في "داعش". وقاتل تنظيم القاعدة في اليمن. '
            "وقال قائد التنظيم أبو محمد الفلاني إن القتال مستمر.")
    assert _offices_of(resources, text, "أبو محمد الفلاني") == {"org/al-qaeda"}
