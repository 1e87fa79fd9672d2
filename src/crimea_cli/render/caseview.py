"""The case screen (``crimea-cli case``): one block per article.

A bold heading (the name), then one row per line of the case: its label,
its value wrapped to the width, and whether it is the article's words or
computed. Kept to one 24-line screen for a case article at 80 columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import visible
from .as_oneline import cut
from .columns import source_word
from .layout import Cell, Line, cell_len, grid, styled_cell

if TYPE_CHECKING:
    from ..lang import Language

LABEL_LIMIT = 18
"""Labels longer than this wrap."""
QUOTED = frozenset({"detained", "charged", "released", "died"})
"""Lines whose value is read from a statement the screen quotes, cut to one line."""


def _value(rec: dict[str, Any], width: int) -> Cell:
    """The value wrapped to ``width``, and the statement it was read from cut
    to one dim line, for the lines that quote it."""
    cell = styled_cell(visible(str(rec["value"])), width)
    if rec.get("field") in QUOTED and rec.get("text"):
        cell.append([(cut(f"“{visible(str(rec['text']))}”", width), "dim")])
    return cell


def _blocks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """The case records of each article: a block starts at each article's
    name line (two articles may have the same title) or a change of article."""
    block: list[dict[str, Any]] = []
    for rec in rows:
        if block and (rec.get("field") == "name"
                      or rec.get("article") != block[-1].get("article")):
            yield block
            block = []
        block.append(rec)
    if block:
        yield block


def case_screen_lines(rows: list[dict[str, Any]], width: int,
                      language: Language | None = None) -> Iterator[Line]:
    """The case view of case records, line by line, at ``width`` cells, in
    the words of ``language`` (English by default)."""
    first = True
    for lines in _blocks(rows):
        if not first:
            yield []
        first = False
        head = next((r for r in lines if r.get("field") == "name"), None)
        body = [r for r in lines if r is not head]
        if head is not None:
            yield from styled_cell(visible(str(head["value"])), width, "bold")
        label_w = min(LABEL_LIMIT, max((cell_len(str(r["label"])) for r in body), default=4))
        sources = [source_word(r["source"], language) for r in body]
        source_w = max((cell_len(s) for s in sources), default=4)
        value_w = max(12, width - label_w - source_w - 2)
        yield from grid(((styled_cell(visible(str(r["label"])), label_w, "bold"),
                          _value(r, value_w),
                          styled_cell(visible(source), source_w, "dim"))
                         for r, source in zip(body, sources, strict=True)),
                        (label_w, value_w, source_w))
