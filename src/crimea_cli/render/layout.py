"""Columns of wrapped text, measured in terminal cells.

The timeline and the table lay themselves out with these few functions, so
that their plain form (a file, a pipe, ``NO_COLOR``) is written without
importing Rich, and so that thousands of rows take a fraction of a second;
Rich only adds the colour (:func:`write`). A wide character (CJK, most emoji)
takes two cells, a combining mark or format character none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import TextIO, cast

from .. import rx
from . import Terminal

Piece = tuple[str, str]
"""Some text and its Rich style ("" for none)."""
Line = list[Piece]
"""One line of output."""
Cell = list[Line]
"""The lines of one cell of a grid."""

_WORD = rx.compile(r"\S+")


@cache
def char_width(ch: str) -> int:
    """Cells the character takes on a terminal: 0, 1 or 2 (remembered)."""
    if ch < "\u0300":
        return 1
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


NARROW = ("\x00-\u02ff\u038e-\u03a1\u03a3-\u0482\u048a-\u052f\u0531-\u0556\u0559-\u058a"
          "\u10a0-\u10c5\u10d0-\u10ff\u1e00-\u1f15\u2010-\u2027\u202f-\u205f\u20a0-\u20c0"
          "\u2100-\u218b\u2190-\u2319\u2460-\u25fc")
"""Ranges of characters that each take one cell (Latin, Greek, Cyrillic,
Armenian, Georgian, punctuation such as "…" and "–", currency, arrows, ...):
:func:`cell_len` and :func:`wrap_spans` look up only the others, one by one.
A speed-up only: a test checks that :func:`char_width` gives 1 for each."""
_NOT_NARROW = rx.compile(f"[^{NARROW}]")
_ALL_NARROW = rx.compile(f"[{NARROW}]*")
"""Matched whole (``fullmatch``) by a text of one-cell characters: several
times quicker than a search for the first other character, which tries the
pattern at every position."""


def one_cell_each(text: str) -> bool:
    """Whether every character of ``text`` takes one cell (then its width is
    its length, and a line of ``width`` cells is ``width`` characters)."""
    return text.isascii() or _ALL_NARROW.fullmatch(text) is not None


def cell_len(text: str) -> int:
    """Cells ``text`` takes on a terminal."""
    if text.isascii() or _ALL_NARROW.fullmatch(text) is not None:
        return len(text)
    odd = _NOT_NARROW.findall(text)
    if not odd:
        return len(text)
    return len(text) - len(odd) + sum(map(char_width, odd))


def longest_word(text: str) -> int | None:
    """Cells of the widest word of ``text`` (None when it has none)."""
    words = text.split()
    if not words:
        return None
    if one_cell_each(text):
        return max(map(len, words))
    return max(map(cell_len, words))


def _fold(acc: list[int], start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A word too long for its column, cut into pieces of at most ``width``."""
    pieces: list[tuple[int, int]] = []
    for i in range(start + 1, end):
        if acc[i + 1] - acc[start] > width:
            pieces.append((start, i))
            start = i
    pieces.append((start, end))
    return pieces


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    """A line of one-cell characters: from a word's start, the most
    characters (up to ``width``) that end a word, else ``width`` of a longer
    word. (The same lines as ``\\S(?:.{0,width-2}\\S)?(?!\\S)|\\S{width}``,
    about twice as fast: the checks at each step back are two looks around.)"""
    return re.compile(rf"(?=\S)(?:.{{1,{width}}}(?!\S)(?<=\S)|.{{{width}}})", re.DOTALL)


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Where ``text`` breaks into lines of at most ``width`` cells: each line
    as (start, end) offsets into ``text``. Lines break between words; a word
    longer than a line is folded; spaces at a break are dropped, spaces
    inside a line kept. Always at least one line."""
    if one_cell_each(text):
        if len(text) <= width:
            return [(0, len(text))]
        # one character, one cell: a line is the longest run that ends a word
        # within the width, or the width's worth of a longer word
        return [m.span() for m in _line_pattern(width).finditer(text)] or [(0, 0)]
    return _wrap_cells(text, list(accumulate(map(char_width, text), initial=0)), width)


def _wrap_cells(text: str, acc: list[int], width: int) -> list[tuple[int, int]]:
    """:func:`wrap_spans` for any text, given ``acc[i]``, the cells of ``text[:i]``."""
    if acc[-1] <= width:
        return [(0, len(text))]
    lines: list[tuple[int, int]] = []
    start, end = -1, 0   # the line being filled; -1: none yet
    for m in _WORD.finditer(text):
        a, b = m.span()
        if start >= 0 and acc[b] - acc[start] > width:
            lines.append((start, end))
            start = -1
        if start < 0:
            start = a
            if acc[b] - acc[a] > width:
                *full, (start, _) = _fold(acc, a, b, width)
                lines.extend(full)
        end = b
    if start >= 0:
        lines.append((start, end))
    return lines or [(0, 0)]


def styled_cell(text: str, width: int, style: str = "",
                marks: Iterable[tuple[int, int]] = (), mark_style: str = "") -> Cell:
    """``text`` wrapped to ``width``, in ``style``, with the ``marks`` (offsets
    into ``text``) in ``mark_style``."""
    marks = sorted(marks)
    if not marks:
        if text.isascii() and len(text) <= width:
            return [[(text, style)]]   # the common short cell
        if one_cell_each(text) and len(text) > width:
            # wrap_spans' lines, as strings straight from its pattern
            return ([[(line, style)] for line in _line_pattern(width).findall(text)]
                    or [[("", style)]])
        return [[(text[a:b], style)] for a, b in wrap_spans(text, width)]
    cell: Cell = []
    first, last = marks[0][0], max(mb for _, mb in marks)
    for a, b in wrap_spans(text, width):
        if b <= first or a >= last:   # a line without a mark
            cell.append([(text[a:b], style)])
            continue
        cell.append(_marked(text, a, b, marks, mark_style, style))
    return cell


TextCell = list[Line | str]
"""A cell of :class:`Rows` whose unstyled lines are their text (see :func:`text_cell`)."""


def text_cell(text: str, width: int, marks: Iterable[tuple[int, int]] = (),
              mark_style: str = "", narrow: bool | None = None) -> TextCell:
    """:func:`styled_cell` of ``text`` in no style, each line without a mark
    as its text alone (a str, not a one-piece list): a long statement's
    lines, which :func:`write` then writes without a list for each.
    ``narrow`` is ``one_cell_each(text)`` when the caller knows it (a
    statement's views do: they measure it anyway), else None."""
    spans: list[tuple[int, int]]
    if type(marks) is list and len(marks) == 1:   # (a statement's one date)
        spans = marks
        first, last = spans[0]
    else:
        spans = sorted(marks)
        if not spans:
            if text.isascii() and len(text) <= width:
                return [text]
            if len(text) > width and (one_cell_each(text) if narrow is None else narrow):
                return _line_pattern(width).findall(text) or [""]
            return [text[a:b] for a, b in wrap_spans(text, width)]
        first, last = spans[0][0], max(mb for _, mb in spans)
    if len(text) > width and (one_cell_each(text) if narrow is None else narrow):
        return _narrow_lines(text, _line_pattern(width), spans, first, last, mark_style) or [""]
    cell: TextCell = []
    for a, b in wrap_spans(text, width):
        cell.append(text[a:b] if b <= first or a >= last else
                    _marked(text, a, b, spans, mark_style))
    return cell


def _narrow_lines(text: str, pattern: re.Pattern[str], spans: list[tuple[int, int]],
                  first: int, last: int, mark_style: str,
                  marked: list[int] | None = None) -> TextCell:
    """The lines of a text of one-cell characters as ``pattern`` (the
    width's) finds them: those up to the last mark one by one (the marked
    ones styled; their places added to ``marked`` when given), the rest at
    once. [] for a text the pattern finds no line in."""
    cell: TextCell = []
    add = cell.append
    for m in pattern.finditer(text):
        a, b = m.span()
        if b <= first:
            add(text[a:b])
        elif a >= last:
            cell.extend(pattern.findall(text, a))
            break
        else:
            if marked is not None:
                marked.append(len(cell))
            add(_marked(text, a, b, spans, mark_style))
    return cell


def _marked(text: str, a: int, b: int, marks: list[tuple[int, int]], mark_style: str,
            style: str = "") -> Line:
    """The line ``text[a:b]`` of a cell, in ``style``, the marks in ``mark_style``."""
    line: Line = []
    at = a
    for ma, mb in marks:
        lo, hi = max(ma, at), min(mb, b)
        if lo < hi:
            if at < lo:
                line.append((text[at:lo], style))
            line.append((text[lo:hi], mark_style))
            at = hi
    if at < b or not line:
        line.append((text[at:b], style))
    return line


def fit(natural: Sequence[int], minimum: Sequence[int], ratios: Sequence[int],
        available: int) -> list[int]:
    """Column widths within ``available`` cells.

    Each column's natural width when all fit. Otherwise the widest give way
    first: every column is held to ``ratio × C`` cells, for the largest ``C``
    that fits, but never below its minimum or above its natural width; the
    cells left over go to the last column that can still use them.
    """
    if sum(natural) <= available:
        return list(natural)
    floor = [min(m, n) for m, n in zip(minimum, natural, strict=True)]

    def widths(c: int) -> list[int]:
        return [max(f, min(n, c * r)) for f, n, r in zip(floor, natural, ratios, strict=True)]

    c = 0
    while c < max(natural) and sum(widths(c + 1)) <= available:
        c += 1
    out = widths(c)
    left = available - sum(out)
    for i in reversed(range(len(out))):
        if left > 0 and out[i] < natural[i]:
            grow = min(left, natural[i] - out[i])
            out[i] += grow
            left -= grow
    return out


@dataclass(frozen=True, slots=True)
class Rows:
    """Rows of cells to set side by side as :func:`grid` sets them, given to
    :func:`write` whole: it writes the lines where one column goes on alone
    (a long statement) without making a list for each. A cell may be a
    :data:`TextCell`, whose unstyled lines are str."""

    rows: Iterable[Sequence[Cell | TextCell]]
    widths: Sequence[int]
    gap: int = 1


TextRow = tuple[list[Piece], str, list[tuple[int, int]], Cell]
"""One row of :class:`TextRows`: a piece for each column but the text's,
the text, its marks and the lines that follow it in its column."""


@dataclass(frozen=True, slots=True)
class TextRows:
    """Rows of one line in every column but one, whose text goes on alone:
    what :class:`Rows` of the cells :meth:`cells` makes writes, written
    quicker (the runs of the text's lines joined at once, no list for each).

    Each row is a :data:`TextRow`: one piece for each other column (its text
    no wider than its column), and the text of column ``at``, whose every
    character takes one cell, wrapped to its width with at most one mark in
    ``mark_style``, then the lines of ``tail`` (a section) in that column."""

    rows: Iterable[TextRow]
    widths: Sequence[int]
    at: int
    mark_style: str = ""
    gap: int = 1

    def cells(self, row: TextRow) -> list[Cell | TextCell]:
        """The row as the cells of :class:`Rows`."""
        pieces, text, marks, tail = row
        body = text_cell(text, self.widths[self.at], marks, self.mark_style, True)
        body.extend(tail)
        out: list[Cell | TextCell] = [[[piece]] for piece in pieces]
        out.insert(self.at, body)
        return out


def _text_lines(text: str, width: int, marks: list[tuple[int, int]], mark_style: str
                ) -> tuple[TextCell, tuple[int, ...] | None]:
    """``text_cell(text, width, marks, mark_style, True)``, and where its
    marked lines are when every other line is a str that is not blank and
    has no space at either end (the line pattern's); else None."""
    if len(text) <= width:
        return text_cell(text, width, marks, mark_style, True), None
    pattern = _line_pattern(width)
    if not marks:
        lines: TextCell = list(pattern.findall(text))
        return (lines, ()) if lines else ([""], None)
    marked: list[int] = []
    cell = _narrow_lines(text, pattern, marks, marks[0][0], marks[0][1], mark_style, marked)
    return (cell, tuple(marked)) if cell else ([""], None)


def lines_of(parts: Iterable[Line | Rows | TextRows]) -> Iterator[Line]:
    """``parts`` line by line (each :class:`Rows` as its :func:`grid`)."""
    for part in parts:
        if isinstance(part, Rows):
            yield from grid(part.rows, part.widths, part.gap)
        elif isinstance(part, TextRows):
            yield from grid(map(part.cells, part.rows), part.widths, part.gap)
        else:
            yield part


def _layout(rows: Iterable[Sequence[Cell | TextCell]], widths: Sequence[int], gap: int
            ) -> Iterator[tuple[list[Line], Line, Cell | TextCell, int]]:
    """Each row of :func:`grid`: its lines of several columns (made here),
    then the lead of the column that goes on alone, that column, and the
    number of lines it goes on for after them."""
    last = len(widths) - 1
    steps = [w + gap for w in widths]
    # a line where only column j goes on (a long statement) is its piece,
    # after the spaces of the columns before it
    leads: list[Line] = [[(" " * lead, "")] if lead else [] for lead in
                         (sum(steps[:j]) for j in range(len(widths)))]
    for row in rows:
        cols = row[:last + 1]
        heights = list(map(len, cols))
        height = max(heights) if len(row) == len(cols) else max(map(len, row))
        tall = heights.index(max(heights)) if heights else 0
        shared = max(heights[:tall] + heights[tall + 1:], default=0)
        lines: list[Line] = []
        for i in range(shared):
            line: Line = []
            pad = 0   # spaces owed before the next piece
            for col, cell in enumerate(cols):
                if i < len(cell):
                    got = cell[i]
                    pieces = [(got, "")] if isinstance(got, str) else got   # (a TextCell's)
                    if pad:
                        line.append((" " * pad, ""))
                    line.extend(pieces)
                    if col == last:
                        break
                    used = (cell_len(pieces[0][0]) if len(pieces) == 1 else
                            sum(cell_len(t) for t, _ in pieces))
                    pad = steps[col] - used
                else:
                    pad += steps[col]
            lines.append(line)
        # (a row taller than its columns, as grid takes one, has empty lines at its end)
        yield (lines, leads[tall] if leads else [], cols[tall] if cols else [],
               max(0, height - shared))


def grid(rows: Iterable[Sequence[Cell | TextCell]], widths: Sequence[int],
         gap: int = 1) -> Iterator[Line]:
    """Rows of cells side by side, each column but the last padded to its
    width (lines carry no trailing spaces)."""
    for lines, lead, alone, more in _layout(rows, widths, gap):
        yield from lines
        start = len(lines)
        for i in range(start, start + more):
            if i >= len(alone):
                yield []
                continue
            line = alone[i]
            yield lead + ([(line, "")] if isinstance(line, str) else line)


def _head(pieces: list[Piece], steps: Sequence[int], at: int) -> tuple[Line, int]:
    """The first line of a row of :class:`TextRows` up to its text: each
    piece, and the spaces to the next column (as :func:`grid` pads them);
    and the spaces owed before the text."""
    line: Line = []
    pad = 0
    for col, piece in enumerate(pieces[:at]):
        if pad:
            line.append((" " * pad, ""))
        line.append(piece)
        text = piece[0]
        pad = steps[col] - (len(text) if text.isascii() else cell_len(text))
    return line, pad


def _after(line: Line, pieces: list[Piece], steps: Sequence[int], at: int, used: int) -> None:
    """The pieces of the columns after the text on a row's first line, after
    ``used`` cells of the text."""
    pad = steps[at] - used
    for col, piece in enumerate(pieces[at:], at + 1):
        line.append((" " * pad, ""))
        line.append(piece)
        pad = steps[col] - cell_len(piece[0])


def _write_text_rows(part: TextRows, add: Callable[[str], None],
                     paint: Callable[[Line], None] | None = None,
                     codes: Callable[[str], tuple[str, str]] | None = None) -> None:
    """``part`` as :func:`write` writes its grid's lines: styled by
    ``paint`` (which adds a line) and ``codes`` (a style's codes before and
    after its text), or plain without them."""
    widths, at = part.widths, part.at
    steps = [w + part.gap for w in widths]
    last = len(widths) - 1
    width = widths[at]
    spaces = " " * sum(steps[:at])
    lead: Line = [(spaces, "")] if spaces else []
    joiner = "\n" + spaces

    def one(line: Line | str) -> None:
        """A line of the text's column after the first, as write writes it."""
        if isinstance(line, str):
            if paint is None:
                add((spaces + line).rstrip() + "\n")
            else:
                add(spaces + line + "\n" if line.strip() else "\n")
        elif paint is None or codes is None:
            add((spaces + "".join([text for text, _ in line])).rstrip() + "\n")
        elif len(line) == 1:   # the common line: one piece after the lead
            (text, style), = line
            if not text.strip():
                add("\n")
            elif not style:
                add(spaces + text + "\n")
            else:
                before, after = codes(style)
                add(spaces + before + text + after + "\n")
        else:
            paint(lead + line)

    for pieces, text, marks, tail in part.rows:
        cell, marked = _text_lines(text, width, marks, part.mark_style)
        line, pad = _head(pieces, steps, at)
        first = cell[0]
        if pad:
            line.append((" " * pad, ""))
        if isinstance(first, str):
            line.append((first, ""))
            used = len(first)   # (a character a cell)
        else:
            line.extend(first)
            used = sum([len(t) for t, _ in first])
        if at < last:
            _after(line, pieces, steps, at, used)
        if paint is None or codes is None:
            add("".join([t for t, _ in line]).rstrip() + "\n")
        elif marked is not None and at == last:
            # (the text's line ends in a character that is not a space: nothing to take off)
            for t, style in line:
                if not style or not t:
                    add(t)
                else:
                    before, after = codes(style)
                    add(before + t + after)
            add("\n")
        else:
            paint(line)
        if marked is None:
            for each in cell[1:]:
                one(each)
        else:   # runs of lines that are their text, each joined at once
            start = 1
            for k in marked:
                if k >= start:
                    if start < k:
                        add(spaces + joiner.join(cast("list[str]", cell[start:k])) + "\n")
                    one(cell[k])
                    start = k + 1
            if start < len(cell):
                add(spaces + joiner.join(cast("list[str]", cell[start:])) + "\n")
        for each in tail:
            one(each)


def write(lines: Iterable[Line | Rows | TextRows], out: TextIO, term: Terminal) -> None:
    """Lines (and :class:`Rows`, :class:`TextRows`, as their grid's lines)
    to ``out``: plain text without colour, else styled by Rich. Trailing
    spaces go."""
    parts: list[str] = []
    add = parts.append
    if not term.color:
        for line in lines:
            if isinstance(line, TextRows):
                _write_text_rows(line, add)
            elif isinstance(line, Rows):
                for shared, lead, alone, more in _layout(line.rows, line.widths, line.gap):
                    add("".join(["".join([text for text, _ in each]).rstrip() + "\n"
                                 for each in shared]))
                    spaces = lead[0][0] if lead else ""
                    start = len(shared)
                    rest = alone[start:start + more]
                    add("".join([(spaces + (pieces if isinstance(pieces, str) else
                                            pieces[0][0] if len(pieces) == 1 else
                                            "".join([text for text, _ in pieces]))).rstrip()
                                 + "\n" for pieces in rest]))
                    if len(rest) < more:
                        add("\n" * (more - len(rest)))
            else:
                add("".join([text for text, _ in line]).rstrip() + "\n")
        # one write: under PYTHONUNBUFFERED each write is a system call
        out.write("".join(parts))
        return
    # Rich decides the colour system, and renders each styled piece as its
    # console would (Style.render), without its per-segment pipeline
    from rich.console import COLOR_SYSTEMS
    from rich.style import Style

    from .style import console

    name = console(out, term).color_system
    system = COLOR_SYSTEMS[name] if name else None
    # each style's codes before and after its text, worked out once
    around: dict[str, tuple[str, str]] = {}

    def codes(style: str) -> tuple[str, str]:
        found = around.get(style)
        if found is None:
            before, _, after = Style.parse(style).render(
                "\x00", color_system=system).partition("\x00")
            found = around[style] = (before, after)
        return found

    def paint(line: Line) -> None:
        while line and not line[-1][0].strip():   # no trailing spaces
            line.pop()
        for text, style in line:
            if not style or not text:   # (Style.render returns an empty text as it is)
                add(text)
                continue
            before, after = around.get(style) or codes(style)
            add(before + text + after)
        add("\n")

    for line in lines:
        if isinstance(line, TextRows):
            _write_text_rows(line, add, paint, lambda style: around.get(style) or codes(style))
            continue
        if not isinstance(line, Rows):
            paint(line)
            continue
        for shared, lead, alone, more in _layout(line.rows, line.widths, line.gap):
            for each in shared:
                paint(each)
            spaces = lead[0][0] if lead else ""
            start = len(shared)
            rest = alone[start:start + more]
            for pieces in rest:
                if isinstance(pieces, str):   # (a TextCell's unstyled line)
                    add(spaces + pieces + "\n" if pieces.strip() else "\n")
                    continue
                if len(pieces) != 1:
                    paint(lead + pieces)
                    continue
                (text, style), = pieces   # the common line: one piece after the lead
                if not text.strip():
                    add("\n")
                elif not style:
                    add(spaces + text + "\n")
                else:
                    before, after = around.get(style) or codes(style)
                    add(spaces + before + text + after + "\n")
            if len(rest) < more:   # (the empty lines of a row taller than its columns)
                add("\n" * (more - len(rest)))
    out.write("".join(parts))
