"""Loading the package's data files (lexicons, gazetteer, queries) with their line numbers.

Data lives in TSV files under ``kg/data/`` so analysts can extend it without Python; a malformed
row is reported as ``file:line: what is wrong``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import DataError


def data_path(name: str) -> Path:
    """Path of a file shipped in ``kg/data``."""
    return Path(str(resources.files("kg") / "data" / name))


def read_tsv(path: Path, columns: int, min_columns: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """Rows of a TSV data file as (line number, fields); ``#`` lines and blank lines are skipped.

    Rows shorter than ``columns`` are padded with empty strings when at least ``min_columns``
    fields are present.
    """
    need = columns if min_columns is None else min_columns
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: data file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < need:
            raise DataError(f"{path}:{number}: expected {need} tab-separated fields, found {len(fields)}")
        yield number, fields + [""] * (columns - len(fields))
