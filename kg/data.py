"""The package's data files (lexicons, gazetteer, queries, ontology, page assets), read with line numbers.

Data lives in plain files under ``kg/data/`` so analysts can extend it without Python; a malformed
row is reported as ``file:line: what is wrong``. Everything is found through ``importlib.resources``,
so an installed wheel reads the same files as a checkout, whatever the working directory.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterator

from kg.errors import DataError


def data_path(name: str) -> Path:
    """Path of a file shipped in ``kg/data``."""
    return Path(str(resources.files("kg") / "data" / name))


def shipped_model_dir() -> Path:
    """``kg/models/stanza``: the NER model shipped inside the package (Stanza's ``ar/<processor>/`` layout)."""
    return Path(str(resources.files("kg") / "models" / "stanza"))


def ontology_path(name: str = "silat.ttl") -> Path:
    """The ontology (``silat.ttl``) or the contract's SHACL shapes (``shapes.ttl``), shipped as package data."""
    return data_path(f"ontology/{name}")


def read_text(path: Path) -> str:
    """A UTF-8 data file's text; a missing or undecodable file is a one-line :class:`DataError`."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: data file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None


def read_list(path: Path) -> list[str]:
    """The entries of a one-per-line word list (``#`` comments and blank lines skipped), as written."""
    return [x.strip() for x in read_text(path).splitlines() if x.strip() and not x.startswith("#")]


def read_tsv(path: Path, columns: int, min_columns: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """Rows of a TSV data file as (line number, fields); ``#`` lines and blank lines are skipped.

    Rows shorter than ``columns`` are padded with empty strings when at least ``min_columns``
    fields are present.
    """
    need = columns if min_columns is None else min_columns
    text = read_text(path)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < need:
            raise DataError(f"{path}:{number}: expected {need} tab-separated fields, found {len(fields)}")
        yield number, fields + [""] * (columns - len(fields))
