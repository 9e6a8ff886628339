"""A bad row in a name-variant, span-cue or state-body file is a one-line error naming the file, the
line and what the row lacks; a good file given by path is the one read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer.bodies import StateBodies
from kg.pipeline.link.names import NameVariants, SpanCues


def _file(tmp_path: Path, rows: list[str]) -> Path:
    """A data file whose first row is good and whose second (line 3, after the comment) is the one tested."""
    path = tmp_path / "rows.tsv"
    path.write_text("# kind\tform\t...\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _fails(load, path: Path, what: str) -> None:
    with pytest.raises(DataError, match=f"^{re.escape(f'{path}:3: {what}')}"):
        load(path)


NAME_ROW = "expected join WORD, or fold/skeleton LETTER [LETTER]"


@pytest.mark.parametrize("row, what", [
    ("swap\tغ\tج\tan unknown kind", NAME_ROW),
    ("fold\tغج\tج\ta fold of two letters", NAME_ROW),
    ("skeleton\tي\tيا\ta skeleton letter replaced by two", NAME_ROW),
    ("fold", "expected 2 tab-separated fields, found 1"),
])
def test_a_bad_name_variant_row_is_a_one_line_error(tmp_path, row, what):
    _fails(NameVariants.load, _file(tmp_path, ["join\tعبد\t\tgood", row]), what)


def test_the_name_variants_given_by_path_are_the_ones_read(tmp_path):
    variants = NameVariants.load(_file(tmp_path, ["join\tعبد\t\tgood", "fold\tغ\tج\tgood"]))
    assert variants.key("عبد الله غوتيريش") == variants.key("عبدالله جوتيريش")
    assert variants.key("ميركل") != variants.key("ميركيل")  # no skeleton rows: the id key keeps its vowels


SPAN_ROW = "expected one of stop, class, head, work, facility, ending, joiner, eponym, origin, quoted and one word"


@pytest.mark.parametrize("row, what", [
    ("verb\tقال\tan unknown kind", SPAN_ROW),
    ("stop\tقال إن\ttwo words", SPAN_ROW),
    ("ending\tيتها\tan ending longer than three letters", SPAN_ROW),
    ("stop", "expected 2 tab-separated fields, found 1"),
])
def test_a_bad_span_cue_row_is_a_one_line_error(tmp_path, row, what):
    _fails(lambda p: SpanCues.load(path=p), _file(tmp_path, ["stop\tالممثل\tgood", row]), what)


def test_the_span_cues_given_by_path_are_the_ones_read(tmp_path):
    cues = SpanCues.load(frozenset({"الاثنين"}), path=_file(tmp_path, ["stop\tالممثل\tgood", "work\tطائرة\tgood"]))
    assert cues.stop == {normalize("الممثل"), "الاثنين"} and cues.work == {normalize("طائرة")} and not cues.classes


BODY_ROW = "kind nisba needs gender f/m, a code, label_en and state yes/no/media"
GOOD_BODY = "nisba\tوزارة الخارجية\tf\tmfa\tMinistry of Foreign Affairs\tyes\tgood"


@pytest.mark.parametrize("row, what", [
    ("ministry\tوزارة الدفاع\tf\tmod\tMinistry of Defence\tyes\tx",
     "unknown kind 'ministry' (expected one of nisba, attributive, office, article, office-word)"),
    ("nisba\tوزارة الدفاع\tx\tmod\tMinistry of Defence\tyes\tx", BODY_ROW),
    ("nisba\tوزارة الدفاع\tf\t\tMinistry of Defence\tyes\tx", BODY_ROW),
    ("nisba\tوزارة الدفاع\tf\tmod\t\tyes\tx", BODY_ROW),
    ("nisba\tوزارة الدفاع\tf\tmod\tMinistry of Defence\tmaybe\tx", BODY_ROW),
    ("attributive\tالخارجية\tf\tmfa\tMinistry of Foreign Affairs\t\tx",
     "kind attributive needs gender f/m, a code, label_en and state yes/no/media"),
    ("nisba", "expected 2 tab-separated fields, found 1"),
])
def test_a_bad_state_body_row_is_a_one_line_error(tmp_path, row, what):
    _fails(StateBodies.load, _file(tmp_path, [GOOD_BODY, row]), what)


def test_the_state_bodies_given_by_path_are_the_ones_read(tmp_path):
    bodies = StateBodies.load(_file(tmp_path, [GOOD_BODY, "article\tإلى\tgood"]))
    assert [(h.form, h.feminine, h.code, h.state, h.attributive) for h in bodies.heads] == [
        ("وزارة الخارجية", True, "mfa", True, False)]
    assert bodies.article_words == {normalize("إلى")}


def test_a_media_state_body_row_makes_an_outlet_head(tmp_path):
    bodies = StateBodies.load(_file(tmp_path, [GOOD_BODY, "nisba\tالتلفزيون\tm\ttv\tState television\tmedia\tgood"]))
    assert [(h.code, h.state, h.media) for h in bodies.heads] == [("mfa", True, False), ("tv", False, True)]
