"""``--format ics``: an RFC 5545 calendar of the day-precision records.

All-day VEVENTs (``DTSTART;VALUE=DATE``, exclusive ``DTEND``), stable UIDs,
text escaped, lines folded at 75 octets, CRLF line ends. Records at a coarser
precision are left out; :func:`left_out` counts them for the CLI to report.
Dates are always 8 digits (year 950 is ``09500505``); control characters of
the article, which RFC 5545 does not allow in TEXT, are replaced by their
visible forms (ESC by ␛), as on a terminal.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, TextIO

from .. import __version__
from ..edtf import edtf_bounds
from . import Terminal, visible
from .exports import dated, headline, unique_id


def is_day(rec: dict[str, Any]) -> bool:
    """Whether a record's date is given to the day (an interval: both ends;
    an open range, "5 May 2019 – present", has no end a calendar can show)."""
    date = str(rec.get("date", ""))
    # (a calendar has no days before the common era: "-0479-08-12" is left out)
    return (rec.get("precision") == "day" and not date.endswith("/..")
            and not date.startswith(("-", "0000")))


def left_out(records: Iterable[dict[str, Any]]) -> int:
    """How many records a calendar leaves out (no date, or not to the day)."""
    return sum(1 for r in records if not is_day(r))


def notes(records: Sequence[dict[str, Any]]) -> list[str]:
    """What the calendar leaves out, when it leaves anything out."""
    missing = left_out(records)
    if not missing:
        return []
    return [f"{missing} of {len(records)} not given to the day; left out of the calendar"]


def day(date: _dt.date) -> str:
    """An RFC 5545 DATE: always eight digits, whatever the year."""
    return date.isoformat().replace("-", "")   # (isoformat pads the year to four)


def _text(value: str) -> str:
    """Article text for a TEXT value: control characters made visible,
    newlines kept (``escape`` writes them as ``\\n``)."""
    if value.isprintable():   # no control character, no newline: nothing to do
        return value
    return "\n".join(visible(line) for line in value.split("\n"))


def escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


_PIECES = re.compile(".{1,74}", re.DOTALL)
"""The pieces of 74 characters (the last shorter) of an ASCII line after its first 75."""


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (CRLF + space),
    never inside a UTF-8 character."""
    if line.isascii():   # an octet a character
        if len(line) <= 75:
            return line
        return line[:75] + "\r\n " + "\r\n ".join(_PIECES.findall(line, 75))
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[bytes] = []
    start, limit = 0, 75
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:      # a continuation byte: back off
            cut -= 1
        pieces.append(data[start:cut])
        start, limit = cut, 74               # continuation lines start with a space
    pieces.append(data[start:])
    return "\r\n ".join(p.decode("utf-8") for p in pieces)


_ONE_DAY = _dt.timedelta(days=1)


def vevent(rec: dict[str, Any]) -> list[str]:
    """The content lines of one all-day event."""
    start, last = edtf_bounds(str(rec["date"]))
    first = day(start)
    summary = visible(headline(rec))
    text = str(rec.get("text", ""))
    description = (f"{text if text.isprintable() else _text(text)}\n"
                   f"({visible(str(rec.get('section', '')))}, "
                   f"{visible(str(rec.get('article', '')))})")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{unique_id(rec)}@crimea-cli",
        f"DTSTAMP:{first}T000000Z",
        f"DTSTART;VALUE=DATE:{first}",
        f"DTEND;VALUE=DATE:{day(last + _ONE_DAY)}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(description)}",
    ]
    category = rec.get("category") or ("award" if "name" in rec else "")
    if category:
        lines.append(f"CATEGORIES:{escape(visible(str(category)))}")
    lines.append("END:VEVENT")
    return lines


def _plain_day(date: str) -> _dt.date | None:
    """The day a plain ``YYYY-MM-DD`` EDTF date is (what :func:`edtf_bounds`
    gives for it, without its pattern); None for any other form."""
    if len(date) != 10 or date[4] != "-" or date[7] != "-" or not date.isascii() \
            or not (date[:4] + date[5:7] + date[8:]).isdigit():
        return None
    try:
        return _dt.date.fromisoformat(date)
    except ValueError:   # (not a day: edtf_bounds says why)
        return None


@lru_cache(maxsize=1024)
def _short(value: str) -> str:
    """``escape(visible(value))`` of a short text a calendar repeats (a
    section, an article, a category), remembered."""
    return escape(visible(value))


def vevent_text(rec: dict[str, Any]) -> str:
    """``vevent(rec)`` as it is written: its lines folded, each with its
    CRLF. The same text, made with fewer steps (a test holds them to it):
    the lines of dates and the UID are never long enough to fold, and the
    description's parts are escaped one by one (no part holds a line end
    but the one between them, so none is escaped across two parts)."""
    date = str(rec["date"])
    start = _plain_day(date)
    if start is None:
        start, last = edtf_bounds(date)
    else:
        last = start
    first = start.isoformat().replace("-", "")
    text = str(rec.get("text", ""))
    category = rec.get("category") or ("award" if "name" in rec else "")
    return "".join([
        f"BEGIN:VEVENT\r\nUID:{unique_id(rec)}@crimea-cli\r\nDTSTAMP:{first}T000000Z\r\n"
        f"DTSTART;VALUE=DATE:{first}\r\nDTEND;VALUE=DATE:{day(last + _ONE_DAY)}\r\n",
        fold("SUMMARY:" + escape(visible(headline(rec)))),
        "\r\n",
        fold(f"DESCRIPTION:{escape(text if text.isprintable() else _text(text))}\\n("
             f"{_short(str(rec.get('section', '')))}\\, {_short(str(rec.get('article', '')))})"),
        f"\r\nCATEGORIES:{_short(str(category))}\r\nEND:VEVENT\r\n" if category
        else "\r\nEND:VEVENT\r\n",
    ])


def write_lines(lines: list[str], out: TextIO) -> None:
    """Content lines to ``out``, folded, each with its CRLF."""
    # (a line of 18 characters or less is 72 octets at most, one of 75
    # ASCII characters 75: never folded)
    out.write("".join([(line if len(line) <= 18 or (len(line) <= 75 and line.isascii())
                        else fold(line)) + "\r\n" for line in lines]))


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write a VCALENDAR of the day-precision records, one event at a time
    (never the whole calendar in memory)."""
    dated(kind, "ics")
    write_lines(["BEGIN:VCALENDAR", "VERSION:2.0",
                 f"PRODID:-//crimea-cli//crimea-cli {__version__}//EN", "CALSCALE:GREGORIAN"],
                out)
    for rec in records:
        if is_day(rec):
            out.write(vevent_text(rec))
    write_lines(["END:VCALENDAR"], out)
