"""``--format oneline`` (``timeline --oneline``): one line per record.

Events show their date, their category and the statement cut to the width
with an ellipsis; the statements of one article that carry the same date and
category are merged into one row that says how many they are (the data
formats keep one record per statement). Other kinds show their date or label
and their main text the same way. With several articles every row names its
article. ``oneline_lines`` is the layout, for other views to reuse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from . import Terminal, view_language, visible, visible_marks
from .columns import date_cell
from .layout import Line, cell_len, one_cell_each, write
from .style import CATEGORY_STYLES, DATE_SPAN_STYLE

if TYPE_CHECKING:
    from ..lang import Language

ELLIPSIS = "…"
DATE_WIDTH = 22
"""The date column is never wider than this (longer dates are cut)."""
ARTICLE_WIDTH = 20
"""With several articles, the article column is never wider than this."""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the view: a record and how many statements it stands for."""

    record: dict[str, Any]
    count: int = 1


def merge(records: Iterable[dict[str, Any]]) -> list[Row]:
    """Event records with one row per (article, date, category), in the order
    of their first statement; other records one row each. An article is its
    title and its origin (two files may have one title)."""
    rows: list[Row] = []
    seen: dict[tuple[Any, ...], int] = {}
    for rec in records:
        if "category" not in rec or "date" not in rec:
            rows.append(Row(rec))
            continue
        # an article is its title and where it was read from: two files may share a title
        key = (rec.get("article"), rec.get("origin"), rec.get("date"), rec.get("category"))
        at = seen.get(key)
        if at is None:
            seen[key] = len(rows)
            rows.append(Row(rec))
        else:
            rows[at] = Row(rows[at].record, rows[at].count + 1)
    return rows


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, ending in an ellipsis when cut."""
    if (len(text) if text.isascii() else cell_len(text)) <= width:
        return text
    if width <= 0:
        return ""
    if one_cell_each(text):
        return text[:width - 1].rstrip() + ELLIPSIS
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + ELLIPSIS


def _fields(rec: dict[str, Any]) -> tuple[str, str, str, str]:
    """(left column, its style, main text, its key) for one record."""
    if "category" in rec:
        category = str(rec["category"])
        return category, CATEGORY_STYLES.get(category, ""), str(rec.get("text", "")), "text"
    if "name" in rec:
        by = rec.get("conferred_by")
        return "award", CATEGORY_STYLES["award"], str(rec["name"]) + (f" — {by}" if by else ""), ""
    if "section" in rec and "text" in rec:
        return str(rec["section"]), "dim", str(rec["text"]), "text"
    if "token" in rec and "rule" in rec:
        return str(rec["rule"]), "dim", f"{rec['token']} — {rec['reason']}", ""
    if "table" in rec and "count" in rec:
        return str(rec["key"]), "", f"{rec['count']:,} ({rec['table']})", ""
    if "label" in rec:
        return str(rec["label"]), "bold", str(rec.get("value", "")), ""
    return "", "", " ".join(str(v) for v in rec.values()), ""


def _left(rec: dict[str, Any], language: Language) -> str:
    return date_cell(rec, language) if "date" in rec and "label" not in rec else ""


def oneline_lines(records: Iterable[dict[str, Any]], width: int,
                  several: bool = False, language: Language | None = None) -> Iterator[Line]:
    """The one-line view of ``records`` at ``width`` cells, in the words of
    ``language`` (English by default)."""
    lg = view_language(language)
    rows = merge(records)
    several = several or len({r.record.get("article") for r in rows}) > 1
    dates = [cut(visible(_left(r.record, lg)), DATE_WIDTH) for r in rows]
    fields = [_fields(r.record) for r in rows]
    date_w = max(map(cell_len, dates), default=0)
    # a category is short; the label of a fact or a case line gets half the width
    labels = any("label" in r.record for r in rows)
    label_w = min(max((cell_len(f[0]) for f in fields), default=0),
                  max(8, width // 2 if labels else width // 4))
    articles = [cut(visible(str(r.record.get("article", ""))), ARTICLE_WIDTH) for r in rows]
    article_w = max(map(cell_len, articles), default=0) if several else 0
    # the columns before the text: each is its width and a space (its text
    # never wider than the width, which is the widest's, and padded)
    before = ((date_w + 1 if date_w else 0) + (label_w + 1 if label_w else 0)
              + (article_w + 1 if several else 0))
    for row, date, (label, style, text, key), article in zip(
            rows, dates, fields, articles, strict=True):
        line: Line = []
        if date_w:
            line.append((date + " " * (date_w - cell_len(date) + 1), ""))
        if label_w:
            shown = cut(visible(label), label_w)
            line.append((shown, style))
            line.append((" " * (label_w - cell_len(shown) + 1), ""))
        if several:
            line.append((article + " " * (article_w - cell_len(article) + 1), "dim"))
        note = (f" [{lg.counted(lg.view_counts['statements'], row.count)}]" if row.count > 1
                else "")
        room = max(1, width - before - cell_len(note))
        plain = visible(text)
        shown = cut(plain, room)
        line.extend(_emphasised(row.record, text, shown, key))
        if note:
            line.append((note, "dim"))
        yield line


def _emphasised(rec: dict[str, Any], text: str, shown: str, key: str) -> Line:
    """``shown`` (the start of ``visible(text)``) with the date span emphasised."""
    a, b = rec.get("span_start"), rec.get("span_end")
    if key != "text" or not isinstance(a, int) or not isinstance(b, int):
        return [(shown, "")]
    (a, b), = visible_marks(text, [(a, b)])
    keep = len(shown) - (1 if shown.endswith(ELLIPSIS) and not text.endswith(ELLIPSIS) else 0)
    a, b = min(a, keep), min(b, keep)
    if a >= b:
        return [(shown, "")]
    return [(shown[:a], ""), (shown[a:b], DATE_SPAN_STYLE), (shown[b:], "")]


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """One line per record (merged events), cut to the terminal's width."""
    write(oneline_lines(records, term.width, term.several, term.language), out, term)
