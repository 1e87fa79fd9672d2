"""Corpora: wall time, per-article time and peak memory of `timeline --format jsonl`.

Generates corpora of 100, 1,000 and 10,000 articles (devset articles with
names and years varied, as in throughput.py), one file each, and runs
`crimea-cli timeline -a DIR --format jsonl` on each, output to /dev/null.
Per-article time leaves start-up aside: the time of a one-article run is
subtracted. Peak memory is the largest resident set of the command and its
workers (wait4). Targets: 10,000 articles under 10 s; per-article time at
10,000 within 1.3x of that at 100; peak memory at 10,000 under 150 MB.

    python bench/corpus.py
    python bench/corpus.py --sizes 100 1000 --jobs 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_corpus


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak MB of ``cmd`` (and the workers it waited for)."""
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return wall, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, default=None, help="passed to --jobs (default: cores)")
    args = ap.parse_args()
    cli = shutil.which("crimea-cli", path=os.path.dirname(sys.executable)) or "crimea-cli"
    extra = ["--jobs", str(args.jobs)] if args.jobs else []
    articles = build_corpus(megabytes=max(args.sizes) * 0.0016, seed=3)
    while len(articles) < max(args.sizes):
        articles += articles
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one"
        one.mkdir()
        (one / "a.txt").write_text(articles[0], encoding="utf-8")
        startup, _ = run([cli, "timeline", "-a", str(one), "-f", "jsonl"])
        jobs = args.jobs or os.cpu_count()
        print(f"start-up (one article): {startup * 1000:.0f} ms; jobs: {jobs}")
        print(f"{'articles':>9} {'MB':>6} {'wall s':>8} {'ms/article':>11} {'peak MB':>8}")
        per_article = {}
        for n in args.sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            size = 0
            for i, text in enumerate(articles[:n]):
                (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
                size += len(text.encode("utf-8"))
            wall, peak = run([cli, "timeline", "-a", str(folder), "-f", "jsonl", *extra])
            per_article[n] = (wall - startup) / n * 1000
            print(f"{n:>9} {size / 1e6:>6.1f} {wall:>8.2f} {per_article[n]:>11.3f} {peak:>8.1f}")
    lo, hi = min(args.sizes), max(args.sizes)
    print(f"per-article time at {hi} / at {lo}: {per_article[hi] / per_article[lo]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
