"""A news outlet reports events and takes part in none, and a dateline names no party.

The CNN Arabic dateline (دبي، الإمارات العربية المتحدة (CNN)-- ...) opens about one corpus article
in twelve; read as text, its place became a visitor or a party to the lead's event.
"""

from __future__ import annotations

from tests.helpers import events


def test_an_undated_agency_dateline_is_read_as_a_dateline_and_its_place_is_no_visitor(run):
    x = run("دبي، الإمارات العربية المتحدة (CNN)-- أنهى ولي العهد السعودي الأمير محمد بن سلمان، الجمعة، "
            "زيارة لبريطانيا استمرت ثلاثة أيام.")
    assert x.document.dateline is not None and x.document.dateline.agency == "CNN"
    visits = events(x, "Visit")
    assert [(e.actor, e.country_visited) for e in visits] == [("person/mohammed-bin-salman", "country/GB")]


def test_an_interview_with_a_news_outlet_is_no_meeting(run):
    x = run("وقال وزير الخارجية الأمريكي مايك بومبيو خلال لقاء مع سكاي نيوز عربية إن العلاقات مع السعودية قوية.")
    assert events(x, "Meeting") == []


def test_a_news_outlet_may_still_be_the_target_of_a_stance(run):
    x = run("وانتقد وزير الخارجية المصري سامح شكري قناة الجزيرة القطرية بشدة.")
    assert [e.target for e in events(x, "Opposition")] == ["org/al-jazeera"]


def test_a_tv_interview_is_no_meeting_with_the_country_of_its_channel(run):
    # the channel, not known to the gazetteer, leaves only its nisba: no meeting with Egypt either
    x = run("وقال رئيس الوزراء العراقي حيدر العبادي في لقاء تلفزيوني مع قناة مصرية إن الانتخابات ستجرى في موعدها.")
    assert events(x, "Meeting") == []


def test_an_interview_with_an_unknown_channel_is_no_meeting(run):
    x = run("وقال الرئيس الأمريكي السابق باراك أوباما في لقاء مع القناة الثانية الإسرائيلية إن السلام ممكن.")
    assert events(x, "Meeting") == []


def test_an_interview_a_paper_held_with_him_is_no_meeting(run):
    x = run("وقال الرئيس الفرنسي إيمانويل ماكرون في لقاء أجرته معه مجلة فرنسية إن ألمانيا شريك أساسي.")
    assert events(x, "Meeting") == []


def test_a_meeting_noun_with_a_person_is_still_a_meeting(run):
    x = run("وقال رئيس الوزراء العراقي حيدر العبادي خلال لقاء مع الرئيس المصري عبد الفتاح السيسي إن العلاقات قوية.")
    assert [sorted(e.participants) for e in events(x, "Meeting")] == [
        ["person/abdel-fattah-el-sisi", "person/haider-al-abadi"]]
    # a joint press meeting of two parties is a meeting, the press word notwithstanding
    x = run("وقال وزير الخارجية الروسي سيرغي لافروف خلال لقاء صحفي مشترك مع نظيره الأمريكي مايك بومبيو إن الحل سياسي.")
    assert [sorted(e.participants) for e in events(x, "Meeting")] == [
        ["person/mike-pompeo", "person/sergey-lavrov"]]


def test_a_press_word_keeps_its_grammar_kind_as_a_class_noun():
    from kg.lang.ar.normalize import normalize
    from kg.pipeline.rules.lexicon import Lexicon

    lex = Lexicon.load()
    channel = normalize("قناة")
    assert lex.grammar[channel] == "class" and channel in lex.words("press") and channel in lex.words("class")


def test_televised_talks_are_still_a_meeting(run):
    # متلفزة is a press word, but only لقاء also names an interview: talks shown on television are talks
    # (so are talks with a network that is a party: محادثات مع شبكة حقاني)
    x = run("أجرى الرئيس الروسي فلاديمير بوتين محادثات متلفزة مع الرئيس التركي رجب طيب أردوغان في سوتشي.")
    assert [sorted(e.participants) for e in events(x, "Meeting")] == [
        ["person/recep-tayyip-erdogan", "person/vladimir-putin"]]
