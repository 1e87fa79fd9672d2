"""The views of issue 14: ``case``, ``--oneline``; goldens at 60, 80 and 100
columns on the bundled article (``UPDATE_GOLDEN=1`` rewrites them)."""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli import extract_awards, extract_events, parse_article
from crimea_cli.case import CaseLine, case_lines, charges
from crimea_cli.cli import app
from crimea_cli.records import CASE_FIELDS
from crimea_cli.render.as_oneline import cut, merge
from crimea_cli.render.layout import cell_len

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
DEVSET = ROOT / "tests" / "fixtures" / "devset" / "articles"
AS_OF = "2026-01-01"
WIDTHS = (60, 80, 100)


pytestmark = pytest.mark.usefixtures("plain_terminal")   # tests/conftest.py


def run(*args: str, width: int = 100) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width)})
    return result.exit_code, result.stdout, result.stderr


def golden(name: str, out: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


# --- case ----------------------------------------------------------------------


def test_case_on_the_bundled_article_fits_one_screen() -> None:
    code, out, _ = run("case", "--as-of", AS_OF, width=80)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) <= 24 and max(map(cell_len, lines)) <= 80
    # the value column, read across its wrapped lines (the source column left out)
    flat = " ".join(line.removesuffix("text").removesuffix("computed").strip()
                    for line in lines)
    flat = " ".join(flat.split())
    for expected in ("5 May 1986 in Ziadin", "Detained since 21 May 2018",
                     "Part 2 of Art. 205.5, part 1 of Art. 30 and Art. 278 of the Criminal Code",
                     "16 September 2020 by a Russian military court to fourteen years in a "
                     "strict regime penal colony",
                     "2: Order of Merit (2020), Alfred Moses Liberty Award (2025)"):
        assert expected in flat


@pytest.mark.parametrize("width", WIDTHS)
def test_case_golden(width: int) -> None:
    code, out, _ = run("case", "--as-of", AS_OF, width=width)
    assert code == 0
    assert max(map(cell_len, out.splitlines())) <= width
    golden(f"case-{width}.txt", out)


def test_case_json_says_where_each_line_comes_from() -> None:
    code, out, _ = run("case", "--as-of", AS_OF, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert all(tuple(r) == CASE_FIELDS for r in data)
    by_field = {r["field"]: r for r in data}
    assert by_field["sentenced"]["date"] == "2020-09-16"
    assert by_field["sentenced"]["source"] == "text"
    assert "sentenced" in by_field["sentenced"]["text"]
    assert by_field["age"]["source"] == "computed" and by_field["age"]["value"] == "39"
    assert by_field["charged"]["text"].startswith("He was charged")


def test_case_markdown_and_case_insensitive_format() -> None:
    code, out, _ = run("case", "--as-of", AS_OF, "-f", "Markdown")
    assert code == 0
    assert out.startswith("| Field | Value | Source | Statement |")
    assert "| Charged under | Part 2 of Art. 205.5" in out


def test_case_offers_no_calendar_format() -> None:
    code, _, err = run("case", "--format", "ics")
    assert code == 2 and "ics" in err


def test_case_of_an_article_not_about_a_case_shows_what_applies() -> None:
    code, out, _ = run("case", "-a", str(DEVSET / "05_bridge.txt"), "-f", "json")
    fields = [r["field"] for r in json.loads(out)]
    assert code == 0
    assert fields == ["name", "events", "first", "last", "source"]


def test_case_of_two_articles_with_one_title_gives_each_its_screen() -> None:
    wiki, html = (str(ROOT / "tests" / "fixtures" / "readers" / n)
                  for n in ("kalyna.wiki", "kalyna.html"))
    code, out, _ = run("case", wiki, html, "--as-of", AS_OF)
    lines = out.splitlines()
    assert code == 0
    assert lines.count("Oksana Kalyna (Оксана Калина)") == 2
    assert not any(line.startswith("Name ") for line in lines)


CASE_TEXT = """= Ana Roe =

Ana Roe (Ана Рое; born 3 March 1970 in Odesa) is a journalist.

== Case ==
On 4 April 2015 she was arrested in Kherson.
She was accused under Article 110 and Paragraph 3 of Article 258 of the Penal Code of \
organising a protest.
On 9 October 2016 a district court sentenced her to six years of imprisonment.
On 1 June 2019 she was released in a prisoner exchange.
"""


def test_case_rules_on_a_case_written_otherwise() -> None:
    article = parse_article(CASE_TEXT)
    events = extract_events(article)
    rows = {r.field: r for r in case_lines(article, events, extract_awards(article, events),
                                            _dt.date(2020, 1, 1))}
    assert rows["name"].value == "Ana Roe (Ана Рое)"
    assert rows["born"].value == "3 March 1970 in Odesa"
    assert rows["age"].value == "49"
    assert rows["detained"].date == "2015-04-04"
    assert rows["charged"].value == ("Article 110 and Paragraph 3 of Article 258 "
                                     "of the Penal Code")
    assert rows["sentenced"].value == ("9 October 2016 by a district court to six years of "
                                       "imprisonment")
    assert rows["released"].date == "2019-06-01"
    assert (rows["detained"].label, rows["released"].label) == ("Detained on", "Released on")
    assert rows["sentenced"].label == "Sentenced on"
    assert "awards" not in rows


def _case(text: str) -> dict[str, CaseLine]:
    article = parse_article(text)
    events = extract_events(article)
    return {r.field: r for r in case_lines(article, events, extract_awards(article, events),
                                           _dt.date(2024, 1, 1))}


STILL_HELD = """= Lev Marko =

Lev Marko (born 2 February 1981) is a teacher.

== Case ==
On 3 March 2021 Marko was detained at his school.
"""


@pytest.mark.parametrize(("text", "label"), [
    (STILL_HELD, "Detained since"),
    (STILL_HELD + "On 5 May 2022 he was released.\n", "Detained on"),
    (STILL_HELD.replace("at his school", "and held for three days"), "Detained on"),
    (STILL_HELD.replace("at his school", "and questioned overnight"), "Detained on"),
    (STILL_HELD + "He died in custody on 7 July 2023.\n", "Detained on"),
    (STILL_HELD.replace("was detained at his school", "was placed under house arrest for "
                        "two months"), "Detained on"),
    (STILL_HELD + "On 9 September 2022 a court gave him a suspended sentence of two years.\n",
     "Detained on"),
    (STILL_HELD + "On 9 September 2022 a court sentenced him to six years in prison.\n",
     "Detained since"),
])
def test_detained_since_while_the_text_tells_of_no_end(text: str, label: str) -> None:
    rows = _case(text)
    assert rows["detained"].label == label and rows["detained"].date == "2021-03-03"


WAR_TEXT = """= Siege of Varnholm =

Siege of Varnholm (1702–1704)

The Siege of Varnholm was a blockade of a northern port town.

== Course ==
On 4 May 1702 the garrison commander Ivo Brandt was detained by the besiegers.
On 9 June 1703 the envoy Karel Usk died of fever in the camp.
In August 1703 two officers were charged with desertion.
On 1 March 1704 the prisoners were released and the town surrendered.
In 1705 the chronicler Ada Fenn received the Medal of the City.
"""


def test_a_search_alone_is_no_detention() -> None:
    rows = _case(STILL_HELD.replace("Marko was detained at his school",
                                    "police searched Marko's flat and seized his laptop"))
    assert "detained" not in rows
    rows = _case(STILL_HELD.replace("Marko was detained at his school",
                                    "officers searched Marko's flat and took him to the station"))
    assert rows["detained"].label == "Detained since"


def test_case_of_a_war_leaves_out_the_lines_of_a_person() -> None:
    rows = _case(WAR_TEXT)
    assert list(rows) == ["name", "events", "first", "last", "source"]
    assert str(rows["first"].date).startswith("1702")


def test_case_names_the_subject_and_leaves_out_other_peoples_statements() -> None:
    text = STILL_HELD + ("On 9 May 2021 his lawyer Ira Volk was detained too.\n"
                         "On 1 June 2021 Ira Volk was released.\n")
    rows = _case(text.replace("Marko was detained at his school", "police detained a "
                              "neighbour, Oleg Tan"))
    assert "detained" not in rows or rows["detained"].date != "2021-03-03"
    rows = _case(text)
    assert rows["detained"].label == "Detained since"   # Ira Volk's release is not his


def test_a_native_name_drops_the_label_of_its_language() -> None:
    rows = _case("= Ola Rud =\n\nOla Rud (Ukrainian: Оля Руд; born 1990) is a poet.\n")
    assert rows["name"].value == "Ola Rud (Оля Руд)"


@pytest.mark.parametrize(("text", "laws"), [
    ("He was charged under Art. 205.5.", ["Art. 205.5"]),
    ("charged with Part 2 of Art. 205.5 and Art. 278", ["Part 2 of Art. 205.5", "Art. 278"]),
    ("accused under Article 110 (part 2)", ["Article 110 (part 2)"]),
    ("indicted under § 129a of the code", ["§ 129a"]),
    ("charged under articles 3 and 4", ["articles 3"]),
    ("He was charged with treason.", []),
    ("She read 205 pages.", []),
])
def test_charges_as_written(text: str, laws: list[str]) -> None:
    assert charges(text) == laws


# --- oneline -------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_oneline_golden(width: int) -> None:
    code, out, _ = run("timeline", "--oneline", width=width)
    assert code == 0
    lines = out.splitlines()
    assert max(map(cell_len, lines)) <= width
    # the birth is stated twice: one row that says so
    assert len(lines) == 10 and "[2 statements]" in lines[0]
    golden(f"oneline-{width}.txt", out)


def test_oneline_is_a_format_and_json_keeps_every_statement() -> None:
    assert run("timeline", "--oneline")[1] == run("timeline", "-f", "oneline")[1]
    code, _, err = run("timeline", "--oneline", "-f", "json")
    assert code == 2 and err.startswith("crimea-cli: error: --oneline")
    assert len(json.loads(run("timeline", "-f", "json")[1])) == 11


def test_oneline_several_articles_name_each_row() -> None:
    code, out, _ = run("timeline", "--oneline", "-a", str(DEVSET / "04_eminov.txt"),
                       "-a", str(DEVSET / "05_bridge.txt"))
    assert code == 0
    lines = out.splitlines()
    assert all("Ruslan Eminov" in line or "Harbour Street" in line for line in lines)


def test_oneline_for_other_commands() -> None:
    code, out, _ = run("awards", "-f", "oneline", width=60)
    assert code == 0 and out.splitlines()[0].startswith("21 August 2020 award Order of Merit")
    code, out, _ = run("facts", "-f", "oneline", "--as-of", AS_OF, width=60)
    assert code == 0 and "Age on 2026-01-01" in out


def test_merge_counts_same_date_and_category_within_an_article() -> None:
    recs = [{"article": "A", "date": "2018", "category": "detention", "text": "x"},
            {"article": "A", "date": "2018", "category": "detention", "text": "y"},
            {"article": "B", "date": "2018", "category": "detention", "text": "z"},
            {"article": "A", "date": "2018", "category": "trial", "text": "w"}]
    assert [(r.record["text"], r.count) for r in merge(recs)] == [
        ("x", 2), ("z", 1), ("w", 1)]


@pytest.mark.parametrize("width", WIDTHS)
def test_the_default_timeline_lists_the_birth_once_and_says_it_is_stated_twice(
        width: int) -> None:
    code, out, _ = run("timeline", width=width)
    assert code == 0 and max(map(cell_len, out.splitlines())) <= width
    assert sum(line.startswith("5 May 1986") for line in out.splitlines()) == 1
    assert "Lead, Life · 2 statements" in out
    assert "Mustafayev was born on 5 May 1986" not in out
    # the data keep one record per statement
    births = [r for r in json.loads(run("timeline", "-f", "json")[1])
              if r["category"] == "birth"]
    assert [r["section"] for r in births] == ["Lead", "Life"]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_the_table_and_markdown_merge_as_the_timeline_does(fmt: str) -> None:
    code, out, _ = run("timeline", "-f", fmt, width=200)
    assert code == 0 and "Lead, Life · 2 statements" in out
    assert "Mustafayev was born on 5 May 1986" not in out
    code, out, _ = run("timeline", "-f", "csv")
    assert code == 0 and "Mustafayev was born on 5 May 1986" in out


def test_two_files_with_one_title_are_two_articles_to_merge(tmp_path: Path) -> None:
    a, b = tmp_path / "a1.txt", tmp_path / "a2.txt"
    for path, what in ((a, "painted a barn"), (b, "sailed to a small island")):
        path.write_text(f"= Ivan Lis =\n\nIvan Lis is a painter.\n\n== Life ==\n"
                        f"On 5 May 1990 he {what}.\n", encoding="utf-8")
    code, out, _ = run("timeline", "--oneline", str(a), str(b))
    assert code == 0 and len(out.splitlines()) == 2 and "statements]" not in out
    assert "barn" in out and "island" in out
    code, out, _ = run("timeline", str(a), str(b), width=80)
    assert code == 0 and "barn" in out and "island" in out and "2 statements" not in out
    flat = " ".join(out.split())
    assert f"Source of Ivan Lis: {a}" in flat and f"Source of Ivan Lis: {b}" in flat
    # grouped: two headings that tell the files apart, and rows that need not name them
    code, out, _ = run("timeline", "--oneline", "--group-by", "article", str(a), str(b))
    lines = out.splitlines()
    assert code == 0
    assert [line for line in lines if "—" in line] == [f"Ivan Lis ({a}) — 1 event",
                                                        f"Ivan Lis ({b}) — 1 event"]
    assert not any("Ivan Lis" in line for line in lines if "—" not in line)
    data = json.loads(run("stats", str(a), str(b), "-f", "json")[1])
    assert sorted(r["key"] for r in data if r["table"] == "article") == [
        f"Ivan Lis ({a})", f"Ivan Lis ({b})"]


def test_the_timeline_merges_within_an_article_only() -> None:
    from crimea_cli.render.as_rich import merged

    recs = [{"article": "A", "date": "2018", "category": "detention", "section": "Life"},
            {"article": "A", "date": "2018", "category": "detention", "section": "Life › Arrest"},
            {"article": "A", "date": "2018", "category": "detention", "section": "Life"},
            {"article": "B", "date": "2018", "category": "detention", "section": "Life"},
            {"article": "A", "date": "2018-05", "category": "detention", "section": "Life"}]
    assert [r["section"] for r in merged(recs)] == [
        "Life, Life › Arrest · 3 statements", "Life", "Life"]
    assert recs[0]["section"] == "Life"   # the records themselves are not changed


@pytest.mark.parametrize(("text", "width", "shown"), [
    ("short", 10, "short"), ("a longer text", 8, "a longe…"), ("東京東京", 5, "東京…"),
    ("abc", 0, ""),
])
def test_cut(text: str, width: int, shown: str) -> None:
    assert cut(text, width) == shown and cell_len(cut(text, width)) <= max(width, 0)


# --- stats ---------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_stats_golden(width: int) -> None:
    code, out, _ = run("stats", width=width)
    assert code == 0
    assert max(map(cell_len, out.splitlines())) <= width
    assert "Events per decade (11)" in out and "Per category (11)" in out
    golden(f"stats-{width}.txt", out)


def test_stats_bars_are_aligned_and_scaled() -> None:
    from crimea_cli.render.barchart import bar

    assert bar(5, 5, 10, True) == "#" * 10
    assert bar(1, 5, 10, True) == "##"
    assert bar(5, 5, 10, False) == "█" * 10
    assert bar(1, 80, 10, False) == "▏"            # a count above zero shows
    assert bar(0, 5, 10, False) == ""
    code, out, _ = run("stats", "--ascii", width=80)
    lines = [line for line in out.splitlines() if "#" in line]
    starts = {line.index("#") for line in lines[:3]}
    assert code == 0 and len(starts) == 1 and all(set(line) <= set(
        "".join(chr(c) for c in range(32, 127))) for line in out.splitlines())


def test_stats_in_colour_uses_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = run("stats")
    assert code == 0 and "█" in out and "\x1b[" in out


def test_stats_json_csv_and_filters() -> None:
    code, out, _ = run("stats", "-f", "json", "--per", "year", "-c", "award")
    data = json.loads(out)
    assert code == 0
    assert [(r["table"], r["key"], r["count"]) for r in data if r["table"] == "year"] == [
        ("year", str(y), 1 if y in (2020, 2025) else 0) for y in range(2020, 2026)]
    code, out, _ = run("stats", "-f", "csv")
    assert code == 0 and out.splitlines()[0] == "table,key,count,article"


def test_stats_over_a_directory_per_article() -> None:
    code, out, _ = run("stats", "-a", str(DEVSET), "-f", "json")
    data = json.loads(out)
    assert code == 0 and {r["key"] for r in data if r["table"] == "article"} >= {
        "Server Mustafayev", "Harbour Street bridge"}
    code, out, _ = run("stats", "-a", str(DEVSET), "--group-by", "article", "-f", "json")
    data = json.loads(out)
    assert all(r["article"] for r in data) and not any(r["table"] == "article" for r in data)


@pytest.mark.parametrize(("years", "period"), [
    ([2018], "year"), ([2000, 2024], "year"), ([1986, 2025], "decade"),
    ([1500, 1700], "decade"), ([1200, 2000], "century"), ([], "year"),
])
def test_period_is_chosen_by_the_span(years: list[int], period: str) -> None:
    from crimea_cli.stats import choose_period

    assert choose_period(years) == period


def test_periods_between_are_listed_with_zeros() -> None:
    from crimea_cli.stats import count_events

    recs = [{"start": "1911-01-01", "category": "x", "section": "s", "article": "A"},
            {"start": "1945-05-09", "category": "x", "section": "s", "article": "A"}]
    keys = [(c.key, c.count) for c in count_events(recs) if c.table == "decade"]
    assert keys == [("1910s", 1), ("1920s", 0), ("1930s", 0), ("1940s", 1)]
    centuries = [c.key for c in count_events(recs, "century")]
    assert centuries[0] == "20th century"


# --- explain -------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_explain_golden(width: int) -> None:
    code, out, _ = run("timeline", "--explain", width=width)
    assert code == 0
    assert max(map(cell_len, out.splitlines())) <= width
    golden(f"explain-{width}.txt", out)


def test_explain_names_the_rule_of_each_token_on_the_bundled_article() -> None:
    code, out, _ = run("timeline", "--explain", "-f", "json")
    rules = {r["token"]: r["rule"] for r in json.loads(out)}
    assert code == 0
    assert rules["fourteen years"] == "duration"
    assert rules["205.5"] == "label" and rules["278"] == "label"
    assert rules["19"] == "glued"           # COVID-19
    assert rules["2022"] == "subsumed"      # the 2022 Nobel Peace Prize, dated 10 December 2022
    assert "1986" not in rules and "2018" not in rules   # dates are not listed


def test_explain_every_rule_explains_its_own_example() -> None:
    from crimea_cli.explain import RULES, _explain_token, tokens

    for rule in RULES:
        kind, a, b = next(iter(tokens(rule.example)))
        assert _explain_token(kind, rule.example, a, b) is rule, rule.name


def test_explain_names_the_year_rule_that_refused_each_number() -> None:
    # a candidate year the grammar refused is explained by the refusing row of
    # YEAR_RULES itself (its example), with words for people for every one
    from crimea_cli.dates import YEAR_RULES, find_mentions
    from crimea_cli.explain import YEAR_REASONS, explain

    refusing = [r for r in YEAR_RULES if not r.accepts and r.name != "era-bc"]
    # rows that accept refuse too when what follows is no year's ("the 2019–2020 xyz
    # seasons"): the refusal is named by the row of the rule that decided
    also = {"parenthesis", "range", "leads-statement", "glued"}
    assert refusing and {r.name for r in refusing} | also | {"no-evidence"} == set(YEAR_REASONS)
    for r in refusing:
        article = parse_article(f"= T =\n\n== S ==\n{r.example}.\n")
        got = {e.token: e.rule for e in explain(article, extract_events(article))}
        number = re.search(r"[0-9]{3,4}", r.example)
        # (a quantity or a measure is shown with its unit: "2000 rubles")
        assert number and [rule for token, rule in got.items()
                           if token.startswith(number.group())] == [r.name], (r.name, got)
    refused: list[tuple[tuple[int, int], str]] = []
    text = "The score was 1500; then 900 more came."
    find_mentions(text, refused)
    assert [(text[a:b], rule) for (a, b), rule in refused] == [
        ("1500", "no-evidence"), ("900", "three-digit")]
    # a refusal by a rule that names none of its own is named by its row
    for text, number, rule in [("Lanterns: 1998 lanterns were lit.", "1998", "leads-statement"),
                               ("The 2019–2020 xyz seasons ended.", "2019–2020", "range"),
                               ("A mid-1990 lantern ended it.", "1990", "glued")]:
        refused = []
        find_mentions(text, refused)
        assert [(text[a:b], r) for (a, b), r in refused] == [(number, rule)]
        assert rule in YEAR_REASONS
    # the same mentions with and without the list
    assert find_mentions(text) == find_mentions(text, [])


EXPLAIN_TEXT = """= Tester =

== Life ==
In 2015 a court fined her 2000 rubles; she may appeal.
On 3 May she was detained, aged 34.
Two weeks later she was released.
"""


def test_explain_inferred_and_relative_dates_say_where_the_year_came_from() -> None:
    from crimea_cli.explain import explain

    article = parse_article(EXPLAIN_TEXT)
    found = {e.token: e for e in explain(article, extract_events(article))}
    assert found["2000 rubles"].rule == "quantity"
    assert found["may"].rule == "verb"
    assert found["34"].rule == "age"
    assert found["3 May"].rule == "inferred" and found["3 May"].date == "2015-05-03"
    assert found["3 May"].from_text and found["3 May"].from_text.startswith("In 2015")
    assert found["Two weeks later"].rule == "relative"


UNDATED_TEXT = """= Mira Test =

Mira Test is a writer.

== Trial ==
The hearing opened on 20 September before a full room.
Six days later the judge withdrew.

== Exile ==
In 2019 she moved to Lviv.
On 3 March she opened a shop.
Two weeks after the flood the shop closed.

== Notes (2021) ==
On 4 April she returned.
"""


def test_explain_says_a_partial_or_relative_date_found_nothing_to_count_from() -> None:
    from crimea_cli.explain import explain

    article = parse_article(UNDATED_TEXT)
    found = {e.token: e for e in explain(article, extract_events(article))}
    # the whole date, once, with the rule: no year before it in its section
    assert found["20 September"].rule == "no-year"
    assert "20" not in found and "September" not in found
    assert "nothing dated before it in its section" in found["20 September"].reason
    assert found["Six days later"].rule == "no-anchor"
    assert found["Two weeks after the flood"].rule == "anchor-undated"
    assert found["3 March"].rule == "inferred"
    assert found["4 April"].rule == "inferred"   # the heading dates its section
    assert not any(e.rule == "subsumed" for e in found.values())


def test_explain_takes_the_section_filter_and_refuses_calendars() -> None:
    code, out, _ = run("timeline", "--explain", "-s", "awards", "-f", "json")
    assert code == 0 and json.loads(out) == []
    code, _, err = run("timeline", "--explain", "-f", "ics")
    assert code == 2 and err.startswith("crimea-cli: error: --explain")


# --- group by article ------------------------------------------------------------


def test_group_by_article_gives_each_article_its_heading_and_summary() -> None:
    a, b = str(DEVSET / "04_eminov.txt"), str(DEVSET / "05_bridge.txt")
    code, out, _ = run("timeline", a, b, "--group-by", "article", "--oneline", width=80)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Ruslan Eminov — 9 events"
    assert "Harbour Street bridge — 5 events" in lines
    # under its heading a row need not name its article
    assert not any("Harbour" in line for line in lines[1:lines.index("")])
    code, out, _ = run("awards", str(DEVSET), "--group-by", "article")
    assert code == 0
    assert "Server Mustafayev — 2 awards, the latest Alfred Moses Liberty Award (2025)" in out
    code, out, _ = run("facts", a, b, "--group-by", "article", "-f", "markdown")
    assert code == 0 and out.startswith("## Ruslan Eminov — ")
    # the data formats: records ordered by article, each naming it
    code, out, _ = run("timeline", a, b, "--group-by", "article", "-f", "json")
    names = [r["article"] for r in json.loads(out)]
    assert code == 0 and names == sorted(names, key=names.index) and len(set(names)) == 2
    assert names.index("Harbour Street bridge") == names.count("Ruslan Eminov")


WORDS_TEXT = """= Ivan Doe =

Ivan Doe (born 1961) is an engineer.

== Prosecution ==
In March 2011 he was charged with espionage, a charge he denied.
On 2 May 2012 a city court handed him a prison sentence of 3.5 years.
"""


def test_case_reads_charges_in_words_and_a_sentence_of_a_term() -> None:
    article = parse_article(WORDS_TEXT)
    events = extract_events(article)
    rows = {r.field: r for r in case_lines(article, events, [], _dt.date(2020, 1, 1))}
    assert (rows["charged"].label, rows["charged"].value) == ("Charged with", "espionage")
    assert rows["charged"].date == "2011-03"
    assert rows["sentenced"].value == ("2 May 2012 by a city court to a prison sentence of "
                                       "3.5 years")
    assert rows["age"].value == "58–59"
