"""The HTML reader: saved Wikipedia pages, Parsoid HTML, any article page."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crimea_cli.model import Citation, Source
from crimea_cli.read import detect, read_text
from crimea_cli.read.html import read_html

HERE = Path(__file__).parent / "fixtures" / "readers"


def _page():
    return read_html((HERE / "kalyna.html").read_text(encoding="utf-8"), name="kalyna",
                     origin="kalyna.html")


def test_saved_wikipedia_page() -> None:
    a = _page()
    assert a.title == "Oksana Kalyna"
    assert a.infobox is not None
    assert {f.key: f.value for f in a.infobox.facts} == {
        "Born": "14 September 1984 (age 42), Melitopol, Ukrainian SSR",
        "Occupation": "Photographer, filmmaker",
        "Awards": "Kovalenko Prize (2021)",
    }
    assert [s.path for s in a.sections] == [("Early life",), ("Career",), ("Career", "Film")]
    texts = [s.text for s in a.statements]
    assert texts[3:] == [
        "Oksana Kalyna (Ukrainian: Оксана Калина; born 14 September 1984) is a Ukrainian "
        "documentary photographer and filmmaker.",
        "Her work covers the Sea of Azov coast.",
        "Kalyna grew up in Melitopol.",
        "She studied journalism in Zaporizhzhia from 2001 to 2006.",
        "Her first documentary premiered in Odesa on 20 July 2016.",
        "Salt (2016)",
        "Low Water (2019)",
    ]
    assert [s.source for s in a.statements[-2:]] == [Source.LIST_ITEM] * 2
    for gone in ("Jump to", "Main page", "Contents", "edit", "Kyrylivka", "Films",
                 "Official website", "Living people", "Retrieved", "Ukrainian photographers",
                 "[1]", "citation needed", "the plant"):
        assert gone not in a.text, gone
    for s in a.statements:
        assert a.text[s.start:s.end] == s.text


def test_footnotes_become_citations() -> None:
    a = _page()
    by_text = {s.text: a.citations_of(s) for s in a.statements}
    prize, bio, sfn = (c.title or c.text for c in (
        by_text["Low Water (2019)"][0], by_text["Her first documentary premiered in Odesa on "
                                                "20 July 2016."][0],
        by_text["She studied journalism in Zaporizhzhia from 2001 to 2006."][0]))
    assert (prize, bio, sfn) == ("Prize winners", "The woman behind the lens", "Moroz 2020, p. 14.")
    first = by_text[a.statements[3].text]
    assert first is not None and first[0].url == "https://news.example.com/kalyna"
    assert first[0].date == "12 February 2020"      # not the "Retrieved" date
    assert by_text["Awards: Kovalenko Prize (2021)"] is not None
    assert by_text["Her work covers the Sea of Azov coast."] == ()
    assert isinstance(first[0], Citation)


def test_article_page_main_content_only() -> None:
    a = read_text((HERE / "harbour-news.html").read_text(encoding="utf-8"),
                  source="harbour-news.html", name="harbour-news")
    assert a.title == "Footbridge reopens after repairs"
    assert [s.text for s in a.statements] == [
        "By a staff writer",
        "The footbridge over the harbour reopened on 14 October 2025, after eight months "
        "of repairs.",
        "Engineers had closed it in February 2025.",
        "The deck was replaced in June 2025.",
        "New lighting went in.",
    ]


def test_body_without_navigation() -> None:
    html = ("<html><body><nav><p>Home 2020</p></nav><div><p>It opened in 1999.</p>"
            "<p>It closed in 2004.</p></div><footer>© 2026</footer></body></html>")
    a = read_html(html, name="page")
    assert [s.text for s in a.statements] == ["It opened in 1999.", "It closed in 2004."]


def test_parsoid_html() -> None:
    html = ('<!DOCTYPE html><html prefix="dc: http://purl.org/dc/terms/"><head>'
            '<title>Oksana Kalyna</title></head><body class="mw-content-ltr sitedir-ltr '
            'mw-parser-output" lang="en"><section data-mw-section-id="0"><p>She was born '
            'in 1984.<sup about="#mwt3" class="mw-ref reference" typeof="mw:Extension/ref">'
            '<a href="./Oksana_Kalyna#cite_note-1"><span class="mw-reflink-text">[1]</span>'
            '</a></sup></p></section><section data-mw-section-id="1"><h2 id="Career">Career'
            '</h2><p>She moved in 2006.</p></section><section data-mw-section-id="2"><h2 '
            'id="References">References</h2><div class="mw-references-wrap"><ol '
            'class="mw-references references"><li about="#cite_note-1" id="cite_note-1">'
            '<span class="mw-cite-backlink"><a href="./Oksana_Kalyna#cite_ref-1">↑</a></span>'
            ' <span class="mw-reference-text reference-text">A profile, 2020.</span></li>'
            '</ol></div></section></body></html>')
    a = read_text(html, source="rest.html")
    assert a.title == "Oksana Kalyna"
    assert [(s.text, s.section) for s in a.statements] == [
        ("She was born in 1984.", ()), ("She moved in 2006.", ("Career",))]
    cites = a.citations_of(a.statements[0])
    assert cites is not None and cites[0].text == "A profile, 2020."


def test_detected_by_content() -> None:
    assert detect("<!DOCTYPE html><html><body><p>x</p></body></html>", "page") == "html"
    assert detect("<p>It opened in 1999.</p>", "page.txt") == "html"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<div class='mw-parser-output'>", "</div>", "<h2>", "</h2>", "<li>",
    "<table class='infobox'>", "<tr><th>Born</th><td>", "</td></tr>", "</table>", "<sup "
    "class='reference'><a href='#cite_note-1'>[1]</a></sup>", "<ol class='references'>",
    "<li id='cite_note-1'>", "In 2014 it opened. ", "&amp;", "&#160;", "<br>", "<script>",
    "<", ">", "\ue000", "<article>", "<nav>", "Text",
]), max_size=40).map("".join))
def test_any_html_never_raises_and_offsets_hold(html: str) -> None:
    from crimea_cli.errors import ArticleError

    try:
        a = read_html(html, name="t")
    except ArticleError:
        return
    for s in a.statements:
        assert a.text[s.start:s.end] == s.text
