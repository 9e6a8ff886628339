"""Parties that stand in for the real ones, and coming summits read as held.

A leader's own state is no second side of his meeting; a بين pair after a nearer event noun is that
noun's; a state's nisba on a file noun is the topic; a coming day before a summit makes it planned.
Each sentence is written for the test, modelled on corpus phrasings; each assertion fails without its change.
"""
from __future__ import annotations


def _meetings(run, text: str) -> list[tuple[list[str], str]]:
    return [(e.participants, e.modality) for e in run(text).events if e.type == "Meeting"]


def test_a_leader_never_meets_his_own_state(run):
    # the talks were the visitor's with Kim: North Korea (the subject the clause inherits) is no party
    text = ("وجرت المحادثات خلال زيارة وزير الخارجية الروسي سيرغي لافروف لكوريا الشمالية، التي أجرى خلالها "
            "محادثات مع الزعيم كيم جونغ أون.")
    assert not any("country/KP" in parties and "person/kim-jong-un" in parties for parties, _ in _meetings(run, text))


def test_a_between_pair_after_a_nearer_event_noun_is_that_nouns(run):
    # محادثات ... للقمة بين ترامب وكيم: the summit's two sides (planned), not who held the talks
    text = "وتوجه بومبيو إلى بيونغيانغ لإجراء محادثات تمهيدا للقمة بين ترامب وكيم جونغ أون."
    meetings = [(e.evidence[0].rule, e.modality) for e in run(text).events if e.type == "Meeting"]
    assert meetings and all(rule != "meeting-22" for rule, _ in meetings)


def test_a_states_nisba_on_a_file_noun_is_the_topic(run):
    text = "والتقى لافروف أمس الرئيس التركي رجب طيب أردوغان وبحث معه الملف السوري."
    assert not any("country/SY" in parties for parties, _ in _meetings(run, text))


def test_a_coming_day_before_the_summit_makes_it_planned(run):
    text = ("وتستضيف أنقرة، الأربعاء المقبل، قمة بين الرئيس الروسي فلاديمير بوتين ونظيره الإيراني "
            "حسن روحاني.")
    assert _meetings(run, text) == [(["person/hassan-rouhani", "person/vladimir-putin"], "Planned")]
    # a past day keeps the summit held
    text = "واستضافت أنقرة الأربعاء الماضي قمة بين الرئيس الروسي فلاديمير بوتين ونظيره الإيراني حسن روحاني."
    assert _meetings(run, text) == [(["person/hassan-rouhani", "person/vladimir-putin"], "Asserted")]


def test_signatories_a_participle_qualifies_signed_nothing_with_each_other(run):
    # الدول الموقعة على الاتفاق: one side's co-signatories, their counterpart not read as a party
    text = "وفرنسا وألمانيا وبريطانيا من الدول الموقعة على الاتفاق النووي المبرم عام 2015 بين القوى الكبرى وطهران."
    assert not [e for e in run(text).events if e.type == "AgreementSigning"]


def test_an_intended_meeting_is_planned(run):
    text = "وقال نتنياهو إنه ينوي إجراء لقاء مع الرئيس الأمريكي دونالد ترامب في واشنطن."
    assert [m for _, m in _meetings(run, text)] == ["Planned"]


def _signings(run, text: str) -> list[list[str]]:
    return [e.participants for e in run(text).events if e.type == "AgreementSigning"]


def test_a_cooperation_noun_completing_the_agreement_leaves_it_the_pair(run):
    # التعاون is the complement of the agreement noun (اتفاقية التعاون، مذكرة تفاهم للتعاون): no nearer event,
    # the بين pair signed it
    assert ["country/RU", "country/TR"] in _signings(run, "وتم توقيع اتفاقية التعاون بين روسيا وتركيا في أنقرة.")
    assert ["country/RU", "country/SA"] in _signings(
        run, "وجرى خلال الزيارة توقيع مذكرة تفاهم للتعاون بين السعودية وروسيا.")
    # the witnesses of a signing signed nothing with each other; the states named after بين did
    signings = _signings(run, "وشهد ترامب وماكرون توقيع اتفاقية التعاون بين الولايات المتحدة وفرنسا.")
    assert ["person/donald-trump", "person/emmanuel-macron"] not in signings
    assert ["country/FR", "country/US"] in signings


def test_a_coming_time_of_another_noun_or_before_a_past_verb_plans_nothing(run):
    # the coming week is the summit's (قمة الأسبوع المقبل), and a past verb tells a meeting held
    assert _meetings(run, "وقبل قمة الأسبوع المقبل التقى بومبيو بالجبير في الرياض.") == [
        (["person/adel-al-jubeir", "person/mike-pompeo"], "Asserted")]
    assert [e.modality for e in run("وفي الأسبوع المقبل، استقبل أردوغان بوتين.").events] == ["Asserted"]
    assert _meetings(run, "وقبل قمة الأسبوع المقبل، عقد بومبيو والجبير اجتماعا في الرياض.") == [
        (["person/adel-al-jubeir", "person/mike-pompeo"], "Asserted")]
    # a present verb after the coming week is still planned
    assert _meetings(run, "ويلتقي بومبيو بالجبير الأسبوع المقبل في الرياض.")[0][1] == "Planned"


def test_a_coming_time_inside_a_relative_clause_closed_by_a_comma_plans_nothing(run):
    # الذي يتوجه الأسبوع المقبل إلى سنغافورة describes Trump; the talks with Macron were held
    assert _meetings(run, "وأجرى ترامب، الذي يتوجه الأسبوع المقبل إلى سنغافورة، محادثات مع ماكرون.") == [
        (["person/donald-trump", "person/emmanuel-macron"], "Asserted")]


def test_a_states_nisba_on_a_faction_noun_is_no_party(run):
    # the factions are backed, not the state they come from (grammar ``faction``)
    text = "وقالت المصادر إن تركيا تدعم الفصائل السورية المسلحة في شمال البلاد."
    assert not any("country/SY" in e.participants for e in run(text).events)
    text = "وبالمقابل تخلت تركيا عن دعم الفصائل السورية في الغوطة."
    assert not any("country/SY" in e.participants for e in run(text).events)
    # the state itself stays a party
    text = "وقالت المصادر إن تركيا تدعم الحكومة السورية."
    assert any("country/SY" in e.participants and e.type == "Support" for e in run(text).events)
    # a group's own nisba (not a state's) still names the group: Iran backs the Houthis
    text = "وقال المتحدث إن إيران تدعم الميلشيات الحوثية المسلحة."
    assert [e.participants for e in run(text).events if e.type == "Support"] == [["country/IR", "org/houthis"]]


def test_kurds_migrants_and_indefinite_group_nouns_are_factions_too(run):
    # أكراد سوريون: an indefinite group with a state's nisba, and the participle after it qualifies the
    # group: the US backs the Kurds, neither Syria nor the clause's subject
    text = "وجدد أردوغان تهديده بتوسيع العمليات في مناطق يحتفظ بها أكراد سوريون مدعومون من الولايات المتحدة."
    assert not [e for e in run(text).events if e.type == "Support"]
    text = "وتتهم أنقرة الأكراد في سوريا بالسعي لإنشاء كيان مستقل."
    assert not any("country/SY" in e.participants for e in run(text).events)
    # an unnamed noun before the participle still reads it as the clause's adverb when definite
    text = "وتقدمت القوات السورية مدعومة بالطيران الروسي."
    assert [e.participants for e in run(text).events if e.type == "Support"] == [["country/RU", "org/army-sy"]]


def test_a_group_noun_joined_by_and_to_a_government_leaves_the_governments_state(resources):
    # «الفصائل والحكومة السورية»: the word between the group noun and the nisba is no plain adjective,
    # so the nisba is the government's and the state stays a party of the meeting
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    text = "التقى سيرغي لافروف ممثلي الفصائل والحكومة السورية في موسكو."
    doc = make_document(text, "t", "t", resources.calendar, published="2018-06-01T09:00:00Z")
    meetings = [set(e.participants) for e in extract(doc, resources).events if e.type == "Meeting"]
    assert {"person/sergey-lavrov", "country/SY"} in meetings


def test_a_past_office_title_stands_in_for_no_state(run):
    # an unnamed title with its nisba stands in for the state (انتقد الرئيس الأمريكي): the US is a party
    text = "وانتقد الرئيس الإيراني حسن روحاني الرئيس الأمريكي بشدة."
    assert any("country/US" in e.participants for e in run(text).events if e.type == "Opposition")
    # with a past-office word after the nisba (السابق، الأسبق) the office is no current one: no state stands in,
    # named (by someone the gazetteer does not know) or not
    for text in ("وانتقد الرئيس الإيراني حسن روحاني وزير الخارجية الأمريكي السابق بشدة.",
                 "وانتقد الرئيس الإيراني حسن روحاني وزير الخارجية الأمريكي الأسبق سامر خليل بشدة.",
                 "وأعرب أعضاء مجلس الأمن عن دعمهم لجهود الرئيس الألماني السابق من أجل السلام."):
        assert not any(p in e.participants for e in run(text).events for p in ("country/US", "country/DE")), text


def test_an_ally_noun_joined_by_and_joins_its_party_to_the_list(run):
    # وحليفتها موسكو: Damascus and its ally Moscow threaten together, neither threatens the other
    assert not run("وهددت دمشق وحليفتها موسكو بالرد على أي هجوم.").events
    # وحليفها حزب الله: Iran and its ally Hezbollah are both accused
    found = [(e.actor, e.target) for e in run("واتهمت السعودية إيران وحليفها حزب الله بتهريب الأسلحة.").events]
    assert sorted(found) == [("country/SA", "country/IR"), ("country/SA", "org/hezbollah")]
