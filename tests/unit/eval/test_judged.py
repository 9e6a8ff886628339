"""Audits as calibration data: judged edges read from a file and matched to the events that assert them."""

from __future__ import annotations

import pytest

from kg.errors import GoldError
from kg.eval.judged import COLUMNS, judge_by_edges, load_judged
from kg.records import Event, Evidence, MergedEvent
from tests.paths import ROOT

HEADER = "\t".join(COLUMNS)


def _event(eid: str, etype: str, participants: list[str], doc: str, modality: str = "Asserted", **roles) -> MergedEvent:
    ev = Event(etype, "040", "CONSULT", "meet", participants, [Evidence(doc, 0, 0, 1, "x", "x")], modality=modality,
               **roles)
    return MergedEvent(eid, ev, frozenset({doc}))


def test_the_shipped_audit_file_loads_and_holds_wrong_edges_as_well_as_right_ones():
    edges = load_judged(ROOT / "tests" / "data" / "real" / "audit-judged.tsv")
    assert len(edges) >= 200
    assert {e.right for e in edges} == {True, False}
    assert len({e.draw for e in edges}) >= 4


@pytest.mark.parametrize("body, message", [
    ("draw\tarticle\n", "needs the header line"),
    (f"{HEADER}\ns1\tA-1\tcountry/US\tmetWith\tcountry/RU\tmaybe\t-\t-\n", ":2: verdict 'maybe'"),
    (f"{HEADER}\ns1\tA-1\tcountry/US\tloves\tcountry/RU\tright\t-\t-\n", ":2: unknown relation 'loves'"),
    (f"# a comment\n{HEADER}\ns1\tA-1\tcountry/US\tmetWith\tright\t-\t-\n", ":3: 7 columns, expected 8"),
    (f"{HEADER}\ns1\t\tcountry/US\tmetWith\tcountry/RU\tright\t-\t-\n", ":2: empty draw, article"),
    (f"{HEADER}\n", "no judged edges"),
])
def test_a_malformed_judged_file_is_one_line_naming_the_file_and_row(tmp_path, body, message):
    path = tmp_path / "j.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_judged(path)
    assert message in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)


def test_an_event_is_judged_by_the_edges_it_asserts_in_the_judged_article_only(tmp_path):
    path = tmp_path / "j.tsv"
    path.write_text(f"{HEADER}\n"
                    "s1\tA-1\tcountry/US\tmetWith\tcountry/RU\tright\t-\tdate-right\n"
                    "s1\tA-1\tcountry/FR\topposes\tcountry/IR\twrong\twrong-party\t-\n"
                    "s1\tA-2\tcountry/DE\tmetWith\tcountry/TR\toptional\t-\t-\n", encoding="utf-8")
    edges = load_judged(path)
    events = [
        _event("e1", "Meeting", ["country/RU", "country/US"], "A-1"),  # implies both directions: one judged right
        _event("e2", "Opposition", ["country/FR", "country/IR"], "A-1", actor="country/FR", target="country/IR"),
        _event("e3", "Meeting", ["country/DE", "country/TR"], "A-9"),  # the same edge read from another article
        _event("e4", "Meeting", ["country/DE", "country/TR"], "A-2", modality="Planned"),  # the audit judged facts
        _event("e5", "Meeting", ["country/DE", "country/TR"], "A-2"),  # optional: allowed, so right
        _event("e6", "Opposition", ["country/IR", "country/FR"], "A-1", actor="country/IR", target="country/FR"),
    ]
    assert judge_by_edges(edges, events) == {"e1": True, "e2": False, "e5": True}
