"""Span-level NER scoring, CoNLL style: an entity counts only when its type and both ends match.

Tags are brought to BIOES with Stanza's own converters (``to_bio2`` repairs an I- that opens a
span, as conlleval does) and decoded with Stanza's ``decode_from_bioes``; the per-type counts that
Stanza's scorer keeps to itself are kept here so precision and recall can be printed per type.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.eval.counts import Counts

TypeScore = Counts  # per entity type: spans right (tp), invented (fp), missed (fn)


@dataclass
class SpanReport:
    label: str
    sentences: int
    tokens: int
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> TypeScore:
        t = TypeScore()
        for s in self.by_type.values():
            t.tp, t.fp, t.fn = t.tp + s.tp, t.fp + s.fp, t.fn + s.fn
        return t


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first token, last token, type) of every entity in a BIO or BIOES tag sequence.

    >>> sorted(spans(["B-PER", "I-PER", "O", "I-LOC", "S-ORG"]))
    [(0, 1, 'PER'), (3, 3, 'LOC'), (4, 4, 'ORG')]
    """
    from stanza.models.ner.utils import bio2_to_bioes, decode_from_bioes, to_bio2

    if any(t[:2] in ("E-", "S-") for t in tags):
        bioes = list(tags)
    else:
        bioes = bio2_to_bioes(to_bio2(list(tags)))
    return {(e["start"], e["end"], e["type"]) for e in decode_from_bioes(bioes)}


def score(label: str, gold: list[list[str]], pred: list[list[str]]) -> SpanReport:
    if len(gold) != len(pred) or any(len(g) != len(p) for g, p in zip(gold, pred)):
        raise ValueError("gold and predicted tag sequences differ in shape")
    counts: dict[str, Counter] = {}
    for g_tags, p_tags in zip(gold, pred):
        g, p = spans(g_tags), spans(p_tags)
        for s in g | p:
            c = counts.setdefault(s[2], Counter())
            c["tp" if s in g and s in p else "fn" if s in g else "fp"] += 1
    report = SpanReport(label, len(gold), sum(map(len, gold)))
    for kind in sorted(counts):
        report.by_type[kind] = TypeScore(counts[kind]["tp"], counts[kind]["fp"], counts[kind]["fn"])
    return report


def format_report(report: SpanReport) -> str:
    lines = [f"{report.label}: {report.sentences:,} sentences, {report.tokens:,} tokens"
             + (f", {report.tokens / report.seconds:,.0f} tokens/s" if report.seconds else ""),
             f"  {'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    rows = list(report.by_type.items()) + [("all", report.total)]
    for kind, s in rows:
        lines.append(f"  {kind:<6} {100 * s.precision:6.2f} {100 * s.recall:6.2f} {100 * s.f1:6.2f} "
                     f"{s.tp + s.fn:6d} {s.tp + s.fp:6d}")
    return "\n".join(lines)
