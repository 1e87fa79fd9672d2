"""``--format table``: a Rich table; every cell is a ``Text``, never markup."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal, visible
from .columns import cell, columns
from .style import CATEGORY_STYLES, console


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write ``records`` as a table sized to the terminal."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    rows = list(records)
    cols = columns(kind, rows)
    table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
    for header, key in cols:
        wide = key in ("text", "name")
        table.add_column(header, overflow="fold", ratio=3 if wide else 1,
                         no_wrap=key == "category")
    for rec in rows:
        cells = []
        for _, key in cols:
            text = Text(visible(cell(rec, key)))
            if key == "category":
                text.stylize(CATEGORY_STYLES.get(text.plain, ""))
            elif key == "text" and rec.get("matches"):
                for a, b in rec["matches"]:
                    text.stylize("bold reverse", a, b)
            elif key == "section":
                text.stylize("dim")
            cells.append(text)
        table.add_row(*cells)
    console(out, term).print(table)
