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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from . import rx
from .edtf import BC_DATE as BC_DATE
from .edtf import OPEN_END as OPEN_END
from .edtf import bc_value as bc_value
from .edtf import century_value as century_value
from .edtf import day_value as day_value
from .edtf import decade_value as decade_value
from .edtf import edtf_bounds as edtf_bounds
from .edtf import era_year as era_year
from .edtf import interval_value as interval_value
from .edtf import is_bc as is_bc
from .edtf import iso_bounds as iso_bounds
from .edtf import month_length as month_length
from .edtf import month_value as month_value
from .edtf import open_interval_value as open_interval_value
from .edtf import year_value as year_value
from .errors import check_type
from .model import DateValue
from .vocab import (
    ANCHOR_ADJECTIVES,
    ANCHOR_POSSESSIVES,
    APPROXIMATE_WORDS,
    COMPOUND_UNITS,
    COUNT_ADJECTIVES,
    DETERMINERS,
    DURATIVE_EVENTS,
    ERA_AD,
    ERA_BC,
    INTERVAL_OPENERS,
    IRREGULAR_STEMS,
    MONTH_ABBREVIATIONS,
    MONTH_LEADS,
    MONTH_NAME_LEADS,
    MONTH_QUALIFIERS,
    MONTHS,
    NUMBER_LABELS,
    NUMBER_WORDS,
    OPEN_ENDS,
    ORDINAL_WORDS,
    PERIOD_QUALIFIERS,
    QUANTITY_WORDS,
    RELATIVE_UNITS,
    WEAK_YEAR_PREPOSITIONS,
    YEAR_AFTER_NAME_NOUNS,
    YEAR_FOLLOWERS,
    YEAR_HEDGES,
    YEAR_LEAD_PHRASES,
    YEAR_NAMED_NOUNS,
    YEAR_PREPOSITIONS,
)

THREE_DIGIT_LEADS = (YEAR_PREPOSITIONS - WEAK_YEAR_PREPOSITIONS - APPROXIMATE_WORDS
                     ) | {"c.", "ca.", "c", "ca", "circa"}
"""Words after which a three-digit number may be a year without an era ("in
965", "c. 965"); "of", "about", "between" and the like lead counts too."""

MIN_YEAR = 100
MAX_YEAR = 2199
# --- mentions --------------------------------------------------------------


class MentionKind(StrEnum):
    """What a mention still needs before it is a date."""

    EXPLICIT = "explicit"
    PARTIAL = "partial"
    """A day and month, or a month alone, without a year: resolved to an
    *inferred* date."""
    RELATIVE = "relative"
    """A shift from an earlier date ("two weeks later")."""


class Mention(NamedTuple):
    """A calendar reference in a statement, before context is applied.

    * explicit: ``value`` holds the date; ``names_something`` is set for a
      year that names a thing ("the 2016 Sakharov Prize");
    * partial: ``month`` and ``day``, and for a range ("18–20 May") its last
      ``end_month`` and ``end_day`` (0 otherwise); ``day`` 0 for a month
      alone ("in April"; "from May to November" with ``end_month``);
    * relative: ``unit`` (day, week, month, year) and signed ``amount``
      (0 for "the same year"); ``month`` for a month of that year
      ("November of the same year"); ``anchor`` for a phrase counted from a
      named event ("eight days after the landing"): the event noun's stem
      (see :func:`anchor_stem`, "" for a name) and the lower-cased name
      words, which an earlier dated statement must hold near its date.
    """

    kind: MentionKind
    span: tuple[int, int]
    value: DateValue | None = None
    names_something: bool = False
    month: int = 0
    day: int = 0
    unit: str = ""
    amount: int = 0
    end_month: int = 0
    end_day: int = 0
    anchor: tuple[str, ...] = ()


# --- the atom expression ----------------------------------------------------

_MON_FULL = "|".join(sorted((k for k in MONTHS if k not in MONTH_ABBREVIATIONS),
                            key=lambda w: (-len(w), w)))
_MON_ABBR = "|".join(sorted(MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w)))
_MON = rf"(?:(?:{_MON_FULL})\b|(?:{_MON_ABBR})\b\.?)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|,[0-9]{3})"
_YEAR = r"[0-9]{3,4}(?![0-9]|[.,][0-9])"
_NOT_AFTER_NUMBER = r"(?<![0-9./])(?<![0-9],)"
_SEP_AHEAD = r"\s*(?:–|—|−|-|to|until|till|through|and|or|,|,\s*and)\s*"
_RUN_DAY = rf"(?:the\s+(?=(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)))?{_DAY}"
"""A day inside a run of days: "the" may stand before an ordinal ("from the
13th to the 19th of October")."""

# A day that starts a run of days ending at a month ("12, 13 and 14 May"):
# the first days of the run are "bd" atoms. Where the digit forms find nothing
# (nothing else can start at a one- or two-digit number), _day_run_ends_at_month
# walks the run once, one separator and day at a time, and remembers the
# answer for every day it passed: a long list of numbers with no month after
# it ("1, 2, 3, … 4000") costs linear time, not a scan to its end per number.
_RUN_STEP = rx.compile(rf"{_SEP_AHEAD}{_RUN_DAY}")
_RUN_END = rx.compile(rf"(?:\s+of)?\s+{_MON}")


class _Atom:
    """One matched date expression; year/month/day may be None until chained."""

    __slots__ = (
        "bare_year",
        "day",
        "day2",
        "end",
        "kind",
        "month",
        "start",
        "year",
        "yy",
    )

    def __init__(self, start: int, end: int, kind: str, year: int | None = None,
                 month: int | None = None, day: int | None = None) -> None:
        self.start, self.end, self.kind = start, end, kind
        self.year, self.month, self.day = year, month, day
        self.yy: int | None = None
        self.day2: int | None = None
        self.bare_year = kind == "yr"


def _day(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".")]


# --- the atom forms ----------------------------------------------------------
# One builder per form: the match of the form's pattern → its atoms.


def _iso(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "iso", int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))]


def _ddmy(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    at = _Atom(a, b, "ddmy", int(m["ddmy_y"]), _month(m["ddmy_m"]), _day(m["ddmy_d1"]))
    at.day2 = _day(m["ddmy_d2"])
    return [at]


def _dmy(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "dmy", int(m["dmy_y"]), _month(m["dmy_m"]), _day(m["dmy_d"]))]


def _dm(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "dm", None, _month(m["dm_m"]), _day(m["dm_d"]))]


def _dec(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    at = _Atom(a, b, "dec", int(m["dec_y"]))
    if m["dec_yy"]:   # "the 1930s–40s": the end takes the start's century
        at.yy = int(m["dec_yy"])
    return [at]


def _yr(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    year = int(m["yr_y"])
    at = _Atom(a, b, "yr", year)
    if m["yr_yy"]:
        at.yy = int(m["yr_yy"])
    elif m["yr_y4"] and int(m["yr_y4"]) > year:   # "the 1999/2000 season"
        at.yy = int(m["yr_y4"]) - year // 100 * 100
    return [at]


def _bd(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "bd", None, None, _day(m["bd_d"]))]


def _mddy(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    at = _Atom(a, b, "mddy", int(m["mddy_y"]), _month(m["mddy_m"]), _day(m["mddy_d1"]))
    at.day2 = _day(m["mddy_d2"])
    return [at]


def _mday(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    # two days joined by "and", each its own atom
    year, month = int(m["mday_y"]), _month(m["mday_m"])
    return [_Atom(a, m.end("mday_d1"), "mdy", year, month, _day(m["mday_d1"])),
            _Atom(m.start("mday_d2"), b, "mdy", year, month, _day(m["mday_d2"]))]


def _mdy(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "mdy", int(m["mdy_y"]), _month(m["mdy_m"]), _day(m["mdy_d"]))]


def _my(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "my", int(m["my_y"]), _month(m["my_m"]))]


def _mdd(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    # "September 3–4", the year left to the context
    at = _Atom(a, b, "mdd", None, _month(m["mdd_m"]), _day(m["mdd_d1"]))
    at.day2 = _day(m["mdd_d2"])
    return [at]


def _md(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "md", None, _month(m["md_m"]), _day(m["md_d"]))]


def _bm(m: re.Match[str], a: int, b: int) -> list[_Atom]:
    return [_Atom(a, b, "bm", None, _month(m["bm_m"]))]


class Form(NamedTuple):
    """One form of date expression the atom scan reads (a row of `FORMS`).

    Its pattern is one alternative of the scan, in a group named ``name``:
    the match is dispatched on that name (``Match.lastgroup``) to ``build``.
    ``start`` says where the form is tried: at a run of digits ("digit"), at
    a month name ("month"), or at a day that may start a run of days ending
    at a month ("day-run"). ``example`` is a text that starts with the form
    (the whole of it, but for the forms that look ahead: "bd", "bm"), and
    ``reads`` the (year, month, day) of the atoms the form gives there: a
    test checks every row.
    """

    name: str
    start: str
    example: str
    reads: tuple[tuple[int | None, int | None, int | None], ...]
    pattern: str
    build: Callable[[re.Match[str], int, int], list[_Atom]]


FORMS: tuple[Form, ...] = (
    # digit forms; within each start, the order is the priority: longer first
    Form("iso", "digit", "1994-11-08", ((1994, 11, 8),),
         rf"""{_NOT_AFTER_NUMBER}(?<!-)(?P<iso_y>[0-9]{{4}})-(?P<iso_m>0[1-9]|1[0-2])
      -(?P<iso_d>[0-3][0-9])(?![0-9-])""", _iso),
    Form("ddmy", "digit", "18–20 May 1944", ((1944, 5, 18),),
         rf"""{_NOT_AFTER_NUMBER}(?P<ddmy_d1>{_DAY})\s*[–—−-]\s*(?P<ddmy_d2>{_DAY})
      \s+(?P<ddmy_m>{_MON}),?\s+(?P<ddmy_y>{_YEAR})""", _ddmy),
    Form("dmy", "digit", "5th of May 1986", ((1986, 5, 5),),
         rf"""{_NOT_AFTER_NUMBER}(?P<dmy_d>{_DAY})(?:\s+of)?\s+(?P<dmy_m>{_MON}),?\s+
      (?P<dmy_y>{_YEAR})""", _dmy),
    Form("dm", "digit", "21 May", ((None, 5, 21),),
         rf"{_NOT_AFTER_NUMBER}(?P<dm_d>{_DAY})(?:\s+of)?\s+(?P<dm_m>{_MON})", _dm),
    Form("dec", "digit", "1930s–40s", ((1930, None, None),),
         rf"""{_NOT_AFTER_NUMBER}(?P<dec_y>[0-9]{{2,3}}0)['’]?s
      (?:[–—−-]['’]?(?P<dec_yy>[0-9]0)['’]?s)?\b""", _dec),
    Form("yr", "digit", "1999/2000", ((1999, None, None),),
         rf"""{_NOT_AFTER_NUMBER}(?P<yr_y>{_YEAR})(?:[–—−/-](?P<yr_yy>[0-9]{{2}})(?![0-9])
      |/(?P<yr_y4>[0-9]{{4}})(?![0-9]))?""", _yr),
    Form("bd", "day-run", "12, 13 and 14 May", ((None, None, 12),),
         rf"{_NOT_AFTER_NUMBER}(?P<bd_d>{_DAY})", _bd),
    # month forms
    Form("mddy", "month", "September 3–4, 1939", ((1939, 9, 3),),
         rf"""(?P<mddy_m>{_MON})\s+(?P<mddy_d1>{_DAY})\s*[–—−-]\s*(?P<mddy_d2>{_DAY}),?\s+
      (?P<mddy_y>{_YEAR})""", _mddy),
    Form("mday", "month", "May 4 and 5, 1970", ((1970, 5, 4), (1970, 5, 5)),
         rf"""(?P<mday_m>{_MON})\s+(?P<mday_d1>{_DAY})\s+(?:and|&)\s+(?P<mday_d2>{_DAY}),?\s+
      (?P<mday_y>{_YEAR})""", _mday),
    Form("mdy", "month", "June 20 of 1791", ((1791, 6, 20),),
         rf"(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_DAY}),?\s+(?:of\s+(?=[0-9]{{4}}))?(?P<mdy_y>{_YEAR})",
         _mdy),
    Form("my", "month", "Sept. 1957", ((1957, 9, None),),
         rf"(?P<my_m>{_MON}),?\s+(?:of\s+(?=[0-9]{{4}}))?(?P<my_y>{_YEAR})", _my),
    Form("mdd", "month", "September 3–4", ((None, 9, 3),),
         rf"(?P<mdd_m>{_MON})\s+(?P<mdd_d1>{_DAY})\s*[–—−-]\s*(?P<mdd_d2>{_DAY})(?![0-9:])",
         _mdd),
    Form("md", "month", "May 21", ((None, 5, 21),),
         rf"(?P<md_m>{_MON})\s+(?P<md_d>{_DAY})(?![0-9:])", _md),
    Form("bm", "month", "August/September 1957", ((None, 8, None),),
         rf"(?P<bm_m>{_MON})(?={_SEP_AHEAD}(?:{_MON}|{_DAY}\s)|/{_MON})", _bm),
)
"""The atom grammar: every form of single date expression, in priority order."""

_BUILD = {f.name: f.build for f in FORMS}


def _scan(start: str) -> re.Pattern[str]:
    """The alternation of the forms tried at ``start``, each in its named group."""
    return rx.compile("\n| ".join(f"(?P<{f.name}>{f.pattern})" for f in FORMS
                                  if f.start == start), re.VERBOSE)


_ATOM_DIGIT = _scan("digit")
_ATOM_MONTH = _scan("month")
_BD = _scan("day-run")

_CENTURY = rx.compile(
    r"\b(?P<n1>[0-9]{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"
    r"(?:\s*(?:(?P<range>to|–|—|-)|and|or)\s*(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?"
    r"(?P<n2>[0-9]{1,2}(?:st|nd|rd|th)|"
    + "|".join(ORDINAL_WORDS) + r"))?[\s-]+centur(?:y|ies)\b", re.IGNORECASE)

_NUM = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if v), key=lambda w: (-len(w), w)))
_ANCHOR_WORDS = r"[^\s,.;:()\[\]\"“”]+(?:[ ]+[^\s,.;:()\[\]\"“”]+){0,5}"
"""Up to six words after "after"/"before": the event a phrase counts from,
read by :func:`anchor_key`."""
_NONSPACE = rx.compile(r"\S+")
_AUXILIARIES = frozenset({"was", "were", "had", "has", "is", "are", "would", "could", "did",
                          "have", "will", "might"})
_PAST_FORMS = frozenset({"began", "broke", "came", "went", "took", "left", "met", "rose",
                         "ran", "gave", "fled"})
"""Past forms that end no "-ed": the verb of a clause after "after"."""
_ANCHOR_CONNECTORS = frozenset({"of", "the", "de", "la", "von", "van", "der", "du"})
_MONTH_FULL = "|".join(k for k in MONTHS if k not in MONTH_ABBREVIATIONS)
_RELATIVE = rx.compile(rf"""
  \b(?:the|The)\s+(?P<adj>following|next|subsequent|succeeding|previous|preceding|prior)
      \s+(?P<u1>year|month|week|day|morning|evening|night)\b(?!\s*(?:of|'s|’s))
| \b(?:same|that)\s+(?:very\s+)?(?:same\s+)?(?P<u2>year|month|day)\b(?!\s*of)
| \b(?P<num>{_NUM}|[0-9]{{1,3}})\s+(?P<u3>years?|months?|weeks?|days?)\s+
      (?P<dir>later|afterwards?|earlier)\b
| \b(?P<num5>{_NUM}|[0-9]{{1,3}})\s+(?P<u5>years?|months?|weeks?|days?)\s+
      (?P<dir5>before|after|prior)(?=\s*(?:[,.;:)]|$))
| \b(?:the|The)\s+(?P<u4>year|month|week|day)\s+(?P<dir4>before|after)(?=\s*(?:[,.;:)]|$))
| \b(?:end|close|beginning|start|middle|rest|remainder)\s+of\s+(?:the|that)\s+(?:same\s+)?
      (?P<u6>year|month)\b
| \b(?:the|The)\s+(?P<u7>day|month|year|morning)\s+following\b
      (?!\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b)
| (?-i:\b(?P<mon>{_MONTH_FULL}))\s+of\s+(?:that|this|the\s+same|
      the\s+(?P<adj8>following|next|subsequent|previous|preceding|prior))\s+(?P<u8>year)\b
| \b(?:(?P<num9>{_NUM}|[0-9]{{1,3}})\s+(?P<u9>years?|months?|weeks?|days?)
      |(?:the|The)\s+(?P<u10>year|month|week|day|morning|evening|night))
      \s+(?P<dir9>after|before|following)\s+(?P<anc>{_ANCHOR_WORDS})
""", re.VERBOSE | re.IGNORECASE)

_ERA = r"(?:(?P<bc>B\.C\.(?:E\.)?|BCE|BC)|(?P<ad>A\.D\.|AD|C\.E\.|CE))(?![A-Za-z0-9])"
_ERA_AFTER = rx.compile(r"\s?" + _ERA)
"""An era right after a date: "480 BC", "the 470s BC", "AD" or "CE" after one."""
_ERA_SHORT = rx.compile(
    r"(?<![\w.,])(?:A\.D\.|AD)\s?(?P<y1>[0-9]{1,2})(?![\w]|[.,][0-9])"
    r"|(?<![\w.,/-])(?P<y2>[0-9]{1,2})\s?" + _ERA)
"""One- and two-digit years, which only an era marks as years: "AD 9",
"9 AD", "44 BC"."""
_MONTH_NAMES = "|".join(k for k in MONTHS if k not in MONTH_ABBREVIATIONS or k == "Sept")
_MONTH_ALONE = rx.compile(
    "(?=[" + "".join(sorted({k[0] for k in MONTHS})) + "])"
    rf"\b(?:{_MONTH_NAMES})\b(?!\.?\s*(?:[0-9]{{3,4}}(?![0-9])|{_DAY}))")
"""A month name with no day or year after it: a candidate month-only date."""
_QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in
                      sorted(MONTH_QUALIFIERS, key=lambda w: (-len(w), w)))
_MONTH_LEAD = rx.compile(
    r"(?i:(?:^|(?<=[\s(\[]))(?P<lead>" + "|".join(sorted(MONTH_LEADS, key=lambda w: (-len(w), w)))
    + r")\s+(?:(?P<q1>" + _QUALIFIER + r")\s*)?|(?:^|(?<=[\s(\[]))(?P<q2>" + _QUALIFIER
    + r")\s*)$")
"""What must stand before a month alone: a lead, a qualifier, or both."""
_MONTH_NEXT = rx.compile(
    r"\s*(?:(?P<range>–|—|-|to|until|till|through)|(?P<list>and|or|,|,\s*and))\s*"
    r"(?:(?:" + _QUALIFIER + r")\s*)?(?P<m>" + _MONTH_NAMES + r")\b"
    r"(?!\.?\s*(?:[0-9]{3,4}(?![0-9])|" + _DAY + "))")
"""A second month joined to the first: "from May to November", "in May and June"."""
_HOLIDAY = rx.compile(
    r"\b(?P<h>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]s\s+(?:Day|Eve)|"
    r"Independence\s+Day|Bastille\s+Day|Armistice\s+Day|Guy\s+Fawkes\s+Night)"
    r"(?:\s+of)?,?\s+(?P<y>[0-9]{4})(?![0-9])")
"""A fixed-date holiday with its year: "Christmas 1914" is 25 December 1914."""
_HOLIDAY_DAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
                 "new year's day": (1, 1), "new year's eve": (12, 31),
                 "independence day": (7, 4), "bastille day": (7, 14),
                 "armistice day": (11, 11), "guy fawkes night": (11, 5)}
_UNIT_WORD = rx.compile(r"year|month|week|day|morning|evening|night")
_SEPARATOR = rx.compile(r"\s*(?:(?P<range>–|—|−|-|/|to|until|till|through)|"
                        r"(?P<and>and|or|,\s*and|,\s*or)|(?P<comma>,))\s*(?:the\s+)?"
                        r"(?:(?:" + "|".join(sorted(PERIOD_QUALIFIERS)) + r")\s+)?$")
_OPENER_SKIPS = PERIOD_QUALIFIERS | {"the"}
"""Words between an interval opener and a date ("between the late 1930s")."""
_MAX_GAP = len(", and the early ")
"""The longest gap between two atoms that is tried against _SEPARATOR
(", and the early "); a longer gap never joins them."""
# "2016–present", "(2016–)", "from 2016 to the present"
_OPEN_END = rx.compile(r"\s{0,3}[–—−-]\s{0,3}(?:(?P<w>\w+)|(?P<paren>(?=\))))"
                       r"|\s(?:to|until|till)\s+(?:the\s+)?(?P<w2>\w+)")
_PREFIXED_YEAR = rx.compile(r"\b(mid|pre|post|early|late)[-‐]$", re.IGNORECASE)
_HAS_DIGIT = rx.compile(r"[0-9]")
_BETWEEN_AND = rx.compile(r"\bbetween\s[^,;.()]{1,60}\sand\s+$", re.IGNORECASE)
# Where an atom can start: a run of digits or a month name. re finds these
# quickly; the atom expressions (alternations re cannot skip through quickly)
# are then tried only there.
# The lookahead of first characters lets re skip to candidates in C (about
# 2.5 times faster than letting it try the alternation at every position).
_TRIGGER = rx.compile("(?=[0-9" + "".join(sorted({re.escape(k[0]) for k in MONTHS})) + "])"
                      "(?:(?P<d>[0-9]+)|(?P<m>" + "|".join(sorted({k[:3] for k in MONTHS})) + "))")
_BEFORE = 40
"""Characters before a chain that its reading may look at."""
_AFTER = 48
"""Characters after a chain that its reading may look at."""
_CLOSES = rx.compile(r"\)|\.?\s*$")
_LEADING_MARK = rx.compile(r"^[\s\"“‘«(\[*•–—-]*$")


def _atom_matches(text: str) -> list[re.Match[str]]:
    """The atoms of ``text``, left to right, none overlapping.

    The same as scanning with both atom expressions as one alternation, but
    each is tried only at the triggers where it can start.
    """
    out: list[re.Match[str]] = []
    taken = 0
    runs: dict[int, bool] = {}
    for t in _TRIGGER.finditer(text):
        pos = t.start()
        if pos < taken:
            continue
        if t.lastgroup == "d":
            m = _ATOM_DIGIT.match(text, pos)
            if m is None:
                m = _BD.match(text, pos)
                if m and not _day_run_ends_at_month(text, m.end(), runs):
                    m = None
        else:
            m = _ATOM_MONTH.match(text, pos)
        if m:
            out.append(m)
            taken = m.end()
    return out


def _day_run_ends_at_month(text: str, end: int, runs: dict[int, bool]) -> bool:
    """Whether the day that ends at ``end`` is followed by one or more
    (separator, day) steps and then a month: "12[, 13 and 14 May]".

    ``runs`` holds the answer for every day end already walked: each day of a
    run has the same answer, so each run is walked once.
    """
    passed: list[int] = []
    found = False
    pos = end
    while pos not in runs:
        passed.append(pos)
        step = _RUN_STEP.match(text, pos)
        if step is None:
            break
        pos = step.end()
        if _RUN_END.match(text, pos):
            found = True
            break
    else:
        found = runs[pos]
    for p in passed:
        runs[p] = found
    return found


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for m in _atom_matches(text):
        out.extend(_BUILD[m.lastgroup or ""](m, m.start(), m.end()))
    return out


def _chains(text: str, atoms: list[_Atom]) -> list[tuple[list[_Atom], list[str]]]:
    """Group atoms joined by separators; each chain with its gap kinds.

    Gap kinds are "range" ("–", "to"), "and" ("and", "or") and "comma". A
    comma joins a list only where an "and" closes it later ("1998, 2001 and
    2005"); elsewhere ("In 2014, 1500 people") the chain is cut there.
    """
    chains: list[tuple[list[_Atom], list[str]]] = []
    for at in atoms:
        if chains:
            prev_atoms, gaps = chains[-1]
            last = prev_atoms[-1]
            gap = text[last.end:at.start]
            m = _SEPARATOR.match(gap) if len(gap) <= _MAX_GAP else None
            if m and m.lastgroup and _compatible(last, at, m.lastgroup):
                prev_atoms.append(at)
                gaps.append(m.lastgroup)
                continue
        chains.append(([at], []))
    out: list[tuple[list[_Atom], list[str]]] = []
    for chain, gaps in chains:
        if "comma" not in gaps or _in_parentheses(text, chain[0].start, chain[-1].end):
            # a list that fills a parenthesis is one: "(2016, 2018)"
            out.append((chain, gaps))
            continue
        closed = False
        cut: list[int] = []
        for i in range(len(gaps) - 1, -1, -1):
            if gaps[i] == "and":
                closed = True
            elif gaps[i] == "range":
                closed = False
            elif not closed:
                cut.append(i)
        start = 0
        for i in [*sorted(cut), len(chain) - 1]:
            out.append((chain[start:i + 1], gaps[start:i]))
            start = i + 1
    return out


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all a parenthesis holds."""
    # bounded windows: a statement may be megabytes long
    return (text[max(0, start - 4):start].rstrip().endswith("(")
            and text[end:end + 4].lstrip().startswith(")"))


def _compatible(left: _Atom, right: _Atom, gap: str) -> bool:
    """Whether two atoms can stand in one range or list."""
    if left.kind == "dec" or right.kind == "dec":
        return left.kind == right.kind
    if left.bare_year != right.bare_year:
        # "1894 – 17 January 1961" is a range; a list joins only like with like
        return gap == "range" and not (left.bare_year and right.year is None)
    return True


# --- context of bare years ---------------------------------------------------


class _Context(NamedTuple):
    ok: bool
    approximate: bool = False
    names_something: bool = False
    opener: str = ""
    rule: str = ""
    """For a rejected number, the short name of the rule that rejected it
    (``label``, ``quantity``, ``three-digit`` …), for explanations."""


_NO = _Context(False, rule="no-evidence")


def _no(rule: str) -> _Context:
    """A rejection by the rule named ``rule``."""
    return _Context(False, rule=rule)
_WORD_PUNCT = ".,;:!?)]\"”’'"


class _After(NamedTuple):
    """What follows a number: the next character, token, and two words."""

    char: str
    token: str
    word: str
    word2: str


def _after(text: str, end: int) -> _After:
    parts = text[end:end + _AFTER].split(None, 2)
    tok = parts[0] if parts else ""
    word2 = parts[1].strip(_WORD_PUNCT).lower() if len(parts) > 1 else ""
    return _After(text[end:end + 1], tok, tok.strip(_WORD_PUNCT).lower(), word2)


def _follower_ok(after: _After) -> bool:
    """Whether what follows a number is what follows a year, not a noun."""
    c = after.char
    if not c or c in ".,;:)]!?\"”’–—-/'" or not after.token:
        return True
    first = after.token[0]
    if first.isupper() or first in "(\"“‘–—-":
        return True
    return after.word in YEAR_FOLLOWERS


def _noun_follows(after: _After) -> bool:
    """Whether a noun follows a number ("2000 rubles", "1500 protesters"):
    a quantity word, or a lower-case plural that is not a function word."""
    w = after.word
    if not w or not after.token[:1].islower():
        return False
    if w in QUANTITY_WORDS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in YEAR_FOLLOWERS


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """The token before ``start`` and whether a "(" or "[" stands between."""
    before = text[max(0, start - _BEFORE):start].rstrip()
    paren = before.endswith(("(", "["))
    if paren:
        before = before[:-1].rstrip()
    parts = before.rsplit(None, 1)
    tok = parts[-1] if parts else ""
    cut = max(tok.rfind("("), tok.rfind("["))
    return (tok[cut + 1:] if cut >= 0 else tok), paren


def _is_measure(word: str) -> bool:
    """Whether ``word`` after "N-" makes a measure: a quantity noun (singular
    or plural) or one of COMPOUND_UNITS."""
    return word in QUANTITY_WORDS or word + "s" in QUANTITY_WORDS or word in COMPOUND_UNITS


_LEAD_ENDINGS = tuple(" " + phrase for phrase in YEAR_LEAD_PHRASES)


def _lead_phrase(text: str, start: int) -> str:
    """What leads a year when the word before it is not a preposition: a
    phrase that acts as one ("as early as"), the preposition before a hedge
    ("since at least", "in both"), or "between" before "X and" ("between the
    Revolution of Dignity and 2022"); "" when none."""
    # the words before, one space apart, with a space in front: " since at least"
    before = " " + " ".join(text[max(0, start - _BEFORE):start].lower().split())
    if before.endswith(_LEAD_ENDINGS):
        return "in"   # a plain preposition: no interval opener, not weak
    for hedge in YEAR_HEDGES:
        if before.endswith(" " + hedge):
            words = before[:-len(hedge)].split()
            if words and words[-1] in YEAR_PREPOSITIONS:
                return words[-1]
    if before.endswith(" and") and _BETWEEN_AND.search(text, max(0, start - 80), start):
        return "between"
    return ""


def _label_before(text: str, start: int) -> bool:
    """Whether "N, " before ``start`` is a label's number ("issue 8, 1997")."""
    words = text[max(0, start - _BEFORE):start].split()
    return len(words) >= 2 and words[-2].lower() in NUMBER_LABELS


def _adjective_after_determiner(text: str, start: int, prev: str) -> bool:
    """Whether the year follows a determiner and one lower-case word ("the
    following 2014 Crimean crisis", "its disputed 2004 election")."""
    if (not (prev.isalpha() and prev.islower()) or prev in COUNT_ADJECTIVES
            or prev.endswith("ly")):   # "the roughly 2000 Crimean Tatars"
        return False
    words = text[max(0, start - _BEFORE):start].split()
    return len(words) >= 2 and words[-2].lower() in DETERMINERS


def _opener(text: str, start: int) -> str:
    """The word that may open an interval at ``start``, past "the" and the
    period qualifiers: "between the late 1930s", "between the 12th", "from
    the mid-1960s"; lower-cased."""
    words = text[max(0, start - 28):start].lower().replace("-", " ").split()
    while words and words[-1] in _OPENER_SKIPS:
        words.pop()
    return words[-1].lstrip("([") if words else ""


class _Site(NamedTuple):
    """A bare number (or a chain of them) and what stands around it, read once
    for the year rules."""

    text: str
    start: int
    end: int
    chain_is_range: bool
    has_three_digit: bool
    chain_start: int
    before_char: str
    after: _After
    prev: str
    """The token before, as written."""
    prev_l: str
    """The token before, lower-cased and unquoted; the preposition a lead
    phrase stands for ("as early as" → "in"); the last part of "summer–autumn"."""
    paren: bool
    """Whether a "(" or "[" stands right before."""
    strict: bool
    """Whether what follows is what follows a year (`_follower_ok`)."""
    approximate: bool


def _site(text: str, start: int, end: int, chain_is_range: bool, has_three_digit: bool,
          chain_start: int) -> _Site:
    after = _after(text, end)
    prev, paren = _word_before(text, start)
    prev_l = prev.lower().strip("\"“‘«")
    if prev_l not in YEAR_PREPOSITIONS and ("–" in prev_l or "/" in prev_l):
        prev_l = re.split("[–/]", prev_l)[-1]   # "summer–autumn 1920"
    if prev_l not in YEAR_PREPOSITIONS and not paren:
        prev_l = _lead_phrase(text, start) or prev_l
    return _Site(text, start, end, chain_is_range, has_three_digit, chain_start,
                 text[start - 1] if start else "", after, prev, prev_l, paren,
                 _follower_ok(after), prev_l in APPROXIMATE_WORDS)


# The year rules: each reads a site and decides (a _Context) or passes (None).


def _glued(s: _Site) -> _Context | None:
    c = s.before_char
    if not (c and (c.isalnum() or c in "$€£¥₴₽#§№+-−_")):
        return None
    m = _PREFIXED_YEAR.search(s.text, max(0, s.start - 6), s.start)
    if not m:
        return _no("glued")
    return _Context(s.strict, opener=m.group(1).lower())   # "mid-1990", "pre-1914"


def _label(s: _Site) -> _Context | None:
    return _no("label") if s.prev_l in NUMBER_LABELS else None


def _quantity(s: _Site) -> _Context | None:
    return _no("quantity") if s.after.word in QUANTITY_WORDS else None


def _measure(s: _Site) -> _Context | None:
    hyphened = s.after.char == "-" and _is_measure(s.after.word[1:].split("-")[0])
    return _no("measure") if hyphened else None


def _era_bc(s: _Site) -> _Context | None:
    w = s.after.word.upper()
    return _no("era-bc") if w in ERA_BC or w.replace(".", "") in ERA_BC else None


def _era_ad(s: _Site) -> _Context | None:
    era = s.after.word.upper() in ERA_AD or s.prev.upper() in ERA_AD
    return _Context(True, s.approximate) if era else None


def _three_digit(s: _Site) -> _Context | None:
    # a three-digit number needs a plain preposition of time and a follower
    # a year can have
    if s.has_three_digit and not (s.strict and s.prev_l in THREE_DIGIT_LEADS):
        return _no("three-digit")
    return None


def _preposition(s: _Site) -> _Context | None:
    if s.prev_l not in YEAR_PREPOSITIONS:
        return None
    if s.prev_l in WEAK_YEAR_PREPOSITIONS and not s.strict and _noun_follows(s.after):
        return _no("weak-preposition-noun")
    return _Context(True, s.approximate, opener=s.prev_l)


def _parenthesis(s: _Site) -> _Context | None:
    if not s.paren:
        return None
    if s.after.word in YEAR_NAMED_NOUNS:
        return _Context(True, s.approximate, names_something=True)
    nxt = s.text[s.end:s.end + 1]
    return _Context(s.chain_is_range or nxt in ("", ")", "]", ",", ";", ":"), s.approximate)


def _range(s: _Site) -> _Context | None:
    # the noun may come second: "the 2019–2020 academic year"
    if not s.chain_is_range:
        return None
    return _Context(s.strict or s.after.word in YEAR_NAMED_NOUNS
                    or s.after.word2 in YEAR_NAMED_NOUNS)


def _determiner(s: _Site) -> _Context | None:
    if not (s.prev_l in DETERMINERS or s.prev_l.endswith(("'s", "’s"))
            or _adjective_after_determiner(s.text, s.start, s.prev)):
        return None
    if (s.after.token[:1].isupper() or s.after.word in YEAR_NAMED_NOUNS
            or s.after.word2 in YEAR_NAMED_NOUNS):
        return _Context(True, names_something=True)
    return _no("determiner-count")


def _possessive(s: _Site) -> _Context | None:
    return _Context(True, names_something=True) if s.text[s.end:s.end + 2] in ("'s", "’s") \
        else None


def _after_name(s: _Site) -> _Context | None:
    named = s.prev[:1].isupper() and s.prev_l in YEAR_AFTER_NAME_NOUNS and s.strict
    return _Context(True, names_something=True) if named else None


def _closes_item(s: _Site) -> _Context | None:
    closes = _CLOSES.match(s.text, s.end)
    if closes and (s.text[max(0, s.start - 2):s.start] == ", "
                   or (s.before_char == "," and s.prev[:1].isalpha())) and (
            not s.prev[:1].isdigit() or _label_before(s.text, s.start)):
        return _Context(True)
    return None


def _citation(s: _Site) -> _Context | None:
    cited = s.text[s.end:s.end + 1] == ")" and s.prev.endswith(".") and s.prev[:1].isupper()
    return _Context(True) if cited else None


def _leads_statement(s: _Site) -> _Context | None:
    if s.prev.endswith(":") or (s.chain_start <= 6
                                and _LEADING_MARK.match(s.text, 0, s.chain_start)):
        return _Context(s.strict)
    return None


class YearRule(NamedTuple):
    """One rule of the evidence that a bare number is a year (a row of
    `YEAR_RULES`): the first rule that decides, in table order, gives the
    answer; a number no rule decides is not a year (``no-evidence``).

    ``accepts`` says which way the rule decides when it decides on its
    example (the number in ``example`` is the first one there); ``name``
    names a rejection for explanations."""

    name: str
    accepts: bool
    example: str
    decide: Callable[[_Site], _Context | None]


YEAR_RULES: tuple[YearRule, ...] = (
    YearRule("glued", False, "the A380 flew", _glued),
    YearRule("label", False, "under Art. 205 of the code", _label),
    YearRule("quantity", False, "he paid 2000 rubles", _quantity),
    YearRule("measure", False, "a 2000-page report", _measure),
    YearRule("era-bc", False, "in 480 BC", _era_bc),   # read by the chain, with its era
    YearRule("era-ad", True, "AD 1066 saw it", _era_ad),
    YearRule("three-digit", False, "a force of 300 militia", _three_digit),
    YearRule("preposition", True, "he moved in 1994", _preposition),
    YearRule("weak-preposition-noun", False, "a gift of 2000 lanterns", _preposition),
    YearRule("parenthesis", True, "the poet Lesya (1871) wrote", _parenthesis),
    YearRule("range", True, "the 2019–2020 academic year", _range),
    YearRule("determiner", True, "the 2016 Sakharov Prize", _determiner),
    YearRule("determiner-count", False, "the 2000 delegates came", _determiner),
    YearRule("possessive", True, "1952's election was close", _possessive),
    YearRule("after-name", True, "under the Human Rights Act 1998.", _after_name),
    YearRule("closes-item", True, "Right Livelihood Award, 2020", _closes_item),
    YearRule("citation", True, "the case (S.D.N.Y. 1971) held", _citation),
    YearRule("leads-statement", True, "1998: the Nansen Medal", _leads_statement),
)
"""The bare-year evidence, positive and negative rules in the order they are
tried. Two rows may share a function when it decides both ways (a
preposition of time, a determiner): each row names one way, with its example."""

_DECIDERS: tuple[Callable[[_Site], _Context | None], ...] = tuple(
    dict.fromkeys(r.decide for r in YEAR_RULES))
"""Each rule function once, in the table's order."""


def _year_context(text: str, start: int, end: int, chain_is_range: bool,
                  has_three_digit: bool, chain_start: int) -> _Context:
    """Decide whether bare numbers at [start, end) are years, from their context."""
    site = _site(text, start, end, chain_is_range, has_three_digit, chain_start)
    for decide in _DECIDERS:
        found = decide(site)
        if found is not None:
            return found
    return _NO


# --- building values from chains --------------------------------------------


def _end_year(start: int, yy: int) -> int:
    """The year a two-digit end stands for: in the start's century, or the
    next one when it would not come after the start ("1998–02" is 2002)."""
    end = start // 100 * 100 + yy
    return end + 100 if end <= start else end


def _atom_value(at: _Atom, approximate: bool = False, era: bool = False) -> DateValue | None:
    """The atom's date; ``era`` when an era marks it ("480 BC"), which makes
    any year of four digits or fewer, and a three-digit decade, a date."""
    span = (at.start, at.end)
    min_year, max_year = (1, 9999) if era else (MIN_YEAR, MAX_YEAR)
    if at.kind == "dec":
        if (at.year or 0) < 1000 and not era:
            return None   # "the 470s" only with an era: "the 470s BC"
        first = decade_value(at.year or 0, span)
        if at.yy is None or first is None:
            return first
        last = decade_value(_end_year(at.year or 0, at.yy), span)
        return interval_value(first, last, span) if last else None
    if at.year is None:
        return None
    if (at.year < min_year and at.month is None) or at.year > max_year:
        return None
    if at.day2 is not None and at.month is not None and at.day is not None:
        a = day_value(at.year, at.month, at.day, span, approximate)
        b = day_value(at.year, at.month, at.day2, span)
        return interval_value(a, b, span) if a and b else None
    if at.yy is not None:
        end_year = _end_year(at.year, at.yy)
        if end_year - at.year > 99:
            return None
        a = year_value(at.year, span, approximate)
        b = year_value(end_year, span)
        return interval_value(a, b, span) if a and b else None
    if at.day is not None and at.month is not None:
        return day_value(at.year, at.month, at.day, span, approximate)
    if at.month is not None:
        return month_value(at.year, at.month, span, approximate)
    return year_value(at.year, span, approximate)


def _bc_atom_value(at: _Atom, approximate: bool = False) -> DateValue | None:
    """The atom's date before the common era ("480 BC")."""
    v = _atom_value(at, approximate, era=True)
    return bc_value(v) if v is not None else None


def _month_day(at: _Atom) -> tuple[int, int] | None:
    """(month, day) of an atom that has no year, when some year has that day."""
    if (at.year is None and at.kind in ("dm", "md", "mdd", "bd") and at.month and at.day
            and at.day <= month_length(2000, at.month)):
        return at.month, at.day
    return None


def _complete(chain: list[_Atom]) -> None:
    """Give atoms missing a year (or month) those of the atom to their right."""
    year: int | None = None
    month: int | None = None
    for at in reversed(chain):
        if at.kind == "dec":
            year = month = None
            continue
        if at.year is None and year is not None and at.kind in ("dm", "md", "mdd", "bm", "bd"):
            at.year = year
        if at.month is None and month is not None and at.kind == "bd":
            at.month = month
        if at.year is not None:
            year = at.year
        if at.month is not None:
            month = at.month


def _interpret(text: str, chain: list[_Atom], gaps: list[str]) -> list[Mention]:
    """Mentions of one chain: intervals for ranges, one each for lists."""
    if gaps:
        _complete(chain)
    first, last = chain[0], chain[-1]
    bare = [a for a in chain if a.bare_year]
    open_end = _OPEN_END.match(text, last.end)
    is_open = bool(open_end and (
        open_end.group("paren") is not None
        or (open_end.group("w") or open_end.group("w2") or "").lower() in OPEN_ENDS))
    is_range = "range" in gaps or first.yy is not None or is_open
    era = _ERA_AFTER.match(text, last.end)
    bc = bool(era and era.group("bc"))
    # the interval opener only matters to a pair joined by "and" ("between 1990 and 1995")
    opens = gaps == ["and"]
    if bc:
        # "490 BC", "from 499 to 493 BC", "April 480 BC": the era marks every
        # number of the chain as a year, and a range's end gives it to both
        before = text[max(0, first.start - 16):first.start].lower()
        word = _word_before(before, len(before))[0]
        ctx = _Context(True, word in APPROXIMATE_WORDS,
                       opener=_opener(text, first.start) if opens else "")
    elif bare and not any(not a.bare_year and a.kind != "dec" for a in chain):
        ctx = _year_context(text, first.start, last.end, is_range,
                            any(a.year is not None and a.year < 1000 for a in bare),
                            first.start)
        if not ctx.ok:
            return []
    elif bare:
        # a bare year joined to a full date ("1894 – 17 January 1961")
        ctx = _year_context(text, first.start, first.end, True,
                            any(a.year is not None and a.year < 1000 for a in bare),
                            first.start)
        if not ctx.ok:
            return []
    else:
        # full dates: only an approximate word or an interval opener matters here
        before = text[max(0, first.start - 16):first.start].lower()
        word = _word_before(before, len(before))[0]
        ctx = _Context(True, word in APPROXIMATE_WORDS,
                       opener=_opener(text, first.start) if opens else "")

    if opens and ctx.opener in INTERVAL_OPENERS:
        gaps = ["range"]

    value_of = _bc_atom_value if bc else _atom_value

    out: list[Mention] = []
    i = 0
    while i < len(chain):
        at = chain[i]
        approx = ctx.approximate and i == 0
        if i < len(gaps) and gaps[i] == "range":
            nxt = chain[i + 1]
            a, b = value_of(at, approx), value_of(nxt)
            if a is not None and b is not None:
                iv = interval_value(a, b, (at.start, nxt.end))
                if iv is not None:
                    out.append(Mention(MentionKind.EXPLICIT, iv.span, iv,
                                       ctx.names_something))
                    i += 2
                    continue
            first_day, last_day = _month_day(at), _month_day(nxt)
            if a is None and b is None and first_day and last_day and first_day < last_day:
                # "18–20 May", "between 3 and 5 March": the year comes from context
                out.append(Mention(MentionKind.PARTIAL, (at.start, nxt.end),
                                   month=first_day[0], day=first_day[1],
                                   end_month=last_day[0], end_day=last_day[1]))
                i += 2
                continue
        value = value_of(at, approx)
        if value is not None:
            out.append(Mention(MentionKind.EXPLICIT, value.span, value,
                               ctx.names_something and at.bare_year))
        elif (md := _month_day(at)) is not None:
            # "September 3–4": the second day, when the month has it
            end = at.day2 if at.day2 and md[1] < at.day2 <= month_length(2000, md[0]) else 0
            out.append(Mention(MentionKind.PARTIAL, (at.start, at.end), month=md[0], day=md[1],
                               end_month=md[0] if end else 0, end_day=end))
        i += 1

    if is_open and open_end and out and out[-1].value is not None \
            and last.end == out[-1].span[1] and not out[-1].value.is_interval:
        v = out[-1].value
        span = (v.span[0], open_end.end())
        out[-1] = Mention(MentionKind.EXPLICIT, span, open_interval_value(v, span))
    return out


def _moved_value(v: DateValue, delta: int) -> DateValue:
    parts = None if v.parts is None else (
        _moved_value(v.parts[0], delta), _moved_value(v.parts[1], delta))
    return DateValue(v.edtf, v.precision, v.start, v.end,
                     (v.span[0] + delta, v.span[1] + delta), v.approximate, parts)


def _moved(m: Mention, delta: int) -> Mention:
    """The same mention, ``delta`` characters further on."""
    value = None if m.value is None else _moved_value(m.value, delta)
    return m._replace(span=(m.span[0] + delta, m.span[1] + delta), value=value)


def _ordinal(s: str) -> int:
    s = s.lower()
    return ORDINAL_WORDS[s] if s in ORDINAL_WORDS else int(s[:-2])


def _centuries(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _CENTURY.finditer(text):
        era = _ERA_AFTER.match(text, m.end())
        bc = bool(era and era.group("bc"))

        def value(g: str, m: re.Match[str] = m, bc: bool = bc) -> DateValue | None:
            v = century_value(_ordinal(m.group(g)), m.span(g))
            return bc_value(v) if v is not None and bc else v

        if m.group("n2") and (m.group("range")
                              or _opener(text, m.start()) in INTERVAL_OPENERS):
            # "the 13th–17th centuries", "between the 12th and 14th centuries"
            a, b = value("n1"), value("n2")
            iv = interval_value(a, b, (m.start("n1"), m.end("n2"))) if a and b else None
            if iv is not None:
                out.append(Mention(MentionKind.EXPLICIT, iv.span, iv))
                continue
        for g in ("n1", "n2"):
            if m.group(g):
                v = value(g)
                if v is not None:
                    out.append(Mention(MentionKind.EXPLICIT, m.span(g), v))
    return out


def _holidays(text: str) -> list[Mention]:
    """ "Christmas 1914", "New Year's Day 1900": the holiday's day of that year."""
    out: list[Mention] = []
    for m in _HOLIDAY.finditer(text):
        name = " ".join(m.group("h").lower().replace("’", "'").split())
        month, day = _HOLIDAY_DAYS[name]
        v = day_value(int(m.group("y")), month, day, m.span())
        if v is not None:
            out.append(Mention(MentionKind.EXPLICIT, m.span(), v))
    return out


def _short_era_years(text: str) -> list[Mention]:
    """ "AD 9", "44 BC": years of one or two digits, marked by their era."""
    out: list[Mention] = []
    for m in _ERA_SHORT.finditer(text):
        g = "y1" if m.group("y1") else "y2"
        if g == "y2" and not m.group("bc") and (
                _word_before(text, m.start())[0].lower() not in YEAR_PREPOSITIONS):
            continue   # "in 9 AD", not "Route 66 AD hoc"
        v = year_value(int(m.group(g)), m.span(g))
        if v is None:
            continue
        if m.group("bc"):
            v = bc_value(v)
        out.append(Mention(MentionKind.EXPLICIT, m.span(g), v))
    return out


def _month_mentions(text: str) -> list[Mention]:
    """Months named alone after a lead or qualifier ("in April", "by early
    October", "the end of March"): partial mentions with ``day`` 0, the year
    left to the context; "from May to November" is one, a range."""
    out: list[Mention] = []
    taken = 0
    for m in _MONTH_ALONE.finditer(text):
        if m.start() < taken:
            continue
        lead = _MONTH_LEAD.search(text, max(0, m.start() - 28), m.start())
        end = m.end()
        chained = _MONTH_NEXT.match(text, end)
        if lead is None and not (chained and chained.group("range")):
            continue   # a month alone needs a lead, unless a range joins it to another
        word = (lead.group("lead") or "").lower() if lead else ""
        nxt = text[m.end():m.end() + 2].lstrip()
        if lead and word in MONTH_NAME_LEADS and not lead.group("q1") and nxt[:1].isupper():
            continue   # "a song by June Carter"
        month = MONTHS[m.group()]
        if chained and (chained.group("range") or word == "between"):
            # "from May to November", "between May and July"; a range that
            # wraps ("from October to March") ends the next year
            out.append(Mention(MentionKind.PARTIAL, (m.start(), chained.end()), month=month,
                               end_month=MONTHS[chained.group("m")]))
            taken = chained.end()
            continue
        out.append(Mention(MentionKind.PARTIAL, m.span(), month=month))
        while chained:   # "in May and June", "in May, June or July"
            out.append(Mention(MentionKind.PARTIAL, chained.span("m"),
                               month=MONTHS[chained.group("m")]))
            end = chained.end()
            chained = _MONTH_NEXT.match(text, end)
            if chained and chained.group("range"):
                break
        taken = end
    return out


_STEM_SUFFIXES = (("ings", ""), ("ing", ""), ("sions", "d"), ("sion", "d"), ("ions", ""),
                  ("ion", ""), ("ments", ""), ("ment", ""), ("ied", "y"), ("ies", "y"),
                  ("ed", ""), ("es", ""), ("al", ""), ("s", ""))


@lru_cache(maxsize=4096)
def anchor_stem(word: str) -> str:
    """The stem an event noun shares with its verb: "landing" and "landed"
    are "land", "invasion" and "invaded" "invad", "fell" is "fall"."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_STEMS:
        return IRREGULAR_STEMS[w]
    for suffix, rest in _STEM_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:len(w) - len(suffix)] + rest
            break
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


def same_stem(a: str, b: str) -> bool:
    """Whether two stems name one event: equal, or one a short extension of
    the other ("depart" and "departur")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def anchor_key(phrase: str) -> tuple[tuple[str, ...], int] | None:
    """What "N days after PHRASE" counts from, and how many characters of
    ``phrase`` name it; None when it names no event that a date could have.

    "the landing" is ("land",); "the fall of Paris" ("fall", "paris"); "the
    Battle of Midway" and "Pearl Harbor" are names ("", "battle", "midway").
    Possessives ("his death"), durations ("the war": it is counted from its
    end, seldom dated), dates and bare lower-case words give None.
    """
    words = [(w.group(), w.end()) for w in _NONSPACE.finditer(phrase)]
    first = words[0][0] if words else ""
    if (not first or first.lower() in ANCHOR_POSSESSIVES or not first[:1].isalpha()
            or first.rstrip(".") in MONTHS):
        return None
    i = 0
    if first.lower() == "the":
        i = 1
        while i < len(words) and (
                words[i][0].lower() in ANCHOR_ADJECTIVES
                or (words[i][0][:1].isupper() and i + 1 < len(words)
                    and words[i + 1][0][:1].islower() and words[i + 1][0] != "of")):
            i += 1   # "the first landing", "the Allied landing"
        if i >= len(words):
            return None
        head = words[i][0]
        if head[:1].islower():
            verb = words[i + 1][0] if i + 1 < len(words) else ""
            if verb in _AUXILIARIES:
                return None   # "after the king was crowned": too far to read
            light = verb in ("occurred", "happened") or (
                verb == "took" and i + 2 < len(words) and words[i + 2][0] == "place")
            if not light and head.isalpha() and verb.isalpha() and verb.islower() and (
                    (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_STEMS
                    or verb in _PAST_FORMS):
                # a clause: "after the king arrived", "after the war ended"
                return (anchor_stem(verb), head.lower()), words[i + 1][1]
            if not head.isalpha() or head in DURATIVE_EVENTS:
                return None
            names, end, j = [], words[i][1], i + 1
            if j < len(words) and words[j][0] == "of":   # "the fall of (the) Paris"
                j += 1 + (j + 1 < len(words) and words[j + 1][0] == "the")
                while j < len(words) and words[j][0][:1].isupper() and words[j][0].isalpha():
                    names.append(words[j][0].lower())
                    end = words[j][1]
                    j += 1
            return (anchor_stem(head), *names), end
    elif not first[:1].isupper():
        return None
    names, end = [], 0
    while i < len(words):
        w = words[i][0]
        if w[:1].isupper() and w.replace("-", "").isalpha():
            names.append(w.lower())
            end = words[i][1]
        elif not (w in _ANCHOR_CONNECTORS and names and i + 1 < len(words)
                  and words[i + 1][0][:1].isupper()):
            break
        i += 1
    if not names or any(n in DURATIVE_EVENTS for n in names):
        return None   # "the Siege of Leningrad" lasts
    return ("", *names), end


def _first_characters(pattern: str, flags: int) -> str:
    """A class of the characters every match of ``pattern`` starts with
    ("[0-9TtSs…]"), or "" when the pattern does not tell (a match may be
    empty, or start with any character)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):   # another Python
        return ""
    chars: set[str] = set()

    class Unknown(Exception):
        pass

    def firsts(items: list[tuple[Any, Any]]) -> bool:
        """Adds the first characters of a sequence; whether it may match empty."""
        for op, av in items:
            name = str(op)
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue   # zero-width: the next item starts the match
            if name == "LITERAL":
                chars.add(chr(av))
                return False
            if name == "IN":
                for op2, av2 in av:
                    if str(op2) == "LITERAL":
                        chars.add(chr(av2))
                    elif str(op2) == "RANGE" and av2[1] - av2[0] < 128:
                        chars.update(chr(c) for c in range(av2[0], av2[1] + 1))
                    else:
                        raise Unknown   # a category or a negated class
                return False
            if name == "SUBPATTERN":
                _, add, _, sub = av
                if add & ~flags & re.IGNORECASE:
                    raise Unknown   # (?i:…) inside a case-sensitive pattern
                if not firsts(sub.data):
                    return False
                continue
            if name == "BRANCH":
                empty = False
                for alt in av[1]:
                    empty = firsts(alt.data) or empty
                if not empty:
                    return False
                continue
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _, sub = av
                if not firsts(sub.data) and low > 0:
                    return False
                continue
            raise Unknown
        return True

    try:
        if firsts(parsed.data):
            return ""   # a match may be empty
    except Unknown:
        return ""
    return "[" + "".join(sorted(re.escape(c) for c in chars)) + "]"


@lru_cache(maxsize=1)
def _relative_scan() -> re.Pattern[str]:
    """``_RELATIVE`` behind a look-ahead of the characters its matches start
    with: the same matches, found about twice as fast (re tries the
    alternation only where a match can start). Built at first use."""
    first = _first_characters(_RELATIVE.pattern, _RELATIVE.flags)
    if not first:
        return _RELATIVE
    # (a verbose pattern may end in a comment: the group closes on a line of its own)
    end = "\n" if _RELATIVE.flags & re.VERBOSE else ""
    return rx.compile(f"(?={first})(?:{_RELATIVE.pattern}{end})", _RELATIVE.flags)


def _relative_matches(text: str, low: str) -> list[re.Match[str]]:
    """``_RELATIVE`` matches, searched only in windows around unit words."""
    out: list[re.Match[str]] = []
    taken = 0
    relative = _relative_scan()
    for u in _UNIT_WORD.finditer(low):
        lo = max(taken, u.start() - 40)
        for m in relative.finditer(text, lo, min(len(text), u.end() + 64)):
            if m.start() <= u.start() < m.end() and m.start() >= taken:
                out.append(m)
                taken = m.end()
    return out


def _relatives(text: str, low: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _relative_matches(text, low):
        if m.group("u1"):
            unit = RELATIVE_UNITS[m.group("u1").lower()]
            sign = 1 if m.group("adj").lower() in {"following", "next", "subsequent",
                                                    "succeeding"} else -1
            amount = sign
        elif m.group("u2"):
            unit, amount = RELATIVE_UNITS[m.group("u2").lower()], 0
        elif m.group("u3") or m.group("u5"):
            num = (m.group("num") or m.group("num5")).lower()
            n = int(num) if num.isdigit() else NUMBER_WORDS[num]
            unit = RELATIVE_UNITS[(m.group("u3") or m.group("u5")).lower()]
            direction = (m.group("dir") or m.group("dir5")).lower()
            amount = -n if direction in {"earlier", "before", "prior"} else n
        elif m.group("u6"):   # "by the end of the month": that month
            unit, amount = RELATIVE_UNITS[m.group("u6").lower()], 0
        elif m.group("u7"):   # "the day following"
            unit, amount = RELATIVE_UNITS[m.group("u7").lower()], 1
        elif m.group("anc") is not None:   # "eight days after the landing"
            key = anchor_key(m.group("anc"))
            if key is None:
                continue   # "two months after his death": no date to count from
            if m.group("u10"):
                unit, n = RELATIVE_UNITS[m.group("u10").lower()], 1
            else:
                num = m.group("num9").lower()
                n = int(num) if num.isdigit() else NUMBER_WORDS[num]
                unit = RELATIVE_UNITS[m.group("u9").lower()]
            amount = -n if m.group("dir9").lower() == "before" else n
            if unit == "week":
                unit, amount = "day", amount * 7
            out.append(Mention(MentionKind.RELATIVE, (m.start(), m.start("anc") + key[1]),
                               unit=unit, amount=amount, anchor=key[0]))
            continue
        elif m.group("u8"):   # "November of the same year": a month of that year
            adj = (m.group("adj8") or "").lower()
            amount = 0 if not adj else (1 if adj in {"following", "next", "subsequent"} else -1)
            out.append(Mention(MentionKind.RELATIVE, m.span(), unit="year", amount=amount,
                               month=MONTHS[m.group("mon")]))
            continue
        else:
            unit = RELATIVE_UNITS[m.group("u4").lower()]
            amount = 1 if m.group("dir4").lower() == "after" else -1
        if unit == "week":
            unit, amount = "day", amount * 7
        out.append(Mention(MentionKind.RELATIVE, m.span(), unit=unit, amount=amount))
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every calendar reference in one statement, in text order.

    Explicit dates carry their value; partial and relative mentions are left
    for :func:`crimea_cli.events.extract_events` to resolve.
    """
    check_type(text, str, "find_mentions(text)")
    out: list[Mention] = []
    if _HAS_DIGIT.search(text):
        # A chain's reading depends only on its window (the context the checks
        # look at) and on whether it stands at the statement's start: text that
        # repeats itself is read once.
        seen: dict[tuple[str, int], tuple[int, list[Mention]]] = {}
        for chain, gaps in _chains(text, _atoms(text)):
            start, end = chain[0].start, chain[-1].end
            key = (text[max(0, start - _BEFORE):end + _AFTER], start if start < _BEFORE else -1)
            hit = seen.get(key)
            if hit is None:
                found = _interpret(text, chain, gaps)
                seen[key] = (start, found)
                out.extend(found)
            else:
                out.extend(_moved(m, start - hit[0]) for m in hit[1])
    extra: list[Mention] = []
    if "entur" in text:
        extra = _centuries(text)
    if "Christmas" in text or "Day" in text or "Eve" in text or "Night" in text:
        extra += _holidays(text)
    if "AD" in text or "BC" in text or "CE" in text or "A.D." in text or "B.C." in text:
        extra += _short_era_years(text)
    extra += _month_mentions(text)
    low = text.lower()
    if ("year" in low or "day" in low or "month" in low or "week" in low
            or "morning" in low or "evening" in low or "night" in low):
        extra += _relatives(text, low)
    if extra:
        # keep the extras that overlap no date already found (sorted, disjoint),
        # nor a longer extra ("November of the same year" over "November")
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


def find_dates(text: str) -> list[DateValue]:
    """The explicit dates of a statement (no context needed), in text order."""
    check_type(text, str, "find_dates(text)")
    return [m.value for m in find_mentions(text)
            if m.kind is MentionKind.EXPLICIT and m.value is not None]
