"""The runner takes a language: every step of a command's pipeline reads it.

``crimea_cli.pipeline``'s units of work (``timeline_records`` and the others)
take ``language`` and pass it to the reader (sentence splitting), the date
grammar, the events, awards, case, facts and explanations; English stays the
default, and a language reaches worker processes too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial
from pathlib import Path

import pytest

from crimea_cli.honours import award_records_of_kinds
from crimea_cli.lang import Language, en
from crimea_cli.pipeline import (
    Search,
    award_records,
    case_records,
    each_article,
    explain_records,
    fact_records,
    hit_records,
    timeline_records,
)
from crimea_cli.query import EventFilter

E = en.LANGUAGE
OTHER = dataclasses.replace(
    E, code="xr", name="Test runner",
    months={**E.months, "травня": 5, "червня": 6},
    abbreviations=E.abbreviations | {"вул"},
    award_verbs=(*E.award_verbs, "was garlanded with"),
    detained_words=(*E.detained_words, "interned"),
    number_labels=E.number_labels | {"стаття"})
"""English and a few more words: two month names, an abbreviation (no
sentence ends after "вул."), an award verb, a word of detention, a label."""

ARTICLE = ("= Dana Ilyina =\n\nDana Ilyina (born 5 May 1970) is a journalist.\n\n"
           "== Life ==\nOn 5 травня 2014 she moved to вул. Franko in Lviv.\n\n"
           "On 3 March 2015 she was interned in Simferopol.\n\n"
           "In 2016 she was garlanded with the Golden Quill Prize.\n\n"
           "She was charged under стаття 20 of the code.\n")


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "ilyina.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_timeline_reads_the_language_given_to_the_runner(article: str) -> None:
    theirs = timeline_records(article, EventFilter(), language=OTHER)
    ours = timeline_records(article, EventFilter())
    assert not isinstance(theirs, Exception) and not isinstance(ours, Exception)
    moved = [r for r in theirs if r["date"] == "2014-05-05"]
    # the grammar read its month, the reader its abbreviation: one statement
    assert len(moved) == 1 and moved[0]["text"].endswith("вул. Franko in Lviv.")
    assert "2014-05-05" not in {r["date"] for r in ours}
    assert ours == timeline_records(article, EventFilter(), language=E)


def test_every_command_s_work_reads_the_language(article: str) -> None:
    as_of = dt.date(2026, 1, 1)
    awards = award_records(article, language=OTHER)
    assert not isinstance(awards, Exception)
    assert [a["name"] for a in awards] == ["Golden Quill Prize"]
    assert award_records(article) == []
    # the awards command's unit of work, with a kind to keep (a prize)
    assert [a["name"] for a in award_records_of_kinds(
        article, frozenset({"prize"}), language=OTHER)] == ["Golden Quill Prize"]
    assert award_records_of_kinds(article, frozenset({"prize"})) == []
    case = case_records(article, as_of, language=OTHER)
    assert not isinstance(case, Exception)
    assert {c["field"]: c["value"] for c in case}["detained"] == "3 March 2015"
    english = case_records(article, as_of)
    assert not isinstance(english, Exception)
    assert "detained" not in {c["field"] for c in english}
    rules = explain_records(article, EventFilter(), language=OTHER)
    assert not isinstance(rules, Exception)
    assert {r["token"]: r["rule"] for r in rules}["20"] == "label"
    plain = explain_records(article, EventFilter())
    assert not isinstance(plain, Exception)
    assert {r["token"]: r["rule"] for r in plain}["20"] != "label"
    facts = fact_records(article, as_of, language=OTHER)
    assert not isinstance(facts, Exception) and facts == fact_records(article, as_of)
    hits = hit_records(article, Search(("Franko",)), language=OTHER)
    english_hits = hit_records(article, Search(("Franko",)))
    assert not isinstance(hits, Exception) and not isinstance(english_hits, Exception)
    assert [h["date"] for h in hits.hits] == ["2014-05-05"]
    assert [h["date"] for h in english_hits.hits] != ["2014-05-05"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_runner_takes_the_language_to_its_workers(tmp_path: Path, jobs: int) -> None:
    # (enough articles that two jobs run in worker processes: parallel.MIN_ITEMS)
    from crimea_cli.parallel import MIN_ITEMS

    paths = []
    for i in range(MIN_ITEMS + 6):
        path = tmp_path / f"a{i:03d}.txt"
        path.write_text(f"= A{i} =\n\nOn {i % 9 + 1} червня {1900 + i} the mill opened.\n",
                        encoding="utf-8")
        paths.append(str(path))

    def dates(language: Language | None) -> list[list[str]]:
        work = partial(timeline_records, flt=EventFilter(), language=language)
        with each_article(work, paths, jobs=jobs) as results:
            return [[r["date"] for r in records] for records in results]

    assert dates(OTHER) == [[f"{1900 + i}-06-0{i % 9 + 1}"] for i in range(len(paths))]
    assert dates(None) == [[] for _ in paths]   # English has no such month


@pytest.mark.parametrize("fmt", ["plain", "html", "wikitext"])
def test_every_reader_splits_sentences_in_the_language(fmt: str) -> None:
    from crimea_cli.read import read_text

    body = {"plain": "= A =\n\nShe moved to вул. Franko in 2014. It rained.\n",
            "html": "<html><body><h1>A</h1><p>She moved to вул. Franko in 2014. It rained.</p>"
                    "</body></html>",
            "wikitext": "'''A''' moved to вул. Franko in 2014. It rained.\n"}[fmt]

    def sentences(language: Language | None) -> list[str]:
        return [st.text for st in read_text(body, fmt=fmt, language=language).statements]

    assert any(s.endswith("вул. Franko in 2014.") for s in sentences(OTHER))
    assert not any(s.endswith("вул. Franko in 2014.") for s in sentences(None))
