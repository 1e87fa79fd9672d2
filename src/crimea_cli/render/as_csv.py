"""``--format csv``: RFC 4180 (CRLF line ends, quoted where needed, a header).

The columns are the record fields of :mod:`crimea_cli.records`; a list
(``matches``) is written as its JSON text. Text is UTF-8 without a BOM.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..records import FIELDS
from . import Terminal


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write a header and one row per record."""
    fields = FIELDS[kind]
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    for rec in records:
        writer.writerow([_cell(rec.get(f)) for f in fields])
