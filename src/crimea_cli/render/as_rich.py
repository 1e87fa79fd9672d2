"""``--format rich``: the timeline view, grouped by year; tables for the rest.

Each event shows its date for people at its own precision, its category as a
coloured label, the statement wrapped to the width and its section dimmed;
inferred and relative dates say so. The statements of one article with the
same date and category are one row, its first statement shown and its
section line saying how many carry it (the data formats keep one record per
statement). The view is laid out in terminal cells
(:mod:`.layout`): plain text without colour, styled by Rich with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING, Any, TextIO

from ..humanize import human_date
from . import DISPLAY_LIMIT, Terminal, record_text, view_language, visible, visible_marks
from .layout import (
    Cell,
    Line,
    Rows,
    TextCell,
    TextRow,
    TextRows,
    cell_len,
    lines_of,
    styled_cell,
    text_cell,
    write,
)
from .style import CATEGORY_STYLES, DATE_SPAN_STYLE

if TYPE_CHECKING:
    from ..lang import Language

_MIN_STATEMENT = 16
"""The statement column is never narrower than this, however narrow the terminal."""
STACK_WIDTH = 64
"""At this width or less, each event is stacked: its date and category on one
line, the statement at the full width below, instead of a narrow column."""
INDENT = 2
"""How far a stacked statement is indented."""


def _statement(rec: dict[str, Any], language: Language | None = None
               ) -> tuple[str, list[tuple[int, int]], bool | None]:
    """The statement as shown, where the date's own words are in it, and
    whether each of its characters takes one cell when that is known (a
    record's ASCII text without a control character, and the notes
    :func:`.record_text` adds, are all of one cell; else None)."""
    text = str(rec.get("text", ""))
    shown = record_text(rec, language)
    printable = shown.isprintable()
    if not printable:
        shown = visible(shown)
    a, b = rec.get("span_start"), rec.get("span_end")
    marks: list[tuple[int, int]] = []
    if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text):
        # (the offsets are the same in what is shown when the text is printable:
        # shown whole, or cut after its printable start)
        if not (printable and len(text) <= DISPLAY_LIMIT) and not text.isprintable():
            (a, b), = visible_marks(text, [(a, b)])
        if a < len(shown):
            marks = [(a, min(b, len(shown)))]
    return shown, marks, (True if printable and text.isascii() else None)


def statement_cell(rec: dict[str, Any], width: int, language: Language | None = None) -> Cell:
    """The statement wrapped to ``width``, the date's own words emphasised."""
    shown, marks, _ = _statement(rec, language)
    return styled_cell(shown, width, "", marks, DATE_SPAN_STYLE)


def group_label(rec: dict[str, Any], language: Language | None = None) -> str:
    """The heading an event is listed under: its year, or its decade/century
    (in the words of ``language``, English by default)."""
    if rec.get("precision") in ("decade", "century") and "/" not in str(rec["date"]):
        return human_date(str(rec["date"]), language)
    year = int(str(rec["start"])[:-6])   # "-0479-01-01": astronomical, 480 BC
    return (str(year) if year > 0
            else view_language(language).date_words["before_era"].format(date=1 - year))


def _date_lines(rec: dict[str, Any], lg: Language) -> list[tuple[str, str]]:
    lines = [(human_date(str(rec["date"]), lg), "")]
    kind = rec.get("kind")
    if kind in ("inferred", "relative"):
        words = lg.view_words
        lines.append((words["of_kind"].format(kind=words[str(kind)]), "italic dim"))
    return lines


def merged(rows: list[dict[str, Any]], language: Language | None = None
           ) -> list[dict[str, Any]]:
    """One row per (article, date, category), in the order of its first
    statement: that statement's record, with ``section`` naming the sections
    of all of them and how many they are when more than one (in the words of
    ``language``, English by default)."""
    lg = view_language(language)
    firsts: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for rec in rows:
        # an article is its title and where it was read from: two files may share a title
        firsts.setdefault((rec.get("article"), rec.get("origin"), rec.get("date"),
                           rec.get("category")), []).append(rec)
    out = []
    for group in firsts.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        sections = dict.fromkeys(str(r.get("section", "")) for r in group)
        out.append({**group[0], "section": lg.view_words["list_separator"].join(
            s for s in sections if s) + " · " + lg.counted(lg.view_counts["statements"],
                                                            len(group))})
    return out


def timeline_lines(rows: list[dict[str, Any]], width: int,
                   several: bool = False, language: Language | None = None) -> Iterator[Line]:
    """The timeline view of event records, line by line, at ``width`` cells
    (every row naming its article when they were read from ``several``), in
    the words of ``language`` (English by default)."""
    return lines_of(timeline_parts(rows, width, several, language))


def timeline_parts(rows: list[dict[str, Any]], width: int,
                   several: bool = False, language: Language | None = None
                   ) -> Iterator[Line | Rows | TextRows]:
    """:func:`timeline_lines`, each year's events as :class:`.layout.TextRows`
    (or :class:`.layout.Rows`, for a row of another shape), which
    :func:`.layout.write` writes quicker than line by line."""
    lg = view_language(language)
    several = several or len({r.get("article") for r in rows}) > 1
    rows = merged(rows, lg)
    if width <= STACK_WIDTH:
        yield from _stacked(rows, width, several, lg)
        return
    no_citation = " · " + lg.view_words["no_citation"]
    dates = [_date_lines(r, lg) for r in rows]   # worked out once: they set the width
    # one width for all groups, so that statements line up down the page
    longest = max((cell_len(text) for lines in dates for text, _ in lines), default=10)
    date_width = min(22, max(12, width * 2 // 7), longest)
    category_width = max((cell_len(str(r.get("category", ""))) for r in rows), default=5)
    text_width = max(_MIN_STATEMENT, width - date_width - category_width - 2)
    widths = (date_width, category_width, text_width)

    def cells(rec: dict[str, Any], date_lines: list[tuple[str, str]]
              ) -> tuple[Cell, Cell, TextCell]:
        category = str(rec.get("category", ""))
        where = str(rec.get("section", ""))
        if several:
            where = f"{rec.get('article', '')} · {where}"
        if len(date_lines) == 1:
            date = styled_cell(date_lines[0][0], date_width, date_lines[0][1])
        else:
            date = [line for text, style in date_lines
                    for line in styled_cell(text, date_width, style)]
        if rec.get("citations") == []:
            # the article gives references, but none for this statement
            where += no_citation
        shown, marks, narrow = _statement(rec, lg)
        body: TextCell = text_cell(shown, text_width, marks, DATE_SPAN_STYLE, narrow)
        body.extend(styled_cell(visible(where), text_width, "dim"))
        return date, [[(category, CATEGORY_STYLES.get(category, ""))]], body

    def text_row(rec: dict[str, Any], date_lines: list[tuple[str, str]]) -> TextRow | None:
        """The row as a :data:`.layout.TextRow` (quicker to write) when its
        date is one line and its statement of one-cell characters with one
        date; else None (and the row is its cells)."""
        if len(date_lines) != 1 or cell_len(date_lines[0][0]) > date_width:
            return None
        shown, marks, narrow = _statement(rec, lg)
        if not narrow:
            return None
        category = str(rec.get("category", ""))
        where = str(rec.get("section", ""))
        if several:
            where = f"{rec.get('article', '')} · {where}"
        if rec.get("citations") == []:
            where += no_citation
        return ([date_lines[0], (category, CATEGORY_STYLES.get(category, ""))], shown, marks,
                styled_cell(visible(where), text_width, "dim"))

    for heading, group in groupby(zip(rows, dates, strict=True),
                                  key=lambda pair: group_label(pair[0], lg)):
        yield [(heading, "bold underline")]
        quick: list[TextRow] = []
        for rec, lines in group:
            row = text_row(rec, lines)
            if row is not None:
                quick.append(row)
                continue
            if quick:
                yield TextRows(quick, widths, 2, DATE_SPAN_STYLE)
                quick = []
            yield Rows([cells(rec, lines)], widths)
        if quick:
            yield TextRows(quick, widths, 2, DATE_SPAN_STYLE)


def _stacked(rows: list[dict[str, Any]], width: int, several: bool, lg: Language
             ) -> Iterator[Line]:
    """The timeline for a narrow terminal: per event, the date and category on
    one line, then the statement and its section at the full width."""
    inner = max(_MIN_STATEMENT, width - INDENT)
    pad: Line = [(" " * INDENT, "")]
    for heading, group in groupby(rows, key=lambda rec: group_label(rec, lg)):
        yield [(heading, "bold underline")]
        for rec in group:
            category = str(rec.get("category", ""))
            head: Line = []
            for text, style in _date_lines(rec, lg):
                head += [(visible(text), style), (" ", "")]
            head.append((category, CATEGORY_STYLES.get(category, "")))
            yield head
            for line in statement_cell(rec, inner, lg):
                yield pad + line
            where = str(rec.get("section", ""))
            if several:
                where = f"{rec.get('article', '')} · {where}"
            for line in styled_cell(visible(where), inner, "dim"):
                yield pad + line


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Events as a timeline, a case as its screen; other kinds as a table."""
    if kind == "case":
        from .caseview import case_screen_lines

        write(case_screen_lines(list(records), term.width, term.language), out, term)
        return
    if kind == "explain":
        from .explainview import explain_lines

        write(explain_lines(list(records), term.width, term.language), out, term)
        return
    if kind == "stats":
        from .barchart import chart_lines

        write(chart_lines(list(records), term.width, not term.color, term.language), out,
              term)
        return
    rows = list(records)
    if kind != "events":
        from . import as_table

        as_table.render(kind, rows, out, term)
    else:
        write(timeline_parts(rows, term.width, term.several, term.language), out, term)
    write(source_lines(rows, term.width, term.language), out, term)


def source_lines(rows: list[dict[str, Any]], width: int, language: Language | None = None
                 ) -> Iterator[Line]:
    """Where the records come from, once per article: its path or page URL and
    revision (nothing for the bundled article, or records without an origin),
    in the words of ``language`` (English by default)."""
    words = view_language(language).view_words
    # by origin: two files may have one title, and each is named
    seen: dict[str, tuple[str, str | None]] = {}
    for rec in rows:
        origin = rec.get("origin")
        if origin and not str(origin).startswith("bundled:"):
            seen.setdefault(str(origin), (str(rec.get("article", "")), rec.get("revision")))
    if not seen:
        return
    yield []
    for origin, (article, revision) in seen.items():
        text = visible(origin)
        if revision:
            text = words["at_revision"].format(source=text, revision=revision)
        line = (words["source_of"].format(article=article, source=text) if len(seen) > 1
                else words["source_line"].format(source=text))
        yield from styled_cell(line, max(20, width), "dim")
