"""EDTF → a date written for people, at its own precision.

"1986-05-05" → "5 May 1986", "2020-03" → "March 2020", "199X" → "the 1990s",
"11XX" → "the 12th century", "1894~" → "c. 1894", "1970/1975" → "1970–1975",
"2021-05/2021-06" → "May–June 2021", "1990/.." → "1990 onwards",
"-0479" → "480 BC".
"""

from __future__ import annotations

from functools import lru_cache

from .edtf import edtf_parts

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@lru_cache(maxsize=4096)
def human_date(edtf: str) -> str:
    """The EDTF date as people write it (English, day–month–year).

    Remembered (the last 4,096): an article gives the same dates again and
    again, and a view asks for each record's date more than once."""
    return _human_date(edtf)


def _human_date(edtf: str) -> str:
    if "/" in edtf:
        return _interval(*edtf.split("/", 1))
    approx = "c. " if edtf.endswith("~") else ""
    core = edtf.rstrip("~")
    if core.startswith(("-", "0000")):
        return approx + _bc(core)
    if core.endswith("XX"):
        return f"the {_ordinal(int(core[:2]) + 1)} century"
    if core.endswith("X"):
        return f"the {int(core[:3])}0s"
    year, month, day = edtf_parts(core)
    if year is None:
        return edtf
    if day is not None and month is not None:
        return f"{approx}{day} {MONTH_NAMES[month - 1]} {year}"
    if month is not None:
        return f"{approx}{MONTH_NAMES[month - 1]} {year}"
    return f"{approx}{year}"


def _bc(core: str) -> str:
    """A date before the common era: astronomical ``-0479`` is 480 BC, ``0000``
    1 BC; the labels ``-047X`` and ``-03XX`` are the 470s BC and the 4th
    century BC."""
    digits = core.lstrip("-")
    if digits.endswith("XX"):
        return f"the {_ordinal(int(digits[:2]) + 1)} century BC"
    if digits.endswith("X"):
        return f"the {int(digits[:3])}0s BC"
    year, month, day = edtf_parts(digits)
    bc_year = (year or 0) + 1 if core.startswith("-") else 1
    if day is not None and month is not None:
        return f"{day} {MONTH_NAMES[month - 1]} {bc_year} BC"
    if month is not None:
        return f"{MONTH_NAMES[month - 1]} {bc_year} BC"
    return f"{bc_year} BC"


def _interval(a: str, b: str) -> str:
    if b == "..":
        return f"{human_date(a)} onwards"
    ya, ma, da = edtf_parts(a)
    yb, mb, db = edtf_parts(b)
    plain = not a.endswith("~") and not b.endswith("~")
    if plain and ya is not None and ya == yb and ma and mb:
        if da and db and ma == mb:
            return f"{da}–{db} {MONTH_NAMES[ma - 1]} {ya}"
        if da is None and db is None:
            return f"{MONTH_NAMES[ma - 1]}–{MONTH_NAMES[mb - 1]} {ya}"
    left, right = human_date(a), human_date(b)
    sep = "–" if " " not in left + right else " – "
    return f"{left}{sep}{right}"
