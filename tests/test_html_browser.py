"""``--format html`` in a real browser: Debian's Chromium, headless, driven by
Playwright (never its own browser download). The page loads with no console
error and no request, the filters and the search change what is shown, the
state survives in the URL fragment, and a hostile article runs nothing.

Skipped only when Chromium or Playwright is absent, and never under CI (``.ci/run``
installs Chromium; Playwright is in the ``test`` extra).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crimea_cli.cli import app

CHROMIUM = os.environ.get("CRIMEA_CHROMIUM", "/usr/bin/chromium")
if not os.environ.get("CI") and not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)
if os.environ.get("CI"):      # .ci/run installs both: there a missing one is a failure
    import playwright.sync_api as sync_api
else:
    sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "html" / "hostile.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
runner = CliRunner()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def write_page(path: Path, *args: str) -> Path:
    result = runner.invoke(app, [*args, "--format", "html", "--output", str(path)])
    assert result.exit_code == 0, result.output
    return path


class Watched:
    """A page with everything it asks of the network and says on the console."""

    def __init__(self, browser: Any, url: str, width: int = 1280, height: int = 800) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.url = url
        self.page.goto(url)
        self.page.wait_for_selector("#timeline[data-ready]", state="attached")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shown(self) -> int:
        return int(self.page.locator("li.ev:visible").count())

    def others(self) -> list[str]:
        """Requests other than the page itself."""
        base = self.url.split("#")[0]
        return [u for u in self.requests if u.split("#")[0] != base]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Any]:
    pages: list[Watched] = []

    def open_page(path: Path, fragment: str = "", **size: int) -> Watched:
        page = Watched(browser, path.as_uri() + fragment, **size)
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


def test_timeline_loads_quietly_and_filters(tmp_path: Path, watched: Any) -> None:
    w = watched(write_page(tmp_path / "t.html", "timeline"))
    page = w.page
    assert w.shown() == 11
    assert page.locator("#status").inner_text() == "Showing all 11 events"
    # category chips: none, then one category
    page.click("#all")
    assert w.shown() == 0
    page.click("button.chip[data-c=sentence]")
    assert w.shown() == 1
    # expect() waits for the rendering: a year group is drawn lazily
    # (content-visibility: auto), so its text may be empty for a frame
    sync_api.expect(page.locator("li.ev:visible .tx")).to_have_text(
        re.compile(r"^On 16 September 2020"))
    assert page.get_attribute("button.chip[data-c=sentence]", "aria-pressed") == "true"
    page.click("#all")
    assert w.shown() == 11
    # the year range, as timeline --from 2018 --to 2020
    page.get_by_label("From year").fill("2018")
    page.get_by_label("To year").fill("2020")
    assert w.shown() == 5
    sync_api.expect(page.locator("section.group:visible h2")).to_have_text(["2018", "2020"])
    # the search highlights, case-insensitively, within the range
    page.get_by_label("Search the statements").fill("zelensky")
    sync_api.expect(page.locator("li.ev:visible")).to_have_count(1)
    sync_api.expect(page.locator("li.ev:visible mark")).to_have_text(["Zelensky"])
    assert page.locator("#status").inner_text() == "Showing 1 of 11 events"
    # the state is in the fragment: a new page opened on it shows the same
    fragment = page.evaluate("location.hash")
    assert "q=zelensky" in fragment and "from=2018" in fragment
    again = watched(tmp_path / "t.html", fragment)
    assert again.shown() == 1
    assert again.page.get_by_label("Search the statements").input_value() == "zelensky"
    page.click("#reset")
    assert w.shown() == 11 and page.locator("mark").count() == 0
    assert page.evaluate("location.hash") == ""
    for seen in (w, again):
        assert seen.console == [] and seen.others() == [] and seen.dialogs == []


def test_screenshots_at_desktop_and_phone_sizes(tmp_path: Path, watched: Any) -> None:
    path = write_page(tmp_path / "t.html", "timeline")
    for width, height in ((1280, 800), (390, 844)):
        w = watched(path, width=width, height=height)
        shot = tmp_path / f"timeline-{width}x{height}.png"
        w.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        # nothing wider than the screen: no sideways scrolling on a phone
        assert w.page.evaluate("document.documentElement.scrollWidth") <= width
        assert w.console == [] and w.others() == []


def test_density_strip_jumps_to_a_year(tmp_path: Path, watched: Any) -> None:
    w = watched(write_page(tmp_path / "t.html", "timeline"))
    bars = w.page.locator("#strip button")
    assert bars.count() == 2025 - 1986 + 1      # one bar per year of the span
    w.page.click("#strip button[aria-label^='2020:']")
    focused = w.page.evaluate("document.activeElement.textContent")
    assert focused == "2020"
    assert w.page.get_attribute("#strip button[aria-label^='2020:']", "aria-label") == \
        "2020: 3 events"


def test_awards_page_and_accented_search(tmp_path: Path, watched: Any) -> None:
    w = watched(write_page(tmp_path / "a.html", "awards"))
    assert w.shown() == 2
    art = tmp_path / "zoe.txt"
    art.write_text("= Zoë Ćosić =\n\nIn 2003 Ćosić founded a legal clinic in Mostar.\n"
                   "In 2007 the clinic moved to Sarajevo.\n", encoding="utf-8")
    w = watched(write_page(tmp_path / "z.html", "timeline", "-a", str(art)))
    w.page.get_by_label("Search the statements").fill("cosic")
    sync_api.expect(w.page.locator("li.ev:visible")).to_have_count(1)
    sync_api.expect(w.page.locator("li.ev:visible mark")).to_have_text(["Ćosić"])
    assert w.console == []


def test_case_page_loads_quietly(tmp_path: Path, watched: Any) -> None:
    w = watched(write_page(tmp_path / "c.html", "case"))
    assert w.page.locator("dl.case dt").first.inner_text() == "Name"
    assert w.console == [] and w.others() == []


def test_print_drops_the_controls(tmp_path: Path, watched: Any) -> None:
    w = watched(write_page(tmp_path / "t.html", "timeline"))
    w.page.emulate_media(media="print")
    assert not w.page.locator("#filters").is_visible()
    assert w.shown() == 11


def _luminance(rgb: list[float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


CONTRAST_JS = """(sel) => {
  const el = document.querySelector(sel);
  const rgb = (s) => s.match(/[\\d.]+/g).map(Number);
  let bg = null;
  for (let e = el; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length < 4 || c[3] > 0) { bg = c; break; }
  }
  return [rgb(getComputedStyle(el).color), bg || [255, 255, 255]];
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_meets_wcag_aa_contrast(tmp_path: Path, watched: Any, scheme: str) -> None:
    w = watched(write_page(tmp_path / "t.html", "timeline"))
    w.page.emulate_media(color_scheme=scheme)
    w.page.get_by_label("Search the statements").fill("Mustafayev")
    w.page.wait_for_selector("mark")
    for sel in ("h1", "header p", ".tx", ".meta", ".cat", ".when time", ".chip", ".status",
                ".field", "mark", "h2"):
        fg, bg = w.page.evaluate(CONTRAST_JS, sel)
        hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
        ratio = (hi + 0.05) / (lo + 0.05)
        assert ratio >= 4.5, (scheme, sel, fg, bg, round(ratio, 2))


def test_controls_have_labels_and_take_the_keyboard(tmp_path: Path, watched: Any) -> None:
    w = watched(write_page(tmp_path / "t.html", "timeline"))
    page = w.page
    for label in ("Search the statements", "From year", "To year"):
        assert page.get_by_label(label).count() == 1
    page.keyboard.press("Tab")                  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    page.focus("button.chip[data-c=birth]")
    page.keyboard.press("Enter")                # a chip is a button: Enter toggles it
    assert w.shown() == 9


def test_hostile_article_runs_nothing(tmp_path: Path, watched: Any) -> None:
    for command in ("timeline", "awards", "case"):
        path = write_page(tmp_path / f"{command}.html", command, "-a", str(HOSTILE))
        # with the page's policy, and without it: the escaping alone must hold
        bare = tmp_path / f"{command}-no-csp.html"
        text = path.read_text(encoding="utf-8")
        start = text.index('<meta http-equiv="Content-Security-Policy"')
        bare.write_text(text[:start] + text[text.index(">", start) + 1:], encoding="utf-8")
        for target in (path, bare):
            w = watched(target)
            page = w.page
            for item in page.locator("li.ev, h1, title").all():
                if item.is_visible():
                    item.hover()
            page.keyboard.press("Tab")
            if command != "case":
                page.get_by_label("Search the statements").fill("alert")
                page.wait_for_selector("mark")
            page.mouse.move(5, 5)
            assert w.dialogs == [] and w.others() == [], (target, w.dialogs, w.others())
            assert w.console == [], w.console
            assert page.evaluate("document.querySelectorAll('script').length") == 1
            assert page.evaluate(
                "document.querySelectorAll('iframe, img, svg, [onerror], [onload],"
                " [onmouseover], [onfocus], a[href^=javascript]').length") == 0
            assert "<script>alert('title')</script>" in page.locator("h1").inner_text()
