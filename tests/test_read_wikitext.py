"""The wikitext reader: what a reader of the rendered page sees, with citations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crimea_cli.events import extract_events
from crimea_cli.model import Citation, Source
from crimea_cli.read import detect, read_text
from crimea_cli.read.wikitext import read_wikitext

HERE = Path(__file__).parent / "fixtures" / "readers"
TODAY = dt.date(2026, 12, 1)


def _kalyna():
    return read_wikitext((HERE / "kalyna.wiki").read_text(encoding="utf-8"),
                         name="kalyna", origin="kalyna.wiki", today=TODAY)


def test_title_infobox_and_lead() -> None:
    a = _kalyna()
    assert a.title == "Oksana Kalyna"
    assert a.infobox is not None
    facts = {f.key: f.value for f in a.infobox.facts}
    assert facts == {
        "Native name": "Оксана Калина",
        "Born": "14 September 1984 (age 42), Melitopol, Ukrainian SSR",
        "Occupation": "Photographer, filmmaker",
        "Years active": "2006–present",
        "Awards": "Kovalenko Prize (2021)",
    }
    lead = [s.text for s in a.statements if s.section == ()]
    assert lead == [
        "Oksana Kalyna (Ukrainian: Оксана Калина; born 14 September 1984) is a Ukrainian "
        "documentary photographer and filmmaker.",
        "Her work covers the Sea of Azov coast.",
    ]


def test_sections_lists_and_what_is_dropped() -> None:
    a = _kalyna()
    assert [s.path for s in a.sections] == [
        ("Early life and education",), ("Career",), ("Career", "Photography"),
        ("Career", "Film"), ("Awards",)]
    text = a.text
    for gone in ("{{", "}}", "[[", "]]", "Exhibitions", "Lviv", "thumb", "Category",
                 "Official website", "List of Ukrainian", "History of Melitopol",
                 "citation needed", "Kyrylivka", "the plant", "'''", "<ref", "Оксана Калина]]"):
        assert gone not in text, gone
    items = [s.text for s in a.statements if s.source is Source.LIST_ITEM]
    assert items == ["Salt (2016)", "Low Water (2019)", "Kovalenko Prize, 2021"]
    texts = [s.text for s in a.statements]
    assert ("In c. 2008 she began photographing fishing villages; the series was first "
            "shown on 9 April 2011 in Kyiv.") in texts
    assert any("3 kilometres (1.9 mi)" in t for t in texts)
    assert ("She studied journalism at the university in Zaporizhzhia from 2001 to 2006."
            in texts)


def test_citations_follow_their_statement() -> None:
    a = _kalyna()
    by_text = {s.text: a.citations_of(s) for s in a.statements}
    bio = Citation(title="The woman behind the lens", url="https://news.example.com/kalyna",
                   date="12 February 2020", publisher="Example Weekly")
    prize = Citation(title="Prize winners", url="https://prize.example.org/2021",
                     date="4 June 2021", publisher="Kovalenko Foundation")
    assert by_text[a.statements[len(a.infobox.facts)].text] == (bio,)   # type: ignore[union-attr]
    assert by_text["Her work covers the Sea of Azov coast."] == ()
    assert by_text["Awards: Kovalenko Prize (2021)"] == (prize,)
    assert by_text["Low Water (2019)"] == (prize,)          # a named ref used again
    assert by_text[("She studied journalism at the university in Zaporizhzhia from 2001 "
                    "to 2006.")] == (Citation(text="Moroz 2020, p. 14"),)
    film = next(t for t in by_text if t.startswith("Her first documentary"))
    assert by_text[film] == (Citation(text="Petrenko, O. Azov Notes. Kyiv, 2017, p. 201."),)


def test_offsets_and_dates() -> None:
    a = _kalyna()
    for s in a.statements:
        assert a.text[s.start:s.end] == s.text
    dates = {e.date.edtf for e in extract_events(a)}
    assert {"1984-09-14", "2011-04-09", "2016-07-20", "2001/2006", "2008~"} <= dates


def test_chosen_by_suffix_or_content() -> None:
    raw = (HERE / "kalyna.wiki").read_text(encoding="utf-8")
    assert detect(raw, "kalyna.wiki") == "wikitext"
    assert detect(raw, "kalyna") == "wikitext"            # by content
    assert detect("= T =\n\nA line.\n", "t") == "plain"
    assert detect("Just a sentence with [[a link]].", "x.wikitext") == "wikitext"
    assert read_text(raw, source="k").title == "Oksana Kalyna"


def test_header_of_a_fetched_file() -> None:
    text = ("<!-- crimea-cli\ntitle: Some Page\nurl: https://en.wikipedia.org/wiki/Some_Page\n"
            "revision: 4242\ntimestamp: 2026-11-30T10:00:00Z\n-->\n"
            "'''Some Page''' was founded in 1990.")
    a = read_wikitext(text, name="file", origin="file.wiki")
    assert a.title == "Some Page"
    assert a.origin == "https://en.wikipedia.org/wiki/Some_Page"
    assert a.revision == "4242"
    assert [s.text for s in a.statements] == ["Some Page was founded in 1990."]


def test_unknown_and_broken_markup_never_leaks() -> None:
    a = read_wikitext("He left in {{some unknown|x=1}} 1990.{{cite web|title=unclosed\n"
                      "She [[returned in 1995.\n\n== Later ==\n}} {{{1|}}} Done in 2001.",
                      name="t")
    for s in a.statements:
        assert "{{" not in s.text and "}}" not in s.text and "[[" not in s.text


_PIECES = st.sampled_from([
    "{{", "}}", "[[", "]]", "|", "=", "==", "\n", "\n\n", "* ", "# ", "<ref>", "</ref>",
    "<ref name=a/>", "'''", "''", "{|", "|}", "|-", "<!--", "-->", "&nbsp;", "<br>",
    "{{birth date|1990|5|5}}", "{{Infobox person|name=X|birth_date=1990}}", "{{convert|",
    "[[File:x.jpg|thumb|cap]]", "In 2014 it opened. ", "Text ", "5 May 1986", "\ue000",
    "{{lang-uk|", "<table>", "</table>", "== References ==", "{{sfn|A|2000}}", "[http://x y]",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=30))
def test_any_wikitext_never_raises_and_offsets_hold(pieces: str, noise: str) -> None:
    for text in (pieces, pieces + noise, noise + pieces):
        try:
            a = read_wikitext(text, name="t", today=TODAY)
        except Exception as exc:   # only "nothing to read" may be raised
            from crimea_cli.errors import ArticleError

            assert isinstance(exc, ArticleError)
            continue
        assert a.citations is not None and len(a.citations) == len(a.statements)
        for s in a.statements:
            assert a.text[s.start:s.end] == s.text and s.text.strip() == s.text
