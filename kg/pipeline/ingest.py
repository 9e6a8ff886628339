"""Reading articles: ``.txt`` files (one article each) and ``.jsonl``/``.jsonl.gz`` corpora.

Fatal problems (a missing path, nothing readable at all) raise :class:`InputError`; a bad file or
record inside a larger input is skipped and reported through ``warn`` with its file and line, so one
broken line never costs the rest of a corpus.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from kg.contract.ids import digest, safe_document_id
from kg.errors import InputError
from kg.lang.ar.dates import Calendar, parse_dateline, parse_published
from kg.lang.ar.normalize import is_arabic
from kg.records import Document

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
MAX_ARTICLE_CHARS = 1_000_000
Warn = Callable[[str], None]


@dataclass
class IngestReport:
    files: int = 0
    documents: int = 0
    expected: int = 0  # records found by the first pass, known once the first document is read (progress, pool size)
    skipped: list[str] = field(default_factory=list)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in SUFFIXES if name.endswith(s)), None)


@dataclass(frozen=True)
class Source:
    """One input file and the key its id-less documents are named by: its path below the input root."""

    path: Path
    key: tuple[str, ...]

    @property
    def base_id(self) -> str:
        return safe_document_id("/".join(self.key))


def _stem(path: Path) -> str:
    kind = _kind(path) or ""
    return path.name[: len(path.name) - len(kind)]


def collect_files(inputs: list[Path]) -> list[Path]:
    """Input files in a deterministic order; directories are searched recursively."""
    return [source.path for source in collect_sources(inputs)]


def collect_sources(inputs: list[Path]) -> list[Source]:
    """Input files with the keys their documents are named by, in a deterministic order.

    A file's key is its path below the directory it was found in (``bbc/articles``), or its name
    without suffix when given directly. Files whose keys still collide (``bbc/articles.jsonl`` and
    ``cnn/articles.jsonl`` given one by one) take as many parent folders as tell them apart, so no
    two files share a key and a key never depends on input order.
    """
    found: dict[Path, tuple[str, ...]] = {}
    for path in inputs:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) and not p.name.startswith("."))
            if not files:
                raise InputError(f"{path}: no .txt, .jsonl or .jsonl.gz files in this directory")
            for file in files:
                rel = file.relative_to(path)
                found.setdefault(file.resolve(), (*rel.parts[:-1], _stem(file)))
        elif _kind(path):
            found.setdefault(path.resolve(), (_stem(path),))
        else:
            raise InputError(f"{path}: unsupported input (expected a directory or {', '.join(SUFFIXES)})")
    keys = _disambiguate(found)
    return sorted((Source(path, keys[path]) for path in found), key=lambda s: (s.key, str(s.path)))


def _disambiguate(found: dict[Path, tuple[str, ...]]) -> dict[Path, tuple[str, ...]]:
    keys = dict(found)
    while True:
        groups: dict[tuple[str, ...], list[Path]] = {}
        for path, key in keys.items():
            groups.setdefault(key, []).append(path)
        clashes = [paths for paths in groups.values() if len(paths) > 1]
        if not clashes:
            return keys
        for paths in clashes:
            for path in paths:
                parents = path.parent.parts[::-1]
                depth = len(keys[path]) - 1
                if depth >= len(parents) - 1:  # the filesystem root: nothing left to tell them apart
                    raise InputError(f"{path}: cannot tell this input apart from {', '.join(map(str, paths))}")
                keys[path] = (parents[depth], *keys[path])


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file (NUL bytes), not a UTF-8 text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def _check_text(text: str, where: str) -> None:
    if not text.strip():
        raise InputError(f"{where}: empty article")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{where}: article of {len(text):,} characters exceeds the {MAX_ARTICLE_CHARS:,} limit")
    if not is_arabic(text, minimum=20):
        raise InputError(f"{where}: no Arabic text (fewer than 20 Arabic letters)")


def make_document(text: str, doc_id: str, where: str, calendar: Calendar | None = None, **meta) -> Document:
    """A document with its metadata and wire dateline; ``calendar`` reads the dateline (loaded if not given).

    ``doc_id`` is used as given: :func:`read_documents` has already made it unique and IRI-safe.
    """
    doc = Document(
        id=doc_id, text=text, source_path=where, title=meta.get("title") or None,
        published=parse_published(meta.get("published")), url=meta.get("url") or None,
        publisher=meta.get("source") or None,
    )
    doc.dateline = parse_dateline(calendar or Calendar.load(), text)
    if doc.dateline and doc.dateline.agency and not doc.publisher:
        doc.publisher = doc.dateline.agency
    return doc


@dataclass(frozen=True)
class _Record:
    """An article as read, before its final id is known."""

    id: str
    text: str
    where: str
    meta: dict

    @property
    def digest(self) -> str:
        return digest(self.text, 8)


def _read_txt(source: Source) -> Iterator[_Record | str]:
    path = source.path
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = _decode(data, str(path))
    _check_text(text, str(path))
    yield _Record(source.base_id, text, str(path), {})


def _jsonl_lines(path: Path) -> Iterator[tuple[int, bytes] | str]:
    """Numbered lines; a file that breaks off (truncated gzip) ends with a message instead of an exception."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as fh:
            for number, line in enumerate(fh, 1):
                yield number, line
    except (OSError, EOFError, zlib.error) as exc:
        if number == 0:
            raise InputError(f"{path}: cannot read ({exc})") from None
        yield f"{path}:{number + 1}: cannot read the rest of the file ({exc or 'truncated'}); {number} lines read"


def _read_jsonl(source: Source) -> Iterator[_Record | str]:
    """Records of a JSON Lines corpus; a bad line gives a message saying where and why, never an exception."""
    for item in _jsonl_lines(source.path):
        if isinstance(item, str):
            yield item
            continue
        number, raw = item
        where = f"{source.path}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(_decode(raw, where))
        except json.JSONDecodeError as exc:
            yield f"{where}: not JSON ({exc.msg} at column {exc.colno})"
            continue
        except InputError as exc:
            yield str(exc)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield f"{where}: record has no string field 'text'"
            continue
        try:
            _check_text(record["text"], where)
        except InputError as exc:
            yield str(exc)
            continue
        meta = {k: record.get(k) if isinstance(record.get(k), str) else None for k in ("title", "published", "url", "source")}
        given = record.get("id")
        if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given).strip():
            yield _Record(safe_document_id(str(given).strip()), record["text"], where, meta)
        else:
            yield _Record(f"{source.base_id}-{number}", record["text"], where, meta)


def _records(sources: list[Source], on_error: Callable[[str], None]) -> Iterator[_Record]:
    """Every readable record of every source; problems go to ``on_error``, and are fatal for a lone file."""
    for source in sources:
        try:
            reader = _read_txt if _kind(source.path) == ".txt" else _read_jsonl
            for item in reader(source):
                if isinstance(item, str):
                    on_error(item)
                else:
                    yield item
        except InputError as exc:
            if len(sources) == 1:
                raise
            on_error(str(exc))


def _shared_ids(sources: list[Source]) -> tuple[dict[str, list[str]], int]:
    """Ids that name more than one different text, with the hashes of those texts, and the number of records.

    A first pass over the input, so the choice of final ids depends on the whole input and not on
    which file came first; it also raises for a bad lone input before any long work starts.
    """
    texts: dict[str, set[str]] = {}
    records = 0
    for record in _records(sources, lambda message: None):
        texts.setdefault(record.id, set()).add(record.digest)
        records += 1
    return {doc_id: sorted(digests) for doc_id, digests in texts.items() if len(digests) > 1}, records


def _skip(report: IngestReport, warn: Warn, message: str) -> None:
    report.skipped.append(message)
    warn(f"skipped {message}")


def read_documents(inputs: list[Path], warn: Warn, report: IngestReport | None = None,
                   calendar: Calendar | None = None) -> Iterator[Document]:
    """Documents from all inputs, each under its own id; nothing readable is dropped without a report.

    Records without an id are named after their file (``bbc/articles.jsonl`` line 5 ->
    ``bbc_articles-<hash>-5``). The same text twice under one id is one document (the repeat is
    reported); different texts under one id are all kept, each id qualified by a hash of its text
    (``x1~3fa2b8c1``), and a warning says so.
    """
    report = report if report is not None else IngestReport()
    calendar = calendar or Calendar.load()
    sources = collect_sources(inputs)
    report.files = len(sources)
    shared, report.expected = _shared_ids(sources)
    for doc_id, digests in sorted(shared.items()):
        warn(f"id {doc_id!r} names {len(digests)} different texts; each kept as "
             f"{', '.join(f'{doc_id}~{d}' for d in digests)}")
    seen: dict[str, str] = {}
    for record in _records(sources, lambda message: _skip(report, warn, message)):
        doc_id = f"{record.id}~{record.digest}" if record.id in shared else record.id
        if doc_id in seen:
            _skip(report, warn, f"{record.where}: duplicate document id {doc_id!r}, the same text as {seen[doc_id]}")
            continue
        seen[doc_id] = record.where
        report.documents += 1
        yield make_document(record.text, doc_id, record.where, calendar, **record.meta)
    if report.documents == 0:
        raise InputError(f"{', '.join(map(str, inputs))}: no readable articles" +
                         (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
