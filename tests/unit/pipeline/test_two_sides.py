"""«The two sides» (الطرفان، الجانبان) stand for the article's two most named states only where those states are
the sides (step vn175, Context.sides_named): an event told before has parties of both, or the sentence or the one
before names both. Talks a state hosts between two factions of another have no such pair."""
from __future__ import annotations

from tests.helpers import typed_events


def test_the_two_sides_of_a_meeting_told_before_are_its_states(resources):
    made = typed_events("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة الثلاثاء. "
                        "واتفق الجانبان على تعزيز التعاون الاقتصادي.", resources)
    assert any(t == "Cooperation" for t, _, _ in made)


def test_the_two_sides_of_hosted_talks_are_not_the_host_and_the_factions_state(resources):
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    text = ("انطلقت في السويد الخميس محادثات السلام اليمنية برعاية الأمم المتحدة. وقالت وزيرة خارجية السويد إن "
            "المحادثات ستستمر أسبوعا في السويد. وقالت الحكومة اليمنية إنها مستعدة للحوار. "
            "واتفق الطرفان على تعزيز التعاون في ملف الأسرى.")
    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    assert not [e for e in x.events if e.type == "Cooperation" and {"country/SE", "country/YE"} <= set(e.participants)]
