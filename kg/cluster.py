"""Extraction on a Dask distributed cluster (``kg build --dask local`` or ``--dask tcp://HOST:PORT``).

The client (the ``kg build`` process) reads the inputs, consults the cache, sends batches of
documents to the cluster as futures and merges what comes back in input order, exactly as with a
local pool (:func:`kg.runner.extract_in_order`). Each worker loads the model, gazetteer and lexicon
once, through a worker plugin, from the ``kg`` package installed on its machine; every result
carries that worker's pipeline version, and a worker whose code, model or data differ from the
client's is refused in one line (its extractions would be cached under the wrong key).
Imported only when ``--dask`` is given: distributed is a heavy import.
"""

from __future__ import annotations

import logging
from concurrent.futures import CancelledError, Future

from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, get_worker
from distributed.comm import CommClosedError

from kg.errors import KgError, one_line
from kg.records import Document
from kg.runner import Pipeline, Worker, start_worker

PLUGIN = "silat-resources"


class LoadResources(WorkerPlugin):
    """Loads the resources and the pipeline version once per worker when it starts (or joins later),
    through the same :func:`kg.runner.start_worker` as a pool worker. The workers of a LocalCluster
    are this build's children, as pool workers are (they ignore Ctrl-C); a remote worker is not."""

    name = PLUGIN

    def __init__(self, pipeline: Pipeline, local: bool = False) -> None:
        self.pipeline = pipeline
        self.local = local
        self.worker: Worker | None = None

    def setup(self, worker) -> None:
        self.worker = start_worker(self.pipeline, version=True, child=self.local)


def extract_batch(docs: list[Document]) -> tuple[str, list[bytes]]:
    """Runs on a worker: the batch's extractions, pickled one by one, with the worker's pipeline version."""
    loaded = get_worker().plugins[PLUGIN].worker
    return loaded.version, loaded.extract_pickled(docs)


class _Checked:
    """A Dask future of one batch, seen as a future of its extractions once the worker's version is checked."""

    def __init__(self, future, version: str) -> None:
        self._future = future
        self._version = version

    def done(self) -> bool:
        return self._future.done()

    def result(self) -> list[bytes]:
        # what a lost worker (the task failed on too many of them: KilledWorker) or a lost scheduler
        # (CancelledError, CommClosedError) raises here: one line, as a dead pool worker gives
        try:
            version, extractions = self._future.result()
        except (KilledWorker, CancelledError, CommClosedError) as exc:
            raise KgError(f"a Dask worker died or the scheduler went away ({one_line(exc)}); what was extracted "
                          "so far is kept in the cache") from None
        if version != self._version:
            raise KgError(f"a Dask worker runs another Silat pipeline (version {version}, this build {self._version}): "
                          "install the same kg package, model and data on every worker")
        return extractions


class DaskEngine:
    """Batches of documents as futures on a Dask cluster: ``local`` starts a LocalCluster of ``workers`` processes."""

    def __init__(self, pipeline: Pipeline, version: str, address: str, workers: int = 2) -> None:
        self._cluster = None
        try:
            if address == "local":
                # CRITICAL, not ERROR: the workers are this build's children and every failure of theirs
                # reaches the client as an exception, reported in one line; what they log themselves is
                # shutdown noise (a heartbeat to a scheduler that closed first, after Ctrl-C) that broke it
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.CRITICAL)
                self.client = Client(self._cluster)
            else:
                self.client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise KgError(f"--dask {address}: cannot reach the scheduler ({one_line(exc)})") from None
        self.client.register_plugin(LoadResources(pipeline, local=self._cluster is not None), name=PLUGIN)
        threads = sum(self.client.nthreads().values()) or 1
        self.batch_size = 8  # fewer, larger tasks: the scheduler's cost per task stays small beside extraction
        self.in_flight = 4 * threads
        self._version = version

    def submit(self, docs: list[Document]) -> Future:
        future = self.client.submit(extract_batch, docs, pure=False)
        return _Checked(future, self._version)  # type: ignore[return-value]

    def close(self, cancel: bool = False) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
