"""``--format markdown``: a GitHub-flavoured Markdown table.

Every cell is inert where the Markdown is pasted: ``<``, ``>`` and ``&``
become HTML entities (no raw HTML, ``<script>`` or ``<img>``, renders), and
the punctuation of inline Markdown (emphasis, code, links and images,
strikethrough, maths, the table's ``|``) is escaped with a backslash, so
``![x](javascript:…)`` is shown as written, never as an image or a link.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TextIO

from . import Terminal, visible
from .columns import cell, columns

_ESCAPES = (("\\", "\\\\"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
            *((ch, "\\" + ch) for ch in "`*_[]()!~|$"))
"""In this order: a backslash first and ``&`` before the entities, so that
nothing is escaped twice (one ``str.translate`` with a table of strings
costs a dictionary lookup per character; a ``replace`` per character to
escape runs at the speed of a search)."""


def escape(text: str) -> str:
    """One cell's text as inert Markdown (control characters made visible)."""
    if len(text) <= _SHORT:
        return _escape_short(text)
    return _escape(text)


_SHORT = 80
"""A cell this long or shorter (a date, a category, a section) is escaped
once per table or so: :func:`_escape_short` remembers it."""


@lru_cache(maxsize=1024)
def _escape_short(text: str) -> str:
    return _escape(text)


def _escape(text: str) -> str:
    text = visible(text)
    for ch, escaped in _ESCAPES:
        if ch in text:
            text = text.replace(ch, escaped)
    return text


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write a header row, a rule, and one row per record; the events of one
    article with the same date and category as one row, as the timeline lists
    them (:func:`.as_rich.merged`)."""
    rows = list(records)
    if kind == "events":
        from .as_rich import merged

        rows = merged(rows, term.language)
    cols = columns(kind, rows, term.several, term.language)
    out.write("| " + " | ".join(h for h, _ in cols) + " |\n")
    out.write("|" + "|".join(" --- " for _ in cols) + "|\n")
    for rec in rows:
        out.write("| " + " | ".join([escape(cell(rec, key, term.language)) for _, key in cols])
                  + " |\n")
