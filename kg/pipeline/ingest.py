"""Reading articles: ``.txt`` files (one article each) and ``.jsonl``/``.jsonl.gz`` corpora.

Fatal problems (a missing path, nothing readable at all) raise :class:`InputError`; a bad file or
record inside a larger input is skipped and reported through ``warn`` with its file and line, so one
broken line never costs the rest of a corpus.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

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
    skipped: list[str] = field(default_factory=list)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def collect_files(inputs: list[Path]) -> list[Path]:
    """Input files in a deterministic order; directories are searched recursively."""
    files: list[Path] = []
    for path in inputs:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) and not p.name.startswith("."))
            if not found:
                raise InputError(f"{path}: no .txt, .jsonl or .jsonl.gz files in this directory")
            files.extend(found)
        elif _kind(path):
            files.append(path)
        else:
            raise InputError(f"{path}: unsupported input (expected a directory or {', '.join(SUFFIXES)})")
    return files


def doc_id_from(text: str) -> str:
    """A document id safe in IRIs: letters, digits, ``-``, ``_`` and ``.`` kept, the rest ``_``.

    >>> doc_id_from("000_f721e5f16c0b10e3"), doc_id_from("AL culture/1")
    ('000_f721e5f16c0b10e3', 'AL_culture_1')
    """
    return re.sub(r"[^\w.-]", "_", text, flags=re.ASCII).strip("_") or "doc"


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
    """A document with its metadata and wire dateline; ``calendar`` reads the dateline (loaded if not given)."""
    doc = Document(
        id=doc_id_from(doc_id), text=text, source_path=where, title=meta.get("title") or None,
        published=parse_published(meta.get("published")), url=meta.get("url") or None,
        publisher=meta.get("source") or None,
    )
    doc.dateline = parse_dateline(calendar or Calendar.load(), text)
    if doc.dateline and doc.dateline.agency and not doc.publisher:
        doc.publisher = doc.dateline.agency
    return doc


def _read_txt(path: Path, calendar: Calendar) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = _decode(data, str(path))
    _check_text(text, str(path))
    yield make_document(text, path.name[: -len(".txt")], str(path), calendar)


def _jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from enumerate(fh, 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None


def _read_jsonl(path: Path, warn: Warn, report: IngestReport, calendar: Calendar) -> Iterator[Document]:
    for number, raw in _jsonl_lines(path):
        where = f"{path}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(_decode(raw, where))
        except json.JSONDecodeError as exc:
            _skip(report, warn, f"{where}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        except InputError as exc:
            _skip(report, warn, str(exc))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            _skip(report, warn, f"{where}: record has no string field 'text'")
            continue
        try:
            _check_text(record["text"], where)
        except InputError as exc:
            _skip(report, warn, str(exc))
            continue
        meta = {k: record.get(k) if isinstance(record.get(k), str) else None for k in ("title", "published", "url", "source")}
        doc_id = str(record.get("id") or f"{path.name.split('.')[0]}-{number}")
        yield make_document(record["text"], doc_id, where, calendar, **meta)


def _skip(report: IngestReport, warn: Warn, message: str) -> None:
    report.skipped.append(message)
    warn(f"skipped {message}")


def read_documents(inputs: list[Path], warn: Warn, report: IngestReport | None = None,
                   calendar: Calendar | None = None) -> Iterator[Document]:
    """Documents from all inputs in order; duplicate ids are skipped and reported."""
    report = report if report is not None else IngestReport()
    calendar = calendar or Calendar.load()
    files = collect_files(inputs)
    seen: set[str] = set()
    for path in files:
        report.files += 1
        try:
            docs = _read_txt(path, calendar) if _kind(path) == ".txt" else _read_jsonl(path, warn, report, calendar)
            for doc in docs:
                if doc.id in seen:
                    _skip(report, warn, f"{doc.source_path}: duplicate document id {doc.id!r}")
                    continue
                seen.add(doc.id)
                report.documents += 1
                yield doc
        except InputError as exc:
            if len(files) == 1:
                raise
            _skip(report, warn, str(exc))
    if report.documents == 0:
        raise InputError(f"{', '.join(map(str, inputs))}: no readable articles" +
                         (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
