"""Extraction of a stream of documents on one core, a pool of processes or a Dask cluster, in input order.

:func:`kg.pipeline.extract.extract` is a pure function of one document and the resources, so the
documents can be extracted anywhere; :func:`extract_in_order` hands them out in small batches,
keeps a bounded number in flight, and yields the extractions in input order whatever order the
workers finish in, so the merged graph (and the Turtle) is the same for every engine and every
number of workers. Each worker loads the resources once, through :func:`start_worker`: a pool
worker in its initializer, a Dask worker in a worker plugin. Nothing is started until a document
misses the cache, so a re-run of a built corpus never loads the model.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Callable, Iterable, Iterator, Protocol

from kg.cache import ExtractionCache, document_digest, files_digest
from kg.errors import DataError, KgError
from kg.pipeline.extract import extract
from kg.pipeline.gazetteer.curation import load_curation
from kg.pipeline.recognize import recognizer_plan
from kg.pipeline.resources import Resources, load_resources
from kg.records import Document, Extraction

# Below this many documents per worker a pool costs more (each worker loads the model) than it saves.
DOCS_PER_WORKER = 20
# Documents (mostly cache hits) held behind one still being extracted, per document the workers hold.
QUEUED_PER_TASK = 4


@dataclass(frozen=True)
class Pipeline:
    """What a worker needs to load the same resources as this process (picklable, sent to workers)."""

    ner: str = "auto"
    stanza_dir: Path | None = None
    gazetteers: tuple[Path, ...] = ()
    curation: Path | None = None  # the user's curation file: its aliases and not-entities act when mentions are read

    def load(self) -> Resources:
        return load_resources(self.ner, self.stanza_dir, self.gazetteers, load_curation(self.curation))

    def plan(self) -> tuple[str, str]:
        """The recognizer's note and the pipeline version: a hash of what extraction reads (the
        extraction layers' code and data, the shipped model, the model files used, extra
        gazetteers, the curation rows that act when mentions are read) and the versions of the
        libraries that run the model. Files are named relative to the package, so the same code
        installed elsewhere (a Dask worker, another checkout sharing ``--cache``) has the same
        version. Fails on a missing model before any work starts."""
        note, model_files = recognizer_plan(self.ner, self.stanza_dir)
        for table in self.gazetteers:  # the message loading would give, before the table is hashed
            if not Path(table).is_file():
                raise DataError(f"{table}: data file not found")
        package = Path(__file__).resolve().parent  # the kg package this module belongs to
        files = [(p.relative_to(package).as_posix(), p) for p in sorted(package.rglob("*"))
                 if p.is_file() and _reads_in_extraction(p.relative_to(package).parts)]
        outside = [(p.name, p) for p in (Path(m).resolve() for m in (*model_files, *self.gazetteers))
                   if package not in p.parents]
        extra = (f"{note}\n{sys.version_info[:2]}\n{_library_versions(('stanza', 'torch'))}\n"
                 f"{load_curation(self.curation).extraction_key()}")
        return note, files_digest([*files, *outside], extra)


# What extraction runs on (the import contracts in pyproject.toml keep it below these layers), and
# what in them it never reads: the graph's writers, views, queries and the confidence model act
# after the cache, so editing them rebuilds the graph without extracting again.
_EXTRACTION = frozenset({"pipeline", "contract", "lang", "models", "data", "records.py", "errors.py", "config.py",
                         "io.py", "data.py"})
_AFTER_EXTRACTION = frozenset({"html", "queries", "ontology", "confidence.tsv"})


def _reads_in_extraction(parts: tuple[str, ...]) -> bool:
    if parts[0] not in _EXTRACTION or "__pycache__" in parts or parts[-1].endswith(".pyc"):
        return False
    return not (parts[0] == "data" and len(parts) > 1 and parts[1] in _AFTER_EXTRACTION)


def _library_versions(packages: tuple[str, ...]) -> list[tuple[str, str]]:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in packages:
        try:
            found.append((package, version(package)))
        except PackageNotFoundError:
            pass
    return found


class Engine(Protocol):
    """Where batches of documents are extracted; ``submit`` returns a future of the batch's extractions,
    each an :class:`~kg.records.Extraction` or, from another process, its pickle (:meth:`Worker.extract_pickled`).

    ``batch_size`` documents go in one task and at most ``in_flight`` tasks are out at once.
    """

    batch_size: int
    in_flight: int

    def submit(self, docs: list[Document]) -> Future: ...

    def close(self, cancel: bool = False) -> None: ...


class InProcess:
    """Extraction in this process, one document at a time; the resources load on the first document."""

    batch_size = 1
    in_flight = 1

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._res: Resources | None = None

    def submit(self, docs: list[Document]) -> Future:
        if self._res is None:
            self._res = self.pipeline.load()
        future: Future = Future()
        future.set_result([extract(doc, self._res) for doc in docs])
        return future

    def close(self, cancel: bool = False) -> None:
        self._res = None


@dataclass
class Worker:
    """What one worker process loaded once: the resources (or the one-line error loading them gave,
    reported with its first batch) and, where asked, its pipeline version."""

    resources: Resources | None
    error: KgError | None = None
    version: str = ""

    def extract(self, docs: list[Document]) -> list[Extraction]:
        if self.error is not None:
            raise self.error
        return [extract(doc, self.resources) for doc in docs]  # type: ignore[arg-type]

    def extract_pickled(self, docs: list[Document]) -> list[bytes]:
        """The extractions pickled one by one, as they travel to the build: the build unpickles each
        once and stores those very bytes in its cache, instead of pickling the extraction again."""
        return [pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL) for x in self.extract(docs)]


def start_worker(pipeline: Pipeline, *, version: bool = False, child: bool = True) -> Worker:
    """Load a worker's resources once: the one setup of a pool worker and of a Dask worker (its plugin).

    A worker that is a child of the build (a pool worker, a worker of ``--dask local``) ignores
    Ctrl-C: the terminal sends SIGINT to the whole process group, and only the parent decides what an
    interrupt means (one line, exit 130), not a traceback per worker. It also skips the interpreter's
    teardown when it exits (:func:`skip_teardown`). A worker of a remote cluster (``child=False``)
    is someone else's process and keeps both.
    """
    if child and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return Worker(pipeline.load(), version=pipeline.plan()[1] if version else "")
    except KgError as exc:
        return Worker(None, exc)
    finally:
        if child:  # after the model's libraries registered theirs: this one runs first, and they need not run
            atexit.register(skip_teardown)


def skip_teardown() -> None:
    """A child worker's last act at exit: its results are sent and nothing of it needs cleaning up,
    while tearing down an interpreter that holds torch takes seconds (1.6 s for ``import torch``
    alone, 3 s with the model loaded, on a busy 2-core machine), and the build waits for its workers
    to end before it merges."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent is gone (a ``kill -9`` of the build), instead of extracting for no one."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _pool_worker_init(pipeline: Pipeline, parent: int) -> None:
    """The worker's resources, kept on the process object (the worker's own state)."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="silat-parent-watch").start()
    multiprocessing.current_process().silat_worker = start_worker(pipeline)  # type: ignore[attr-defined]


def _pool_extract(docs: list[Document]) -> list[bytes]:
    return multiprocessing.current_process().silat_worker.extract_pickled(docs)  # type: ignore[attr-defined]


class ProcessPool:
    """``workers`` processes started with 'spawn' (no forked torch or SQLite state), each loading the resources once."""

    # a few documents per task (less traffic), a few tasks per worker (none idle while results travel);
    # bench/ner_floor.py hands out batches of this size too
    batch_size = 4

    def __init__(self, pipeline: Pipeline, workers: int) -> None:
        self.in_flight = 4 * workers
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_pool_worker_init, initargs=(pipeline, os.getpid()))

    def submit(self, docs: list[Document]) -> Future:
        return self._pool.submit(_pool_extract, docs)

    def close(self, cancel: bool = False) -> None:
        self._pool.shutdown(wait=True, cancel_futures=cancel)


def pool_size(jobs: int | None, expected: int) -> int:
    """Worker processes for ``jobs`` (None: every core, but at most one per DOCS_PER_WORKER documents).

    >>> pool_size(None, 5), pool_size(1, 1000), pool_size(3, 2)
    (1, 1, 3)
    """
    main = _unimportable_main()
    if jobs is not None:
        if jobs > 1 and main:
            raise KgError(f"jobs={jobs}: worker processes start by importing the calling program, and {main} is "
                          "no file; run it from a file or use one process (jobs=1)")
        return max(1, jobs)
    if main:  # python - < script.py: spawned workers could not start, so the default stays in this process
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, expected // DOCS_PER_WORKER))


def _unimportable_main() -> str | None:
    """The calling program's name when spawned workers could not import it: a script read from
    standard input has a ``__file__`` (``<stdin>``) that is no file. An interactive session or
    ``python -c`` has none, and workers skip it."""
    path = getattr(sys.modules.get("__main__"), "__file__", None)
    return path if path is not None and not os.path.isfile(path) else None


@dataclass
class _Batch:
    docs: list[Document] = field(default_factory=list)
    digests: list[str] = field(default_factory=list)
    future: Future | None = None
    results: list[Extraction | bytes] | None = None  # bytes: pickled in a worker process


class _InterruptNoted:
    """Ctrl-C in the build, noted as well as raised. A KeyboardInterrupt raised while a finaliser runs in
    the main thread (a ``__del__``, a weakref or garbage-collector callback: distributed's under
    ``--dask local``) is swallowed by Python and printed as "Exception ignored in ...", a traceback the
    user did not ask for, and the build would run on to a complete exit 0. So the handler notes it
    before raising, the extraction loop raises it again at its next document, and while the build runs
    an unraisable KeyboardInterrupt is dropped instead of printed; any other unraisable error still
    reaches the previous hook."""

    def __init__(self) -> None:
        self.noted = False
        self._previous = None
        self._previous_hook = sys.unraisablehook
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            sys.unraisablehook = self._unraisable

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.noted = True
        raise KeyboardInterrupt

    def _unraisable(self, report: "sys.UnraisableHookArgs") -> None:
        if not (self.noted and report.exc_type is not None and issubclass(report.exc_type, KeyboardInterrupt)):
            self._previous_hook(report)

    def check(self) -> None:
        if self.noted:
            raise KeyboardInterrupt

    def close(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            sys.unraisablehook = self._previous_hook
            self._previous = None


def extract_in_order(docs: Iterable[Document], start: Callable[[], Engine], *, cache: ExtractionCache | None = None,
                     on_document: Callable[[bool], None] = lambda cached: None) -> Iterator[Extraction]:
    """The extraction of every document, in input order; misses go to the engine ``start()`` makes, on the first miss.

    At most ``engine.in_flight`` batches of ``engine.batch_size`` documents are out at once, so memory stays
    bounded on any corpus. New extractions are written to ``cache`` as they come back (committed
    about every second), so an interrupted run keeps what it did. ``on_document(cached)`` is
    called once per document, in order.
    """
    engine: Engine | None = None
    queue: deque[tuple[Extraction | None, _Batch | None, int]] = deque()
    batch = _Batch()
    out: list[_Batch] = []  # submitted batches whose results have not been taken yet

    def submit() -> None:
        nonlocal engine, batch
        if not batch.docs or engine is None:
            return
        batch.future = engine.submit(batch.docs)
        out.append(batch)
        batch = _Batch()

    def take() -> Extraction:
        interrupt.check()
        ready, owner, i = queue.popleft()
        if owner is None:
            on_document(True)
            return ready  # type: ignore[return-value]
        if owner.future is None:
            submit()
        if owner.results is None:
            try:
                owner.results = owner.future.result()  # type: ignore[union-attr]
            except BrokenProcessPool:
                raise KgError("an extraction worker died (out of memory? try fewer --jobs); what was extracted "
                              "so far is kept in the cache") from None
            out.remove(owner)
            interrupt.check()
        x = owner.results[i]
        pickled = x if isinstance(x, bytes) else None
        if pickled is not None:
            x = pickle.loads(pickled)
        if cache is not None:
            cache.put(owner.docs[i].id, owner.digests[i], x, pickled)
        on_document(False)
        return x

    def front_ready() -> bool:
        _, owner, _ = queue[0]
        return owner is None or owner.results is not None or (owner.future is not None and owner.future.done())

    interrupt = _InterruptNoted()
    try:
        for doc in docs:
            digest = document_digest(doc) if cache is not None else ""
            hit = cache.get(doc.id, digest) if cache is not None else None
            if hit is not None:
                queue.append((hit, None, 0))
            else:
                if engine is None:
                    engine = start()
                queue.append((None, batch, len(batch.docs)))
                batch.docs.append(doc)
                batch.digests.append(digest)
                if len(batch.docs) >= engine.batch_size:
                    submit()
            # hand on what is ready; wait for the front when the workers are all busy, or when cache hits
            # pile up behind a document still being extracted (memory stays bounded)
            while queue and (front_ready() or (engine is not None and (
                    len(out) >= engine.in_flight or len(queue) >= QUEUED_PER_TASK * engine.in_flight * engine.batch_size))):
                yield take()
        submit()
        while queue:
            yield take()
    except BaseException:
        if engine is not None:
            engine.close(cancel=True)
            engine = None
        raise
    finally:
        interrupt.close()
        if engine is not None:
            engine.close()
