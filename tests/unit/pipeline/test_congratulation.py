"""The past verb of congratulating (هنأ، هنأت) backs whom it congratulates, as its noun (تهنئة) and present
(يهنئ) do; congratulations in sport (a team, a match) are no diplomacy."""
from __future__ import annotations

from tests.helpers import typed_events as _events


def test_a_leader_congratulated_on_his_election_is_backed(resources):
    made = _events("هنأ الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان بفوزه في الانتخابات.", resources)
    assert ("Support", "person/vladimir-putin", "person/recep-tayyip-erdogan") in made


def test_a_team_congratulated_is_no_support(resources):
    made = _events("هنأ الرئيس الروسي فلاديمير بوتين المنتخب الفرنسي على الفوز في المباراة النهائية.", resources)
    assert not any(t == "Support" for t, _, _ in made)


def test_there_is_no_congratulation(resources):
    # هناك ("there") folds to the congratulating verb's letters plus one: it congratulates no one
    made = _events("وهناك قاتلت القوات السعودية والقوات الإماراتية الحوثيين.", resources)
    assert not any(t == "Support" for t, _, _ in made)
    made = _events("وهنالك استقبل الرئيس المصري عبد الفتاح السيسي الملك الأردني عبد الله الثاني.", resources)
    assert not any(t == "Support" for t, _, _ in made)
