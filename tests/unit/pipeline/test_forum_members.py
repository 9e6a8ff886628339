"""A forum's ministers as a body (grammar.tsv members-body): who attended is what the text names.

Each sentence is written for the test, modelled on corpus phrasings; each assertion fails without the change.
"""
from __future__ import annotations


def _coordinations(run, text: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(e.participants)) for e in run(text).events if e.type == "Coordination"]


def test_the_host_state_and_the_target_are_no_members(run):
    # the host capital's state (بالعاصمة البلجيكية) and the state the ministers act against (إزاء روسيا)
    assert _coordinations(run, "اجتمع وزراء خارجية حلف شمال الأطلسي الجمعة بالعاصمة البلجيكية بروكسل.") == []
    assert _coordinations(run, "اتفق وزراء خارجية مجموعة السبع على موقف موحد إزاء روسيا في مدينة تورنتو الكندية.") == []


def test_a_named_minister_still_takes_part(run):
    events = _coordinations(run, "ترأس وزير الخارجية السعودي عادل الجبير وفد بلاده إلى مؤتمر وزراء خارجية منظمة التعاون الإسلامي.")
    assert events and all("person/adel-al-jubeir" in p for p in events)
