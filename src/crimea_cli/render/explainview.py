"""The ``timeline --explain`` view: what was not read as a date, and why.

Two groups per article: the tokens not taken (the token in bold, its
reason, then the words around it on a line of their own, the token
emphasised), and the dates completed from another statement (with the
statement their year came from). Stacked at every width, so nothing is
squeezed into a narrow column.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING, Any

from ..humanize import human_date
from . import view_language, visible
from .as_oneline import ELLIPSIS, cut
from .layout import Line, cell_len
from .style import DATE_SPAN_STYLE

if TYPE_CHECKING:
    from ..lang import Language

INDENT = "  "


def context(text: str, start: int, end: int, width: int) -> Line:
    """The words around ``text[start:end]`` in ``width`` cells, the token
    emphasised, with ellipses where the statement goes on."""
    token = visible(text[start:end])
    room = max(0, width - cell_len(token))
    left_room = room // 3
    left = visible(text[:start])
    if cell_len(left) > left_room:
        kept = cut(left[::-1], max(1, left_room))   # cut from the start
        left = ELLIPSIS + kept[::-1].lstrip(ELLIPSIS) if kept else ""
    right = cut(visible(text[end:]), max(0, width - cell_len(left) - cell_len(token)))
    return [(left, ""), (token, DATE_SPAN_STYLE), (right, "")]


def explain_lines(rows: list[dict[str, Any]], width: int,
                  language: Language | None = None) -> Iterator[Line]:
    """Each article's explanations, grouped, at ``width`` cells, in the words
    of ``language`` (English by default)."""
    words = view_language(language).view_words
    several = len({r.get("article") for r in rows}) > 1
    first = True
    for article, group in groupby(rows, key=lambda r: r.get("article")):
        items = list(group)
        left_out = [r for r in items if r.get("date") is None]
        completed = [r for r in items if r.get("date") is not None]
        for title, part in ((words["not_read_as_dates"], left_out),
                            (words["dates_completed"], completed)):
            if not part:
                continue
            if not first:
                yield []
            first = False
            where = f"{visible(str(article))} · " if several else ""
            yield [(f"{where}{title} ({len(part)})", "bold underline")]
            for rec in part:
                token = visible(str(rec["token"]))
                reason = f" — {rec['rule']}: {rec['reason']}"
                if rec.get("date"):
                    reason = (f" — {rec['rule']}, {human_date(str(rec['date']), language)}: "
                              f"{rec['reason']}")
                yield [(token, "bold"), (cut(visible(reason), max(1, width - cell_len(token))),
                                         "dim")]
                text = str(rec.get("text", ""))
                inner = max(10, width - len(INDENT))
                yield [(INDENT, ""), *context(text, int(rec["span_start"]),
                                              int(rec["span_end"]), inner)]
                src = rec.get("from_text")
                if src:
                    yield [(INDENT, ""), (cut(words["year_from"].format(
                        text=visible(str(src))), inner), "dim")]
