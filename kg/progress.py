"""Progress of a long build on stderr: a tqdm bar on a terminal, plain periodic lines in a log, nothing when quiet.

A bar in a log file is a mess of carriage returns, and lines on a terminal scroll the summary away,
so the stream decides. Either way the reader sees documents done out of the total (known once the
inputs have been read for ids), the rate, the time left and the stage the build is in.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Callable


class Progress:
    """``advance`` once per document; ``stage`` when the build moves on (merging, writing, drawing)."""

    def __init__(self, total: Callable[[], int] = lambda: 0, stream: IO[str] | None = None, quiet: bool = False,
                 interval: float = 2.0) -> None:
        self.total = total  # documents expected, once known (0 until then)
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.interval = interval
        self.done = 0
        self.cached = 0
        self.stage_name = "reading"
        self._started = time.perf_counter()
        self._last = self._started
        self._first: float | None = None  # when the first document was done: the rate leaves out the model load
        self._bar = None
        self._tty = not quiet and bool(getattr(self.stream, "isatty", lambda: False)())

    def advance(self, cached: bool = False) -> None:
        self.done += 1
        self.cached += cached
        if self._first is None:
            self._first = time.perf_counter()
        if self.quiet:
            return
        if self.stage_name == "reading":
            self.stage_name = "extracting"
        if self._tty:
            if self._bar is None:
                from tqdm import tqdm

                self._bar = tqdm(total=self.total() or None, desc=self.stage_name, unit="doc", file=self.stream,
                                 leave=False, dynamic_ncols=True, mininterval=0.5)
            self._bar.update(1)
            if cached:
                self._bar.set_postfix_str(f"{self.cached} from the cache", refresh=False)
            return
        now = time.perf_counter()
        if now - self._last >= self.interval:
            self._last = now
            print(f"kg: {self.line(now)}", file=self.stream, flush=True)

    def line(self, now: float | None = None) -> str:
        """``120/300 documents (40 from the cache), 4.6/s, about 39 s left; extracting``."""
        now = time.perf_counter() if now is None else now
        total = self.total()
        first = self._first if self._first is not None else self._started
        rate = (self.done - 1) / (now - first) if self.done > 1 and now > first else 0.0
        text = f"{self.done}/{total} documents" if total else f"{self.done} documents"
        text += f" ({self.cached} from the cache)" if self.cached else ""
        text += f", {rate:.1f}/s"
        if total and rate > 0 and total > self.done:
            text += f", about {(total - self.done) / rate:.0f} s left"
        return f"{text}; {self.stage_name}"

    def stage(self, name: str) -> None:
        """The build moved on to ``name``; said on a terminal always, in a log once the build is long."""
        self.stage_name = name
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.set_description_str(name)
            self._bar.refresh()
        elif not self._tty and time.perf_counter() - self._started >= self.interval:
            print(f"kg: {name}", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
