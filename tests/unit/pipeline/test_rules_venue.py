"""Where a meeting is held says who travelled, and a meeting of a forum is a session of it: two
readings of meeting triggers that add ``visited`` and ``coordinatesIn`` edges (kg/pipeline/rules/annotate.py),
a forum led by its genitive (التحالف العربي بقيادة السعودية), and a readiness cue that makes a meeting
offered, not held."""

from __future__ import annotations

from kg.contract.events import shortcut_edges


def _edges(x, relation):
    return {(a, b) for ev in x.events for a, r, b in shortcut_edges(ev, ev.modality) if r == relation}


def test_a_meeting_in_a_city_is_a_visit_by_the_party_from_another_state(run):
    x = run("التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة.")
    assert _edges(x, "visited") == {("person/vladimir-putin", "country/TR")}
    assert ("person/vladimir-putin", "person/recep-tayyip-erdogan") in _edges(x, "metWith")


def test_a_place_after_a_plain_noun_is_the_topic_not_the_venue(run):
    x = run("التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان وبحثا الأوضاع في سوريا.")
    assert _edges(x, "visited") == set()


def test_a_planned_meeting_abroad_is_a_planned_visit(run):
    x = run("سيلتقي الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة.")
    assert _edges(x, "visited") == set()
    assert {(e.type, e.modality) for e in x.events} == {("Meeting", "Planned"), ("Visit", "Planned")}


def test_a_meeting_of_a_forum_is_a_session_its_speaker_takes_part_in(run):
    x = run("قال وزير الخارجية الروسي سيرغي لافروف خلال اجتماع مجلس الأمن الدولي إن الهدنة صامدة.")
    assert _edges(x, "coordinatesIn") == {("person/sergey-lavrov", "org/unsc")}
    assert _edges(x, "metWith") == set()


def test_a_readiness_to_meet_is_no_meeting_but_a_readiness_to_sanction_is_a_threat(run):
    x = run("وأبدى الرئيس الروسي فلاديمير بوتين استعداده لإجراء محادثات مع الرئيس التركي رجب طيب أردوغان.")
    assert {e.modality for e in x.events if e.type == "Meeting"} == {"Planned"}
    x = run("وقال الرئيس الأمريكي دونالد ترامب إنه مستعد لفرض عقوبات على روسيا.")
    assert {e.modality for e in x.events if e.type == "Opposition"} == {"Asserted"}


def test_a_forum_led_by_a_state_has_it_as_a_member_and_a_team_led_by_a_coach_has_none(run):
    x = run("وأعلن التحالف العربي بقيادة السعودية اعتراض صاروخ باليستي.")
    assert _edges(x, "coordinatesIn") == {("country/SA", "org/arab-coalition")}
    x = run("وقالت الحكومة البريطانية بقيادة تيريزا ماي إنها ستطرد دبلوماسيين روس.")
    assert _edges(x, "coordinatesIn") == set()


def test_a_call_with_a_list_is_a_call_with_each_and_a_second_title_keeps_the_office_state_out(run):
    x = run("وأجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالات مع العاهل الأردني الملك عبدالله الثاني، "
            "وأمير قطر الشيخ تميم بن حمد آل ثاني.")
    calls = _edges(x, "spokeWith")
    assert ("person/salman-bin-abdulaziz", "person/abdullah-ii") in calls
    assert not any("country/QA" in pair for pair in calls)
    assert all("person/salman-bin-abdulaziz" in pair for pair in calls)  # the two called did not call each other


def test_a_meeting_not_expected_is_not_one_that_happened(run):
    x = run("ومن غير المتوقع أن يلتقي الرئيس الأمريكي دونالد ترامب بالرئيس الروسي فلاديمير بوتين.")
    assert {e.modality for e in x.events if e.type == "Meeting"} == {"Planned"}


def test_a_summit_named_by_its_host_state_is_held_there_not_met(run):
    # modal134: قمة سنغافورة is where the summit was held; Singapore meets no one
    x = run("وكانت هذه المرة الأولى التي يزور فيها بومبيو كوريا الشمالية منذ قمة سنغافورة التي جمعت بين "
            "الرئيس الأمريكي ورئيس كوريا الشمالية.")
    assert not any("country/SG" in e.participants for e in x.events)
    x = run("والتقى وزير الخارجية الأمريكي مايك بومبيو بنظيره الكوري الشمالي بعد قمة سنغافورة.")
    assert not any("country/SG" in e.participants for e in x.events)
    # the pair after بين is the summit's
    x = run("وقال بومبيو إن قمة سنغافورة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون كانت ناجحة.")
    assert _edges(x, "metWith") & {("person/donald-trump", "person/kim-jong-un"), ("person/kim-jong-un", "person/donald-trump")}
    assert not any("country/SG" in e.participants for e in x.events)
