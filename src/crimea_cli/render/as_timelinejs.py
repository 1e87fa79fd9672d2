"""``--format timelinejs``: the JSON that Knight Lab's TimelineJS3 reads.

A ``title`` slide from the article, and one event per record with
``start_date`` (and ``end_date`` for intervals) objects whose ``month`` and
``day`` appear only at that precision, ``text.headline`` and ``text.text``
(HTML: the statement, escaped), ``group`` (the category), ``display_date``
for approximate dates, decades and centuries, and a stable ``unique_id``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from functools import lru_cache
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, TextIO

from ..edtf import edtf_bounds, edtf_parts
from ..humanize import human_date
from . import Terminal
from .as_json import _pretty, pretty
from .exports import dated, escape_html, headline, unique_id

if TYPE_CHECKING:
    from ..lang import Language


def _date_object(edtf: str, first: bool = True) -> dict[str, Any]:
    """TimelineJS date parts at the EDTF's own precision."""
    core = edtf.rstrip("~")
    bc = core.startswith("-")
    if core.endswith("X"):          # decade or century: its first (or last) year
        if bc:                      # labels: the 470s BC, the 4th century BC
            n = int(core.strip("-X"))
            span = (n * 100 + 99, n * 100) if core.endswith("XX") else (n * 10 + 8, n * 10 - 1)
            return {"year": -(span[0] if first else span[1])}
        lo, hi = edtf_bounds(core)
        return {"year": (lo if first else hi).year}
    year, month, day = edtf_parts(core.lstrip("-"))
    # TimelineJS years are astronomical, as EDTF's: -479 is 480 BC
    obj: dict[str, Any] = {"year": -year if bc and year is not None else year}
    if month is not None:
        obj["month"] = month
    if day is not None:
        obj["day"] = day
    return obj


def event(rec: dict[str, Any], language: Language | None = None) -> dict[str, Any] | None:
    """One TimelineJS event, or None for an undated record (a date it
    writes for people, ``display_date``, in the words of ``language``)."""
    edtf = rec.get("date")
    if not edtf:
        return None
    edtf = str(edtf)
    left, _, right = edtf.partition("/")
    out: dict[str, Any] = {"start_date": _date_object(left)}
    if right and right != "..":
        out["end_date"] = _date_object(right, first=False)
    elif left.rstrip("~").endswith("X"):
        out["end_date"] = _date_object(left, first=False)
    body = html.escape(str(rec.get("text", "")))
    section = html.escape(str(rec.get("section", "")))
    out["text"] = {"headline": html.escape(headline(rec)),
                   "text": f"<p>{body}</p><p><small>{section}</small></p>"}
    group = rec.get("category") or ("award" if "name" in rec else "")
    if group:
        out["group"] = group
    if "~" in edtf or edtf.rstrip("~").endswith("X") or right == "..":
        out["display_date"] = human_date(edtf, language)
    out["unique_id"] = unique_id(rec)
    return out


def _date_json(obj: dict[str, Any], inner: str) -> str:
    """``as_json._pretty(obj, inner)`` of a date object (its values int or None)."""
    if not all(v is None or type(v) is int for v in obj.values()):
        return _pretty(obj, inner)
    deeper = inner + "  "
    return ("{" + deeper + ("," + deeper).join([f'"{k}": {"null" if v is None else v}'
                                                 for k, v in obj.items()]) + inner + "}")


def _day_json(date: str, inner: str) -> str | None:
    """``_date_json(_date_object(date), inner)`` of a plain ``YYYY-MM-DD``
    date, written without the dict; None for any other form."""
    if len(date) != 10 or date[4] != "-" or date[7] != "-" \
            or not (date[:4] + date[5:7] + date[8:]).isdigit():
        return None
    deeper = inner + "  "
    return (f'{{{deeper}"year": {int(date[:4])},{deeper}"month": {int(date[5:7])},'
            f'{deeper}"day": {int(date[8:])}{inner}}}')


@lru_cache(maxsize=1024)
def _small(section: str) -> str:
    """A section as the event's text ends with it, escaped (remembered: an
    article has few sections)."""
    return f"</p><p><small>{html.escape(section)}</small></p>"


def event_json(rec: dict[str, Any], indent: str = "", language: Language | None = None
               ) -> str | None:
    """``as_json.pretty(event(rec), indent)``: the same text, written
    without making the event's dicts (None for an undated record)."""
    edtf = rec.get("date")
    if not edtf:
        return None
    edtf = str(edtf)
    group = rec.get("category") or ("award" if "name" in rec else "")
    if type(group) is not str:   # (not a record's): the plain way
        return pretty(event(rec, language), indent)
    newline = "\n" + indent
    inner = newline + "  "
    deeper = inner + "  "
    text = encode_basestring("<p>" + escape_html(str(rec.get("text", "")))
                             + _small(str(rec.get("section", ""))))
    head = encode_basestring(escape_html(headline(rec)))
    day = _day_json(edtf, inner)   # the common date: one day, no interval, no mark
    if day is not None:
        return (f'{{{inner}"start_date": {day},{inner}"text": {{{deeper}"headline": {head},'
                f'{deeper}"text": {text}{inner}}}'
                + (f',{inner}"group": {encode_basestring(group)}' if group else "")
                + f',{inner}"unique_id": {encode_basestring(unique_id(rec))}{newline}}}')
    left, _, right = edtf.partition("/")
    parts = ['"start_date": ' + _date_json(_date_object(left), inner)]
    if right and right != "..":
        parts.append('"end_date": ' + _date_json(_date_object(right, first=False), inner))
    elif left.rstrip("~").endswith("X"):
        parts.append('"end_date": ' + _date_json(_date_object(left, first=False), inner))
    parts.append(f'"text": {{{deeper}"headline": {head},{deeper}"text": {text}{inner}}}')
    if group:
        parts.append('"group": ' + encode_basestring(group))
    if "~" in edtf or edtf.rstrip("~").endswith("X") or right == "..":
        parts.append('"display_date": ' + encode_basestring(human_date(edtf, language)))
    parts.append('"unique_id": ' + encode_basestring(unique_id(rec)))
    return "{" + inner + ("," + inner).join(parts) + newline + "}"


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write one TimelineJS3 JSON document, streamed: the events as they
    come, then the ``title`` slide (its headline names every article seen),
    so the document is never held in memory whole."""
    dated(kind, "timelinejs")
    titles: dict[str, None] = {}
    # the events as as_json.write_array(map(event, records), out, "  ") writes them
    out.write('{\n  "events": ')
    first = True
    for rec in records:
        titles.setdefault(str(rec.get("article", "")))
        text = event_json(rec, "    ", term.language)
        if text is not None:
            out.write(("[\n    " if first else ",\n    ") + text)
            first = False
    out.write("[]" if first else "\n  ]")
    title = {"text": {"headline": html.escape(" · ".join(titles or ["crimea-cli"])),
                      "text": "<p>" + ("Awards" if kind == "awards" else "Timeline")
                              + " from crimea-cli</p>"}}
    body = json.dumps(title, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    out.write(f',\n  "title": {body}\n}}\n')
