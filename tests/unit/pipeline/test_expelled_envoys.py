"""An expulsion of envoys (طرد* ... دبلوماسي*) is aimed at the state whose envoys they are, named by the nisba
after them: that state is the target, never the actor (the genitive a gapped verb row otherwise reads as
its actor). With no state read there it is unsaid whose envoys they are, and nothing is made.
An ambassador's title (السفير الكندي) is a mention, yet its first word ends the expulsion and summons rows:
the title's state is the target, the ambassador never the actor, and a state that recalls its own
ambassador protests against his host."""
from __future__ import annotations

from tests.helpers import opposes as _opposes


def test_the_expelling_state_opposes_the_envoys_state(resources):
    assert _opposes("طردت بريطانيا 23 دبلوماسيا روسيا.", resources) == {("country/GB", "country/RU")}


def test_an_expulsion_noun_after_a_decision_has_the_deciding_subject(resources):
    assert ("country/RU", "country/GB") in _opposes("قررت روسيا طرد 23 دبلوماسيا بريطانيا.", resources)


def test_envoys_whose_state_is_not_read_make_nothing(resources):
    # the gazetteer recognizer alone does not read the plural «روس» (curated.tsv links it only where a
    # recognizer tagged it, as Stanza does: then Germany opposes Russia): whose envoys they are is unsaid
    assert not _opposes("طردت ألمانيا 4 دبلوماسيين روس.", resources)


def test_an_expelled_ambassador_names_the_target_by_his_title(resources):
    assert _opposes("طردت السعودية السفير الكندي.", resources) == {("country/SA", "country/CA")}


def test_a_summoned_ambassador_is_the_protest_target(resources):
    assert _opposes("استدعت الخارجية التركية السفير الأمريكي.", resources) == {("org/mfa-tr", "country/US")}


def test_a_summons_noun_has_the_deciding_subject(resources):
    assert _opposes("قررت المملكة المتحدة استدعاء السفير الروسي.", resources) == {("country/GB", "country/RU")}


def test_a_state_recalling_its_own_ambassador_opposes_his_host(resources):
    assert _opposes("قررت هولندا استدعاء السفير الهولندي لدى تركيا.", resources) == {("country/NL", "country/TR")}


def test_the_expelled_ambassador_is_never_the_actor(resources):
    assert ("country/IR", "country/MA") not in _opposes("أعلن المغرب قطع علاقاته مع إيران وطرد السفير الإيراني في الرباط.",
                                                        resources)


def test_an_ambassador_of_no_named_state_makes_nothing(resources):
    assert not _opposes("استدعت الوزارة السفير الأربعاء.", resources)


def test_recalling_ones_own_ambassador_for_consultation_opposes_the_host(resources):
    assert _opposes("قررت تركيا استدعاء سفيرها في إسرائيل للتشاور.", resources) == {("country/TR", "country/IL")}


def test_a_summoned_ambassador_named_by_his_states_genitive_is_the_target(resources):
    assert _opposes("استدعت مصر سفير قطر لديها.", resources) == {("country/EG", "country/QA")}


def test_the_state_after_the_title_is_never_the_summoner(resources):
    assert ("country/KR", "country/IR") not in _opposes(
        "واستدعى سفير كوريا الجنوبية إلى وزارة الخارجية الإيرانية للاحتجاج على هذا السلوك.", resources)
