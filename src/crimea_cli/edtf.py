"""EDTF values: build them, bound them, read them back.

The one place that writes and reads the EDTF strings the grammar produces
(``1986-05-05``, ``2020-03``, ``1994``, ``199X``, ``11XX``, ``1894~``,
``1970/1975``, ``2016/..``, and before the common era ``-0479``, ``-047X``,
``-03XX``). The grammar (:mod:`crimea_cli.dates`), the
resolver (:mod:`crimea_cli.events`), the words for people
(:mod:`crimea_cli.humanize`) and the exports use these helpers rather than
taking the strings apart themselves. Imports nothing of the package but the
model.
"""

from __future__ import annotations

import datetime as _dt

from . import rx
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
    if b.end < a.start or (BC_DATE in (a.start, b.start) and era_year(b) < era_year(a)):
        return None
    precision = max(a.precision, b.precision, key=lambda p: p.rank)
    return DateValue(f"{a.edtf}/{b.edtf}", precision, a.start, b.end, span,
                     a.approximate or b.approximate, (a, b))


def open_interval_value(a: DateValue, span: tuple[int, int]) -> DateValue:
    """``a/..``: from ``a`` to an open (ongoing) end."""
    return DateValue(f"{a.edtf}/..", a.precision, a.start, OPEN_END, span, a.approximate,
                     None)


BC_DATE = _dt.date.min
"""Where the bounds of a date before the common era lie: the first day Python
can represent. ``datetime`` has no year 0 or below, so every BC date shares
these bounds; :func:`era_year` orders them."""


def _bc_edtf(edtf: str) -> str:
    """The astronomical EDTF of a date whose year was written as a BC number:
    N BC is year 1 − N (1 BC = ``0000``, 480 BC = ``-0479``). Decades and
    centuries are labels and keep their digits with a minus sign (the 470s BC
    = ``-047X``, the 4th century BC = ``-03XX``), as TIMEX and EDTF writers
    do."""
    head, sep, rest = edtf.partition("-")
    approx = "~" if head.endswith("~") else ""
    head = head.rstrip("~")
    if head.endswith("X"):
        return "-" + head + approx + sep + rest
    n = int(head) - 1
    return (f"-{n:04d}" if n else "0000") + approx + sep + rest


def bc_value(v: DateValue) -> DateValue:
    """``v`` (its year written as a number of years BC) as a BC date."""
    parts = None if v.parts is None else (bc_value(v.parts[0]), bc_value(v.parts[1]))
    edtf = "/".join(_bc_edtf(p) for p in v.edtf.split("/"))
    return DateValue(edtf, v.precision, BC_DATE, BC_DATE, v.span, v.approximate, parts)


_ERA_YEAR = rx.compile(r"(-?)([0-9]{2,4})(X*)")


def era_year(v: DateValue) -> int:
    """The astronomical year ``v`` starts in (negative before 1 BC), for
    ordering dates across the common era."""
    if v.start != BC_DATE:
        return v.start.year
    m = _ERA_YEAR.match(v.edtf)
    if not m:
        return 0
    n = int(m.group(2) + "0" * len(m.group(3)))
    return -n if m.group(1) else n


def is_bc(v: DateValue) -> bool:
    """Whether ``v`` lies before the common era (its bounds are not days)."""
    return v.start == BC_DATE and (v.edtf.startswith("-") or v.edtf.startswith("0000"))


def _bc_days(edtf: str) -> tuple[str, str]:
    """ISO 8601 first and last day (expanded years, "-0479-01-01") of one
    date before the common era, as :func:`bc_value` writes it."""
    core = edtf.rstrip("~")
    if core.endswith("X"):
        digits = int(core.strip("-X"))
        if core.endswith("XX"):   # the Nth century BC: (N−1)·100+100 … (N−1)·100+1 BC
            lo, hi = -(digits * 100 + 99), -(digits * 100)
        else:                     # the 470s BC: 479 … 470 BC
            lo, hi = -(digits * 10 + 8), -(digits * 10 - 1)
        return f"{lo:05d}-01-01", f"{hi:05d}-12-31"
    neg = core.startswith("-")
    bits = core.lstrip("-").split("-")
    year = -int(bits[0]) if neg else int(bits[0])
    y = f"{year:05d}" if year < 0 else f"{year:04d}"
    if len(bits) == 1:
        return f"{y}-01-01", f"{y}-12-31"
    month = int(bits[1])
    if len(bits) == 2:
        return f"{y}-{month:02d}-01", f"{y}-{month:02d}-{month_length(year, month):02d}"
    return f"{y}-{month:02d}-{bits[2]}", f"{y}-{month:02d}-{bits[2]}"


def iso_bounds(v: DateValue) -> tuple[str, str]:
    """``v``'s first and last day as ISO 8601 strings; before the common era
    in expanded years ("-0479-01-01", astronomical numbering)."""
    if not is_bc(v) and not (v.parts is not None and is_bc(v.parts[0])):
        return v.start.isoformat(), v.end.isoformat()
    if v.parts is None:
        if v.edtf.endswith("/.."):
            return _bc_days(v.edtf[:-3])[0], v.end.isoformat()
        return _bc_days(v.edtf)
    lo = _bc_days(v.parts[0].edtf)[0]
    right = v.parts[1]
    hi = _bc_days(right.edtf)[1] if is_bc(right) else right.end.isoformat()
    return lo, hi


_EDTF_PART = rx.compile(
    r"^(?P<neg>-)?(?:(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?~?|(?P<dec>\d{3})X"
    r"|(?P<cen>\d{2})XX)$")


def edtf_bounds(edtf: str) -> tuple[_dt.date, _dt.date]:
    """The first and last day an EDTF string (as this module writes it) means.

    Dates before the common era all give ``(BC_DATE, BC_DATE)``. Raises
    ValueError for anything else. Independent of the constructors
    above, so that tests can check one against the other.
    """
    if not isinstance(edtf, str):   # this layer imports nothing but the model
        raise TypeError(f"edtf_bounds(edtf) must be str, not {type(edtf).__name__}")
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
    if m.group("neg") or m.group("y") == "0000":
        return BC_DATE, BC_DATE   # before the common era: see BC_DATE
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
