"""Articles of a gold set, read from the corpus by id: gold files name their articles (``docs``) and
never hold their texts (the corpus licence), so tools and tests fetch them here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from kg.errors import GoldError


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
