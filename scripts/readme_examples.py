"""Regenerate the command output shown in README.md, and docs/timeline.svg.

Every block in README.md between ``<!-- output: ARGS -->`` and
``<!-- end output -->`` is replaced by the real output of ``crimea-cli ARGS``
(100 columns, no colour). The picture of the timeline view is written by
Rich's own SVG export. ``--check`` exits 1 when README.md is out of date
(the test suite runs it so).

    python scripts/readme_examples.py          # rewrite README.md and the SVG
    python scripts/readme_examples.py --check  # is README.md up to date?
"""

from __future__ import annotations

import io
import os
import re
import shlex
import sys
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SVG = ROOT / "docs" / "timeline.svg"
BLOCK = re.compile(r"(<!-- output: (?P<args>.+?) -->\n)(?P<body>.*?)(<!-- end output -->)",
                   re.DOTALL)
WIDTH = 100


def run(args: str) -> str:
    """The output of ``crimea-cli ARGS`` at 100 columns, no colour."""
    from typer.testing import CliRunner

    from crimea_cli.cli import app

    os.environ.update({"COLUMNS": str(WIDTH), "NO_COLOR": "1"})
    os.environ.pop("FORCE_COLOR", None)
    os.environ.pop("CRIMEA_CLI_ARTICLE", None)
    result = CliRunner().invoke(app, shlex.split(args))
    return result.stdout


def render_readme(text: str) -> str:
    """README text with every output block regenerated."""
    def fill(m: re.Match[str]) -> str:
        args = m.group("args")
        out = run(args)
        fence = "json" if "json" in args and "| " not in args else ""
        return f"{m.group(1)}```{fence}\n$ crimea-cli {args}\n{out}```\n{m.group(4)}"
    return BLOCK.sub(fill, text)


def timeline_svg() -> str:
    """The timeline view in colour, as Rich exports it to SVG."""
    from rich.console import Console
    from rich.text import Text

    from crimea_cli.events import extract_events
    from crimea_cli.records import event_record
    from crimea_cli.render import Terminal, as_rich
    from crimea_cli.sources import load_articles

    buffer = io.StringIO()
    events = [event_record(e) for a in load_articles([]) for e in extract_events(a)]
    as_rich.render("events", events, buffer, Terminal(color=True, width=WIDTH, is_tty=True))
    record = Console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True,
                     color_system="truecolor")
    record.print(Text.from_ansi(buffer.getvalue()))
    return record.export_svg(title="crimea-cli timeline")


def main() -> int:
    check = "--check" in sys.argv[1:]
    current = README.read_text(encoding="utf-8")
    with redirect_stdout(io.StringIO()):
        fresh = render_readme(current)
    if check:
        if fresh != current:
            print("README.md output blocks are out of date: "
                  "run python scripts/readme_examples.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    SVG.parent.mkdir(exist_ok=True)
    SVG.write_text(timeline_svg(), encoding="utf-8")
    print(f"wrote {README.name} and {SVG.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
