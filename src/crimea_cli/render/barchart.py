"""The ``stats`` view: one bar chart per table of counts.

Bars are block characters in eighths of a cell (``█▉▊▋▌▍▎▏``) with colour,
plain ``#`` without colour (``--ascii`` too), scaled so that the longest bar
fills what the width leaves after the labels and counts; labels and counts
are aligned at any width.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING, Any

from . import view_language, visible
from .as_oneline import cut
from .layout import Line, cell_len

if TYPE_CHECKING:
    from ..lang import Language

EIGHTHS = " ▏▎▍▌▋▊▉"
FULL = "█"
TITLES = {"year": "per_year", "decade": "per_decade", "century": "per_century",
          "category": "per_category", "section": "per_section", "article": "per_article"}
"""The heading of each table (its key in a language's ``view_words``)."""
LABEL_LIMIT = 28
"""Labels longer than this are cut with an ellipsis."""


def bar(value: int, largest: int, cells: int, ascii_only: bool) -> str:
    """A bar of ``value`` out of ``largest`` in at most ``cells`` cells; a
    count above zero always shows at least a sliver."""
    if largest <= 0 or value <= 0 or cells <= 0:
        return ""
    eighths = max(1, round(value * cells * 8 / largest))
    if ascii_only:
        return "#" * max(1, round(eighths / 8))
    full, part = divmod(eighths, 8)
    return FULL * full + (EIGHTHS[part] if part else "")


def chart_lines(rows: list[dict[str, Any]], width: int, ascii_only: bool,
                language: Language | None = None) -> Iterator[Line]:
    """Each table of count records as a heading (in the words of
    ``language``, English by default) and aligned bars."""
    words = view_language(language).view_words
    first = True
    for (article, table), group in groupby(rows, key=lambda r: (r.get("article"), r["table"])):
        counts = list(group)
        if not first:
            yield []
        first = False
        total = sum(int(r["count"]) for r in counts)
        title = TITLES.get(str(table))
        heading = str(table) if title is None else words[title]
        if article:
            heading = f"{visible(str(article))} · {heading}"
        yield [(f"{heading} ({total})", "bold")]
        labels = [cut(visible(str(r["key"])), LABEL_LIMIT) for r in counts]
        label_w = max(map(cell_len, labels))
        numbers = [f"{int(r['count']):,}" for r in counts]
        number_w = max(map(len, numbers))
        cells = max(1, width - label_w - number_w - 2)
        largest = max(int(r["count"]) for r in counts)
        for label, number, rec in zip(labels, numbers, counts, strict=True):
            shown = bar(int(rec["count"]), largest, cells, ascii_only)
            line: Line = [(label + " " * (label_w - cell_len(label) + 1), ""),
                          (number.rjust(number_w), "")]
            if shown:
                line += [(" ", ""), (shown, "cyan")]
            yield line
