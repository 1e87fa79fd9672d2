"""Events, awards and search hits as flat records: one schema per command.

Every data format (JSON, JSONL, CSV) carries exactly these fields, in this
order. Dates are EDTF strings; ``start``/``end`` are ISO days (an open
interval such as ``1990/..`` ends on 9999-12-31). Offsets are character
offsets: ``span_*`` within ``text``, ``offset_*`` within the normalised article.

A record carries its whole statement as ``text`` unless the statement is longer
than :data:`MAX_TEXT` characters: then ``text`` is the :data:`CUT_TEXT`
characters around the date (cut at spaces), ``text_cut`` is true and
``text_start`` says where they start in the statement, so that
``article[offset_start + text_start:][:len(text)] == text`` and the whole
statement is ``article[offset_start:offset_end]``. One statement with n dates
so gives n records of bounded size, not n copies of itself: output and memory
grow linearly with the article (see docs/dated-statements.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from .edtf import iso_bounds
from .model import Article, Award, Event, Statement, section_label

if TYPE_CHECKING:
    from .facts import FactRow

class EventRecord(TypedDict):
    """One event (``timeline``): its date (EDTF, precision, whether approximate,
    how it was obtained, ISO bounds), category, section, statement text (or
    the part around the date: ``text_cut``, ``text_start``), article, offsets,
    what an inferred or relative date was resolved from, and provenance."""

    date: str
    precision: str
    approximate: bool
    kind: str
    start: str
    end: str
    category: str
    section: str
    text: str
    article: str
    span_start: int
    span_end: int
    offset_start: int
    offset_end: int
    resolved_from: str | None
    resolved_from_text: str | None
    text_cut: bool
    text_start: int
    origin: str | None
    revision: Any
    citations: list[dict[str, Any]] | None


class AwardRecord(TypedDict):
    """One award (``awards``): its name, date, giver, section, statement, provenance."""

    name: str
    date: str | None
    precision: str | None
    conferred_by: str | None
    section: str
    text: str
    article: str
    text_cut: bool
    text_start: int
    offset_start: int
    offset_end: int
    origin: str | None
    revision: Any
    citations: list[dict[str, Any]] | None


class HitRecord(TypedDict):
    """One search hit (``search``): the statement, its first date, the match offsets."""

    date: str | None
    section: str
    source: str
    text: str
    article: str
    matches: list[list[int]]
    origin: str | None
    revision: Any
    citations: list[dict[str, Any]] | None


class FactRecord(TypedDict):
    """One fact row (``facts``): label, value, where it comes from."""

    label: str
    value: str
    source: str
    article: str
    origin: str | None


class Provenance(TypedDict):
    """Where a record comes from (see :func:`provenance`)."""

    origin: str | None
    revision: Any
    citations: list[dict[str, Any]] | None


EVENT_FIELDS: tuple[str, ...] = tuple(EventRecord.__annotations__)
AWARD_FIELDS: tuple[str, ...] = tuple(AwardRecord.__annotations__)
HIT_FIELDS: tuple[str, ...] = tuple(HitRecord.__annotations__)
FACT_FIELDS: tuple[str, ...] = tuple(FactRecord.__annotations__)

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


MAX_TEXT = 1000
"""The longest statement a record carries whole (the longest sentence of the
development corpora has 636)."""
CUT_TEXT = 300
"""How much of a longer statement a record carries: the part around its
date. Such statements are lists run together or text without full stops, with
a date every few characters; each record then costs a few hundred bytes to
print, not a copy of the statement."""
_SNAP = 40
"""How far a cut moves to fall at a space."""


def excerpt(text: str, span: tuple[int, int] = (0, 0)) -> tuple[str, int]:
    """What a record carries of ``text``, and where that starts in it: all of
    it, or for a longer text than MAX_TEXT the CUT_TEXT characters around
    ``span`` (the date), cut at a space when one is near."""
    if len(text) <= MAX_TEXT:
        return text, 0
    a, b = span
    n = len(text)
    if b - a >= CUT_TEXT:
        lo = a
    else:   # (max and min, written out: this runs once per record)
        lo = (a + b - CUT_TEXT) // 2
        if lo > n - CUT_TEXT:
            lo = n - CUT_TEXT
        if lo < 0:
            lo = 0
    hi = lo + CUT_TEXT
    if lo > 0:
        space = text.find(" ", lo, a if a < lo + _SNAP else lo + _SNAP)
        lo = space + 1 if space >= 0 else lo
    if hi < n:
        space = text.rfind(" ", b if b > hi - _SNAP else hi - _SNAP, hi)
        hi = space if space >= 0 else hi
    return text[lo:hi], lo


def iso_day_key(day: str) -> tuple[int, str]:
    """A sort key for an ISO day, expanded years too ("-0479-01-01" sorts
    before "-0378-01-01" and both before "0001-01-01")."""
    return int(day[:-6]), day[-5:]


def provenance(article: Article | None, statement: Statement | None) -> Provenance:
    """Where a record comes from: ``origin`` (the article's path or page URL),
    ``revision`` (the page revision, when the reader knows it) and
    ``citations`` (the references the article gives for the statement: a list,
    empty when it gives none; null when the format cannot say, as the plain
    format cannot)."""
    if article is None:
        return {"origin": None, "revision": None, "citations": None}
    cites = article.citations_of(statement) if statement is not None else None
    return {"origin": article.origin or None, "revision": article.revision,
            "citations": None if cites is None else [c.as_dict() for c in cites]}


_NO_PROVENANCE: Provenance = {"origin": None, "revision": None, "citations": None}
"""What :func:`provenance` says without an article (merged into each record, never changed)."""


def event_record(event: Event, article: Article | None = None) -> EventRecord:
    """One event as a JSON-ready dict with the fields of ``EVENT_FIELDS``;
    ``article`` (the event's) gives its provenance."""
    d = event.date
    src = event.resolved_from
    whole = event.text
    text, lo = (whole, 0) if len(whole) <= MAX_TEXT else excerpt(whole, d.span)
    start, end = iso_bounds(d)
    return {
        "date": d.edtf,
        "precision": d.precision._value_,   # (.value, without the enum's descriptor)
        "approximate": d.approximate,
        "kind": event.kind._value_,
        "start": start,
        "end": end,
        "category": event.category,
        "section": event.section,
        "text": text,
        "article": event.article,
        "span_start": d.span[0] - lo,
        "span_end": d.span[1] - lo,
        "offset_start": event.statement.start,
        "offset_end": event.statement.end,
        "resolved_from": None if src is None else src.date.edtf,
        "resolved_from_text": None if src is None else excerpt(src.text, src.date.span)[0],
        "text_cut": len(text) < len(whole),
        "text_start": lo,
        **(_NO_PROVENANCE if article is None else provenance(article, event.statement)),
    }


def award_record(award: Award, article: Article | None = None) -> AwardRecord:
    """One award as a JSON-ready dict with the fields of ``AWARD_FIELDS``."""
    whole = award.statement.text
    text, lo = excerpt(whole, award.date.span if award.date else (0, 0))
    return {
        "name": award.name,
        "date": award.date.edtf if award.date else None,
        "precision": award.date.precision.value if award.date else None,
        "conferred_by": award.conferred_by,
        "section": section_label(award.statement.section),
        "text": text,
        "article": award.article,
        "text_cut": len(text) < len(whole),
        "text_start": lo,
        "offset_start": award.statement.start,
        "offset_end": award.statement.end,
        **provenance(article, award.statement),
    }


def hit_record(statement: Statement, article: str, date: str | None,
               matches: list[tuple[int, int]], of: Article | None = None) -> HitRecord:
    """One search hit: a statement, its first date (or None), match offsets;
    ``of`` (the statement's article) gives its provenance."""
    return {
        "date": date,
        "section": section_label(statement.section),
        "source": statement.source.value,
        "text": statement.text,
        "article": article,
        "matches": [[a, b] for a, b in matches],
        **provenance(of, statement),
    }


def fact_record(row: FactRow, article: Article | None = None) -> FactRecord:
    """One fact row as a JSON-ready dict with the fields of ``FACT_FIELDS``;
    ``article`` (the row's) gives its origin."""
    return {"label": row.label, "value": row.value, "source": row.source,
            "article": row.article, "origin": (article.origin or None) if article else None}
