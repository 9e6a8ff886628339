"""Meetings, visits, forums and cooperation read on sentences written for these tests (gazetteer
recognizer): who takes part, and who does not."""

from __future__ import annotations

import pytest

from kg.contract.events import shortcut_edges
from kg.pipeline.extract import extract
from kg.pipeline.ingest import make_document


def edges(text: str, resources) -> set[tuple[str, str, str]]:
    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    return {e for ev in x.events for e in shortcut_edges(ev, ev.modality)}


def test_a_state_between_a_title_and_a_name_is_no_party(resources):
    made = edges("والتقى رئيس تركيا رجب طيب أردوغان ورئيس روسيا فلاديمير بوتين في سوتشي.", resources)
    assert ("person/recep-tayyip-erdogan", "metWith", "person/vladimir-putin") in made
    assert not any(r == "metWith" and "country/RU" in (s, o) for s, r, o in made)


def test_co_actors_meet_the_partner_not_each_other(resources):
    made = edges("اجتمع سيرغي لافروف وفلاديمير بوتين مع رجب طيب أردوغان في أنقرة.", resources)
    assert ("person/sergey-lavrov", "metWith", "person/recep-tayyip-erdogan") in made
    assert ("person/vladimir-putin", "metWith", "person/recep-tayyip-erdogan") in made
    assert ("person/sergey-lavrov", "metWith", "person/vladimir-putin") not in made


@pytest.mark.parametrize("text, subject, partners", [
    # مع + a list of partners
    ("واجتمع سيرغي لافروف مع رجب طيب أردوغان وبنيامين نتنياهو في موسكو.", "person/sergey-lavrov",
     ("person/recep-tayyip-erdogan", "person/benjamin-netanyahu")),
    # a bare object list after the subject
    ("التقى بومبيو الرئيس السيسي ووزير الخارجية سامح شكري.", "person/mike-pompeo",
     ("person/abdel-fattah-el-sisi", "person/sameh-shoukry")),
])
def test_a_list_of_partners_meets_the_subject_not_each_other(resources, text, subject, partners):
    made = edges(text, resources)
    assert all((subject, "metWith", p) in made for p in partners)
    first, second = partners
    assert not {(first, "metWith", second), (second, "metWith", first)} & made


def test_a_gapped_support_row_does_not_hide_an_event_in_its_gap(resources):
    # تلقت ... دعم / حظي ... بدعم: a call, a visit or a cooperation noun inside the gap is the event told
    made = edges("وتلقت ميركل اتصالا هاتفيا من بوتين أكد فيه دعم روسيا للحل السياسي.", resources)
    assert any(r == "spokeWith" and {s, o} == {"person/angela-merkel", "person/vladimir-putin"} for s, r, o in made)
    made = edges("وحظيت زيارة ماكرون إلى الجزائر بدعم واسع.", resources)
    assert ("person/emmanuel-macron", "visited", "country/DZ") in made
    made = edges("ويحظى اتفاق التعاون بين مصر والسعودية بدعم أمريكي.", resources)
    assert any(r == "cooperatesWith" and {s, o} == {"country/EG", "country/SA"} for s, r, o in made)


def test_a_list_joined_to_the_subject_with_and_meets_as_one(resources):
    # ونظيراه ...: the list goes on with the subject (nominative), all three met together
    made = edges("اجتمع وزير الخارجية الروسي سيرغي لافروف ونظيراه التركي مولود جاويش أوغلو والإيراني "
                 "محمد جواد ظريف في موسكو.", resources)
    assert any(r == "metWith" and {s, o} == {"person/mevlut-cavusoglu", "person/mohammad-javad-zarif"}
               for s, r, o in made)
    assert any(r == "metWith" and {s, o} == {"person/sergey-lavrov", "person/mohammad-javad-zarif"} for s, r, o in made)


def test_a_list_of_partners_cooperates_with_the_subject_not_with_each_other(resources):
    made = edges("تتعاون مصر مع فرنسا وألمانيا في مكافحة الإرهاب.", resources)
    assert ("country/EG", "cooperatesWith", "country/FR") in made
    assert ("country/EG", "cooperatesWith", "country/DE") in made
    assert not any({s, o} == {"country/FR", "country/DE"} for s, _, o in made)
    made = edges("أكد روحاني أهمية التعاون مع الصين وروسيا.", resources)
    assert not any({s, o} == {"country/CN", "country/RU"} for s, _, o in made)
    # a joint act with a list is one undertaking of all of them; so is one agreement signed with a list
    made = edges("أجرت مصر مناورات عسكرية مشتركة مع فرنسا وبريطانيا.", resources)
    assert ("country/FR", "cooperatesWith", "country/GB") in made


def test_talks_with_a_list_and_no_subject_found_are_no_meeting_among_the_list(resources):
    made = edges("وقال مسؤول كبير إن مباحثات تجرى بالفعل مع بريطانيا وفرنسا وألمانيا بشأن الخطوات المقبلة.", resources)
    assert not any(r == "metWith" for _, r, _ in made)


def test_a_summit_between_two_named_sides_keeps_its_pair(resources):
    # بين names both sides, also when commas around the titles leave the group read as ungoverned
    made = edges("موجة من الترقب تحيط بالقمة التاريخية في سنغافورة بين الرئيس الأميركي، دونالد ترامب، والزعيم الكوري "
                 "الشمالي، كيم جونغ أون، إلا أن هناك حالة من عدم اليقين.", resources)
    assert {("person/donald-trump", "metWith", "person/kim-jong-un"),
            ("person/kim-jong-un", "metWith", "person/donald-trump")} & made


def test_a_fixture_in_a_match_report_is_no_meeting(resources):
    made = edges("وتلتقي الأرجنتين مع نيجيريا في المباراة الحاسمة من أجل التأهل.", resources)
    assert not any(r == "metWith" for _, r, _ in made)


def test_a_person_after_the_visit_noun_is_the_visitor(resources):
    made = edges("وصفت بريطانيا زيارة ولي العهد السعودي الأمير محمد بن سلمان إلى فرنسا بأنها تاريخية.", resources)
    assert ("person/mohammed-bin-salman", "visited", "country/FR") in made
    assert ("country/GB", "visited", "country/FR") not in made


def test_the_envoy_visits_not_the_organisation_of_his_title(resources):
    made = edges("وصل مبعوث الأمم المتحدة لليمن مارتن غريفيث إلى مسقط.", resources)
    assert ("person/martin-griffiths", "visited", "country/OM") in made
    assert ("org/un", "visited", "country/OM") not in made


def test_a_place_noun_owned_by_a_nisba_is_no_destination(resources):
    made = edges("توجه الرئيس الأمريكي دونالد ترامب إلى مقر القوات الروسية.", resources)
    assert not any(r == "visited" for _, r, _ in made)


def test_a_summit_named_after_fi_is_where_its_subject_takes_part(resources):
    made = edges("تحدث الرئيس الفرنسي إيمانويل ماكرون في قمة مجموعة السبع عن التجارة.", resources)
    assert ("person/emmanuel-macron", "coordinatesIn", "org/g7") in made


def test_a_bare_summit_noun_makes_no_participant(resources):
    made = edges("انتقد الرئيس الفرنسي إيمانويل ماكرون التجارة قبل انطلاق قمة مجموعة السبع.", resources)
    assert ("person/emmanuel-macron", "coordinatesIn", "org/g7") not in made


def test_the_forum_after_a_participation_noun_is_not_its_subject(resources):
    made = edges("الرئيس التركي رجب طيب أردوغان شارك في اجتماع مجموعة العشرين.", resources)
    assert ("person/recep-tayyip-erdogan", "coordinatesIn", "org/g20") in made


def test_cooperation_with_one_unnamed_side_is_not_the_articles_pair(resources):
    text = "زار الرئيس المصري القاهرة. وقال الرئيس الأمريكي إن مصر تريد التعاون مع الدول الأخرى."
    made = edges(text, resources)
    assert not any(r == "cooperatesWith" for _, r, _ in made)


def test_two_nisbas_on_a_cooperation_noun_are_its_parties(resources):
    made = edges("أكد لافروف أهمية التعاون الصيني الروسي في الشؤون الدولية.", resources)
    assert ("country/CN", "cooperatesWith", "country/RU") in made or ("country/RU", "cooperatesWith", "country/CN") in made


def test_a_name_after_the_verb_of_a_where_clause_is_whom_the_subject_met(resources):
    made = edges("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة، حيث التقى الرئيس رجب طيب أردوغان.", resources)
    assert ("person/sergey-lavrov", "metWith", "person/recep-tayyip-erdogan") in made



def test_the_inviter_named_after_bi_dawa_min_hosts_the_visitor_and_visits_nowhere(resources):
    made = edges("وصل الرئيس التركي رجب طيب أردوغان إلى ألمانيا بدعوة من المستشارة أنجيلا ميركل.", resources)
    assert ("person/recep-tayyip-erdogan", "visited", "country/DE") in made
    assert ("person/angela-merkel", "hosted", "person/recep-tayyip-erdogan") in made
    assert not any(r == "visited" and s == "person/angela-merkel" for s, r, _ in made)


def test_a_capital_after_a_preposition_with_a_conjunction_is_the_place_not_its_state(resources):
    for where in (" في أنقرة", "، وفي أنقرة"):
        text = f"التقى سيرغي لافروف رجب طيب أردوغان{where}."
        x = extract(make_document(text, "t", "t", resources.calendar), resources)
        meeting = next(ev for ev in x.events if ev.type == "Meeting")
        assert meeting.place == "place/ankara", where


def test_a_forum_meeting_after_wa_dhalika_is_the_setting_of_the_statement_before(resources):
    made = edges('حذر وزير الخارجية الروسي سيرغي لافروف من أن الأزمة "خطيرة جدا"، وذلك خلال اجتماع مجلس الأمن.',
                 resources)
    assert ("person/sergey-lavrov", "coordinatesIn", "org/unsc") in made


def test_a_forum_session_and_a_forum_noun_take_the_last_ungoverned_name_before_the_noun(resources):
    # a place after في between the speaker and the meeting noun is where he spoke, not who took part
    made = edges("قال وزير الخارجية الروسي سيرغي لافروف في موسكو خلال اجتماع مجلس الأمن الدولي إن الوضع خطير.",
                 resources)
    assert ("person/sergey-lavrov", "coordinatesIn", "org/unsc") in made
    assert not any(r == "coordinatesIn" and s == "country/RU" for s, r, _ in made)
    made = edges("وقال وزير الخارجية المصري سامح شكري في القاهرة إنه شارك في اجتماع جامعة الدول العربية.", resources)
    assert ("person/sameh-shoukry", "coordinatesIn", "org/arab-league") in made


def test_a_reported_clause_opening_with_a_plain_noun_lends_no_actor_to_wa_dhalika(resources):
    made = edges("قال وزير الخارجية الروسي سيرغي لافروف إن تصريحات ترامب مقلقة، وذلك خلال لقائه برئيس الوزراء"
                 " البريطاني بوريس جونسون.", resources)
    assert ("person/sergey-lavrov", "metWith", "person/boris-johnson") in made
    assert not any(r == "metWith" and "person/donald-trump" in (s, o) for s, r, o in made)


def test_a_vso_object_after_a_date_and_a_title_is_whom_the_subject_met(resources):
    made = edges("وبعد لقاءات مع قادة الحوثيين، التقى مارتن غريفيث الأسبوع الماضي الرئيس اليمني عبد ربه منصور هادي.",
                 resources)
    assert ("person/martin-griffiths", "metWith", "person/abdrabbuh-mansur-hadi") in made
    assert not any(r == "metWith" and "org/houthis" in (s, o) for s, r, o in made)


def test_a_forum_nisba_on_a_noun_after_the_trigger_is_no_forum(resources):
    made = edges("وتعمل فرنسا على تنسيق الرحلات الجوية الأوروبية.", resources)
    assert not any(r == "coordinatesIn" for _, r, _ in made)
    made = edges("وتحدث الرئيس الفرنسي إيمانويل ماكرون في قمة الاتحاد الأوروبي عن الهجرة.", resources)
    assert ("person/emmanuel-macron", "coordinatesIn", "org/eu") in made


def test_a_meeting_that_joined_two_parties_names_them_after_its_verb(resources):
    made = edges("ونشرت وزارة الخارجية الروسية على موقع تويتر صورة من لقاء جمع سيرغي لافروف بمايك بومبيو.", resources)
    assert ("person/sergey-lavrov", "metWith", "person/mike-pompeo") in made \
        or ("person/mike-pompeo", "metWith", "person/sergey-lavrov") in made
    assert not any(r == "metWith" and "org/twitter" in (s, o) for s, r, o in made)


def test_the_pronoun_on_a_joining_verb_is_a_person_not_the_body_that_tells(resources):
    made = edges("وقال فلاديمير بوتين خلال اللقاء الذي جمعه برجب طيب أردوغان إن العلاقات جيدة.", resources)
    assert {("person/vladimir-putin", "metWith", "person/recep-tayyip-erdogan"),
            ("person/recep-tayyip-erdogan", "metWith", "person/vladimir-putin")} & made
    made = edges("وكشفت السفارة السعودية في ألمانيا عن لقاء جمعه بهيكو ماس.", resources)
    assert not any(r == "metWith" for _, r, _ in made)


def test_states_after_a_file_noun_are_topics_not_parties(resources):
    made = edges("ملفا أفغانستان وأوكرانيا محور محادثات قادة حلف شمال الأطلسي.", resources)
    assert not any(r == "metWith" and "country/AF" in (s, o) for s, r, o in made)


def test_both_sides_after_a_between_pattern_leave_the_subject_out(resources):
    made = edges("واتفق سيرغي لافروف ووانغ يي على تعزيز التنسيق بين روسيا والصين.", resources)
    assert ("country/CN", "cooperatesWith", "country/RU") in made or ("country/RU", "cooperatesWith", "country/CN") in made
    assert not any(r == "cooperatesWith" and {s, o} == {"person/sergey-lavrov", "country/CN"} for s, r, o in made)


def test_a_visit_to_a_city_the_gazetteer_places_is_a_visit_to_its_state(resources):
    made = edges("ووصل الرئيس الروسي فلاديمير بوتين إلى إسطنبول.", resources)
    assert ("person/vladimir-putin", "visited", "country/TR") in made


def test_a_name_after_a_kinship_noun_is_no_co_actor(resources):
    made = edges("وقال البيت الأبيض إن جاريد كوشنر، زوج ابنة الرئيس دونالد ترامب، ومايك بومبيو ناقشا مع عبد الفتاح السيسي "
                 "تعزيز التعاون بين الولايات المتحدة ومصر.", resources)
    assert {("person/mike-pompeo", "metWith", "person/abdel-fattah-el-sisi"),
            ("person/abdel-fattah-el-sisi", "metWith", "person/mike-pompeo")} & made
    assert not any(r == "metWith" and "person/donald-trump" in (s, o) for s, r, o in made)
    assert not any(r == "metWith" and {s, o} == {"country/US", "country/EG"} for s, r, o in made)


def test_a_compatriot_received_at_home_is_hosted_but_visits_nowhere(resources):
    made = edges("استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الروسي سيرغي لافروف في موسكو.", resources)
    assert ("person/vladimir-putin", "hosted", "person/sergey-lavrov") in made
    assert not any(r == "visited" for _, r, _ in made)
    foreign = edges("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو.", resources)
    assert ("person/recep-tayyip-erdogan", "visited", "country/RU") in foreign


def test_the_state_of_an_envoys_brief_is_no_party_and_no_venue(resources):
    made = edges("التقى سيرغي لافروف مبعوث الأمم المتحدة الخاص باليمن مارتن غريفيث.", resources)
    assert ("person/sergey-lavrov", "metWith", "person/martin-griffiths") in made
    assert not any("country/YE" in (s, o) for s, r, o in made if r in ("metWith", "visited"))


def test_a_person_in_apposition_after_an_organisation_is_the_visitor(resources):
    made = edges("التقى شيخ الأزهر، رئيس المجلس، مارتن غريفيث، خلال زيارته الحالية إلى إيطاليا، البابا فرنسيس.", resources)
    assert ("person/martin-griffiths", "visited", "country/IT") in made
    assert not any(r == "visited" and s.startswith("org/") for s, r, _ in made)


def test_the_state_in_the_hosts_title_is_neither_host_nor_guest(resources):
    made = edges("استقبل ملك الأردن عبدالله الثاني الرئيس الفلسطيني محمود عباس.", resources)
    assert ("person/abdullah-ii", "hosted", "person/mahmoud-abbas") in made
    assert not any(r in ("hosted", "visited") and "country/JO" == s for s, r, _ in made)
    assert ("person/abdullah-ii", "visited", "country/JO") not in made
    made = edges("استقبل الشيخ محمد بن زايد ولي عهد أبوظبي الرئيس اليمني عبد ربه منصور هادي.", resources)
    assert ("person/mohammed-bin-zayed", "hosted", "person/abdrabbuh-mansur-hadi") in made
    assert not any(r == "hosted" and o == "country/AE" for _, r, o in made)


def test_cooperation_after_bi_joins_the_clause_subject_to_each_party_right_after_it(resources):
    made = edges("تعمل مصر بالتعاون مع الأمم المتحدة على إيصال المساعدات.", resources)
    assert ("country/EG", "cooperatesWith", "org/un") in made
    made = edges("دخلت قافلة المساعدات الغوطة بالتعاون مع اللجنة الدولية للصليب الأحمر والأمم المتحدة.", resources)
    assert not {("org/icrc", "cooperatesWith", "org/un"), ("org/un", "cooperatesWith", "org/icrc")} & made
    made = edges("وأكدت اليابان أنها تسعى بالتعاون مع المجتمع الدولي لإقناع كوريا الشمالية بالتخلي عن برنامجها.", resources)
    assert not any(r == "cooperatesWith" for _, r, _ in made)
    made = edges("تولت روسيا بالتنسيق مع الحكومة السورية التفاوض مع التنظيم.", resources)
    assert ("country/RU", "cooperatesWith", "country/SY") in made


def test_a_title_after_the_comma_still_names_the_holder_of_the_office(resources):
    # القائد العام للجيش الليبي، المشير خليفة حفتر: the army is part of Haftar's title, he is the subject
    made = edges("وصل القائد العام للجيش الليبي، المشير خليفة حفتر، إلى القاهرة الأحد.", resources)
    assert ("person/khalifa-haftar", "visited", "country/EG") in made
    made = edges("التقى الأمين العام لجامعة الدول العربية، السيد أحمد أبو الغيط، الرئيس الفرنسي إيمانويل ماكرون.",
                 resources)
    assert ("person/ahmed-aboul-gheit", "metWith", "person/emmanuel-macron") in made
    assert not any(r == "metWith" and s.startswith("org/") for s, r, _ in made)


def test_a_speech_before_a_forum_in_an_opening_phrase_is_the_speakers(resources):
    # وفي كلمة أمام مجلس الأمن، قالت هيلي: the council is where she spoke, she takes part in it
    made = edges("وفي كلمة أمام مجلس الأمن الدولي، قالت نيكي هيلي إن الحكومة الإيرانية تستغل الأطفال.", resources)
    assert ("person/nikki-haley", "coordinatesIn", "org/unsc") in made
    assert not any(r == "coordinatesIn" and s == "country/IR" for s, r, _ in made)


def test_bilateral_relations_reviewed_at_a_meeting_are_no_cooperation(run):
    # a meeting that reviewed the relations between two states is a meeting; the relations are no joint work
    x = run("بحث الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني العلاقات الثنائية بين مصر والأردن.")
    assert [e for e in x.events if e.type == "Cooperation"] == []


def test_a_name_right_after_the_bare_reception_noun_is_the_guest(resources):
    # كان في استقبال X ... Y: X is the noun's genitive, the guest; the host is named after him
    made = edges("ووصل بومبيو إلى الرياض، وكان في استقبال بومبيو في المطار وزير الخارجية عادل الجبير.", resources)
    assert ("person/adel-al-jubeir", "hosted", "person/mike-pompeo") in made
    assert ("person/mike-pompeo", "hosted", "person/adel-al-jubeir") not in made
    # with the pronoun (في استقباله) the name after it is still the host
    made = edges("ووصل بومبيو إلى الرياض، وكان في استقباله وزير الخارجية عادل الجبير.", resources)
    assert ("person/adel-al-jubeir", "hosted", "person/mike-pompeo") in made
