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
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..edtf import edtf_bounds, edtf_parts
from ..humanize import human_date
from . import Terminal
from .exports import dated, headline, unique_id


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


def event(rec: dict[str, Any]) -> dict[str, Any] | None:
    """One TimelineJS event, or None for an undated record."""
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
        out["display_date"] = human_date(edtf)
    out["unique_id"] = unique_id(rec)
    return out


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write one TimelineJS3 JSON document, streamed: the events as they
    come, then the ``title`` slide (its headline names every article seen),
    so the document is never held in memory whole."""
    from .as_json import write_array

    dated(kind, "timelinejs")
    titles: dict[str, None] = {}

    def events() -> Iterator[dict[str, Any]]:
        for rec in records:
            titles.setdefault(str(rec.get("article", "")))
            e = event(rec)
            if e is not None:
                yield e

    out.write('{\n  "events": ')
    write_array(events(), out, "  ")
    title = {"text": {"headline": html.escape(" · ".join(titles or ["crimea-cli"])),
                      "text": "<p>" + ("Awards" if kind == "awards" else "Timeline")
                              + " from crimea-cli</p>"}}
    body = json.dumps(title, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    out.write(f',\n  "title": {body}\n}}\n')
