"""The template renderer: each template as the page shows it (table tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from crimea_cli.model import Citation
from crimea_cli.read.templates import render

TODAY = dt.date(2026, 12, 1)


def _args(*pos: str, **named: str) -> dict[str, str]:
    out = {str(i): v for i, v in enumerate(pos, 1)}
    out.update(named)
    return out


CASES = [
    # birth, death, start and end dates at the precision they carry
    ("birth date", _args("1986", "5", "5"), "May 5, 1986"),
    ("Birth date", _args("1986", "5", "5", df="y"), "5 May 1986"),
    ("birth_date", _args("1986", "5", "5", df="yes"), "5 May 1986"),
    ("birth date", _args("1986", "5", "5", mf="yes"), "May 5, 1986"),
    ("birth date", _args("1986", "5"), "May 1986"),
    ("birth date", _args("1979"), "1979"),
    ("dob", _args("1990", "12", "31", df="y"), "31 December 1990"),
    ("birth date", _args("5 May 1986"), "5 May 1986"),
    ("birth date and age", _args("1986", "5", "5", df="y"), "5 May 1986 (age 40)"),
    ("birth date and age", _args("1986", "12", "2"), "December 2, 1986 (age 39)"),
    ("bda", _args("1980", "12", "1", df="y"), "1 December 1980 (age 46)"),
    ("birth year and age", _args("1979"), "1979 (age 46–47)"),
    ("birth year and age", _args("1979", "3"), "March 1979 (age 47)"),
    ("death date", _args("1961", "1", "17", df="y"), "17 January 1961"),
    ("death date and age", _args("1961", "1", "17", "1894", "3", "2", df="y"),
     "17 January 1961 (aged 66)"),
    ("death date and age", _args("1961", "1", "17", "1894"),
     "January 17, 1961 (aged 66–67)"),
    ("dda", _args("2001", "6", "1", "1930", "7", "1"), "June 1, 2001 (aged 70)"),
    ("death year and age", _args("2001", "1930"), "2001 (aged 70–71)"),
    ("start date", _args("2014", "3", "18", df="y"), "18 March 2014"),
    ("start date", _args("2014", "3"), "March 2014"),
    ("end date", _args("2016", "11", "2", df="y"), "2 November 2016"),
    ("start date and age", _args("2010", "6", "1", df="y"), "1 June 2010 (age 16)"),
    ("dts", _args("2014", "3", "18"), "March 18, 2014"),
    ("dts", _args("2014", "3", "18", format="dmy"), "18 March 2014"),
    ("dts", _args("2014", "3", "18", format="dmy", abbr="on"), "18 Mar 2014"),
    ("dts", _args("2014", "3"), "March 2014"),
    ("dts", _args("2014-03-18"), "March 18, 2014"),
    ("dts", _args("2014", "Mar", "18", format="dmy"), "18 March 2014"),
    ("date", _args("2014-03-18"), "18 March 2014"),
    ("date", _args("2014-03-18", "mdy"), "March 18, 2014"),
    ("as of", _args("2020", "5"), "As of May 2020"),
    ("as of", _args("2020", lc="y"), "as of 2020"),
    # approximate and flourished
    ("circa", _args("1894"), "c. 1894"),
    ("c.", _args("1894"), "c. 1894"),
    ("circa", _args("1400", "1450"), "c. 1400 – c. 1450"),
    ("circa", _args(), "c."),
    ("floruit", _args("1150"), "fl. 1150"),
    ("fl.", _args("1150", "1160"), "fl. 1150–1160"),
    # languages
    ("lang", _args("uk", "Сервер"), "Сервер"),
    ("lang-uk", _args("Сервер"), "Ukrainian: Сервер"),
    ("lang-crh", _args("Server", translit="Server"), "Crimean Tatar: Server, romanized: Server"),
    ("lang-xx", _args("Text"), "Text"),
    ("langx", _args("pl", "Kraków"), "Polish: Kraków"),
    ("transl", _args("uk", "Serhiy"), "Serhiy"),
    ("transl", _args("uk", "ALA-LC", "Serhii"), "Serhii"),
    # prose
    ("nowrap", _args("12 June 2021"), "12 June 2021"),
    ("nobr", _args("5 May"), "5 May"),
    ("abbr", _args("OSCE", "Organization for Security and Co-operation in Europe"), "OSCE"),
    ("convert", _args("120", "m", "ft"), "120 metres (390 ft)"),
    ("convert", _args("120", "m"), "120 metres (390 ft)"),
    ("convert", _args("1", "km", "mi"), "1 kilometre (0.62 mi)"),
    ("convert", _args("2500", "kg", "lb"), "2,500 kilograms (5,500 lb)"),
    ("convert", _args("120", "m", "ft", abbr="on"), "120 m (390 ft)"),
    ("convert", _args("120", "m", "ft", adj="on"), "120-metre (390 ft)"),
    ("convert", _args("2", "to", "5", "km"), "2 to 5 kilometres (1.2 to 3.1 mi)"),
    ("convert", _args("10", "-", "20", "km"), "10–20 kilometres (6.2–12 mi)"),
    ("convert", _args("25", "C"), "25 degrees Celsius (77 °F)"),
    ("convert", _args("26000", "km2", "sqmi"),
     "26,000 square kilometres (10,000 sq mi)"),
    ("convert", _args("7", "furlong"), "7 furlong"),
    ("marriage", _args("Anna Kowalska", "1925"), "Anna Kowalska (m. 1925)"),
    ("marriage", _args("Anna Kowalska", "1925", "1940", end="div."),
     "Anna Kowalska (m. 1925; div. 1940)"),
    ("ndash", _args(), "–"),
    ("snd", _args(), " – "),
    ("sic", _args("recieved"), "recieved [sic]"),
    ("ill", _args("Ivan Petrenko", "uk", "Іван Петренко"), "Ivan Petrenko"),
    ("ubl", _args("Journalist", "Editor"), "Journalist, Editor"),
    ("plainlist", _args("\n* Journalist\n* Editor\n"), "Journalist, Editor"),
    ("harvnb", _args("Smith", "2010", p="5"), "Smith 2010, p. 5"),
    ("frac", _args("1", "2"), "1/2"),
    # shown as nothing: maintenance, hatnotes, navboxes, unknown templates
    ("citation needed", _args(date="May 2020"), ""),
    ("cn", _args(), ""),
    ("main", _args("Crimea"), ""),
    ("about", _args("the journalist"), ""),
    ("Crimea navbox", _args(), ""),
    ("Ukraine-journalist-stub", _args(), ""),
    ("authority control", _args(), ""),
    ("no such template at all", _args("x", "y"), ""),
    ("efn", _args("A note."), ""),
]


@pytest.mark.parametrize(("name", "args", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_template(name: str, args: dict[str, str], expected: str) -> None:
    assert render(name, args, TODAY) == expected


@pytest.mark.parametrize(("name", "args", "expected"), [
    ("cite web", _args(title="Profile", url="https://example.org/p", date="3 May 2020",
                       publisher="Example News"),
     Citation(title="Profile", url="https://example.org/p", date="3 May 2020",
              publisher="Example News")),
    ("Cite news", _args(title="A story", work="The Daily", year="2019"),
     Citation(title="A story", date="2019", publisher="The Daily")),
    ("citation", _args(title="Report", website="example.org"),
     Citation(title="Report", publisher="example.org")),
    ("sfn", _args("Smith", "2010", p="5"), Citation(text="Smith 2010, p. 5")),
    ("sfnp", _args("Kowal", "2001", pp="3–9"), Citation(text="Kowal 2001, pp. 3–9")),
])
def test_citation_templates(name: str, args: dict[str, str], expected: Citation) -> None:
    assert render(name, args, TODAY) == expected
