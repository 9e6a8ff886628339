"""Build progress: a tqdm bar on a terminal, plain lines in a log, nothing with --quiet."""

from __future__ import annotations

import io
import re

from kg.cli import main
from kg.progress import Progress
from tests.paths import SEEDS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_plain_lines_with_done_total_rate_time_left_and_stage():
    log = io.StringIO()
    p = Progress(lambda: 10, log, interval=0)
    for i in range(10):
        p.advance(cached=i < 3)
    p.stage("merging")
    p.close()
    lines = log.getvalue().splitlines()
    assert len(lines) == 11 and "\r" not in log.getvalue()
    assert re.fullmatch(r"kg: 5/10 documents \(3 from the cache\), [\d.]+/s, about \d+ s left; extracting", lines[4]), lines[4]
    assert re.fullmatch(r"kg: 10/10 documents \(3 from the cache\), [\d.]+/s; extracting", lines[9]), lines[9]
    assert lines[10] == "kg: merging"


def test_a_terminal_gets_a_bar_that_names_the_stage_and_is_cleared_at_the_end():
    tty = Terminal()
    p = Progress(lambda: 10, tty, interval=0)
    for _ in range(10):
        p.advance()
    p.stage("writing graph.ttl")
    p.close()
    out = tty.getvalue()
    assert "\r" in out and "10/10" in out and "doc/s" in out and "writing graph.ttl" in out
    assert "kg: " not in out and out.rstrip(" ").endswith("\r")  # leave=False: the summary line starts clean


def test_quiet_silences_progress_in_the_cli_and_in_the_object(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "a"), "--ner", "gazetteer", "--no-html", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    p = Progress(lambda: 5, io.StringIO(), quiet=True, interval=0)
    for _ in range(5):
        p.advance()
    p.stage("merging")
    assert p.stream.getvalue() == "" and p.done == 5
