"""The named queries (kg/data/queries) repeat blocks: prefixes, the event classes, the sortable date and
the first evidence sentence. Each .rq file stays whole, so a user can copy it into any SPARQL tool (and
rdflib has no include); these tests keep the copies identical instead, naming the file that drifted."""

from __future__ import annotations

import re

import pytest

from kg.contract.events import EVENT_TYPES
from kg.data import data_path

QUERIES = {str(p.relative_to(data_path("queries"))): p.read_text(encoding="utf-8")
           for p in sorted(data_path("queries").rglob("*.rq"))}

# (first line, last line) of each block written the same way wherever it appears
BLOCKS = {
    "sortable date and its precision": ("BIND (IF(DATATYPE(?d) = xsd:date,", "AS ?date)"),
    "first evidence sentence": ("OPTIONAL {  # the first evidence sentence", "AS ?undated)"),
}


def _block(text: str, first: str, last: str) -> str | None:
    start = text.find(first)
    if start < 0:
        return None
    end = text.find(last, start)
    assert end > 0, f"block opened by {first!r} is not closed by {last!r}"
    return text[text.rfind("\n", 0, start) + 1:end + len(last)]


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_a_block_shared_by_queries_is_written_the_same_in_each(name):
    found = {q: b for q, text in QUERIES.items() if (b := _block(text, *BLOCKS[name]))}
    assert len(found) >= 2, f"{name}: shared by fewer than two queries; drop it from BLOCKS"
    first, *_ = found
    for q, block in found.items():
        assert block == found[first], f"{q}: the {name} block differs from {first}'s"


def test_a_prefix_means_the_same_namespace_in_every_query():
    seen: dict[str, tuple[str, str]] = {}
    for q, text in QUERIES.items():
        for prefix, iri in re.findall(r"^PREFIX (\w*): <([^>]+)>", text, re.M):
            assert seen.setdefault(prefix, (iri, q))[0] == iri, f"{q}: {prefix}: is <{iri}>, in {seen[prefix][1]} <{seen[prefix][0]}>"
    assert {"dip", "rdfs", "prov"} <= seen.keys()


def test_every_list_of_event_classes_is_the_registrys():
    lists = [(q, values) for q, text in QUERIES.items()
             for values in re.findall(r"VALUES \?\w+ \{([^}()]*)\}", text) if "dip:Meeting" in values]
    assert len(lists) >= 3
    for q, values in lists:
        assert re.findall(r"dip:(\w+)", values) == list(EVENT_TYPES), f"{q}: event classes differ from kg.contract.events"
