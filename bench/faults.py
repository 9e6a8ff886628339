"""Replay kill -9, Ctrl-C and a full disk on a real ``kg build`` and print what the output folder held after.

    python3 bench/faults.py [--articles 150] [--ner gazetteer|stanza] [--at 0.3,0.7] [--staged 0,0.1,0.3,0.6]

The output folder starts with the complete set of an older build (set A: a third of the articles);
each case runs ``kg build`` of all the articles (set B) into a copy of it and interrupts it. After
each case the folder must hold set A or set B whole (graph.ttl and graph.html as one build wrote
them), never a mix; the next build must then succeed and leave no staging folder behind. Kill and
Ctrl-C come at fractions of a clean build's duration (during extraction) and at delays after the
build has staged its graph.ttl (the write window: Turtle written, page being drawn, renames).
Full disk is a tmpfs just large enough for the Turtle (needs root and mount; otherwise a file-size
limit, which fails the same writes with EFBIG instead of ENOSPC).

Needs the shared corpus (``$SILAT_SHARED`` or ../shared). Prints one row per case; exits 1 if any
case left a mixed or broken folder.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = ("graph.ttl", "graph.html")


def corpus_slice(shared: Path, n: int, folder: Path) -> tuple[Path, Path]:
    """Set A (the first third) and set B (all n) of the internationalNews/middleEast articles, as JSON Lines."""
    lines = []
    with gzip.open(next((shared / "corpus").glob("*.jsonl.gz")), "rt", encoding="utf-8") as fh:
        for line in fh:
            if json.loads(line).get("category") in ("internationalNews", "middleEast"):
                lines.append(line)
            if len(lines) >= n:
                break
    a, b = folder / "a.jsonl", folder / "b.jsonl"
    a.write_text("".join(lines[: n // 3]), encoding="utf-8")
    b.write_text("".join(lines), encoding="utf-8")
    return a, b


def kg(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES if (folder / name).is_file()}


def state(folder: Path, old: dict, new: dict) -> str:
    now = snapshot(folder)
    if now == old:
        return "old set"
    if now == new:
        return "new set"
    return "MIXED: " + ", ".join(f"{k}={'old' if now.get(k) == old.get(k) else 'new' if now.get(k) == new.get(k) else 'other'}"
                                 for k in FILES)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".silat-staging-") or p.name.endswith(".tmp"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--ner", default="gazetteer", choices=("gazetteer", "stanza"))
    ap.add_argument("--at", default="0.3,0.7", help="kill/Ctrl-C times as fractions of a clean build's duration")
    ap.add_argument("--staged", default="0,0.1,0.3,0.6", help="kill/Ctrl-C delays (s) after graph.ttl is staged")
    args = ap.parse_args()

    from kg.config import shared_dir

    work = Path(tempfile.mkdtemp(prefix="silat-faults-"))
    try:
        a, b = corpus_slice(shared_dir(), args.articles, work)
        build = ["build", "--ner", args.ner, "--quiet", "--out"]
        for inp, name in ((a, "ref-a"), (b, "ref-b")):
            started = time.perf_counter()
            proc = kg(*build, str(work / name), str(inp))
            if proc.wait() != 0:
                print(proc.stderr.read(), file=sys.stderr)
                return 1
            seconds = time.perf_counter() - started
        old, new = snapshot(work / "ref-a"), snapshot(work / "ref-b")
        print(f"{args.articles} articles, NER {args.ner}: a clean build takes {seconds:.1f} s; "
              f"old set {len(old['graph.ttl']):,} + {len(old['graph.html']):,} bytes, new set {len(new['graph.ttl']):,} + "
              f"{len(new['graph.html']):,}")
        print(f"{'case':<22} {'exit':>5} {'folder after':<14} {'next build':<22} message")
        bad = 0
        cases = [(k, w, float(f)) for k in ("kill -9", "Ctrl-C")
                 for w, fs in (("at", args.at), ("staged+", args.staged)) for f in fs.split(",")]
        for n, (kind, when, at) in enumerate(cases):
            out = work / f"case-{n}"
            shutil.copytree(work / "ref-a", out)
            proc = kg(*build, str(out), str(b), start_new_session=True)
            if when == "at":
                time.sleep(seconds * at)
            else:
                while proc.poll() is None and not list(out.glob(".silat-staging-*/graph.ttl")):
                    time.sleep(0.005)
                time.sleep(at)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL if kind == "kill -9" else signal.SIGINT)
            code = proc.wait()
            message = proc.stderr.read().strip().splitlines()
            after = state(out, old, new)
            ok = not after.startswith("MIXED")
            if kind == "Ctrl-C" and code == 130:  # the message must say what the folder holds
                ok &= ("not changed" in message[-1]) == (after == "old set")
            again = kg(*build, str(out), str(b))
            follow = "ok" if again.wait() == 0 and state(out, old, new) == "new set" and not leftovers(out) else "FAILED"
            bad += (not ok) + (follow != "ok")
            label = f"{kind} {when}{' ' if when == 'at' else ''}{at:g}{'' if when == 'at' else ' s'}"
            print(f"{label:<22} {code:>5} {after:<14} {follow + ', no leftovers' if follow == 'ok' else follow:<22} "
                  f"{message[-1] if message else ''}")
        bad += full_disk(work, build, b, old, new)
        print("every case left one whole set" if not bad else f"{bad} cases left a mixed or broken folder")
        return 1 if bad else 0
    finally:
        subprocess.run(["umount", str(work / "disk")], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


def full_disk(work: Path, build: list[str], b: Path, old: dict, new: dict) -> int:
    """A disk that fills while the page is written: one line, exit 1, the old set kept."""
    disk = work / "disk"
    disk.mkdir()
    size = len(old["graph.ttl"]) + len(old["graph.html"]) + len(new["graph.ttl"]) + 64 * 1024
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)],
                             capture_output=True).returncode == 0
    out = disk / "out"
    shutil.copytree(work / "ref-a", out)
    if mounted:
        how, proc = "tmpfs", kg(*build, str(out), str(b))
    else:
        limit = len(new["graph.ttl"]) + 1
        code = f"import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); from kg.cli import main; " \
               f"sys.exit(main({['build', *build[1:], str(out), str(b)]!r}))"
        how, proc = "file-size limit", subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                                                       stderr=subprocess.PIPE, text=True)
    code = proc.wait()
    message = proc.stderr.read().strip().splitlines()
    after = state(out, old, new)
    ok = code == 1 and len(message) == 1 and after == "old set" and not leftovers(out)
    print(f"{'full disk (' + how + ')':<22} {code:>5} {after:<14} {'-':<22} {message[-1] if message else ''}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
