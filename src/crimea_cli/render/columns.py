"""What the human formats (rich, table, markdown) show of each kind of record."""

from __future__ import annotations

from typing import Any

from ..humanize import human_date
from . import clip, record_text


def date_cell(rec: dict[str, Any]) -> str:
    """The date for people, marked when it was inferred or relative."""
    date = rec.get("date")
    if not date:
        return ""
    text = human_date(str(date))
    kind = rec.get("kind")
    return f"{text} ({kind})" if kind in ("inferred", "relative") else text


# (header, how to get the cell) for each kind of record
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (("Date", "date"), ("Category", "category"), ("Statement", "text"),
               ("Section", "section")),
    "awards": (("Date", "date"), ("Award", "name"), ("Conferred by", "conferred_by"),
               ("Statement", "text")),
    "hits": (("Date", "date"), ("Section", "section"), ("Statement", "text")),
    "facts": (("Fact", "label"), ("Value", "value"), ("Source", "source")),
    "case": (("Field", "label"), ("Value", "value"), ("Source", "source"),
             ("Statement", "text")),
    "stats": (("Table", "table"), ("Key", "key"), ("Count", "count")),
    "explain": (("Token", "token"), ("Rule", "rule"), ("Reason", "reason"),
                ("Statement", "text")),
}


def columns(kind: str, records: list[dict[str, Any]],
            several: bool = False) -> list[tuple[str, str]]:
    """The columns to show; "Article" is added when rows come from several
    articles, or were read from several (``several``)."""
    cols = list(COLUMNS[kind])
    if several or len({r.get("article") for r in records}) > 1:
        cols.append(("Article", "article"))
    return cols


def cell(rec: dict[str, Any], key: str) -> str:
    """One cell's text (dates humanised)."""
    if key == "date":
        return date_cell(rec)
    if key == "text":
        return record_text(rec)
    value = rec.get(key)
    return "" if value is None else clip(str(value))
