"""What rendering costs per record, and that the faster paths write what the
plain ones did.

A statement with a date every few characters gives a record per date, each
carrying a few hundred characters around its date: the formats' work per
record is what such an article costs. These tests count steps (Python calls
per record, which do not depend on the machine) and compare each fast path
with the straightforward code it replaced, on generated values.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crimea_cli import extract_events, parse_article
from crimea_cli.records import event_record
from crimea_cli.render import FORMATS, Terminal, as_csv, as_ics, as_markdown, renderer, visible
from crimea_cli.render.as_json import pretty
from crimea_cli.render.layout import Cell, Line, cell_len, grid, write

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import shapes

TERM = Terminal(color=True, width=80, is_tty=True)


@pytest.fixture(scope="module")
def cut_records() -> list[dict[str, Any]]:
    """Records of one long statement of runs of days: each is cut around its date."""
    article = parse_article(shapes.day_runs(12000))
    records: list[dict[str, Any]] = [dict(r) for r in map(event_record, extract_events(article))
                                     if r["text_cut"]]
    assert len(records) > 400
    return records


def _calls(work: Callable[[], object]) -> int:
    """Python and built-in function calls made by ``work``."""
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


# Calls per record on records cut from a long statement: about 1.3 times
# what each format makes now. Before, the timeline made 290, the table 700,
# the one-line view 350, JSON 270, CSV 120 and TimelineJS 250 (a Rich style
# rendered per piece, the JSON encoder's generators, and a width lookup per
# character of every cut record: its "… [part of a statement …]" note is not
# ASCII). The others did not change; their limits keep them where they are.
# After the second cut (2026-12-01 afternoon) they made about: rich 180, table
# 170, one-line 90, JSON 15 (the C encoder), JSONL 5, CSV 43 (a row joined in
# Python: more calls than the writer's, but each quicker), Markdown 48,
# TimelineJS 75, ICS 118 and HTML 99. After the third (2026-12-01 evening:
# TextRows for the timeline and the table, an ICS event and a TimelineJS day
# written as one string, HTML escaping only where there is something to
# escape, JSON records straight to the C encoder, CSV cells quoted inline):
# rich 135, table 111, one-line 86, JSON 8, JSONL 5, CSV 34, Markdown 50
# (its short cells' escapes remembered: a call more, each quicker),
# TimelineJS 32, ICS 73 and HTML 58. The limits were lowered to about 1.3
# times those (Markdown's kept).
CALLS_PER_RECORD = {"rich": 175, "table": 145, "oneline": 112, "json": 11, "jsonl": 7,
                    "csv": 45, "markdown": 63, "timelinejs": 42, "ics": 95, "html": 75}


@pytest.mark.parametrize("fmt", FORMATS)
def test_calls_per_record(fmt: str, cut_records: list[dict[str, Any]]) -> None:
    render = renderer(fmt).render
    render("events", cut_records[:5], io.StringIO(), TERM)   # imports and caches
    small = _calls(lambda: render("events", cut_records[:100], io.StringIO(), TERM))
    large = _calls(lambda: render("events", cut_records[:400], io.StringIO(), TERM))
    assert (large - small) / 300 <= CALLS_PER_RECORD[fmt], (fmt, (large - small) / 300)


def _cpu(work: Callable[[], object], rounds: int = 5) -> float:
    import time

    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        work()
        best = min(best, time.process_time() - t0)
    return best


def test_markdown_costs_about_what_jsonl_costs(cut_records: list[dict[str, Any]]) -> None:
    """Escaping by one str.translate with a table of strings looked up every
    character: Markdown took 4.4 times as long as JSONL; now about as long."""
    records = cut_records[:300]

    def markdown() -> None:
        renderer("markdown").render("events", records, io.StringIO(), TERM)

    def jsonl() -> None:
        renderer("jsonl").render("events", records, io.StringIO(), TERM)

    markdown(), jsonl()
    assert _cpu(markdown) <= 2.5 * _cpu(jsonl)


# --- the fast paths write what the plain code did ---------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(JSON, st.sampled_from(["", "  ", "    "]))
def test_pretty_is_json_dumps_with_an_indent(value: Any, indent: str) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    assert pretty(value, indent) == expected


def test_pretty_takes_the_keys_json_takes_and_refuses_what_it_refuses() -> None:
    value = {7: 2, 2.5: None, True: [], None: {}, False: (1, 2)}
    assert pretty(value) == json.dumps(value, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        pretty({"a": object()})


_MD_TABLE = {ord(ch): "\\" + ch for ch in "\\`*_[]()!~|$"}
_MD_TABLE.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"})


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\\`*_[]()!~|$&<>;a \x1b\u202e"))
               | st.characters(), max_size=40))
def test_markdown_escapes_each_character_once(text: str) -> None:
    assert as_markdown.escape(text) == visible(text).translate(_MD_TABLE)


def _fold_bytes(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[bytes] = []
    start, limit = 0, 75
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        pieces.append(data[start:cut])
        start, limit = cut, 74
    pieces.append(data[start:])
    return "\r\n ".join(p.decode("utf-8") for p in pieces)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ;é東", max_size=400))
def test_ics_folds_ascii_as_any_text(line: str) -> None:
    assert as_ics.fold(line) == _fold_bytes(line)


def _cell(value: Any, raw: bool) -> Any:
    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value if raw else as_csv.guard(value)
    return "" if value is None else value


@settings(max_examples=200, deadline=None)
@given(st.lists(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                | st.text(max_size=8) | st.lists(st.integers(), max_size=2),
                min_size=3, max_size=3), st.booleans())
def test_csv_cells_are_the_plain_ones(values: list[Any], raw: bool) -> None:
    import csv

    fields = ("text", "section", "article")
    rec = dict(zip(fields, values, strict=True))
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(as_csv.FIELDS["facts"])
    writer.writerow([_cell(rec.get(f), raw) for f in as_csv.FIELDS["facts"]])
    out = io.StringIO()
    as_csv.render("facts", [rec], out, Terminal(color=False, width=80, is_tty=False,
                                                raw_cells=raw))
    assert out.getvalue() == expected.getvalue()


def _grid(rows: Iterable[Sequence[Cell]], widths: Sequence[int], gap: int = 1) -> list[Line]:
    """The grid as it was first written: every column of every line in turn."""
    last = len(widths) - 1
    lines = []
    for row in rows:
        for i in range(max(map(len, row))):
            line: Line = []
            pad = 0
            for col, cell in enumerate(row):
                if i < len(cell):
                    pieces = cell[i]
                    if pad:
                        line.append((" " * pad, ""))
                    line.extend(pieces)
                    pad = widths[col] - sum(cell_len(t) for t, _ in pieces) + gap
                else:
                    pad += widths[col] + gap
                if col == last:
                    break
            lines.append(line)
    return lines


PIECE = st.tuples(st.text(alphabet="ab 東", max_size=4), st.sampled_from(["", "bold", "dim"]))
CELL = st.lists(st.lists(PIECE, min_size=1, max_size=3), min_size=0, max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(CELL, min_size=1, max_size=4), max_size=4),
       st.lists(st.integers(1, 8), min_size=1, max_size=4), st.integers(0, 2))
def test_grid_lays_out_as_every_column_in_turn(rows: list[list[Cell]], widths: list[int],
                                               gap: int) -> None:
    rows = [row for row in rows if any(row)]
    assert list(grid(rows, widths, gap)) == _grid(rows, widths, gap)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(PIECE, max_size=4), max_size=5))
def test_colour_is_what_rich_renders_for_each_piece(lines: list[Line]) -> None:
    from rich.style import Style

    out = io.StringIO()
    write([list(line) for line in lines], out, TERM)
    expected = []
    for line in lines:
        line = list(line)
        while line and not line[-1][0].strip():
            line.pop()
        expected.append("".join(Style.parse(s).render(t, color_system=_system()) if s else t
                                for t, s in line) + "\n")
    assert out.getvalue() == "".join(expected)


def _system() -> Any:
    from rich.console import COLOR_SYSTEMS

    from crimea_cli.render.style import console

    name = console(io.StringIO(), TERM).color_system
    return COLOR_SYSTEMS[name] if name else None


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 120), st.integers(1, 3), st.integers(0, 20),
                          st.integers(0, 20)), min_size=1, max_size=5),
       st.integers(1, 150), st.randoms(use_true_random=False))
def test_widths_between_two_minimums_that_agree_agree(
        cols: list[tuple[int, int, int, int]], available: int, rnd: Any) -> None:
    # the table looks for a column's longest word only when the least and
    # the most it can be give different widths
    from crimea_cli.render.layout import fit

    natural = [n for n, _, _, _ in cols]
    ratios = [r for _, r, _, _ in cols]
    low = [min(a, b) for _, _, a, b in cols]
    high = [max(a, b) for _, _, a, b in cols]
    between = [rnd.randint(lo, hi) for lo, hi in zip(low, high, strict=True)]
    widths = fit(natural, low, ratios, available)
    if widths == fit(natural, high, ratios, available):
        assert fit(natural, between, ratios, available) == widths


def test_a_table_of_long_statements_does_not_look_at_their_words(
        cut_records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    # at 100 columns the statement's least width cannot change the widths:
    # its words (a few hundred per record) are not looked at
    from crimea_cli.render import as_table

    looked: list[object] = []
    monkeypatch.setattr(as_table, "_least", lambda texts: looked.append(texts) or 1)
    lines = list(as_table.table_lines("events", cut_records, 100))
    assert len(lines) > len(cut_records) and looked == []
    narrow = [{**rec, "section": "A-rather-long-section-name-of-one-word"} for rec in cut_records]
    list(as_table.table_lines("events", narrow, 70))
    assert looked   # where it can, it is looked for


_FLAT_VALUES = (st.none() | st.booleans() | st.integers() | st.text(max_size=12)
                | st.floats())


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=6) | st.integers() | st.booleans() | st.none(),
                       _FLAT_VALUES, min_size=0, max_size=24),
       st.sampled_from(["", "  ", "    "]))
def test_a_flat_dict_is_written_as_json_dumps_writes_it(value: dict[Any, Any],
                                                        indent: str) -> None:
    # a dict of eight or more plain values (a record) goes through the C encoder
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    assert pretty(value, indent) == expected
    assert pretty([value, {"k": value}], indent) == json.dumps(
        [value, {"k": value}], ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _line_spans_as_written_first(text: str, width: int) -> list[tuple[int, int]]:
    rest = rf"(?:.{{0,{width - 2}}}\S)?" if width > 1 else ""
    pattern = re.compile(rf"\S{rest}(?!\S)|\S{{{width}}}", re.DOTALL)
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \u00a0\t\n-x…", max_size=200), st.integers(1, 40))
def test_the_line_pattern_finds_the_lines_the_first_one_did(text: str, width: int) -> None:
    from crimea_cli.render.layout import _line_pattern

    assert [m.span() for m in _line_pattern(width).finditer(text)] == \
        _line_spans_as_written_first(text, width)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab …–Ж\u0301\u200b東🙂\x1b")) | st.characters(),
               max_size=60))
def test_one_cell_each_and_cell_len_are_the_widths_one_by_one(text: str) -> None:
    from crimea_cli.render.layout import _NOT_NARROW, char_width, one_cell_each

    widths = [char_width(ch) for ch in text]
    assert cell_len(text) == sum(widths)
    # True only for text of the NARROW ranges, as the search for another character said
    assert one_cell_each(text) == (not _NOT_NARROW.search(text))
    assert not one_cell_each(text) or all(w == 1 for w in widths)


TEXT_CELL = st.lists(st.lists(PIECE, min_size=1, max_size=3)
                     | st.text(alphabet="ab 東", max_size=4), min_size=0, max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(CELL | TEXT_CELL, min_size=1, max_size=4), max_size=4),
       st.lists(st.integers(1, 8), min_size=1, max_size=4), st.integers(0, 2), st.booleans())
def test_rows_are_written_as_their_grid_lines(rows: list[list[Cell]], widths: list[int],
                                              gap: int, color: bool) -> None:
    # write() sets a Rows out without making each line's list: the same text
    from crimea_cli.render.layout import Rows, lines_of

    rows = [row for row in rows if any(row)]
    term = Terminal(color=color, width=80, is_tty=color)
    parts: list[Line | Rows] = [[("head", "bold")], Rows(rows, widths, gap), [("  ", "")]]
    fast, slow = io.StringIO(), io.StringIO()
    write(parts, fast, term)
    write(list(lines_of(parts)), slow, term)
    assert fast.getvalue() == slow.getvalue()


@pytest.mark.parametrize("width", [65, 80, 133])
@pytest.mark.parametrize("color", [True, False])
def test_timeline_and_table_write_what_their_lines_say(
        cut_records: list[dict[str, Any]], width: int, color: bool) -> None:
    from crimea_cli.render import as_rich, as_table

    term = Terminal(color=color, width=width, is_tty=color)
    records = cut_records[:60] + [{**r, "kind": "inferred", "section": ""} for r in
                                  cut_records[60:80]]
    for render, lines in ((as_rich.render, as_rich.timeline_lines(records, width)),
                          (as_table.render, as_table.table_lines(
                              "events", as_rich.merged(records), width))):
        out, expected = io.StringIO(), io.StringIO()
        render("events", records, out, term)
        write(list(lines), expected, term)
        assert out.getvalue().startswith(expected.getvalue())


def test_a_date_is_humanised_as_before_when_remembered() -> None:
    from crimea_cli.humanize import _human_date, human_date

    for edtf in ("1986-05-05", "2020-03", "199X", "11XX", "1894~", "1970/1975",
                 "2021-05/2021-06", "1990/..", "-0479", "0000", "-047X"):
        assert human_date(edtf) == human_date(edtf) == _human_date(edtf)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \u00a0-…東\u0301", max_size=120), st.integers(1, 30),
       st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), max_size=3))
def test_a_text_cell_is_the_styled_cell_with_its_plain_lines_as_text(
        text: str, width: int, spans: list[tuple[int, int]]) -> None:
    from crimea_cli.render.layout import styled_cell, text_cell

    marks = [(min(a, b), max(a, b)) for a, b in spans]
    lines = [[(line, "")] if isinstance(line, str) else line
             for line in text_cell(text, width, marks, "bold")]
    assert lines == styled_cell(text, width, "", marks, "bold")


@pytest.mark.parametrize("width", [30, 80, 200])
def test_oneline_fits_its_columns_as_it_measured_them(
        cut_records: list[dict[str, Any]], width: int) -> None:
    # the columns before the text are their widths and a space each (the text
    # gets what is left, measured once instead of per line)
    from crimea_cli.render.as_oneline import oneline_lines

    records = [{**r, "article": ("東京 " * (i % 7)) + "A", "category": ("Ж" * (i % 13)) or "x"}
               for i, r in enumerate(cut_records[:40])]
    for line in oneline_lines(records, width, several=True):
        date, label, pad, article, *text = line
        before = cell_len(date[0] + label[0] + pad[0] + article[0])
        room = max(1, width - before)
        shown = sum(cell_len(t) for t, _ in text)
        assert shown <= room and (room - shown <= 12 or not text[-1][0].endswith("…"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.none() | st.booleans() | st.integers()
                | st.text(alphabet=st.sampled_from(list('a ,"\r\n\t=+-@\'é東\x00\u2028')),
                          max_size=8)
                | st.text(max_size=6), min_size=6, max_size=6),
       st.booleans())
def test_a_plain_csv_row_is_what_the_csv_writer_writes(values: list[Any], raw: bool) -> None:
    import csv

    fields = as_csv.FIELDS["facts"] + ("extra",)
    rec = dict(zip(fields, values, strict=True))
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow([_cell(rec.get(f), raw) for f in fields])
    line = as_csv._plain_row(rec, fields, raw)
    assert line is not None and line + "\r\n" == expected.getvalue()


def test_timelinejs_events_are_the_json_of_their_dicts(cut_records: list[dict[str, Any]]) -> None:
    from crimea_cli import extract_awards
    from crimea_cli.records import award_record
    from crimea_cli.render.as_timelinejs import event, event_json

    text = ("= A Person =\n\nA Person (born c. 1950) wrote in the 1990s and in the 12th century "
            "style. From May 2001 to June 2003 she taught; from 1970 to 1975 she studied; "
            "since 2010 she has led the group. In 480 BC a ship sank. In 2019 she was awarded "
            "the Order of Merit. On 3 March 2020 she spoke, and two days later she left.\n")
    article = parse_article(text)
    events = extract_events(article)
    records = ([dict(event_record(e)) for e in events] + cut_records[:20]
               + [dict(award_record(a)) for a in extract_awards(article, events)]
               + [{"date": "1990", "category": 7}, {"date": None}, {"name": "X", "date": "1999"}])
    assert len({r.get("date") for r in records}) > 8
    for rec in records:
        for indent in ("", "    "):
            e = event(rec)
            assert event_json(rec, indent) == (None if e is None else pretty(e, indent))


_ICS_TEXT = st.text(alphabet=st.sampled_from(list("a ,;\\\r\n\t\x1bé東\u2028…")), max_size=200)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["1986-05-05", "0950-01-31", "2019-12-31", "2020-02-29", "1994-05-12/"
                        "1994-06-30", "1986-05-05~", "2020-05-05/2020-05-06~"]),
       _ICS_TEXT, _ICS_TEXT, st.text(max_size=8), st.sampled_from(["", "birth", "a,b", None]),
       st.booleans())
def test_an_ics_event_is_its_content_lines_folded(date: str, text: str, section: str,
                                                  article: str, category: str | None,
                                                  award: bool) -> None:
    # vevent_text writes an event in fewer steps than folding vevent's lines one by one
    rec: dict[str, Any] = {"date": date, "precision": "day", "text": text, "section": section,
                           "article": article, "offset_start": 3, "span_start": 1}
    if award:
        rec["name"] = text[:20]
    else:
        rec["category"] = category
    expected = io.StringIO()
    as_ics.write_lines(as_ics.vevent(rec), expected)
    assert as_ics.vevent_text(rec) == expected.getvalue()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1,\x1b\t\u202e…東")), max_size=60),
       st.integers(0, 2100), st.booleans(), st.integers(0, 70), st.integers(0, 70))
def test_a_statement_is_said_to_be_of_one_cell_characters_only_when_it_is(
        text: str, pad: int, cut: bool, a: int, b: int) -> None:
    # the timeline tells text_cell that a statement is of one-cell characters
    # (so it does not look again) only when it is, and marks its date as before
    from crimea_cli.render import as_rich, record_text
    from crimea_cli.render.layout import one_cell_each

    text = "x" * pad + text
    rec = {"text": text, "text_cut": cut, "offset_start": 5, "offset_end": 99_999,
           "span_start": pad + a, "span_end": pad + b}
    shown, marks, narrow = as_rich._statement(rec)
    assert shown == visible(record_text(rec))
    assert narrow is None or narrow == one_cell_each(shown)
    expected = []
    lo, hi = pad + a, pad + b
    if 0 <= lo < hi <= len(text):
        if not text.isprintable():
            (lo, hi), = as_rich.visible_marks(text, [(lo, hi)])
        if lo < len(shown):
            expected = [(lo, min(hi, len(shown)))]
    assert marks == expected


_HTML_TEXT = st.text(alphabet=st.sampled_from(list("ab <>&\"'\x1b\u202e…東")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_HTML_TEXT)
def test_escape_html_is_html_escape(text: str) -> None:
    import html

    from crimea_cli.render.exports import escape_html

    assert escape_html(text) == html.escape(text)


@settings(max_examples=400, deadline=None)
@given(_HTML_TEXT, st.integers(-2, 45), st.integers(-2, 45))
def test_a_statement_with_one_date_is_emphasised_as_any_other(text: str, a: int, b: int) -> None:
    # the page's fast path for one printable span writes what the general one did
    import html

    from crimea_cli.render import as_html

    shown = visible(text)
    marks = sorted((x, y) for x, y in as_html.visible_marks(text, [(a, b)])
                   if 0 <= x < y <= len(shown))
    out, at = [], 0
    for x, y in marks:
        out += [html.escape(shown[at:x]), f"<strong>{html.escape(shown[x:y])}</strong>"]
        at = y
    out.append(html.escape(shown[at:]))
    assert as_html._emphasised(text, [(a, b)]) == "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=4), _FLAT_VALUES, max_size=12) | JSON,
                max_size=4))
def test_the_json_format_is_json_dumps_of_the_records(records: list[Any]) -> None:
    # a record (a flat dict of eight or more plain values) goes straight to the C encoder
    out = io.StringIO()
    renderer("json").render("events", records, out, TERM)
    assert out.getvalue() == json.dumps(records, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 3), st.integers(0, 2), st.lists(st.integers(1, 12), min_size=3, max_size=3),
       st.lists(st.tuples(st.lists(PIECE, min_size=2, max_size=2),
                          st.text(alphabet="ab -…", max_size=60),
                          st.tuples(st.integers(0, 60), st.integers(0, 60)) | st.none(),
                          CELL), max_size=4),
       st.integers(0, 1), st.booleans())
def test_text_rows_are_written_as_rows_of_their_cells(
        ncols: int, at: int, widths: list[int], rows: list[Any], gap: int, color: bool) -> None:
    # TextRows writes a row's runs of lines at once: the text Rows of its cells writes
    from crimea_cli.render.layout import Rows, TextRows, lines_of

    at = min(at, ncols - 1)
    widths = widths[:ncols]
    text_rows = []
    for pieces, text, span, tail in rows:
        others = [w for i, w in enumerate(widths) if i != at]
        fitted = [(t[:w], s) for (t, s), w in zip(pieces, others, strict=False)]
        marks = [] if span is None or span[0] >= span[1] else [span]
        text_rows.append((fitted, text, marks, tail))
    part = TextRows(text_rows, widths, at, "bold", gap)
    term = Terminal(color=color, width=80, is_tty=color)
    fast, slow, lines = io.StringIO(), io.StringIO(), io.StringIO()
    write([[("head", "bold")], part], fast, term)
    write([[("head", "bold")], Rows([part.cells(r) for r in text_rows], widths, gap)], slow, term)
    write(list(lines_of([[("head", "bold")], part])), lines, term)
    assert fast.getvalue() == slow.getvalue() == lines.getvalue()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab  ", min_size=1001, max_size=1400), st.integers(0, 1400),
       st.integers(0, 500))
def test_an_excerpt_is_cut_where_it_was(text: str, a: int, length: int) -> None:
    # records.excerpt writes its max and min out: the same cut
    from crimea_cli.records import _SNAP, CUT_TEXT, excerpt

    a = min(a, len(text))
    b = min(len(text), a + length)
    lo = a if b - a >= CUT_TEXT else max(0, min((a + b - CUT_TEXT) // 2, len(text) - CUT_TEXT))
    hi = lo + CUT_TEXT
    if lo > 0:
        space = text.find(" ", lo, min(a, lo + _SNAP))
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", max(b, hi - _SNAP), hi)
        hi = space if space >= 0 else hi
    assert excerpt(text, (a, b)) == (text[lo:hi], lo)
