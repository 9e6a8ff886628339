"""The per-document extraction cache: a re-run extracts only documents it has not seen.

One SQLite database in WAL mode. Why SQLite with WAL rather than files of our own: every write is
a transaction appended to the write-ahead log, so a build killed at any instant (``kill -9``, power
loss) leaves the database as of its last commit, never half a row; the next open replays or drops
the log by itself. Readers never block the one writer, so a cache shared between builds (``--cache
DIR``) can be read while another build writes it (a second writer waits, up to a minute). Rows are
committed every second or so, so an interrupted build loses at most that much work.

A row is keyed by the document id, a hash of the whole document (text and metadata) and the
pipeline version (a hash of the code, the model and the data that shaped the extraction, computed by
the caller): a changed article, a new model or an edited lexicon is simply a miss. The value is the
pickled :class:`kg.records.Extraction`, compressed; the cache is trusted like the code that wrote
it (pickle), so share one only between people who would share code.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import time
import zlib
from dataclasses import asdict, replace
from pathlib import Path
from typing import Iterable

from kg.errors import OutputError
from kg.records import Document, Extraction

CACHE_FILE = "extractions.sqlite"
COMMIT_SECONDS = 1.0
SCHEMA = """CREATE TABLE IF NOT EXISTS extraction (
    version TEXT NOT NULL, doc TEXT NOT NULL, digest TEXT NOT NULL, value BLOB NOT NULL,
    PRIMARY KEY (version, doc, digest)) WITHOUT ROWID"""


def document_digest(doc: Document) -> str:
    """A hash of everything extraction reads from the document: id, text, title, dates, source.
    Not where it was read from (file and line): a record added at the top of a corpus file, or
    the file moved, must not make every later document new."""
    data = json.dumps(asdict(replace(doc, source_path="")), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def files_digest(files: Iterable[tuple[str, Path]], extra: str = "") -> str:
    """One hash of ``(name, path)`` pairs, each name with the file's content (in the order given),
    and ``extra``. Names, not paths: the same files installed elsewhere give the same hash."""
    h = hashlib.sha256(extra.encode("utf-8"))
    for name, path in files:
        h.update(name.encode("utf-8") + b"\0")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:32]


class ExtractionCache:
    """Extractions by (document, digest) for one pipeline ``version``; writes are batched into transactions."""

    def __init__(self, folder: Path, version: str) -> None:
        self.path = Path(folder) / CACHE_FILE
        self.version = version
        self.hits = 0
        self.stored = 0
        self._pending: list[tuple[str, str, str, bytes]] = []
        self._last_commit = time.monotonic()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=60.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: durable up to the last checkpoint, never corrupt
            self._db.execute(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise OutputError(f"{self.path}: cannot use the extraction cache ({exc}); delete it or pass --no-cache") from None
        except OSError as exc:
            raise OutputError(f"{self.path.parent}: cannot write the extraction cache ({exc.strerror})") from None

    def get(self, doc_id: str, digest: str) -> Extraction | None:
        row = self._db.execute("SELECT value FROM extraction WHERE version = ? AND doc = ? AND digest = ?",
                               (self.version, doc_id, digest)).fetchone()
        if row is None:
            return None
        try:
            value = pickle.loads(zlib.decompress(row[0]))
        except Exception:  # a row from an incompatible Python or records module: extract it again
            return None
        self.hits += 1
        return value

    def put(self, doc_id: str, digest: str, extraction: Extraction, pickled: bytes | None = None) -> None:
        """Store ``extraction``; ``pickled``: its pickle when the caller has it (from a worker process)."""
        data = pickled if pickled is not None else pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        blob = zlib.compress(data, 1)
        self._pending.append((self.version, doc_id, digest, blob))
        if time.monotonic() - self._last_commit >= COMMIT_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Commit the rows written since the last commit, in one transaction."""
        if self._pending:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?, ?)", self._pending)
            self.stored += len(self._pending)
            self._pending = []
        self._last_commit = time.monotonic()

    def prune(self) -> int:
        """Drop rows of other pipeline versions (after a complete build: they can never be hits again here)."""
        self.flush()
        with self._db:
            self._db.execute("BEGIN")
            n = self._db.execute("DELETE FROM extraction WHERE version != ?", (self.version,)).rowcount
        return n

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._db.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
