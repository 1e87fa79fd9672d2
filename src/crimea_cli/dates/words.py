"""Pattern pieces the whole grammar is written with, built from one
language's tables (:class:`crimea_cli.lang.Language`): month names, days,
years, separators, eras.

Each module of the grammar holds one class whose ``__init__`` builds what that
module reads from a language (its tables and compiled patterns, as attributes
in capitals, the names the module used when it read English alone) and whose
methods are the module's rules; :class:`crimea_cli.dates.Grammar` joins them,
one object per language, built at its first use (:func:`crimea_cli.dates.grammar`).
A rule reads ``self.<pattern>``, which costs what a module global does; what
reads no language stays a plain function of its module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import rx
from ..lang import NEVER, Language, alternatives

MIN_YEAR = 100
MAX_YEAR = 2199

_DIGIT_DAY = "(?:3[01]|[12][0-9]|0?[1-9])"
_YEAR = r"[0-9]{3,4}(?![0-9]|[.,][0-9])"
_NOT_AFTER_NUMBER = r"(?<![0-9./])(?<![0-9],)"
_HAS_DIGIT = rx.compile(r"[0-9]")


def at_word_start(words: Iterable[str]) -> str:
    """``\\b(?:w1|w2|…)`` for ``words`` that start with a word character
    (pattern text each, the first character a plain one), written so that the
    pattern starts with a class of their first characters: ``[JF…](?<!\\w.)
    (?:(?<=J)anuary|(?<=F)ebruary|…)``. The same matches, in the words' order;
    but re reads a leading class and skips in C to where a match can start,
    which it does not past a look-ahead or a ``\\b`` (over the corpus, a month
    alone is searched for in 6.4 ms/MB, against 10.1 as ``(?=[…])\\b(?:…)``).
    The first character is matched, then checked by a look-behind (the word
    boundary before it: ``(?<!\\w.)``)."""
    words = list(words)
    if not all(re.match(r"\w", w) and re.escape(w[0]) in (w[0], "\\" + w[0])
               for w in words):
        raise ValueError("each word must start with a plain word character")
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return (f"[{firsts}]" + r"(?<!\w.)(?:"
            + "|".join(f"(?<={re.escape(w[0])}){w[1:]}" for w in words) + ")")


def _longest_first(words: Iterable[str]) -> str:
    """The words as one alternation, the longest first; no words give
    :data:`~crimea_cli.lang.NEVER` (an empty alternation matches everywhere)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or NEVER


class Words:
    """The pattern pieces of one language (strings, joined into patterns by
    the other modules of the grammar)."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.MONTHS = months = language.months
        self.MONTH_ABBREVIATIONS = abbreviations = language.month_abbreviations
        self.MONTH_QUALIFIERS = language.month_qualifiers
        self.NUMBER_WORDS = language.number_words

        # --- the atom expression --------------------------------------------
        full = "|".join(sorted((k for k in months if k not in abbreviations),
                               key=lambda w: (-len(w), w)))
        abbr = "|".join(sorted(abbreviations, key=lambda w: (-len(w), w)))
        self._MON = rf"(?:(?:{full})\b|(?:{abbr})\b\.?)" if abbr else rf"(?:(?:{full})\b)"
        self._ORDINAL = f"(?:{alternatives(language.ordinal_suffixes)})"
        """The ending of an ordinal numeral ("st", "nd" …)."""
        self._ORDINAL_LETTERS = "".join(sorted({c for w in language.ordinal_suffixes
                                                for c in w}))
        """Its letters, to strip from a day ("21st" → "21")."""
        self._DAY = rf"{_DIGIT_DAY}{self._ORDINAL}?(?![0-9]|,[0-9]{{3}})"
        self._RANGE_WORDS = alternatives(language.range_words)
        self._LIST_WORDS = alternatives(language.list_words)
        self._AND = language.list_words[0]
        """The list word that also follows a comma in a run of days or months (", and")."""
        self._THE = language.definite_article
        self._SEP_AHEAD = (rf"\s*(?:–|—|−|-|{self._RANGE_WORDS}|{self._LIST_WORDS}|,"
                           rf"|,\s*{self._AND})\s*")
        self._RUN_DAY = rf"(?:{self._THE}\s+(?={_DIGIT_DAY}{self._ORDINAL}))?{self._DAY}"
        """A day inside a run of days: "the" may stand before an ordinal ("from
        the 13th to the 19th of October")."""

        self._NUM = _longest_first(w for w, v in self.NUMBER_WORDS.items() if v)
        self._MONTH_FULL = "|".join(k for k in months if k not in abbreviations)
        self._ERA = (rf"(?:(?P<bc>{_longest_first(language.era_bc)})"
                     rf"|(?P<ad>{_longest_first(language.era_ad)}))(?![A-Za-z0-9])")
        alone = language.month_alone_abbreviations
        self._MONTH_NAMES = "|".join(k for k in months if k not in abbreviations or k in alone)
        """The names of a month alone: the full names, and a few abbreviations ("Sept")."""
        self._QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in
                                   sorted(self.MONTH_QUALIFIERS, key=lambda w: (-len(w), w)))
