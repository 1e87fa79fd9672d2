"""``--format html``: one self-contained page whose only script is its own.

The page is parsed with the standard library's HTML parser, as a browser's
tokenizer would read it: article text must never open an element, an
attribute or a URL. The browser itself is driven in test_html_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crimea_cli import ArticleError, extract_awards, extract_events, parse_article
from crimea_cli.cli import app
from crimea_cli.records import award_record, event_record
from crimea_cli.render import Terminal, renderer

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "html" / "hostile.txt"
TERM = Terminal(color=False, width=80, is_tty=False)
as_html = renderer("html")
runner = CliRunner()


class Page(HTMLParser):
    """Every element and attribute of a page, and the text of its scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in][-1] += data
        else:
            self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def render(kind: str, records: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    as_html.render(kind, records, out, TERM)
    return out.getvalue()


def assert_inert(page: Page) -> None:
    """Only the page's own elements: one script, one style, no handler, no script URL."""
    assert len(page.all("script")) == 1 and page.all("script")[0] == {}
    assert len(page.all("style")) == 1
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "img", "svg", "object", "embed", "base", "form") or (
            tag == "form" and attrs.get("id") == "filters"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert value is not None and (value.startswith(("https://", "http://", "#"))
                                              or value == "data:,"), (tag, name, value)


def test_timeline_page_holds_every_event_and_its_policy() -> None:
    result = runner.invoke(app, ["timeline", "--format", "html"])
    assert result.exit_code == 0, result.output
    page = parse(result.stdout)
    items = [a for t, a in page.tags if t == "li" and "ev" in str(a.get("class")).split()]
    assert len(items) == 11
    assert [a["data-y0"] for a in items][:3] == ["1986", "1986", "2014"]
    assert {a["data-c"] for a in items} >= {"birth", "detention", "sentence", "award"}
    assert_inert(page)
    (policy,) = [a["content"] for a in page.all("meta")
                 if a.get("http-equiv") == "Content-Security-Policy"]
    assert policy is not None and policy.startswith("default-src 'none'")
    for kind in ("script", "style"):
        digest = base64.b64encode(hashlib.sha256(
            page.raw[kind][0].encode("utf-8")).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in policy
    text = "".join(page.text)
    assert "Mustafayev was sentenced by a Russian military court" in text
    # the date as people read it, and the statement's date emphasised
    assert '<time datetime="2020-09-16">16 September 2020</time>' in result.stdout
    assert "On <strong>16 September 2020</strong>, Mustafayev" in result.stdout
    assert [h for h in re.findall(r"<h2 [^>]*>([^<]*)</h2>", result.stdout)] == [
        "1986", "2014", "2016", "2018", "2020", "2022", "2025"]


def test_awards_and_facts_and_search_pages() -> None:
    result = runner.invoke(app, ["awards", "--format", "html"])
    assert result.exit_code == 0
    assert result.stdout.count('<li class="ev cat-award"') == 2
    assert "<b>Order of Merit</b> — conferred by Ukrainian president" in result.stdout
    assert_inert(parse(result.stdout))
    facts = runner.invoke(app, ["facts", "--format", "html", "--as-of", "2026-01-01"])
    assert facts.exit_code == 0 and '<table class="facts">' in facts.stdout
    assert "<th scope=\"row\">Birthplace</th><td>Ziadin, Uzbekistan</td>" in facts.stdout
    hits = runner.invoke(app, ["search", "Zelensky", "--format", "html"])
    assert hits.exit_code == 0 and "Volodymyr <strong>Zelensky</strong>" in hits.stdout


def test_case_page_says_where_each_line_comes_from() -> None:
    result = runner.invoke(app, ["case", "--format", "html", "--as-of", "2026-01-01"])
    assert result.exit_code == 0, result.output
    page = parse(result.stdout)
    assert_inert(page)
    out = result.stdout
    assert "<dt>Born</dt><dd><span class=\"v\">5 May 1986 in Ziadin</span>" in out
    assert '<span class="srcl">computed</span>' in out
    assert "<q class=\"from\">On 16 September 2020, Mustafayev was sentenced" in out
    hostile = runner.invoke(app, ["case", "-a", str(HOSTILE), "--format", "html"])
    assert hostile.exit_code == 0 and "&lt;script&gt;" in hostile.stdout
    assert_inert(parse(hostile.stdout))


def test_stats_and_explain_pages() -> None:
    stats = runner.invoke(app, ["stats", "--format", "html"])
    assert stats.exit_code == 0, stats.output
    assert_inert(parse(stats.stdout))
    assert "<h1>Counts</h1>" in stats.stdout and "<h2 id=\"s0\">By decade</h2>" in stats.stdout
    assert '<th scope="row">2020s</th><td class="num">5</td>' in stats.stdout
    explain = runner.invoke(app, ["timeline", "--explain", "--format", "html"])
    assert explain.exit_code == 0, explain.output
    assert_inert(parse(explain.stdout))
    assert 'data-c="duration"' in explain.stdout
    assert "Not a date: a length of time" in explain.stdout
    assert "to <strong>fourteen years</strong> in a strict" in explain.stdout


def test_a_long_statement_is_an_excerpt_around_its_date() -> None:
    words = " ".join(f"word{i}" for i in range(400))
    article = parse_article(f"= Long =\n\nThe board met in Kyiv {words} and on 3 May 2019 it "
                            f"voted {words} again.\n")
    records = [event_record(e, article) for e in extract_events(article)]
    (rec,) = [r for r in records if r["date"] == "2019-05-03"]
    assert rec["text_cut"]
    out = render("events", records)
    assert "on <strong>3 May 2019</strong> it voted" in out
    assert '<span class="cut" title="an excerpt of a longer statement">…</span> ' in out


def test_several_articles_name_each_and_offer_a_choice(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("= Anna Ivko =\n\nIn 2001 Ivko moved to Lviv.\n")
    (tmp_path / "b.txt").write_text("= Borys Tan =\n\nIn 1999 Tan opened a school.\n")
    result = runner.invoke(app, ["timeline", "-a", str(tmp_path), "--format", "html"])
    assert result.exit_code == 0
    assert "<h1>Anna Ivko · Borys Tan</h1>" in result.stdout
    assert '<option value="1">Borys Tan</option>' in result.stdout   # by name
    assert '<span class="art">Anna Ivko</span>' in result.stdout


def test_inferred_dates_say_what_they_were_resolved_from() -> None:
    text = ("= Olha Demko =\n\n== Life ==\nIn 2011 Demko joined a rights group in Odesa. "
            "On 4 March she filed her first report.\n")
    article = parse_article(text)
    records = [event_record(e) for e in extract_events(article)]
    assert any(r["kind"] == "inferred" for r in records)
    out = render("events", records)
    assert '<span class="kind">inferred</span>' in out
    assert "Inferred from (2011): <q>In 2011 Demko joined a rights group in Odesa.</q>" in out


def test_hostile_article_is_text_only() -> None:
    for command in ("timeline", "awards"):
        result = runner.invoke(app, [command, "-a", str(HOSTILE), "--format", "html"])
        assert result.exit_code == 0, result.output
        page = parse(result.stdout)
        assert_inert(page)
        text = "".join(page.text)
        assert "<script>alert('title')</script>" in text     # shown, as text
        assert "javascript:alert(3)" in text
    assert "&lt;a href=&quot;javascript:alert(6)&quot;&gt;" in runner.invoke(
        app, ["timeline", "-a", str(HOSTILE), "--format", "html"]).stdout


def test_links_only_from_http_urls_and_citations() -> None:
    rec = {"date": "2020", "precision": "year", "kind": "explicit", "start": "2020-01-01",
           "end": "2020-12-31", "category": "other", "section": "Life", "text": "In 2020 x.",
           "article": "A", "span_start": 3, "span_end": 7,
           "origin": "javascript:alert(1)", "revision": "12<b>",
           "citations": [{"title": "Report", "url": "https://example.org/r?a=1&b=2",
                          "publisher": "<i>Press</i>"},
                         {"title": "Bad", "url": "javascript:alert(2)"}, "plain <b>note</b>"]}
    page = parse(render("events", [rec]))
    assert_inert(page)
    assert 'href="https://example.org/r?a=1&amp;b=2"' in render("events", [rec])
    hrefs = [a["href"] for a in page.all("a") if a.get("href", "#") != "#timeline"]
    assert hrefs == ["https://example.org/r?a=1&b=2"]
    text = "".join(page.text)
    assert "source: javascript:alert(1), revision 12<b>" in text and "<i>Press</i>" in text
    several = render("events", [rec, {**rec, "article": "B",
                                      "origin": "https://uk.example.org/wiki/B"}])
    assert_inert(parse(several))
    assert '<span class="src">source: <a href="https://uk.example.org/wiki/B"' in several


def test_control_characters_are_shown_not_written() -> None:
    rec = {"date": "2020", "precision": "year", "kind": "explicit", "start": "2020-01-01",
           "end": "2020-12-31", "category": "other", "section": "S\x1b[31m",
           "text": "In 2020 \u202e\ud800 x.", "article": "A", "span_start": 3, "span_end": 7}
    out = render("events", [rec])
    out.encode("utf-8")      # a lone surrogate would not encode
    assert "\x1b" not in out and "\u202e" not in out and "\\u202e" in out


PIECES = st.sampled_from([
    "In 2014", "on 5 May 1986", "c. 1894", "the 1990s", "<script>", "</script>", "<!--",
    "-->", "<img src=x onerror=alert(1)>", '"', "'", "&amp;", "&", "javascript:", "\n\n",
    "== S ==\n", "- 1998: Nansen Medal\n", "= T =\n", "He was awarded the Order of Merit",
    "</p>", "<![CDATA[", "\x00", "\u202e",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map(" ".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_article_renders_an_inert_page(text: str) -> None:
    try:
        article = parse_article(text)
    except ArticleError:
        return
    events = extract_events(article)
    for kind, records in (("events", [event_record(e) for e in events]),
                          ("awards", [award_record(a) for a in extract_awards(article, events)])):
        assert_inert(parse(render(kind, records)))


@pytest.mark.parametrize("kind", ["events", "awards", "hits", "facts"])
def test_empty_page(kind: str) -> None:
    assert_inert(parse(render(kind, [])))
