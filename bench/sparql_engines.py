"""rdflib vs Oxigraph on graphs shaped like ours: load, Turtle writing and every named query.

    python3 bench/sparql_engines.py [--base GRAPH.ttl] [--sizes 100000,1000000] [--rdflib-max 200000]

The synthetic graphs are copies of a real build (default: the seeds' output/graph.ttl; a build of
1,000 corpus articles is more representative): copy k renames every event, sentence and document
IRI, while people, countries and organisations stay shared (sizes round up to whole copies), so entities gather events across
copies as they do across a real corpus. Both engines run in this one process, side by side, so the
ratios are comparable on a noisy machine. rdflib is skipped above --rdflib-max triples (at 1M an
8-pattern join took over 180 s there).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_PER_COPY = re.compile(r"<https://w3id\.org/silat/id/(event|sentence|doc)/")


def synthetic_nt(base_lines: list[str], triples: int) -> str:
    """Whole copies of the base graph's events until at least ``triples`` distinct triples.

    Lines about shared entities (labels, Wikidata links) are written once; a cut copy would orphan
    events, so sizes round up to whole copies.
    """
    shared = [line for line in base_lines if not _PER_COPY.search(line)]
    per_copy = [line for line in base_lines if _PER_COPY.search(line)]
    out, k = list(shared), 0
    while len(out) < triples:
        out.extend(_PER_COPY.sub(lambda m: f"<https://w3id.org/silat/id/{m.group(1)}/c{k}-", line) for line in per_copy)
        k += 1
    return "".join(out)


def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default=str(ROOT / "output" / "graph.ttl"))
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--rdflib-max", type=int, default=200_000)
    args = ap.parse_args()

    import pyoxigraph as ox
    from rdflib import Graph

    from kg.rdf.engines import OxigraphEngine, RdflibEngine
    from kg.rdf.query import named_queries, query_text, run_query

    base = Graph().parse(args.base).serialize(format="nt")
    base_lines = sorted(line + "\n" for line in base.splitlines() if line.strip())
    print(f"base: {args.base} ({len(base_lines):,} triples)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",")]:
            t_build, nt = timed(lambda: synthetic_nt(base_lines, size))
            path = Path(tmp) / f"g{size}.nt"
            path.write_text(nt, encoding="utf-8")
            size = nt.count("\n")
            rows.append((size, "build (generate N-Triples)", t_build, None))
            t_ox, oxe = timed(lambda: OxigraphEngine(path))
            rdf = None
            if size <= args.rdflib_max:
                t_rdf, rdf = timed(lambda: RdflibEngine(path))
                rows.append((size, "load", t_rdf, t_ox))
                t_rdf_w, _ = timed(lambda: rdf.graph.serialize(format="turtle"))
            else:
                rows.append((size, "load", None, t_ox))
                t_rdf_w = None
            t_ox_w, _ = timed(lambda: oxe.store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
            rows.append((size, "write Turtle", t_rdf_w, t_ox_w))
            for name in sorted(named_queries()):
                params = {"entity": "res:person/sergey-lavrov"} if name.startswith("timeline") else {}
                text = query_text(name)
                t_o, res_o = timed(lambda: list(run_query(oxe, text, params).rows))
                t_r = None
                if rdf is not None:
                    t_r, res_r = timed(lambda: list(run_query(rdf, text, params).rows))
                    assert res_r == res_o, f"{name}: engines disagree at {size} triples"
                rows.append((size, f"query {name} ({len(res_o):,} rows)", t_r, t_o))
            oxe = rdf = None  # free the stores before the next size

    print(f"{'triples':>9}  {'step':<34} {'rdflib s':>9} {'oxigraph s':>10} {'ratio':>7}")
    for size, step, t_r, t_o in rows:
        r = f"{t_r:9.3f}" if t_r is not None else f"{'skipped':>9}" if t_o is not None else f"{'':>9}"
        o = f"{t_o:10.3f}" if t_o is not None else f"{t_r if t_o is None and t_r else '':>10}"
        if step.startswith("build"):
            r, o = f"{t_r:9.3f}", f"{'':>10}"
        ratio = f"{t_r / t_o:6.1f}x" if t_r and t_o else ""
        print(f"{size:>9,}  {step:<34} {r} {o} {ratio:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
