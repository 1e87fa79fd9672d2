"""Every formatter, on records from arbitrary article-like text: nothing raises,
data formats parse back to the same records, and no control code escapes."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crimea_cli import ArticleError, extract_awards, extract_events, parse_article
from crimea_cli.records import FIELDS, award_record, event_record
from crimea_cli.render import FORMATS, Terminal, renderer

as_csv, as_ics, as_json, as_jsonl, as_markdown, as_rich, as_table, as_timelinejs, as_oneline = (
    renderer(n) for n in ("csv", "ics", "json", "jsonl", "markdown", "rich", "table",
                          "timelinejs", "oneline"))

PIECES = st.sampled_from([
    "In 2014", "on 5 May 1986", "from 1970 to 1975", "c. 1894", "the 1990s", "(2016–)",
    "He was awarded the Order of Merit", "by Freedom House", "Two weeks later", ",", ".",
    "\n", "\n\n", "== Awards ==\n", "- 1998: Nansen Medal\n", "= T =\n", "[bold]", "[/]",
    "\x1b[31m", "\x07", "\u202e", "é", "Мустафаєв", ":warning:", '"', "|", ";", "\\", "\r",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map(" ".join)
TERM = Terminal(color=False, width=80, is_tty=False)
COLOUR = Terminal(color=True, width=80, is_tty=True)
RAW = Terminal(color=False, width=80, is_tty=False, raw_cells=True)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _records(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    try:
        article = parse_article(text)
    except ArticleError:
        return [], []
    events = extract_events(article)
    return ([event_record(e) for e in events],
            [award_record(a) for a in extract_awards(article, events)])


def _render(module: Any, kind: str, records: list[dict[str, Any]],
            term: Terminal = TERM) -> str:
    out = io.StringIO(newline="")
    module.render(kind, records, out, term)
    return out.getvalue()


def _csv_cell(value: Any, raw: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, str) and not raw and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value    # the OWASP formula guard
    return "" if value is None else str(value)


@SETTINGS
@given(TEXT)
def test_data_formats_round_trip(text: str) -> None:
    for kind, records in zip(("events", "awards"), _records(text), strict=True):
        assert json.loads(_render(as_json, kind, records)) == records
        lines = _render(as_jsonl, kind, records).splitlines()
        assert [json.loads(line) for line in lines] == records
        rows = list(csv.reader(io.StringIO(_render(as_csv, kind, records), newline="")))
        assert rows[0] == list(FIELDS[kind])
        assert rows[1:] == [[_csv_cell(r[f]) for f in FIELDS[kind]] for r in records]
        raw = _render(as_csv, kind, records, RAW)
        rows = list(csv.reader(io.StringIO(raw, newline="")))
        assert rows[1:] == [[_csv_cell(r[f], raw=True) for f in FIELDS[kind]] for r in records]


@SETTINGS
@given(TEXT)
def test_exports_are_valid(text: str) -> None:
    for kind, records in zip(("events", "awards"), _records(text), strict=True):
        doc = json.loads(_render(as_timelinejs, kind, records))
        assert len(doc["events"]) == sum(1 for r in records if r["date"])
        ics = _render(as_ics, kind, records)
        assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
        assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))


SGR = re.compile(r"\x1b\[[0-9;]*m")


@SETTINGS
@given(TEXT)
def test_human_formats_never_pass_control_codes(text: str) -> None:
    for kind, records in zip(("events", "awards"), _records(text), strict=True):
        for module in (as_rich, as_table, as_markdown, as_oneline):
            shown = _render(module, kind, records)
            assert not any(ch in shown for ch in "\x1b\x07\r\u202e\x00")
            # in colour, the only escape sequences are the styles' own
            coloured = SGR.sub("", _render(module, kind, records, COLOUR))
            assert not any(ch in coloured for ch in "\x1b\x07\r\u202e\x00")


def test_every_format_is_tested_and_offered() -> None:
    from crimea_cli.cli import Format

    assert [f.value for f in Format] == list(FORMATS)
    tested = {"csv", "ics", "json", "jsonl", "markdown", "rich", "table", "timelinejs",
              "oneline", "html"}   # html: test_html.py, in a browser test_html_browser.py
    assert tested == set(FORMATS)
