"""Events, awards and search hits as flat records: one schema per command.

Every data format (JSON, JSONL, CSV) carries exactly these fields, in this
order. Dates are EDTF strings; ``start``/``end`` are ISO days (an open
interval such as ``1990/..`` ends on 9999-12-31). Offsets are character
offsets: ``span_*`` within ``text``, ``offset_*`` within the normalised article.
"""

from __future__ import annotations

from typing import Any

from .model import Award, Event, Statement, section_label

EVENT_FIELDS: tuple[str, ...] = (
    "date", "precision", "approximate", "kind", "start", "end", "category",
    "section", "text", "article", "span_start", "span_end", "offset_start",
    "offset_end", "resolved_from", "resolved_from_text",
)
AWARD_FIELDS: tuple[str, ...] = (
    "name", "date", "precision", "conferred_by", "section", "text", "article",
)
HIT_FIELDS: tuple[str, ...] = (
    "date", "section", "source", "text", "article", "matches",
)

FACT_FIELDS: tuple[str, ...] = ("label", "value", "source", "article")

CASE_FIELDS: tuple[str, ...] = ("field", "label", "value", "date", "source", "text", "article")
STATS_FIELDS: tuple[str, ...] = ("table", "key", "count", "article")
EXPLAIN_FIELDS: tuple[str, ...] = (
    "token", "rule", "reason", "date", "section", "text", "article", "span_start", "span_end",
    "from_text",
)

FIELDS: dict[str, tuple[str, ...]] = {
    "events": EVENT_FIELDS, "awards": AWARD_FIELDS, "hits": HIT_FIELDS, "facts": FACT_FIELDS,
    "case": CASE_FIELDS, "stats": STATS_FIELDS, "explain": EXPLAIN_FIELDS,
}


def event_record(event: Event) -> dict[str, Any]:
    """One event as a JSON-ready dict with the fields of ``EVENT_FIELDS``."""
    d = event.date
    src = event.resolved_from
    return {
        "date": d.edtf,
        "precision": d.precision.value,
        "approximate": d.approximate,
        "kind": event.kind.value,
        "start": d.start.isoformat(),
        "end": d.end.isoformat(),
        "category": event.category,
        "section": event.section,
        "text": event.text,
        "article": event.article,
        "span_start": d.span[0],
        "span_end": d.span[1],
        "offset_start": event.statement.start,
        "offset_end": event.statement.end,
        "resolved_from": None if src is None else src.date.edtf,
        "resolved_from_text": None if src is None else src.text,
    }


def award_record(award: Award) -> dict[str, Any]:
    """One award as a JSON-ready dict with the fields of ``AWARD_FIELDS``."""
    return {
        "name": award.name,
        "date": award.date.edtf if award.date else None,
        "precision": award.date.precision.value if award.date else None,
        "conferred_by": award.conferred_by,
        "section": section_label(award.statement.section),
        "text": award.statement.text,
        "article": award.article,
    }


def hit_record(statement: Statement, article: str, date: str | None,
               matches: list[tuple[int, int]]) -> dict[str, Any]:
    """One search hit: a statement, its first date (or None), match offsets."""
    return {
        "date": date,
        "section": section_label(statement.section),
        "source": statement.source.value,
        "text": statement.text,
        "article": article,
        "matches": [[a, b] for a, b in matches],
    }
