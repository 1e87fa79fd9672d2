"""Start-up: `crimea-cli timeline` against a minimal Typer+Rich app.

Both run in this environment, interleaved, output to a file; the median wall
time of each and their ratio are printed. The baseline app prints a one-row
Rich table from a Typer command: what any Typer+Rich tool pays to start.

    python bench/startup.py            # 25 runs each
    python bench/startup.py --runs 50
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = '''
import typer

app = typer.Typer()


@app.command()
def main() -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("date", "event")
    table.add_row("2018-05-21", "detained")
    Console().print(table)


if __name__ == "__main__":
    app()
'''


def _time(cmd: list[str], out: Path, env: dict[str, str]) -> float:
    with out.open("w") as fh:
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=fh, stderr=subprocess.DEVNULL, env=env, check=True)
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=25, help="runs of each (default 25)")
    args = ap.parse_args()

    cli = shutil.which("crimea-cli", path=os.path.dirname(sys.executable)) or shutil.which(
        "crimea-cli")
    if not cli:
        print("crimea-cli is not installed in this environment", file=sys.stderr)
        return 2
    env = {**os.environ, "COLUMNS": "100"}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.py"
        base.write_text(BASELINE, encoding="utf-8")
        out = Path(tmp) / "out.txt"
        ours_cmd = [cli, "timeline"]
        base_cmd = [sys.executable, str(base)]
        for cmd in (ours_cmd, base_cmd):  # warm the file cache
            _time(cmd, out, env)
        ours, baseline = [], []
        for _ in range(args.runs):
            ours.append(_time(ours_cmd, out, env))
            baseline.append(_time(base_cmd, out, env))
    m_ours, m_base = statistics.median(ours), statistics.median(baseline)
    import typer

    print(f"typer {typer.__version__}, python {sys.version.split()[0]}, {args.runs} runs each")
    print(f"crimea-cli timeline     median {m_ours * 1000:7.1f} ms")
    print(f"typer+rich one-row app  median {m_base * 1000:7.1f} ms")
    print(f"ratio {m_ours / m_base:.3f} (target <= 1.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
