"""Is ``dip:confidence`` a probability? Predicted confidence against observed precision, per bin.

An analyst filtering at 0.8 should keep facts of which about 80% are right: the reliability table
shows, for each confidence bin, how many judged events fall in it, their mean confidence and the
share of them that the gold says are right; the log-loss and Brier score sum it up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    count: int
    predicted: float  # mean confidence of the events in the bin
    observed: float  # share of them that are right


def reliability(pairs: Sequence[tuple[float, bool]], edges: Sequence[float] = BINS) -> list[Bin]:
    """Bins of (confidence, correct) pairs; the last bin includes its upper edge.

    >>> [(b.count, b.predicted, b.observed) for b in reliability([(0.1, False), (0.9, True), (1.0, False)], (0, 0.5, 1))]
    [(1, 0.1, 0.0), (2, 0.95, 0.5)]
    """
    out = []
    for k, (lo, hi) in enumerate(zip(edges, edges[1:])):
        last = k == len(edges) - 2
        inside = [(p, y) for p, y in pairs if lo <= p < hi or (last and p == hi)]
        if inside:
            out.append(Bin(lo, hi, len(inside), round(sum(p for p, _ in inside) / len(inside), 4),
                           round(sum(y for _, y in inside) / len(inside), 4)))
        else:
            out.append(Bin(lo, hi, 0, 0.0, 0.0))
    return out


def log_loss(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean negative log-likelihood (probabilities clipped to [0.01, 0.99], as the graph rounds them)."""
    clip = [(min(max(p, 0.01), 0.99), y) for p, y in pairs]
    return -sum(math.log(p if y else 1 - p) for p, y in clip) / len(clip) if clip else 0.0


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared difference between the confidence and the outcome (0 perfect, 0.25 a coin)."""
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs) if pairs else 0.0


def format_reliability(name: str, pairs: Sequence[tuple[float, bool]], edges: Sequence[float] = BINS) -> str:
    """The reliability table of one set, with its log-loss and Brier score."""
    lines = [f"confidence reliability ({name}): {len(pairs)} judged events, "
             f"log-loss {log_loss(pairs):.3f}, Brier {brier(pairs):.3f}",
             "  confidence    events  predicted  observed"]
    for b in reliability(pairs, edges):
        cells = f"{b.predicted:9.2f}  {b.observed:8.2f}" if b.count else f"{'-':>9}  {'-':>8}"
        lines.append(f"  {b.low:.1f} - {b.high:.1f}  {b.count:8d}  {cells}")
    return "\n".join(lines)
