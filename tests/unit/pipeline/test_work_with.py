"""Working with a partner (triggers.tsv mode ``work``: تعمل مع، يعمل مع، نعمل مع, cooperation-14200..14202;
annotate._works_with), read through the real gazetteer pipeline. Sentences written for these tests."""

from __future__ import annotations


def _pairs(x) -> set[tuple[str, ...]]:
    return {tuple(sorted(e.participants)) for e in x.events if e.type == "Cooperation"}


def test_a_state_working_with_a_named_partner_cooperates(run):
    x = run("وقال المسؤول إن الولايات المتحدة تعمل مع السعودية على خطط إنسانية في اليمن.")
    assert ("country/SA", "country/US") in _pairs(x)


def test_no_partner_or_a_job_is_no_cooperation(run):
    # a plain noun after مع (the allies) is no named partner; a state further on is not it
    assert not _pairs(run("وقالت فرنسا إنها تعمل مع حلفائها على الرد في سوريا."))
    # a relative clause names a job (the adviser who works with Kushner)
    assert not _pairs(run("وقال المستشار الذي يعمل مع جاريد كوشنر إن الخطة جاهزة."))
    # an unnamed subject is no party: the article's other state does not stand in for it
    assert not _pairs(run("وقال وزير ألماني إن الدول الأوروبية تعمل مع الولايات المتحدة حول سبل وقف تدخلات إيران."))
