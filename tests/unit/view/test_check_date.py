"""``kg viz --from/--to`` take only dates that exist, and Arabic-Indic digits as digits (reliability issue, cause 15)."""

from __future__ import annotations

import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.view.model import check_date


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "0000", "2023-00", "2023-04-31"])
def test_impossible_dates_are_refused(value):
    with pytest.raises(QueryError, match="no such date"):
        check_date(value, "--from")


@pytest.mark.parametrize("value", ["23", "2023-3", "2023/03", "March 2023", "2023-03-"])
def test_malformed_dates_are_refused(value):
    with pytest.raises(QueryError, match="YYYY"):
        check_date(value, "--to")


def test_arabic_indic_digits_are_digits_and_bounds_are_real_days():
    assert check_date("٢٠٢٣", "--from") == "2023-01-01"
    assert check_date("۲۰۲۳-۰۲", "--to") == "2023-02-28"  # Persian digits too
    assert check_date("2024-02", "--to") == "2024-02-29"
    assert check_date("2023-03-20", "--to") == "2023-03-20"


def test_kg_viz_says_which_date_in_one_line(tmp_path, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text("@prefix ex: <http://example.org/> . ex:a ex:b ex:c .\n", encoding="utf-8")
    out = tmp_path / "v.html"
    assert main(["viz", str(graph), "--out", str(out), "--from", "2023-02-30"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "kg: error: --from '2023-02-30': no such date"
    assert not out.exists()
