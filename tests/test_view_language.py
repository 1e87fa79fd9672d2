"""Every word the views for people write is the language's, in its plural forms.

A test-only language writes each word of every table of what the views write
(``view_words``, ``view_counts``, the case's, the facts', the explanations')
marked: "Ŭ·" before it and the case of its letters swapped ("Ŭ·sOURCE: {source}").
Every command in every format for people, at a wide and a narrow width, with
one article and with two, merged and ``--group-by article``, then holds none of
the English words of those tables: what is left of English is the article's own
text, its dates (written in English, see README), and the identifiers of the
output (categories, rules, kinds), which are the same in every language.

The counted words take the plural form the language's rule gives (CLDR
categories): a test language with the rule of Ukrainian writes "1 рік",
"2 роки", "5 років", "21 рік".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crimea_cli import extract_awards, extract_events, parse_article
from crimea_cli import lang as lang_module
from crimea_cli.lang import (
    AWARD_KIND_NAMES,
    CATEGORIES,
    EXPLAIN_DATES,
    EXPLAIN_TOKEN_RULES,
    EXPLAIN_YEAR_RULES,
    PLURAL_RULES,
    Language,
    en,
    plural_category,
)

E = en.LANGUAGE
MARK = "Ŭ·"
WORD_TABLES = ("view_words", "case_labels", "case_phrases", "fact_words",
               "explain_token_reasons", "explain_year_reasons", "explain_date_reasons")
COUNT_TABLES = ("view_counts", "fact_counts")
_PLACEHOLDER = re.compile(r"(\{[A-Za-z_]\w*\})")


def _marked(words: str) -> str:
    """``words`` marked: MARK first, every letter outside a placeholder in
    the other case."""
    return MARK + "".join(p if _PLACEHOLDER.fullmatch(p) else p.swapcase()
                          for p in _PLACEHOLDER.split(words))


MARKED = dataclasses.replace(
    E, code="xz", name="Test marked view words",
    **{t: {k: _marked(v) for k, v in getattr(E, t).items()} for t in WORD_TABLES},
    **{t: {k: {c: _marked(f) for c, f in forms.items()} for k, forms in getattr(E, t).items()}
       for t in COUNT_TABLES})
"""English reading, every word the views write marked."""


def _english_words() -> set[str]:
    """The English words of the tables, each piece between placeholders (of
    three letters or more), as a view would write them."""
    texts = [v for t in WORD_TABLES for v in getattr(E, t).values()]
    texts += [f for t in COUNT_TABLES for forms in getattr(E, t).values()
              for f in forms.values()]
    pieces = {p.strip(" ,:;()·—“”") for text in texts for p in _PLACEHOLDER.split(text)
              if not _PLACEHOLDER.fullmatch(p)}
    return {p for p in pieces if sum(c.isalpha() for c in p) >= 3}


IDENTIFIERS = frozenset({*CATEGORIES, *EXPLAIN_TOKEN_RULES, *EXPLAIN_YEAR_RULES,
                         *EXPLAIN_DATES, *AWARD_KIND_NAMES, "inferred", "relative",
                         "year", "decade", "century", "category", "section", "article"})
"""What the views write the same in every language: the names of
categories, rules, kinds of date and honour, and of the tables of ``stats``
(a word of the tables that is one of them cannot be told from it: it is not
looked for)."""

ONE = ("= Orest Hlyna =\n\n"
       "Orest Hlyna (Ukrainian: Орест Глина; born 5 May 1970 in Lviv) is a journalist.\n\n"
       "== Life ==\nOn 3 March 2015 he was detained in Simferopol.<ref>Kyiv Post</ref>\n\n"
       "In April he was charged under Part 2 of Art. 205 and Art. 278 of the Criminal "
       "Code.\n\n"
       "On 12 May 2017 he was sentenced by the Southern Military Court to 14 years in "
       "a penal colony.\n\n"
       "In 2016 he received the Golden Quill Prize.\n\nHe was released on 7 September 2019.\n\n"
       "In 1998 the 20 members paid 300 rubles; two weeks later it rained.\n\n"
       "On 7 September 2019 he spoke in Kyiv.\n\n"
       "The ferry left at 965 of the clock.\n")
TWO = ("= Ivan Petrenko =\n\nIvan Petrenko\n- Place of birth: Kherson\n\n"
       "Ivan Petrenko (born 2 June 1950) is a teacher.\n\n== Life ==\n"
       "On 4 April 2001 he was detained in Kherson.\n\n"
       "On 1 June 2002 he was sentenced to fourteen years.\n\n"
       "In 1990 he received the Amber Prize, conferred by the Union of Poets.\n\n"
       "In 1991 he received the Birch Medal.\n\nIn 1992 he received the Cedar Prize.\n\n"
       "In 1993 he received the Dune Prize.\n\nIn May he moved to Odesa.\n")
THREE = ("'''Olha Vyshnia''' (born 3 March 1980) is a poet.\n\n== Life ==\n"
         "In 2005 she moved to Poltava.<ref>Poltava Herald, 2005.</ref> "
         "In 2009 she published a book.\n\n== Notes ==\n<references />\n")
FOUR = ("= Lake Sura =\n\nIn 2003 he saw the lake freeze" + " while geese flew over" * 110
        + ", and in 2004 it thawed.\n")
"""Articles with every line of the case and the facts, awards, an inferred
date, numbers not read as dates, two statements of one date and category,
(wikitext) statements with a citation and without one, and a statement too
long to show whole (a search hit clipped, events cut around their dates)."""

COMMANDS: tuple[tuple[str, ...], ...] = (
    ("timeline",), ("timeline", "--explain"), ("awards",), ("facts", "--as-of", "2026-01-01"),
    ("case", "--as-of", "2026-01-01"), ("stats",), ("stats", "--per", "year"),
    ("search", "he"))
HUMAN = ("rich", "table", "oneline", "markdown", "html")


class _Text(HTMLParser):
    """The text of an HTML page's list and tables (``<main>``) and of its
    sources, with the titles and labels of their elements: where a page
    writes the language's words (its frame, the filters and the script, is
    English)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth or tag == "main" or (tag == "p" and a.get("class") == "origin"):
            self.depth += 1
            self.parts += [v for k, v in attrs if k in ("title", "aria-label") and v]

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def _shown(fmt: str, out: str) -> str:
    if fmt != "html":
        return out
    parser = _Text()
    parser.feed(out)
    return "\n".join(parser.parts)


def _left(text: str, words: set[str]) -> list[str]:
    """The English words of the views in ``text``, identifiers aside."""
    return sorted(w for w in words if w not in IDENTIFIERS
                  and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text))


def _runs(tmp_path: Path) -> Iterator[tuple[list[str], str]]:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "three.wiki").write_text(THREE, encoding="utf-8")
    (tmp_path / "four.txt").write_text(FOUR, encoding="utf-8")
    for command in COMMANDS:
        for files in (["one.txt"], ["two.txt"],
                      ["one.txt", "two.txt", "three.wiki", "four.txt"]):
            for fmt in HUMAN:
                for more in ([], ["--group-by", "article"])[:1 if command[0] == "case" else 2]:
                    yield [*command, *files, "-f", fmt, *more], fmt


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Language]:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CRIMEA_CLI_LANGUAGE", raising=False)
    monkeypatch.chdir(tmp_path)
    lang_module.register(MARKED)
    yield MARKED
    lang_module.unregister(MARKED.code)


@pytest.mark.parametrize("width", ["120", "60"])
def test_no_english_word_of_the_tables_is_left_in_any_view(marked: Language, tmp_path: Path,
                                                           width: str) -> None:
    from crimea_cli.cli import app

    runner = CliRunner()
    # (a word the articles hold may be theirs: those are not looked for)
    words = {w for w in _english_words() if not _left(ONE + TWO + THREE + FOUR, {w})}
    assert {"Statement", "text + infobox", "computed", "Not read as dates", "Article",
            "Dates completed from another statement", "year from", "Fact", "Source",
            "statements", "events"} <= words
    seen: set[str] = set()
    for args, fmt in _runs(tmp_path):
        ours = runner.invoke(app, args, env={"COLUMNS": width})
        theirs = runner.invoke(app, [*args, "--language", "xz"], env={"COLUMNS": width})
        assert ours.exit_code == theirs.exit_code == 0, (args, theirs.output)
        assert not _left(_shown(fmt, theirs.stdout), words), (args, theirs.stdout)
        # the English view wrote them (so the check can fail), the marked one marked them
        seen.update(_left(_shown(fmt, ours.stdout), words))
        assert (MARK in theirs.stdout) or not _left(_shown(fmt, ours.stdout), words), args
    assert {"Statement", "text + infobox", "computed", "Not read as dates", "year from",
            "Dates completed from another statement", "Fact", "Value", "Source",
            "Events per year", "statements", "Per category", "… [part of a statement of"} <= seen
    # (the stacked timeline has no "no citation"; a note may be wrapped at 60 columns)
    assert width != "120" or {"no citation", "characters in all; --format json has them]",
                              "in the article]"} <= seen


def test_the_explorer_s_detail_pane_writes_the_language_s_words() -> None:
    pytest.importorskip("textual")
    from crimea_cli.explore import detail, load

    article = parse_article(ONE.replace("In April", "In April 2015", 1) + "\n" + TWO.split(
        "== Life ==\n", 1)[1])
    words = {w for w in _english_words() if not _left(ONE + TWO + THREE + FOUR, {w})}
    for language in (None, MARKED):
        (source,) = load([article], ["one.txt"], dt.date(2026, 1, 1), language)
        for mode, rows in (("events", source.events), ("awards", source.awards),
                           ("case", source.case)):
            for rec in rows:
                shown = detail(source, dict(rec), mode).plain
                left = _left(shown.replace(str(rec.get("text", "")), ""), words)
                if language is MARKED:
                    assert not left, (mode, shown)
                    assert MARK in shown


# --- plural forms ---------------------------------------------------------------

@pytest.mark.parametrize(("rule", "numbers"), [
    ("one-other", {"one": [1], "other": [0, 2, 5, 11, 21, 101]}),
    ("east-slavic", {"one": [1, 21, 31, 101, 1001], "few": [2, 3, 4, 22, 24, 102, 1003],
                     "many": [0, 5, 9, 10, 11, 12, 14, 15, 20, 25, 100, 111, 112, 114]}),
    ("polish", {"one": [1], "few": [2, 4, 22, 24, 102], "many": [0, 5, 11, 12, 14, 21, 25, 111]}),
    ("czech", {"one": [1], "few": [2, 3, 4], "other": [0, 5, 11, 21, 22, 101]}),
    ("other", {"other": [0, 1, 2, 5, 21]}),
])
def test_a_plural_rule_gives_each_number_its_cldr_category(
        rule: str, numbers: Mapping[str, list[int]]) -> None:
    assert set(numbers) == set(PLURAL_RULES[rule])
    for category, ns in numbers.items():
        assert [plural_category(rule, n) for n in ns] == [category] * len(ns), rule
    with pytest.raises(ValueError, match="no plural rule"):
        plural_category("dual", 2)


def _forms(one: str, few: str, many: str) -> dict[str, str]:
    return {"one": "{n} " + one, "few": "{n} " + few, "many": "{n} " + many}


SLAVIC = dataclasses.replace(
    E, code="xu", name="Test east-slavic plurals", plural_rule="east-slavic",
    fact_counts={"years": _forms("рік", "роки", "років"),
                 "months": _forms("місяць", "місяці", "місяців"),
                 "days": _forms("день", "дні", "днів")},
    view_words={**E.view_words, "list_separator": "; "},
    view_counts={k: _forms(k + "-one", k + "-few", k + "-many") for k in E.view_counts},
    fact_words={**E.fact_words, "no_days": "0 днів"},
    case_phrases={**E.case_phrases, "list_last": "{items} і {last}"})
"""English reading; the lengths of time and the counts in three plural forms
(the rule of Ukrainian), and its own list separator."""


def _facts(language: Language | None, detained: str, released: str) -> dict[str, str]:
    from crimea_cli.facts import compute_facts

    text = ("= Ivan Petrenko =\n\nIvan Petrenko (born 2 June 1950) is a teacher.\n\n"
            f"== Life ==\nOn {detained} he was detained in Kherson.\n\n"
            f"He was released on {released}.\n")
    article = parse_article(text)
    return {f.label: f.value for f in compute_facts(article, extract_events(article),
                                                    dt.date(2026, 1, 1), language)}


@pytest.mark.parametrize(("detained", "released", "english", "slavic"), [
    ("4 April 2001", "4 April 2002", "1 year", "1 рік"),
    ("4 April 2001", "4 April 2003", "2 years", "2 роки"),
    ("4 April 2001", "4 April 2006", "5 years", "5 років"),
    ("4 April 2001", "4 April 2012", "11 years", "11 років"),
    ("4 April 2001", "4 April 2022", "21 years", "21 рік"),
    ("4 April 2001", "4 April 2023", "22 years", "22 роки"),
    ("4 April 2001", "5 June 2006", "5 years, 2 months, 1 day", "5 років; 2 місяці; 1 день"),
    ("4 April 2001", "16 May 2001", "1 month, 12 days", "1 місяць; 12 днів"),
    ("4 April 2001", "25 April 2001", "21 days", "21 день"),
    ("4 April 2001", "4 April 2001", "0 days", "0 днів"),
])
def test_lengths_of_time_take_the_language_s_plural_forms(detained: str, released: str,
                                                          english: str, slavic: str) -> None:
    assert _facts(None, detained, released)["Detention to release"] == english
    assert _facts(SLAVIC, detained, released)["Detention to release"] == slavic


def test_counts_of_the_views_take_the_language_s_plural_forms() -> None:
    from crimea_cli.render.as_oneline import oneline_lines
    from crimea_cli.render.grouped import heading

    assert [SLAVIC.counted(SLAVIC.view_counts["events"], n) for n in (1, 2, 5, 21, 1234)] == [
        "1 events-one", "2 events-few", "5 events-many", "21 events-one", "1234 events-few"]
    assert heading("events", "A", [{}] * 21, SLAVIC) == "A — 21 events-one"
    assert heading("events", "A", [{}] * 1234, SLAVIC) == "A — 1,234 events-few"
    assert heading("events", "A", [{}] * 1234) == "A — 1,234 events"
    assert heading("case", "A", [{}]) == "A — 1 line"
    recs = [{"date": "2001", "category": "other", "text": f"In 2001 it rained {i}.",
             "article": "A", "span_start": 3, "span_end": 7} for i in range(5)]
    (line,) = oneline_lines(recs, 80, language=SLAVIC)
    assert "".join(t for t, _ in line).endswith("[5 statements-many]")


def test_a_list_is_joined_with_the_language_s_separator() -> None:
    from crimea_cli.case import case_lines

    text = ("= Orest Hlyna =\n\nOrest Hlyna (born 5 May 1970) is a journalist.\n\n== Life ==\n"
            "On 3 March 2015 he was charged under Article 205, Article 278 and Article 30 of "
            "the Criminal Code.\n")
    article = parse_article(text)
    events = extract_events(article)
    awards = extract_awards(article, events)
    ours, theirs = ({c.field: c.value for c in case_lines(
        article, events, awards, dt.date(2026, 1, 1), "", language)} for language in (None, SLAVIC))
    assert ours["charged"] == "Article 205, Article 278 and Article 30 of the Criminal Code"
    assert theirs["charged"] == "Article 205; Article 278 і Article 30 of the Criminal Code"


@pytest.mark.parametrize(("tables", "message"), [
    ({"plural_rule": "dual"}, "plural_rule must be one of"),
    ({"plural_rule": "east-slavic"}, r"fact_counts\['years'\] must give the forms one, few, many"),
    ({"fact_counts": {**E.fact_counts, "years": {"one": "{n} year"}}},
     r"fact_counts\['years'\] must give the forms one, other"),
    ({"fact_counts": {**E.fact_counts, "years": {"one": "{n} year", "other": "{n} years",
                                                 "few": "{n} years"}}}, "must give the forms"),
    ({"fact_counts": {**E.fact_counts, "years": {"one": "{n} year", "other": "{count} years"}}},
     r"may hold only \{n\}"),
    ({"fact_counts": {"years": E.fact_counts["years"], "days": E.fact_counts["days"]}},
     "fact_counts: lacks 'months'"),
    ({"view_counts": {**E.view_counts, "pages": {"one": "{n} page", "other": "{n} pages"}}},
     "view_counts: has no use for 'pages'"),
    ({"view_counts": {**E.view_counts, "events": "{n} events"}}, "must give the forms"),
    ({"view_words": {**E.view_words, "year_from": "from “{statement}”"}},
     r"view_words\['year_from'\] may hold only \{text\}"),
    ({"view_words": {k: v for k, v in E.view_words.items() if k != "computed"}},
     "view_words: lacks 'computed'"),
])
def test_tables_of_counted_and_view_words_are_checked_when_built(tables: dict[str, Any],
                                                                  message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(E, code="xb", name="Test bad", **tables)


def test_every_key_of_the_view_tables_is_written_by_some_view() -> None:
    # a key no view writes would be a word a translator fills for nothing
    import crimea_cli

    root = Path(crimea_cli.__file__).parent
    code = "\n".join(p.read_text(encoding="utf-8") for p in
                     [*root.glob("*.py"), *(root / "render").glob("*.py")])
    unused = [k for t in ("view_words", "view_counts") for k in getattr(E, t)
              if not re.search(rf"[\"']{re.escape(k)}[\"']", code)
              and k not in ("inferred_from", "relative_from", "inferred", "relative")]
    assert not unused


# --- dates ----------------------------------------------------------------------

MONTHS_ALONE = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
                "серпень", "вересень", "жовтень", "листопад", "грудень")
MONTHS_OF_DAY = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                 "серпня", "вересня", "жовтня", "листопада", "грудня")
DATED = dataclasses.replace(
    SLAVIC, code="xd", name="Test dates", month_names=MONTHS_ALONE,
    month_names_of_day=MONTHS_OF_DAY, ordinal_rule="other", ordinal_forms={"other": "{n}-те"},
    date_words={"day_month_year": "{day} {month} {year} р.", "month_year": "{month} {year} р.",
                "approximate": "бл. {date}", "decade": "{decade}-ті",
                "century": "{ordinal} століття", "before_era": "{date} до н. е.",
                "onwards": "з {date}", "days_of_month": "{first}–{last} {month} {year} р.",
                "months_of_year": "{first}–{last} {year} р.", "range": "{first}–{last}",
                "spaced_range": "{first} — {last}"})
"""English reading; dates written with the words of a test language: the
month of a day in another case than the month alone, no ordinal endings."""


@pytest.mark.parametrize(("edtf", "english", "theirs"), [
    ("2014-05-05", "5 May 2014", "5 травня 2014 р."),
    ("2014-05", "May 2014", "травень 2014 р."),
    ("2014", "2014", "2014"),
    ("1894~", "c. 1894", "бл. 1894"),
    ("2014-05-05~", "c. 5 May 2014", "бл. 5 травня 2014 р."),
    ("199X", "the 1990s", "1990-ті"),
    ("11XX", "the 12th century", "12-те століття"),
    ("20XX", "the 21st century", "21-те століття"),
    ("-0479", "480 BC", "480 до н. е."),
    ("-0479~", "c. 480 BC", "бл. 480 до н. е."),
    ("-03XX", "the 4th century BC", "4-те століття до н. е."),
    ("-047X", "the 470s BC", "470-ті до н. е."),
    ("-0479-03-15", "15 March 480 BC", "15 березня 480 р. до н. е."),
    ("1990/..", "1990 onwards", "з 1990"),
    ("2021-05-05/2021-05-07", "5–7 May 2021", "5–7 травня 2021 р."),
    ("2021-05/2021-06", "May–June 2021", "травень–червень 2021 р."),
    ("1970/1975", "1970–1975", "1970–1975"),
    ("2014-05-05/2015-06", "5 May 2014 – June 2015", "5 травня 2014 р. — червень 2015 р."),
    ("nonsense", "nonsense", "nonsense"),
])
def test_dates_are_written_in_the_language_s_words(edtf: str, english: str, theirs: str) -> None:
    from crimea_cli.humanize import _human_date, human_date

    assert human_date(edtf) == human_date(edtf, E) == _human_date(edtf) == english
    assert human_date(edtf, DATED) == theirs


@pytest.mark.parametrize(("rule", "numbers"), [
    ("english", {"one": [1, 21, 31, 101], "two": [2, 22, 102], "few": [3, 23, 103],
                 "other": [0, 4, 11, 12, 13, 14, 20, 111, 112, 113]}),
    ("other", {"other": [1, 2, 3, 11, 21]}),
])
def test_an_ordinal_rule_gives_each_number_its_cldr_category(
        rule: str, numbers: Mapping[str, list[int]]) -> None:
    from crimea_cli.lang import ORDINAL_RULES, ordinal_category

    assert set(numbers) == set(ORDINAL_RULES[rule])
    for category, ns in numbers.items():
        assert [ordinal_category(rule, n) for n in ns] == [category] * len(ns), rule
    assert [E.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd"]


def test_the_views_write_dates_in_the_language_s_words(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    from crimea_cli.cli import app

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CRIMEA_CLI_LANGUAGE", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    runner = CliRunner()
    lang_module.register(DATED)
    try:
        def run(*args: str) -> str:
            got = runner.invoke(app, [*args, "one.txt", "--language", "xd"],
                                env={"COLUMNS": "120"})
            assert got.exit_code == 0, got.output
            return got.stdout

        case = run("case", "--as-of", "2026-01-01")
        assert "5 травня 1970 р." in case and "12 травня 2017 р." in case
        assert "5 May 1970" not in case
        timeline = run("timeline")
        assert "5 травня 1970 р." in timeline and "квітень 2015 р." in timeline
        assert "March 2015" not in timeline.replace("On 3 March 2015", "")
        for fmt in ("table", "oneline", "markdown", "html"):
            assert "5 травня 1970 р." in run("timeline", "-f", fmt), fmt
        assert "квітень 2015 р." in run("timeline", "--explain")
        facts = run("facts", "--as-of", "2026-01-01")
        assert "5 травня 1970 р." in facts and "4 роки; 6 місяців; 4 дні" in facts
    finally:
        lang_module.unregister("xd")


@pytest.mark.parametrize(("tables", "message"), [
    ({"month_names": MONTHS_ALONE[:11]}, "month_names must name twelve months"),
    ({"month_names_of_day": ()}, "needs a word in: month_names_of_day"),
    ({"ordinal_rule": "roman"}, "ordinal_rule must be one of english, other"),
    ({"ordinal_forms": {"one": "{n}st", "other": "{n}th"}}, "must give the forms one, two"),
    ({"ordinal_forms": {**E.ordinal_forms, "few": "{m}rd"}}, r"may hold only \{n\}"),
    ({"date_words": {**E.date_words, "decade": "the {year}s"}},
     r"date_words\['decade'\] may hold only \{decade\}"),
])
def test_the_tables_of_dates_are_checked_when_built(tables: dict[str, Any],
                                                     message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(E, code="xb", name="Test bad", **tables)


def test_timelinejs_writes_its_display_date_in_the_language_s_words() -> None:
    from crimea_cli.render.as_timelinejs import event, event_json

    rec = {"date": "199X", "category": "other", "text": "In the 1990s it rained.",
           "section": "Life", "article": "A", "start": "1990-01-01", "end": "1999-12-31"}
    assert event(rec)["display_date"] == "the 1990s"  # type: ignore[index]
    assert event(rec, DATED)["display_date"] == "1990-ті"  # type: ignore[index]
    assert '"display_date": "1990-ті"' in str(event_json(rec, "  ", DATED))
    assert '"display_date": "the 1990s"' in str(event_json(rec, "  "))
