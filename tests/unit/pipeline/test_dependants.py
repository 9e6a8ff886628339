"""A person's lawyer or aides (grammar.tsv kind kin: محامي، محامو، مساعدو، مساعدي) act in their own right: the
person they serve is no party of the clause (from the s30–s39 audits of wrong opposes edges)."""
from __future__ import annotations

from tests.helpers import opposes


def test_an_aide_of_a_leader_opposes_in_his_own_right(resources):
    assert not opposes("ويعارض مساعدو ترامب الدعوات في الكونغرس لإصدار تفويض جديد.", resources)


def test_the_client_of_a_lawyer_is_no_target_of_his_accusation(resources):
    # (audited: «واتهم لاني ديفيس محامي الرئيس السابق بيل كلينتون الجمهوريين» read as Davis against Clinton)
    made = opposes("واتهم محامي الرئيس الأمريكي دونالد ترامب الصين بالتجسس.", resources)
    assert ("person/donald-trump", "country/CN") not in made


def test_a_leader_without_a_dependant_noun_still_opposes(resources):
    assert ("person/donald-trump", "org/us-congress") in opposes("ويعارض ترامب الدعوات في الكونغرس.", resources)
