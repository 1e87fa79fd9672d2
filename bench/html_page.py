"""The --format html page of a corpus: its size, and how long headless
Chromium takes to open it and to filter it.

Builds the 10,000-article corpus of corpus.py (same seed), keeps its first
N articles (default 1,000), writes `crimea-cli timeline -a DIR --format html`
and opens the page in Debian's chromium through Playwright. Prints the file
size, the time from navigation to the script being ready (every event
indexed), then the time each filter takes until the page shows its result:
a category chip, a year range, and a search typed in the box. Target: open
and filter under 3 s.

    python bench/html_page.py
    python bench/html_page.py --articles 200
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

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    cli = shutil.which("crimea-cli", path=os.path.dirname(sys.executable)) or "crimea-cli"
    articles = build_corpus(megabytes=10000 * 0.0016, seed=3)
    while len(articles) < args.articles:
        articles += articles
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, text in enumerate(articles[:args.articles]):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        page_path = Path(tmp) / "timeline.html"
        t0 = time.perf_counter()
        subprocess.run([cli, "timeline", "-a", str(folder), "-f", "html", "-o", str(page_path)],
                       check=True)
        write = time.perf_counter() - t0
        size = page_path.stat().st_size
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            t0 = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("#timeline[data-ready]", state="attached", timeout=60_000)
            opened = time.perf_counter() - t0
            total = page.locator("li.ev").count()

            status = page.locator("#status")

            def timed(action: object, expect: str) -> float:
                # the status line changes once the filter is applied (polled from
                # here: the page's policy forbids the eval a wait_for_function needs)
                before = status.inner_text()
                t = time.perf_counter()
                action()  # type: ignore[operator]
                while True:
                    now = status.inner_text()
                    if now != before and expect in now:
                        return time.perf_counter() - t
                    if time.perf_counter() - t > 60:
                        raise SystemExit(f"the filter did not apply: {now!r}")
                    time.sleep(0.005)

            chip = timed(lambda: page.click("button.chip[data-c=sentence]"), "of")
            chip_back = timed(lambda: page.click("button.chip[data-c=sentence]"), "all")
            years = timed(lambda: page.fill("#from", "2010"), "of")
            search = timed(lambda: page.fill("#q", "court"), "of")
            shown = page.locator("#status").inner_text()
            browser.close()
    print(f"articles: {args.articles:,}; events: {total:,}; page: {size / 1e6:.1f} MB "
          f"(written in {write:.2f} s)")
    print(f"open (navigation to ready): {opened:.2f} s")
    print(f"filter: chip {chip:.2f} s, chip back {chip_back:.2f} s, year range {years:.2f} s, "
          f"search {search:.2f} s ({shown})")
    print(f"open + every filter: {opened + chip + chip_back + years + search:.2f} s; "
          f"console errors: {len(errors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
