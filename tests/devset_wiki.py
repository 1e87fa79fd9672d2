"""Wikitext versions of the devset articles, written by hand as edits.

Each article's wikitext is its plain version with a hand-written infobox
template in place of the ``- Key: Value`` lines and the edits below: date
templates in place of dates, links, ``<ref>``s, a table to drop, hatnotes,
maintenance and layout templates, References/External links sections and
categories. The edits name short phrases to change, never whole sentences,
so that the devset's sentences are not copied here: the text comes from the
plain article at test time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEVSET = Path(__file__).parent / "fixtures" / "devset" / "articles"
TABLE = """{| class="wikitable sortable"
|+ %s
! Year !! Event
|-
| 2011 || Opened on 4 March 2011
|-
| 2016 || Closed in May 2016
|}
"""
TAIL = """
== See also ==
* [[List of cases (1990–2020)]]

== References ==
{{Reflist}}

== External links ==
* [https://archive.example.org/%(slug)s Archive page], 2024
{{Authority control}}
{{%(navbox)s}}

[[Category:%(category)s]]
[[Category:Articles with a table]]
"""


@dataclass(frozen=True)
class Recipe:
    """How one devset article becomes wikitext."""

    head: str
    """Templates before the infobox (short description, hatnote, use dmy dates)."""
    infobox: str
    edits: list[tuple[str, str]]
    """(phrase, wikitext) pairs: every occurrence of the phrase is replaced."""
    refs: list[tuple[str, str]] = field(default_factory=list)
    """(phrase, reference): the reference goes right after the phrase's first occurrence."""
    table_after: str = ""
    """The heading line after which the table to drop goes (its section's end)."""
    navbox: str = "Human rights navbox"
    category: str = "Living people"


RECIPES: dict[str, Recipe] = {
    "00_seed": Recipe(
        head="{{Short description|Crimean Tatar human rights defender}}\n"
             "{{About|the human rights defender|the surname|Mustafayev (surname)}}\n"
             "{{Use dmy dates|date=May 2025}}\n",
        infobox="""{{Infobox person
| name        = Server Mustafayev
| image       = Server Mustafayev 2019.jpg
| caption     = Mustafayev in 2019
| birth_place = [[Ziadin]], [[Uzbek Soviet Socialist Republic|Uzbekistan]]
| occupation  = Human rights worker
| nationality = [[Crimean Tatars|Crimean Tatar]]
}}""",
        edits=[
            ("Server Rustemovych Mustafayev (", "'''Server Rustemovych Mustafayev''' ("),
            ("Сервер Рустемович Мустафаєв", "{{lang|uk|Сервер Рустемович Мустафаєв}}"),
            ("born 5 May 1986)", "born {{birth date|1986|5|5|df=y}})"),
            ("on 5 May 1986,", "on {{birth date|1986|5|5|df=y}},"),
            ("organization Crimean Solidarity", "organization [[Crimean Solidarity]]"),
            ("in Ziadin", "in [[Ziadin]]"),
            ("Bakhchysarai", "[[Bakhchysarai]]"),
            ("On 21 May 2018,", "On {{start date|2018|5|21|df=y}},"),
            ("Federal Security Service of the Russian Federation",
             "[[Federal Security Service|Federal Security Service of the Russian Federation]]"),
            ("Simferopol", "[[Simferopol]]"),
            ("Art. 205.5", "[[Criminal Code of Russia|Art. 205.5]]"),
            ("on 2 December 2016", "on {{nowrap|2 December 2016}}"),
            ("Hizb ut-Tahrir", "[[Hizb ut-Tahrir]]"),
            ("In March 2020,", "In {{start date|2020|3}},"),
            ("COVID-19", "[[COVID-19]]"),
            ("On 16 September 2020,", "On {{dts|2020|9|16|format=dmy}},"),
            ("society Memorial", "society [[Memorial (society)|Memorial]]"),
            ("Amnesty International", "[[Amnesty International]]"),
            ("Human Rights Watch", "[[Human Rights Watch]]"),
            ("European Parliament", "[[European Parliament]]"),
            ("On 10 December 2022", "On {{start date|2022|12|10|df=y}}"),
            ("Oleksandra Matviichuk", "[[Oleksandra Matviichuk]]"),
            ("2022 Nobel Peace Prize", "[[2022 Nobel Peace Prize]]"),
            ("Volodymyr Zelensky", "[[Volodymyr Zelenskyy|Volodymyr Zelensky]]"),
            ("Order of Merit", "[[Order of Merit (Ukraine)|Order of Merit]]"),
            ("On 21 August 2020,", "On {{start date|2020|8|21|df=y}},"),
            ("Freedom House", "[[Freedom House]]"),
        ],
        refs=[
            ("[[Crimean Solidarity]].", '<ref name="cs">{{cite web |title=Coordinators '
             '|url=https://monitor.example.org/cs |publisher=Example Monitor |date=2019}}</ref>'),
            ("to [[Simferopol]].", "<ref>{{cite news |title=A search in Bakhchysarai "
             "|url=https://news.example.org/2018/05 |work=Example Daily "
             "|date=21 May 2018}}</ref>"),
            ("penal colony.", '<ref name="cs" />'),
            ("proper treatment.", "{{citation needed|date=April 2020}}"),
            ("by [[Freedom House]].", "{{sfn|Freedom House|2025|p=3}}"),
        ],
        table_after="== Awards ==", navbox="Crimean Tatars navbox", category="1986 births"),
    "01_halvorsen": Recipe(
        head="{{Use mdy dates|date=June 2021}}\n",
        infobox="""{{Infobox scientist
| name        = Mira Halvorsen
| image       = Halvorsen at sea.jpg
| birth_date  = {{birth date|1952|3|3}}
| birth_place = [[Tromsø]], Norway
| occupation  = [[Marine biology|Marine biologist]]
| nationality = Norwegian
| awards      = [[Nansen Medal]] (1998)
}}""",
        edits=[
            ("Mira Halvorsen (born", "'''Mira Halvorsen''' (born"),
            ("(born March 3, 1952)", "(born {{birth date|1952|3|3|mf=yes}})"),
            ("on March 3, 1952, in Tromsø", "on {{birth date|1952|3|3}}, in [[Tromsø]]"),
            ("University of Oslo", "[[University of Oslo]]"),
            ("In September 1976,", "In {{start date|1976|9}},"),
            ("on 14 June 1980", "on {{dts|1980|6|14|format=dmy}}"),
            ("On 2 February 2003,", "On {{start date|2003|2|2|df=y}},"),
            ("In 2011–2012", "In 2011{{ndash}}2012"),
            ("on October 9, 2019", "on {{start date|2019|10|9}}"),
            ("May–June 2021", "May{{ndash}}June 2021"),
            ("Svalbard", "[[Svalbard]]"),
            ("1998: Nansen Medal", "1998: [[Nansen Medal]]"),
            ("Order of St. Olav", "[[Order of St. Olav]]"),
            ("University of Bergen", "[[University of Bergen]]"),
        ],
        refs=[
            ("cod populations.", "<ref>{{cite journal |title=Forty years of cod counts "
             "|journal=Example Journal of Fisheries |date=2018 |url=https://doi.example.org/1}}"
             "</ref>"),
            ("eight seasons.", "{{sfn|Berg|2004|p=12}}"),
        ],
        table_after="== Career ==", navbox="Norwegian scientists", category="1952 births"),
    "02_seitova": Recipe(
        head="{{Short description|Ukrainian journalist}}\n",
        infobox="""{{Infobox person
| name        = Dilyara Seitova
| birth_place = [[Sudak]], Crimea
| occupation  = [[Journalist]]
| nationality = Ukrainian
}}""",
        edits=[
            ("Dilyara Seitova (", "'''Dilyara Seitova''' ("),
            ("Діляра Сеітова", "{{lang|uk|Діляра Сеітова}}"),
            ("born 1979)", "born {{birth year|1979}})"),
            ("in Sudak", "in [[Sudak]]"),
            ("On 11 October 2019,", "On {{start date|2019|10|11|df=y}},"),
            ("Art. 280.1", "[[Criminal Code of Russia|Art. 280.1]]"),
            ("on 3 March 2020", "on {{dts|2020|3|3|format=dmy}}"),
            ("On 25 December 2020,", "On {{end date|2020|12|25|df=y}},"),
            ("Committee to Protect Journalists", "[[Committee to Protect Journalists]]"),
            ("In a statement issued in January 2021",
             "In a statement issued in {{start date|2021|1}}"),
            ("U.S. Department of State", "[[United States Department of State|U.S. "
             "Department of State]]"),
            ("The OSCE Representative",
             "The {{abbr|OSCE|Organization for Security and Co-operation in Europe}} "
             "Representative"),
            ("In November 2021", "In {{start date|2021|11}}"),
            ("Free Media Award", "[[Free Media Awards|Free Media Award]]"),
        ],
        refs=[
            ("two laptops.", '<ref name="k">{{cite news |title=Search at a reporter\'s home '
             '|url=https://news.example.org/2019/10/11 |work=Example Daily}}</ref>'),
            ("2.5 years.", '<ref name="k"/><ref>{{cite web |title=Verdict |publisher=Example '
             'Court Watch |date=25 December 2020}}</ref>'),
        ],
        table_after="== Prosecution ==", navbox="Journalists navbox",
        category="Ukrainian journalists"),
    "03_wierzba": Recipe(
        head="{{Use dmy dates|date=June 2024}}\n{{Distinguish|Tomasz Wierzbicki}}\n",
        infobox="""{{Infobox architect
| name        = Tomasz Wierzba
| birth_date  = 1890s
| birth_place = [[Lublin]]
| death_date  = {{death date|1961|1|17|df=y}}
| death_place = [[Kraków]]
| occupation  = Architect
}}""",
        edits=[
            ("Tomasz Wierzba (c. 1894 – 17 January 1961)",
             "'''Tomasz Wierzba''' ({{circa|1894}} – {{death date|1961|1|17|df=y}})"),
            ("Polish architect", "[[Poland|Polish]] [[architect]]"),
            ("in Vienna", "in [[Vienna]]"),
            ("Municipal Savings Bank", "[[Municipal Savings Bank (Kraków)|Municipal Savings "
             "Bank]]"),
            ("1928–1929", "1928{{ndash}}1929"),
            ("on 1 September 1930", "on {{start date|1930|9|1|df=y}}"),
            ("(1946–1958)", "(1946{{ndash}}1958)"),
            ("died on 17 January 1961", "died on {{death date|1961|1|17|df=y}}"),
            ("Rakowicki Cemetery", "[[Rakowicki Cemetery]]"),
            ("from 12 May to 30 June 1994", "from {{nowrap|12 May}} to {{nowrap|30 June 1994}}"),
        ],
        refs=[
            ("were lost in 1915.", "<ref>Nowak, J. ''Architects of Lublin''. Lublin, 1999.</ref>"),
            ("four days later.", "{{sfn|Nowak|1999|pp=40–41}}"),
        ],
        table_after="== Life ==", navbox="Polish architects", category="1961 deaths"),
    "04_eminov": Recipe(
        head="{{Short description|Crimean Tatar lawyer}}\n{{More citations needed|date=2023}}\n",
        infobox="""{{Infobox person
| name        = Ruslan Eminov
| birth_place = [[Bakhchysarai]], [[Crimea]]
| occupation  = {{hlist|Lawyer|human rights defender}}
| nationality = [[Crimean Tatars|Crimean Tatar]]
}}""",
        edits=[
            ("Ruslan Eminov (born", "'''Ruslan Eminov''' (born"),
            ("born 12 April 1983", "born {{birth date|1983|4|12|df=y}}"),
            ("Taurida National University", "[[Taurida National University]]"),
            ("On 5 July 2019,", "On {{start date|2019|7|5|df=y}},"),
            ("in Simferopol", "in [[Simferopol]]"),
            ("On 9 December 2016,", "On {{dts|2016|12|9|format=dmy}},"),
            ("Front Line Defenders Award", "[[Front Line Defenders]] Award"),
            ("Order of Merit", "[[Order of Merit (Ukraine)|Order of Merit]]"),
            ("In October 2022", "In {{start date|2022|10}}"),
            ("Sakharov Prize", "[[Sakharov Prize]]"),
        ],
        refs=[
            ("politically motivated cases.", "<ref>{{cite web |title=Defenders at risk "
             "|url=https://defenders.example.org/eminov |date=9 December 2016}}</ref>"),
            ("without charge.", "{{cn|date=July 2019}}"),
        ],
        table_after="== Career ==", navbox="Crimean Tatars navbox", category="1983 births"),
    "05_bridge": Recipe(
        head="{{Short description|Footbridge in Lindqvist}}\n",
        infobox="""{{Infobox bridge
| name     = Harbour Street bridge
| image    = Harbour Street bridge.jpg
| carries  = Pedestrians and cyclists
| crosses  = The harbour
| locale   = [[Lindqvist]]
| material = Steel
}}""",
        edits=[
            ("The Harbour Street bridge is", "The '''Harbour Street bridge''' is"),
            ("town of Lindqvist", "town of [[Lindqvist]]"),
            ("April Rowe", "[[April Rowe]]"),
            ("120 metres", "{{convert|120|m|ft}}"),
            ("2500 kg", "{{convert|2500|kg|lb}}"),
        ],
        refs=[
            ("during repairs.", "<ref>{{cite news |title=Bridge works |work=Lindqvist Gazette "
             "|date=March 2024}}</ref>"),
        ],
        table_after="== History ==", navbox="Bridges of Lindqvist", category="Footbridges"),
}


def wikitext(slug: str) -> str:
    """The wikitext version of the devset article ``slug``."""
    recipe = RECIPES[slug]
    lines = (DEVSET / f"{slug}.txt").read_text(encoding="utf-8").split("\n")
    i = 1                                   # past "= Title ="
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i + 1 < len(lines) and lines[i + 1].startswith("- "):   # the plain infobox
        while i < len(lines) and lines[i].strip():
            i += 1
    body = "\n".join("* " + line[2:] if line.startswith("- ") else line for line in lines[i:])
    for old, new in recipe.edits:
        assert old in body, (slug, old)
        body = body.replace(old, new)
    for after, ref in recipe.refs:
        assert after in body, (slug, after)
        at = body.index(after) + len(after)
        body = body[:at] + ref + body[at:]
    if recipe.table_after:
        at = body.index(recipe.table_after)
        nxt = body.find("\n==", at + len(recipe.table_after))
        nxt = len(body) if nxt < 0 else nxt
        body = body[:nxt] + "\n\n" + TABLE % f"Timeline of {slug}" + body[nxt:]
    tail = TAIL % {"slug": slug, "navbox": recipe.navbox, "category": recipe.category}
    return recipe.head + recipe.infobox + "\n" + body.rstrip() + "\n" + tail
