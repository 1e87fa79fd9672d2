"""``crimea-cli explore``: the Textual explorer, driven by Textual's own test
harness (``App.run_test`` and its pilot). Keys drive the search, the filters,
the year jump, the modes and the export; the screen at 80×24 is fixed by a
text snapshot (``UPDATE_GOLDEN=1`` rewrites it); article text is never markup.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pytest.importorskip("textual")

from crimea_cli import parse_article
from crimea_cli.cli import app
from crimea_cli.explore import Explorer, Source, load, year_of
from crimea_cli.sources import load_articles

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
AS_OF = _dt.date(2026, 1, 1)


def bundled() -> list[Source]:
    return load(list(load_articles([])), ["the bundled article"], as_of=AS_OF)


def screen_text(explorer: Explorer) -> str:
    """The screen as text, line by line, as the terminal shows it."""
    strips = explorer.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips) + "\n"


def drive(sources: list[Source], steps: Callable[[Any, Explorer], Awaitable[None]],
          size: tuple[int, int] = (80, 24), **kw: Any) -> Explorer:
    explorer = Explorer(sources, **kw)

    async def run() -> None:
        async with explorer.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(pilot, explorer)

    asyncio.run(run())
    return explorer


async def type_text(pilot: Any, text: str) -> None:
    await pilot.press(*("space" if ch == " " else ch for ch in text))
    await pilot.pause()


def shown(explorer: Explorer) -> list[str]:
    return [str(rec.get("name") or rec.get("label") or rec.get("text")) for _, rec in
            explorer.rows]


def test_search_as_you_type_and_back_to_the_list() -> None:
    async def steps(pilot: Any, ex: Explorer) -> None:
        assert len(ex.rows) == 11
        await pilot.press("slash")
        await type_text(pilot, "zelensky")
        assert shown(ex) == ["On 21 August 2020, Mustafayev was awarded by Ukrainian president "
                             "Volodymyr Zelensky with the Order of Merit."]
        assert "1 of 11" in screen_text(ex)
        await pilot.press("enter")
        assert ex.focused is not None and ex.focused.id == "list"
        await pilot.press("slash", "ctrl+a", "backspace")   # clear: ctrl+a selects in Input
        await pilot.pause()
    drive(bundled(), steps)


def test_search_ignores_accents_and_case() -> None:
    art = parse_article("= Zoë Ćosić =\n\nIn 2003 Ćosić founded a clinic in Mostar.\n"
                        "In 2007 the clinic moved to Sarajevo.\n")

    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("slash")
        await type_text(pilot, "COSIC")
        assert shown(ex) == ["In 2003 Ćosić founded a clinic in Mostar."]
    drive(load([art], as_of=AS_OF), steps)


def test_category_filter_year_jump_and_modes() -> None:
    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("c")
        await pilot.pause()
        choices = [str(o.prompt) for o in ex.screen.query_one("#choices").options]
        assert choices[0] == "all categories" and "sentence (1)" in choices
        for _ in range(choices.index("sentence (1)")):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert [r["category"] for _, r in ex.rows] == ["sentence"]
        await pilot.press("c", "enter")           # all categories again
        await pilot.pause()
        assert len(ex.rows) == 11
        await pilot.press("y")
        await type_text(pilot, "2020")
        await pilot.press("enter")
        await pilot.pause()
        row = ex.current()
        assert row is not None and year_of(row[1]) == 2020
        assert row[1]["text"].startswith("In March 2020")
        await pilot.press("y")
        await type_text(pilot, "3000")             # past the end: the last row
        await pilot.press("enter")
        await pilot.pause()
        assert ex.current() == ex.rows[-1]
        await pilot.press("a")
        await pilot.pause()
        assert shown(ex) == ["Order of Merit", "Alfred Moses Liberty Award"]
        await pilot.press("f")
        await pilot.pause()
        assert shown(ex)[:2] == ["Name", "Born"]
        await pilot.press("f")
        await pilot.pause()
        assert len(ex.rows) == 11
    drive(bundled(), steps)


def test_export_writes_the_filtered_view_and_never_overwrites(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target, page = Path("v.json"), Path("v.htm")

    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("slash")
        await type_text(pilot, "Mustafayev court")
        await pilot.press("enter", "e")
        await type_text(pilot, str(target))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")
        await type_text(pilot, f"{page} html")
        await pilot.press("enter")
        await pilot.pause()
        target.write_text("[]")
        await pilot.press("e")                     # the same name again: refused
        await type_text(pilot, str(target))
        await pilot.press("enter")
        await pilot.pause()
    drive(bundled(), steps)
    assert target.read_text() == "[]"
    assert '<li class="ev cat-sentence"' in page.read_text(encoding="utf-8")
    assert page.read_text(encoding="utf-8").count('<li class="ev') == 1


def test_export_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = Path("a.json")

    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("a", "e")
        await type_text(pilot, str(target))
        await pilot.press("enter")
        await pilot.pause()
    drive(bundled(), steps)
    assert [r["name"] for r in json.loads(target.read_text())] == [
        "Order of Merit", "Alfred Moses Liberty Award"]


def test_open_the_source_url() -> None:
    opened: list[str] = []
    art = parse_article("= Ada Roe =\n\nIn 2001 Roe moved to Lviv.\n")
    with_url = load([art], ["https://example.org/wiki/Ada_Roe"], as_of=AS_OF)
    without = load([art], ["notes/ada.txt"], as_of=AS_OF)

    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("o")
        await pilot.pause()
    drive(with_url, steps, opener=opened.append)
    drive(without, steps, opener=opened.append)
    assert opened == ["https://example.org/wiki/Ada_Roe"]


def test_detail_shows_citations_and_the_explained_numbers(tmp_path: Path) -> None:
    wiki = tmp_path / "roe.wiki"
    wiki.write_text("Ada Roe is a reporter.\n\n== Life ==\nIn 2001 Roe moved to Lviv."
                    "<ref>{{cite web |title=Roe moves |url=https://news.example.org/roe "
                    "|publisher=Daily Example}}</ref> In 2003 she paid 500 hryvnias for "
                    "a press card.\n", encoding="utf-8")
    from crimea_cli.article import read_article

    async def steps(pilot: Any, ex: Explorer) -> None:
        text = screen_text(ex)
        assert "Roe moves · Daily Example" in text
        await pilot.press("down")
        await pilot.pause()
        text = screen_text(ex)
        assert "Citations: none given" in text and "Not read as dates:" in text
        assert "500 hryvnias — " in text
    drive(load([read_article(wiki)], [str(wiki)], as_of=AS_OF), steps, size=(120, 30))


def test_a_long_statement_shows_its_excerpt() -> None:
    words = " ".join(f"word{i}" for i in range(400))
    art = parse_article(f"= Long =\n\nThe board met in Kyiv {words} and on 3 May 2019 it "
                        f"voted {words} again.\n")

    async def steps(pilot: Any, ex: Explorer) -> None:
        text = screen_text(ex)
        assert re.search(r"│ … word\d+ ", text), text     # the excerpt says it is one
        assert "3 May 2019 it voted" in text.replace("\n", " ")
    drive(load([art], as_of=AS_OF), steps, size=(120, 40))


def test_several_articles_merge_and_switch() -> None:
    arts = [parse_article("= Anna Ivko =\n\nIn 2001 Ivko moved to Lviv.\n"),
            parse_article("= Borys Tan =\n\nIn 1999 Tan opened a school.\n")]

    async def steps(pilot: Any, ex: Explorer) -> None:
        assert [r["article"] for _, r in ex.rows] == ["Borys Tan", "Anna Ivko"]
        await pilot.press("l", "down", "enter")    # the first article alone
        await pilot.pause()
        assert [r["article"] for _, r in ex.rows] == ["Anna Ivko"]
    drive(load(arts, as_of=AS_OF), steps)


def test_article_text_is_never_markup() -> None:
    art = parse_article("= [bold red]Boss[/] =\n\nIn 2004 she wrote [link=https://x.test]here[/link]"
                        " and [reverse]:smile:[/] in \x1b[31mred.\n")

    async def steps(pilot: Any, ex: Explorer) -> None:
        text = screen_text(ex)
        assert "[bold red]Boss[/]" in text
        assert "[link=https://x.test]here[/link]" in text
        assert "␛[31m" in text and "\x1b" not in text
        await pilot.press("slash")
        await type_text(pilot, "[/")
        assert len(ex.rows) == 1
    drive(load([art], as_of=AS_OF), steps, size=(120, 24))


def test_the_screen_at_80x24_and_60x20() -> None:
    texts: dict[str, str] = {}

    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("down", "down", "down", "down", "down", "down", "down", "down")
        await pilot.pause()
        texts[f"{ex.size.width}x{ex.size.height}"] = screen_text(ex)
    drive(bundled(), steps)
    drive(bundled(), steps, size=(60, 20))
    for name, text in texts.items():
        golden = GOLDEN / f"explore-{name}.txt"
        if os.environ.get("UPDATE_GOLDEN"):
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), name
    small = texts["60x20"].splitlines()
    assert len(small) == 20 and max(len(line) for line in small) <= 60
    assert "q Quit" in small[-1]


def test_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def steps(pilot: Any, ex: Explorer) -> None:
        assert ex.no_color
        svg = ex.export_screenshot()
        colours = {c.lower() for c in re.findall(r"fill: (#[0-9a-fA-F]{6})", svg)}
        channels = [[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in colours]
        # greys only (the export's own default text, #c5c8c6, is within 3 of one)
        assert all(max(ch) - min(ch) <= 3 for ch in channels), colours
    drive(bundled(), steps)


def test_quit() -> None:
    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.press("q")
        await pilot.pause()
        assert ex._exit
    drive(bundled(), steps)


def test_cli_without_textual_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "textual" else real(name, *a))
    result = CliRunner().invoke(app, ["explore"])
    assert result.exit_code == 2
    assert result.stderr == ("crimea-cli: error: explore needs Textual: "
                             "pip install 'crimea-cli[explore]'\n")


def test_cli_refuses_stdin_and_missing_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["explore", "-a", "-"], input="= T =\n")
    assert result.exit_code == 2 and "give a file, not -" in result.stderr
    result = CliRunner().invoke(app, ["explore", "-a", str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and result.stderr.startswith("crimea-cli: error: ")


def test_cli_without_a_terminal_says_so_and_does_not_wait() -> None:
    # stdin not a terminal (a pipe, /dev/null): one line and exit 2, not a hang
    result = CliRunner().invoke(app, ["explore"], input="")
    assert result.exit_code == 2
    assert result.stderr == ("crimea-cli: error: explore needs a terminal for its keys and "
                             "its screen; in a pipe use timeline, search or case with -f json\n")
    proc = subprocess.run([sys.executable, "-m", "crimea_cli", "explore"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "needs a terminal" in proc.stderr and not proc.stdout


def test_cli_takes_the_global_options_before_the_command(tmp_path: Path) -> None:
    # -a before the command names the article explore reads, as for every command
    result = CliRunner().invoke(app, ["-a", "-", "explore"], input="= T =\n")
    assert result.exit_code == 2 and "give a file, not -" in result.stderr
    result = CliRunner().invoke(app, ["-a", str(tmp_path / "none.txt"), "explore"])
    assert result.exit_code == 2 and "none.txt" in result.stderr


def test_other_commands_do_not_import_textual() -> None:
    code = ("import sys; import crimea_cli.cli; "
            "from crimea_cli.render import renderer; renderer('html'); "
            "print(any(m.startswith('textual') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_the_mouse_picks_a_row() -> None:
    async def steps(pilot: Any, ex: Explorer) -> None:
        await pilot.click("#list", offset=(5, 4))
        await pilot.pause()
        row = ex.current()
        assert row is not None and row[1]["text"].startswith("On 21 May 2018")
        assert "│ 21 May 2018  detention" in screen_text(ex)      # the detail pane
    drive(bundled(), steps)


def test_the_explorer_reads_its_articles_in_the_language() -> None:
    import dataclasses

    from crimea_cli.lang import en

    E = en.LANGUAGE
    test = dataclasses.replace(E, code="xe", name="Test explorer",
                               months={**E.months, "травня": 5},
                               detained_words=(*E.detained_words, "interned"))
    article = parse_article("= Dana Ilyina =\n\nDana Ilyina (born 5 May 1970) is a poet.\n\n"
                            "On 5 травня 2014 she was interned in Simferopol.\n", language=test)
    theirs, = load([article], as_of=AS_OF, language=test)
    ours, = load([article], as_of=AS_OF)
    assert "2014-05-05" in [e["date"] for e in theirs.events]
    assert "2014-05-05" not in [e["date"] for e in ours.events]
    assert "detained" in [c["field"] for c in theirs.case]
    assert "detained" not in [c["field"] for c in ours.case]
    with pytest.raises(TypeError, match="load\\(language\\) must be Language, not str"):
        load([article], language="en")  # type: ignore[arg-type]
