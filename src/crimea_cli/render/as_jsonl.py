"""``--format jsonl``: one JSON object per line (never through Rich).

Characters that some readers take for line breaks (U+0085, U+2028, U+2029)
are escaped, so that every record stays on its one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal

_LINE_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def line(record: dict[str, Any]) -> str:
    """One record as one line of JSON, without its newline."""
    text = json.dumps(record, ensure_ascii=False)
    for char, escaped in _LINE_BREAKS:
        if char in text:
            text = text.replace(char, escaped)
    return text


def render(kind: str, records: Iterable[dict[str, Any] | str], out: TextIO,
           term: Terminal) -> None:
    """Write each record as one line of JSON, as it comes (a ``str`` is a
    record's line already, made by :func:`line` in a worker process)."""
    for rec in records:
        out.write((rec if isinstance(rec, str) else line(rec)) + "\n")
