"""``--format rich``: the timeline view, grouped by year; tables for the rest.

Each event shows its date for people at its own precision, its category as a
coloured label, the statement wrapped to the width and its section dimmed;
inferred and relative dates say so. Every cell is a ``Text``, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Any, TextIO

from . import Terminal, as_table, clip, visible
from .humanize import human_date
from .style import CATEGORY_STYLES, console


def group_label(rec: dict[str, Any]) -> str:
    """The heading an event is listed under: its year, or its decade/century."""
    if rec.get("precision") in ("decade", "century") and "/" not in str(rec["date"]):
        return human_date(str(rec["date"]))
    return str(int(str(rec["start"])[:4]))


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Events as a timeline; other kinds as a table."""
    if kind != "events":
        as_table.render(kind, records, out, term)
        return
    from rich.table import Table
    from rich.text import Text

    rows = list(records)
    several = len({r.get("article") for r in rows}) > 1
    con = console(out, term)
    # one width for all groups, so that statements line up down the page
    longest = max((len(human_date(str(r["date"]))) for r in rows), default=10)
    date_width = min(22, max(12, term.width * 2 // 7), longest)
    category_width = max((len(str(r.get("category", ""))) for r in rows), default=5)
    for label, group in groupby(rows, key=group_label):
        con.print(Text(label, style="bold underline"))
        grid = Table.grid(padding=(0, 1), expand=False)
        grid.add_column(width=date_width, overflow="fold")
        grid.add_column(width=category_width, no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        for rec in group:
            date = Text(human_date(str(rec["date"])))
            if rec.get("kind") in ("inferred", "relative"):
                date.append(f"\n({rec['kind']})", style="italic dim")
            category = str(rec.get("category", ""))
            body = Text(visible(clip(str(rec.get("text", "")))))
            where = str(rec.get("section", ""))
            if several:
                where = f"{rec.get('article', '')} · {where}"
            body.append("\n" + visible(where), style="dim")
            grid.add_row(date, Text(category, style=CATEGORY_STYLES.get(category, "")), body)
        con.print(grid)
