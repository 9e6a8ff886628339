"""Corpus scale with the real pipeline: a killed or interrupted build resumes from its cache.

The articles are the real-news dev set (never the held-out test split), twice under
different ids: 200 documents, long enough with Stanza to be stopped in the middle.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cache import CACHE_FILE
from kg.config import CACHE_DIR
from kg.eval.corpus import write_gold_articles
from kg.eval.graph import load_gold
from tests.paths import DATA, ROOT, SHARED

CORPUS = SHARED / "corpus" / "ant-news-2018.jsonl.gz"
pytestmark = pytest.mark.skipif(not CORPUS.is_file(), reason="needs the shared corpus")


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    dev = write_gold_articles(CORPUS, load_gold(DATA / "real" / "dev-gold.json")["docs"], folder / "dev.jsonl")
    records = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    out = folder / "twice.jsonl"
    out.write_text("".join(json.dumps({**r, "id": f"{r['id']}-{k}"}, ensure_ascii=False) + "\n"
                           for k in range(2) for r in records), encoding="utf-8")
    return out


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _cached_rows(out: Path) -> int:
    db = out / CACHE_DIR / CACHE_FILE
    if not db.is_file():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT count(*) FROM extraction").fetchone()[0]
    except sqlite3.OperationalError:  # the table is not created yet
        return 0


def _wait_for_rows(proc: subprocess.Popen, out: Path, rows: int) -> None:
    deadline = time.monotonic() + 300
    while _cached_rows(out) < rows:
        assert proc.poll() is None, f"the build ended before {rows} documents were cached: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.2)


def _children(pid: int) -> list[int]:
    import psutil

    return [p.pid for p in psutil.Process(pid).children(recursive=True)]


def _alive(pids: list[int]) -> list[int]:
    import psutil

    def running(pid: int) -> bool:
        try:
            return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    return [pid for pid in pids if running(pid)]


def test_a_build_killed_with_sigkill_leaves_a_readable_cache_and_the_next_build_resumes(articles, tmp_path):
    out = tmp_path / "out"
    proc = _start([str(articles), "--out", str(out), "--no-html", "--quiet", "--jobs", "2"])
    _wait_for_rows(proc, out, 10)
    workers = _children(proc.pid)
    proc.kill()
    proc.wait()
    assert not (out / "graph.ttl").exists()
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = con.execute("SELECT count(*) FROM extraction").fetchone()[0]
    assert 10 <= kept < 200
    deadline = time.monotonic() + 30  # the pool's workers see their parent gone and leave
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(workers) >= 2 and not _alive(workers)
    resumed = subprocess.run([sys.executable, "-m", "kg", "build", str(articles), "--out", str(out), "--no-html",
                              "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert ": 200 documents, " in resumed.stdout and f"{kept} from the cache" in resumed.stdout, resumed.stdout
    fresh = subprocess.run([sys.executable, "-m", "kg", "build", str(articles), "--out", str(tmp_path / "fresh"),
                            "--no-html", "--quiet", "--no-cache", "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--dask", "local", "--jobs", "2"]], ids=["pool", "dask-local"])
def test_ctrl_c_prints_one_line_exits_130_and_keeps_the_work_in_the_cache(articles, tmp_path, engine):
    out = tmp_path / "out"
    proc = _start([str(articles), "--out", str(out), "--no-html", "--quiet", *engine])
    _wait_for_rows(proc, out, 5)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group, workers included
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: interrupted; {out} was not changed; ") and \
        "kept in the cache, the next build resumes from them" in lines[0], stderr
    assert stdout == "" and not (out / "graph.ttl").exists()
    assert _cached_rows(out) >= 5


def _kg_file() -> str:
    import kg as worker_kg

    return worker_kg.__file__


def test_a_dask_local_cluster_of_two_workers_gives_the_bytes_of_one_process(tmp_path):
    from kg.builder import BuildConfig, run_build
    from tests.paths import SEEDS

    wire = DATA / "wire"
    one = run_build(BuildConfig([SEEDS, wire], tmp_path / "one", html=False, quiet=True, jobs=1, use_cache=False))
    dask = run_build(BuildConfig([wire, SEEDS], tmp_path / "dask", html=False, quiet=True, dask="local", use_cache=False))
    assert one.counts == dask.counts and one.counts["events"] > 50
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "dask" / "graph.ttl").read_bytes()


def test_dask_workers_import_this_kg_load_resources_once_and_a_foreign_version_is_refused():
    import kg
    from kg.cluster import PLUGIN, DaskEngine, _Checked, extract_batch
    from kg.errors import KgError
    from kg.pipeline.ingest import read_documents
    from kg.runner import Pipeline
    from tests.paths import SEEDS

    pipeline = Pipeline("gazetteer")
    engine = DaskEngine(pipeline, pipeline.plan()[1], "local", 2)
    try:
        files = engine.client.run(_kg_file)
        assert len(files) == 2 and set(files.values()) == {kg.__file__}
        loaded = engine.client.run(lambda dask_worker: id(dask_worker.plugins[PLUGIN].worker.resources))
        docs = list(read_documents([SEEDS], lambda m: None))
        assert [pickle.loads(b).document.id for b in engine.submit(docs).result()] == [d.id for d in docs]
        assert engine.client.run(lambda dask_worker: id(dask_worker.plugins[PLUGIN].worker.resources)) == loaded
        foreign = _Checked(engine.client.submit(extract_batch, docs[:1], pure=False), "another-version")
        with pytest.raises(KgError, match="a Dask worker runs another Silat pipeline"):
            foreign.result()
    finally:
        engine.close()


def _log_an_error() -> None:
    logging.getLogger("distributed.worker").error("a line a worker logs itself")


def test_a_local_clusters_workers_keep_their_own_log_lines_off_the_builds_stderr(capfd):
    # what a worker logs (a heartbeat to a scheduler closed first, after Ctrl-C) would break the one-line
    # messages; its failures reach the client as exceptions instead
    from kg.cluster import DaskEngine
    from kg.runner import Pipeline

    pipeline = Pipeline("gazetteer")
    engine = DaskEngine(pipeline, pipeline.plan()[1], "local", 1)
    try:
        engine.client.run(_log_an_error)
    finally:
        engine.close()
    assert "a line a worker logs itself" not in capfd.readouterr().err


def _die(docs) -> None:
    os._exit(1)


def _sleep(docs) -> None:
    time.sleep(60)


def test_a_dead_dask_worker_or_a_cancelled_task_is_one_line_not_a_traceback():
    import dask

    from kg.cluster import DaskEngine, _Checked
    from kg.errors import KgError
    from kg.runner import Pipeline

    pipeline = Pipeline("gazetteer")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # the first death is KilledWorker
        engine = DaskEngine(pipeline, pipeline.plan()[1], "local", 1)
    try:
        started = time.monotonic()
        dead = _Checked(engine.client.submit(_die, [], pure=False), pipeline.plan()[1])
        with pytest.raises(KgError, match=r"^a Dask worker died or the scheduler went away \(KilledWorker"):
            dead.result()
        assert time.monotonic() - started < 60
        slow = engine.client.submit(_sleep, [], pure=False)
        engine.client.cancel(slow)
        with pytest.raises(KgError, match=r"what was extracted so far is kept in the cache$"):
            _Checked(slow, pipeline.plan()[1]).result()
    finally:
        engine.close()
