"""Regenerate the command output shown in README.md, and docs/timeline.svg.

Every block in README.md between ``<!-- output: ARGS -->`` and
``<!-- end output -->`` is replaced by the real output of ``crimea-cli ARGS``
(100 columns, no colour). The picture of the timeline view is written by
Rich's own SVG export; the picture of the page (``--format html``) is a
screenshot in headless Chromium. ``--check`` exits 1 when README.md is out of date
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
PAGE_PNG = ROOT / "docs" / "timeline-html.png"
CHROMIUM = "/usr/bin/chromium"
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


def timeline_png(path: Path) -> bool:
    """A screenshot of ``timeline --format html`` at 1280×800 in headless
    Chromium (Debian's, through Playwright); False when either is missing."""
    import tempfile

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return False
    if not os.path.exists(CHROMIUM):
        return False
    from crimea_cli.events import extract_events
    from crimea_cli.records import event_record
    from crimea_cli.render import Terminal, renderer
    from crimea_cli.sources import load_articles

    events = [event_record(e) for a in load_articles([]) for e in extract_events(a)]
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "timeline.html"
        with page_path.open("w", encoding="utf-8") as fh:
            renderer("html").render("events", events, fh,
                                    Terminal(color=False, width=WIDTH, is_tty=False))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(page_path.as_uri() + "#from=2018&to=2020&q=Mustafayev")
            page.wait_for_selector("#timeline[data-ready]", state="attached")
            page.screenshot(path=str(path))
            browser.close()
    return True


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
    if timeline_png(PAGE_PNG):
        print(f"wrote {PAGE_PNG.relative_to(ROOT)}")
    else:
        print(f"{PAGE_PNG.relative_to(ROOT)} left as it is: it needs playwright and "
              f"{CHROMIUM}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
