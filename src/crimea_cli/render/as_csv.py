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


def _quoted(text: str) -> str:
    """One cell as ``csv.writer`` writes it by default: in quotes (its quotes
    doubled) when it holds a comma, a quote or a line end."""
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def _plain_row(rec: dict[str, Any], fields: tuple[str, ...], raw: bool) -> str | None:
    """A row of str, int, bool and None cells as ``csv.writer`` writes it
    (without its line end); None when a cell is of another type."""
    row: list[str] = []
    add = row.append
    value: Any
    for value in map(rec.get, fields):
        of = type(value)
        if of is str:   # (_quoted's cell, without a call for each)
            if not raw and value.startswith(FORMULA_STARTS):
                value = "'" + value
            if '"' in value:
                add('"' + value.replace('"', '""') + '"')
            elif "," in value or "\n" in value or "\r" in value:
                add('"' + value + '"')
            else:
                add(value)
        elif value is None:
            add("")
        elif of is int:
            add(int.__repr__(value))
        elif of is bool:
            add("true" if value else "false")
        else:
            return None
    return ",".join(row)


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write a header and one row per record (a BOM first for Excel).

    A row of plain cells (str, int, bool, None: a record's) is joined here,
    as ``csv.writer`` would write it (a test holds them to the same text),
    several times faster than the writer's look at each character; any other
    row goes through the writer."""
    fields = FIELDS[kind]
    if term.excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    raw = term.raw_cells
    for rec in records:
        line = _plain_row(rec, fields, raw) if len(fields) > 1 else None
        if line is not None:
            out.write(line + "\r\n")
        else:
            writer.writerow([_cell(value, raw) for value in map(rec.get, fields)])
