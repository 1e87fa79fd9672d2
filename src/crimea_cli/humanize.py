"""EDTF → a date written for people, at its own precision.

"1986-05-05" → "5 May 1986", "2020-03" → "March 2020", "199X" → "the 1990s",
"11XX" → "the 12th century", "1894~" → "c. 1894", "1970/1975" → "1970–1975",
"2021-05/2021-06" → "May–June 2021", "1990/.." → "1990 onwards",
"-0479" → "480 BC".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .edtf import edtf_parts

if TYPE_CHECKING:
    from .lang import Language

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
"""English's month names (``lang.en``'s ``month_names``)."""


@lru_cache(maxsize=4096)
def human_date(edtf: str, language: Language | None = None) -> str:
    """The EDTF date as people write it, in the words of ``language``
    (English by default: day–month–year).

    Remembered (the last 4,096): an article gives the same dates again and
    again, and a view asks for each record's date more than once."""
    return _human_date(edtf, language)


def _human_date(edtf: str, language: Language | None = None) -> str:
    if language is None:
        from .lang import en

        language = en.LANGUAGE
    return _Writer(language).date(edtf)


class _Writer:
    """Dates in the words of one language."""

    def __init__(self, language: Language) -> None:
        self.lg = language
        self.words = language.date_words

    def date(self, edtf: str) -> str:
        if "/" in edtf:
            return self._interval(*edtf.split("/", 1))
        words = self.words
        core = edtf.rstrip("~")
        if core.startswith(("-", "0000")):
            shown = self._bc(core)
        elif core.endswith("XX"):
            return words["century"].format(ordinal=self.lg.ordinal(int(core[:2]) + 1))
        elif core.endswith("X"):
            return words["decade"].format(decade=f"{int(core[:3])}0")
        else:
            year, month, day = edtf_parts(core)
            if year is None:
                return edtf
            shown = self._day(year, month, day)
        return words["approximate"].format(date=shown) if edtf.endswith("~") else shown

    def _day(self, year: int, month: int | None, day: int | None) -> str:
        if day is not None and month is not None:
            return self.words["day_month_year"].format(
                day=day, month=self.lg.month_names_of_day[month - 1], year=year)
        if month is not None:
            return self.words["month_year"].format(month=self.lg.month_names[month - 1],
                                                   year=year)
        return str(year)

    def _bc(self, core: str) -> str:
        """A date before the common era: astronomical ``-0479`` is 480 BC, ``0000``
        1 BC; the labels ``-047X`` and ``-03XX`` are the 470s BC and the 4th
        century BC."""
        words = self.words
        digits = core.lstrip("-")
        if digits.endswith("XX"):
            shown = words["century"].format(ordinal=self.lg.ordinal(int(digits[:2]) + 1))
        elif digits.endswith("X"):
            shown = words["decade"].format(decade=f"{int(digits[:3])}0")
        else:
            year, month, day = edtf_parts(digits)
            shown = self._day((year or 0) + 1 if core.startswith("-") else 1, month, day)
        return words["before_era"].format(date=shown)

    def _interval(self, a: str, b: str) -> str:
        words, lg = self.words, self.lg
        if b == "..":
            return words["onwards"].format(date=human_date(a, lg))
        ya, ma, da = edtf_parts(a)
        yb, mb, db = edtf_parts(b)
        plain = not a.endswith("~") and not b.endswith("~")
        if plain and ya is not None and ya == yb and ma and mb:
            if da and db and ma == mb:
                return words["days_of_month"].format(
                    first=da, last=db, month=lg.month_names_of_day[ma - 1], year=ya)
            if da is None and db is None:
                return words["months_of_year"].format(
                    first=lg.month_names[ma - 1], last=lg.month_names[mb - 1], year=ya)
        left, right = human_date(a, lg), human_date(b, lg)
        return words["range" if " " not in left + right else "spaced_range"].format(
            first=left, last=right)
