"""Articles read from the corpus: a gold set's by id (gold files name their articles (``docs``) and
never hold their texts, the corpus licence), and the slice benches and the notebook build, which must
never take a held-out article."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import GoldError

# The news sections the benches have built since issue 15: the foreign news that names the most states.
SLICE_CATEGORIES = ("internationalNews", "middleEast")


def write_gold_articles(corpus: Path, ids: list[str], out: Path) -> Path:
    """Write the corpus records whose ``id`` is in ``ids`` to the JSON Lines file ``out``, in ``ids`` order.

    Every id must be found: a gold set scored on fewer articles than it names would look better than it is.
    """
    want = set(ids)
    found: dict[str, str] = {}
    opener = gzip.open if corpus.name.endswith(".gz") else open
    try:
        with opener(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                if '"id"' in line:
                    record = json.loads(line)
                    if record.get("id") in want:
                        found[record["id"]] = line if line.endswith("\n") else line + "\n"
    except OSError as exc:
        raise GoldError(f"{corpus}: cannot read the corpus ({exc})") from None
    missing = [i for i in ids if i not in found]
    if missing:
        raise GoldError(f"{corpus}: {len(missing)} gold articles are not in the corpus (first: {missing[0]})")
    out.write_text("".join(found[i] for i in ids), encoding="utf-8")
    return out


def corpus_slice(corpus: Path, n: int, *, held_out: Path,
                 categories: Iterable[str] | None = SLICE_CATEGORIES) -> Iterator[dict]:
    """The first ``n`` records of ``corpus`` in ``categories`` (every category when None), leaving out
    every id listed in ``held_out``.

    The held-out file is required and must exist: a slice taken without it would silently build
    test-split articles (the first one lies a couple of thousand lines into the corpus).
    """
    try:
        skip = set(held_out.read_text(encoding="utf-8").split())
    except OSError as exc:
        raise GoldError(f"{held_out}: cannot read the held-out ids, so no corpus slice is taken ({exc})") from None
    wanted = None if categories is None else frozenset(categories)
    if n <= 0:
        return
    kept = 0
    opener = gzip.open if corpus.name.endswith(".gz") else open
    try:
        with opener(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("id") in skip or (wanted is not None and record.get("category") not in wanted):
                    continue
                yield record
                kept += 1
                if kept >= n:
                    return
    except OSError as exc:
        raise GoldError(f"{corpus}: cannot read the corpus ({exc})") from None
