"""EDTF values: build them, bound them, read them back.

The one place that writes and reads the EDTF strings the grammar produces
(``1986-05-05``, ``2020-03``, ``1994``, ``199X``, ``11XX``, ``1894~``,
``1970/1975``, ``2016/..``). The grammar (:mod:`crimea_cli.dates`), the
resolver (:mod:`crimea_cli.events`), the words for people
(:mod:`crimea_cli.humanize`) and the exports use these helpers rather than
taking the strings apart themselves. Imports nothing of the package but the
model.
"""

from __future__ import annotations

import datetime as _dt
import re

from .model import DateValue, Precision

OPEN_END = _dt.date.max

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def _y(year: int) -> str:
    return f"{year:04d}"


def day_value(year: int, month: int, day: int, span: tuple[int, int],
              approximate: bool = False) -> DateValue | None:
    """A day, or None when the calendar has no such day."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= month_length(year, month)):
        return None
    d = _dt.date(year, month, day)
    edtf = f"{year:04d}-{month:02d}-{day:02d}" + ("~" if approximate else "")
    return DateValue(edtf, Precision.DAY, d, d, span, approximate)


def month_value(year: int, month: int, span: tuple[int, int],
                approximate: bool = False) -> DateValue | None:
    """A month of a year."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    last = month_length(year, month)
    edtf = f"{_y(year)}-{month:02d}" + ("~" if approximate else "")
    return DateValue(edtf, Precision.MONTH, _dt.date(year, month, 1),
                     _dt.date(year, month, last), span, approximate)


def year_value(year: int, span: tuple[int, int], approximate: bool = False) -> DateValue | None:
    """A year."""
    if not 1 <= year <= 9999:
        return None
    edtf = _y(year) + ("~" if approximate else "")
    return DateValue(edtf, Precision.YEAR, _dt.date(year, 1, 1), _dt.date(year, 12, 31),
                     span, approximate)


def decade_value(first_year: int, span: tuple[int, int]) -> DateValue | None:
    """A decade, ``199X`` for the 1990s."""
    if not 10 <= first_year <= 9990 or first_year % 10:
        return None
    return DateValue(f"{_y(first_year)[:3]}X", Precision.DECADE,
                     _dt.date(first_year, 1, 1), _dt.date(first_year + 9, 12, 31), span)


def century_value(ordinal: int, span: tuple[int, int]) -> DateValue | None:
    """The Nth century, ``11XX`` for the 12th (years 1100–1199)."""
    if not 1 <= ordinal <= 99:
        return None
    first = (ordinal - 1) * 100
    return DateValue(f"{ordinal - 1:02d}XX", Precision.CENTURY,
                     _dt.date(max(first, 1), 1, 1), _dt.date(first + 99, 12, 31), span)


def interval_value(a: DateValue, b: DateValue, span: tuple[int, int]) -> DateValue | None:
    """``a/b``, or None when ``b`` ends before ``a`` starts. An end that is
    itself an interval ("12–14 May – 15 June 2019") gives its outer end."""
    if a.parts is not None:
        a = a.parts[0]
    if b.parts is not None:
        b = b.parts[1]
    if b.end < a.start:
        return None
    precision = max(a.precision, b.precision, key=lambda p: p.rank)
    return DateValue(f"{a.edtf}/{b.edtf}", precision, a.start, b.end, span,
                     a.approximate or b.approximate, (a, b))


def open_interval_value(a: DateValue, span: tuple[int, int]) -> DateValue:
    """``a/..``: from ``a`` to an open (ongoing) end."""
    return DateValue(f"{a.edtf}/..", a.precision, a.start, OPEN_END, span, a.approximate,
                     None)


_EDTF_PART = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?~?$|^(?P<dec>\d{3})X$|^(?P<cen>\d{2})XX$")


def edtf_bounds(edtf: str) -> tuple[_dt.date, _dt.date]:
    """The first and last day an EDTF string (as this module writes it) means.

    Raises ValueError for anything else. Independent of the constructors
    above, so that tests can check one against the other.
    """
    if "/" in edtf:
        left, right = edtf.split("/", 1)
        if "/" in right:
            raise ValueError(f"not an EDTF date (nested interval): {edtf!r}")
        lo = edtf_bounds(left)[0]
        hi = OPEN_END if right == ".." else edtf_bounds(right)[1]
        if hi < lo:
            raise ValueError(f"interval ends before it starts: {edtf}")
        return lo, hi
    m = _EDTF_PART.match(edtf)
    if not m:
        raise ValueError(f"not an EDTF date: {edtf!r}")
    if m.group("dec"):
        y = int(m.group("dec")) * 10
        return _dt.date(max(y, 1), 1, 1), _dt.date(y + 9, 12, 31)
    if m.group("cen"):
        y = int(m.group("cen")) * 100
        return _dt.date(max(y, 1), 1, 1), _dt.date(y + 99, 12, 31)
    y = int(m.group("y"))
    if m.group("d"):
        d = _dt.date(y, int(m.group("m")), int(m.group("d")))
        return d, d
    if m.group("m"):
        import calendar

        mo = int(m.group("m"))
        return _dt.date(y, mo, 1), _dt.date(y, mo, calendar.monthrange(y, mo)[1])  # independent
    return _dt.date(y, 1, 1), _dt.date(y, 12, 31)


def edtf_parts(edtf: str) -> tuple[int | None, int | None, int | None]:
    """The year, month and day one EDTF date (not an interval) writes, each
    None where it is absent; the year is None for a decade or century
    (``199X``, ``11XX``). An approximate mark (``~``) is ignored."""
    bits = edtf.rstrip("~").split("-")
    year = int(bits[0]) if bits[0].isdigit() else None
    month = int(bits[1]) if len(bits) > 1 else None
    day = int(bits[2]) if len(bits) > 2 else None
    return year, month, day
