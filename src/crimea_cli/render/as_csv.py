"""``--format csv``: RFC 4180 (CRLF line ends, quoted where needed, a header).

The columns are the record fields of :mod:`crimea_cli.records`; a list
(``matches``) is written as its JSON text. Text is UTF-8 without a BOM, or
with one for Excel (``term.excel``), which reads BOM-less UTF-8 as the
local code page.

Cells are safe to open in a spreadsheet: a text cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return would be run as a formula,
so it gets a leading apostrophe, as OWASP advises ("CSV Injection"). A
program that wants the cells exactly as the data asks with ``term.raw_cells``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..records import FIELDS
from . import Terminal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell that starts with one of these as a formula."""


def guard(text: str) -> str:
    """``text`` as a cell no spreadsheet runs: an apostrophe before a
    formula's first character (OWASP)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any, raw: bool) -> Any:
    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value if raw else guard(value)
    return "" if value is None else value


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write a header and one row per record (a BOM first for Excel)."""
    fields = FIELDS[kind]
    if term.excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    raw = term.raw_cells
    for rec in records:
        row: list[Any] = []
        value: Any
        for value in map(rec.get, fields):
            of = type(value)   # the common types inline, as _cell treats them
            if of is str:
                row.append(value if raw or not value.startswith(FORMULA_STARTS)
                           else "'" + value)
            elif value is None:
                row.append("")
            elif of is int:
                row.append(value)
            elif of is bool:
                row.append("true" if value else "false")
            else:
                row.append(_cell(value, raw))
        writer.writerow(row)
