"""Titles without a name refer to the person the article names in that office
(kg/pipeline/link/coreference.py), on short hand-written articles through the real gazetteer,
linker and rules."""

from tests.helpers import events


def _refs(x):
    """(surface, person) of every title the linker resolved to a person."""
    return [(m.text, m.entity_id) for m in x.mentions if m.source == "title-ref"]


def test_title_with_nisba_is_the_person_named_in_that_office(run):
    x = run("وصل وزير الخارجية الروسي سيرجي لافروف إلى أنقرة. ورحب وزير الخارجية الروسي بالاتفاق مع إيران.")
    assert _refs(x) == [("وزير الخارجية", "person/sergey-lavrov")]
    support = events(x, "Support")
    assert support and support[0].actor == "person/sergey-lavrov"


def test_title_with_a_genitive_state_is_the_person_and_the_state_is_no_party(run):
    x = run("استقبل الرئيس التركي رجب طيب أردوغان أمير قطر الشيخ تميم بن حمد. "
            "وعقد اجتماع بين أمير قطر والرئيس التركي في أنقرة.")
    ref = [m for m in x.mentions if m.source == "title-ref" and m.sentence == 1]
    assert {m.entity_id for m in ref} == {"person/tamim-bin-hamad", "person/recep-tayyip-erdogan"}
    qatar = [m for m in x.mentions if m.sentence == 1 and m.entity_id == "country/QA"]
    assert qatar and all(m.in_title for m in qatar)  # قطر names the emir's state, not a party


def test_title_with_no_holder_named_keeps_todays_reading(run):
    x = run("وأشاد رئيس الوزراء الإسرائيلي بالقرار.")
    assert _refs(x) == []


def test_office_of_another_holder_is_not_resolved_to_the_only_person_of_the_country(run):
    # the spokesman of the Turkish presidency is not the president
    x = run("استقبل الرئيس التركي رجب طيب أردوغان الضيف. وقال المتحدث باسم الرئاسة التركية إن اللقاء كان مثمرا.")
    assert _refs(x) == []


def test_title_with_an_organisation_nisba_is_its_named_official(run):
    x = run("وصل مبعوث الأمم المتحدة لليمن مارتن غريفيث إلى صنعاء. والتقى المبعوث الأممي وفدا من الحوثيين.")
    assert _refs(x) == [("المبعوث", "person/martin-griffiths")]


def test_bare_title_is_the_one_holder_named_before_it(run):
    x = run("وصل وزير الخارجية الروسي سيرجي لافروف إلى أنقرة. وقال الوزير إن المحادثات مثمرة.")
    assert ("الوزير", "person/sergey-lavrov") in _refs(x)


def test_bare_title_with_two_holders_or_none_before_it_refers_to_nobody(run):
    two = run("التقى وزير الخارجية الروسي سيرجي لافروف وزير الخارجية الصيني وانغ يي. وقال الوزير إن المحادثات مثمرة.")
    assert [r for r in _refs(two) if r[0] == "الوزير"] == []
    before = run("وقال الوزير إن المحادثات مثمرة. ووصل وزير الخارجية الروسي سيرجي لافروف إلى أنقرة.")
    assert _refs(before) == []


def _refs_in(x, sentence):
    return [m.entity_id for m in x.mentions if m.source == "title-ref" and m.sentence == sentence]


def test_bare_dual_or_qualified_title_refers_to_nobody(run):
    dual = run("استقبل الرئيس التركي رجب طيب أردوغان الضيف. واجتمع الرئيسان في أنقرة.")
    assert _refs_in(dual, 1) == []
    qualified = run("استقبل الرئيس التركي رجب طيب أردوغان الضيف. وقال الرئيس التنفيذي للشركة إن الصفقة جيدة.")
    assert _refs_in(qualified, 1) == []
    office = run("استقبل الرئيس التركي رجب طيب أردوغان الضيف. ويمنح الدستور سلطات واسعة للرئيس.")
    assert _refs_in(office, 1) == []


def test_title_of_an_organisation_is_its_official_named_without_a_title(run):
    # the gazetteer's office of a person the article names (one table with the linker's weak readings)
    x = run("التقى الرئيس الفرنسي إيمانويل ماكرون أنطونيو غوتيريش في باريس. وقال الأمين العام للأمم المتحدة إن المحادثات مثمرة.")
    assert _refs(x) == [("الأمين العام", "person/antonio-guterres")]
    assert ("person/antonio-guterres", "SecretaryGeneral", "org/un") in [(r.person, r.role, r.organisation) for r in x.roles]
