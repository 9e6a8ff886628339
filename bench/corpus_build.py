"""Whole builds on a corpus slice against the bare Stanza NER floor, side by side in one run.

    python3 bench/corpus_build.py [--articles 2000] [--quick] [--corpus FILE] [--keep DIR]

The slice: the first N internationalNews/middleEast articles of ../shared/corpus (the issue 15
selection), leaving out every id in ../shared/eval/real-test-ids.txt (the held-out split is never
built), plus the next 100 for the incremental row. Rows, each a separate command with
OMP_NUM_THREADS=1, timed from outside from start to exit:

- ``floor xP``: bench/ner_floor.py, bare Stanza NER over the slice in P processes (P = 1, 2): the
  same process start, imports, model, reading and tokenisation as ``kg build --jobs P``, the same
  batches of 4 to spawned workers when P > 1, and nothing else;
- ``kg build --jobs 1``, ``--jobs 2`` and ``--dask local`` with 2 workers, each from an empty cache,
  HTML included;
- ``+100 incremental``: the ``--jobs 2`` output folder built again with 100 more articles (its cache
  holds the first N).

Printed per row: seconds, articles/s, the ratio to the floor with as many processes (build seconds /
floor seconds: 1.00 is NER alone), the CPU seconds of the command and its workers and the same
ratio in CPU time (on a machine others share, wall time follows their load; CPU time much less),
peak RSS of the whole process tree (the sum over the command and its workers, sampled every 0.2 s;
shared pages count once per process, so an upper bound) and of the command's own process, the
time after extraction (from the "merging" stage to the end), and the time projected for the
30,043-article corpus at the row's rate. A last line gives recognition alone
(the floor's one process, model load and start left out, as this bench measured the floor before).
All rows come from one run on one machine: compare them with each other; on a shared machine the
figures are indicative.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS_SIZE = 30_043
ADDED = 100


def select(corpus: Path, held_out: Path, n: int, folder: Path) -> tuple[Path, Path]:
    """The first ``n`` articles of the slice and the ``ADDED`` after them, as two JSON Lines files."""
    from kg.eval.corpus import corpus_slice

    base, added = folder / "base.jsonl", folder / "added.jsonl"
    kept = 0
    with base.open("w", encoding="utf-8") as b, added.open("w", encoding="utf-8") as a:
        for rec in corpus_slice(corpus, n + ADDED, held_out=held_out):
            (b if kept < n else a).write(json.dumps(rec, ensure_ascii=False) + "\n")
            kept += 1
    if kept < n + ADDED:
        sys.exit(f"corpus_build: only {kept} articles in the slice, fewer than {n} + {ADDED}")
    return base, added


def rss(pid: int) -> tuple[int, int]:
    """Resident bytes now of a process and all its descendants together, and of the process alone (0 once gone)."""
    import psutil  # in the test extra (and installed with dask[distributed])

    try:
        proc = psutil.Process(pid)
        own = proc.memory_info().rss
        children = proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0, 0
    total = own
    for p in children:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total, own


def run(cmd: list[str]) -> dict:
    """Run ``cmd``; wall seconds, peak tree and own RSS, stdout, and when its stderr said "merging"."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]
    merging: list[float] = []
    err: list[str] = []

    def sample() -> None:
        while proc.poll() is None:
            tree, own = rss(proc.pid)
            peak[0], peak[1] = max(peak[0], tree), max(peak[1], own)
            time.sleep(0.2)

    def read_err() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            err.append(line)
            if line.startswith("kg: merging") and not merging:
                merging.append(time.perf_counter())

    threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=read_err, daemon=True)]
    for t in threads:
        t.start()
    out = proc.stdout.read()  # type: ignore[union-attr]
    proc.wait()
    ended = time.perf_counter()
    for t in threads:
        t.join()
    if proc.returncode:
        sys.exit(f"corpus_build: {' '.join(cmd)} failed ({proc.returncode}):\n{''.join(err[-20:])}")
    now = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and the workers it waited for
    cpu = now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime
    after = ended - merging[0] if merging else float("nan")
    return {"seconds": ended - started, "cpu": cpu, "rss": peak[0], "own": peak[1], "out": out, "after": after}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "ant-news-2018.jsonl.gz")
    ap.add_argument("--held-out", type=Path, default=ROOT.parent / "shared" / "eval" / "real-test-ids.txt",
                    help="ids never built (the test split)")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="a smoke run on 60 articles")
    ap.add_argument("--keep", type=Path, help="folder for the slice and the outputs (default: a temporary one)")
    args = ap.parse_args()
    n = 60 if args.quick else args.articles
    if not args.held_out.exists():
        sys.exit(f"corpus_build: {args.held_out} is missing; it lists the ids that must never be built")

    with tempfile.TemporaryDirectory(prefix="silat-corpus-build-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        base, added = select(args.corpus, args.held_out, n, folder)
        kg = [sys.executable, "-m", "kg", "build", str(base)]
        rows: list[tuple[str, int, int, dict]] = []  # name, processes, articles, measures
        floors: dict[int, dict] = {}  # processes -> the floor's measures
        recognition = float("nan")
        for procs in (1, 2):
            floor = run([sys.executable, str(ROOT / "bench" / "ner_floor.py"), str(base), "--procs", str(procs)])
            floors[procs] = floor
            if procs == 1:
                recognition = float(floor["out"].split()[0])
            rows.append((f"floor x{procs}: bare Stanza NER", procs, n, floor))
        for name, procs, extra, out in (("kg build --jobs 1", 1, ["--jobs", "1"], "jobs1"),
                                        ("kg build --jobs 2", 2, ["--jobs", "2"], "jobs2"),
                                        ("kg build --dask local", 2, ["--dask", "local", "--jobs", "2"], "dask")):
            rows.append((name, procs, n, run([*kg, "--out", str(folder / out), *extra])))
        inc = run([*kg, str(added), "--out", str(folder / "jobs2"), "--jobs", "2"])
        rows.append((f"+{ADDED} incremental, --jobs 2", 2, ADDED, inc))

        print(f"{n} articles (+{ADDED}) of {args.corpus.name}, internationalNews/middleEast, held-out ids excluded; "
              f"OMP_NUM_THREADS=1; {os.cpu_count()} cores")
        print(f"{'run':32} {'seconds':>8} {'art/s':>7} {'vs floor':>8} {'CPU s':>7} {'CPU vs':>6} {'peak RSS tree':>13} "
              f"{'parent':>8} {'after extr.':>11} {'30,043 projected':>16}")
        for name, procs, count, m in rows:
            rate = count / m["seconds"]
            ratio = m["seconds"] / floors[procs]["seconds"] if count == n else float("nan")
            cpu_ratio = m["cpu"] / floors[procs]["cpu"] if count == n else float("nan")
            after = "" if m["after"] != m["after"] else f"{m['after']:.1f} s"
            projected = CORPUS_SIZE / rate / 60 if count == n else float("nan")
            vs = f"{ratio:8.2f}" if ratio == ratio else f"{'':>8}"
            cvs = f"{cpu_ratio:6.2f}" if cpu_ratio == cpu_ratio else f"{'':>6}"
            print(f"{name:32} {m['seconds']:8.1f} {rate:7.1f} {vs} {m['cpu']:7.1f} {cvs} {m['rss'] / 2**30:10.2f} GB "
                  f"{m['own'] / 2**30:5.2f} GB {after:>11} "
                  + (f"{projected:12.1f} min" if projected == projected else f"{'':>16}"))
        jobs1 = next(m for name, _, _, m in rows if name == "kg build --jobs 1")
        print(f"every row is a whole command (start, imports, model loads; builds with HTML); vs floor = seconds / "
              f"seconds of the floor with as many processes; CPU s = user + system seconds of the command and its "
              f"workers, CPU vs = the same ratio in CPU time (steadier than wall time when others share the "
              f"cores). Recognition alone (one process, start and model load "
              f"left out): {recognition:.1f} s, {n / recognition:.1f} art/s; kg build --jobs 1 takes "
              f"{jobs1['seconds'] / recognition:.2f}x that")
    return 0


if __name__ == "__main__":
    sys.exit(main())
