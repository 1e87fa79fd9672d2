"""Every table of every language (``crimea_cli.lang.*``) is well formed.

The checks a table's notation needs, as dateparser checks its per-language
data: each entry of the declared type, written in the case the table says,
once, never empty, plain words (no regular-expression syntax: the code that
reads a table builds its patterns), and the values in range (month numbers
1-12, the units and categories the engine knows).
"""

from __future__ import annotations

import dataclasses
import pkgutil
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

import crimea_cli.lang as lang
from crimea_cli.lang import AWARD_KIND_NAMES, CATEGORIES, Language

LANGUAGES = [lang.get(m.name) for m in pkgutil.iter_modules(lang.__path__)]
TABLES = [f for f in dataclasses.fields(Language) if not f.metadata.get("meta")]
REGEX_SYNTAX = re.compile(r"[\\|()\[\]{}?+^*]")
"""Characters that would be regular-expression syntax. ``.``, ``$`` and
``-`` are plain here: the code escapes a table's words ("c.", "us$")."""
UNITS = {"day", "week", "month", "year", "decade"}


def _entries(value: Any) -> Iterator[str]:
    """Every string of a table: the words of a set or tuple, the keys of a
    mapping, the words of a table of (name, words) rows."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        yield from value
    else:
        for item in value:
            if isinstance(item, tuple):
                yield from item[1]
            else:
                yield item


def _cases() -> list[Any]:
    return [pytest.param(lg, f, id=f"{lg.code}.{f.name}") for lg in LANGUAGES for f in TABLES]


def test_english_is_a_language_and_get_finds_it() -> None:
    from crimea_cli.lang import en

    assert en.LANGUAGE in LANGUAGES and lang.get("en") is en.LANGUAGE
    for code in ("xx", "EN", "../en", "", "en.py"):
        with pytest.raises(LookupError):
            lang.get(code)


@pytest.mark.parametrize(("language", "table"), _cases())
def test_table_is_well_formed(language: Language, table: dataclasses.Field[Any]) -> None:
    value = getattr(language, table.name)
    kind = str(table.type)
    # the declared type: a frozenset, a tuple (ordered), a mapping or a word
    if kind.startswith("frozenset"):
        assert isinstance(value, frozenset)
    elif kind.startswith("tuple"):
        assert isinstance(value, tuple)
    elif kind.startswith("Mapping"):
        assert isinstance(value, Mapping)
    else:
        assert kind == "str" and isinstance(value, str)
    words = list(_entries(value))
    assert words, "an empty table"
    assert len(words) == len(set(words)) or (isinstance(value, tuple) and all(
        isinstance(v, tuple) for v in value)), f"duplicates: {words}"
    case = table.metadata["case"]
    for w in words:
        assert isinstance(w, str) and w, f"an empty entry in {words}"
        assert w == w.strip() and "  " not in w and "\n" not in w and "\t" not in w, repr(w)
        # a wildcard table's words may end in "*" (any ending): "call* for"
        body = " ".join(x[:-1] if table.metadata["wildcard"] and x.endswith("*") else x
                        for x in w.split(" "))
        assert not REGEX_SYNTAX.search(body), f"regex syntax in {w!r}"
        if case == "lower":
            assert w == w.lower(), f"{w!r} is not lower case"
        elif case == "upper":
            assert w == w.upper(), f"{w!r} is not upper case"
        elif case == "title":
            assert all(x[:1].isupper() and x[1:] == x[1:].lower() for x in w.split(" ")), (
                f"{w!r} is not capitalised")


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_values_are_in_range(language: Language) -> None:
    lg = language
    assert set(lg.months.values()) == set(range(1, 13))
    assert lg.month_abbreviations < set(lg.months)
    assert lg.month_alone_abbreviations <= lg.month_abbreviations
    assert all(isinstance(n, int) and 1 <= n <= 21 for n in lg.ordinal_words.values())
    assert len(set(lg.ordinal_words.values())) == len(lg.ordinal_words)
    assert all(isinstance(n, int) and 0 <= n < 100 for n in lg.number_words.values())
    assert all(n % 10 == 0 and 20 <= n <= 90 for n in lg.tens_words.values())
    assert set(lg.relative_units.values()) <= UNITS
    assert not lg.duration_units & set(lg.relative_units) - {"decade", "decades"}
    assert all(v and v == v.lower() for v in lg.irregular_stems.values())
    assert lg.weak_year_prepositions <= lg.year_prepositions
    assert lg.three_digit_extra_leads <= lg.approximate_words
    assert not lg.era_ad & lg.era_bc and lg.era_before_year <= lg.era_ad
    assert all(1 <= m <= 12 and 1 <= d <= 31 for m, d in lg.holidays.values())
    # every unit a relative phrase reads has the calendar unit its date takes
    for table in ("adjacent_units", "same_units", "counted_units", "clause_end_units",
                  "period_units", "following_units"):
        assert set(getattr(lg, table)) <= set(lg.relative_units), table
    assert all(isinstance(n, int) and n > 0 for n in lg.within_units.values())
    assert set(lg.clause_end_directions) <= {*lg.before_words, *lg.after_words}
    assert all(isinstance(v, str) and v == v.lower() for v in lg.stem_suffixes.values())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_rows_name_what_the_engine_knows(language: Language) -> None:
    names = [name for name, _ in language.category_keywords]
    assert sorted(names) == sorted(CATEGORIES[:-1]) and len(set(names)) == len(names)
    assert all(words for _, words in language.category_keywords)
    kinds = [kind for kind, _ in language.award_kinds]
    assert kinds == list(AWARD_KIND_NAMES)
    nouns = [n for _, ns in language.award_kinds for n in ns]
    assert len(nouns) == len(set(nouns)), "a head noun of two kinds"
    assert all(len(n.split()) <= 2 for n in nouns)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_a_phrase_that_starts_another_comes_after_it(language: Language) -> None:
    # in an alternation the first phrase that matches wins: "was conferred"
    # before "was conferred with" would never read "with"
    for table in ("award_verbs", "order_grade_verbs", "month_qualifiers"):
        phrases = getattr(language, table)
        for i, p in enumerate(phrases):
            for q in phrases[i + 1:]:
                assert not q.startswith(p + " "), f"{table}: {p!r} before {q!r}"


def test_a_table_changed_is_a_new_language() -> None:
    from crimea_cli.lang import en

    fewer = dataclasses.replace(en.LANGUAGE, open_ends=frozenset({"present"}))
    assert fewer is not en.LANGUAGE and fewer != en.LANGUAGE
    assert hash(fewer) != hash(en.LANGUAGE) or fewer is not en.LANGUAGE
    with pytest.raises(dataclasses.FrozenInstanceError):
        en.LANGUAGE.code = "xx"  # type: ignore[misc]


# --- the engine takes a language ----------------------------------------------------------
# Variants of English made for these tests (dataclasses.replace): what a call
# reads must come from the language it is given.


def _variant(**tables: Any) -> Language:
    from crimea_cli.lang import en

    return dataclasses.replace(en.LANGUAGE, **tables)


def test_sentences_are_split_by_the_languages_abbreviations() -> None:
    from crimea_cli import parse_article
    from crimea_cli.article import split_sentences
    from crimea_cli.lang import en

    text = "The unit of Gen. Orlov crossed the river. It held the bridge."
    no_gen = _variant(abbreviations=en.LANGUAGE.abbreviations - {"gen"})
    assert len(split_sentences(text)) == 2
    assert len(split_sentences(text, en.LANGUAGE)) == 2
    assert len(split_sentences(text, no_gen)) == 3
    article = parse_article(f"= Orlov =\n\n{text}\n", language=no_gen)
    assert [st.text for st in article.statements] == [
        "The unit of Gen.", "Orlov crossed the river.", "It held the bridge."]
    with pytest.raises(TypeError):
        parse_article("= A =\n\nText.\n", language="en")  # type: ignore[arg-type]


def test_award_kinds_come_from_the_language() -> None:
    from crimea_cli.honours import award_kind
    from crimea_cli.lang import en

    kinds = tuple((kind, tuple(n for n in nouns if n != "medal") + (("medal",) if
                                                                    kind == "prize" else ()))
                  for kind, nouns in en.LANGUAGE.award_kinds)
    assert award_kind("Brass Lantern Medal") == "medal"
    assert award_kind("Brass Lantern Medal", _variant(award_kinds=kinds)) == "prize"


def test_categories_come_from_the_language_and_are_built_once() -> None:
    from crimea_cli import events
    from crimea_cli.lang import en

    table = tuple((name, (*words, "planted") if name == "career" else words)
                  for name, words in en.LANGUAGE.category_keywords)
    gardener = _variant(category_keywords=table)
    text = "In 1990 she planted an orchard."
    assert events.categorise(text) == "other"
    assert events.categorise(text, language=gardener) == "career"
    assert events.keywords(gardener) is events.keywords(gardener)
    assert events.keywords(en.LANGUAGE) is events._KEYWORDS   # English: built at import


def test_facts_read_the_languages_words() -> None:
    import datetime as dt

    from crimea_cli import extract_events, parse_article
    from crimea_cli.facts import compute_facts

    text = ("= Ivo Rask =\n\nIvo Rask (born 3 March 1950) is a poet.\n\n== Case ==\n\n"
            "On 2 May 2019 a court sentenced him for nine years in a colony.\n")
    article = parse_article(text)
    events = extract_events(article)
    for_term = _variant(term_lead="for")
    on = dt.date(2026, 1, 1)
    plain = {r.label: r.value for r in compute_facts(article, events, on)}
    read = {r.label: r.value for r in compute_facts(article, events, on, for_term)}
    assert "Sentence" not in plain and read["Sentence"] == '9 years ("nine years")'


def test_a_language_needs_every_table_and_no_other() -> None:
    from crimea_cli.lang import en

    tables = {f.name: getattr(en.LANGUAGE, f.name) for f in dataclasses.fields(Language)}
    again = Language(**tables)
    assert all(getattr(again, n) is v for n, v in tables.items())
    del tables["months"]
    with pytest.raises(TypeError, match="missing tables: months"):
        Language(**tables)
    with pytest.raises(TypeError, match="unknown tables: mnths"):
        Language(**tables, months=en.LANGUAGE.months, mnths={})
    assert repr(en.LANGUAGE) == "Language(code='en', name='English')"


def test_lower_keeps_every_offset() -> None:
    from crimea_cli.lang import lower

    for text in ("", "Abc", "İstanbul İİ x", "ǅ ẞ Σ", "ﬁ İ"):
        low = lower(text)
        assert len(low) == len(text)
        assert all(a == b.lower() or len(b.lower()) != 1 for a, b in zip(low, text, strict=True))


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_narrative_tables_are_consistent(language: Language) -> None:
    # a direction looked for with spaces around it is a direction
    assert language.spaced_step_directions <= set(language.step_directions)
    assert all(p.endswith(":") or p.isalpha() for p in (
        *language.infobox_birth_prefixes, *language.infobox_death_prefixes))
