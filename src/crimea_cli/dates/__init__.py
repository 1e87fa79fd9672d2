"""Statement → calendar references (:class:`Mention`), as EDTF values.

The grammar is the one in ``docs/dated-statements.md``. It works in three
steps over one statement:

1. *atoms*: one regular expression finds every single date expression
   ("5 May 1986", "May 5, 1986", "March 2020", "1994-11-08", "1990s",
   a bare number, a month or day that starts a range);
2. *chains*: atoms joined by a separator ("–", "to", "and", ",") become
   intervals or lists, and an atom missing its year (or month) takes it from
   the atom to its right ("12 May to 30 June 1994");
3. *context*: a bare number is a year only with positive evidence around it
   (a preposition, a determiner naming something, a parenthesis, a range);
   labels (``Art. 205``) and quantities (``2000 rubles``) never are.

Day–month mentions without a year and relative phrases ("two weeks later")
are returned unresolved; :mod:`crimea_cli.events` resolves them from context.
Nothing here fills a missing day or month.

The grammar reads the words of a language (:class:`crimea_cli.lang.Language`,
English by default): :func:`grammar` builds one :class:`Grammar` per language
at its first use (every pattern and table the rules read) and keeps it, so
two languages used in one process never share a pattern.
"""

from __future__ import annotations

from bisect import bisect_right

from ..errors import check_type
from ..lang import Language, en, lower
from ..model import DateValue
from .chains import Rejected
from .forms import Form as Form
from .mentions import ExplicitMention as ExplicitMention
from .mentions import Mention as Mention
from .mentions import MentionKind as MentionKind
from .mentions import PartialMention as PartialMention
from .mentions import RelativeMention as RelativeMention
from .phrases import Phrases, _moved
from .phrases import same_stem as same_stem
from .words import _HAS_DIGIT
from .years import _AFTER, _BEFORE
from .years import YEAR_RULES as YEAR_RULES
from .years import YearRule as YearRule


def _common_part(words: list[str]) -> str:
    """The longest string every one of ``words`` holds ("" when none)."""
    if not words:
        return ""
    shortest = min(words, key=len)
    for size in range(len(shortest), 0, -1):
        for i in range(len(shortest) - size + 1):
            part = shortest[i:i + size]
            if all(part in w for w in words):
                return part
    return ""


def _fewest(words: list[str]) -> tuple[str, ...]:
    """The words that hold no other of ``words``: a text that holds any of
    ``words`` holds one of these."""
    return tuple(sorted({w for w in words if not any(o != w and o in w for o in words)}))


class Grammar(Phrases):
    """The date grammar of one language: every pattern and table its rules
    read, built from the language's tables (see :func:`grammar`). The words
    are all the language's, and so are the letter classes of the patterns
    that read letters (the capital a month and day may not stand before,
    the word after "within": ``capital_letters``, ``small_letters``). Still
    fixed: an era's end is ``(?![A-Za-z0-9])`` (words.py), and a named event
    of a relative phrase is found by its capitals (``str.isupper``), as
    scripts with capital letters write them."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        lg = language
        # What a statement must hold for the scans of a kind of mention to find
        # anything (a quick test before each): a century word's letters after
        # its first (which may be a capital: "entur"), a holiday's last word,
        # an era, a unit word (lower-cased).
        self._CENTURY_HINT = _common_part([w[1:] for w in lg.century_words])
        self._HOLIDAY_HINTS = _fewest([name.split()[-1] for name in lg.holidays])
        # (a dotted era of the common era after a year, "9 C.E.", is not looked
        # for unless another era is there: the quick test read so before it
        # was built from the tables; reading it is an accuracy change)
        self._ERA_HINTS = _fewest([*lg.era_before_year, *lg.era_bc,
                                   *(w for w in lg.era_ad if "." not in w)])
        units = lg.relative_units
        self._UNIT_HINTS = tuple(u for u in units if u[:-1] not in units)

    _FEW_CHAINS = 4
    """Up to this many chains, a statement's chains are each read (most
    statements with more than one have two or three): looking for repeated
    windows, a slice and its hash per chain, costs more than it saves there."""

    def find_mentions(self, text: str, rejected: Rejected | None = None) -> list[Mention]:
        """:func:`crimea_cli.dates.find_mentions` in this grammar's language."""
        out: list[Mention] = []
        extra: list[Mention] = []
        digit = _HAS_DIGIT.search(text) is not None
        atoms, month = self._read_atoms(text) if digit else ([], True)
        if len(atoms) == 1:
            # one atom is one chain, of that atom alone (what _chains gives)
            out = self._interpret_one(text, atoms[0], rejected)
        elif rejected is not None:
            # every chain read on its own, so each refusal is seen where it stands
            for chain, gaps in self._chains(text, atoms):
                out.extend(self._interpret(text, chain, gaps, rejected))
        elif atoms:
            chains = self._chains(text, atoms)
            if len(chains) == 1:   # (its own list: nothing else holds it)
                chain, gaps = chains[0]
                out = (self._interpret(text, chain, gaps) if gaps
                       else self._interpret_one(text, chain[0]))
            elif len(chains) <= self._FEW_CHAINS:
                for chain, gaps in chains:
                    out.extend(self._interpret(text, chain, gaps))
            # A chain's reading depends only on its window (the context the
            # checks look at) and on whether it stands at the statement's
            # start: text that repeats itself (a hostile statement of many
            # chains) is read once.
            seen: dict[tuple[str, int], tuple[int, list[Mention]]] = {}
            for chain, gaps in chains if len(chains) > self._FEW_CHAINS else ():
                start, end = chain[0].start, chain[-1].end
                key = (text[max(0, start - _BEFORE):end + _AFTER],
                       start if start < _BEFORE else -1)
                hit = seen.get(key)
                if hit is None:
                    found = self._interpret(text, chain, gaps)
                    seen[key] = (start, found)
                    out.extend(found)
                else:
                    out.extend(_moved(m, start - hit[0]) for m in hit[1])
        if self._CENTURY_HINT in text:
            extra = self._centuries(text)
        if digit:
            # a holiday's date and a year only an era marks hold a digit (the
            # year): without one, neither is looked for
            for hint in self._HOLIDAY_HINTS:
                if hint in text:
                    extra += self._holidays(text)
                    break
            for hint in self._ERA_HINTS:
                if hint in text:
                    extra += self._short_era_years(text)
                    break
        # (no month's first letters met by the atom scan: no month is named; and
        # most statements name no month alone, which one search tells)
        if month and self._MONTH_ALONE.search(text) is not None:
            extra += self._month_mentions(text)
        low = lower(text)
        for hint in self._UNIT_HINTS:
            if hint in low:
                extra += self._relatives(text, low)
                break
        if extra:
            # keep the extras that overlap no date already found (sorted,
            # disjoint), nor a longer extra ("November of the same year" over
            # "November")
            starts = [m.span[0] for m in out]
            ends = [m.span[1] for m in out]
            if len(extra) > 1:
                extra.sort(key=lambda x: (x.span[0], -x.span[1]))
                kept = [extra[0]]
                for x in extra[1:]:
                    if x.span[0] >= kept[-1].span[1]:
                        kept.append(x)
                extra = kept
            for x in extra:
                k = bisect_right(starts, x.span[0])
                if (k and ends[k - 1] > x.span[0]) or (k < len(starts) and starts[k] < x.span[1]):
                    continue
                out.append(x)
            out.sort(key=lambda m: m.span)
        return out


_GRAMMARS: dict[Language | None, Grammar] = {}
"""Each language's grammar (None: English's)."""


def grammar(language: Language | None = None) -> Grammar:
    """The grammar of ``language`` (English by default), built at its first
    use and kept: one per language object (a variant made with
    :func:`dataclasses.replace` is a language of its own)."""
    try:
        found = _GRAMMARS.get(language)
    except TypeError:   # unhashable: not a language
        found = None
    if found is None:
        lg = en.LANGUAGE if language is None else language
        check_type(lg, Language, "language")
        found = _GRAMMARS.get(lg) or Grammar(lg)
        _GRAMMARS[lg] = found
        if lg is en.LANGUAGE:
            _GRAMMARS[None] = found
    return found


def find_mentions(text: str, rejected: Rejected | None = None,
                  language: Language | None = None) -> list[Mention]:
    """Every calendar reference in one statement, in text order, read in
    ``language`` (English by default).

    Explicit dates carry their value; partial and relative mentions are left
    for :func:`crimea_cli.events.extract_events` to resolve. When a list is
    given as ``rejected``, every number the year rules refused (as a chain:
    "1500", "from 300 to 400") is added to it as (span, rule name of
    :data:`YEAR_RULES`, or ``no-evidence`` when no rule decided), in text
    order: what explanations report.
    """
    if type(text) is not str:
        check_type(text, str, "find_mentions(text)")
    try:
        found = _GRAMMARS[language]
    except (KeyError, TypeError):
        found = grammar(language)
    return found.find_mentions(text, rejected)


def find_dates(text: str, language: Language | None = None) -> list[DateValue]:
    """The explicit dates of a statement (no context needed), in text order,
    read in ``language`` (English by default)."""
    check_type(text, str, "find_dates(text)")
    return [m.value for m in grammar(language).find_mentions(text)
            if m.kind is MentionKind.EXPLICIT and m.value is not None]


def anchor_stem(word: str, language: Language | None = None) -> str:
    """The stem an event noun shares with its verb, in ``language`` (English
    by default): "landing" and "landed" are "land", "fell" is "fall"."""
    return grammar(language).anchor_stem(word)


def anchor_key(phrase: str, language: Language | None = None
               ) -> tuple[tuple[str, ...], int] | None:
    """What "N days after PHRASE" counts from (:meth:`Phrases.anchor_key`),
    in ``language`` (English by default)."""
    return grammar(language).anchor_key(phrase)
