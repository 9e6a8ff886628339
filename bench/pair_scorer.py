"""Would a learned pair scorer add right edges beyond the rules? Cross-validated on the dev golds.

    python3 bench/pair_scorer.py [--sets dev,dev2,dev3] [--folds 5]

The issue invites "a small learned argument scorer ... where hand rules plateau". This bench is the
experiment behind the decision not to ship one (yet): for every ordered pair of entities named in one
sentence of the dev golds' articles, a logistic regression over the words between and around the two
mentions, their order, kinds and types, their distance, and the rule layer's events in the sentence
predicts whether the article's gold lists ``opposes`` (or ``supports``) from the first to the second.
Folds are split by article. Printed per relation and threshold: the edges the scorer would *add* to the
rule layer's asserted edges, and how many of them the gold lists (an edge the gold lists as optional or
planned counts neither way). A second variant scores only sentences where a trigger of the relation's
event matched but the rules made no such event (the class of misses that is largest on dev2/dev3).

Only the dev sets the rules and the confidence are already fitted on are read: never dev4 or test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RELATIONS = {"opposes": "Opposition", "supports": "Support"}
OPEN_SETS = ("dev", "dev2", "dev3")


def _bucket(d: int) -> str:
    return str(d) if d < 10 else ("15" if d < 15 else ("25" if d < 25 else "40"))


def pair_features(x, lexicon):
    """(sentence, a, b, features, trigger matched, event made) for every ordered same-sentence entity
    pair of an extraction; a place stands for its state (a capital for its government)."""
    from kg.pipeline.rules.match import find_triggers

    by_sent = defaultdict(list)
    for m in x.mentions:
        if m.kind not in ("name", "nisba") or not m.entity_id:
            continue
        eid, kind = m.entity_id, ("intitle" if m.in_title else m.kind)
        if eid.startswith("place/"):
            ent = x.entities.get(eid)
            eid, kind = (ent.country if ent else None), "place"
        if eid:
            by_sent[m.sentence].append((m, eid, kind))
    for si, found in sorted(by_sent.items()):
        sent = x.sentences[si]
        norms = [t.norm for t in sent.tokens]
        blocked = {k for m in x.mentions if m.sentence == si for k in range(m.tok_start, m.tok_end)}
        matched = {t.rule.event for t in find_triggers(sent, blocked, lexicon)}
        events = [e for e in x.events if any(ev.sentence == si for ev in e.evidence)]
        made = {e.type for e in events}
        ids = sorted({eid for _, eid, _ in found})
        for a in ids:
            for b in ids:
                if a == b:
                    continue
                d, ma, ka, mb, kb = min(((abs(ma.tok_start - mb.tok_start), ma, ka, mb, kb)
                                         for ma, ea, ka in found if ea == a for mb, eb, kb in found if eb == b),
                                        key=lambda t: (t[0], t[1].tok_start, t[3].tok_start))
                first, second = (ma, mb) if ma.tok_start < mb.tok_start else (mb, ma)
                between = norms[first.tok_end:second.tok_start]
                f = {"order=" + ("A" if first is ma else "B"), f"types={a.split('/')[0]}>{b.split('/')[0]}",
                     f"kinds={ka}>{kb}", "dist=" + _bucket(d), f"nents={min(len(ids), 6)}"}
                f |= {"bw=" + w for w in between[:25]} | {f"bw2={u}_{v}" for u, v in zip(between, between[1:])}
                f |= {"pre=" + w for w in norms[max(0, first.tok_start - 4):first.tok_start]}
                f |= {"post=" + w for w in norms[second.tok_end:second.tok_end + 4]}
                for tag, m in (("A", ma), ("B", mb)):
                    if m.tok_start > 0:
                        f.add(f"pre{tag}=" + norms[m.tok_start - 1])
                    if m.tok_end < len(norms):
                        f.add(f"post{tag}=" + norms[m.tok_end])
                for e in events:
                    f.add("ev=" + e.type)
                    if e.actor == a:
                        f.add("evA_actor=" + e.type)
                    if e.target == b:
                        f.add("evB_target=" + e.type)
                    if a in e.participants and b in e.participants:
                        f.add("evboth=" + e.type)
                yield si, a, b, f, matched, made


def gold_ids(gold: dict, x):
    """The gold entities a system entity stands for: by label or surface form, or by Wikidata id."""
    from kg.lang.ar.normalize import normalize

    aliases = {k: {normalize(a) for a in v["ar"]} for k, v in gold["entities"].items()}
    memo: dict[str, set[str]] = {}

    def ids(eid: str) -> set[str]:
        if eid not in memo:
            ent = x.entities.get(eid)
            labels = {normalize(s) for s in ([ent.label_ar, *ent.surface_forms] if ent else []) if s}
            memo[eid] = {k for k, al in aliases.items()
                         if labels & al or (ent and ent.qid and ent.qid == gold["entities"][k].get("qid"))}
        return memo[eid]

    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(OPEN_SETS))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    sets = args.sets.split(",")
    if not set(sets) <= set(OPEN_SETS):
        sys.exit(f"pair_scorer: --sets {args.sets}: only {', '.join(OPEN_SETS)} (never the blind or held-out sets)")

    import tempfile

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from kg.config import shared_dir
    from kg.contract.events import implied_edges
    from kg.eval.corpus import write_gold_articles
    from kg.eval.graph import load_gold
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document
    from kg.pipeline.resources import load_resources

    res = load_resources()
    golds = {n: load_gold(ROOT / "tests" / "data" / "real" / f"{n}-gold.json") for n in sets}
    want = {d: n for n, g in golds.items() for d in g["docs"]}
    corpus = next((shared_dir() / "corpus").glob("*.jsonl.gz"))
    with tempfile.TemporaryDirectory() as tmp:  # the gold articles by id, every one found or a one-line error
        out = write_gold_articles(corpus, sorted(want), Path(tmp) / "gold.jsonl")
        records = {rec["id"]: rec for rec in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    rows = []
    for doc in sorted(want):
        gold, rec = golds[want[doc]], records[doc]
        x = extract(make_document(rec["text"], doc, doc, res.calendar, title=rec.get("title"),
                                  published=rec.get("published")), res)
        part = gold["by_doc"].get(doc, {})
        listed = {tuple(r) for r in part.get("relations", [])}
        neutral = {tuple(r) for key in ("optional_relations", "planned", "negated") for r in part.get(key, [])}
        rule = {(r, a, b) for e in x.events if e.modality == "Asserted" for a, r, b in implied_edges(e)}
        ids = gold_ids(gold, x)
        for si, a, b, f, matched, made in pair_features(x, res.lexicon):
            for rel, event in RELATIONS.items():
                keys = {(rel, p, q) for p in ids(a) for q in ids(b)}
                rows.append(dict(doc=doc, rel=rel, a=a, b=b, f=f, y=bool(keys & listed), neutral=bool(keys & neutral),
                                 rule=(rel, a, b) in rule, orphan=event in matched and event not in made))
    print(f"{len(want)} articles of {', '.join(sets)}; {len(rows) // len(RELATIONS)} ordered same-sentence pairs")
    for rel in RELATIONS:
        for variant in ("all sentences", "trigger without event"):
            sel = [r for r in rows if r["rel"] == rel and (variant == "all sentences" or r["orphan"])]
            X = DictVectorizer().fit_transform([{k: 1 for k in r["f"]} for r in sel])
            y = np.array([r["y"] for r in sel])
            p = np.zeros(len(sel))
            for train, test in GroupKFold(args.folds).split(X, y, [r["doc"] for r in sel]):
                if y[train].any():
                    p[test] = LogisticRegression(C=1.0, max_iter=3000).fit(X[train], y[train]).predict_proba(X[test])[:, 1]
            best: dict[tuple, float] = {}
            listed, neutral, by_rule = defaultdict(bool), defaultdict(bool), {}
            for r, pr in zip(sel, p):
                k = (r["doc"], r["a"], r["b"])
                best[k] = max(best.get(k, 0.0), pr)
                listed[k] |= r["y"]
                neutral[k] |= r["neutral"]
                by_rule[k] = r["rule"]
            print(f"\n{rel}, {variant}: {sum(listed.values())} gold pairs among the candidates, "
                  f"{sum(1 for k in best if listed[k] and by_rule[k])} found by the rules")
            print("threshold | added | right | wrong | precision of the added")
            for t in (0.3, 0.4, 0.5, 0.6, 0.7):
                added = [k for k, pr in best.items() if pr >= t and not by_rule[k]]
                right = sum(1 for k in added if listed[k])
                wrong = sum(1 for k in added if not listed[k] and not neutral[k])
                print(f"{t:9.1f} | {len(added):5d} | {right:5d} | {wrong:5d} | {right / max(1, right + wrong):.2f}")


if __name__ == "__main__":
    main()
