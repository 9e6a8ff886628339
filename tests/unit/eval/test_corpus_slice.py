"""The corpus slice the benches and the notebook build: never a held-out article, only the categories asked."""

from __future__ import annotations

import gzip
import json

import pytest

from kg.errors import GoldError
from kg.eval.corpus import corpus_slice

CATEGORIES = ["internationalNews", "sport", "middleEast", "economy"]


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(40):
            fh.write(json.dumps({"id": f"a{i}", "category": CATEGORIES[i % 4], "text": f"نص {i}"},
                                ensure_ascii=False) + "\n")
    return path


@pytest.fixture()
def held_out(tmp_path):
    path = tmp_path / "test-ids.txt"
    path.write_text("a0\na2\na10\na13\na33\n", encoding="utf-8")
    return path


def test_the_slice_never_yields_a_held_out_id_and_keeps_only_the_categories_asked(corpus, held_out):
    got = list(corpus_slice(corpus, 6, held_out=held_out))
    # a0, a2, a10 are held out; a1, a3, a5, a7, ... are sport or economy
    assert [r["id"] for r in got] == ["a4", "a6", "a8", "a12", "a14", "a16"]
    assert {r["category"] for r in got} == {"internationalNews", "middleEast"}
    everything = list(corpus_slice(corpus, 1000, held_out=held_out, categories=None))
    assert len(everything) == 35 and not {r["id"] for r in everything} & {"a0", "a2", "a10", "a13", "a33"}
    assert [r["id"] for r in corpus_slice(corpus, 2, held_out=held_out, categories=["sport"])] == ["a1", "a5"]


def test_no_slice_is_taken_without_the_held_out_list(corpus, tmp_path):
    with pytest.raises(GoldError, match="held-out ids"):
        next(corpus_slice(corpus, 5, held_out=tmp_path / "missing.txt"))
