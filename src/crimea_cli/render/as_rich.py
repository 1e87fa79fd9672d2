"""``--format rich``: the timeline view, grouped by year; tables for the rest.

Each event shows its date for people at its own precision, its category as a
coloured label, the statement wrapped to the width and its section dimmed;
inferred and relative dates say so. The view is laid out here, in terminal
cells (:mod:`.layout`); without colour it is written as plain text, and with
colour Rich styles each piece, as a ``Text``, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby, zip_longest
from typing import Any, TextIO

from . import Terminal, clip, visible
from .humanize import human_date
from .layout import cell_len, wrap
from .style import CATEGORY_STYLES, console

Line = list[tuple[str, str]]
"""One line of output: (text, Rich style) pieces."""

_MIN_STATEMENT = 16
"""The statement column is never narrower than this, however narrow the terminal."""


def group_label(rec: dict[str, Any]) -> str:
    """The heading an event is listed under: its year, or its decade/century."""
    if rec.get("precision") in ("decade", "century") and "/" not in str(rec["date"]):
        return human_date(str(rec["date"]))
    return str(int(str(rec["start"])[:4]))


def _date_lines(rec: dict[str, Any]) -> list[tuple[str, str]]:
    lines = [(human_date(str(rec["date"])), "")]
    if rec.get("kind") in ("inferred", "relative"):
        lines.append((f"({rec['kind']})", "italic dim"))
    return lines


def timeline_lines(rows: list[dict[str, Any]], width: int) -> Iterator[Line]:
    """The timeline view of event records, line by line, at ``width`` cells."""
    several = len({r.get("article") for r in rows}) > 1
    # one width for all groups, so that statements line up down the page
    longest = max((cell_len(text) for r in rows for text, _ in _date_lines(r)), default=10)
    date_width = min(22, max(12, width * 2 // 7), longest)
    category_width = max((cell_len(str(r.get("category", ""))) for r in rows), default=5)
    text_width = max(_MIN_STATEMENT, width - date_width - category_width - 2)
    for heading, group in groupby(rows, key=group_label):
        yield [(heading, "bold underline")]
        for rec in group:
            category = str(rec.get("category", ""))
            where = str(rec.get("section", ""))
            if several:
                where = f"{rec.get('article', '')} · {where}"
            dates = [(part, style) for text, style in _date_lines(rec)
                     for part in wrap(text, date_width)]
            body = [(part, "") for part in wrap(visible(clip(str(rec.get("text", "")))),
                                                text_width)]
            body += [(part, "dim") for part in wrap(visible(where), text_width)]
            labels = [(category, CATEGORY_STYLES.get(category, ""))]
            for date, label, text in zip_longest(dates, labels, body, fillvalue=("", "")):
                yield [date, (" " * (date_width + 1 - cell_len(date[0])), ""), label,
                       (" " * (category_width + 1 - cell_len(label[0])), ""), text]


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Events as a timeline; other kinds as a table."""
    if kind != "events":
        from . import as_table

        as_table.render(kind, records, out, term)
        return
    lines = timeline_lines(list(records), term.width)
    if not term.color:
        out.writelines("".join(text for text, _ in line).rstrip() + "\n" for line in lines)
        return
    from rich.text import Span, Text

    # one Text for the whole view, built from its plain text and style spans
    plain: list[str] = []
    spans: list[Span] = []
    at = 0
    for line in lines:
        for text, style in line:
            if style:
                spans.append(Span(at, at + len(text), style))
            plain.append(text)
            at += len(text)
        plain.append("\n")
        at += 1
    view = Text("".join(plain), spans=spans)
    console(out, term).print(view, soft_wrap=True, end="")
