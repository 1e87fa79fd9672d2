"""The timeline's own layout: widths in terminal cells, wrapping between words,
and a view that fits the width, in colour or not."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crimea_cli.render import Terminal, renderer
from crimea_cli.render.layout import (
    NARROW,
    _wrap_cells,
    cell_len,
    char_width,
    fit,
    longest_word,
    styled_cell,
    wrap_spans,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def wrap(text: str, width: int) -> list[str]:
    return [text[a:b] for a, b in wrap_spans(text, width)]


@pytest.mark.parametrize(("text", "cells"), [
    ("", 0),
    ("Mustafayev", 10),
    ("Мустафаєв", 9),           # Cyrillic: one cell each
    ("東京", 4),                 # wide
    ("e\u0301", 1),              # combining acute
    ("a\u200bb", 2),             # zero-width space
    ("🙂", 2),
])
def test_cell_len(text: str, cells: int) -> None:
    assert cell_len(text) == cells


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("short", 10, ["short"]),
    ("one two three", 7, ["one two", "three"]),
    ("one two three", 3, ["one", "two", "thr", "ee"]),
    ("abcdefgh ij", 3, ["abc", "def", "gh", "ij"]),
    ("a  b  c", 4, ["a  b", "c"]),              # spaces inside a line are kept
    ("東京東京 x", 4, ["東京", "東京", "x"]),
    ("   ", 2, [""]),
])
def test_wrap(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=1, max_value=60))
def test_wrap_keeps_every_word_and_fits(text: str, width: int) -> None:
    text = "".join(ch for ch in text if ch.isprintable())
    lines = wrap(text, width)
    # a line fits, or is one character wider than the whole column
    assert lines and all(cell_len(line) <= width or len(line) == 1 for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ae \u00a0\t-x", max_size=120), st.integers(min_value=1, max_value=30))
def test_the_fast_path_breaks_where_the_general_one_does(text: str, width: int) -> None:
    # text of one cell per character takes a faster path (a pattern)
    assert wrap_spans(text, width) == _wrap_cells(text, list(range(len(text) + 1)), width)


RECORD = {"date": "2018-05-21", "precision": "day", "kind": "inferred",
          "start": "2018-05-21", "end": "2018-05-21", "category": "detention",
          "section": "Life", "text": "Officers [bold]searched[/] the house 東京 " * 6,
          "article": "A"}


@pytest.mark.parametrize("width", [40, 60, 100])
@pytest.mark.parametrize("color", [False, True])
def test_timeline_fits_the_width_and_shows_text_as_written(width: int, color: bool) -> None:
    out = io.StringIO()
    renderer("rich").render("events", [RECORD, {**RECORD, "kind": "explicit"}], out,
                            Terminal(color=color, width=width, is_tty=color))
    shown = out.getvalue()
    assert ("\x1b[" in shown) is color
    plain = ANSI.sub("", shown)
    assert all(cell_len(line) <= width for line in plain.splitlines())
    assert "[bold]searched[/]" in plain and "(inferred)" in plain
    assert plain.splitlines()[0] == "2018"


@pytest.mark.parametrize(("natural", "minimum", "ratios", "available", "widths"), [
    ([5, 10], [5, 3], [1, 1], 20, [5, 10]),            # all fit: natural widths
    ([14, 26, 38, 100], [14, 7, 9, 10], [1, 2, 1, 3], 54, [14, 12, 9, 19]),
    ([10, 100], [10, 5], [1, 3], 40, [10, 30]),         # the narrow column keeps its width
    ([30, 30], [25, 25], [1, 1], 20, [25, 25]),         # minimums win over the width
])
def test_fit(natural: list[int], minimum: list[int], ratios: list[int], available: int,
             widths: list[int]) -> None:
    assert fit(natural, minimum, ratios, available) == widths


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 300), st.integers(1, 30), st.integers(1, 3)),
                min_size=1, max_size=6), st.integers(10, 200))
def test_fit_stays_within_the_width_when_the_minimums_do(
        cols: list[tuple[int, int, int]], available: int) -> None:
    natural, minimum, ratios = (list(c) for c in zip(*cols, strict=True))
    widths = fit(natural, minimum, ratios, available)
    assert all(min(m, n) <= w <= n for w, m, n in zip(widths, minimum, natural, strict=True))
    if sum(min(m, n) for m, n in zip(minimum, natural, strict=True)) <= available:
        assert sum(widths) <= available


def test_styled_cell_marks_matches_across_lines() -> None:
    cell = styled_cell("one Zelensky two", 9, marks=[(4, 12)], mark_style="R")
    assert cell == [[("one", "")], [("Zelensky", "R")], [("two", "")]]
    cell = styled_cell("a Zelenskyy b", 40, "dim", marks=[(2, 10)], mark_style="R")
    assert cell == [[("a ", "dim"), ("Zelensky", "R"), ("y b", "dim")]]


def test_table_highlights_search_hits_in_colour() -> None:
    out = io.StringIO()
    rec = {"date": None, "section": "Life", "text": "Met Zelensky in Kyiv.", "article": "A",
           "matches": [[4, 12]]}
    renderer("table").render("hits", [rec], out, Terminal(color=True, width=60, is_tty=True))
    assert "\x1b[1;7mZelensky\x1b[0m" in out.getvalue()



@pytest.mark.parametrize("control", ["\x9b", "\u202e", "\x1b", "\ud800"])
def test_table_highlights_the_match_behind_an_escaped_control(control: str) -> None:
    # a C1 or bidi control is shown as a several-character escape: the
    # highlight must move with the text after it
    out = io.StringIO()
    text = f"Met {control}the Zelensky in Kyiv."
    start = text.index("Zelensky")
    rec = {"date": None, "section": "Life", "text": text, "article": "A",
           "matches": [[start, start + 8]]}
    renderer("table").render("hits", [rec], out, Terminal(color=True, width=80, is_tty=True))
    assert "\x1b[1;7mZelensky\x1b[0m" in out.getvalue()


# --- the cost of measuring text -----------------------------------------------

@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_cell_len_is_the_sum_of_the_characters_widths(text: str) -> None:
    assert cell_len(text) == sum(map(char_width, text))
    assert longest_word(text) == max(map(cell_len, text.split()), default=None)


def test_the_narrow_ranges_hold_only_characters_of_one_cell() -> None:
    # NARROW is a speed-up: a character in it is not looked up one by one
    narrow = re.compile(f"[{NARROW}]")
    for code in range(0x3000):
        if narrow.match(chr(code)):
            assert char_width(chr(code)) == 1, hex(code)


def test_a_long_text_with_one_dash_is_measured_without_a_lookup_per_character() -> None:
    # a record cut from a long statement ends in "… [part of a statement of …]":
    # one character out of ASCII made every character of it a width lookup,
    # and the wrap take the general (slow) path
    text = "On 1, 2, 3 and 4 May 1900 he spoke " * 20 + "… [part of a statement]"
    before = char_width.cache_info()
    assert cell_len(text) == len(text)
    wrap_spans(text, 40)
    styled_cell(text, 40)
    longest_word(text)
    after = char_width.cache_info()
    assert (after.hits + after.misses) - (before.hits + before.misses) < 10
