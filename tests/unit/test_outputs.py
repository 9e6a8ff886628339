"""Outputs are replaced as a set, checked before work, and never left mixed by a failure or a kill."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap

import pytest

from kg.builder import BuildConfig, run_build
from kg.errors import Interrupted, OutputError
from kg.io import COMMIT_MARKER, STAGING_PREFIX, OutputSet
from tests.paths import ROOT, SEEDS, SHARED


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}


def test_a_set_is_replaced_whole_or_not_at_all(tmp_path):
    (tmp_path / "a").write_text("old a")
    (tmp_path / "b").write_text("old b")
    with OutputSet(tmp_path, managed=("a", "b", "c")) as out:
        out.write_bytes("a", b"new a")
        out.write_bytes("b", b"new b")
        # abandoned before commit (an exception, Ctrl-C): nothing changes, nothing is left behind
    assert snapshot(tmp_path) == {"a": b"old a", "b": b"old b"}
    assert not list(tmp_path.glob(f"{STAGING_PREFIX}*"))
    (tmp_path / "c").write_text("stale c")
    with OutputSet(tmp_path, managed=("a", "b", "c")) as out:
        out.write_bytes("a", b"new a")
        out.write_bytes("b", b"new b")
        out.commit()
    # c belonged to an earlier run's set: it must not sit beside the new a and b
    assert snapshot(tmp_path) == {"a": b"new a", "b": b"new b"}


def test_the_next_run_finishes_a_committed_set_and_drops_an_unfinished_one(tmp_path):
    (tmp_path / "a").write_text("old a")
    (tmp_path / "b").write_text("old b")
    killed_while_writing = tmp_path / f"{STAGING_PREFIX}1"
    killed_while_writing.mkdir()
    (killed_while_writing / "a").write_text("half")
    killed_while_renaming = tmp_path / f"{STAGING_PREFIX}2"
    killed_while_renaming.mkdir()
    (killed_while_renaming / "b").write_text("new b")  # a was already renamed when the kill came
    (killed_while_renaming / COMMIT_MARKER).write_text("a\nb\n")
    (tmp_path / ".graph.ttl.x1.tmp").write_text("half")
    with OutputSet(tmp_path) as out:
        pass
    assert not out.committed
    assert snapshot(tmp_path) == {"a": b"old a", "b": b"new b"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".silat.lock", "a", "b"]


def test_two_runs_never_write_one_folder(tmp_path):
    with OutputSet(tmp_path):
        with pytest.raises(OutputError, match="another kg run is writing"):
            OutputSet(tmp_path)
    OutputSet(tmp_path).abort()  # free again


@pytest.mark.parametrize("make_out,message", [
    (lambda tmp: [(tmp / "file").write_text("x"), tmp / "file"][1], "exists and is not a folder"),
    (lambda tmp: __import__("pathlib").Path("/proc/silat-out"), "cannot write the output folder"),
])
def test_an_unwritable_out_fails_before_any_work(tmp_path, make_out, message):
    out = make_out(tmp_path)
    # ner="stanza" would load the model first (the unit tier's guard fails on that): the check comes before it
    with pytest.raises(OutputError, match=message):
        run_build(BuildConfig([SEEDS], out, ner="stanza", quiet=True))


def test_a_full_disk_mid_write_keeps_the_previous_set(tmp_path, gaz_seeds_build):
    out = tmp_path / "out"
    run_build(BuildConfig([SEEDS], out, ner="gazetteer", formats=["ttl", "nt"], quiet=True))
    before = snapshot(out)
    (out / "graph.ttl").write_text("an older graph")  # so a replaced graph.ttl would show
    before["graph.ttl"] = b"an older graph"
    # a file-size limit between the Turtle's size and the page's: graph.ttl gets written, graph.html cannot be
    limit = (len(before["graph.ttl"]) + len(before["graph.nt"])) * 2
    assert len(before["graph.html"]) > limit
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from kg.cli import main
        sys.exit(main(["build", {str(SEEDS)!r}, "--out", {str(out)!r}, "--ner", "gazetteer", "--quiet", "--format", "ttl,nt"]))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1, run.stderr
    assert run.stderr.count("\n") == 1 and "no output was replaced" in run.stderr and "Traceback" not in run.stderr
    assert snapshot(out) == before
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="needs the shared corpus")
def test_ctrl_c_during_extraction_says_the_outputs_are_unchanged(tmp_path):
    import gzip
    import json

    corpus = tmp_path / "slice.jsonl"
    with gzip.open(next((SHARED / "corpus").glob("*.jsonl.gz")), "rt", encoding="utf-8") as fh, open(corpus, "w") as out:
        for _, line in zip(range(400), fh):
            out.write(json.dumps({"id": json.loads(line)["id"], "text": json.loads(line)["text"]}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous")
    previous = signal.signal(signal.SIGALRM, lambda *a: (_ for _ in ()).throw(KeyboardInterrupt))
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with pytest.raises(Interrupted, match="was not changed"):
            run_build(BuildConfig([corpus], out, ner="gazetteer", quiet=True))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert snapshot(out) == {"graph.ttl": b"previous"}
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


def test_ctrl_c_during_the_renames_finishes_them(tmp_path):
    (tmp_path / "a").write_text("old a")
    out = OutputSet(tmp_path)
    out.write_bytes("a", b"new a")
    out.write_bytes("b", b"new b")
    real_replace = os.replace
    calls = []

    def interrupted_replace(src, dst):
        calls.append(dst)
        real_replace(src, dst)
        if len(calls) == 1:
            raise KeyboardInterrupt

    os.replace = interrupted_replace
    try:
        with pytest.raises(KeyboardInterrupt):
            out.commit()
    finally:
        os.replace = real_replace
    assert snapshot(tmp_path) == {"a": b"new a", "b": b"new b"} and out.committed


_ = resource  # the full-disk test's child sets RLIMIT_FSIZE
