"""Pattern pieces the whole grammar is written with, built from the vocabulary
(:mod:`crimea_cli.lang.en`): month names, days, years, separators, eras."""

from __future__ import annotations

import re

from .. import rx
from ..lang import alternatives, en

_EN = en.LANGUAGE
MONTH_ABBREVIATIONS = _EN.month_abbreviations
MONTH_QUALIFIERS = _EN.month_qualifiers
MONTHS = _EN.months
NUMBER_WORDS = _EN.number_words

MIN_YEAR = 100
MAX_YEAR = 2199


# --- the atom expression ----------------------------------------------------

_MON_FULL = "|".join(sorted((k for k in MONTHS if k not in MONTH_ABBREVIATIONS),
                            key=lambda w: (-len(w), w)))
_MON_ABBR = "|".join(sorted(MONTH_ABBREVIATIONS, key=lambda w: (-len(w), w)))
_MON = rf"(?:(?:{_MON_FULL})\b|(?:{_MON_ABBR})\b\.?)"
_ORDINAL = f"(?:{alternatives(_EN.ordinal_suffixes)})"
"""The ending of an ordinal numeral ("st", "nd" …)."""
_ORDINAL_LETTERS = "".join(sorted({c for w in _EN.ordinal_suffixes for c in w}))
"""Its letters, to strip from a day ("21st" → "21")."""
_DAY = rf"(?:3[01]|[12][0-9]|0?[1-9]){_ORDINAL}?(?![0-9]|,[0-9]{{3}})"
_YEAR = r"[0-9]{3,4}(?![0-9]|[.,][0-9])"
_NOT_AFTER_NUMBER = r"(?<![0-9./])(?<![0-9],)"
_RANGE_WORDS = alternatives(_EN.range_words)
_LIST_WORDS = alternatives(_EN.list_words)
_AND = _EN.list_words[0]
"""The list word that also follows a comma in a run of days or months (", and")."""
_THE = _EN.definite_article
_SEP_AHEAD = rf"\s*(?:–|—|−|-|{_RANGE_WORDS}|{_LIST_WORDS}|,|,\s*{_AND})\s*"
_RUN_DAY = rf"(?:{_THE}\s+(?=(?:3[01]|[12][0-9]|0?[1-9]){_ORDINAL}))?{_DAY}"
"""A day inside a run of days: "the" may stand before an ordinal ("from the
13th to the 19th of October")."""

_NUM = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if v), key=lambda w: (-len(w), w)))
_MONTH_FULL = "|".join(k for k in MONTHS if k not in MONTH_ABBREVIATIONS)



def _longest_first(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_ERA = (rf"(?:(?P<bc>{_longest_first(_EN.era_bc)})|(?P<ad>{_longest_first(_EN.era_ad)}))"
        r"(?![A-Za-z0-9])")
_MONTH_NAMES = "|".join(k for k in MONTHS if k not in MONTH_ABBREVIATIONS or k == "Sept")
_QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in
                      sorted(MONTH_QUALIFIERS, key=lambda w: (-len(w), w)))
_HAS_DIGIT = rx.compile(r"[0-9]")
