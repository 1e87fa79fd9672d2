"""Time, output and memory grow linearly with the article, on hostile shapes.

Each shape (``bench/shapes.py``) is a long statement that repeats what a rule
reads on from: lists of numbers, runs of days, initials, many dates, award
and sentence-length phrases, deep parentheses. At sizes n, 4n and 16n, each
4x step may cost at most ``STEP`` times as much (linear is 4x, quadratic
16x). Costs are the process's CPU time, not the wall clock (on a loaded
machine a longer run is more often put aside for other processes), the best
of a few runs taken in turns (n, 4n, 16n, n, ...), with a small absolute
slack for the timer's noise at the smallest size.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import sys
import time
import tracemalloc
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli import extract_awards, extract_events, parse_article
from crimea_cli.cli import app
from crimea_cli.facts import compute_facts
from crimea_cli.query import match_statement
from crimea_cli.records import CUT_TEXT, MAX_TEXT, award_record, event_record, excerpt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import shapes

STEP = 6.0
"""The most one 4x step in size may multiply the cost by."""
SIZES = (1500, 6000, 24000)


def _best_times(work: Callable[[str], object], texts: list[str], rounds: int = 3) -> list[float]:
    best = [float("inf")] * len(texts)
    collecting = gc.isenabled()
    gc.disable()   # a collection that falls in one run is not the input's cost
    try:
        for _ in range(rounds):
            for i, text in enumerate(texts):
                t0 = time.process_time()
                work(text)
                best[i] = min(best[i], time.process_time() - t0)
    finally:
        if collecting:
            gc.enable()
    return best


def _assert_linear(values: list[float], slack: float, what: str) -> None:
    for small, large in pairwise(values):
        assert large <= STEP * small + slack, (what, values)


def _everything(text: str) -> None:
    """What the commands do with an article, short of rendering."""
    article = parse_article(text)
    events = extract_events(article)
    found = extract_awards(article, events)
    compute_facts(article, events, dt.date(2026, 1, 1))
    for st in article.statements:
        match_statement(st.text, ["Person", "2019"], fuzzy=False)
    for ev in events:
        event_record(ev)
    for aw in found:
        award_record(aw)


@pytest.mark.parametrize("name", [*shapes.SHAPES, "mixed"])
def test_time_grows_linearly(name: str) -> None:
    make = shapes.mixed if name == "mixed" else shapes.SHAPES[name]
    texts = [make(n) for n in SIZES]
    _assert_linear(_best_times(_everything, texts), 0.004, name)


# the phrases today's rules read around: each repeated in one long statement
# of an award section, where every rule reads on from it
TODAYS_PHRASES = {
    "within": "within a week ",
    "within refused": "not to leave within a week ",
    "backstory": "after his arrest in custody, ",
    "short year end": "its 2019–20 results ",
    "quarter": "in Q3 2009 ",
    "reign": "Bořek (r. 870–894) ",
    "award section name": "he received the Golden Pen of Freedom and ",
    "relation": "His lawyer, Ivan, was arrested and ",
}


# the shapes the fast paths of the engine read (a statement's one atom, one
# explicit date, chains cut at commas, months alone behind their first
# letters, the full-stop boundary scan), each repeated in one plain section
FAST_PATH_PHRASES = {
    "one explicit date per statement": "On 4 May 1950 the office was searched. ",
    "one year per statement": "It was rebuilt in 1911. ",
    "dates cut at commas": "3 May 1990, ",
    "month heads not months": "Mayor Junebug Decembrist Marchers, ",
    "months alone": "in May, June and July, ",
    "initials and stops": "A. B. C. ",
    "other stops": "Was it 1990? It was! Then… ",
    "aside after a step": "Three days later, since 1990, he ",
}


# (section heading, phrases): each phrase repeated to n, 4n and 16n characters
PHRASES = {"== Awards ==\n": TODAYS_PHRASES, "": FAST_PATH_PHRASES}


@pytest.mark.parametrize(("heading", "name"), [(h, n) for h, table in PHRASES.items()
                                               for n in sorted(table)])
def test_time_grows_linearly_on_the_phrases_the_rules_read(heading: str, name: str) -> None:
    unit = PHRASES[heading][name]
    texts = [f"= T =\n\n{heading}On 4 July 1943 it began. " + unit * (n // len(unit)) + ".\n"
             for n in SIZES]
    _assert_linear(_best_times(_everything, texts), 0.004, name)


def test_a_list_of_numbers_is_read_in_linear_time() -> None:
    """The day-run rule: 'On 1, 1, 1, … the end.' scanned the rest of the
    list from every number (24 KB took 12 s)."""
    texts = [shapes.ones(n) for n in (4000, 16000, 64000)]
    times = _best_times(lambda t: extract_events(parse_article(t)), texts, rounds=5)
    _assert_linear(times, 0.004, "ones")


# --- output, for every command and format -------------------------------------

FORMATS = ("rich", "table", "oneline", "json", "jsonl", "csv", "markdown", "timelinejs",
           "ics", "html")
COMMANDS: dict[str, tuple[list[str], tuple[str, ...]]] = {
    "timeline": ([], FORMATS),
    "timeline --explain": (["--explain"], tuple(f for f in FORMATS
                                                if f not in ("timelinejs", "ics"))),
    "awards": ([], FORMATS),
    "search": (["Star"], tuple(f for f in FORMATS if f not in ("timelinejs", "ics"))),
    "facts": (["--as-of", "2026-01-01"], tuple(f for f in FORMATS
                                               if f not in ("timelinejs", "ics"))),
    "stats": ([], tuple(f for f in FORMATS if f not in ("timelinejs", "ics"))),
    "case": (["--as-of", "2026-01-01"], tuple(f for f in FORMATS
                                              if f not in ("timelinejs", "ics"))),
}
CASES = [(cmd, fmt) for cmd, (_, fmts) in COMMANDS.items() for fmt in fmts]
OUTPUT_SIZES = (1000, 4000, 16000)
OUTPUT_PER_BYTE = 40
"""The most bytes of output per byte of a long-statement article (measured:
about 6 for JSON), beyond a fixed part (the HTML page's style and script)."""


@pytest.fixture(scope="module")
def long_articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("long")
    paths = []
    for n in OUTPUT_SIZES:
        path = folder / f"long-{n}.txt"
        path.write_text(shapes.long_statement(n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(("command", "fmt"), CASES)
def test_output_grows_linearly(command: str, fmt: str, long_articles: list[Path],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """One statement with a date every 400 characters: a record that copied
    the whole statement would make the output grow 16x per 4x."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    name, *_ = command.split()
    extra = COMMANDS[command][0]
    sizes: list[float] = []
    runner = CliRunner()
    for path in long_articles:
        args = [name, *extra, "-a", str(path), "-f", fmt]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.stderr[-300:])
        sizes.append(len(result.stdout.encode()))
    _assert_linear(sizes, 4096, f"{command} -f {fmt}")
    inputs = [p.stat().st_size for p in long_articles]
    assert sizes[-1] <= OUTPUT_PER_BYTE * inputs[-1] + 65536, (command, fmt, sizes)


def test_json_output_and_memory_of_one_statement_of_relative_dates() -> None:
    """'x. Two days later y. …' is one statement (a letter and a full stop
    read as an initial): 90 KB gave 902 MB of JSON and took 1.8 GB."""
    runner = CliRunner()
    out: list[float] = []
    peaks: list[float] = []
    for n in (1500, 6000, 24000):
        text = shapes.initials(n)
        tracemalloc.start()
        result = runner.invoke(app, ["timeline", "-a", "-", "-f", "json"], input=text)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert result.exit_code == 0, result.stderr
        out.append(len(result.stdout))
    _assert_linear(out, 4096, "json output")
    _assert_linear(peaks, 1 << 20, "peak memory")


# --- what a record carries of a long statement ----------------------------------


def test_a_statement_up_to_max_text_is_carried_whole() -> None:
    text = ("On 5 May 1986 he was born." * 40)[:MAX_TEXT]
    assert excerpt(text, (3, 13)) == (text, 0)
    assert excerpt(text + " and", (3, 13))[0] != text + " and"


@pytest.mark.parametrize("where", [0, 500, 5000, 9990])
def test_a_long_statement_is_carried_around_its_date(where: int) -> None:
    words = ("word " * 2000)[:10_000]
    text = words[:where] + "1986" + words[where:]
    part, start = excerpt(text, (where, where + 4))
    assert CUT_TEXT - 40 <= len(part) <= CUT_TEXT and text[start:start + len(part)] == part
    assert part[where - start:where - start + 4] == "1986"
    # cut at spaces, not inside a word
    assert start == 0 or text[start - 1] == " "
    assert start + len(part) == len(text) or text[start + len(part)] == " "


def test_records_of_a_long_statement_say_where_the_whole_is() -> None:
    body = "He " + " ".join(f"wrote in {1700 + i} and" for i in range(400)) + " rested."
    article = parse_article("= T =\n\n" + body + "\n")
    records = [event_record(e) for e in extract_events(article)]
    assert len(records) == 400
    for rec in records:
        assert rec["text_cut"] is True and len(rec["text"]) <= CUT_TEXT
        whole = article.text[rec["offset_start"]:rec["offset_end"]]
        assert whole == body
        assert whole[rec["text_start"]:rec["text_start"] + len(rec["text"])] == rec["text"]
        assert rec["text"][rec["span_start"]:rec["span_end"]] == rec["date"]
    out = io.StringIO()
    import json

    json.dump(records, out)
    assert len(out.getvalue()) < 400 * (CUT_TEXT + 600)
