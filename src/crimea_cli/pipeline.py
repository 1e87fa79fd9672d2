"""One article source → its records: the unit of work of every command, and
the one runner that maps it over everything the user named.

Each ``*_records`` function is top-level and takes only picklable arguments,
so that worker processes (and engines such as Dask, see the README) can run
it: it reads the article a source names (a path, ``-`` for standard input, a
dump's page; see :data:`crimea_cli.sources.Item`) and returns that article's
records (plain JSON-ready dicts, :mod:`crimea_cli.records`), or the
:class:`ArticleError` that stopped it, for the caller to skip or raise. Each
takes ``language`` (a :class:`~crimea_cli.lang.Language`, English by
default): every step of the command (sentences, dates, events, awards, the
case, facts, explanations) reads that language's words, so a library user
runs a whole command in another language with
``partial(timeline_records, flt=..., language=mine)``; a language pickles for
worker processes.

:func:`each_article` runs one of them over the sources, in order: in worker
processes for many (:mod:`crimea_cli.parallel`), with the skipping rule (a
file found in a directory or dump that cannot be read is skipped; a named one
is an error) and an optional progress wrapper in one place. The workers send
back finished records, serialised to their output lines already where the
format is a line per record (:func:`serialised`), so that this process only
writes.
"""

from __future__ import annotations

import datetime as _dt
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ArticleError, check_type
from .query import EventFilter, filter_events

if TYPE_CHECKING:
    from .lang import Language
    from .model import Article, Award, Statement
    from .records import AwardRecord, EventRecord, FactRecord, HitRecord
    from .sources import Item

R = TypeVar("R")
Work = Callable[["Item"], "R | ArticleError"]
"""A unit of work: one source to its records, or the error that stopped it."""


def _read(source: Item, language: Language | None, what: str) -> Article | ArticleError:
    from .lang import Language
    from .sources import read_item

    if language is not None:
        check_type(language, Language, f"{what}(language)")

    try:
        return read_item(source, language)
    except ArticleError as exc:
        return exc


def timeline_records(source: Item, flt: EventFilter, language: Language | None = None
                     ) -> list[EventRecord] | ArticleError:
    """The filtered event records of the article at ``source``."""
    from .events import extract_events
    from .records import event_record

    article = _read(source, language, "timeline_records")
    if isinstance(article, ArticleError):
        return article
    return [event_record(e, article)
            for e in filter_events(extract_events(article, language), flt)]


def award_records(source: Item, flt: EventFilter | None = None, section: str = "",
                  language: Language | None = None) -> list[AwardRecord] | ArticleError:
    """The award records of the article at ``source``: those in sections whose
    path contains ``section`` and, when ``flt`` has dates, dated within them."""
    from .awards import extract_awards
    from .model import section_label
    from .query import fold
    from .records import award_record

    article = _read(source, language, "award_records")
    if isinstance(article, ArticleError):
        return article
    wanted = fold(section)
    date_from = flt.date_from if flt else None
    date_to = flt.date_to if flt else None

    def keeps(a: Award) -> bool:
        if wanted and wanted not in fold(section_label(a.statement.section)):
            return False
        if date_from is None and date_to is None:
            return True
        if a.date is None:
            return False
        return not ((date_from is not None and a.date.end < date_from.start)
                    or (date_to is not None and a.date.start > date_to.end))

    return [award_record(a, article) for a in extract_awards(article, language=language)
            if keeps(a)]


def fact_records(source: Item, as_of: _dt.date, language: Language | None = None
                 ) -> list[FactRecord] | ArticleError:
    """The fact rows (infobox and computed) of the article at ``source``, on ``as_of``."""
    from .events import extract_events
    from .facts import compute_facts
    from .records import fact_record

    article = _read(source, language, "fact_records")
    if isinstance(article, ArticleError):
        return article
    return [fact_record(r, article) for r in compute_facts(
        article, extract_events(article, language), as_of, language)]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One article's search records (hits, and the statements around them
    that ``context`` asks for) and how many statements matched; when none
    did, the statements a hint ("--fuzzy finds …") may look at: the first ones
    up to :data:`~crimea_cli.query.HINT_CHARACTERS`, and how many characters
    of statements follow them."""

    hits: list[HitRecord]
    matched: int = 0
    sample: list[str] = field(default_factory=list)
    rest: int = 0


@dataclass(frozen=True, slots=True)
class Search:
    """What ``search`` looks for (picklable, for worker processes)."""

    terms: tuple[str, ...]
    regex: bool = False
    fuzzy: bool = False
    whole: bool = True
    flt: EventFilter | None = None
    """Keep statements with an event the filter keeps (when it has dates or
    categories)."""
    section: str = ""
    context: int = 0
    """Statements before and after each hit, as records without matches."""


def _no_hits(statements: list[Statement]) -> SearchResult:
    """An article without a hit: the statements a hint may look at."""
    from .query import HINT_CHARACTERS

    sample: list[str] = []
    used = total = 0
    for st in statements:
        total += len(st.text)
        if total <= HINT_CHARACTERS and used == total - len(st.text):
            sample.append(st.text)
            used = total
    return SearchResult([], 0, sample, total - used)


def hit_records(source: Item, search: Search, language: Language | None = None
                ) -> SearchResult | ArticleError:
    """The statements of the article at ``source`` that match every term
    (the statements and their dates read in ``language``)."""
    from .events import extract_events
    from .model import section_label
    from .query import fold, match_statement, regex_matches
    from .records import hit_record

    article = _read(source, language, "hit_records")
    if isinstance(article, ArticleError):
        return article
    terms = list(search.terms)
    statements = list(article.statements)
    if search.regex:
        spans_list = regex_matches(terms, [s.text for s in statements])
    else:
        spans_list = [match_statement(s.text, terms, search.fuzzy, search.whole)
                      for s in statements]
    if not any(spans_list):
        return _no_hits(statements)   # no need to date what nothing matched
    flt = search.flt
    by_events = bool(flt and (flt.date_from or flt.date_to or flt.categories))
    wanted = fold(search.section)
    first_date: dict[int, str] = {}
    kept: set[int] = set()
    for ev in sorted(extract_events(article, language), key=lambda e: e.date.span[0]):
        first_date.setdefault(ev.statement.index, ev.date.edtf)
        if flt is not None and flt.keeps(ev):
            kept.add(ev.statement.index)
    hit_at = [i for i, (st, spans) in enumerate(zip(statements, spans_list, strict=True))
              if spans and (not by_events or st.index in kept)
              and (not wanted or wanted in fold(section_label(st.section)))]
    if not hit_at:
        return _no_hits(statements)
    hit_set = set(hit_at)
    context = search.context
    shown = sorted({j for i in hit_at
                    for j in range(max(0, i - context), min(len(statements), i + context + 1))})
    return SearchResult([hit_record(statements[j], article.title,
                                    first_date.get(statements[j].index),
                                    (spans_list[j] or []) if j in hit_set else [], article)
                         for j in shown], len(hit_at))


def explain_records(source: Item, flt: EventFilter, language: Language | None = None
                    ) -> list[dict[str, Any]] | ArticleError:
    """The ``timeline --explain`` records of the article at ``source``: the
    statements of the sections and text the filter keeps."""
    from .events import extract_events
    from .explain import explain, explain_record
    from .model import section_label
    from .query import fold

    article = _read(source, language, "explain_records")
    if isinstance(article, ArticleError):
        return article
    section, contains = fold(flt.section), fold(flt.contains)

    def keep(st: Statement) -> bool:
        return ((not section or section in fold(section_label(st.section)))
                and (not contains or contains in fold(st.text)))

    events = [e for e in extract_events(article, language) if flt.keeps(e)]
    return [explain_record(e) for e in explain(article, events, keep, language)]


def case_records(source: Item, as_of: _dt.date, language: Language | None = None
                 ) -> list[dict[str, Any]] | ArticleError:
    """The ``case`` lines of the article at ``source``, on ``as_of``."""
    from .awards import extract_awards
    from .case import case_lines, case_record
    from .events import extract_events
    from .sources import STDIN, bundled_article_path

    article = _read(source, language, "case_records")
    if isinstance(article, ArticleError):
        return article
    events = extract_events(article, language)
    where = ("the bundled article" if source == str(bundled_article_path()) else
             "standard input" if source == STDIN else article.origin or str(source))
    return [case_record(line) for line in
            case_lines(article, events, extract_awards(article, events, language), as_of,
                       where, language)]


def serialised(source: Item, work: Work[Sequence[Any]],
               line: Callable[[Any], str]) -> list[str] | ArticleError:
    """``work``'s records as the lines a format of one line per record writes
    for them (``line`` is that format's, e.g. ``render.as_jsonl.line``)."""
    result = work(source)
    if isinstance(result, ArticleError):
        return result
    return [line(rec) for rec in result]


@contextmanager
def each_article(work: Work[R], specs: Sequence[str], *, jobs: int | None = None,
                 on_skip: Callable[[ArticleError], None] | None = None,
                 progress: Callable[[Iterator[Any], int | None], Iterator[Any]] | None = None,
                 ) -> Iterator[Iterator[R]]:
    """``work`` of every article ``specs`` name, in order, as an iterator to
    consume inside the ``with`` block.

    With ``jobs`` other than 1 and many articles, the work runs in worker
    processes (at most one per core; standard input is read here). An
    unreadable file found in a directory or dump goes to ``on_skip`` when it
    is given; any other error is raised. ``progress(results, total)`` may wrap
    the per-article results (``total`` is None when unknown). When the block
    ends, however it ends, the workers are stopped and waited for.
    """
    from .parallel import jobs_for, map_ordered
    from .sources import STDIN, count, expand

    in_directory: deque[bool] = deque()

    def items() -> Iterator[Item]:
        # lazily: a dump streams page by page
        for item, found in expand(specs):
            in_directory.append(found)
            yield item

    n_jobs = 1 if STDIN in specs else jobs_for(jobs)
    mapped: Iterator[Any] = map_ordered(work, items(), n_jobs)
    results = progress(mapped, count(specs)) if progress else mapped

    def checked() -> Iterator[R]:
        for result in results:
            found = in_directory.popleft()
            if isinstance(result, ArticleError):
                if not (found and on_skip):
                    raise result
                on_skip(result)
                continue
            yield result

    out = checked()
    try:
        yield out
    finally:
        for gen in (out, results, mapped):
            close = getattr(gen, "close", None)
            if close is not None:
                close()
