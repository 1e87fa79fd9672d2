"""Start-up: `crimea-cli timeline` against a minimal Typer+Rich app.

Both run in one environment, interleaved, output to a file; the median wall
time of each and their ratio are printed. The baseline app prints a one-row
Rich table from a Typer command: what any Typer+Rich tool pays to start.

By default the environment is a fresh virtual environment in a temporary
folder where the project is installed as the README says (``pip install .``),
so that, as on a user's machine, its modules are byte-compiled. ``--here``
measures the environment that runs this script instead; an editable install
under ``PYTHONDONTWRITEBYTECODE`` recompiles every module at each start and
is not what users run.

    python bench/startup.py            # 25 runs each, fresh venv
    python bench/startup.py --runs 50
    python bench/startup.py --here
    python bench/startup.py --color    # FORCE_COLOR set, as on a terminal
    python bench/startup.py --commands timeline case stats
    python bench/startup.py --cold     # without the regex cache (crimea_cli.rx)

The regular expressions of the grammar are kept compiled between runs
(``crimea_cli/rx.py``, in ``$XDG_CACHE_HOME/crimea-cli``): here that folder is
a fresh one in the temporary folder, which the warm-up run fills, so the
timed runs are what every start after a user's first one costs. ``--cold``
switches the cache off (``CRIMEA_CLI_NO_CACHE``): what a first start costs.

Targets: timeline <= 1.10 of the baseline; case and stats <= 1.15.
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

ROOT = Path(__file__).resolve().parents[1]

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


TARGETS = {"timeline": 1.10, "case": 1.15, "stats": 1.15}
"""The start-up each command must keep, as a ratio of the baseline's."""


def _time(cmd: list[str], out: Path, env: dict[str, str]) -> float:
    with out.open("w") as fh:
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=fh, stderr=subprocess.DEVNULL, env=env, check=True)
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=25, help="runs of each (default 25)")
    ap.add_argument("--here", action="store_true",
                    help="measure this environment, not a fresh README install")
    ap.add_argument("--color", action="store_true",
                    help="set FORCE_COLOR for both, as on a terminal")
    ap.add_argument("--cold", action="store_true",
                    help="switch the regex cache off (every start compiles the grammar)")
    ap.add_argument("--commands", nargs="+", default=["timeline"], metavar="COMMAND",
                    help="crimea-cli commands to time (default: timeline)")
    args = ap.parse_args()

    env = {**os.environ, "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    if args.color:
        env["FORCE_COLOR"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        env.pop("CRIMEA_CLI_NO_CACHE", None)
        if args.cold:
            env["CRIMEA_CLI_NO_CACHE"] = "1"
        python = sys.executable
        if not args.here:
            venv = Path(tmp) / "venv"
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            python = str(venv / "bin" / "python")
            subprocess.run([python, "-m", "pip", "install", "-q", str(ROOT)], check=True,
                           stderr=subprocess.DEVNULL)
        cli = shutil.which("crimea-cli", path=os.path.dirname(python))
        if not cli:
            print("crimea-cli is not installed in this environment", file=sys.stderr)
            return 2
        base = Path(tmp) / "baseline.py"
        base.write_text(BASELINE, encoding="utf-8")
        out = Path(tmp) / "out.txt"
        ours_cmds = {name: [cli, name] for name in args.commands}
        base_cmd = [python, str(base)]
        for cmd in (*ours_cmds.values(), base_cmd):  # warm the file cache
            _time(cmd, out, env)
        ours: dict[str, list[float]] = {name: [] for name in ours_cmds}
        baseline = []
        for _ in range(args.runs):
            for name, cmd in ours_cmds.items():
                ours[name].append(_time(cmd, out, env))
            baseline.append(_time(base_cmd, out, env))
        version = subprocess.run(
            [python, "-c", "import sys, typer; print('typer', typer.__version__, 'python', "
             "sys.version.split()[0])"], capture_output=True, text=True, check=True).stdout
    m_base = statistics.median(baseline)
    where = "this environment" if args.here else "a fresh venv with pip install ."
    where += ", in colour" if args.color else ""
    where += ", regex cache off" if args.cold else ""
    print(f"{version.strip()}, {where}, {args.runs} runs each")
    print(f"typer+rich one-row app  median {m_base * 1000:7.1f} ms")
    for name, times in ours.items():
        m_ours = statistics.median(times)
        target = TARGETS.get(name, 1.15)
        print(f"crimea-cli {name:<12} median {m_ours * 1000:7.1f} ms  "
              f"ratio {m_ours / m_base:.3f} (target <= {target:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
