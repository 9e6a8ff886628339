"""Parallel extraction (``kg build --jobs N``): the same bytes as one process, whatever N and input order."""

from __future__ import annotations

import gc
import os
import pickle
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

import kg
from kg.builder import BuildConfig, run_build
from kg.pipeline.ingest import read_documents
from kg.runner import InProcess, Pipeline, ProcessPool, extract_in_order
from tests.paths import SEEDS

ROOT = Path(__file__).resolve().parents[2]

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"


def _build(out: Path, inputs: list[Path], **options) -> bytes:
    run_build(BuildConfig(inputs, out, ner="gazetteer", html=False, quiet=True, **options))
    return (out / "graph.ttl").read_bytes()


def test_two_and_three_processes_give_the_bytes_of_one_in_any_input_order(tmp_path):
    one = _build(tmp_path / "one", [SEEDS, WIRE], jobs=1)
    assert _build(tmp_path / "two", [SEEDS, WIRE], jobs=2) == one
    assert _build(tmp_path / "rev", [WIRE, SEEDS], jobs=2) == one
    files = sorted(SEEDS.glob("*.txt")) + sorted(WIRE.glob("*.txt"))
    assert _build(tmp_path / "files", files[::-1], jobs=3) == _build(tmp_path / "f1", files, jobs=1)
    assert b"dip:Meeting" in one or b"#Meeting" in one


class _Backwards:
    """An engine whose batches finish last-submitted first: what a pool with one slow worker does."""

    batch_size = 2
    in_flight = 100

    def __init__(self) -> None:
        self.inner = InProcess(Pipeline("gazetteer"))
        self.held: list[tuple[Future, list]] = []

    def submit(self, docs):
        future: Future = Future()
        self.held.append((future, self.inner.submit(docs).result()))
        if len(self.held) == 4 or len(docs) < self.batch_size:  # release the batches in reverse
            for f, value in reversed(self.held):
                f.set_result(value)
            self.held = []
        return future

    def close(self, cancel: bool = False) -> None:
        for f, value in reversed(self.held):
            f.set_result(value)


def test_extractions_come_back_in_input_order_whatever_order_batches_finish():
    docs = list(read_documents([SEEDS, WIRE], lambda m: None))
    seen: list[bool] = []
    out = [x.document.id for x in extract_in_order(docs, _Backwards, on_document=seen.append)]
    assert out == [d.id for d in docs] and len(docs) == 21
    assert seen == [False] * 21


def _kg_file() -> str:
    import kg as worker_kg

    return worker_kg.__file__


def test_pool_workers_import_this_checkout_and_load_resources_once():
    pool = ProcessPool(Pipeline("gazetteer"), 1)
    try:
        assert pool._pool.submit(_kg_file).result() == kg.__file__
        docs = list(read_documents([SEEDS], lambda m: None))
        first = pool.submit(docs[:2]).result()  # pickled in the worker, unpickled once by the build
        assert [pickle.loads(b).document.id for b in first] == [d.id for d in docs[:2]]
    finally:
        pool.close()


def test_jobs_below_one_is_a_one_line_error(tmp_path, capsys):
    from kg.cli import main

    assert main(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--jobs", "0"]) == 1
    assert capsys.readouterr().err.strip() == "kg: error: --jobs 0: give a number of processes, 1 or more"


def test_a_program_read_from_stdin_keeps_the_default_in_process_and_refuses_more_jobs_in_one_line():
    """Spawned workers import the calling program; a script piped into ``python -`` is no file."""
    script = ("from kg.errors import KgError\nfrom kg.runner import pool_size\nprint(pool_size(None, 1000))\n"
              "try:\n    pool_size(2, 1000)\nexcept KgError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, cwd=ROOT, check=True)
    first, second = out.stdout.splitlines()
    assert first == "1"
    assert second.startswith("jobs=2: worker processes start by importing the calling program, and <stdin> is no file")


class _OneSlow:
    """An engine of one slot whose task finishes only when its result is asked for."""

    batch_size = 1
    in_flight = 1

    def __init__(self, fail: BaseException | None = None) -> None:
        self.inner = InProcess(Pipeline("gazetteer"))
        self.fail = fail

    def submit(self, docs):
        inner, fail = self.inner, self.fail

        class Lazy(Future):
            def result(self, timeout=None):
                if fail is not None:
                    raise fail
                return inner.submit(docs).result()

        return Lazy()

    def close(self, cancel: bool = False) -> None:
        pass


def test_cache_hits_behind_a_document_in_extraction_do_not_pile_up(tmp_path):
    from kg.cache import ExtractionCache, document_digest
    from kg.runner import QUEUED_PER_TASK

    docs = list(read_documents([SEEDS, WIRE], lambda m: None))
    cache = ExtractionCache(tmp_path, "v")
    for doc, x in zip(docs[1:], InProcess(Pipeline("gazetteer")).submit(docs[1:]).result()):
        cache.put(doc.id, document_digest(doc), x)  # every document but the first is a hit
    pulled = []

    def source():
        for doc in docs:
            pulled.append(doc.id)
            yield doc

    out = extract_in_order(source(), _OneSlow, cache=cache)
    assert next(out).document.id == docs[0].id
    assert len(pulled) <= QUEUED_PER_TASK + 1 < len(docs)  # not the whole corpus read ahead
    assert [x.document.id for x in out] == [d.id for d in docs[1:]]


def test_a_worker_that_dies_is_a_one_line_error():
    from concurrent.futures.process import BrokenProcessPool

    from kg.errors import KgError

    docs = list(read_documents([SEEDS], lambda m: None))
    with pytest.raises(KgError, match=r"^an extraction worker died \(out of memory\? try fewer --jobs\)"):
        list(extract_in_order(docs, lambda: _OneSlow(BrokenProcessPool("killed"))))


def test_a_ctrl_c_that_a_library_swallows_still_stops_the_extraction():
    # distributed's garbage-collector hook runs in the main thread and swallows a KeyboardInterrupt
    # raised inside it ("Exception ignored in ..."): the build must stop all the same, not run on to exit 0
    docs = list(read_documents([SEEDS, WIRE], lambda m: None))

    def source():
        for n, doc in enumerate(docs):
            if n == 3:
                try:  # what the swallowing callback does
                    os.kill(os.getpid(), signal.SIGINT)
                    time.sleep(1)
                except KeyboardInterrupt:
                    pass
            yield doc

    taken = []
    with pytest.raises(KeyboardInterrupt):
        for x in extract_in_order(source(), lambda: InProcess(Pipeline("gazetteer"))):
            taken.append(x)
    assert len(taken) < len(docs)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the build's own handler is gone


def test_a_ctrl_c_inside_a_garbage_collector_callback_is_noted_not_printed_and_lost(monkeypatch):
    # raised inside a gc callback, a KeyboardInterrupt is printed as "Exception ignored" and dropped: the
    # handler only notes it there, and the loop raises it at its next document (one line for the user)
    docs = list(read_documents([SEEDS, WIRE], lambda m: None))
    unraisable: list = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    fired: list[int] = []

    def callback(phase, info):
        if phase == "start" and not fired:
            fired.append(1)
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)  # the handler runs here, inside the callback

    def source():
        for n, doc in enumerate(docs):
            if n == 3:
                gc.callbacks.append(callback)
                try:
                    gc.collect()
                finally:
                    gc.callbacks.remove(callback)
            yield doc

    with pytest.raises(KeyboardInterrupt):
        for _ in extract_in_order(source(), lambda: InProcess(Pipeline("gazetteer"))):
            pass
    assert fired and unraisable == []


def test_a_ctrl_c_inside_a_finaliser_is_noted_not_printed_and_lost(monkeypatch):
    # distributed's Future.__del__ under --dask local: the KeyboardInterrupt raised there is "ignored"
    # by Python; the user sees neither its traceback nor a build that runs on, only the loop's raise
    docs = list(read_documents([SEEDS, WIRE], lambda m: None))
    unraisable: list = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    fired: list[int] = []

    class Finalised:
        def __del__(self):
            fired.append(1)
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)  # the handler runs here, inside __del__

    def source():
        for n, doc in enumerate(docs):
            if n == 3:
                Finalised()  # dropped at once: its __del__ runs in this frame
            yield doc

    taken = []
    with pytest.raises(KeyboardInterrupt):
        for x in extract_in_order(source(), lambda: InProcess(Pipeline("gazetteer"))):
            taken.append(x)
    assert fired and unraisable == [] and len(taken) < len(docs)
    assert sys.unraisablehook == unraisable.append  # the build's hook is gone with it


def test_other_unraisable_errors_still_reach_the_users_hook(monkeypatch):
    docs = list(read_documents([SEEDS], lambda m: None))
    unraisable: list = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)

    class Broken:
        def __del__(self):
            raise ValueError("a finaliser's own error")

    def source():
        for n, doc in enumerate(docs):
            if n == 1:
                Broken()
            yield doc

    assert len(list(extract_in_order(source(), lambda: InProcess(Pipeline("gazetteer"))))) == len(docs)
    assert [r.exc_type for r in unraisable] == [ValueError]
