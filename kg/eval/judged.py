"""Judged edges: a reader's verdicts on edges the rules asserted in articles no rule was written against.

The dev golds are the articles the rules were tuned on, so a confidence model fitted on them alone
believes the rules: at 0.92 predicted, unseen sets held 0.62 to 0.78. An audit (asserted edges drawn at
random from random corpus articles, each judged right, optional or wrong against GUIDELINES.md) is a
sample of exactly what ``dip:confidence`` predicts, on unseen text. A verdict is about the fact in the
article, not about the rule that read it, so it still judges any later build that asserts the same edge.

File format (tab-separated, UTF-8, ``#`` lines are comments), one judged edge per row::

    draw  article  subject  relation  object  verdict  problem  date

``verdict`` is right, optional or wrong; ``problem`` and ``date`` are the reader's notes (``-`` when none).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from kg.contract.events import RELATIONS, implied_edges
from kg.errors import GoldError
from kg.eval.graph import read_judgements
from kg.records import MergedEvent

COLUMNS = ("draw", "article", "subject", "relation", "object", "verdict", "problem", "date")
# optional: allowed by the guidelines, so not an error
VERDICTS: Mapping[str, bool] = MappingProxyType({"right": True, "optional": True, "wrong": False})


@dataclass(frozen=True)
class JudgedEdge:
    draw: str
    article: str
    subject: str
    relation: str
    object: str
    right: bool


def load_judged(path: Path) -> list[JudgedEdge]:
    """The judged edges of ``path``, checked row by row: every problem is one line naming the file and row."""
    lines = read_judgements(path, "judged-edges file").splitlines()
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not rows or tuple(rows[0][1].split("\t")) != COLUMNS:
        raise GoldError(f"{path}: judged-edges file needs the header line {' '.join(COLUMNS)} (tab-separated)")
    out = []
    for n, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise GoldError(f"{path}:{n}: {len(cells)} columns, expected {len(COLUMNS)}")
        row = dict(zip(COLUMNS, cells))
        if row["relation"] not in RELATIONS:
            raise GoldError(f"{path}:{n}: unknown relation {row['relation']!r}")
        if row["verdict"] not in VERDICTS:
            raise GoldError(f"{path}:{n}: verdict {row['verdict']!r} is not one of {', '.join(VERDICTS)}")
        if not all(row[k].strip() for k in ("draw", "article", "subject", "object")):
            raise GoldError(f"{path}:{n}: empty draw, article, subject or object")
        out.append(JudgedEdge(row["draw"], row["article"], row["subject"], row["relation"], row["object"],
                              VERDICTS[row["verdict"]]))
    if not out:
        raise GoldError(f"{path}: no judged edges")
    return out


def judge_by_edges(judged: Iterable[JudgedEdge], events: Iterable[MergedEvent]) -> dict[str, bool]:
    """Event id -> right, for every asserted event that implies a judged edge read from the judged
    edge's article: right when each of its judged edges is. Events with no judged edge are left out
    (an audit samples edges; it says nothing about the rest)."""
    verdicts: dict[tuple[str, str, str, str], bool] = {}
    for j in judged:
        key = (j.article, j.subject, j.relation, j.object)
        verdicts[key] = verdicts.get(key, True) and j.right  # one wrong reading of an edge makes it wrong
    out: dict[str, bool] = {}
    for m in events:
        if m.event.modality != "Asserted":
            continue
        docs = {x.doc_id for x in m.event.evidence}
        found = [verdicts[k] for doc in sorted(docs) for a, rel, b in implied_edges(m.event)
                 if (k := (doc, a, rel, b)) in verdicts]
        if found:
            out[m.id] = all(found)
    return out
