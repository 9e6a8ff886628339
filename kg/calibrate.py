"""Fit the confidence model: ``python -m kg.calibrate --gold tests/data/real/dev-gold.json ... --judged tests/data/real/audit-judged.tsv``.

Builds the gold set's articles as ``kg build`` does (:func:`kg.builder.merge_inputs`: the same
extraction, curation and merge, so the model is fitted on the events users get), judges every event against the gold
(:func:`kg.eval.graph.judge_events`, the scoreboard's matching), and fits a strongly regularised
logistic regression from the events' features (:func:`kg.pipeline.calibration.feature_vector`) to
"the event is right". Prints cross-validated log-loss and Brier score (folds by article) of the
model against the rule priors it replaces; with several gold files, also each set scored by a model
fitted on the others alone (how the weights carry to articles of another sampling and annotation
round: rules written against one set are more often right there); and the in-sample reliability
table, then writes the
weights on the raw feature scale to ``kg/data/confidence.tsv`` (or ``--out``), where builds apply
them in plain Python. Deterministic: sorted inputs, fixed folds, a deterministic solver.

``--judged`` adds audits (:mod:`kg.eval.judged`): events of unseen articles whose asserted edges a
reader judged. With both kinds, a "tuned" column learns how much more often the rules are right on
the gold sets they were written against, and the model written is the one for unseen text.

Needs scikit-learn (``pip install -e ".[train]"``); builds do not.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.builder import BuildConfig, merge_inputs
from kg.eval.graph import judge_events, load_gold
from kg.eval.judged import JudgedEdge, judge_by_edges, load_judged
from kg.eval.reliability import brier, format_reliability, log_loss
from kg.pipeline.calibration import FEATURES, MODEL_FILE, SIGNS, Calibration, feature_vector
from kg.progress import Progress
from kg.rdf.write import iri, to_rdf
from kg.records import MergedEvent, MergedGraph

# Strong regularisation: a hundred articles give a few hundred judged events, and the weights must
# carry to articles never seen. C is the inverse strength of the L2 penalty on standardised features.
C = 0.1
FOLDS = 5
MIN_SUPPORT = 10  # events in which a feature must be non-zero before it is weighed


@dataclass(frozen=True)
class Example:
    features: dict[str, float]
    correct: bool
    prior: float
    article: str  # the first article reporting it: folds never split an article
    gold: str = ""  # the gold file that judged it
    # judged on a set the rules were written against: such sets hold more right events than unseen
    # text does, and the model learns by how much (a weight never shipped: builds read unseen text)
    tuned: bool = False


def examples(gold: dict, inputs: list[Path], ner: str = "auto", name: str = "") -> tuple[list[Example], int]:
    """The judged events of a build of ``inputs``, in event id order (unjudged ones left out), and
    the number of articles built."""
    merged, n = _build(inputs, ner)
    judged = {j.event: j.correct for j in judge_events(gold, to_rdf(merged))}
    return _judged_examples(merged.events, lambda m: judged.get(iri(m.id)), name, tuned=True), n


def audit_examples(edges: list[JudgedEdge], inputs: list[Path], ner: str = "auto",
                   name: str = "") -> tuple[list[Example], int]:
    """The events of a build of ``inputs`` that assert an edge an audit judged (see
    :mod:`kg.eval.judged`), and the number of articles built."""
    merged, n = _build(inputs, ner)
    judged = judge_by_edges(edges, merged.events)
    return _judged_examples(merged.events, lambda m: judged.get(m.id), name), n


def _build(inputs: list[Path], ner: str) -> tuple[MergedGraph, int]:
    with tempfile.TemporaryDirectory() as tmp:  # the build's output folder: nothing is written to it
        cfg = BuildConfig(inputs, Path(tmp), ner=ner, html=False, quiet=True, use_cache=False)
        # the rule priors, not the shipped model: a broken model file cannot stop its own retraining
        built = merge_inputs(cfg, Progress(quiet=True), lambda msg: None, Calibration())
    return built.graph, built.report.documents


def _judged_examples(events: list[MergedEvent], verdict: Callable[[MergedEvent], bool | None],
                     name: str, tuned: bool = False) -> list[Example]:
    out = []
    for m in sorted(events, key=lambda m: m.id):
        correct = verdict(m)
        if correct is None or m.event.features is None:
            continue
        out.append(Example(_vector(m), correct, m.event.features.prior, min(x.doc_id for x in m.event.evidence), name,
                           tuned))
    return out


def _vector(m: MergedEvent) -> dict[str, float]:
    return feature_vector(m.event.features, m.event.type, m.reports, m.documents)


@dataclass(frozen=True)
class Fit:
    calibration: Calibration
    # cross-validated (log-loss, Brier) of the model; with tuned and unseen sets, on the unseen ones only
    cv_model: tuple[float, float]
    cv_prior: tuple[float, float]  # the same figures for the rule priors
    cv_base: tuple[float, float]  # and for one constant: the share of right events
    in_sample: list[tuple[float, bool]]  # (fitted probability, correct) per example


def fit(data: list[Example], c: float = C, folds: int = FOLDS) -> Fit:
    """The model and its cross-validated figures (folds by article, so an article's events are
    never both trained and scored on)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler

    if len({e.correct for e in data}) < 2:
        raise SystemExit(f"calibrate: {len(data)} judged events, all {'right' if data and data[0].correct else 'wrong'}: "
                         "nothing to fit")
    y = np.array([int(e.correct) for e in data])
    groups = [e.article for e in data]

    def model():
        return LogisticRegression(C=c, max_iter=2000)

    # a feature seen in fewer than MIN_SUPPORT events cannot be weighed (a few hundred events hold
    # almost no event reported twice); one whose weight comes out against its known direction
    # (SIGNS) is noise of the sample: it is left out and the model refitted without it
    used = [f for f in FEATURES if sum(e.features.get(f, 0.0) != 0.0 for e in data) >= MIN_SUPPORT]
    # with both tuned and unseen sets, "tuned" is a last column: it takes the tuned sets' surplus of
    # right events, and the shipped model is the one for unseen text (tuned = 0: its weight dropped)
    shifted = len({e.tuned for e in data}) == 2

    def row(e: Example) -> list[float]:
        return [e.features.get(f, 0.0) for f in used] + ([float(e.tuned)] if shifted else [])

    while True:
        x = np.array([row(e) for e in data])
        scaler = StandardScaler().fit(x)
        coef = model().fit(scaler.transform(x), y).coef_[0]
        wrong = [f for f, w in zip(used, coef) if SIGNS.get(f, 0) * w < 0]
        if not wrong:
            break
        used = [f for f in used if f not in wrong]

    # the figures are those of the model as shipped: with both kinds of sets, every held-out event is
    # scored with tuned = 0 and only the unseen (--judged) ones are counted, against their base rate
    tuned = np.array([e.tuned for e in data]) if shifted else np.zeros(len(data), dtype=bool)
    oof = np.zeros(len(data))
    base = np.zeros(len(data))
    splits = min(folds, len(set(groups)))
    for train, test in GroupKFold(n_splits=splits).split(x, y, groups):
        scaler = StandardScaler().fit(x[train])
        held = x[test].copy()
        if shifted:
            held[:, -1] = 0.0
        if len(set(y[train])) < 2:
            oof[test] = y[train].mean()
        else:
            oof[test] = model().fit(scaler.transform(x[train]), y[train]).predict_proba(scaler.transform(held))[:, 1]
        base[test] = y[train][~tuned[train]].mean()
    scaler = StandardScaler().fit(x)
    lr = model().fit(scaler.transform(x), y)
    coef = lr.coef_[0] / scaler.scale_
    intercept = float(lr.intercept_[0] - (coef * scaler.mean_).sum())
    weights = dict(zip(used, coef))
    calibration = Calibration(round(intercept, 4), {f: round(float(weights.get(f, 0.0)), 4) for f in FEATURES})

    def figures(p) -> tuple[float, float]:
        pairs = [(round(float(q), 2), bool(t)) for q, t, k in zip(p, y, tuned) if not k]
        return round(log_loss(pairs), 4), round(brier(pairs), 4)

    in_sample = [(calibration.of_vector(e.features), e.correct) for e in data]  # the model as shipped (rounded weights)
    return Fit(calibration, figures(oof), figures([e.prior for e in data]), figures(base), in_sample)


def write_model(path: Path, result: Fit, gold_paths: list[Path], n_articles: int, data: list[Example], c: float,
                judged_paths: list[Path] | None = None) -> None:
    """The weights with what made them: command, data, date and the cross-validated figures."""
    right = sum(e.correct for e in data)
    judged_paths = judged_paths or []
    command = " ".join([*(["--gold", *map(str, gold_paths)] if gold_paths else []),
                        *(["--judged", *map(str, judged_paths)] if judged_paths else [])])
    header = [
        "# Calibrated confidence: logistic regression weights on the features of kg/pipeline/calibration.py",
        "# (raw scale: logit = intercept + sum of weight * feature); dip:confidence = 1 / (1 + exp(-logit)).",
        f"# trained by: python -m kg.calibrate {command}  (C={c}, {FOLDS} folds by article)",
        f"# data: {', '.join(p.name for p in [*gold_paths, *judged_paths])}, {n_articles} articles, {len(data)} judged events "
        f"({right} right, {len(data) - right} wrong)",
        f"# date: {_dt.date.today().isoformat()}; rules of commit {_commit()}",
        f"# cross-validated log-loss / Brier{_scope(data)}: model {result.cv_model[0]:.3f} / {result.cv_model[1]:.3f}; "
        f"rule priors {result.cv_prior[0]:.3f} / {result.cv_prior[1]:.3f}; "
        f"base rate {result.cv_base[0]:.3f} / {result.cv_base[1]:.3f}",
        "# feature\tweight",
        f"intercept\t{result.calibration.intercept}",
    ]
    rows = [f"{f}\t{result.calibration.weights[f]}" for f in FEATURES]
    path.write_text("\n".join(header + rows) + "\n", encoding="utf-8")


def _scope(data: list[Example]) -> str:
    """What the cross-validated figures are about (see :func:`fit`)."""
    unseen = sum(not e.tuned for e in data)
    return f" (the {unseen} events of unseen articles, as shipped)" if 0 < unseen < len(data) else ""


def _commit() -> str:
    """The commit whose rules made the judged events: a model fitted on events of rules written
    against its own training set overstates how often they are right elsewhere."""
    import subprocess

    try:
        done = subprocess.run(["git", "-C", str(Path(__file__).resolve().parent.parent), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, check=False)
    except OSError:
        return "(unknown: no git)"
    return done.stdout.strip() or "(unknown: not a git checkout)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.calibrate", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, nargs="+", default=[],
                    help="gold files of sets the rules were written against (the dev sets: tests/data/real/dev-gold.json "
                         "tests/data/real/dev2-gold.json); with --judged, the model learns by how much more often "
                         "rules are right on them than on unseen text, and ships the weights for unseen text")
    ap.add_argument("--judged", type=Path, nargs="+", default=[],
                    help="judged-edges files: audits of asserted edges on unseen articles (tests/data/real/audit-judged.tsv), "
                         "their articles read from the corpus by id")
    ap.add_argument("--articles", nargs="*", type=Path,
                    help="article files or folders, with one gold file (default: each gold's 'docs', read from the corpus by id)")
    ap.add_argument("--corpus", type=Path, help="the corpus the gold's articles come from (default: corpus/ in the shared folder)")
    ap.add_argument("--out", type=Path, help=f"model file to write (default: the shipped kg/data/{MODEL_FILE})")
    ap.add_argument("--ner", default="auto", choices=("auto", "gazetteer", "stanza"))
    ap.add_argument("--c", type=float, default=C, help=f"inverse regularisation strength (default {C})")
    args = ap.parse_args(argv)
    if not args.gold and not args.judged:
        ap.error("give --gold files, --judged files or both")
    if args.articles and (len(args.gold) != 1 or args.judged):
        ap.error("--articles goes with exactly one --gold file and no --judged file (audits read their articles from the corpus)")

    from kg.data import data_path

    golds = [(path, load_gold(path)) for path in args.gold]  # every file checked before the long builds
    audits = [(path, load_judged(path)) for path in args.judged]
    data: list[Example] = []
    n_articles = 0
    with tempfile.TemporaryDirectory() as tmp:
        def from_corpus(ids: list[str], k: int) -> list[Path]:
            from kg.config import shared_path
            from kg.eval.corpus import write_gold_articles

            corpus = args.corpus or next(shared_path("--corpus", None, "corpus").glob("*.jsonl.gz"))
            return [write_gold_articles(corpus, ids, Path(tmp) / f"articles-{k}.jsonl")]

        for k, (path, gold) in enumerate(golds):
            inputs = sorted(args.articles) if args.articles else from_corpus(sorted(gold["docs"]), k)
            part, n = examples(gold, inputs, args.ner, path.name)
            data += part
            n_articles += n
        for k, (path, edges) in enumerate(audits, len(golds)):
            part, n = audit_examples(edges, from_corpus(sorted({e.article for e in edges}), k), args.ner, path.name)
            # an edge today's rules no longer assert (or name by another id) judges nothing: say how many do
            print(f"{path}: {len(part)} events assert edges it judges ({len(edges)} judged edges)", file=sys.stderr)
            data += part
            n_articles += n
    result = fit(data, args.c)
    print(f"{len(data)} judged events from {n_articles} articles ({sum(e.correct for e in data)} right)")
    print(f"cross-validated log-loss / Brier{_scope(data)}: model {result.cv_model[0]:.3f} / {result.cv_model[1]:.3f}; "
          f"rule priors {result.cv_prior[0]:.3f} / {result.cv_prior[1]:.3f}; base rate {result.cv_base[0]:.3f} / {result.cv_base[1]:.3f}")
    for name, scored in across_sets(data, args.c):
        print(format_reliability(f"{name}, scored by a model fitted on the other sets only", scored))
    for tuned in sorted({e.tuned for e in data}):
        part = [p for p, e in zip(result.in_sample, data) if e.tuned == tuned]
        kind = "sets the rules were written against (--gold)" if tuned else "unseen articles (--judged)"
        print(format_reliability(f"in-sample, {kind}; the model as shipped, for unseen text", part))
    out = args.out or data_path(MODEL_FILE)
    write_model(out, result, args.gold, n_articles, data, args.c, args.judged)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def across_sets(data: list[Example], c: float = C) -> list[tuple[str, list[tuple[float, bool]]]]:
    """Each gold set's events scored by the model fitted on the other sets alone: folds by article
    hide how differently two sampling and annotation rounds behave, this shows it."""
    names = sorted({e.gold for e in data})
    out = []
    for name in names if len(names) > 1 else []:
        rest = [e for e in data if e.gold != name]
        if len({e.correct for e in rest}) < 2:
            continue
        model = fit(rest, c).calibration
        out.append((name, [(model.of_vector(e.features), e.correct) for e in data if e.gold == name]))
    return out


if __name__ == "__main__":
    from kg.errors import KgError

    try:
        sys.exit(main())
    except KgError as exc:  # a malformed gold or judged file, a corpus without an article: one line
        print(f"calibrate: {exc}", file=sys.stderr)
        sys.exit(2)
