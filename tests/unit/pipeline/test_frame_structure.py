"""Argument structure around names: appositions set off by commas, quoted names after a class noun,
a coalition named by its leader. Sentences written for these tests, modelled on news phrasings."""

from __future__ import annotations

from tests.helpers import events, stances


def test_a_name_in_commas_after_a_title_is_its_holder_and_the_next_name_is_the_object(run):
    x = run("انتقد وزير الخارجية الإيراني، محمد جواد ظريف، الولايات المتحدة بشدة.")
    assert stances(x, "Opposition") == [("person/mohammad-javad-zarif", "country/US")]
    x = run("استقبل الرئيس المصري، عبد الفتاح السيسي، وزير الخارجية الروسي سيرغي لافروف في القاهرة.")
    assert [e.participants for e in events(x, "Visit")] == [["person/abdel-fattah-el-sisi", "person/sergey-lavrov"]]


def test_a_comma_and_a_conjunction_after_an_apposition_still_join_a_list(run):
    x = run("أدان الرئيس الفرنسي، إيمانويل ماكرون، والمستشارة الألمانية أنجيلا ميركل الهجوم الروسي على سوريا.")
    assert {actor for actor, _ in stances(x, "Opposition")} >= {"person/emmanuel-macron", "person/angela-merkel"}


def test_a_portfolio_and_the_state_of_an_office_are_part_of_the_title_before_a_name(run):
    # written to test the structure (a portfolio noun, then في and the office's state), not a real office
    x = run("انتقد وزير شؤون الاتحاد الأوروبي في روسيا سيرغي لافروف النمسا بشدة.")
    assert stances(x, "Opposition") == [("person/sergey-lavrov", "country/AT")]


def test_the_organisation_of_an_office_before_a_name_in_commas_is_part_of_the_title(run):
    x = run("انتقد وزير الخارجية الإيراني محمد جواد ظريف تصريحات الأمين العام للأمم المتحدة، أنطونيو غوتيريش.")
    assert stances(x, "Opposition") == [("person/mohammad-javad-zarif", "person/antonio-guterres")]


def test_a_quoted_name_after_a_class_noun_stands_where_the_noun_stands(run):
    x = run('وانتقدت منظمة "هيومن رايتس ووتش" السعودية بشدة.')
    assert stances(x, "Opposition") == [("org/hrw", "country/SA")]
    x = run("أدانت حركة «حماس» إسرائيل.")
    assert stances(x, "Opposition") == [("org/hamas", "country/IL")]
    # the preposition glued to the class noun governs the name; the owner of a marked noun is read past it
    assert stances(run('أعلنت تركيا دعمها لحركة "حماس".')) == [("country/TR", "org/hamas")]
    assert stances(run('وأشاد الرئيس الفلسطيني محمود عباس بتقرير منظمة "هيومن رايتس ووتش".')) == [("person/mahmoud-abbas", "org/hrw")]


def test_quotation_marks_around_more_than_a_name_still_open_a_quote(resources):
    from kg.lang.ar.tokenize import split_sentences
    from kg.pipeline.rules.clauses import segment

    def cuts(text: str, names: list[tuple[int, int]]) -> list[int]:
        return [c.start for c in segment(split_sentences(text)[0], resources.lexicon, [], names=names)]

    # 0:قال 1:ترامب 2:" 3:إيران 4:" 5:لن 6:تنجح
    assert cuts('قال ترامب "إيران" لن تنجح', [(1, 2), (3, 4)]) == [0]
    # 0:قال 1:ترامب 2:" 3:إيران 4:لن 5:تنجح 6:"
    assert cuts('قال ترامب "إيران لن تنجح"', [(1, 2), (3, 4)]) == [0, 3]


def test_the_leader_of_a_named_coalition_is_no_party_of_its_clause_but_takes_part_in_it(run):
    x = run("وقصفت طائرات التحالف العربي بقيادة السعودية مواقع الحوثيين.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]
    assert [(e.participants, e.forum) for e in events(x, "Coordination")] == [(["country/SA"], "org/arab-coalition")]
    x = run("وقصفت طائرات التحالف العربي، الذي تقوده السعودية، مواقع الحوثيين.")
    assert stances(x, "Opposition") == [("org/arab-coalition", "org/houthis")]


def test_an_unnamed_coalition_stands_for_the_state_that_leads_it(run):
    x = run("وشن التحالف العسكري الذي تقوده السعودية غارات على مواقع الحوثيين.")
    assert stances(x, "Opposition") == [("country/SA", "org/houthis")]
    x = run("ويدعم التحالف الذي تقوده الولايات المتحدة الحكومة العراقية.")
    assert stances(x) == [("country/US", "country/IQ")]
    # a person who leads a forum is its officer, not a state taking part in it
    x = run("قصفت طائرات التحالف العربي بقيادة ولي العهد السعودي محمد بن سلمان مواقع المتمردين.")
    assert events(x, "Coordination") == []


def test_a_led_body_named_against_a_party_makes_its_leader_oppose_that_party(run):
    x = run("ويدعم الجيش الأمريكي التحالف الذي تقوده السعودية ضد الحوثيين في اليمن.")
    assert stances(x, "Opposition") == [("country/SA", "org/houthis")]
    x = run("وانضم السودان إلى التحالف العربي بقيادة السعودية ضد الحوثيين.")
    assert sorted(stances(x, "Opposition")) == [("country/SA", "org/houthis"), ("org/arab-coalition", "org/houthis")]
    # ضد in a reported clause after the leader phrase belongs to that clause
    x = run("وقال التحالف بقيادة السعودية إن الهجوم ضد الحوثيين مشروع.")
    assert stances(x, "Opposition") == []


def test_a_relative_pronoun_inside_a_trigger_opens_its_clause_at_the_noun(run):
    x = run("ردت إيران على الانتقادات التي وجهها الرئيس الفرنسي إيمانويل ماكرون إلى إيران.")
    assert stances(x, "Opposition") == [("person/emmanuel-macron", "country/IR")]


def test_a_bracketed_name_glossing_a_word_of_the_subject_is_no_object(run):
    x = run("ورفض البيت الأبيض ووزارتا الدفاع (البنتاغون) والخارجية التعليق على خيارات محددة.")
    assert stances(x, "Opposition") == []


def test_a_stance_verb_form_after_a_preposition_is_a_verbal_noun_with_its_genitive_as_actor(run):
    x = run("علق أنور قرقاش على الأزمة، مؤكدا على رفض الأحكام المسبقة ومحاولات تقويض استقرار السعودية.")
    assert stances(x, "Opposition") == []
    x = run("عبر مصدر في الوزارة عن رفض السعودية لإقرار الكنيست الإسرائيلي القانون.")
    assert stances(x, "Opposition") == [("country/SA", "country/IL")]


def test_a_month_in_a_clause_after_bada_ma_is_not_the_date_of_the_main_event(resources):
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    # Thursday 5 July 2018; the criticism was on Wednesday, the elections it speaks of are in August
    text = "انتقد الرئيس التركي رجب طيب أردوغان الأربعاء النمسا بعدما قررت منع التجمعات قبل الانتخابات المقررة في أغسطس."
    x = extract(make_document(text, "t", "t", resources.calendar, published="2018-07-05T09:00:00Z"), resources)
    [ev] = events(x, "Opposition")
    assert (ev.actor, ev.target, ev.modality, ev.date.iso()) == \
        ("person/recep-tayyip-erdogan", "country/AT", "Asserted", "2018-07-04")


def test_a_withdrawal_opposes_the_body_left_never_a_place_or_a_troops_state(run):
    assert stances(run("انسحبت كندا من منظمة اليونسكو احتجاجا على قراراتها."), "Opposition") == \
        [("country/CA", "org/unesco")]
    x = run("أعلن وزير الخارجية الياباني انسحاب اليابان من منظمة اليونسكو.")
    assert ("country/JP", "org/unesco") in stances(x, "Opposition")
    assert stances(run("انسحبت القوات الروسية من سوريا."), "Opposition") == []
    assert stances(run("أعلن الرئيس الأمريكي دونالد ترامب انسحاب القوات الأمريكية من سوريا."), "Opposition") == []
    # a capital in an agreement's name is no government: the Paris agreement is not France
    assert stances(run("أعلنت الولايات المتحدة الانسحاب من اتفاقية باريس للمناخ."), "Opposition") == []


def test_preparing_to_act_is_planned(run):
    [ev] = events(run("يستعد الرئيس الأمريكي دونالد ترامب لزيارة الصين."), "Visit")
    assert (ev.actor, ev.country_visited, ev.modality) == ("person/donald-trump", "country/CN", "Planned")


def test_a_pronoun_after_a_quoted_source_stands_for_the_source_not_the_agency(run):
    # نقلت X عن Y أنه ...: the agency relays, the source speaks of itself
    x = run("ونقلت وكالة رويترز عن الرئيس الفرنسي إيمانويل ماكرون أنه التقى الرئيس الروسي فلاديمير بوتين.")
    assert [e.participants for e in events(x, "Meeting")] == [["person/emmanuel-macron", "person/vladimir-putin"]]
    x = run("ونقلت صحيفة واشنطن بوست عن المستشارة الألمانية أنجيلا ميركل قولها إنها التقت الرئيس الروسي فلاديمير بوتين.")
    assert [e.participants for e in events(x, "Meeting")] == [["person/angela-merkel", "person/vladimir-putin"]]
    # an unnamed source: the pronoun names no one we know, never the agency
    assert events(run("ونقلت وكالة رويترز عن مصدر دبلوماسي أنها وقعت اتفاقا مع روسيا."), "AgreementSigning") == []
    # a speaker who says it of herself to a newspaper is still the subject
    x = run("وقالت المستشارة الألمانية أنجيلا ميركل لصحيفة واشنطن بوست إنها التقت الرئيس الروسي فلاديمير بوتين.")
    assert [e.participants for e in events(x, "Meeting")] == [["person/angela-merkel", "person/vladimir-putin"]]


def test_the_seat_of_an_office_after_a_title_is_no_quoted_source(run):
    # عن after a title names the seat (a senator for Arizona), not whom a report quotes: the speaker stays the subject
    x = run("وقالت السيناتورة الديمقراطية عن ولاية نيويورك، هيلاري كلينتون، إنها التقت رئيس الوزراء الإسرائيلي بنيامين نتنياهو.")
    assert [e.participants for e in events(x, "Meeting")] == [["person/benjamin-netanyahu", "person/hillary-clinton"]]


def test_a_news_outlet_reports_what_others_did_and_takes_no_part(run):
    # the dual pronoun refers back to two people named before; the outlet that reports is neither
    x = run('وأفادت صحيفة "واشنطن بوست" بأنهما التقيا مع وزير الخارجية الروسي سيرغي لافروف في موسكو.')
    assert not any("org/washington-post" in e.participants for e in x.events)
    # a party that is no outlet still lends its subject to the clause it reports (الرئيسان ... إنهما)
    x = run("قال الرئيس الأمريكي دونالد ترامب إنه التقى الرئيس الروسي فلاديمير بوتين في هلسنكي.")
    assert [sorted(e.participants) for e in events(x, "Meeting")] == [["person/donald-trump", "person/vladimir-putin"]]
