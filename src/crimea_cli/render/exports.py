"""What the calendar and timeline exports share: which records they take, a
stable id for each, and the dated record's parts."""

from __future__ import annotations

import hashlib
import html
from typing import Any

from ..errors import CrimeaError


class FormatError(CrimeaError):
    """A format that cannot show this kind of record (exit code 2)."""


def dated(kind: str, fmt: str) -> None:
    """Only events and awards have dates to export."""
    if kind not in ("events", "awards"):
        raise FormatError(f"--format {fmt} is for timeline and awards")


def unique_id(rec: dict[str, Any]) -> str:
    """A stable id: the same record gives the same id on every run."""
    get = rec.get   # (the fields joined by U+001F, each as str() writes it)
    key = (f"{get('article', '')!s}\x1f{get('date', '')!s}\x1f{get('offset_start', '')!s}"
           f"\x1f{get('span_start', '')!s}\x1f{get('name', '')!s}\x1f{get('text', '')!s}")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def headline(rec: dict[str, Any], limit: int = 80) -> str:
    """A short title: the award's name, or the statement cut at a word."""
    text = str(rec.get("name") or rec.get("text") or "")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[:cut if cut > 0 else limit - 1] + "…"


def escape_html(text: str) -> str:
    """``html.escape(text)`` (quotes too), quicker for the common text that
    holds nothing to escape: five searches for a character are several times
    quicker than the five replacements."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text)
    return text
