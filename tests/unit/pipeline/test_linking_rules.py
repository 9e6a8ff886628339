"""Linking and rule-layer behaviour on short hand-written sentences (the real gazetteer and rules)."""

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from tests.helpers import events, hand_mentions


def test_surname_links_to_the_full_person_in_the_same_article(run):
    x = run("التقى وزير الخارجية الروسي سيرجي لافروف مع نظيره. وقال لافروف إن المحادثات مثمرة.")
    surnames = [m for m in x.mentions if m.source == "surname"]
    assert [m.entity_id for m in surnames] == ["person/sergey-lavrov"]


def test_role_phrase_gives_official_of_and_consumes_the_nisba(run):
    x = run("قال وزير الخارجية الصيني وانغ يي إن بلاده مستعدة.")
    assert [(r.person, r.role, r.organisation) for r in x.roles] == [("person/wang-yi", "ForeignMinister", "country/CN")]
    assert [m.in_title for m in x.mentions if m.kind == "nisba"] == [True]


def test_counterpart_with_nisba_links_to_the_official_named_elsewhere(run):
    x = run("وصل وزير الخارجية الروسي سيرجي لافروف إلى بكين. وعقد وزير الخارجية الصيني وانغ يي اجتماعا مع نظيره الروسي أمس.")
    meetings = events(x, "Meeting")
    assert meetings and meetings[0].participants == ["person/sergey-lavrov", "person/wang-yi"]


def test_future_verb_and_expectation_cues_make_events_planned(run):
    x = run("سيجتمع وزير الخارجية الصيني وانغ يي مع وزير الخارجية الروسي سيرجي لافروف في موسكو.")
    assert [e.modality for e in events(x, "Meeting")] == ["Planned"]
    x = run("ومن المتوقع أن يزور الرئيس الروسي فلاديمير بوتين الصين في أكتوبر.")
    assert [e.modality for e in events(x, "Visit")] == ["Planned"]


def test_negation_cue_makes_events_negated(run):
    x = run("لم يلتق وزير الخارجية الصيني وانغ يي مع وزير الخارجية الروسي سيرجي لافروف خلال الزيارة.")
    assert [e.modality for e in events(x, "Meeting")] == ["Negated"]


def test_coordinated_forum_list_gives_one_coordination_per_forum(run):
    x = run("أكدت روسيا والصين تعزيز التنسيق في الأمم المتحدة ومنظمة شانغهاي للتعاون ومجموعة البريكس.")
    forums = sorted(e.forum for e in events(x, "Coordination"))
    assert forums == ["org/brics", "org/sco", "org/un"]
    assert all(e.participants == ["country/CN", "country/RU"] for e in events(x, "Coordination"))


def test_trigger_words_inside_entity_names_do_not_fire(run):
    x = run("انضمت إيران إلى منظمة شانغهاي للتعاون والصين.")
    assert not events(x, "Cooperation")


def test_visit_goes_to_the_country_of_the_city_and_speaker_is_not_the_supporter(run):
    x = run("زار الرئيس الصيني شي جين بينغ موسكو. وقال لافروف إن روسيا تدعم الصين بقوة.")
    visit = events(x, "Visit")[0]
    assert (visit.actor, visit.country_visited, visit.place) == ("person/xi-jinping", "country/RU", "place/moscow")
    support = events(x, "Support")[0]
    assert (support.actor, support.target) == ("country/RU", "country/CN")


def test_extraction_is_pure(run):
    text = "التقى وزير الخارجية الصيني وانغ يي مع وزير الخارجية الروسي سيرجي لافروف أمس."
    a, b = run(text), run(text)
    assert [e.key() for e in a.events] == [e.key() for e in b.events]


def _link_with(resources, text, spans):
    """Link hand-placed statistical-recognizer mentions (label, surface) through the real linker."""
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    return resources.linker(doc, sentences, hand_mentions(doc, sentences, spans))


def test_unknown_person_short_name_links_to_the_full_name_and_the_label_is_the_full_name(resources):
    linked = _link_with(resources, "وقال روتو إن كينيا مستعدة. واستقبل الرئيس الكيني ويليام روتو ضيفه.",
                        [("PER", "روتو"), ("PER", "ويليام روتو")])
    people = [e for e in linked.entities.values() if e.type == "Person"]
    assert len(people) == 1 and people[0].label_ar == "ويليام روتو"
    assert {m.entity_id for m in linked.mentions if m.label == "PER"} == {people[0].id}


def test_one_word_person_that_names_nobody_is_dropped_and_article_words_are_not_surnames(resources):
    linked = _link_with(resources, "دعا إلى نظام دولي عادل. وحضر الملك الحسن الثاني الاجتماع الثاني للجنة.",
                        [("PER", "عادل"), ("PER", "الحسن الثاني")])
    people = [e for e in linked.entities.values() if e.type == "Person"]
    assert [p.label_ar for p in people] == ["الحسن الثاني"]
    assert [m.text for m in linked.mentions if m.entity_id == people[0].id] == ["الحسن الثاني"]
