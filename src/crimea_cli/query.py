"""Filters over events, and search over statements.

Dates in filters are read with the article grammar itself, so "2018",
"May 2018", "2018-05-21" and "21 May 2018" each mean the days they name; an
event is kept when its bounds overlap the range. Search folds case and
accents; ``regex`` patterns run in a child process with a time limit, so that
no pattern can hang the program.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import rx
from .dates import find_dates
from .errors import CrimeaError
from .model import DateValue, Event

HINT_CHARACTERS = 1_000_000
"""The "--fuzzy would find it" hint looks at no more text than this."""
REGEX_SECONDS = 5.0
"""How long ``--regex`` matching may take in all."""


class QueryError(CrimeaError):
    """A filter or search term that cannot be used (exit code 2)."""


def parse_when(text: str) -> DateValue:
    """A date as people type it: "2018", "May 2018", "2018-05-21", "21 May 2018"."""
    probe = "in " + text.strip()
    found = find_dates(probe)
    if len(found) != 1 or found[0].span != (3, len(probe)):
        raise QueryError(f"not a date: {text!r} (try 2018, May 2018, 21 May 2018 or 2018-05-21)")
    return found[0]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``timeline`` keeps; empty fields keep everything."""

    date_from: DateValue | None = None
    date_to: DateValue | None = None
    categories: frozenset[str] = frozenset()
    section: str = ""
    kinds: frozenset[str] = frozenset()
    contains: str = ""

    def keeps(self, event: Event) -> bool:
        """Whether ``event`` passes every filter."""
        d = event.date
        if self.date_from is not None and d.end < self.date_from.start:
            return False
        if self.date_to is not None and d.start > self.date_to.end:
            return False
        if self.categories and event.category not in self.categories:
            return False
        if self.kinds and event.kind.value not in self.kinds:
            return False
        if self.section and fold(self.section) not in fold(event.section):
            return False
        return not self.contains or fold(self.contains) in fold(event.text)


def event_filter(date_from: str | None = None, date_to: str | None = None,
                 categories: Iterable[str] = (), section: str = "", kinds: Iterable[str] = (),
                 contains: str = "", valid: Sequence[str] | None = None) -> EventFilter:
    """The :class:`EventFilter` of filters as people type them: dates as
    :func:`parse_when` reads them, categories in any case, each one of
    ``valid`` (by default the events' :data:`~crimea_cli.lang.CATEGORIES`).
    A category not among them, a date that is none, or a range with no day
    in it is a :class:`QueryError`."""
    from .lang import CATEGORIES

    allowed = CATEGORIES if valid is None else valid
    wanted = [c.lower() for c in categories]
    bad = [c for c in wanted if c not in allowed]
    if bad:
        raise QueryError(f"unknown category {bad[0]!r} (one of: {', '.join(allowed)})")
    start = parse_when(date_from) if date_from else None
    end = parse_when(date_to) if date_to else None
    if start is not None and end is not None and start.start > end.end:
        raise QueryError(f"--from {date_from} is after --to {date_to}: no day is in both")
    return EventFilter(date_from=start, date_to=end, categories=frozenset(wanted),
                       section=section, kinds=frozenset(kinds), contains=contains)


def in_date_order(records: Iterable[Any], reverse: bool = False) -> list[Any]:
    """Event records (of one article or of many) in the order of their dates:
    by first day, then last day; the latest first with ``reverse``. The sort
    is stable: records of one date keep the order they came in."""
    from .records import iso_day_key

    return sorted(records, key=lambda r: (iso_day_key(r["start"]), iso_day_key(r["end"])),
                  reverse=reverse)


def filter_events(events: Iterable[Event], flt: EventFilter) -> list[Event]:
    """The events ``flt`` keeps, in their order."""
    return [e for e in events if flt.keeps(e)]


# --- folding -----------------------------------------------------------------


@cache
def _fold_char(ch: str) -> str:
    """One character case- and accent-folded (remembered)."""
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Üseyin" → "useyin"."""
    if text.isascii():
        return text.casefold()
    return "".join(map(_fold_char, text))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text``."""
    parts = list(map(_fold_char, text))
    folded = "".join(parts)
    if len(folded) == len(text) and all(parts):
        return folded, list(range(len(text) + 1))   # one character for one
    index: list[int] = []
    for i, f in enumerate(parts):
        index.extend([i] * len(f))
    index.append(len(text))
    return folded, index


# --- matching ------------------------------------------------------------------

_WORD = rx.compile(r"\w+")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _tolerance(word: str) -> int:
    return 0 if len(word) < 4 else max(1, len(word) // 4)


def _fuzzy_spans(term: str, folded: str) -> list[tuple[int, int]]:
    """Spans of ``folded`` whose words are spelling variants of ``term``'s."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(folded)]
    want = _WORD.findall(fold(term))
    if not want:
        return []
    spans = []
    for i in range(len(words) - len(want) + 1):
        if all(edit_distance(w, words[i + k][0], _tolerance(w)) <= _tolerance(w)
               for k, w in enumerate(want)):
            spans.append((words[i][1], words[i + len(want) - 1][2]))
    return spans


def _plain_spans(term: str, folded: str, whole_words: bool = False) -> list[tuple[int, int]]:
    needle = fold(term)
    if not needle:
        return []
    # a term that starts (ends) with a letter or digit must start (end) a word
    check_start = whole_words and needle[0].isalnum()
    check_end = whole_words and needle[-1].isalnum()
    spans, start = [], folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        if not ((check_start and start > 0 and folded[start - 1].isalnum())
                or (check_end and end < len(folded) and folded[end].isalnum())):
            spans.append((start, end))
        start = folded.find(needle, start + 1 if whole_words else end)
    return spans


def match_statement(text: str, terms: Sequence[str], fuzzy: bool = False,
                    whole_words: bool = False) -> list[tuple[int, int]] | None:
    """Spans in ``text`` where the terms match, or None unless every term does.

    With ``whole_words`` a term matches only as whole words ("war" is not in
    "award"); a term that starts or ends with punctuation is free there."""
    # folding ASCII moves no offset, so only other text needs an index map
    folded, index = (text.casefold(), None) if text.isascii() else fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        found = _plain_spans(term, folded, whole_words)
        if not found and fuzzy:
            found = _fuzzy_spans(term, folded)
        if not found:
            return None
        spans.extend(found if index is None else [(index[a], index[b]) for a, b in found])
    return sorted(set(spans))


@dataclass(frozen=True, slots=True)
class Found:
    """A whole search: every article's records in order, how many statements
    matched, and, when none did, the looser search that would have found the
    terms in the first statements read (``"fuzzy"``, ``"substring"``), if any."""

    hits: list[Any]
    matched: int
    hint: str | None = None


def found_hits(results: Iterable[Any], search: Any) -> Found:
    """The :class:`Found` of a search's per-article results (the
    ``SearchResult`` of :func:`crimea_cli.pipeline.hit_records`, for the
    :class:`~crimea_cli.pipeline.Search` ``search``). The hint looks at no
    more than :data:`HINT_CHARACTERS` of statements: it must not cost more
    than the search."""
    hits: list[Any] = []
    matched = 0
    sample: list[str] = []
    budget = HINT_CHARACTERS
    for result in results:
        hits.extend(result.hits)
        matched += result.matched
        if matched:
            continue
        for text in result.sample:
            if budget >= len(text):
                sample.append(text)
            budget -= len(text)
        budget -= result.rest
    if matched or search.regex:
        return Found(hits, matched)
    terms = list(search.terms)
    hint = None
    if not search.fuzzy and any(match_statement(t, terms, True, search.whole) for t in sample):
        hint = "fuzzy"
    elif search.whole and any(match_statement(t, terms, False, False) for t in sample):
        hint = "substring"
    return Found(hits, matched, hint)


MAX_MATCHES = 100
"""``--regex``: at most this many matches of one pattern in one statement are
marked (``-e .`` would mark every character)."""


def _regex_match_all(compiled: list[re.Pattern[str]], texts: list[str]
                     ) -> list[list[tuple[int, int]] | None]:
    from itertools import islice

    out: list[list[tuple[int, int]] | None] = []
    for text in texts:
        spans: list[tuple[int, int]] = []
        for pattern in compiled:
            found = list(islice((m.span() for m in pattern.finditer(text) if m.end() > m.start()),
                                MAX_MATCHES))
            if not found:
                spans = []
                break
            spans.extend(found)
        out.append(sorted(set(spans)) or None)
    return out


def _serve(conn: Any, patterns: list[str]) -> None:
    """The child: match each batch of texts it is sent, until the pipe closes."""
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    while True:
        try:
            texts = conn.recv()
        except EOFError:
            return
        conn.send(_regex_match_all(compiled, texts))


class _Matcher:
    """One child process for the whole command, and one time budget: every
    article's statements are matched there, and together they may take at
    most ``seconds``."""

    def __init__(self, patterns: tuple[str, ...], seconds: float) -> None:
        import multiprocessing as mp
        import time

        ctx: Any = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        self.patterns, self.seconds = patterns, seconds
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_serve, args=(child, list(patterns)), daemon=True)
        self.proc.start()
        child.close()
        self.deadline = time.monotonic() + seconds

    def match(self, texts: list[str]) -> list[list[tuple[int, int]] | None]:
        import time

        try:
            self.conn.send(texts)
            if self.conn.poll(max(0.0, self.deadline - time.monotonic())):
                result: list[list[tuple[int, int]] | None] = self.conn.recv()
                return result
        except (EOFError, OSError):
            pass
        self.close()
        raise QueryError(f"the pattern took longer than {self.seconds:g} s; make it simpler")

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        if not self.conn.closed:
            self.conn.close()


_SESSION: list[_Matcher] = []
"""The matcher of the running :func:`regex_session`, if any."""


@contextmanager
def regex_session(patterns: Sequence[str], seconds: float = REGEX_SECONDS) -> Iterator[None]:
    """Within the block, every :func:`regex_matches` of ``patterns`` (one per
    article) runs in one child process with one budget of ``seconds`` for
    all: five articles get 5 s in all, not 5 s each."""
    _check(patterns)
    matcher = _Matcher(tuple(patterns), seconds)
    _SESSION.append(matcher)
    try:
        yield
    finally:
        _SESSION.remove(matcher)
        matcher.close()


def _check(patterns: Sequence[str]) -> None:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise QueryError(f"bad regular expression {p!r}: {exc}") from None


def regex_matches(patterns: Sequence[str], texts: Sequence[str],
                  seconds: float = REGEX_SECONDS) -> list[list[tuple[int, int]] | None]:
    """For each text, the spans where every pattern matches (or None; at
    most ``MAX_MATCHES`` per pattern and text).

    Bad patterns raise :class:`QueryError`; so does matching that takes longer
    than ``seconds`` (a pattern that backtracks without bound), or, inside a
    :func:`regex_session` of the same patterns, longer than the session's
    budget in all.
    """
    _check(patterns)
    for matcher in _SESSION:
        if matcher.patterns == tuple(patterns):
            return matcher.match(list(texts))
    one = _Matcher(tuple(patterns), seconds)
    try:
        return one.match(list(texts))
    finally:
        one.close()
