"""Counts of events: per period (year, decade or century), category, section
and article, for ``crimea-cli stats``.

The records are the timeline's own (:func:`crimea_cli.records.event_record`),
so the counts work on whatever the timeline reads, one article or a corpus.
An event counts in the period of its first day. The period is chosen by the
span, the finest that needs no more than ``MAX_PERIODS`` rows; the periods
between the first and the last are all listed, with their zeros, so that a
chart shows the gaps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

PERIODS: tuple[str, ...] = ("year", "decade", "century")
"""The periods counts can be given per, finest first."""
MAX_PERIODS = 25
"""An automatic period needs no more rows than this (a century always fits)."""
TABLES: tuple[str, ...] = ("period", "category", "section", "article")
"""What events are counted per, in the order they are shown."""


@dataclass(frozen=True, slots=True)
class Count:
    """One bar of ``crimea-cli stats``: how many events have ``key``.

    ``table`` is what is counted per (``year``, ``decade``, ``century``,
    ``category``, ``section`` or ``article``); ``article`` is the article the
    count is for when the counts are given per article (else None).
    """

    table: str
    key: str
    count: int
    article: str | None = None


def stats_record(count: Count) -> dict[str, Any]:
    """One count as a JSON-ready dict with the fields of ``STATS_FIELDS``."""
    return {"table": count.table, "key": count.key, "count": count.count,
            "article": count.article}


def _year(rec: dict[str, Any]) -> int:
    return int(str(rec["start"])[:4])


def period_key(year: int, period: str) -> str:
    """The label of the period ``year`` falls in: "2018", "2010s", "21st century"."""
    if period == "year":
        return str(year)
    if period == "decade":
        return f"{year // 10 * 10}s"
    from crimea_cli.lang import en  # the ordinal rule is the language's (CLDR)

    return f"{en.LANGUAGE.ordinal((year - 1) // 100 + 1)} century"


def _period_index(year: int, period: str) -> int:
    return year if period == "year" else year // 10 if period == "decade" else (year - 1) // 100


def choose_period(years: Iterable[int]) -> str:
    """The finest period whose rows from the first year to the last are at
    most ``MAX_PERIODS``."""
    ys = list(years)
    if not ys:
        return "year"
    lo, hi = min(ys), max(ys)
    for period in PERIODS:
        if _period_index(hi, period) - _period_index(lo, period) < MAX_PERIODS:
            return period
    return "century"


def _per_period(records: list[dict[str, Any]], period: str,
                article: str | None) -> list[Count]:
    years = [_year(r) for r in records]
    counts = Counter(_period_index(y, period) for y in years)
    if not counts:
        return []
    first_year = {_period_index(y, period): y for y in sorted(years, reverse=True)}
    out = []
    for i in range(min(counts), max(counts) + 1):
        year = first_year.get(i)
        if year is None:   # an empty period between two others: its first year
            year = i if period == "year" else i * 10 if period == "decade" else i * 100 + 1
        out.append(Count(period, period_key(year, period), counts.get(i, 0), article))
    return out


def _per(records: list[dict[str, Any]], field: str, article: str | None) -> list[Count]:
    counts = Counter(str(r.get(field, "")) for r in records)
    return [Count(field, key, n, article)
            for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def count_events(records: Iterable[dict[str, Any]], period: str = "auto",
                 per_article: bool = False) -> list[Count]:
    """The counts of event ``records``: per period, category, section and,
    with several articles, article. ``per_article`` gives each article its
    own counts instead (with one period for all, so that they compare)."""
    rows = list(records)
    chosen = choose_period(_year(r) for r in rows) if period == "auto" else period
    if period not in ("auto", *PERIODS):
        raise ValueError(f"unknown period {period!r}")
    names = _article_names(rows)
    if per_article:
        by_article: dict[str, list[dict[str, Any]]] = {}
        for r, name in zip(rows, names, strict=True):
            by_article.setdefault(name, []).append(r)
        out: list[Count] = []
        for name, group in by_article.items():
            out += _per_period(group, chosen, name)
            out += _per(group, "category", name) + _per(group, "section", name)
        return out
    out = _per_period(rows, chosen, None) + _per(rows, "category", None)
    out += _per(rows, "section", None)
    if len(set(names)) > 1:
        out += _per([{"article": n} for n in names], "article", None)
    return out


def _article_names(rows: list[dict[str, Any]]) -> list[str]:
    """Each record's article as the counts name it: its title, and its
    origin too when files of one title are counted ("Ivan Lis (a2.txt)")."""
    origins: dict[str, set[Any]] = {}
    for r in rows:
        origins.setdefault(str(r.get("article", "")), set()).add(r.get("origin"))
    return [f"{title} ({r.get('origin')})" if len(origins[title]) > 1 and r.get("origin")
            else title for r in rows for title in (str(r.get("article", "")),)]
