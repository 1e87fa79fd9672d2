"""``--format markdown``: a GitHub-flavoured Markdown table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal, visible
from .columns import cell, columns


def _escape(text: str) -> str:
    return visible(text).replace("\\", "\\\\").replace("|", "\\|")


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write a header row, a rule, and one row per record."""
    rows = list(records)
    cols = columns(kind, rows)
    out.write("| " + " | ".join(h for h, _ in cols) + " |\n")
    out.write("|" + "|".join(" --- " for _ in cols) + "|\n")
    for rec in rows:
        out.write("| " + " | ".join(_escape(cell(rec, key)) for _, key in cols) + " |\n")
