"""The words the views write are the language's: the labels and phrases of
``crimea-cli case`` and ``facts`` and the reasons of ``timeline --explain``.

English keeps its words (``lang/en.py``: the output is byte for byte what it
was; the oracle's digests and the golden files say so); a test-only language
with other words changes every one of them, and a table that lacks a key, has
one no view uses, or holds a placeholder its view does not fill is a
ValueError when the language is built, not when a view first writes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crimea_cli import extract_awards, extract_events, parse_article
from crimea_cli.case import case_lines
from crimea_cli.explain import RULES, explain
from crimea_cli.lang import (
    CASE_LABELS,
    CASE_PHRASES,
    EXPLAIN_DATES,
    EXPLAIN_TOKEN_RULES,
    EXPLAIN_YEAR_RULES,
    FACT_WORDS,
    Language,
    en,
)

E = en.LANGUAGE
ARTICLE = (
    "= Dana Ilyina =\n\n"
    "Dana Ilyina (Ukrainian: Дана Ільїна; born 5 May 1970 in Lviv) is a journalist.\n\n"
    "== Life ==\nOn 3 March 2015 she was detained in Simferopol.\n\n"
    "In April she was charged under Part 2 of Article 205 and Article 278 of the Criminal "
    "Code of Russia.\n\n"
    "On 12 May 2017 she was sentenced by the Southern District Military Court to 14 years "
    "in a penal colony.\n\n"
    "In 2016 she received the Golden Quill Prize.\n\nShe was released on 7 September 2019.\n\n"
    "In 1998 the 20 members paid 300 rubles; two weeks later it rained.\n\n"
    "The ferry left at 965 of the clock.\n")
"""A case with every line, and tokens of most rules of the explanations."""
AS_OF = dt.date(2026, 1, 1)
HELD = ("= Ivan Petrenko =\n\nIvan Petrenko (born 2 June 1950) is a teacher.\n\n"
        "== Life ==\nOn 4 April 2001 he was detained in Kherson.\n\n"
        "In May 2001 he was charged with espionage.\n\n"
        "In 1990 he received the Amber Prize.\n\nIn 1991 he received the Birch Medal.\n\n"
        "In 1992 he received the Cedar Prize.\n\nIn 1993 he received the Dune Prize.\n")
"""A case of the other lines: detained since, charged with, more awards than listed."""
DEAD = HELD + "\nIvan Petrenko died on 5 May 2010 in Kherson.\n"
"""The same, with a death: the age at it."""

FRENCH = dataclasses.replace(
    E, code="xf", name="Test view words",
    case_labels={**E.case_labels, "born": "Né(e)", "age_on": "Âge au {date}",
                 "charged_under": "Inculpé(e) selon", "sentenced": "Condamné(e) le",
                 "source": "Source"},
    case_phrases={**E.case_phrases, "born_in": "{date} à {place}", "list_last": "{items} et {last}",
                  "laws_of_code": "{laws} du {code}", "by_court": "par {court}",
                  "to_term": "à {term}", "awards_all": "{count} : {names}",
                  "dated_statements": "{count} déclarations datées",
                  "named_natively": "{native} ({name})"},
    explain_token_reasons={**E.explain_token_reasons, "duration": "une durée"},
    explain_year_reasons={**E.explain_year_reasons, "three-digit": "trois chiffres seuls"},
    explain_date_reasons={**E.explain_date_reasons,
                          "inferred": "son année vient d'une phrase précédente"})
"""English reading, with some of the words a view writes in French."""


def _case(language: Language | None = None, text: str = ARTICLE) -> dict[str, tuple[str, str]]:
    article = parse_article(text)
    events = extract_events(article)
    awards = extract_awards(article, events)
    return {c.field: (c.label, c.value)
            for c in case_lines(article, events, awards, AS_OF, "ilyina.txt", language)}


def _explained(language: Language | None = None) -> dict[str, tuple[str, str]]:
    article = parse_article(ARTICLE)
    return {e.token: (e.rule, e.reason)
            for e in explain(article, extract_events(article), language=language)}


def test_the_case_is_written_in_the_language_s_words() -> None:
    ours, theirs = _case(), _case(FRENCH)
    assert ours["born"] == ("Born", "5 May 1970 in Lviv")
    assert theirs["born"] == ("Né(e)", "5 May 1970 à Lviv")
    assert ours["age"][0] == "Age on 2026-01-01" and theirs["age"][0] == "Âge au 2026-01-01"
    assert ours["charged"] == (
        "Charged under", "Part 2 of Article 205 and Article 278 of the Criminal Code")
    assert theirs["charged"] == (
        "Inculpé(e) selon", "Part 2 of Article 205 et Article 278 du Criminal Code")
    assert theirs["sentenced"] == (
        "Condamné(e) le",
        "12 May 2017 par the Southern District Military Court à 14 years in a penal colony")
    assert theirs["awards"][1] == "1 : Golden Quill Prize (2016)"
    assert theirs["events"][1].endswith(" déclarations datées")
    assert theirs["name"][1] == "Дана Ільїна (Dana Ilyina)"
    # the fields (the keys programs read) are the same in every language
    assert list(ours) == list(theirs)


def test_the_explanations_are_written_in_the_language_s_words() -> None:
    ours, theirs = _explained(), _explained(FRENCH)
    assert ours["14 years"] == ("duration", "a length of time")
    assert theirs["14 years"] == ("duration", "une durée")
    assert ours["965"] == ("three-digit", E.explain_year_reasons["three-digit"])
    assert theirs["965"] == ("three-digit", "trois chiffres seuls")
    assert theirs["April"] == ("inferred", "son année vient d'une phrase précédente")
    assert ours["April"] == ("inferred", "its year taken from an earlier statement")
    # the rules (the names programs read) are the same in every language
    assert {k: r for k, (r, _) in ours.items()} == {k: r for k, (r, _) in theirs.items()}


def _marked(table: str, key: str) -> Language:
    words = dict(getattr(E, table))
    words[key] = "§ " + words[key]
    return dataclasses.replace(E, code="xm", name=f"Test {table} {key}", **{table: words})


@pytest.mark.parametrize(("table", "key"), [
    *(("case_labels", k) for k in CASE_LABELS), *(("case_phrases", k) for k in CASE_PHRASES)])
def test_every_word_of_the_case_is_the_language_s(table: str, key: str) -> None:
    # each label and phrase, changed alone, changes a case screen
    marked = _marked(table, key)
    assert any("§" in json.dumps(_case(marked, text), ensure_ascii=False)
               and _case(None, text) != _case(marked, text) for text in (ARTICLE, HELD, DEAD))
    assert all("§" not in json.dumps(_case(None, text), ensure_ascii=False)
               for text in (ARTICLE, HELD, DEAD))


def test_the_other_lines_of_the_case() -> None:
    held, dead = _case(None, HELD), _case(None, DEAD)
    assert held["detained"] == ("Detained since", "4 April 2001")
    assert held["charged"] == ("Charged with", "espionage")
    assert held["awards"][1] == "4; the latest: Dune Prize (1993)"
    assert dead["age"] == ("Age at death", "59") and dead["died"][0] == "Died"


@pytest.mark.parametrize(("table", "key"), [
    ("explain_token_reasons", "label"), ("explain_token_reasons", "duration"),
    ("explain_token_reasons", "quantity"), ("explain_year_reasons", "three-digit"),
    ("explain_date_reasons", "inferred"), ("explain_date_reasons", "relative-left-out"),
])
def test_every_reason_is_the_language_s(table: str, key: str) -> None:
    assert "§" in json.dumps(_explained(_marked(table, key)), ensure_ascii=False)


def test_the_tables_name_the_rules_of_the_views() -> None:
    from crimea_cli.dates import YEAR_RULES

    assert [r.name for r in RULES] == list(EXPLAIN_TOKEN_RULES)
    assert {r.name for r in YEAR_RULES if not r.accepts and r.name != "era-bc"} <= set(
        EXPLAIN_YEAR_RULES)
    assert {"inferred", "relative", "not-a-year"} <= set(EXPLAIN_DATES)
    assert all(rule.reason == E.explain_token_reasons[rule.name] for rule in RULES)


@pytest.mark.parametrize(("table", "words", "message"), [
    ("case_labels", {k: v for k, v in CASE_LABELS.items() if k != "born"}, "lacks 'born'"),
    ("case_labels", {**E.case_labels, "nickname": "Nickname"}, "has no use for 'nickname'"),
    ("case_labels", {**E.case_labels, "age_on": "Age on {day}"}, "may hold only {date}"),
    ("case_labels", {**E.case_labels, "born": "Born {date}"}, "may hold no {…}"),
    ("case_labels", {**E.case_labels, "born": "Born {"}, "may hold no {…}"),
    ("case_phrases", {**E.case_phrases, "by_court": "by {court}}"}, "may hold only {court}"),
    ("case_labels", {**E.case_labels, "born": " "}, "must be words"),
    ("explain_date_reasons", {**E.explain_date_reasons, "inferred": 3}, "must be words"),
    ("explain_token_reasons", ("label",), "must be a mapping"),
])
def test_a_table_of_a_view_s_words_is_checked_when_built(table: str, words: Any,
                                                        message: str) -> None:
    with pytest.raises(ValueError, match=f"{table}.*{message}".replace("{", r"\{")
                       .replace("}", r"\}").replace("(", r"\(").replace(")", r"\)")):
        dataclasses.replace(E, code="xb", name="Test bad", **{table: words})


def test_the_command_line_writes_the_case_in_the_language(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from crimea_cli import lang
    from crimea_cli.cli import app

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CRIMEA_CLI_LANGUAGE", raising=False)
    path = tmp_path / "ilyina.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    lang.register(FRENCH)
    try:
        for args in (["case", "--as-of", "2026-01-01"], ["timeline", "--explain"]):
            theirs = runner.invoke(app, [*args, str(path), "-f", "json", "--language", "xf"])
            ours = runner.invoke(app, [*args, str(path), "-f", "json"])
            assert theirs.exit_code == ours.exit_code == 0
            assert theirs.stdout != ours.stdout
        table = runner.invoke(app, ["case", "--as-of", "2026-01-01", str(path), "-f", "table",
                                    "--language", "xf"])
        assert "Né(e)" in table.stdout and "5 May 1970 à Lviv" in table.stdout
        assert "Born" not in table.stdout
    finally:
        lang.unregister("xf")


# --- the facts ------------------------------------------------------------------

FACTS = ("= Ivan Petrenko =\n\nIvan Petrenko\n- Place of birth: Kherson\n\n"
         "Ivan Petrenko (born 2 June 1950) is a teacher.\n\n== Life ==\n"
         "On 4 April 2001 he was detained in Kherson.\n\n"
         "On 1 June 2002 he was sentenced to fourteen years.\n\n"
         "He was released on 3 May 2003.\n")
"""Facts of a detention, a sentence and a release."""
FACT_TEXTS = (
    FACTS,
    FACTS + "\nIvan Petrenko died on 5 May 2010 in Kherson.\n",
    FACTS.replace("He was released on 3 May 2003.\n", ""),
    # the same day, then two months and a day: 0 days, months, a day
    FACTS.replace("1 June 2002", "4 April 2001").replace("3 May 2003", "5 June 2001"),
)


def _facts(language: Language | None = None, text: str = FACTS) -> list[tuple[str, str]]:
    from crimea_cli.facts import compute_facts

    article = parse_article(text)
    return [(f.label, f.value) for f in compute_facts(article, extract_events(article), AS_OF,
                                                      language)]


def test_the_facts_are_written_in_the_language_s_words() -> None:
    german = dataclasses.replace(E, code="xg", name="Test facts", fact_words={
        **E.fact_words, "born": "Geboren", "born_in": "{date} in {place}",
        "age_at_sentence": "Alter beim Urteil ({date})",
        "sentence_of": "{years} Jahre („{words} years“)", "since_first_detention":
        "Seit der ersten Festnahme, am {date}"},
        fact_counts={**E.fact_counts, "years": {"one": "{n} Jahr", "other": "{n} Jahre"}})
    ours, theirs = dict(_facts()), dict(_facts(german))
    assert ours["Born"] == "2 June 1950, Kherson" and theirs["Geboren"] == "2 June 1950 in Kherson"
    assert ours["Age at sentence (1 June 2002)"] == theirs["Alter beim Urteil (1 June 2002)"]
    assert ours["Detention to release"] == "2 years, 29 days"
    assert theirs["Detention to release"] == "2 Jahre, 29 days"
    assert theirs["Sentence"] == "14 Jahre („fourteen years“)"
    held = dict(_facts(german, FACT_TEXTS[2]))
    assert "Seit der ersten Festnahme, am 2026-01-01" in held


@pytest.mark.parametrize("key", sorted(FACT_WORDS))
def test_every_word_of_the_facts_is_the_language_s(key: str) -> None:
    marked = _marked("fact_words", key)
    assert any("§" in json.dumps(_facts(marked, text), ensure_ascii=False)
               for text in FACT_TEXTS), key
    assert all("§" not in json.dumps(_facts(None, text), ensure_ascii=False)
               for text in FACT_TEXTS)
