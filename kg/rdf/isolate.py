"""Queries run in a child process, so they can be stopped: on a timeout, on Ctrl-C, when the client left.

pyoxigraph evaluates a query in native code that never checks for signals: a COUNT over a cross
join of the seeds' triples ignored SIGINT for 10 s and more (tried: the Python handler runs only
when ``Store.query`` returns), and a thread cannot be stopped at all. A forked child can be killed
at once; on Linux fork also shares the loaded store with the child copy-on-write, so a query costs
no reload. The child sends its output back over a pipe in chunks (the pipe's buffer is the only
backlog: a slow reader pauses the child, so memory stays flat) and the parent writes it.

Requires ``fork`` (Linux, macOS): the work is a closure over objects already in memory.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import KgError, QueryError, QueryTimeout, one_line

# Bytes or characters a child collects before sending them to the parent in one message.
CHUNK = 1 << 16

Emit = Callable[[Any], None]


class ChunkedText:
    """A text stream for the child's writers: characters go to ``emit`` in CHUNK-sized messages."""

    joiner: Any = ""

    def __init__(self, emit: Emit):
        self.emit, self.parts, self.size = emit, [], 0

    def write(self, data: Any) -> int:
        self.parts.append(data)
        self.size += len(data)
        if self.size >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.parts:
            self.emit(self.joiner.join(self.parts))
            self.parts, self.size = [], 0


class ChunkedBytes(ChunkedText):
    """The binary twin of ChunkedText, for serializers that write bytes (pyoxigraph's)."""

    joiner = b""

    def write(self, data: Any) -> int:
        return super().write(bytes(data))


def _child(work: Callable[[Emit], None], conn: multiprocessing.connection.Connection) -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides, and kills the child
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        work(lambda item: conn.send(("item", item)))
        conn.send(("done", None))
    except KgError as exc:
        conn.send(("error", exc))
    except (BrokenPipeError, EOFError, ConnectionError):  # the parent stopped reading: nothing to tell
        pass
    except Exception as exc:  # a bug or an engine failure: still one line for the user
        conn.send(("error", QueryError(f"query failed ({one_line(exc)})")))
    finally:
        conn.close()


def stream_in_child(work: Callable[[Emit], None], timeout: float | None = None,
                    gone: Callable[[], bool] | None = None, watch: Any = None) -> Iterator[Any]:
    """The items ``work(emit)`` emits in a forked child, as they come.

    The child is killed (SIGKILL: native code does not have to cooperate) when ``timeout`` seconds
    pass (then :class:`QueryTimeout`), when the consumer stops iterating or raises (Ctrl-C in the
    parent: KeyboardInterrupt goes on up), or when ``watch`` (e.g. a client socket) turns readable
    and ``gone()`` says the other end left. A KgError raised in the child is raised here.
    """
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # a forked child must not write the parent's buffers again
        stream.flush()
    proc = ctx.Process(target=_child, args=(work, send), daemon=True)
    proc.start()
    send.close()
    deadline = None if not timeout else time.monotonic() + timeout
    waiting = [recv] + ([watch] if watch is not None else [])
    try:
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise QueryTimeout(f"the query ran past the {timeout:g} s timeout and was stopped")
            ready = multiprocessing.connection.wait(waiting, left)
            if watch is not None and watch in ready:
                if gone is not None and gone():
                    return
                waiting.remove(watch)  # readable but not closed (more request bytes): stop watching
            if recv not in ready:
                continue
            try:
                kind, item = recv.recv()
            except EOFError:  # died without a word: killed from outside, out of memory
                proc.join()
                raise QueryError(f"the query process died (exit status {proc.exitcode})") from None
            if kind == "done":
                return
            if kind == "error":
                raise item
            yield item
    finally:
        if proc.is_alive():
            os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        recv.close()
