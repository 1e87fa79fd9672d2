"""Exports for other tools: TimelineJS3 JSON and RFC 5545 calendars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crimea_cli.cli import app
from crimea_cli.render.as_ics import escape, fold

runner = CliRunner()
DEVSET = Path(__file__).resolve().parent / "fixtures" / "devset" / "articles"


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CRIMEA_CLI_ARTICLE", raising=False)


def _timelinejs(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["timeline", "-f", "timelinejs", *args])
    assert result.exit_code == 0, result.output
    doc: dict[str, object] = json.loads(result.stdout)
    return doc


def test_timelinejs_fields_follow_the_documented_names() -> None:
    doc = _timelinejs()
    assert set(doc) == {"title", "events"}
    assert doc["title"] == {"text": {"headline": "Server Mustafayev",
                                     "text": "<p>Timeline from crimea-cli</p>"}}
    events = doc["events"]
    assert isinstance(events, list) and len(events) == 11
    allowed = {"start_date", "end_date", "text", "group", "display_date", "unique_id"}
    for ev in events:
        assert set(ev) <= allowed and {"start_date", "text", "unique_id"} <= set(ev)
        assert set(ev["text"]) == {"headline", "text"}
        assert set(ev["start_date"]) <= {"year", "month", "day"}
    first = events[0]
    assert first["start_date"] == {"year": 1986, "month": 5, "day": 5}
    assert first["group"] == "birth" and "display_date" not in first


def test_timelinejs_precision_and_display_dates() -> None:
    events = _timelinejs("-a", str(DEVSET / "03_wierzba.txt"))["events"]
    assert isinstance(events, list)
    by_display = {e.get("display_date"): e for e in events}
    assert by_display["the 1890s"]["start_date"] == {"year": 1890}
    assert by_display["the 1890s"]["end_date"] == {"year": 1899}
    assert by_display["c. 1894"]["start_date"] == {"year": 1894}
    months = [e for e in events if e["start_date"] == {"year": 1939, "month": 9}]
    assert months and months[0]["end_date"] == {"year": 1945, "month": 1}


def test_timelinejs_ids_are_stable_and_text_is_escaped(tmp_path: Path) -> None:
    assert _timelinejs() == _timelinejs()
    ids = [e["unique_id"] for e in _timelinejs()["events"]]  # type: ignore[index, union-attr]
    assert len(set(ids)) == len(ids)
    path = tmp_path / "a.txt"
    path.write_text("= T <b> =\n\nIn 2014 he wrote <script>alert(1)</script> & left.\n",
                    encoding="utf-8")
    doc = _timelinejs("-a", str(path))
    raw = json.dumps(doc)
    assert "<script>" not in raw and "&lt;script&gt;" in raw and "T &lt;b&gt;" in raw


def test_timelinejs_of_awards() -> None:
    result = runner.invoke(app, ["awards", "-f", "timelinejs"])
    events = json.loads(result.stdout)["events"]
    assert [e["text"]["headline"] for e in events] == [
        "Order of Merit", "Alfred Moses Liberty Award"]
    assert events[0]["start_date"] == {"year": 2020, "month": 8, "day": 21}


def _ics(*args: str) -> tuple[bytes, str]:
    result = runner.invoke(app, ["timeline", "-f", "ics", *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes, result.stderr


def test_ics_is_rfc5545() -> None:
    raw, err = _ics()
    text = raw.decode("utf-8")
    lines = text.split("\r\n")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert text.count("BEGIN:VEVENT") == 8          # the day-precision events
    assert "3 of 11 not given to the day" in err
    assert "DTSTART;VALUE=DATE:19860505\r\nDTEND;VALUE=DATE:19860506" in text
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:On 21 August 2020\\, Mustafayev was awarded" in unfolded


def test_ics_intervals_uids_and_stability() -> None:
    raw, _ = _ics("-a", str(DEVSET / "03_wierzba.txt"))
    text = raw.decode("utf-8")
    assert "DTSTART;VALUE=DATE:19940512\r\nDTEND;VALUE=DATE:19940701" in text
    uids = [line for line in text.split("\r\n") if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) and raw == _ics("-a", str(DEVSET / "03_wierzba.txt"))[0]


@pytest.mark.parametrize(("text", "escaped"), [
    ("a, b; c\\d\ne", "a\\, b\\; c\\\\d\\ne"),
    ("plain", "plain"),
])
def test_ics_escape(text: str, escaped: str) -> None:
    assert escape(text) == escaped


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_ics_folding_keeps_lines_short_and_text_whole(text: str) -> None:
    line = "DESCRIPTION:" + escape(text)
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_ics_leaves_out_open_ranges(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("= T =\n\nShe has chaired it from 5 May 2019 – present.\n"
                    "It opened on 6 May 2019.\n", encoding="utf-8")
    raw, err = _ics("-a", str(path))   # found by bench/fuzz.py: the end overflowed
    assert raw.decode().count("BEGIN:VEVENT") == 1 and "1 of 2 not given to the day" in err


def test_exports_refuse_records_without_dates() -> None:
    # search and facts do not offer the calendar formats (their help lists what they take)
    for args in (["search", "Zelensky", "-f", "ics"], ["facts", "-f", "timelinejs"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "is not one of" in result.stderr
        offered = result.stderr.split("is not one of", 1)[1]
        assert result.stderr.count("\n") == 1
        assert "'ics'" not in offered and "'timelinejs'" not in offered
