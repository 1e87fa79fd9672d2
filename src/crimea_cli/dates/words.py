"""Pattern pieces the whole grammar is written with, built from the vocabulary
(:mod:`crimea_cli.lang.en`): month names, days, years, separators, eras."""

from __future__ import annotations

import re

from .. import rx
from ..lang import en

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
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|,[0-9]{3})"
_YEAR = r"[0-9]{3,4}(?![0-9]|[.,][0-9])"
_NOT_AFTER_NUMBER = r"(?<![0-9./])(?<![0-9],)"
_SEP_AHEAD = r"\s*(?:–|—|−|-|to|until|till|through|and|or|,|,\s*and)\s*"
_RUN_DAY = rf"(?:the\s+(?=(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)))?{_DAY}"
"""A day inside a run of days: "the" may stand before an ordinal ("from the
13th to the 19th of October")."""

_NUM = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if v), key=lambda w: (-len(w), w)))
_MONTH_FULL = "|".join(k for k in MONTHS if k not in MONTH_ABBREVIATIONS)

_ERA = r"(?:(?P<bc>B\.C\.(?:E\.)?|BCE|BC)|(?P<ad>A\.D\.|AD|C\.E\.|CE))(?![A-Za-z0-9])"
_MONTH_NAMES = "|".join(k for k in MONTHS if k not in MONTH_ABBREVIATIONS or k == "Sept")
_QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in
                      sorted(MONTH_QUALIFIERS, key=lambda w: (-len(w), w)))
_HAS_DIGIT = rx.compile(r"[0-9]")
