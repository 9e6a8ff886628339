"""Peak memory of `kg query` on a result of millions of rows written to /dev/null (issue cause 8).

    python3 bench/query_memory.py [--graph GRAPH.ttl] [--formats csv,json,table] [--limits 10000,1000000,4000000]

The query is a cross join of the graph's triples with itself (three ways: ~10^9 rows on the seeds,
cut by LIMIT). Each run is a fresh ``python -m kg query`` whose peak RSS (the larger of
the parent and its query child, from getrusage of the children) is printed with the wall time;
with streaming the peak stays near the graph's own footprint whatever the row count, where the
old code held every row as a list (2.4-2.8 GB per million rows reported in the issue).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", default=str(ROOT / "output" / "graph.ttl"))
    ap.add_argument("--formats", default="csv,json,table")
    ap.add_argument("--limits", default="10000,1000000,4000000", help="row counts (LIMIT) to measure")
    args = ap.parse_args()
    print(f"{'engine':9} {'format':6} {'rows':>10} {'wall s':>7} {'peak RSS MB':>12}")
    for engine in ("oxigraph", "rdflib"):
        for fmt in args.formats.split(","):
            for limit in map(int, args.limits.split(",")):
                if engine == "rdflib" and limit > 1_000_000:
                    continue  # rdflib streams too, but at ~40k rows/s this takes minutes
                query = f"SELECT * WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }} LIMIT {limit}"
                start = time.perf_counter()
                # one fresh process per run: RUSAGE_CHILDREN reports the largest child of this script
                code = subprocess.run(
                    [sys.executable, "-c", "import resource, subprocess, sys; "
                     "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
                     "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r)",
                     sys.executable, "-m", "kg", "query", args.graph, query, "--engine", engine, "--format", fmt],
                    cwd=ROOT, capture_output=True, text=True)
                wall = time.perf_counter() - start
                if code.returncode:
                    print(code.stderr.strip(), file=sys.stderr)
                    return 1
                peak_mb = int(code.stdout.split()[-1]) / 1024
                print(f"{engine:9} {fmt:6} {limit:>10,} {wall:>7.1f} {peak_mb:>12.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
