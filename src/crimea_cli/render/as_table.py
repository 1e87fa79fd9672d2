"""``--format rich``: a Rich table; every cell is a ``Text``, never markup."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal

_COLUMNS = {
    "events": (("Date", "date"), ("Category", "category"), ("Statement", "text"),
               ("Section", "section")),
    "awards": (("Date", "date"), ("Award", "name"), ("Conferred by", "conferred_by"),
               ("Statement", "text")),
}


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write ``records`` as a table sized to the terminal."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=term.width, no_color=not term.color,
                      color_system="auto" if term.color else None,
                      force_terminal=term.is_tty and term.color, highlight=False,
                      emoji=False, markup=False)
    columns = _COLUMNS[kind]
    table = Table(show_lines=False, expand=False)
    for title, _ in columns:
        table.add_column(title, overflow="fold")
    for rec in records:
        table.add_row(*(Text(str(rec.get(key) or "")) for _, key in columns))
    console.print(table)
