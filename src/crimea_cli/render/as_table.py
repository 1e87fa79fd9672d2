"""``--format table``: a table sized to the terminal, laid out in terminal
cells (:mod:`.layout`); styled by Rich when there is colour. Search hits are
highlighted in their statements. The statements of one article with the same
date and category are one row, its section cell saying how many they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TextIO, cast

from . import Terminal, visible, visible_marks
from .columns import cell, columns
from .layout import (
    Cell,
    Line,
    Piece,
    Rows,
    TextCell,
    TextRow,
    TextRows,
    cell_len,
    fit,
    grid,
    lines_of,
    longest_word,
    one_cell_each,
    styled_cell,
    text_cell,
    write,
)
from .style import CATEGORY_STYLES

if TYPE_CHECKING:
    from ..lang import Language

GAP = 2
"""Spaces between columns."""
RATIOS = {"text": 3, "name": 2, "value": 2}
"""Columns that take a larger share of a narrow terminal (the others: 1)."""
WHOLE = ("date", "category")
"""Columns kept whole (up to WHOLE_LIMIT cells) rather than wrapped."""
WHOLE_LIMIT = 22
LONGEST_WORD = 20
"""Other columns are never narrower than their longest word, up to this."""


STACK_WIDTH = 64
"""At this width or less the table is stacked: per record, its short columns
on one line and its long ones (the statement, a fact's value) below at the
full width, instead of squeezing them into narrow columns."""
LONG = ("text", "value")
"""The columns a stacked table gives their own lines."""


def stacked_lines(kind: str, rows: list[dict[str, Any]], width: int,
                  several: bool = False, language: Language | None = None) -> Iterator[Line]:
    """The table for a narrow terminal: one block per record."""
    cols = columns(kind, rows, several, language)
    inner = max(10, width - 2)
    for rec in rows:
        head: Line = []
        for _, key in cols:
            text = visible(cell(rec, key, language))
            if key in LONG or not text:
                continue
            if head:
                head.append(("  ", ""))
            style = (CATEGORY_STYLES.get(text, "") if key == "category" else
                     "dim" if key in ("section", "source") else "bold" if key == "label" else "")
            head.append((text, style))
        if sum(cell_len(t) for t, _ in head) <= width:
            yield head
        else:
            yield from styled_cell("".join(t for t, _ in head), width)
        for _, key in cols:
            if key not in LONG:
                continue
            text = visible(cell(rec, key, language))
            marks = (visible_marks(cell(rec, key), rec["matches"])
                     if key == "text" and rec.get("matches") else [])
            for line in styled_cell(text, inner, marks=marks, mark_style="bold reverse"):
                yield [("  ", ""), *line]


@lru_cache(maxsize=LONGEST_WORD + 1)
def _run_of(n: int) -> re.Pattern[str]:
    return re.compile(rf"\S{{{n}}}")


def _least(texts: Iterable[str]) -> int:
    """A column's least width: its longest word, up to LONGEST_WORD (1 when
    it has no word). A cell is split into words only when it holds a word
    longer than those seen so far (a search), so that a column of long
    statements is not split whole."""
    least: int | None = None
    for text in texts:
        if one_cell_each(text):
            longer = 1 if least is None else least + 1
            if longer > LONGEST_WORD or not _run_of(longer).search(text):
                continue
        w = longest_word(text)
        if w is not None:
            least = min(LONGEST_WORD, w) if least is None else max(least, min(LONGEST_WORD, w))
    return 1 if least is None else least


def table_lines(kind: str, rows: list[dict[str, Any]], width: int,
                several: bool = False, language: Language | None = None) -> Iterator[Line]:
    """A header, a rule, and each record as a row of wrapped cells (stacked
    at ``STACK_WIDTH`` or less), in the words of ``language`` (English by
    default)."""
    return lines_of(table_parts(kind, rows, width, several, language))


def table_parts(kind: str, rows: list[dict[str, Any]], width: int,
                several: bool = False, language: Language | None = None
                ) -> Iterator[Line | Rows | TextRows]:
    """:func:`table_lines`, the records' rows as :class:`.layout.TextRows`
    (or :class:`.layout.Rows`, for a row of another shape), which
    :func:`.layout.write` writes quicker than line by line."""
    if width <= STACK_WIDTH:
        yield from stacked_lines(kind, rows, width, several, language)
        return
    cols = columns(kind, rows, several, language)
    texts = [[visible(cell(rec, key, language)) for _, key in cols] for rec in rows]
    # whether each statement is of one-cell characters: its width, and how it is wrapped
    at = next((i for i, (_, key) in enumerate(cols) if key == "text"), None)
    narrow: list[bool | None] = [one_cell_each(row[at]) for row in texts] if at is not None else []
    natural = [max([cell_len(header), *(cell_len(row[i]) for row in texts)]) if i != at else
               max([cell_len(header), *(len(row[i]) if one else cell_len(row[i])
                                        for row, one in zip(texts, narrow, strict=True))])
               for i, (header, _) in enumerate(cols)]
    ratios = [RATIOS.get(key, 1) for _, key in cols]
    available = max(len(cols), width - GAP * (len(cols) - 1))

    def widths_with(least: Callable[[int], int]) -> list[int]:
        return fit(natural, [min(WHOLE_LIMIT, n) if key in WHOLE else least(i)
                             for i, ((_, key), n) in enumerate(zip(cols, natural, strict=True))],
                   ratios, available)

    # A column's least width (its longest word, up to LONGEST_WORD) costs a
    # look at every word of it; it is looked for only when it can matter:
    # fit's widths grow with the least widths, so when the least and the most
    # they can be give the same widths, so does any between. The columns of
    # the least text are looked at first (a section, before the statements).
    known: dict[int, int] = {}
    unknown = sorted((i for i, (_, key) in enumerate(cols) if key not in WHOLE),
                     key=lambda i: sum(len(row[i]) for row in texts))
    widths = widths_with(lambda i: known.get(i, 0))
    while unknown and widths != widths_with(lambda i: known.get(i, LONGEST_WORD)):
        i = unknown.pop(0)
        known[i] = _least(row[i] for row in texts)
        widths = widths_with(lambda i: known.get(i, 0))

    def row_cells(rec: dict[str, Any], row: list[str], one: bool | None
                  ) -> list[Cell | TextCell]:
        out: list[Cell | TextCell] = []
        for (_, key), text, w in zip(cols, row, widths, strict=True):
            if key == "category":
                out.append(styled_cell(text, w, CATEGORY_STYLES.get(text, "")))
            elif key == "text":
                marks = visible_marks(cell(rec, key), rec["matches"]) if rec.get("matches") else []
                out.append(text_cell(text, w, marks, "bold reverse", one))
            elif key in LONG:
                out.append(text_cell(text, w))
            else:
                out.append(styled_cell(text, w, "dim" if key == "section" else ""))
        return out

    yield from grid([[styled_cell(h, w, "bold") for (h, _), w in zip(cols, widths, strict=True)]],
                    widths, GAP)
    yield [("─" * (sum(widths) + GAP * (len(cols) - 1)), "")]
    def text_row(rec: dict[str, Any], row: list[str], one: bool | None) -> TextRow | None:
        """The row as a :data:`.layout.TextRow` (quicker to write) when its
        statement is of one-cell characters with one mark at most and its
        other cells are one line each; else None (and the row is its cells)."""
        if at is None or not one:
            return None
        marks = visible_marks(cell(rec, "text"), rec["matches"]) if rec.get("matches") else []
        if len(marks) > 1:
            return None
        pieces: list[Piece] = []
        for (_, key), text, w in zip(cols, row, widths, strict=True):
            if key == "text":
                continue
            if (len(text) if text.isascii() else cell_len(text)) > w:
                return None
            pieces.append((text, CATEGORY_STYLES.get(text, "") if key == "category" else
                           "dim" if key == "section" else ""))
        return pieces, row[at], marks, []

    quick: list[TextRow] = []
    for rec, row, one in zip(rows, texts, narrow or [None] * len(rows), strict=True):
        fast = text_row(rec, row, one)
        if fast is not None:
            quick.append(fast)
            continue
        if quick:
            yield TextRows(quick, widths, cast(int, at), "bold reverse", GAP)
            quick = []
        yield Rows([row_cells(rec, row, one)], widths, GAP)
    if quick:
        yield TextRows(quick, widths, cast(int, at), "bold reverse", GAP)


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write ``records`` as a table sized to the terminal; the events of one
    article with the same date and category as one row, as the timeline
    lists them (:func:`.as_rich.merged`)."""
    rows = list(records)
    if kind == "events":
        from .as_rich import merged

        rows = merged(rows, term.language)
    write(table_parts(kind, rows, term.width, term.several, term.language), out, term)
