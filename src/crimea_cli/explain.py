"""Why a number is not a date: ``crimea-cli timeline --explain``.

For each statement, every number-like token (digits, number words) and
date-like word (a month name) that the timeline did *not* take as a date is
listed with the named rule that explains it; inferred and relative dates are
listed with the statement their year came from. Users trust what they can
check: this shows what was left out.

The explanation reads the grammar's own result rather than restating it: a
token inside a date the grammar found (:func:`crimea_cli.dates.find_mentions`)
that no event kept is one the events left out (a year naming something in a
statement that is already dated more finely); any other token is explained by
the year rule that refused it when the grammar read it as a candidate year
(:data:`crimea_cli.dates.YEAR_RULES`: ``three-digit``, ``determiner-count``
…, found by ``find_mentions(text, rejected)``), else by
the first rule of :data:`RULES` that fits its words around it, rules built on
the same tables of the language the grammar reads (``number_labels``,
``quantity_words`` … of :mod:`crimea_cli.lang.en`, or of the language given
to :func:`explain`). The grammar decides; this module only says why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import rx
from .errors import check_type
from .lang import Language, alternatives, en
from .model import Article, Event, Kind, Source, Statement, section_label
from .records import excerpt


@dataclass(frozen=True, slots=True)
class Explanation:
    """A token of a statement and why it is (or how it became) a date.

    ``rule`` is a stable name, ``reason`` its words for people; ``date`` is
    the EDTF of an inferred or relative date (None for a token not taken);
    ``span`` the token's offsets in the statement; ``from_text`` the statement
    an inferred or relative date took its year from.
    """

    token: str
    rule: str
    reason: str
    date: str | None
    statement: Statement
    span: tuple[int, int]
    article: str
    from_text: str | None = None


def explain_record(e: Explanation) -> dict[str, object]:
    """One explanation as a JSON-ready dict with the fields of
    ``records.EXPLAIN_FIELDS``."""
    # a long statement is carried as the part around the token (records.MAX_TEXT)
    text, lo = excerpt(e.statement.text, e.span)
    return {"token": e.token, "rule": e.rule, "reason": e.reason, "date": e.date,
            "section": section_label(e.statement.section), "text": text,
            "article": e.article, "span_start": e.span[0] - lo, "span_end": e.span[1] - lo,
            "from_text": None if e.from_text is None else excerpt(e.from_text)[0]}


_CURRENCY = frozenset("$€£¥₴₽")
_WORD_BEFORE = rx.compile(r"(\S+)\s*$")
_LETTERS_JOINED = rx.compile(r"[^\W\d_]-?$")
_JOINED_AFTER = rx.compile(r"^-?[^\W\d_]")


class _Words:
    """What the explanations read in one language (see :func:`_words`)."""

    def __init__(self, language: Language) -> None:
        lg = language
        self.NUMBER_LABELS = lg.number_labels
        self.QUANTITY_WORDS = lg.quantity_words
        number_word = "|".join(sorted((w for w, v in lg.number_words.items()
                                       if v and len(w) > 2), key=lambda w: (-len(w), w)))
        tens = "|".join(lg.tens_words)
        month_names = "|".join(m for m in lg.months if m not in lg.month_abbreviations)
        self._TOKEN = rx.compile(
            rf"(?P<digits>\d+(?:[.,:/]\d+)*)"
            rf"|\b(?P<word>(?:{tens})(?:-\w+)?"
            rf"|{number_word}|{alternatives(lg.large_number_words)})\b"
            rf"|\b(?P<month>{month_names})\b",
            re.IGNORECASE)
        self._UNITS = frozenset(lg.relative_units) | lg.duration_units
        self._WORDS_AFTER = rx.compile(
            rf"[\s-]*(?:{alternatives(lg.half_phrases)}\s+)?([^\W\d_][\w'’]*|%)")
        self._OF_LABEL = rx.compile(rf"\s+{lg.of_word}\s+(?:{lg.definite_article}\s+)?"
                                    rf"(?:{alternatives(lg.labels_after_of)})\b")
        """A part's number: "Part 2 of Art. 205.5"."""
        self._AGE_LEADS = lg.age_leads
        self._YEARS_OLD = rx.compile(rf"[\s-]*(?:{alternatives(lg.year_words)})[\s-]*"
                                     rf"(?:{alternatives(lg.age_after_words)})\b", re.IGNORECASE)
        self._TIME_SUFFIXES = lg.time_suffixes

    def after(self, text: str, end: int) -> str:
        """The word after a token (past a "and a half")."""
        m = self._WORDS_AFTER.match(text, end)
        return m.group(1).lower() if m else ""

    def numbered(self, text: str, start: int, end: int) -> bool:
        """Whether the token is a label's number ("Art. 205", "Part 2 of Art. 205.5")."""
        before = _before(text, start)
        if before in self.NUMBER_LABELS and before not in _CURRENCY:
            return True
        # "Part 2 of Art. 205.5": a number that an "of Art." follows is a part's
        return bool(self._OF_LABEL.match(text[end:]))

    def age(self, text: str, start: int, end: int) -> bool:
        """Whether the token is a person's age ("aged 34", "34 years old")."""
        before = text[max(0, start - 12):start].lower()
        return (before.rstrip().endswith(self._AGE_LEADS)
                or bool(self._YEARS_OLD.match(text[end:])))


@cache
def _words(language: Language) -> _Words:
    return _Words(language)


def _before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 24):start])
    return m.group(1).lower() if m else ""


@dataclass(frozen=True, slots=True)
class Rule:
    """A named reason a token is not a date, with an example of it; its
    words for people are the language's (``explain_token_reasons``)."""

    name: str
    example: str
    """A phrase it explains; the token is the first number-like token in it."""
    fits: Callable[[_Words, str, str, int, int], bool]
    """Whether it fits the token ``text[start:end]`` of a kind (digits/word/month),
    read with the words of a language."""

    @property
    def reason(self) -> str:
        """What the rule means, in English."""
        return en.LANGUAGE.explain_token_reasons[self.name]


def _money(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4):start].rstrip()
    return bool(before) and before[-1] in _CURRENCY


RULES: tuple[Rule, ...] = (
    Rule("verb", "he may appeal",
         lambda w, kind, t, a, b: kind == "month" and t[a:b][0].islower()),
    Rule("month-alone", "Every March the fair opens",
         lambda w, kind, t, a, b: kind == "month"),
    Rule("label", "under Art. 205.5",
         lambda w, kind, t, a, b: kind == "digits" and w.numbered(t, a, b)),
    Rule("glued", "symptoms of COVID-19",
         lambda w, kind, t, a, b: kind == "digits" and (
             bool(_LETTERS_JOINED.search(t[max(0, a - 2):a]))
             or bool(_JOINED_AFTER.match(t[b:b + 2])))),
    Rule("age", "aged 34",
         lambda w, kind, t, a, b: w.age(t, a, b)),
    Rule("duration", "fourteen years in a penal colony",
         lambda w, kind, t, a, b: w.after(t, b) in w._UNITS),
    Rule("time", "at 10:30",
         lambda w, kind, t, a, b: ":" in t[a:b] or w.after(t, b) in w._TIME_SUFFIXES),
    Rule("quantity", "a fine of 2000 rubles",
         lambda w, kind, t, a, b: _money(t, a, b) or w.after(t, b) in w.QUANTITY_WORDS),
    Rule("separators", "it cost 1,500",
         lambda w, kind, t, a, b: kind == "digits" and bool(re.search(r"[.,/]", t[a:b]))),
    Rule("short", "up to 20",
         lambda w, kind, t, a, b: kind == "digits" and b - a <= 2),
    Rule("long", "it raised 123456",
         lambda w, kind, t, a, b: kind == "digits" and b - a > 4),
    Rule("count", "six other defenders",
         lambda w, kind, t, a, b: kind == "word"),
    Rule("no-evidence", "the score was 1500", lambda w, kind, t, a, b: True),
)
"""The rules, in the order they are tried; the first that fits explains."""

SUBSUMED, NO_YEAR, NOT_DATED = "subsumed", "no-year", "not-dated"
NO_ANCHOR, ANCHOR_UNDATED, RELATIVE_LEFT = "no-anchor", "anchor-undated", "relative-left-out"
"""The names of the reasons of a date the grammar read that no event kept: the contract
has partial dates take the year of the preceding dated statement in the
same section, and relative ones count from it."""


YEAR_REASONS = en.LANGUAGE.explain_year_reasons
"""What a refusal of the year rules (:data:`crimea_cli.dates.YEAR_RULES`,
named by the grammar itself) means, for people: a number the grammar read as
a candidate year and refused is explained by the rule that refused it, so
the explanation and the grammar never disagree. A test checks that every
refusing rule has its words here. (English's: each language has its own,
``explain_year_reasons``; a rule with none is ``not-a-year`` of
``explain_date_reasons``.)"""


def _explain_token(kind: str, text: str, start: int, end: int,
                   language: Language | None = None) -> Rule:
    w = _words(en.LANGUAGE if language is None else language)
    return next(r for r in RULES if r.fits(w, kind, text, start, end))


def tokens(text: str, language: Language | None = None) -> Iterable[tuple[str, int, int]]:
    """The number-like and date-like tokens of ``text`` in ``language``
    (English by default): (kind, start, end)."""
    if language is not None:
        check_type(language, Language, "tokens(language)")
    for m in _words(en.LANGUAGE if language is None else language)._TOKEN.finditer(text):
        kind = m.lastgroup or "digits"
        yield kind, m.start(), m.end()


def explain(article: Article, events: list[Event],
            keep: Callable[[Statement], bool] = lambda st: True,
            language: Language | None = None) -> list[Explanation]:
    """Every token of ``article``'s statements not taken as a date, and every
    inferred or relative date, in the order of the text, read in
    ``language`` (English by default: the one the events were read in). A
    day, month or relative phrase the grammar read but no event kept is
    explained once, as a whole ("20 September")."""
    from .dates import MentionKind, grammar
    from .events import heading_anchors

    if language is not None:
        check_type(language, Language, "explain(language)")
    lg = en.LANGUAGE if language is None else language
    dates = grammar(lg)
    w = _words(lg)

    taken: dict[int, list[tuple[int, int]]] = {}
    completed: dict[int, list[Event]] = {}
    first_dated: dict[tuple[str, ...], int] = {}   # per section, its first dated statement
    for ev in events:
        taken.setdefault(ev.statement.index, []).append(ev.date.span)
        if ev.kind is not Kind.EXPLICIT:
            completed.setdefault(ev.statement.index, []).append(ev)
        at = first_dated.get(ev.statement.section)
        if at is None or ev.statement.index < at:
            first_dated[ev.statement.section] = ev.statement.index
    anchored = heading_anchors(article, language)

    token_reasons, year_reasons = lg.explain_token_reasons, lg.explain_year_reasons
    date_reasons = lg.explain_date_reasons

    def unread(m: Any, st: Statement) -> str:
        at = first_dated.get(st.section)
        dated_before = st.section in anchored or (at is not None and at < st.index)
        if m.kind is MentionKind.PARTIAL:
            return NOT_DATED if dated_before else NO_YEAR
        if m.kind is MentionKind.RELATIVE:
            if m.anchor:
                return ANCHOR_UNDATED
            return RELATIVE_LEFT if dated_before else NO_ANCHOR
        return SUBSUMED
    out: list[Explanation] = []
    for st in article.statements:
        if not keep(st):
            continue
        text = st.text
        spans = taken.get(st.index, [])
        found: list[Any] | None = None
        refused: list[tuple[tuple[int, int], str]] = []   # the year rules' refusals
        said: set[tuple[int, int]] = set()   # the mentions explained as a whole
        for ev in sorted(completed.get(st.index, []), key=lambda e: e.date.span):
            src = ev.resolved_from
            a, b = ev.date.span
            reason = date_reasons["inferred" if ev.kind is Kind.INFERRED else "relative"]
            out.append(Explanation(text[a:b], ev.kind.value, reason, ev.date.edtf, st, (a, b),
                                   article.title, src.text if src else None))
        for kind, a, b in tokens(text, lg):
            if any(x <= a < y or a <= x < b for x, y in spans):
                continue
            if kind == "word" and st.source is Source.INFOBOX:
                continue
            if found is None:
                found = dates.find_mentions(text, refused)
            mention = next((m for m in found if m.span[0] <= a < m.span[1]), None)
            if mention is not None and mention.kind is not MentionKind.EXPLICIT:
                if mention.span in said:
                    continue
                said.add(mention.span)
                name = unread(mention, st)
                reason = date_reasons[name]
                x, y = mention.span
                out.append(Explanation(text[x:y], name, reason, None, st, (x, y),
                                       article.title))
                continue
            refusal = next((r for (x, y), r in refused if x <= a < y), None)
            if mention is not None:
                name, reason = SUBSUMED, date_reasons[SUBSUMED]
            elif refusal is not None:
                # the grammar's own reason: the year rule that refused the number
                name = refusal
                reason = year_reasons.get(refusal) or date_reasons["not-a-year"]
            else:
                name = _explain_token(kind, text, a, b, lg).name
                reason = token_reasons[name]
            shown = text[a:b]
            if name == "duration" or name == "quantity" or name == "age":
                unit = w._WORDS_AFTER.match(text, b)
                if unit:
                    shown = text[a:unit.end()]
            out.append(Explanation(shown, name, reason, None, st, (a, a + len(shown)),
                                   article.title))
    return out
