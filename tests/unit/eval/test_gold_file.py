"""A gold file with a wrong type or an unknown relation is one line naming the item, never a traceback
and never a silent miss (reliability issue, causes 11 and 16)."""

from __future__ import annotations

import json

import pytest

from kg.errors import GoldError
from kg.eval.graph import load_gold

OK = {"entities": {"a": {"ar": ["أ"]}, "b": {"ar": ["ب"], "qid": "Q1", "type": "Country"}},
      "relations": [["metWith", "a", "b"]]}

BAD = [
    ({"relations": [["metwith", "a", "b"]]}, "unknown relation 'metwith'"),
    ({"planned": [["meets", "a", "b"]]}, "unknown relation 'meets'"),
    ({"relations": [["metWith", "a", "zz"]]}, "not defined"),
    ({"relations": [[1, 2, 3]]}, "is not [relation, entity, entity]"),
    ({"relations": [["metWith", "a"]]}, "is not [relation, entity, entity]"),
    ({"planned": {"x": 1}}, "'planned' must be a list"),
    ({"entities": {"a": {"ar": [1]}}}, "'ar' list of aliases"),
    ({"entities": {"a": {"ar": "أ"}}}, "'ar' list of aliases"),
    ({"entities": {"a": {"ar": ["أ"], "qid": 5}}, "relations": []}, "'qid' must be a string"),
    ({"entities": {"a": ["أ"]}}, "'ar' list of aliases"),
    ({"symmetric": "metWith"}, "'symmetric' must be a list of strings"),
    ({"symmetric": ["metWithh"]}, "unknown relations: metWithh"),
    ({"required_entities": [["a"]]}, "'required_entities' must be a list of strings"),
    ({"places_optional": [3]}, "'places_optional' must be a list of strings"),
    ({"docs": "d1"}, "'docs' must be a list of article ids"),
    ({"event_dates": [["metWith", "a", "b"]]}, "is not [relation, entity, entity, date]"),
    ({"event_dates": [["metWith", "a", "b", "2018-13"]]}, "the date must be YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"event_dates": [["meets", "a", "b", "2018"]]}, "unknown relation 'meets'"),
    ({"by_doc": []}, "'by_doc' must map article ids"),
    ({"by_doc": {"d1": {"relations": [["metWith", "a", "c"]]}}}, "by_doc 'd1' relations item"),
    ({"by_doc": {"d1": {"event_dates": [["metWith", "a", "b", "May"]]}}}, "by_doc 'd1' event_dates item"),
]


def _write(tmp_path, patch: dict):
    gold = json.loads(json.dumps(OK))
    gold.update(patch)
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_well_formed_gold_file_loads(tmp_path):
    assert load_gold(_write(tmp_path, {}))["relations"] == [["metWith", "a", "b"]]


@pytest.mark.parametrize("patch,message", BAD)
def test_each_malformed_gold_is_one_line(tmp_path, patch, message):
    with pytest.raises(GoldError) as err:
        load_gold(_write(tmp_path, patch))
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_folder_is_not_a_gold_file(tmp_path):
    with pytest.raises(GoldError, match="is a folder"):
        load_gold(tmp_path)
