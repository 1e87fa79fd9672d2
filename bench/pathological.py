"""Hostile inputs from the command line: each must end in under 5 s, with exit
0 or 2 and no traceback.

Generates the files, then runs `crimea-cli timeline` (the rich view and
--format json), `awards --format json`, `facts` and `search zzz` on each, and
prints the wall time and exit code of the slowest command per file, and the
largest output. The inputs include the shapes of ``bench/shapes.py`` at
100 KB (lists of numbers, runs of initials, long award and sentence-length
phrases, many dates in one statement, deep parentheses, runs of spaces).

    python bench/pathological.py
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import shapes  # noqa: E402

SEED = (ROOT / "data" / "seed.txt").read_text(encoding="utf-8")


def inputs() -> dict[str, bytes]:
    rnd = random.Random(0)
    one_line = " ".join(SEED.split())
    prose = " ".join(line for line in SEED.splitlines() if line and not line.startswith(("=", "-")))
    words = "the of and a to in is was he she it for on with as by at from".split()
    return {
        "10 MB single line (the article)": ((one_line + " ") * (10_000_000 // len(one_line)))
        .encode(),
        "10 MB single line (article prose)": ((prose + " ") * (10_000_000 // len(prose)))
        .encode(),
        "10 MB single line (words)": " ".join(rnd.choice(words) for _ in range(3_000_000))
        .encode()[:10_000_000],
        "2 MB of digits": b"7" * 2_000_000,
        "500,000 month names": b"May " * 500_000,
        "200,000 'from 1970 to'": b"from 1970 to " * 200_000,
        "100,000 headings": b"== Heading ==\n" * 100_000,
        "NUL bytes": b"= T =\n\nIn 2014 \x00\x00 it began.\n",
        "invalid UTF-8 mid-file": SEED.encode()[:1000] + b"\xff\xfe\xc3" + SEED.encode()[1000:],
        "random control characters": bytes(rnd.randrange(32) for _ in range(1_000_000)),
        "only a BOM": b"\xef\xbb\xbf",
        "lone CR line ends": SEED.replace("\n", "\r").encode(),
        **{f"100 KB: {name}": make(100_000).encode() for name, make in shapes.SHAPES.items()},
    }


COMMANDS = (["timeline"], ["timeline", "-f", "json"], ["awards", "-f", "json"], ["facts"],
            ["search", "zzz"])


def main() -> int:
    cli = shutil.which("crimea-cli", path=os.path.dirname(sys.executable)) or "crimea-cli"
    worst_overall = 0.0
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input':34s} {'slowest command':24s} {'seconds':>8s} {'exit':>5s} "
              f"{'largest output':>15s}")
        for name, data in inputs().items():
            path = Path(tmp) / "article.txt"
            path.write_bytes(data)
            worst = (0.0, "", 0)
            largest = 0
            for cmd in COMMANDS:
                out = Path(tmp) / "out"
                t0 = time.perf_counter()
                with out.open("wb") as fh:
                    proc = subprocess.run([cli, *cmd, "-a", str(path)], stdout=fh,
                                          stderr=subprocess.PIPE, text=True, timeout=120,
                                          check=False)
                seconds = time.perf_counter() - t0
                largest = max(largest, out.stat().st_size)
                if "Traceback" in proc.stderr or proc.returncode not in (0, 1, 2):
                    bad += 1
                    print(f"  {' '.join(cmd)}: exit {proc.returncode} {proc.stderr[-200:]}")
                if seconds > worst[0]:
                    worst = (seconds, " ".join(cmd), proc.returncode)
            worst_overall = max(worst_overall, worst[0])
            print(f"{name:34s} {worst[1]:24s} {worst[0]:8.2f} {worst[2]:5d} {largest:15,d}")
    print(f"slowest: {worst_overall:.2f} s (target < 5 s); tracebacks or bad exits: {bad}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
