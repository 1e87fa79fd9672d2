"""Events and awards as plain records: the one schema every data format shares.

``--format json`` is the list of these records; other data formats carry the
same fields. Dates are EDTF strings; ``start``/``end`` are ISO days (an open
interval such as ``1990/..`` ends on 9999-12-31).
"""

from __future__ import annotations

from typing import Any

from .model import Award, Event, section_label

EVENT_FIELDS: tuple[str, ...] = (
    "date", "precision", "approximate", "kind", "start", "end", "category",
    "section", "text", "article", "span", "offset", "resolved_from",
)
AWARD_FIELDS: tuple[str, ...] = (
    "name", "date", "precision", "conferred_by", "section", "text", "article",
)


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
        "span": [d.span[0], d.span[1]],
        "offset": [event.statement.start, event.statement.end],
        "resolved_from": None if src is None else {"date": src.date.edtf, "text": src.text},
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
