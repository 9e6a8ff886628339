"""Reading the public NER corpora into one shape: sentences of ``(token, BIO tag)`` pairs.

Tags are unified to PER / LOC / ORG / MISC (ANERcorp says PERS; AQMAR has MIS0-MIS3, a few typos
and ENGLISH/SPANISH language marks). AQMAR's tag clean-up and its 70/15/15 shuffle are Stanza's
own (``convert_ar_aqmar``), reused so our AQMAR figures compare with Stanza's published ones.
The ANERcorp test split is read only for scoring: nothing here writes it into training data.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataError

Sentence = list[tuple[str, str]]
SPLITS = ("train", "dev", "test")
TYPES = ("PER", "LOC", "ORG", "MISC")


@dataclass(frozen=True)
class Corpus:
    name: str
    splits: dict[str, list[Sentence]]


def _unify(tag: str, where: str) -> str:
    if tag == "O":
        return tag
    prefix, sep, kind = tag.partition("-")
    kind = {"PERS": "PER"}.get(kind, kind)
    if prefix not in ("B", "I") or kind not in TYPES:
        raise DataError(f"{where}: unknown NER tag {tag!r} (expected O or B-/I- with {', '.join(TYPES)})")
    return f"{prefix}-{kind}"


def read_conll(path: Path, sep: str | None = "\t") -> list[Sentence]:
    """``token<sep>tag`` per line, a blank line between sentences (CRLF tolerated)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read NER data ({exc})") from None
    sentences: list[Sentence] = []
    current: Sentence = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            if current:
                sentences.append(current)
                current = []
            continue
        parts = line.split(sep)
        if len(parts) != 2:
            raise DataError(f"{path}:{number}: expected 'token{'<TAB>' if sep else ' '}tag', got {line[:60]!r}")
        current.append((parts[0], _unify(parts[1], f"{path}:{number}")))
    if current:
        sentences.append(current)
    if not sentences:
        raise DataError(f"{path}: no sentences")
    return sentences


def read_anercorp(directory: Path) -> Corpus:
    """ANERcorp as cleaned and split by the AraBERT authors: ``ANERCorp_manually_cleaned_{split}.tsv``."""
    splits = {}
    for split in SPLITS:
        path = directory / f"ANERCorp_manually_cleaned_{split}.tsv"
        if not path.is_file():
            raise DataError(f"{path}: ANERcorp {split} split not found")
        splits[split] = read_conll(path)
    return Corpus("anercorp", splits)


def read_aqmar(directory: Path) -> Corpus:
    """AQMAR's 28 articles, tags cleaned and shuffled into 70/15/15 exactly as Stanza does."""
    from stanza.utils.datasets.ner.convert_ar_aqmar import normalize_tags, read_sentences

    files = sorted(p.name for p in directory.glob("*.txt"))
    if len(files) != 28:
        raise DataError(f"{directory}: expected the 28 AQMAR .txt files, found {len(files)}")
    files[2], files[3] = files[3], files[2]  # Stanza's shell-sorted order (Computer_Software before Computer)
    sentences: list[Sentence] = []
    for name in files:
        with (directory / name).open(encoding="utf-8") as fh:
            for sent in normalize_tags(read_sentences(fh)):
                sentences.append([(w, _unify(t, f"{directory / name}")) for w, t in sent])
    n = len(sentences)
    train, dev = int(n * 0.7), int(n * 0.15)
    random.seed(1234)
    random.shuffle(sentences)
    return Corpus("aqmar", {"train": sentences[:train], "dev": sentences[train:train + dev],
                            "test": sentences[train + dev:]})


def read_corpus(name: str, directory: Path) -> Corpus:
    readers = {"anercorp": read_anercorp, "aqmar": read_aqmar}
    if name not in readers:
        raise DataError(f"unknown NER corpus {name!r} (choose from {', '.join(readers)})")
    if not directory.is_dir():
        raise DataError(f"{directory}: no such directory (the {name} corpus)")
    return readers[name](directory)


def write_stanza_json(sentences: list[Sentence], path: Path) -> None:
    """Stanza's NER training format: a list of sentences, each a list of ``{"text", "ner"}``."""
    data = [[{"text": w, "ner": t} for w, t in sent] for sent in sentences]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def read_split(spec: str, ner_root: Path) -> tuple[str, list[Sentence]]:
    """``anercorp:test`` / ``aqmar:dev`` / a CoNLL file path -> (label, sentences)."""
    name, sep, split = spec.partition(":")
    if sep and name in ("anercorp", "aqmar"):
        if split not in SPLITS:
            raise DataError(f"{spec}: split must be one of {', '.join(SPLITS)}")
        return spec, read_corpus(name, ner_root / name).splits[split]
    path = Path(spec)
    if not path.is_file():
        raise DataError(f"{spec}: not a corpus split (anercorp:test, aqmar:test, ...) or a CoNLL file")
    return str(path), read_conll(path, sep=None)
