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
