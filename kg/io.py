"""File output that never leaves a half-written or mixed result behind.

:func:`atomic_write_bytes` replaces one file. :class:`OutputSet` replaces a build's files as a set:
each is written into a hidden staging folder inside the output folder, and only when all are
complete are they renamed into place, one after the other, in a few microseconds. A commit marker
written before the renames lets the next run finish a set whose renames a ``kill -9`` cut short;
staging folders without a marker (a run killed while writing) are deleted by the next run.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO

from kg.errors import OutputError

STAGING_PREFIX = ".silat-staging-"
COMMIT_MARKER = "COMMIT"
LOCK_NAME = ".silat.lock"


def _umask_mode() -> int:
    """The mode a plain open() would give (0666 - umask), so a store or web server running as another user can read it."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({_why(exc)})") from None
    try:
        os.chmod(tmp, _umask_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({_why(exc)}); the previous file is unchanged") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def check_writable(path: Path) -> None:
    """Fail now, in one line, if ``path`` could not be written later (its folder missing, read-only, a file)."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give the file to write")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({_why(exc)})") from None


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


class OutputSet:
    """A set of files in one folder that replace the previous set together, or not at all.

    Opening it checks, before any long work, that the folder can be written; it holds a lock so two
    runs never write the same folder at once, and it tidies what a killed run left. ``stage(name)``
    gives the path to write ``name`` to; ``commit()`` puts every staged file in place and removes the
    ``managed`` files this run did not write (a graph.nt from an earlier run must not sit beside a
    new graph.ttl).
    """

    def __init__(self, folder: Path, managed: tuple[str, ...] = ()) -> None:
        self.folder = Path(folder)
        self.managed = managed
        self.committed = False
        self._names: list[str] = []
        try:
            if self.folder.exists() and not self.folder.is_dir():
                raise OutputError(f"{self.folder}: exists and is not a folder")
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock: IO[bytes] = open(self.folder / LOCK_NAME, "ab")
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot write the output folder ({_why(exc)})") from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise OutputError(f"{self.folder}: another kg run is writing this folder") from None
        try:
            self.recover()
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.folder))
        except OSError as exc:
            self.close()
            raise OutputError(f"{self.folder}: cannot write the output folder ({_why(exc)})") from None

    def recover(self) -> None:
        """Finish what an earlier run committed but did not finish renaming; delete what it left unfinished."""
        for stale in sorted(self.folder.glob(f"{STAGING_PREFIX}*")):
            if (stale / COMMIT_MARKER).is_file():
                self._carry_out(stale, (stale / COMMIT_MARKER).read_text(encoding="utf-8").split())
            shutil.rmtree(stale, ignore_errors=True)
        for stale in self.folder.glob(".graph.*.tmp"):  # atomic_write_bytes temporaries of a killed run
            stale.unlink(missing_ok=True)

    def stage(self, name: str) -> Path:
        """Where to write output ``name``; it becomes ``folder/name`` at commit."""
        if name not in self._names:
            self._names.append(name)
        return self.staging / name

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Stage ``name``; a failure (full disk) drops the whole set, in one line."""
        try:
            self.stage(name).write_bytes(data)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.folder / name}: cannot write ({_why(exc)}); no output was replaced") from None
        return self.folder / name

    def commit(self) -> list[Path]:
        """Rename every staged file into place; an interrupt during the renames is held until they are done."""
        plan = self._names + [f"-{m}" for m in self.managed if m not in self._names]  # "-name": remove it
        try:
            mode = _umask_mode()
            for name in self._names:
                with open(self.staging / name, "rb+") as fh:
                    os.fchmod(fh.fileno(), mode)
                    os.fsync(fh.fileno())
            with open(self.staging / COMMIT_MARKER, "w", encoding="utf-8") as fh:
                fh.write("\n".join(plan) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.folder}: cannot write ({_why(exc)}); no output was replaced") from None
        interrupted = None
        try:
            self._carry_out(self.staging, plan)
        except KeyboardInterrupt as exc:  # finish the renames first: a mixed set is worse than a late stop
            interrupted = exc
            self._carry_out(self.staging, plan)
        self.committed = True
        self.abort()
        if interrupted:
            raise interrupted
        return [self.folder / name for name in self._names]

    def _carry_out(self, staging: Path, plan: list[str]) -> None:
        """Rename the staged files of ``plan`` into place and remove its ``-name`` entries; safe to repeat."""
        for item in plan:
            if item.startswith("-"):
                (self.folder / item[1:]).unlink(missing_ok=True)
            elif (staging / item).exists():
                os.replace(staging / item, self.folder / item)
        dir_fd = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def abort(self) -> None:
        """Drop the staging folder and the lock; before a commit the folder keeps the previous set."""
        shutil.rmtree(self.staging, ignore_errors=True)
        self.close()

    def close(self) -> None:
        if not self._lock.closed:
            self._lock.close()

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, *exc) -> None:
        if not self.committed:
            self.abort()
