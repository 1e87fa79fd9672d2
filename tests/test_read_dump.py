"""Wikipedia XML dumps: streamed page by page, main namespace, no redirects."""

from __future__ import annotations

import bz2
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli.cli import app
from crimea_cli.errors import ArticleError
from crimea_cli.read import read_page
from crimea_cli.read.dump import is_dump, iter_pages

EXPORT = Path(__file__).parent / "fixtures" / "readers" / "export.xml"


@pytest.fixture
def dump_bz2(tmp_path: Path) -> Path:
    path = tmp_path / "enwiki-test-pages-articles.xml.bz2"
    path.write_bytes(bz2.compress(EXPORT.read_bytes()))
    return path


def test_pages_of_the_main_namespace_without_redirects() -> None:
    pages = list(iter_pages(str(EXPORT)))
    assert [(p.title, p.revision, p.origin) for p in pages] == [
        ("Oksana Kalyna", "555001", "https://en.wikipedia.org/wiki/Oksana_Kalyna"),
        ("Harbour Street bridge (Lindqvist)", "555004",
         "https://en.wikipedia.org/wiki/Harbour_Street_bridge_(Lindqvist)"),
    ]
    a = read_page(pages[0])
    assert a.title == "Oksana Kalyna" and a.revision == "555001"
    assert [s.text for s in a.statements] == [
        "Oksana Kalyna (born 14 September 1984) is a photographer.",
        "She moved to Kyiv in 2006 & opened a studio in May 2010."]
    cites = a.citations_of(a.statements[0])
    assert cites is not None and cites[0].url == "https://example.org/k"


def test_bz2_and_detection(dump_bz2: Path, tmp_path: Path) -> None:
    assert [p.title for p in iter_pages(str(dump_bz2))] == [
        "Oksana Kalyna", "Harbour Street bridge (Lindqvist)"]
    assert is_dump(dump_bz2) and is_dump(EXPORT)
    renamed = tmp_path / "dump-no-suffix"
    renamed.write_bytes(EXPORT.read_bytes())
    assert is_dump(renamed)
    plain = tmp_path / "a.txt"
    plain.write_text("= T =\n\nIn 1990 it opened.\n", encoding="utf-8")
    assert not is_dump(plain)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_dump_as_article_source(dump_bz2: Path, fmt: str) -> None:
    r = CliRunner().invoke(app, ["timeline", "-a", str(dump_bz2), "-f", fmt])
    assert r.exit_code == 0, r.stderr
    rows = (json.loads(r.stdout) if fmt == "json"
            else [json.loads(line) for line in r.stdout.splitlines()])
    assert {(x["article"], x["date"]) for x in rows} == {
        ("Oksana Kalyna", "1984-09-14"), ("Oksana Kalyna", "2006"),
        ("Oksana Kalyna", "2010-05"), ("Harbour Street bridge (Lindqvist)", "2025-09-05")}
    r = CliRunner().invoke(app, ["search", "studio", "-a", str(dump_bz2), "-f", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["article"] == "Oksana Kalyna"


def test_broken_dumps_are_one_clear_error(tmp_path: Path) -> None:
    cut = tmp_path / "cut.xml"
    cut.write_bytes(EXPORT.read_bytes()[:1500])
    with pytest.raises(ArticleError, match="not valid XML"):
        list(iter_pages(str(cut)))
    bad = tmp_path / "bad.xml.bz2"
    bad.write_bytes(bz2.compress(EXPORT.read_bytes())[:300])
    with pytest.raises(ArticleError):
        list(iter_pages(str(bad)))
    other = tmp_path / "other.xml"
    other.write_text("<rss><item>2020</item></rss>", encoding="utf-8")
    with pytest.raises(ArticleError, match="not a MediaWiki XML dump"):
        list(iter_pages(str(other)))
    r = CliRunner().invoke(app, ["timeline", "-a", str(cut)])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1
