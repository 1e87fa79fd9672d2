"""Provenance: every record names its origin; citations in timeline and search JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crimea_cli.cli import app

WIKI = str(Path(__file__).parent / "fixtures" / "readers" / "kalyna.wiki")
PLAIN = str(Path(__file__).parents[0] / "fixtures" / "devset" / "articles" / "02_seitova.txt")


def _json(*args: str) -> list[dict[str, object]]:
    r = CliRunner().invoke(app, [*args, "-f", "json"])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)   # type: ignore[no-any-return]


def test_timeline_records_carry_origin_and_citations() -> None:
    rows = _json("timeline", "-a", WIKI)
    assert {r["origin"] for r in rows} == {WIKI}
    born = next(r for r in rows if r["section"] == "Lead")
    assert born["citations"] == [{"title": "The woman behind the lens",
                                  "url": "https://news.example.com/kalyna",
                                  "date": "12 February 2020", "publisher": "Example Weekly"}]
    assert any(r["citations"] == [] for r in rows)
    plain = _json("timeline", "-a", PLAIN)
    assert {(r["origin"], r["citations"]) for r in plain} == {(PLAIN, None)}


def test_search_awards_facts_name_their_origin() -> None:
    hits = _json("search", "Odesa", "-a", WIKI)
    assert hits[0]["origin"] == WIKI and hits[0]["citations"] == [
        {"text": "Petrenko, O. Azov Notes. Kyiv, 2017, p. 201."}]
    awards = _json("awards", "-a", WIKI)
    assert awards and all(a["origin"] == WIKI for a in awards)
    facts = _json("facts", "-a", WIKI, "--as-of", "2026-12-01")
    assert facts and all(f["origin"] == WIKI for f in facts)
    assert {r["origin"] for r in _json("timeline")} == {"bundled:seed.txt"}


def test_rich_view_shows_the_source_once_and_marks_uncited() -> None:
    r = CliRunner().invoke(app, ["timeline", "-a", WIKI, "-a", PLAIN, "--no-color"],
                           env={"COLUMNS": "120"})
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines.count(f"Source of Oksana Kalyna: {WIKI}") == 1
    assert lines.count(f"Source of Dilyara Seitova: {PLAIN}") == 1
    assert sum("· no citation" in line for line in lines) >= 1
    # a plain article cannot give citations: none of its statements is marked
    assert not any("Seitova" in line and "no citation" in line for line in lines)
    r = CliRunner().invoke(app, ["timeline", "--no-color"])
    assert "Source" not in r.stdout and "no citation" not in r.stdout
