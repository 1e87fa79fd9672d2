"""Article → events: one :class:`Event` per (statement, date).

Explicit dates come straight from :func:`crimea_cli.dates.find_mentions`;
day–month mentions take their year from the nearest preceding explicit date
in the same section (*inferred*); relative phrases are shifted from the
nearest preceding dated statement in the same section (*relative*), at the
precision their unit allows.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Final

from . import rx
from .dates import (
    Grammar,
    Mention,
    MentionKind,
    PartialMention,
    RelativeMention,
    anchor_stem,
    grammar,
    same_stem,
)
from .edtf import (
    BC_DATE,
    day_value,
    decade_value,
    era_year,
    interval_value,
    is_bc,
    month_value,
    year_value,
)
from .errors import check_type
from .lang import Language, alternatives, en, letter_class, lower, phrase_pattern
from .model import Article, DateValue, Event, Kind, Precision, Source, Statement

_EN = en.LANGUAGE

# Enum members read in the per-statement loop, as module constants: on Python
# 3.11 ``Kind.EXPLICIT`` goes through EnumType.__getattr__ (about 60 ns a read,
# against 7 for a global)
_M_EXPLICIT: Final = MentionKind.EXPLICIT
_M_PARTIAL: Final = MentionKind.PARTIAL
_M_RELATIVE: Final = MentionKind.RELATIVE
_EXPLICIT: Final = Kind.EXPLICIT
_INFERRED: Final = Kind.INFERRED
_RELATIVE: Final = Kind.RELATIVE
_SENTENCE: Final = Source.SENTENCE
_LIST_ITEM: Final = Source.LIST_ITEM
_INFOBOX: Final = Source.INFOBOX
_MONTH_RANK, _YEAR_RANK = Precision.MONTH.rank, Precision.YEAR.rank

_UNIT_PRECISION = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR,
                   "decade": Precision.DECADE}


def _keyword_alternatives(words: Iterable[str]) -> str:
    parts = []
    for w in words:
        body = re.escape(w.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if w.endswith("*") else "") + r"(?!\w)")
    return "|".join(parts)


_Trie = dict[str, "_Trie"]


def _keyword_trie(words: Iterable[str], whole_words: bool = True) -> str:
    """One pattern that matches where any of ``words`` matches (as
    :func:`_keyword_alternatives` writes them; with ``whole_words`` False, as
    `alternatives` does, ending anywhere), with shared beginnings written
    once ("de(?:tained|tention|tain\\w*|…)"): re tries a position's few
    branches instead of every keyword in turn."""
    root: _Trie = {}
    end = [r"(?!\w)"] if whole_words else []
    for w in words:
        node = root
        pieces = [r"\s+" if ch == " " else re.escape(ch) for ch in w.rstrip("*")]
        for piece in [*pieces, *([r"\w*"] if w.endswith("*") else []), *end]:
            node = node.setdefault(piece, {})
        node[""] = {}

    def written(node: _Trie) -> str:
        alts = [piece + written(child) if piece else "" for piece, child in node.items()]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return written(root)


class Keywords:
    """The categoriser of one language: its keyword patterns, built from the
    language's ``category_keywords`` (see :func:`keywords`)."""

    __slots__ = ("any_keyword", "backstory", "category", "past_ending", "verb_before",
                 "verb_keywords")

    def __init__(self, language: Language) -> None:
        table = language.category_keywords
        # case-sensitive on lower-cased text: several times faster than IGNORECASE
        # the lookahead of first letters lets re skip to candidates in C
        first = "(?=[" + "".join(sorted({re.escape(w[0]) for _, words in table
                                          for w in words})) + "])"
        self.category = rx.compile(
            first + r"\b(?:" + "|".join(f"(?P<{name}>{_keyword_alternatives(words)})"
                                        for name, words in table) + ")")
        # finds where the first keyword starts (about twice as fast as the
        # category pattern's search); that pattern, matched there, tells
        # which keyword in the table's order
        self.any_keyword = rx.compile(
            first + r"\b"
            # the trie's text is worked out once and kept with the compiled patterns
            + rx.derived("keyword-trie", "\n".join(w for _, words in table for w in words),
                         lambda words: _keyword_trie(words.split("\n"))))
        self.past_ending = language.past_ending
        self.verb_before = rx.compile(
            rf"{self.past_ending}\b|\b(?:{alternatives(language.verbs_before_keyword)})\b")
        """A verb before the first keyword: then that keyword is not in the subject."""
        self.backstory = rx.compile(
            rf"\b(?:{alternatives(language.backstory_prepositions)})(?:\s+[^\s,;]+){{0,6}}\s+$")
        """A preposition a few words before a noun of an event ("after three
        years in custody, she was released", "following his arrest, he was
        charged"): the noun is backstory, and the statement's verb is its event."""
        self.verb_keywords = language.verb_keywords

    def is_verb(self, word: str) -> bool:
        """Whether a keyword is a verb form ("sentenced", "was detained", "died")."""
        last = word.split()[-1] if word else ""
        return last.endswith(self.past_ending) or last in self.verb_keywords


@cache
def keywords(language: Language) -> Keywords:
    """The categoriser of ``language``, built at its first use and kept."""
    return Keywords(language)


_KEYWORDS = keywords(_EN)
"""English's, built at import."""
_CATEGORY = _KEYWORDS.category
_ANY_KEYWORD = _KEYWORDS.any_keyword
_is_verb = _KEYWORDS.is_verb


@cache
def irregular_forms(language: Language) -> dict[str, tuple[str, ...]]:
    """The irregular forms of each stem of ``language``'s ``irregular_stems``
    ("fall": ("fell", "fallen")): the words that name an event whose stem does
    not begin them. Built at the first use of each language and kept."""
    out: dict[str, tuple[str, ...]] = {}
    for form, stem in language.irregular_stems.items():
        out[stem] = (*out.get(stem, ()), form)
    return out


def _ahead(chars: Iterable[str]) -> str:
    """A look-ahead of the first characters a pattern's matches start with
    (it lets re skip to candidates in C); "" when there are none."""
    found = sorted({re.escape(c) for c in chars})
    return "(?=[" + "".join(found) + "])" if found else ""


def _longest_first(words: Iterable[str]) -> str:
    """The words as one alternation, the longest first (then in alphabetical
    order); :data:`~crimea_cli.lang.NEVER` for none."""
    return alternatives(sorted(words, key=lambda w: (-len(w), w)))


class Narrative:
    """The rules of the narrative's time in one language, built from its
    tables (see :func:`narrative`): dates in passing (comparisons, plans,
    recurring days), clause boundaries, steps from an undated base, named
    events' irregular forms and the subject's life span."""

    __slots__ = ("aside_hint", "aside_hint_low", "clause_cut", "clause_start", "clause_words",
                 "he_she", "infobox_birth_prefixes", "infobox_death_prefixes",
                 "irregular_forms", "language", "lifespan_birth_words", "not_a_life",
                 "not_happened", "not_names", "opens", "personal", "plan", "posthumous",
                 "recurring", "since", "spelled_out_gap", "start_verb", "step", "step_count",
                 "step_hints", "subject_died")

    def __init__(self, language: Language) -> None:
        lg = self.language = language
        # "Every year on 18 May" names a recurring day, not a day of one year
        self.recurring = rx.compile(
            rf"\b(?:{alternatives(lg.recurrence_words)})\s+(?:{alternatives(lg.recurrence_units)}"
            rf"|\w+{re.escape(lg.weekday_ending)})\b"
            + "".join(rf"|\b{phrase_pattern(a)}\b" for a in lg.recurrence_adverbs),
            re.IGNORECASE)
        # a relative phrase followed by the date it stands for adds nothing:
        # "The following year (August 1964–August 1965)"
        self.spelled_out_gap = rx.compile(
            rf"[\s,(:–—-]*(?:(?:{alternatives(lg.spelled_out_leads)})\s+)?$", re.IGNORECASE)
        self.clause_cut = rx.compile(
            # the look-ahead of first characters lets re skip to candidates in C (over
            # the statements of several dates of the benchmark corpus, 6.7 -> 3.8 ms/MB)
            "(?=[;,\\s" + "".join(sorted({re.escape(w[0]) for w in lg.clause_openers}))
            + "])(?:;|" + "".join(rf",?\s+{phrase_pattern(w)}\s+|" for w in lg.clause_and)
            + "".join(rf",\s+{phrase_pattern(w)}\s+|" for w in lg.clause_after_comma)
            + "".join(rf"\b{phrase_pattern(w)}\s+|" for w in lg.clause_openers) + " [–—] )")
        """A clause boundary: "…, and released … on 1 August"; a spaced dash
        between two dates ("born 3 March 1950 – died 4 April 2020"; a range of
        dates is one date, and keeps one category)."""
        self.clause_words = (";", *(f" {w} " for w in lg.clause_and),
                             *(f", {w} " for w in lg.clause_after_comma),
                             *(f"{w} " for w in lg.clause_openers), " – ", " — ")
        """Literals one of which ends every clause boundary (found with str.find)."""
        self.since = rx.compile(
            rf"\b(?:{alternatives(lg.comparison_phrases)})"
            rf"\s+(?:(?:{alternatives(lg.comparison_skips)})[\s-]+)*$",
            re.IGNORECASE)
        self.plan = rx.compile(
            rf"\b(?:{alternatives(lg.plan_words)})\b[^.;:!?]{{0,48}}$", re.IGNORECASE)
        self.opens = rx.compile(
            rf"[\W_]*(?:(?:{alternatives(lg.opening_words)})[\W_]+){{0,4}}$", re.IGNORECASE)
        aside_words = (*lg.comparison_phrases, *lg.plan_words)
        self.aside_hint = rx.compile(
            # the look-ahead of first letters lets re skip to candidates in C
            _ahead(c for w in aside_words for c in (w[0].lower(), w[0].upper()))
            + "(?:" + alternatives(aside_words) + ")", re.IGNORECASE)
        """A literal pre-check for ``since`` and ``plan``: one of their words, anywhere."""
        self.aside_hint_low = rx.compile(
            _keyword_trie((w.lower() for w in aside_words), whole_words=False)
        ) if aside_words and all(w.isascii() and "*" not in w for w in aside_words) else None
        """``aside_hint`` for lower-cased text, case-sensitive and written as
        a trie: a match where that finds one (see `lower_matches_ignorecase`); None when a
        word is not ASCII. Over the windows of the benchmark corpus, 3.5 ms/MB
        against 7.1 for the alternation (with a look-ahead of first letters,
        as ``aside_hint`` has, 4.7)."""
        self.irregular_forms = irregular_forms(lg)
        self.not_happened = rx.compile(
            rf"\b(?:{_longest_first(lg.not_happened_words)})\s+(?:[\w'’-]+\s+)?$")
        """One of ``not_happened_words`` one or two words before an event's word."""
        self.start_verb = rx.compile(rf"\b(?:{alternatives(sorted(lg.start_verbs))})\b")
        self.not_names = lg.not_name_words
        self.clause_start = rx.compile(
            rf".*(?:[;:(]|\b(?:{alternatives(lg.clause_start_words)})\b)", re.DOTALL)
        self.he_she = lg.he_she
        """The pronouns of a person as a clause's subject ("he", "she")."""
        capital = letter_class(lg.capital_letters)
        self.subject_died = rx.compile(
            rf"[\s\"“‘«]*(?P<who>(?:{capital}[\w-]*\s+){{0,3}}{capital}[\w-]*"
            + "".join(f"|{phrase_pattern(w)}" for w in lg.he_she)
            + "".join(f"|{phrase_pattern(w.capitalize())}" for w in lg.he_she)
            + r")(?!['’\w])(?:\s*,[^,]{1,60},)?\s+(?:" + letter_class(lg.small_letters) + "+"
            + re.escape(lg.adverb_ending)
            + "".join(rf"\s+|{phrase_pattern(w)}" for w in lg.died_adverbs)
            + rf"\s+)?(?:{alternatives(lg.died_words)})\b")
        """The subject as the one who died: its name (every word a name word
        of the title), "he" or "she", right before "died", an apposition
        between ("Lis, a painter, died"); never a possessive ("Lis's wife died")."""
        self.posthumous = rx.compile(rf"\b(?:{_longest_first(lg.posthumous_words)})\b",
                                     re.IGNORECASE)
        """A clause that tells of the subject after death ("posthumously
        awarded", "was reburied"): its relative date stands (a bounded look
        around the phrase)."""
        self.personal = rx.compile(rf"\b(?:{alternatives(lg.personal_pronouns)})\b",
                                   re.IGNORECASE)
        self.not_a_life = rx.compile(
            rf"\)\s*(?:{alternatives(lg.copulas)})\s+(?:{alternatives(lg.articles)})\s+"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_longest_first(lg.not_a_life_nouns)})\b",
            re.IGNORECASE)
        """After the parenthesis: "… (1683–1684) was a blockade", "is the longest war"."""
        self.lifespan_birth_words = lg.lifespan_birth_words
        self.infobox_birth_prefixes = lg.infobox_birth_prefixes
        self.infobox_death_prefixes = lg.infobox_death_prefixes
        # the calendar units themselves ("day", "week" …; not "morning"), singular
        units = [u for u, unit in lg.relative_units.items() if u == unit]
        self.step = rx.compile(
            _ahead(c for u in units for c in (u[0], u[0].upper()))
            + rf"\b(?P<unit>{alternatives(units)})s?\s+"
            rf"(?P<dir>{alternatives(lg.step_directions)})\b", re.IGNORECASE)
        self.step_count = rx.compile(
            r"(?:\b[0-9]{1,3}|\b(?:" + _longest_first(lg.number_words)
            + "".join(f"|{phrase_pattern(w)}" for w in lg.vague_counts) + r"))\s+$",
            re.IGNORECASE)
        self.step_hints = tuple(f" {d} " if d in lg.spaced_step_directions else d
                                for d in lg.step_directions)
        """What a statement with a step holds (a literal pre-check before the
        scan): its direction words, those of ``spaced_step_directions`` with
        a space on each side (" into ")."""


@cache
def narrative(language: Language) -> Narrative:
    """The rules of the narrative's time of ``language``, built at its first
    use and kept."""
    return Narrative(language)


_NARRATIVE = narrative(_EN)
"""English's, built at import."""


def keyword_matches(k: Keywords, low: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``k.category.finditer(low, lo, hi)``: the same matches, each matched at
    the spot the keyword trie finds (the trie skips to it about twice as fast
    as the category pattern searches)."""
    pos = lo
    while True:
        spot = k.any_keyword.search(low, pos, hi)
        if spot is None:
            return
        # (the trie and the pattern hold the same keywords: the match is there)
        m = k.category.match(low, spot.start(), hi) or k.category.search(low, spot.start(), hi)
        if m is None:
            return
        yield m
        pos = max(m.end(), m.start() + 1)


def categorise(text: str, low: str | None = None, language: Language | None = None) -> str:
    """The category of the earliest keyword of the ``category_keywords`` of
    ``language`` (English by default) in ``text`` (the main verb tends to
    come first); at one position, the table's order decides. "other" when no
    keyword occurs. ``low`` may pass in ``text.lower()`` when already computed."""
    if language is not None:
        check_type(language, Language, "categorise(language)")
    k = _KEYWORDS if language is None else keywords(language)
    return categorise_with(k, text.lower() if low is None else low)


def categorise_with(k: Keywords, low: str) -> str:
    """:func:`categorise` by the categoriser ``k``, of a lower-cased text."""
    spot = k.any_keyword.search(low)
    category = k.category
    m = category.match(low, spot.start()) if spot else None
    if m is None:
        return "other"
    if (not k.is_verb(m.group())
            and not k.verb_before.search(low, max(0, m.start() - _VERB_LOOK), m.start())
            and (m.lastgroup not in _EVENT_VERBS
                 or (k.backstory.search(low, max(0, m.start() - _BACKSTORY_LOOK), m.start())
                     and _UNDATED_PHRASE.match(low, m.end()) is not None))):
        # the statement's main event is its verb: "A court in the city
        # sentenced him" is a sentence, ", a coordinator of the campaign, was
        # detained" a detention; a bounded look for the first keyword verb
        for v in keyword_matches(k, low, m.end(), min(len(low), m.end() + _VERB_LOOK)):
            if k.is_verb(v.group()) and v.lastgroup in _EVENT_VERBS:
                return v.lastgroup
    return m.lastgroup or "other"


class Clauses:
    """The clauses of a statement of several dates (``low``: its text as
    `lower` gives it), read once: the boundaries in one scan, and each
    clause's category once, however many dates it holds (by the keywords of
    ``keys``, at the boundaries of ``story``: English's by default)."""

    __slots__ = ("cache", "cut", "cuts", "ends", "first", "keys", "low", "read", "text")

    def __init__(self, text: str, low: str, keys: Keywords = _KEYWORDS,
                 story: Narrative | None = None) -> None:
        self.text = text
        self.low = low
        self.keys = keys
        self.read = False
        story = story or _NARRATIVE
        self.cut = story.clause_cut
        # dates before the first boundary keep the statement's category (found
        # with str.find, in C: the regex runs only when a date lies past it)
        ends = [i + len(w) for w in story.clause_words if (i := text.find(w)) >= 0]
        self.first = min(ends) if ends else len(text) + 1
        self.cuts: list[int] = []
        self.ends: list[int] = []
        self.cache: dict[int, str] = {}

    def _read(self) -> None:
        self.read = True
        found = [(m.start(), m.end()) for m in self.cut.finditer(self.low)]
        self.cuts = [a for a, _ in found]
        self.ends = [b for _, b in found]

    def category(self, start: int, default: str) -> str:
        """The category of a date at ``start``: the first keyword verb of an
        event (birth, death, sentence, charge, detention, release, award) in
        the date's own clause, when that is not the statement's first clause
        ("was sentenced … in February 2024 and released … on 1 August 2024"
        is a sentence, then a release); else ``default``, the statement's. A
        bounded look: the clause's first 2 x _VERB_LOOK characters."""
        if start < self.first:
            return default
        if not self.read:
            self._read()
        k = bisect_left(self.ends, start + 1) - 1   # the last boundary ending by ``start``
        if k < 0:
            return default
        if k not in self.cache:
            lo = self.ends[k]
            hi = self.cuts[k + 1] if k + 1 < len(self.cuts) else len(self.low)
            self.cache[k] = ""
            for v in keyword_matches(self.keys, self.low, lo, min(hi, lo + 2 * _VERB_LOOK)):
                if self.keys.is_verb(v.group()) and v.lastgroup in _EVENT_VERBS:
                    self.cache[k] = v.lastgroup
                    break
        return self.cache[k] or default


_BACKSTORY_LOOK = 60
"""How far before a noun of an event `Keywords.backstory` reads."""
_UNDATED_PHRASE = rx.compile(r"[^,;0-9]{0,80},")
"""What a backstory phrase must be: no digit before the comma that ends it
("after three years in custody, she was released"); a phrase with a date of
its own ("Following his arrest on 21 May 2018, he was charged") is that
date's event, as is one with no comma to end it."""
_EVENT_VERBS = frozenset({"birth", "death", "sentence", "charge", "detention", "release",
                          "award"})
"""Categories whose verb outranks a noun before it ("A court … sentenced him");
a generic verb does not ("The trial opened" stays a trial)."""
_VERB_LOOK = 120
"""How far past a first keyword that is no verb the verb is looked for."""


def lead_first(article: Article) -> Statement | None:
    """The lead's first sentence, where the subject's life span follows the
    name; None when the lead does not start the article's text."""
    for st in article.statements:
        if st.source is _SENTENCE and st.section == ():
            return st
        if st.source is not _INFOBOX:
            return None
    return None


def paren_after_name(text: str) -> tuple[int, int] | None:
    """The first parenthesis of a sentence, as (open, close) offsets: the
    first ")" after the first "(" where as many have closed as opened (what
    a count of the depth character by character finds; here ``str.find`` and
    ``str.count`` do the reading in C, each character once)."""
    open_ = text.find("(")
    if open_ < 0:
        return None
    opened = closed = 0
    counted = open_   # "(" are counted up to here
    close = text.find(")", open_)
    while close >= 0:
        opened += text.count("(", counted, close)
        counted = close
        closed += 1
        if closed == opened:
            return open_, close
        close = text.find(")", close + 1)
    return None


def _shift(ref: DateValue, unit: str, amount: int, span: tuple[int, int]) -> DateValue | None:
    """``ref`` moved by ``amount`` units, at the unit's precision (or None)."""
    target = _UNIT_PRECISION[unit]
    if is_bc(ref):
        return None   # no calendar arithmetic before the common era (see dates.BC_DATE)
    base = ref
    if ref.parts is not None:
        base = ref.parts[0] if amount < 0 else ref.parts[1]
    if base.precision.rank > target.rank:
        return None
    d, approx = base.start, base.approximate
    if unit == "day":
        try:
            nd = d + _dt.timedelta(days=amount)
        except OverflowError:
            return None
        return day_value(nd.year, nd.month, nd.day, span, approx)
    if unit == "month":
        carry, month0 = divmod(d.month - 1 + amount, 12)
        return month_value(d.year + carry, month0 + 1, span, approx)
    if unit == "decade":   # "two decades earlier": the decade of that year
        return decade_value((d.year + 10 * amount) // 10 * 10, span)
    return year_value(d.year + amount, span, approx)


def _partial_value(m: PartialMention, year: int) -> DateValue | None:
    """A day–month or a month alone (``day`` 0) in ``year``; a range of months
    that wraps ("from October to March") ends in the next year."""
    if m.day:
        return day_value(year, m.month, m.day, m.span)
    first = month_value(year, m.month, m.span)
    if not m.end_month or first is None:
        return first
    last = month_value(year + (m.end_month < m.month), m.end_month, m.span)
    return interval_value(first, last, m.span) if last else None


def _year_of(ref: DateValue) -> int | None:
    if is_bc(ref):
        return None
    base = ref.parts[1] if ref.parts is not None else ref
    return base.start.year if base.precision.rank <= _YEAR_RANK else None


class _Section:
    """What later statements of a section resolve against: the narrative's
    time, its latest events.

    Mentions are processed in text order, so the nearest preceding event is
    always the latest one recorded. ``last`` is what relative phrases count
    from, ``last_explicit`` the latest explicit date of the narrative, and
    ``running`` what partial dates take their year from: the latest explicit
    or inferred date of the narrative. Dates mentioned in passing (see
    :func:`aside_rule`) are events but are not recorded here.
    """

    __slots__ = ("last", "last_explicit", "running")

    def __init__(self, anchor: Event | None = None) -> None:
        self.last: Event | None = anchor
        self.last_explicit: Event | None = anchor
        self.running: Event | None = anchor

    def record(self, event: Event) -> Event:
        self.last = event
        if event.kind is _EXPLICIT:
            self.last_explicit = self.running = event
        elif event.kind is _INFERRED:
            self.running = event
        return event

    def state(self) -> tuple[Event | None, Event | None, Event | None]:
        """What :meth:`rerecord` can go back to."""
        return self.last, self.last_explicit, self.running

    def rerecord(self, start: tuple[Event | None, Event | None, Event | None],
                 events: list[Event]) -> None:
        """Go back to ``start`` (:meth:`state` before a statement) and record
        ``events`` instead of what the statement recorded."""
        self.last, self.last_explicit, self.running = start
        for event in events:
            self.record(event)


# --- the narrative's time ----------------------------------------------------

_OPENS_WITHIN = 48
NARRATIVE_SPAN = 2
"""How many years a date in passing may lie from the narrative's time and
still move it; a date further away must open its statement ("In 1963, …")
or give a month or day to move it."""


_CASE_ODD = rx.compile("[\u0130\u0131\u017f]")


def lower_matches_ignorecase(text: str) -> bool:
    """Whether a case-sensitive search of ``lower(text)`` for lower-case ASCII
    words finds what an IGNORECASE search of ``text`` finds: when ``text``
    holds none of the characters IGNORECASE matches to an ASCII letter that
    `lower` does not turn into it ("İ", "ı", "ſ" match "i", "i", "s"; found by
    trying every code point). (A statement with a dash or a curly quote mark
    is not ASCII: the case-sensitive search there buys about 2 ms/MB.)"""
    return text.isascii() or _CASE_ODD.search(text) is None


_ASIDE_LOOK = 60
"""How far before a date `Narrative.since` and `Narrative.plan` read."""


def aside_rule(text: str, value: DateValue, running: DateValue | None,
               hinted: bool | None = None, story: Narrative | None = None) -> str:
    """Why an explicit date does not move the narrative's time, or "" when it
    does: ``since`` (a comparison, "the worst flood since 1862"), ``plan`` (a
    plan or forecast, "the offensive planned for 1976"), ``far`` (a year in
    passing far from the running time, "records declassified in 2005"),
    ``contains`` (a range of years that holds the running time restates its
    span: after "on 5 November 1854", "the winter of 1854–55" leaves the
    narrative in November 1854; a single year moves it, as a frame). The
    words are those of ``story`` (English's by default)."""
    n = story or _NARRATIVE
    a = value.span[0]
    # ``hinted`` False: the statement has none of their words (read once for it)
    if hinted is not False:
        before = text[max(0, a - _ASIDE_LOOK):a]
        if n.since.search(before):
            return "since"
        if n.plan.search(before):
            return "plan"
    if running is None or is_bc(value) or is_bc(running):
        return ""
    if (value.parts is not None and value.start <= running.start and running.end <= value.end
            and value.start.year < value.end.year):
        return "contains"
    # (a bounded look: a date more than _OPENS_WITHIN characters in opens nothing)
    if value.precision.rank >= _YEAR_RANK and not (
            a <= _OPENS_WITHIN and n.opens.fullmatch(text, 0, a)):
        year, now = era_year(value), _year_of(running)
        if now is not None and abs(year - now) > NARRATIVE_SPAN:
            return "far"
    return ""


ROLLOVER_MONTHS = 6
"""A partial date this many months or more before the running time's month
(which gives a month or a day) falls in the next year: "In December 1864 …
On April 1 …" is 1 April 1865, as narratives run forwards."""


def _partial_year(m: PartialMention, running: DateValue) -> int | None:
    year = _year_of(running)
    if year is None:
        return None
    base = running.parts[1] if running.parts is not None else running
    if base.precision.rank > _MONTH_RANK:
        return year
    if not m.day and m.month > m.end_month > 0 and base.start.month <= m.end_month:
        # a range that wraps the year and holds the reference's month: "In
        # January 1945 … from October to March" is October 1944 to March 1945
        return year - 1
    if (base.precision.rank <= _MONTH_RANK
            and base.start.month - m.month >= ROLLOVER_MONTHS):
        return year + 1
    return year



# --- relative phrases counted from a named event ----------------------------

ANCHOR_WINDOW = 80
"""How far from an earlier date its event's words are looked for: "The
troops landed on 6 June" dates "the landing" for "eight days after the
landing"."""
ANCHOR_LOOKBACK = 40
"""How many of the latest events a named event is looked for among."""
ANCHOR_READS = 8
"""How many windows whose words begin as the event's do are read further
for one phrase: a bound on the work a text of near misses causes."""
_WORD = rx.compile(r"[^\W\d_][\w'’-]*")


def _anchor_patterns(key: tuple[str, ...], forms: dict[str, tuple[str, ...]]
                     ) -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """What reads a window for ``key``'s event: a pattern for the words that
    may name it (those that begin as its stem does, or an irregular form of
    it in ``forms``; for a name, its first word), and
    one for each other name word that must be there. Python then sees only
    the few words the first one finds."""
    head = key[0]
    if head:
        starts = [re.escape(head[:4]), *map(re.escape, forms.get(head, ()))]
        first = re.compile(r"\b(?:" + "|".join(starts) + r")[\w'’-]*")
        names = key[1:]
    else:
        first = re.compile(r"\b" + re.escape(key[1]) + r"\b")
        names = key[2:]
    return first, [re.compile(r"\b" + re.escape(n) + r"\b") for n in names]


def _anchor_distance(ev: Event, key: tuple[str, ...],
                     patterns: tuple[re.Pattern[str], list[re.Pattern[str]]], limit: int,
                     after: bool, budget: list[int],
                     stem: Callable[[str], str] = anchor_stem,
                     story: Narrative | None = None) -> int | None:
    """How far the words of ``key`` stand from ``ev``'s date in its
    statement (within :data:`ANCHOR_WINDOW`, and before ``limit``), or None
    when they are not there; a start verb between them ("the siege began
    on …") dates no "after". Regular expressions over the bounded window do
    the reading (the words of ``story``, English's by default)."""
    n = story or _NARRATIVE
    text = ev.statement.text
    a, b = ev.date.span
    lo, hi = max(0, a - ANCHOR_WINDOW), min(limit, b + ANCHOR_WINDOW)
    if hi <= a:
        return None
    # the words of the date itself ("eight days after the landing") name no event
    cut = min(b, hi)
    low = text[lo:a].lower() + " " * (cut - a) + text[cut:hi].lower()
    first, names = patterns
    if any(n.search(low) is None for n in names):
        return None
    hits = [w for w in first.finditer(low)]
    if not hits:
        return None
    budget[0] -= 1
    head = key[0]
    at = [w.start() + lo for w in hits
          if (not head or same_stem(stem(w.group()), head))
          and not n.not_happened.search(low, max(0, w.start() - 40), w.start())]
    if not at:
        return None
    best = min(at, key=lambda p: max(0, a - p, p - b))
    if after and n.start_verb.search(low, min(best, a) - lo, max(best, b) - lo):
        return None
    return max(0, a - best, best - b)


def anchored_event(m: RelativeMention, st: Statement, found: list[Event],
                   history: list[Event], dates: Grammar | None = None) -> Event | None:
    """The dated event a phrase like "eight days after the landing" counts
    from: among the statement's earlier events and the latest
    :data:`ANCHOR_LOOKBACK` ones before it, the latest statement whose date
    has the event's words near it ("The troops landed on 6 June 1944"); of
    its dates, the nearest to those words (stemmed, and their irregular forms
    known, by the grammar ``dates``: English's by default). None when the
    event is not dated in the text."""
    stem = anchor_stem if dates is None else dates.anchor_stem
    story = _NARRATIVE if dates is None else narrative(dates.language)
    after = m.amount > 0
    candidates = [(e, m.span[0]) for e in found[:-ANCHOR_LOOKBACK - 1:-1]] + [
        (e, len(e.statement.text)) for e in history[:-ANCHOR_LOOKBACK - 1:-1]]
    best: tuple[int, Event, int] | None = None
    current: Statement | None = None
    patterns = _anchor_patterns(m.anchor, story.irregular_forms)
    budget = [ANCHOR_READS]
    for ev, limit in candidates:
        if ev.statement is not current:
            if best is not None:
                break
            current = ev.statement
        if budget[0] <= 0 or (best is not None and ev.date.span[1] < best[2] - ANCHOR_WINDOW):
            break   # no nearer date of the statement lies further back
        d = _anchor_distance(ev, m.anchor, patterns, limit, after, budget, stem, story)
        if d is not None and (best is None or d < best[0]):
            best = (d, ev, ev.date.span[0] - d)
    return best[1] if best else None


# --- the subject's life span -------------------------------------------------


class Subject:
    """The article's subject, as far as relative phrases need it: the name
    words of its title and the end of its life span, once known (from the
    lead's life span, the infobox's "Died" line, or a statement that says the
    subject died). ``story`` gives the words that are no name and the
    pronouns of a person (English's by default)."""

    __slots__ = ("end", "he_she", "names", "person")

    def __init__(self, title: str, story: Narrative | None = None) -> None:
        story = story or _NARRATIVE
        self.names = frozenset(w for w in _WORD.findall(title)
                               if w[:1].isupper() and len(w) > 2 and w not in story.not_names)
        self.he_she = story.he_she
        self.end: DateValue | None = None
        self.person = False


_FIRST_WORD = rx.compile(r"[\s,\"“‘«]*([^\W\d_][\w'’-]*)")


def _is_subject(word: str, subject: Subject) -> bool:
    """Whether ``word`` is the subject as a clause's subject: "he", "she" or a
    name word, not a possessive ("Smith's letters")."""
    if word.lower() in subject.he_she:
        return True
    return word in subject.names


def describes_subject(text: str, span: tuple[int, int], subject: Subject,
                      story: Narrative | None = None) -> bool:
    """Whether the clause of the phrase at ``span`` has the subject as its
    subject: right after the phrase ("The following year, she toured") or at
    the clause's start ("She toured Italy the following year"). A bounded
    look, 160 characters back; the clause's start by the words of ``story``
    (English's by default)."""
    after = _FIRST_WORD.match(text, span[1], min(len(text), span[1] + 40))
    if after and _is_subject(after.group(1), subject):
        return True
    lo = max(0, span[0] - 160)
    cut = (story or _NARRATIVE).clause_start.match(text, lo, span[0])
    first = _FIRST_WORD.match(text, cut.end() if cut else lo, span[0])
    if first is None or (not cut and lo > 0):
        return False
    return _is_subject(first.group(1), subject)


def is_about_a_person(article: Article, story: Narrative | None = None) -> bool:
    """Whether the article tells of a person's life, so that a range after its
    name is a life span that ends: "born" after the name in the lead ("Anna
    Lis (born 1950)"), or a personal pronoun in the lead's first three
    sentences ("She studied …"); a war or a siege with its years after its
    name ("The Siege of X (1683–1684) was …") is none. (An infobox "Born" line
    also makes one, as it is read.) The words are those of ``story``
    (English's by default)."""
    n = story or _NARRATIVE
    lead = list(islice((st for st in article.statements
                        if st.source is _SENTENCE and st.section == ()), 3))
    if not lead:
        return False
    paren = paren_after_name(lead[0].text[:600])
    if paren:
        within = lead[0].text[paren[0]:paren[1]].lower()
        if any(w in within for w in n.lifespan_birth_words):
            return True
    if any(n.personal.search(st.text, 0, 600) for st in lead):
        return True
    # "Anna Lis (1840–1901) was a painter", not "… was a blockade of the port"
    return bool(paren) and not (paren and n.not_a_life.match(lead[0].text, paren[1]))


def _starts_with(text: str, prefixes: tuple[str, ...]) -> bool:
    """Whether ``text``, lower-cased, starts with one of ``prefixes``."""
    return any(text[:len(p)].lower() == p for p in prefixes)


def _learn_life_end(subject: Subject, st: Statement, events: list[Event],
                    n: Narrative) -> None:
    """Record the end of the subject's life span from a statement's events
    (by the words of ``n``)."""
    if subject.end is not None:
        return
    if st.source is _INFOBOX and _starts_with(st.text, n.infobox_birth_prefixes):
        subject.person = True
    for ev in events:
        if ev.category != "death" or ev.kind is not _EXPLICIT:
            continue
        if st.source is _INFOBOX and _starts_with(st.text, n.infobox_death_prefixes):
            subject.end = ev.date
        elif st.source is _SENTENCE and (
                died := n.subject_died.match(st.text, 0, min(len(st.text), 160))) and (
                all(w in subject.names for w in died.group("who").split())
                or (subject.person and died.group("who").lower() in subject.he_she)):
            subject.end = ev.date   # "Smith died on 4 May 1901"
        if subject.end is not None:
            return


def _has_step_hint(text: str, hints: tuple[str, ...]) -> bool:
    """Whether one of a language's ``step_hints`` is in ``text`` (a literal
    pre-check before the scan of steps; a plain loop, faster than ``any``
    over a generator or a map for a few words)."""
    for h in hints:  # noqa: SIM110
        if h in text:
            return True
    return False


def undated_step_ends(text: str, events: list[Event], story: Narrative | None = None) -> bool:
    """Whether a statement's last time expression is a step of a day or more
    from a base the text does not date ("three days after Christmas", "two
    weeks into the siege"): then the narrative's time after it is unknown,
    and the next relative phrase has nothing to count from. A step that
    resolved (an event at or after it) is none; a step of hours ("three hours
    before the declaration") leaves the day as it was. The words are those
    of ``story`` (English's by default)."""
    n = story or _NARRATIVE
    return _has_step_hint(text, n.step_hints) and _step_ends_undated(text, events, n)


def _step_ends_undated(text: str, events: list[Event], story: Narrative) -> bool:
    """`undated_step_ends` past its pre-check (`_has_step_hint`), which the
    caller has made."""
    found = None
    for m in story.step.finditer(text):
        if story.step_count.search(text, max(0, m.start() - 12), m.start()):
            found = m
    return found is not None and not any(e.date.span[1] > found.start() for e in events)


def _aside_hinted(text: str, low: str, lo: int, hi: int, story: Narrative) -> bool:
    """Whether one of ``story.aside_hint``'s words starts in ``text[lo:hi]``
    (``low`` is ``lower(text)``, searched case-sensitively when that finds the
    same, see `lower_matches_ignorecase`): a statement without one has no
    date `aside_rule` calls ``since`` or ``plan``."""
    hint_low = story.aside_hint_low
    if hint_low is not None and lower_matches_ignorecase(text):
        return hint_low.search(low, lo, hi) is not None
    return story.aside_hint.search(text, lo, hi) is not None


def _within_one_year(date: DateValue) -> bool:
    """Whether ``date`` is finer than a year and lies within one year."""
    return date.precision.rank < _YEAR_RANK and date.start.year == date.end.year


def _statement_events(st: Statement, mentions: list[Mention], title: str,
                      section: _Section, lifespan: bool, history: list[Event],
                      subject: Subject, keys: Keywords, dates: Grammar,
                      story: Narrative) -> list[Event]:
    """The events of one statement, resolved against ``section`` (and, for a
    phrase counted from a named event, the article's latest events);
    categorised by ``keys``, named events stemmed by ``dates``, the
    narrative's time by the words of ``story``."""
    text = st.text
    low = lower(text)
    category = categorise_with(keys, low)
    # several dates: each takes the event verb of its own clause, if any
    clauses = Clauses(text, low, keys, story) if len(mentions) > 1 else None
    found: list[Event] = []
    paren = paren_after_name(text) if lifespan else None
    naming: set[int] = set()
    passing: set[int] = set()   # dates in passing: they do not move the narrative
    # A year naming something ("the 2016 Sakharov Prize") dates the statement
    # but is not when it happened: later statements resolve from it only when
    # the statement has no other date. It is subsumed by a finer date within
    # that year; the explicit ones are known now (worked out at the first
    # naming year: most statements have none).
    finer_explicit: set[int] | None = None
    explicit_starts: list[int] | None = None
    within = False   # whether a "within a week" interval was found
    start = section.state()
    recurring: bool | None = None
    running = section.running
    running_date = running.date if running else None
    restating: list[Event] = []   # dates of the statement that hold the running time
    # whether the statement has a word of an aside rule before a date: one
    # search over the windows of all its explicit dates (a match of
    # ``story.since`` or ``story.plan`` in a window holds one of
    # ``story.aside_hint``'s words)
    lo = hi = -1   # the first and the last start of an explicit date
    for m in mentions:
        if m.kind is _M_EXPLICIT and m.value is not None:
            a = m.value.span[0]
            if lo < 0 or a < lo:
                lo = a
            if a > hi:
                hi = a
    hinted = hi >= 0 and _aside_hinted(text, low, max(0, lo - _ASIDE_LOOK), hi, story)

    for m in mentions:
        if m.kind is _M_EXPLICIT and m.value is not None:
            v = m.value
            if (paren and v.parts is not None and paren[0] < v.span[0]
                    and v.span[1] <= paren[1]):
                born, died = v.parts
                found.append(section.record(Event(born, _EXPLICIT, "birth", st, title)))
                found.append(section.record(Event(died, _EXPLICIT, "death", st, title)))
                if subject.person and subject.end is None:
                    subject.end = died
                continue
            if m.names_something:
                if finer_explicit is None:
                    finer_explicit = {
                        era_year(x.value) for x in mentions
                        if x.kind is _M_EXPLICIT and x.value is not None
                        and not x.names_something and _within_one_year(x.value)}
                if era_year(v) in finer_explicit:
                    continue
                naming.add(len(found))
            event = Event(v, _EXPLICIT,
                          clauses.category(v.span[0], category) if clauses else category,
                          st, title)
            rule = aside_rule(text, v, running_date, hinted, story)
            if rule:
                if rule == "contains":
                    restating.append(event)
                passing.add(len(found))
                found.append(event)
            else:
                found.append(section.record(event))
        elif m.kind is _M_PARTIAL:
            ref = section.last_explicit
            year = _partial_year(m, ref.date) if ref else None
            if recurring is None:   # searched once per statement, not per day
                recurring = bool(story.recurring.search(st.text))
            if ref is None or year is None or recurring:
                continue
            inferred = _partial_value(m, year)
            if inferred is not None and m.end_day:
                last = day_value(year, m.end_month, m.end_day, m.span)
                inferred = interval_value(inferred, last, m.span) if last else None
            if inferred is not None:
                found.append(section.record(
                    Event(inferred, _INFERRED,
                          clauses.category(m.span[0], category) if clauses else category,
                          st, title, ref)))
        elif m.kind is _M_RELATIVE:
            if explicit_starts is None:   # (once, at the first relative phrase)
                explicit_starts = [x.span[0] for x in mentions
                                   if x.kind is _M_EXPLICIT]
            k = bisect_left(explicit_starts, m.span[1])
            if k < len(explicit_starts) and story.spelled_out_gap.match(
                    st.text, m.span[1], explicit_starts[k]):
                continue
            ref = anchored_event(m, st, found, history, dates) if m.anchor else section.last
            shifted = _shift(ref.date, m.unit, m.amount, m.span) if ref else None
            if shifted is not None and m.month:   # "November of the same year"
                shifted = month_value(shifted.start.year, m.month, m.span)
            if shifted is not None and m.within and ref is not None:   # "within a week"
                base = _shift(ref.date, "day", 0, m.span)
                shifted = interval_value(base, shifted, m.span) if base else None
            if (shifted is not None and subject.end is not None
                    and shifted.start > subject.end.end
                    and describes_subject(st.text, m.span, subject, story)
                    and not story.posthumous.search(st.text, max(0, m.span[0] - 160),
                                                    m.span[1] + 160)):
                continue   # no relative date of the subject after their life span
            if shifted is not None:
                within = within or m.within
                found.append(section.record(
                    Event(shifted, _RELATIVE,
                          clauses.category(m.span[0], category) if clauses else category,
                          st, title, ref)))

    if within:
        section.last = None   # "Within a week the town fell. The next day …": no day to count from
    if (section.last is not None and _has_step_hint(text, story.step_hints)
            and _step_ends_undated(text, [e for i, e in enumerate(found) if i not in passing],
                                   story)):
        section.last = None   # "… three days after Christmas. The next day …": no base
    others = ([e for i, e in enumerate(found) if i not in naming and i not in passing]
              if naming or passing else found)
    if naming and others:
        # the statement's other dates, not its naming years, are what later
        # statements count from
        section.rerecord(start, others)
    moving = ([e for e in others if e.kind is _EXPLICIT]
              if len(others) + len(restating) > 1 else [])
    if len(moving) + len(restating) > 1 and moving:
        # the narrative's time after a statement is its latest date: earlier
        # ones are its backstory ("In May 1944 the army, which had landed in
        # late 1943, attacked"; "… by May 1943, after a failure in late 1942");
        # a latest date that holds the running time leaves that time as it was
        latest = max(moving + restating,
                     key=lambda e: (era_year(e.date), e.date.start, e.date.end))
        if latest in restating:
            section.last_explicit, section.running = start[1], start[2]
        else:
            section.last_explicit = section.running = latest
    if len(found) < 2:
        return found
    # ... and by a finer inferred or relative date
    finer_years = {era_year(e.date) for i, e in enumerate(found)
                   if i not in naming and _within_one_year(e.date)} if naming else set()
    out: list[Event] = []
    seen: set[str] = set()
    for i, ev in enumerate(found):
        if (i in naming and era_year(ev.date) in finer_years) or ev.date.edtf in seen:
            continue
        seen.add(ev.date.edtf)
        out.append(ev)
    return out


_ONE_EXPLICIT_FAST = True
"""Whether :func:`extract_events` takes `_one_explicit_event` for the
statements it reads so (a switch for the test that compares the two ways)."""


def _one_explicit_event(st: Statement, value: DateValue, title: str, section: _Section,
                        keys: Keywords, story: Narrative) -> list[Event]:
    """``_statement_events`` of a statement whose only mention is one
    explicit date ``value`` (three statements in four), outside the lead's
    life span: the same event and the same changes to ``section``, without
    the work that only several dates need (clauses, naming years, the
    latest of several dates, the same date twice). The date is an event;
    it moves the narrative's time unless `aside_rule` says it is in
    passing; a naming year ("the 2016 Sakharov Prize") then changes nothing,
    as no other date of the statement could take its place."""
    text = st.text
    low = lower(text)
    category = categorise_with(keys, low)
    running = section.running
    a = value.span[0]
    hinted = _aside_hinted(text, low, max(0, a - _ASIDE_LOOK), a, story)
    event = Event(value, _EXPLICIT, category, st, title)
    rule = aside_rule(text, value, running.date if running else None, hinted, story)
    if not rule:
        section.record(event)
    if (section.last is not None and _has_step_hint(text, story.step_hints)
            and _step_ends_undated(text, [] if rule else [event], story)):
        section.last = None   # "… three days after Christmas. The next day …": no base
    return [event]


def heading_anchors(article: Article,
                    language: Language | None = None) -> dict[tuple[str, ...], Event]:
    """For each section path, the date its heading (or the nearest heading
    above it) gives, read in ``language`` (English by default): "=== 1941
    ===", "== Exile (1980–1986) ==". Headings are no statements and give no
    events; the anchor is what the section's partial and relative dates count
    from until a statement gives another. Its ``statement`` is the heading
    line."""
    dates = grammar(language)
    lines: list[str] = []
    starts: list[int] = []
    out: dict[tuple[str, ...], Event] = {}
    for sec in article.sections:
        values = [m.value for m in dates.find_mentions(sec.title)
                  if m.kind is _M_EXPLICIT and m.value is not None]
        if values:
            if not starts:   # the lines and their offsets, at the first dated heading
                lines = article.text.split("\n")
                starts = [0]
                for line in lines:
                    starts.append(starts[-1] + len(line) + 1)
            i = min(max(sec.line - 1, 0), len(lines) - 1)
            line = lines[i]
            offset = line.find(sec.title)
            if offset < 0:
                offset = 0
            st = Statement(sec.title, starts[i] + offset, starts[i] + offset + len(sec.title),
                           sec.path, _SENTENCE, -1)
            # a range in a heading starts the section at its first end
            value = values[0].parts[0] if values[0].parts is not None else values[0]
            out[sec.path] = Event(value, _EXPLICIT, "other", st, article.title)
        elif sec.path[:-1] in out:
            out[sec.path] = out[sec.path[:-1]]
    return out


_READ_ITEMS: list[tuple[Grammar | None, dict[str, list[Mention]]]] = [(None, {})]
"""The mentions of the list items of the article :func:`extract_events` read
last, by text, with the grammar that read them (replaced at each article:
its size is one article's)."""


def item_mentions(text: str, language: Language | None = None) -> list[Mention]:
    """``find_mentions(text, language=language)`` for the text of a list
    item: what :func:`extract_events` read, when it read that text last in
    that language (the award lists are read again by
    :mod:`crimea_cli.awards`). Not to be changed."""
    dates = grammar(language)
    read_by, items = _READ_ITEMS[0]
    found = items.get(text) if read_by is dates else None
    return found if found is not None else dates.find_mentions(text)


def extract_events(article: Article, language: Language | None = None) -> list[Event]:
    """Every dated statement of ``article``, ordered by start date (finer dates
    first), then position.

    One event per (statement, distinct date). Inferred and relative dates are
    resolved within their section and record the event they came from.
    ``language`` (English by default) gives every word read: the date
    grammar, the category keywords, the stems of named events and the rules
    of the narrative's time (dates in passing, clause boundaries, steps from
    an undated base, the subject's life span: :class:`Narrative`).
    """
    check_type(article, Article, "extract_events(article)")
    if language is not None:
        check_type(language, Language, "extract_events(language)")
    dates = grammar(language)
    keys = _KEYWORDS if language is None else keywords(language)
    story = _NARRATIVE if language is None else narrative(language)
    title = article.title
    first = lead_first(article)
    anchors = heading_anchors(article, language)
    sections: dict[tuple[str, ...], _Section] = {}
    events: list[Event] = []
    subject = Subject(title, story)
    subject.person = is_about_a_person(article, story)
    items: dict[str, list[Mention]] = {}
    _READ_ITEMS[0] = (dates, items)
    for st in article.statements:
        mentions = dates.find_mentions(st.text)
        if st.source is _LIST_ITEM:
            items[st.text] = mentions
        if not mentions:
            section = sections.get(st.section)
            if section is not None and section.last is not None and undated_step_ends(
                    st.text, [], story):
                section.last = None   # "The ruling came three days after Christmas."
        else:
            section = sections.get(st.section)
            if section is None:
                section = sections[st.section] = _Section(anchors.get(st.section))
            lifespan = st is first and subject.person
            if (_ONE_EXPLICIT_FAST and len(mentions) == 1 and not lifespan
                    and mentions[0].kind is _M_EXPLICIT and mentions[0].value is not None):
                found = _one_explicit_event(st, mentions[0].value, title, section, keys, story)
            else:
                found = _statement_events(st, mentions, title, section, lifespan, events,
                                          subject, keys, dates, story)
            if subject.end is None:   # (what _learn_life_end reads first)
                _learn_life_end(subject, st, found, story)
            events.extend(found)
    # by start, finer dates first, so that events of one date stay together
    # (dates before the common era share their bounds: era_year orders them)
    events.sort(key=_order)
    return events


def _order(e: Event) -> tuple[int, _dt.date, _dt.date, int, int]:
    """Where an event stands in an article's events: by start, finer dates
    first, then by position (``era_year`` for dates before the common era)."""
    d = e.date
    start = d.start
    return (start.year if start != BC_DATE else era_year(d), start, d.end, e.statement.index,
            d.span[0])
