"""The CLI's choices come from the registries, and every renderer is one."""

from __future__ import annotations

import io

import pytest

from crimea_cli.cli import Format, KindChoice, PageFormat, ViewFormat
from crimea_cli.model import Kind
from crimea_cli.render import (
    DATED_ONLY,
    FORMATS,
    Lines,
    Renderer,
    Terminal,
    WithNotes,
    renderer,
)
from crimea_cli.render.exports import FormatError


def test_choices_are_the_registries() -> None:
    assert [f.value for f in Format] == list(FORMATS)
    assert [f.value for f in ViewFormat] == [f for f in FORMATS if f not in DATED_ONLY]
    assert list(PageFormat) == list(ViewFormat)
    assert KindChoice is Kind


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_is_a_renderer_and_dated_only_refuses_facts(name: str) -> None:
    module = renderer(name)
    assert isinstance(module, Renderer)
    rec = {"label": "Born", "value": "1986", "source": "infobox", "article": "A",
           "origin": None}
    out = io.StringIO()
    refused = False
    try:
        module.render("facts", [rec], out, Terminal(color=False, width=80, is_tty=False))
    except FormatError:
        refused = True
    assert refused == (name in DATED_ONLY)


def test_notes_and_lines() -> None:
    ics, jsonl = renderer("ics"), renderer("jsonl")
    assert isinstance(ics, WithNotes) and not isinstance(renderer("json"), WithNotes)
    day = {"date": "2014-03-01", "precision": "day", "text": "x"}
    year = {"date": "2014", "precision": "year", "text": "y"}
    assert ics.notes([day, year]) == ["1 of 2 not given to the day; left out of the calendar"]
    assert ics.notes([day]) == []
    assert isinstance(jsonl, Lines) and not isinstance(renderer("csv"), Lines)
    out = io.StringIO()
    jsonl.render("events", [jsonl.line(day), day], out, Terminal(False, 80, False))
    assert out.getvalue().splitlines() == [jsonl.line(day)] * 2


def test_records_are_their_typed_dicts() -> None:
    import datetime as dt

    from crimea_cli import extract_awards, extract_events, read_article
    from crimea_cli.facts import compute_facts
    from crimea_cli.records import (
        AwardRecord,
        EventRecord,
        FactRecord,
        HitRecord,
        award_record,
        event_record,
        fact_record,
        hit_record,
    )
    from crimea_cli.sources import bundled_article_path

    art = read_article(bundled_article_path())
    events = extract_events(art)
    st = art.statements[0]
    made = [
        (EventRecord, event_record(events[0], art)),
        (AwardRecord, award_record(extract_awards(art, events)[0], art)),
        (HitRecord, hit_record(st, art.title, None, [(0, 1)], art)),
        (FactRecord, fact_record(compute_facts(art, events, dt.date(2025, 1, 1))[0], art)),
    ]
    for typed, rec in made:
        assert list(rec) == list(typed.__annotations__), typed.__name__
