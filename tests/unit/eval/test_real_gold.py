"""The real-news gold files: valid, exactly the shared article ids, and each relation traceable to its article."""

from __future__ import annotations

import pytest

from kg.eval.graph import load_gold
from tests.paths import DATA, SHARED

SETS = [("dev", 100), ("test", 50), ("dev2", 100), ("dev3", 100), ("dev4", 100)]


@pytest.mark.parametrize("name,size", SETS)
def test_gold_covers_exactly_the_shared_ids_and_its_lists_are_the_union_of_its_articles(name, size):
    gold = load_gold(DATA / "real" / f"{name}-gold.json")
    assert len(gold["docs"]) == size == len(set(gold["docs"]))
    ids = SHARED / "eval" / f"real-{name}-ids.txt"
    if ids.is_file():
        assert gold["docs"] == ids.read_text(encoding="utf-8").split()
    assert sorted(gold["by_doc"]) == sorted(gold["docs"])
    sym = set(gold["symmetric"])

    def key(r):
        return (r[0], *sorted(r[1:3])) if r[0] in sym else tuple(r[:3])

    union = {key(r) for part in gold["by_doc"].values() for r in part["relations"]}
    assert union == {key(r) for r in gold["relations"]}
    asserted = {key(r) for r in gold["relations"]}
    # nothing is both a fact and forbidden, and every dated relation is a gold relation
    assert not asserted & {key(r) for r in gold["planned"] + gold["negated"]}
    assert {key(d) for d in gold["event_dates"]} <= asserted
    # articles without any diplomatic relation are part of the set: they test precision
    assert any(not part["relations"] for part in gold["by_doc"].values())


def test_the_second_dev_set_shares_no_article_with_the_first_sets():
    """dev2 was drawn after six rounds of rules written against dev: an article of dev or test in it
    would hide how the rules do on text they were not written against."""
    docs = {name: set(load_gold(DATA / "real" / f"{name}-gold.json")["docs"]) for name, _ in SETS}
    assert not docs["dev2"] & (docs["dev"] | docs["test"])


def test_the_third_dev_set_shares_no_article_with_the_others():
    """dev3 was drawn after seven rounds, blind to rules written against dev and dev2."""
    docs = {name: set(load_gold(DATA / "real" / f"{name}-gold.json")["docs"]) for name, _ in SETS}
    assert not docs["dev3"] & (docs["dev"] | docs["dev2"] | docs["test"])


def test_the_fourth_dev_set_shares_no_article_with_the_others():
    """dev4 was drawn after nine rounds, blind to rules written against dev, dev2 and dev3."""
    docs = {name: set(load_gold(DATA / "real" / f"{name}-gold.json")["docs"]) for name, _ in SETS}
    assert not docs["dev4"] & (docs["dev"] | docs["dev2"] | docs["dev3"] | docs["test"])


def test_gold_articles_come_from_the_corpus_in_gold_order_and_none_may_be_missing(tmp_path):
    import gzip
    import json

    from kg.errors import GoldError
    from kg.eval.corpus import write_gold_articles

    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(5):
            fh.write(json.dumps({"id": f"a{i}", "text": f"نص {i}"}, ensure_ascii=False) + "\n")
    out = write_gold_articles(corpus, ["a3", "a1"], tmp_path / "gold.jsonl")
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a3", "a1"]
    with pytest.raises(GoldError, match="1 gold articles are not in the corpus"):
        write_gold_articles(corpus, ["a1", "zz"], tmp_path / "gold.jsonl")
