"""The engine takes a language: a table changed changes what is read.

Each test builds a small language of its own from English with
:func:`dataclasses.replace` (Ukrainian month names in the genitive, a
preposition of a year) and checks that the language given is the one read,
that English stays the default, and that two languages used in one process
keep their own patterns.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from typing import Any

import pytest

from crimea_cli.dates import MentionKind, find_dates, find_mentions, grammar
from crimea_cli.lang import Language, en

UK_MONTHS = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}
"""Ukrainian month names as a date writes them ("5 травня 2014")."""


def _months_language() -> Language:
    return dataclasses.replace(en.LANGUAGE, code="xx", name="Test months",
                               months=UK_MONTHS, month_abbreviations=frozenset(),
                               month_alone_abbreviations=frozenset())


UK = _months_language()
YEAR_LEAD = dataclasses.replace(
    en.LANGUAGE, code="xy", name="Test year lead",
    year_prepositions=en.LANGUAGE.year_prepositions | {"у"})
"""English and one more preposition of a year ("у 2014")."""


def _edtf(text: str, language: Language | None = None) -> list[str]:
    return [d.edtf for d in find_dates(text, language=language)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Його затримали 5 травня 2014 року.", ["2014-05-05"]),
    ("Суд відбувся 21 листопада 2013.", ["2013-11-21"]),
    ("18–20 лютого 2014 тривали протести.", ["2014-02-18/2014-02-20"]),
])
def test_month_names_of_the_language_given_are_read(text: str, expected: list[str]) -> None:
    assert _edtf(text, UK) == expected
    assert not set(expected) & set(_edtf(text))   # English has no such months


def test_english_months_are_not_the_other_language_s() -> None:
    text = "He was detained on 5 May 2014 and released on 12 June 2014."
    assert _edtf(text) == ["2014-05-05", "2014-06-12"]
    assert not {"2014-05-05", "2014-06-12"} & set(_edtf(text, UK))


def test_a_day_and_month_of_the_language_is_partial() -> None:
    found = find_mentions("Наступного ранку, 6 травня, його відпустили.", language=UK)
    assert [(m.kind, getattr(m, "month", 0), getattr(m, "day", 0)) for m in found] == [
        (MentionKind.PARTIAL, 5, 6)]
    assert find_mentions("Наступного ранку, 6 травня, його відпустили.") == []


def test_the_year_rules_read_the_language_s_prepositions() -> None:
    text = "Він переїхав у 2014 до Києва."
    assert _edtf(text, YEAR_LEAD) == ["2014"]
    assert _edtf(text) == []
    rejected: list[tuple[tuple[int, int], str]] = []
    find_mentions(text, rejected)
    assert rejected == [((15, 19), "no-evidence")]


def test_two_languages_in_one_process_do_not_leak() -> None:
    uk_text, en_text = "5 травня 2014", "5 May 2014"
    for _ in range(2):   # alternately, each built once and kept
        assert _edtf(uk_text, UK) == ["2014-05-05"]
        assert "2014-05-05" not in _edtf(uk_text)
        assert _edtf(en_text) == ["2014-05-05"]
        assert "2014-05-05" not in _edtf(en_text, UK)
        assert _edtf("moved у 2014", YEAR_LEAD) == ["2014"] and _edtf("moved у 2014") == []
    assert grammar(UK) is grammar(UK) and grammar(UK) is not grammar()
    assert grammar() is grammar(en.LANGUAGE)
    # a copy with the same tables is a language of its own, with its own grammar
    again = _months_language()
    assert grammar(again) is not grammar(UK)
    assert _edtf(uk_text, again) == ["2014-05-05"]


def test_english_is_the_default_everywhere() -> None:
    text = "In 1994 she moved; on 5 May 2014 she returned, and two weeks later left."
    assert find_mentions(text) == find_mentions(text, None, en.LANGUAGE)
    assert find_dates(text) == find_dates(text, language=en.LANGUAGE)


@pytest.mark.parametrize("bad", ["en", 3, [en.LANGUAGE]])
def test_what_is_no_language_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="language must be Language"):
        find_mentions("5 May 2014", language=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="language must be Language"):
        find_dates("5 May 2014", language=bad)  # type: ignore[arg-type]


# --- what reads the events: awards, the case, the explanations ---------------

ARTICLE = ("= Dana Ilyina =\n\nDana Ilyina (born 5 May 1970) is a journalist.\n\n"
           "On 3 March 2014 she was interned in Simferopol.\n\n"
           "In 2016 she was garlanded with the Golden Quill Prize.\n\n"
           "She was charged under стаття 20 of the code.\n")
WORDS = dataclasses.replace(
    en.LANGUAGE, code="xz", name="Test words",
    award_verbs=(*en.LANGUAGE.award_verbs, "was garlanded with"),
    detained_words=(*en.LANGUAGE.detained_words, "interned"),
    law_articles=("стаття", *en.LANGUAGE.law_articles),
    number_labels=en.LANGUAGE.number_labels | {"стаття"})
"""English and one more award verb, word of detention, law article and label."""


def test_the_award_finder_reads_the_language_s_verbs() -> None:
    from crimea_cli import extract_awards, extract_events, parse_article

    article = parse_article(ARTICLE)
    events = extract_events(article)
    assert [a.name for a in extract_awards(article, events, language=WORDS)] == [
        "Golden Quill Prize"]
    assert extract_awards(article, events) == []
    assert extract_awards(article, events, language=en.LANGUAGE) == []
    assert [a.name for a in extract_awards(article, language=WORDS)] == ["Golden Quill Prize"]


def test_the_case_reads_the_language_s_words() -> None:
    import datetime as dt

    from crimea_cli import extract_events, parse_article
    from crimea_cli.case import case_lines, charges

    article = parse_article(ARTICLE)
    events = extract_events(article)

    def lines(language: Language | None) -> dict[str, str]:
        return {c.field: c.value for c in case_lines(article, events, [], dt.date(2026, 1, 1),
                                                     "", language)}

    assert lines(WORDS)["detained"] == "3 March 2014" and "detained" not in lines(None)
    assert lines(WORDS)["charged"] == "стаття 20" and "charged" not in lines(None)
    assert charges("Засуджений за Стаття 205 кодексу.", WORDS) == ["Стаття 205"]
    assert charges("Засуджений за Стаття 205 кодексу.") == []


def test_the_explanations_read_the_language_s_labels() -> None:
    from crimea_cli import extract_events, parse_article
    from crimea_cli.explain import explain

    article = parse_article(ARTICLE)
    events = extract_events(article)
    rules = {e.token: e.rule for e in explain(article, events, language=WORDS)}
    assert rules["20"] == "label"
    assert {e.token: e.rule for e in explain(article, events)}["20"] == "short"


def test_an_award_list_is_read_with_the_language_s_dates() -> None:
    from crimea_cli import extract_awards, parse_article

    article = parse_article("= Dana Ilyina =\n\n== Awards ==\n- Golden Quill Prize, 5 травня 2014\n"
                            "- Lantern Award (12 червня 2016)\n")
    # the events too are read in the language when extract_awards reads them
    assert [(a.name, a.date.edtf if a.date else None)
            for a in extract_awards(article, language=UK)] == [
        ("Golden Quill Prize", "2014-05-05"), ("Lantern Award", "2016-06-12")]
    assert all(a.date is None or "2014-05" not in a.date.edtf for a in extract_awards(article))


def test_a_language_pickles_to_itself_or_to_its_tables() -> None:
    import pickle

    # a worker process gets English itself (and the grammar built from it)
    assert pickle.loads(pickle.dumps(en.LANGUAGE)) is en.LANGUAGE
    copy = pickle.loads(pickle.dumps(UK))
    assert copy is not UK and copy.months == UK.months and copy.code == UK.code
    assert _edtf("5 травня 2014", copy) == ["2014-05-05"]


def test_a_grade_of_an_order_is_read_with_the_language_s_order_words() -> None:
    from crimea_cli import extract_awards, parse_article

    article = parse_article("= Dana Ilyina =\n\n"
                            "In May 2001 she was appointed Officer of the Order of the Star.\n")
    assert [a.name for a in extract_awards(article)] == ["Officer of the Order of the Star"]
    other = dataclasses.replace(en.LANGUAGE, code="xw", name="Test orders",
                                order_words=("Orden",))
    assert extract_awards(article, language=other) == []


# --- relative phrases read the language's units and directions ---------------

def _sennight_language() -> Language:
    """English whose week is a "sennight": every table of relative units says so."""
    E = en.LANGUAGE

    def swap(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w.replace("week", "sennight") for w in words)

    units = {k.replace("week", "sennight"): v for k, v in E.relative_units.items()}
    return dataclasses.replace(
        E, code="xs", name="Test sennight", relative_units=units,
        adjacent_units=swap(E.adjacent_units), counted_units=swap(E.counted_units),
        clause_end_units=swap(E.clause_end_units),
        within_units={k.replace("week", "sennight"): v for k, v in E.within_units.items()},
        # "ahead of": one more word that goes back, before a named event
        before_words=(*E.before_words, "ahead of"),
        anchor_directions=(*E.anchor_directions, "ahead of"))


SENNIGHT = _sennight_language()


def _relative(text: str, language: Language | None = None) -> list[tuple[str, int, bool]]:
    return [(m.unit, m.amount, m.within) for m in find_mentions(text, language=language)
            if m.kind is MentionKind.RELATIVE]


@pytest.mark.parametrize(("text", "theirs", "english"), [
    ("Two sennights later the garrison left.", [("day", 14, False)], []),
    ("Two weeks later the garrison left.", [], [("day", 14, False)]),
    ("She came back the sennight after.", [("day", 7, False)], []),
    ("The town fell within a sennight.", [("day", 7, True)], []),
    ("The town fell within a week.", [], [("day", 7, True)]),
    ("Three sennights after the landing the town fell.", [("day", 21, False)], []),
    ("Two days ahead of the landing the scouts left.", [("day", -2, False)], []),
    ("Two days before the landing the scouts left.", [("day", -2, False)],
     [("day", -2, False)]),
])
def test_relative_phrases_read_the_language_s_units(
        text: str, theirs: list[tuple[str, int, bool]],
        english: list[tuple[str, int, bool]]) -> None:
    assert _relative(text, SENNIGHT) == theirs
    assert _relative(text) == english


def test_a_unit_no_table_gives_a_unit_is_a_clear_error() -> None:
    # English without its week: the phrases still list "week", which no
    # longer says which calendar unit it shifts by
    lg = dataclasses.replace(en.LANGUAGE, code="xw", name="Test no week", relative_units={
        k: v for k, v in en.LANGUAGE.relative_units.items() if not k.startswith("week")})
    with pytest.raises(ValueError, match="adjacent_units holds 'week'"):
        find_mentions("Two weeks after the Dayton Accords he resigned.", language=lg)


def test_every_unit_of_the_tables_opens_a_phrase() -> None:
    # "fortnight" is a unit of "within" alone (no relative unit ends in it)
    assert _relative("He left within a fortnight.") == [("day", 14, True)]
    assert _relative("He left within a fortnight.", SENNIGHT) == [("day", 14, True)]


def test_an_event_is_named_with_the_language_s_light_verbs_and_stems() -> None:
    lg = dataclasses.replace(en.LANGUAGE, code="xv", name="Test light verbs",
                             light_verbs=(*en.LANGUAGE.light_verbs, "came about"),
                             stem_suffixes={"ungen": "", **en.LANGUAGE.stem_suffixes})
    assert grammar(lg).anchor_key("the attack came about")[0] == ("attack",)
    assert grammar().anchor_key("the attack came about")[0] != ("attack",)
    assert grammar(lg).anchor_stem("landungen") == "land"
    assert grammar().anchor_stem("landungen") != "land"


# --- the bare-year rules read the language's words ---------------------------

E = en.LANGUAGE


@pytest.mark.parametrize(("language", "text", "theirs", "english"), [
    # a lead phrase is a preposition of its own, whatever the prepositions are
    (dataclasses.replace(E, code="y1", name="Test no in",
                         year_prepositions=E.year_prepositions - {"in"}),
     "The guild was founded as early as 1990.", ["1990"], ["1990"]),
    # "between X and 2022" with the language's words for both
    (dataclasses.replace(E, code="y2", name="Test zwischen", list_words=("und", "or"),
                         between_word="zwischen",
                         year_prepositions=E.year_prepositions | {"zwischen"},
                         interval_openers=E.interval_openers | {"zwischen"}),
     "The border stayed shut zwischen the Winter Revolution und 2022.", ["2022"], []),
    # a plural noun after a weak preposition makes a count, not a year
    (dataclasses.replace(E, code="y3", name="Test plural", plural_ending="i"),
     "She brought a gift of 2000 soldati.", [], ["2000"]),
    (dataclasses.replace(E, code="y3", name="Test plural", plural_ending="i"),
     "She brought a gift of 2000 lanterns.", ["2000"], []),
    # an adverb between a determiner and a number: a count
    (dataclasses.replace(E, code="y4", name="Test adverb", adverb_ending="li"),
     "the oddli 2000 Crimean Tatars", [], ["2000"]),
    # a possessive before a year: the year names something
    (dataclasses.replace(E, code="y5", name="Test possessive", possessive_endings=("-a",)),
     "Smith's 1990 campaign failed.", [], ["1990"]),
])
def test_the_year_rules_read_the_language_s_words(
        language: Language, text: str, theirs: list[str], english: list[str]) -> None:
    assert _edtf(text, language) == theirs
    assert _edtf(text) == english


# --- an empty table reads nothing; a table the engine needs is never empty ----

def test_an_empty_table_matches_nothing() -> None:
    # no era before a year: "12" and "44" are no years for it ("44 BC" still is)
    lg = dataclasses.replace(E, code="e1", name="Test no era before",
                             era_before_year=frozenset())
    text = "She had 12 children by 44 BC."
    assert _edtf(text, lg) == _edtf(text) == ["-0043"]


@pytest.mark.parametrize("table", ["era_bc", "era_ad", "number_words"])
def test_an_empty_table_of_the_grammar_s_words_is_no_empty_alternative(table: str) -> None:
    # an empty alternative would match at every place ("(?P<bc>)" before a stop)
    import re

    from crimea_cli.dates import grammar

    g = grammar(dataclasses.replace(E, code="e3", name=f"Test no {table}",
                                    **{table: {} if table == "number_words" else frozenset()}))
    assert re.match(g._ERA, ".") is None
    assert re.fullmatch(g._NUM, "") is None


def _emptied() -> list[Any]:
    out = []
    for f in dataclasses.fields(Language):
        value = getattr(E, f.name)
        if f.metadata.get("meta") or f.metadata.get("required") or isinstance(value, str):
            continue
        if f.name == "relative_units":
            continue   # the phrases' units name its keys: a ValueError, tested above
        empty: object = (frozenset() if isinstance(value, frozenset)
                         else {} if isinstance(value, Mapping) else ())
        out.append(pytest.param(f.name, empty, id=f.name))
    return out


UNDATED = ("She had 12 children.", "He paid 300 rubles for 2 horses and 14 cows.",
           "Nothing happened on Sunday in Dayton, and two men left.", "It cost 2000 dollars.",
           "The 44 delegates met by the river.")


@pytest.mark.parametrize(("table", "empty"), _emptied())
def test_any_table_may_be_empty_and_reads_nothing(table: str, empty: object) -> None:
    from crimea_cli import extract_awards, extract_events, parse_article
    from crimea_cli.case import case_lines
    from crimea_cli.explain import explain

    lg = dataclasses.replace(E, code="e2", name=f"Test no {table}", **{table: empty})
    for text in UNDATED:
        assert _edtf(text, lg) == [], text
    article = parse_article(ARTICLE, language=lg)
    events = extract_events(article, language=lg)
    awards = extract_awards(article, events, language=lg)
    assert [a.name for a in awards] == [], "the article's one award verb is not English"
    case_lines(article, events, awards, datetime.date(2024, 1, 1), language=lg)
    explain(article, events, language=lg)


@pytest.mark.parametrize("table", sorted(
    f.name for f in dataclasses.fields(Language) if f.metadata.get("required")))
def test_a_table_the_engine_needs_is_never_empty(table: str) -> None:
    value = getattr(E, table)
    empty = {} if isinstance(value, Mapping) else frozenset() if isinstance(
        value, frozenset) else ()
    with pytest.raises(ValueError, match=f"needs a word in: {table}"):
        dataclasses.replace(E, code="e3", name="Test", **{table: empty})


HONOURS = ("= Ana Test =\n\nAna Test is a poet.\n\n"
           "In 2016 she received the Golden Pen Prize.\n\n"
           "She was awarded the Order of Merit, third class, in 2019.\n")


@pytest.mark.parametrize(("table", "expected"), [
    ("award_nouns", []),   # no name holds an award noun: none is an award
    # nothing says an award was not received: every one was
    ("not_received_words", ["Golden Pen Prize", "Order of Merit, third class"]),
])
def test_an_empty_table_of_awards_matches_nothing(table: str, expected: list[str]) -> None:
    from crimea_cli import extract_awards, parse_article

    lg = dataclasses.replace(E, code="e4", name=f"Test no {table}", **{table: ()})
    assert [a.name for a in extract_awards(parse_article(HONOURS), language=lg)] == expected
    assert [a.name for a in extract_awards(parse_article(HONOURS))] == [
        "Golden Pen Prize", "Order of Merit, third class"]


# --- the narrative's time reads the language's words -------------------------

NARRATIVE = dataclasses.replace(
    en.LANGUAGE, code="xn", name="Test narrative",
    clause_and=("und",), lifespan_birth_words=("geboren",),
    infobox_death_prefixes=("gestorben:",),
    category_keywords=tuple((name, (*words, "gestorben") if name == "death" else words)
                            for name, words in en.LANGUAGE.category_keywords),
    step_directions=(*en.LANGUAGE.step_directions, "ahead of"))
"""English whose clauses part at "und" (not "and"), whose life span after a
name says "geboren", whose infobox gives a death as "Gestorben:" (a word of
death), and whose steps from a base go "ahead of" too."""


def _categories(text: str, language: Language | None = None) -> list[tuple[str, str]]:
    from crimea_cli import extract_events, parse_article

    article = parse_article(f"= Dana Ilyina =\n\n{text}\n")
    return [(e.date.edtf, e.category) for e in extract_events(article, language=language)]


def test_clause_boundaries_are_the_language_s() -> None:
    theirs = "She was sentenced in February 2024 und released on 1 August 2024."
    ours = "She was sentenced in February 2024 and released on 1 August 2024."
    assert _categories(theirs, NARRATIVE) == [("2024-02", "sentence"), ("2024-08-01", "release")]
    assert _categories(theirs) == [("2024-02", "sentence"), ("2024-08-01", "sentence")]
    assert _categories(ours) == [("2024-02", "sentence"), ("2024-08-01", "release")]
    assert _categories(ours, NARRATIVE) == [("2024-02", "sentence"), ("2024-08-01", "sentence")]


def test_the_life_span_is_read_with_the_language_s_words() -> None:
    from crimea_cli import parse_article
    from crimea_cli.events import is_about_a_person, narrative

    # (a parenthesis before "is a war …" is no life span, unless it says a birth)
    article = parse_article("= Dana Ilyina =\n\nDana Ilyina (geboren 1950) is a war "
                            "correspondent.\n")
    assert is_about_a_person(article, narrative(NARRATIVE))
    assert not is_about_a_person(article)
    english = parse_article("= Dana Ilyina =\n\nDana Ilyina (born 1950) is a war "
                            "correspondent.\n")
    assert is_about_a_person(english) and not is_about_a_person(english, narrative(NARRATIVE))


def test_an_infobox_death_ends_the_life_span_in_the_language() -> None:
    # the subject's death, read from the infobox, ends what relative
    # phrases may date for them: "two years later" past it is no event
    def relative(key: str, language: Language | None) -> list[str]:
        from crimea_cli import extract_events, parse_article

        article = parse_article(
            f"= Dana Ilyina =\n\nDana Ilyina\n- {key}: 4 May 1901\n\nDana Ilyina was a painter.\n\n"
            "== Life ==\nOn 1 March 1900 she moved to Lviv. Two years later she opened a school.\n")
        return [e.date.edtf for e in extract_events(article, language=language)
                if e.kind.value == "relative"]

    assert relative("Gestorben", NARRATIVE) == [] and relative("Gestorben", None) == ["1902"]
    assert relative("Died", None) == [] and relative("Died", NARRATIVE) == ["1902"]


def test_a_step_from_an_undated_base_is_the_language_s() -> None:
    from crimea_cli.events import narrative, undated_step_ends

    text = "The ruling came three days ahead of the holiday."
    assert undated_step_ends(text, [], narrative(NARRATIVE))
    assert not undated_step_ends(text, [])
    assert undated_step_ends("The ruling came three days into the siege.", [])
    assert narrative(NARRATIVE) is narrative(NARRATIVE) is not narrative(en.LANGUAGE)


# --- every public function that takes a language checks it -------------------

def _calls() -> dict[str, Any]:
    from crimea_cli import article, awards, case, dates, events, explain, facts, honours, sources

    text = "Dana Ilyina (born 5 May 1970) was detained on 3 March 2014."
    art = article.parse_article(ARTICLE)
    evs = events.extract_events(art)
    return {
        "article.parse_article": lambda lg: article.parse_article(ARTICLE, language=lg),
        "article.split_sentences": lambda lg: article.split_sentences(text, lg),
        "awards.finder": lambda lg: awards.finder(lg),
        "awards.extract_awards": lambda lg: awards.extract_awards(art, evs, lg),
        "case.charges": lambda lg: case.charges("under Art. 205 of the code", lg),
        "case.case_lines": lambda lg: case.case_lines(art, evs, [], datetime.date(2024, 1, 1),
                                                      language=lg),
        "dates.grammar": lambda lg: dates.grammar(lg),
        "dates.find_mentions": lambda lg: dates.find_mentions(text, language=lg),
        "dates.find_dates": lambda lg: dates.find_dates(text, lg),
        "dates.anchor_stem": lambda lg: dates.anchor_stem("landing", lg),
        "dates.anchor_key": lambda lg: dates.anchor_key("the landing", lg),
        "events.categorise": lambda lg: events.categorise(text, language=lg),
        "events.heading_anchors": lambda lg: events.heading_anchors(art, lg),
        "events.item_mentions": lambda lg: events.item_mentions(text, lg),
        "events.extract_events": lambda lg: events.extract_events(art, lg),
        "explain.tokens": lambda lg: list(explain.tokens(text, lg)),
        "explain.explain": lambda lg: explain.explain(art, evs, language=lg),
        "facts.compute_facts": lambda lg: facts.compute_facts(art, evs, datetime.date(2024, 1, 1),
                                                              lg),
        "honours.award_kind": lambda lg: honours.award_kind("Order of Merit", lg),
        "honours.award_records_of_kinds": lambda lg: honours.award_records_of_kinds(
            str(sources.bundled_article_path()), frozenset(), language=lg),
        **_reading_calls(),
    }


WIKI = "'''Dana Ilyina''' was detained on 3 March 2014."


def _reading_calls() -> dict[str, Any]:
    """The readers and the runner's units of work (they pass the language on)."""
    import io
    import sys

    from crimea_cli import article, pipeline, sources
    from crimea_cli.query import EventFilter
    from crimea_cli.read import Page, html, plain, read_bytes, read_page, read_text, wikitext

    path = str(sources.bundled_article_path())
    as_of = datetime.date(2024, 1, 1)

    def from_stdin(lg: Any) -> object:
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()))
        try:
            return sources.read_stdin(language=lg)
        finally:
            sys.stdin = saved

    return {
        "article.read_article": lambda lg: article.read_article(path, language=lg),
        "article.parse_bytes": lambda lg: article.parse_bytes(ARTICLE.encode(), "a.txt",
                                                              language=lg),
        "sources.read_item": lambda lg: sources.read_item(path, lg),
        "sources.read_stdin": from_stdin,
        "sources.load_articles": lambda lg: list(sources.load_articles([path], language=lg)),
        "read.read_text": lambda lg: read_text(ARTICLE, language=lg),
        "read.read_page": lambda lg: read_page(Page("Dana Ilyina", WIKI, ""), lg),
        "read.read_bytes": lambda lg: read_bytes(ARTICLE.encode(), "a.txt", max_bytes=10**6,
                                                 language=lg),
        "read.plain.read_plain": lambda lg: plain.read_plain(ARTICLE, language=lg),
        "read.wikitext.read_wikitext": lambda lg: wikitext.read_wikitext(WIKI, language=lg),
        "read.html.read_html": lambda lg: html.read_html("<p>Detained on 3 March 2014.</p>",
                                                         language=lg),
        "pipeline.timeline_records": lambda lg: pipeline.timeline_records(
            path, EventFilter(), lg),
        "pipeline.award_records": lambda lg: pipeline.award_records(path, language=lg),
        "pipeline.fact_records": lambda lg: pipeline.fact_records(path, as_of, lg),
        "pipeline.hit_records": lambda lg: pipeline.hit_records(
            path, pipeline.Search(("Crimea",)), lg),
        "pipeline.explain_records": lambda lg: pipeline.explain_records(
            path, EventFilter(), lg),
        "pipeline.case_records": lambda lg: pipeline.case_records(path, as_of, lg),
    }


def test_every_public_function_that_takes_a_language_is_listed() -> None:
    import importlib
    import inspect
    import pkgutil

    import crimea_cli

    found = set()
    for info in pkgutil.walk_packages(crimea_cli.__path__, "crimea_cli."):
        if info.name.startswith(("crimea_cli.render", "crimea_cli.lang")) or info.name.endswith(
                ("__main__", ".cli", ".explore")):
            continue
        module = importlib.import_module(info.name)
        for name, f in vars(module).items():
            if (not name.startswith("_") and inspect.isfunction(f)
                    and f.__module__ == module.__name__
                    and "language" in inspect.signature(f).parameters):
                found.add(f"{module.__name__.removeprefix('crimea_cli.')}.{name}")
    assert found == set(_calls())


UNCHECKED: set[str] = set()
"""Functions of another's module that do not check their language yet."""


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="checks no type yet"))
    if n in UNCHECKED else n for n in sorted(_calls())])
@pytest.mark.parametrize("bad", ["en", 3])
def test_a_wrong_language_is_the_same_type_error_everywhere(name: str, bad: object) -> None:
    call = _calls()[name]
    call(None)
    call(E)
    with pytest.raises(TypeError, match="must be Language, not "):
        call(bad)


def test_relative_phrases_of_another_script() -> None:
    # Ukrainian units, counts and adverbs: every table of the phrases set
    units = {"рік": "year", "роки": "year", "років": "year", "тиждень": "week",
             "тижні": "week", "день": "day", "дні": "day"}
    uk = dataclasses.replace(
        E, code="xu", name="Test Ukrainian phrases", relative_units=units,
        number_words={**E.number_words, "два": 2, "три": 3},
        next_adjectives=("наступного",), previous_adjectives=("попереднього",),
        later_words=("потому",), earlier_words=("раніше",), after_words=("після",),
        before_words=("до",), anchor_directions=("після", "до"), within_word="протягом",
        adjacent_units=("рік", "тиждень", "день"), same_units=("рік", "день"),
        counted_units=tuple(units), clause_end_units=("рік", "день"),
        clause_end_directions=("до", "після"), period_units=("рік",),
        following_units=("день",), within_units={"тиждень": 7, "тижні": 7, "день": 1, "дні": 1})
    assert _relative("Два тижні потому вона поїхала.", uk) == [("day", 14, False)]
    assert _relative("Три роки раніше вона поїхала.", uk) == [("year", -3, False)]
    assert _relative("Місто впало протягом 2 тижні.", uk) == [("day", 14, True)]
    assert _relative("Two weeks later she left.", uk) == []
    assert _relative("Два тижні потому вона поїхала.") == []
