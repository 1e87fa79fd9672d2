"""Events: fixture articles against their gold, the bundled article exactly,
and the resolution rules for inferred and relative dates."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from crimea_cli import Kind, extract_awards, extract_events, parse_article, read_article

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = Path(__file__).resolve().parents[1] / "data" / "seed.txt"
GOLD = sorted(FIXTURES.glob("*/gold/*.json"))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem for p in GOLD])
def test_fixture_article_matches_gold(gold_path: Path) -> None:
    """Every gold (date, anchor) is found, and every event is a gold one."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = read_article(gold_path.parents[1] / "articles" / gold["article"])
    events = extract_events(article)
    pairs = [(ev["date"], _norm(a), ev["kind"]) for ev in gold["events"] for a in ev["anchors"]]
    got = [(e.date.edtf, _norm(e.text), e.kind.value) for e in events]
    missing = [(d, a) for d, a, _ in pairs if not any(gd == d and a in t for gd, t, _ in got)]
    extra = [(d, t[:60]) for d, t, _ in got if not any(d == gd and a in t for gd, a, _ in pairs)]
    assert missing == [] and extra == []
    for d, t, kind in got:
        kinds = {k for gd, a, k in pairs if gd == d and a in t}
        assert kind in kinds, (d, t[:60])

    awards = extract_awards(article)
    names = [(_norm(a.name), a.date.edtf if a.date else None) for a in awards]
    for g in gold["awards"]:
        assert any((_norm(g["name"]) in n or n in _norm(g["name"])) and d == g["date"]
                   for n, d in names), g
    assert len(awards) == len(gold["awards"])


def test_bundled_article_golden() -> None:
    """The bundled article: exactly its dated statements, nothing else."""
    events = extract_events(read_article(SEED))
    got = [(e.date.edtf, e.section, e.text[:30]) for e in events]
    assert got == [
        ("1986-05-05", "Lead", "Server Rustemovych Mustafayev "),
        ("1986-05-05", "Life", "Mustafayev was born on 5 May 1"),
        ("2014", "Life", "In 2014 Mustafayev began to ac"),
        ("2016-12-02", "Life", "Mustafayev's lawyer said that "),
        ("2018-05-21", "Life", "On 21 May 2018, officers of th"),
        ("2018-06", "Reaction", "In June 2018 the European Parl"),
        ("2020-03", "Life", "In March 2020, the Ukrainian g"),
        ("2020-08-21", "Awards", "On 21 August 2020, Mustafayev "),
        ("2020-09-16", "Life", "On 16 September 2020, Mustafay"),
        ("2022-12-10", "Reaction", "On 10 December 2022 Oleksandra"),
        ("2025-05-21", "Awards", "On 21 May 2025, Mustafayev was"),
    ]
    # ten distinct dates; the birth date is stated in two statements
    assert len({e.date.edtf for e in events}) == 10
    assert all(e.kind is Kind.EXPLICIT and e.article == "Server Mustafayev" for e in events)
    spans = [e.text[e.date.span[0]:e.date.span[1]] for e in events]
    for phrase in ("fourteen years", "up to 20 years", "Art. 205.5", "2022 Nobel Peace Prize"):
        assert not any(phrase in s or s in phrase for s in spans), phrase
    # the 2022 Nobel Peace Prize is subsumed by 10 December 2022
    nobel = [e for e in events if "Nobel" in e.text]
    assert [e.date.edtf for e in nobel] == ["2022-12-10"]


def test_order_is_by_start_then_position() -> None:
    a = parse_article("= T =\n\nIn 2001 B happened. On 5 May 2001 A happened. In 1999 C happened.")
    assert [e.date.edtf for e in extract_events(a)] == ["1999", "2001", "2001-05-05"]


def _events(body: str) -> list[tuple[str, str]]:
    a = parse_article("= T =\n\n== S ==\n" + body)
    return [(e.date.edtf, e.kind.value) for e in extract_events(a)]


def test_inferred_takes_the_year_of_the_nearest_explicit_date() -> None:
    assert _events("On 11 October 2019 police came. On October 14 a court ruled.") == [
        ("2019-10-11", "explicit"), ("2019-10-14", "inferred")]


def test_inferred_needs_an_explicit_date_in_the_same_section() -> None:
    a = parse_article("= T =\n\n== A ==\nOn 11 October 2019 police came.\n\n"
                      "== B ==\nOn October 14 a court ruled.")
    assert [e.date.edtf for e in extract_events(a)] == ["2019-10-11"]


def test_a_list_of_days_without_a_year_is_inferred() -> None:
    assert _events("On 11 March 2019 he was detained. On 14 and 15 March the court sat.") == [
        ("2019-03-11", "explicit"), ("2019-03-14", "inferred"), ("2019-03-15", "inferred")]


def test_two_days_after_a_month_are_inferred() -> None:
    assert _events("The army moved in April 1865. On May 4 and 5 the last units gave up.") == [
        ("1865-04", "explicit"), ("1865-05-04", "inferred"), ("1865-05-05", "inferred")]


def test_a_range_of_days_without_a_year_is_one_inferred_interval() -> None:
    assert _events("In May 1944 it began. On 18–20 May people were deported. "
                   "On September 3–4 and 7 October the court sat.") == [
        ("1944-05", "explicit"), ("1944-05-18/1944-05-20", "inferred"),
        ("1944-09-03/1944-09-04", "inferred"), ("1944-10-07", "inferred")]
    # the calendar of the inferred year still holds: no 29 February in 2019
    assert _events("In 2019 it began. On 28–29 February it ended.") == [("2019", "explicit")]


def test_a_month_alone_takes_the_year_of_the_nearest_explicit_date() -> None:
    assert _events("On 2 March 1941 the pact was signed. In April the army withdrew. "
                   "By early October the port was closed.") == [
        ("1941-03-02", "explicit"), ("1941-04", "inferred"), ("1941-10", "inferred")]


def test_a_range_of_months_alone_is_one_inferred_interval() -> None:
    assert _events("The siege began in 1683. It lasted from May to November.") == [
        ("1683", "explicit"), ("1683-05/1683-11", "inferred")]
    # a range that wraps the year ends in the next one
    assert _events("The war resumed in 1920. Fighting went on from October to March.") == [
        ("1920", "explicit"), ("1920-10/1921-03", "inferred")]


# The narrative's time: a date mentioned in passing does not give its year to
# the partial dates that follow (rules named by events.aside_rule).
NARRATIVE = [
    # a comparison
    ("The river rose in March 1927, the highest level since 1881. On 4 April the dam broke.",
     [("1881", "explicit"), ("1927-03", "explicit"), ("1927-04-04", "inferred")]),
    # a plan or forecast
    ("The rebels attacked in 1912, ahead of a rising planned for 1913. On 9 May they took "
     "the fort.", [("1912", "explicit"), ("1912-05-09", "inferred"), ("1913", "explicit")]),
    # a retrospective aside far from the running time
    ("The fleet sailed in 1916. Letters published in 1971 showed that on 2 June the admiral "
     "hesitated.", [("1916", "explicit"), ("1916-06-02", "inferred"), ("1971", "explicit")]),
    # a far year that opens its statement moves the narrative
    ("The fleet sailed in 1916. In 1925 the navy was cut. On 2 June a cruiser sank.",
     [("1916", "explicit"), ("1925", "explicit"), ("1925-06-02", "inferred")]),
    # a near year moves it wherever it stands
    ("The fleet sailed in 1916. The navy was cut in 1917. On 2 June a cruiser sank.",
     [("1916", "explicit"), ("1917", "explicit"), ("1917-06-02", "inferred")]),
    # a range of years that holds the running time restates it: it does not move it
    ("The fort fell on 5 November 1854. Through the winter of 1854–55 the garrison starved. "
     "On 14 November a storm sank the fleet.",
     [("1854/1855", "explicit"), ("1854-11-05", "explicit"), ("1854-11-14", "inferred")]),
    ("The treaty was signed on 2 March 1712, in the middle of the war (1710–1714). On 9 April "
     "the envoys left.",
     [("1710/1714", "explicit"), ("1712-03-02", "explicit"), ("1712-04-09", "inferred")]),
    # ... a single year is a frame: it does
    ("The fort fell in December 1854. In 1854 the garrison had starved. On 14 April a storm "
     "sank the fleet.",
     [("1854", "explicit"), ("1854-04-14", "inferred"), ("1854-12", "explicit")]),
    # a day that the chosen year does not have gives nothing, not another year
    ("The siege began in 1917, as in 1916. On 29 February the walls fell.",
     [("1916", "explicit"), ("1917", "explicit")]),
]


@pytest.mark.parametrize(("body", "expected"), NARRATIVE)
def test_dates_in_passing_do_not_move_the_narrative(body: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert _events(body) == expected


def test_aside_rules_have_names() -> None:
    from crimea_cli.dates import find_dates
    from crimea_cli.events import aside_rule

    def rule(text: str, running: str) -> str:
        (ref,) = find_dates(running)
        return aside_rule(text, find_dates(text)[0], ref)

    assert rule("It was the worst flood since 1881.", "in 1927") == "since"
    assert rule("The offensive was scheduled for 1976.", "in 1975") == "plan"
    assert rule("Papers released in 2005 showed it.", "in 1964") == "far"
    assert rule("In 2005 the papers were released.", "in 1964") == ""
    assert rule("The winter of 1854–55 was cold.", "on 5 November 1854") == "contains"
    assert rule("In 1854 it was cold.", "on 5 November 1854") == ""


def test_partial_dates_roll_over_into_the_next_year() -> None:
    # narratives run forwards: a month half a year or more before the
    # reference's month is in the next year
    assert _events("The army reached the coast in December 1864. On April 1 the city fell.") == [
        ("1864-12", "explicit"), ("1865-04-01", "inferred")]
    assert _events("The army reached the coast in December 1864. By January it had turned "
                   "north.") == [("1864-12", "explicit"), ("1865-01", "inferred")]
    # a range that wraps the year and holds the reference's month
    assert _events("The ports froze in January 1945. Convoys sailed from October to March.") == [
        ("1944-10/1945-03", "inferred"), ("1945-01", "explicit")]
    # a statement's latest date is the narrative's time after it
    assert _events("By May 1943 the army, beaten in late 1942, had withdrawn. In June it "
                   "rested.") == [("1942", "explicit"), ("1943-05", "explicit"),
                                  ("1943-06", "inferred")]
    # ... not a day a few months back, and not from a year
    assert _events("The army reached the coast in December 1864. On 9 October it had "
                   "left the hills.") == [("1864-10-09", "inferred"), ("1864-12", "explicit")]
    assert _events("The army reached the coast in 1864. On April 1 the city fell.") == [
        ("1864", "explicit"), ("1864-04-01", "inferred")]


def test_headings_anchor_their_sections() -> None:
    a = parse_article("= T =\n\nLead text.\n\n== The war in the north, 1775–1780 ==\n"
                      "On 3 May the fort fell. The following year the army left.\n\n"
                      "=== The siege ===\nIn June the town held.\n\n== Exile (1980–1986) ==\n"
                      "In April he moved to Paris.\n\n=== 1941 ===\nOn 22 June the war began.\n")
    got = [(e.date.edtf, e.kind.value) for e in extract_events(a)]
    assert got == [("1775-05-03", "inferred"), ("1775-06", "inferred"), ("1776", "relative"),
                   ("1941-06-22", "inferred"), ("1980-04", "inferred")]
    # the heading is not a statement, but it is what the date was resolved from
    ev = next(e for e in extract_events(a) if e.date.edtf == "1775-05-03")
    assert ev.resolved_from is not None
    assert ev.resolved_from.statement.text == "The war in the north, 1775–1780"
    assert a.text[ev.resolved_from.statement.start:ev.resolved_from.statement.end] == (
        "The war in the north, 1775–1780")


def test_recurring_days_are_not_inferred() -> None:
    assert _events("On 18 May 1944 the deportation began. Every year on 18 May, people "
                   "commemorate the victims.") == [("1944-05-18", "explicit")]


def test_inferred_checks_the_calendar() -> None:
    assert _events("In 2019 it began. On 29 February it ended.") == [("2019", "explicit")]
    assert _events("In 2020 it began. On 29 February it ended.") == [
        ("2020", "explicit"), ("2020-02-29", "inferred")]


def test_relative_at_the_precision_of_its_unit() -> None:
    assert _events("The trial opened on 3 March 2020. Two weeks later it stopped.") == [
        ("2020-03-03", "explicit"), ("2020-03-17", "relative")]
    assert _events("In May–June 2021 she sailed. The following year she retired.") == [
        ("2021-05/2021-06", "explicit"), ("2022", "relative")]
    assert _events("On 31 January 2020 he left. A month later he came back.") == [
        ("2020-01-31", "explicit"), ("2020-02", "relative")]
    assert _events("He died on 17 January 1961 and was buried four days later.") == [
        ("1961-01-17", "explicit"), ("1961-01-21", "relative")]
    # a decade: the decade of the shifted year
    assert _events("The party split in 1965. Almost two decades earlier its founder had "
                   "warned them.") == [("194X", "relative"), ("1965", "explicit")]
    assert _events("The party split in 1965. A decade later it was banned.") == [
        ("1965", "explicit"), ("197X", "relative")]


RELATIVE = [
    ("The siege began on 3 May 1683. By the end of the month the walls were breached.",
     [("1683-05", "relative"), ("1683-05-03", "explicit")]),
    ("The siege began on 3 May 1683. At the end of the year the army withdrew.",
     [("1683", "relative"), ("1683-05-03", "explicit")]),
    ("The siege began on 3 May 1683. Later that month the walls were breached.",
     [("1683-05", "relative"), ("1683-05-03", "explicit")]),
    ("The siege began on 3 May 1683. The day following saw the first sortie.",
     [("1683-05-03", "explicit"), ("1683-05-04", "relative")]),
    ("The truce was signed on 3 May 1683 and ended in November of the same year.",
     [("1683-05-03", "explicit"), ("1683-11", "relative")]),
    ("The truce was signed in 1683. In March of the following year the war resumed.",
     [("1683", "explicit"), ("1684-03", "relative")]),
    ("The army arrived in 1683 and took that year's harvest.",
     [("1683", "explicit")]),
    # a phrase anchored on an undated event gives nothing
    ("The siege began on 3 May 1683. The day following the sortie was quiet.",
     [("1683-05-03", "explicit")]),
    # ... and after a step from an undated base the next phrase has nothing to count from
    ("The hearing opened on 25 November 2019. The ruling came three days after Christmas. "
     "The court closed the centre the next day.", [("2019-11-25", "explicit")]),
    ("The siege began on 3 May 1683 and two weeks into the siege the well ran dry. The "
     "following day the gate fell.", [("1683-05-03", "explicit")]),
    # a step that resolved, or a step of hours, leaves a base
    ("The troops landed on 6 June 1944. Eight days after the landing they took the town. "
     "The next day they rested.",
     [("1944-06-06", "explicit"), ("1944-06-14", "relative"), ("1944-06-15", "relative")]),
    ("The raid began on 3 May 1944. Three hours before the raid the sirens sounded. The "
     "following day it rained.", [("1944-05-03", "explicit"), ("1944-05-04", "relative")]),
    # "within a week": the days from the base to a week after it
    ("The siege began on 3 May 1683. Within a week the outer wall fell.",
     [("1683-05-03", "explicit"), ("1683-05-03/1683-05-10", "relative")]),
    ("The strike began on 28 April 1926; within three days the docks were shut.",
     [("1926-04-28", "explicit"), ("1926-04-28/1926-05-01", "relative")]),
    ("The strike began on 1 April 1926. Within a fortnight it had reached the mines.",
     [("1926-04-01", "explicit"), ("1926-04-01/1926-04-15", "relative")]),
    ("The strike began on 1 April 1926. Within two weeks it had reached the mines.",
     [("1926-04-01", "explicit"), ("1926-04-01/1926-04-15", "relative")]),
    # ... which dates no day a later phrase could count from
    ("The siege began on 3 May 1683. Within a week the outer wall fell. The next day the "
     "garrison surrendered.", [("1683-05-03", "explicit"), ("1683-05-03/1683-05-10", "relative")]),
    # ... nothing from a base coarser than a day, and nothing from a vague span
    ("The unrest grew in May 1683. Within a week the army had withdrawn.",
     [("1683-05", "explicit")]),
    ("The march set off on 9 May 1683; within days it had reached the coast.",
     [("1683-05-09", "explicit")]),
    # ... in the statement of its base too, and a month is no modal ("May")
    ("The offensive opened on 9 May 1811 and stalled within a fortnight.",
     [("1811-05-09", "explicit"), ("1811-05-09/1811-05-23", "relative")]),
    ("The offensive opened on 9 June 1811 and may have stalled within a fortnight.",
     [("1811-06-09", "explicit")]),
    # ... nor from an obligation, a plan or a condition
    ("The envoy arrived on 2 March 1851. The rebels were ordered to leave within a week.",
     [("1851-03-02", "explicit")]),
    ("The council met on 3 April 1855. The governor promised to resign within two weeks.",
     [("1855-04-03", "explicit")]),
    # ... nor from a negation, a failure, an infinitive, or a vague or long span
    ("The siege began on 4 July 1843. The town did not fall within a week.",
     [("1843-07-04", "explicit")]),
    ("The siege began on 4 July 1843. The truce was to take effect within a week.",
     [("1843-07-04", "explicit")]),
    ("The siege began on 4 July 1843. Within a week or two the town fell.",
     [("1843-07-04", "explicit")]),
    ("The siege began on 4 July 1843. Within 100 weeks the town was rebuilt.",
     [("1843-07-04", "explicit")]),
    # ... while a name, a participle, "due to" and a clause of its own are none of these
    ("The siege began on 4 July 1843. Will Carver's battalion reached the town within a week.",
     [("1843-07-04", "explicit"), ("1843-07-04/1843-07-11", "relative")]),
    ("The siege began on 4 July 1843. Due to heavy rains the bridge fell within a week.",
     [("1843-07-04", "explicit"), ("1843-07-04/1843-07-11", "relative")]),
    ("The siege began on 4 July 1843. He heard of it and within a week he resigned.",
     [("1843-07-04", "explicit"), ("1843-07-04/1843-07-11", "relative")]),
    ("The siege began on 4 July 1843. The king returned to power within a week.",
     [("1843-07-04", "explicit"), ("1843-07-04/1843-07-11", "relative")]),
    ("The siege began on 4 July 1843. Should the talks fail within a week, the war resumes.",
     [("1843-07-04", "explicit")]),
    ("The siege began on 4 July 1843. No town fell within a week.",
     [("1843-07-04", "explicit")]),
    # a span of months or years is a duration (the contract's "within 18 months")
    ("A fire destroyed the mill on 5 June 1852. It was rebuilt within 18 months.",
     [("1852-06-05", "explicit")]),
    ("A fire destroyed the mill on 5 June 1852. It was rebuilt within two years.",
     [("1852-06-05", "explicit")]),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVE)
def test_relative_phrases_from_the_running_time(body: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert _events(body) == expected


# "eight days after the landing": counted from the landing only when the text
# dates it, near the words that name it
ANCHORED = [
    ("The troops landed on 6 June 1944. Eight days after the landing they took the town.",
     [("1944-06-06", "explicit"), ("1944-06-14", "relative")]),
    # of a statement's dates, the one the event's words stand by
    ("The troops landed on 6 June 1944 and took the town on 20 June. A week after the "
     "landing the port opened.",
     [("1944-06-06", "explicit"), ("1944-06-13", "relative"), ("1944-06-20", "inferred")]),
    ("Paris fell on 14 June 1940. Eight days after the fall of Paris a truce was signed.",
     [("1940-06-14", "explicit"), ("1940-06-22", "relative")]),
    ("On 7 December 1941 bombers struck Pearl Harbor. Four days after Pearl Harbor, war "
     "was declared.", [("1941-12-07", "explicit"), ("1941-12-11", "relative")]),
    ("The troops landed on 6 June 1944. Two days before the landing, bombers struck.",
     [("1944-06-04", "relative"), ("1944-06-06", "explicit")]),
    ("The vote was held in March 1950. Two months after the vote, he resigned.",
     [("1950-03", "explicit"), ("1950-05", "relative")]),
    # within one statement, from an earlier date of it
    ("The fleet sailed on 2 May 1588, and ten days after the sailing a storm broke.",
     [("1588-05-02", "explicit"), ("1588-05-12", "relative")]),
    ("Her son was born on 3 May 1950. A year after the birth of her son she moved.",
     [("1950-05-03", "explicit"), ("1951", "relative")]),
    ("She married a printer in June 1926; a year after the wedding they moved.",
     [("1926-06", "explicit"), ("1927", "relative")]),
    ("She married a printer in June 1926. Two years after the marriage she left.",
     [("1926-06", "explicit"), ("1928", "relative")]),
    # a clause after "after": its verb and subject near a date
    ("The envoy arrived on 3 May 1950. Two days after the envoy arrived, talks began.",
     [("1950-05-03", "explicit"), ("1950-05-05", "relative")]),
    ("The war ended on 2 September 1945. A month after the war ended, the camps emptied.",
     [("1945-09-02", "explicit"), ("1945-10", "relative")]),
    ("The king was crowned on 3 May 1950. Two days after the king arrived, rain fell.",
     [("1950-05-03", "explicit")]),
    # the event is not dated, or only by a year: nothing
    ("In 1944 the troops landed. Eight days after the landing they took the town.",
     [("1944", "explicit")]),
    ("The troops came ashore on 6 June 1944. Eight days after the landing they took the town.",
     [("1944-06-06", "explicit")]),
    ("The troops landed on 6 June 1944. Eight days after the surrender the town was calm.",
     [("1944-06-06", "explicit")]),
    # "after" a lasting event counts from its end, which a start date does not give
    ("The siege began on 3 May 1683. Ten days after the siege the town fell.",
     [("1683-05-03", "explicit")]),
    ("The battle began on 1 July 1916. Ten days after the battle the rains came.",
     [("1916-07-01", "explicit")]),
    # a mention of an event that did not happen then dates nothing
    ("The governor considered surrender on 2 August 1683. Two weeks after the surrender the "
     "duke entered.", [("1683-08-02", "explicit")]),
    ("The envoys discussed a ceasefire on 2 August 1683. A week after the ceasefire, trade "
     "resumed.", [("1683-08-02", "explicit")]),
    # the subject's own events give nothing
    ("He was appointed on 2 May 1900. Two months after his death the house was sold.",
     [("1900-05-02", "explicit")]),
]


@pytest.mark.parametrize(("body", "expected"), ANCHORED)
def test_relative_phrases_from_a_named_event(body: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert _events(body) == expected


def test_a_named_event_records_its_source() -> None:
    a = parse_article("= T =\n\n== A ==\nThe troops landed on 6 June 1944.\n\n== B ==\n"
                      "In 1945 the war ended. Eight days after the landing the port opened.")
    ev = next(e for e in extract_events(a) if e.kind is Kind.RELATIVE)
    assert ev.date.edtf == "1944-06-14"
    assert ev.resolved_from is not None and ev.resolved_from.date.edtf == "1944-06-06"


def _person(body: str, lead: str = "Anna Lis (3 May 1840 – 4 May 1901) was a painter.") -> list[
        tuple[str, str]]:
    a = parse_article("= Anna Lis =\n\n" + lead + "\n\n== Life ==\n" + body)
    return [(e.date.edtf, e.kind.value) for e in extract_events(a)
            if e.statement.section]


# no relative date of the subject after the end of their life span
LIFE_SPAN = [
    ("She fell ill in 1900 and died on 4 May 1901. During the following year she toured Italy.",
     [("1900", "explicit"), ("1901-05-04", "explicit")]),
    ("She died on 4 May 1901. The following year, Lis toured Lublin.",
     [("1901-05-04", "explicit")]),
    # what befalls the subject after death is still dated
    ("She died on 4 May 1901. The following year she was posthumously awarded a medal. Two "
     "years later she was reburied in Lublin.",
     [("1901-05-04", "explicit"), ("1902", "relative"), ("1904", "relative")]),
    # what others did after it is still dated
    ("She died on 4 May 1901. The following year her letters were published.",
     [("1901-05-04", "explicit"), ("1902", "relative")]),
    ("She died on 4 May 1901; the following year her son sold the house.",
     [("1901-05-04", "explicit"), ("1902", "relative")]),
    # ... and so is what she did before it
    ("In 1899 she fell ill. The following year she toured Italy.",
     [("1899", "explicit"), ("1900", "relative")]),
]


@pytest.mark.parametrize(("body", "expected"), LIFE_SPAN)
def test_no_relative_date_of_the_subject_after_their_death(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert _person(body) == expected


def test_years_after_a_name_are_a_life_span_only_of_a_person() -> None:
    siege = parse_article("= Siege of Varenholm =\n\nThe Siege of Varenholm (1683–1684) was a "
                          "blockade of the port.\n\n== After ==\nThe siege ended in 1684. The "
                          "following year, Varenholm was rebuilt.")
    assert [(e.date.edtf, e.category) for e in extract_events(siege)] == [
        ("1683/1684", "other"), ("1684", "other"), ("1685", "other")]
    # a person: the range splits, even when an event noun comes later in the sentence
    lis = parse_article("= Anna Lis =\n\nAnna Lis (1840–1901) was a leader of the uprising.")
    assert [(e.date.edtf, e.category) for e in extract_events(lis)] == [
        ("1840", "birth"), ("1901", "death")]


def test_the_life_span_ends_at_a_stated_death() -> None:
    # no life span in the lead: the infobox's "Died" line or "Lis died on …"
    assert _person("In 1899 she moved. Anna Lis died on 4 May 1901. The following year she "
                   "was honoured.", lead="Anna Lis was a painter.") == [
        ("1899", "explicit"), ("1901-05-04", "explicit")]
    assert _person("In 1899 she moved. Lis died on 4 May 1901. The following year she was "
                   "honoured.", lead="Anna Lis was a painter.") == [
        ("1899", "explicit"), ("1901-05-04", "explicit")]
    a = parse_article("= Anna Lis =\n\nAnna Lis\n- Died: 4 May 1901, Paris\n\n"
                      "Anna Lis was a painter.\n\n== Life ==\nIn 1901 she fell ill. "
                      "The following year she toured Italy.")
    assert [e.date.edtf for e in extract_events(a)] == ["1901", "1901-05-04"]
    assert _person("In 1899 she moved. She died on 4 May 1901. The following year she was "
                   "honoured.", lead="Anna Lis (born 3 May 1840) was a painter.") == [
        ("1899", "explicit"), ("1901-05-04", "explicit")]
    # a possessive is not the subject: "Lis's husband died" ends no life span
    assert _person("In 1899 she moved. Anna Lis's husband died on 4 May 1901. The following "
                   "year she toured Italy.", lead="Anna Lis was a painter.") == [
        ("1899", "explicit"), ("1901-05-04", "explicit"), ("1902", "relative")]
    assert _person("In 1899 she moved. Lis, a painter, died on 4 May 1901. The following "
                   "year she was honoured.", lead="Anna Lis was a painter.") == [
        ("1899", "explicit"), ("1901-05-04", "explicit")]
    # in an article that is not about a person, "he died" ends no life span
    assert _events("The general died on 3 May 1800. The following year he was honoured.") == [
        ("1800-05-03", "explicit"), ("1801", "relative")]


def test_relative_needs_a_fine_enough_reference() -> None:
    # "the next day" cannot be resolved from a year
    assert _events("In 2019 he was arrested. The next day he was released.") == [
        ("2019", "explicit")]


def test_relative_spelled_out_adds_nothing() -> None:
    assert _events("In 1963 he moved. The following year (August 1964–August 1965) "
                   "he served.") == [("1963", "explicit"), ("1964-08/1965-08", "explicit")]


def test_relative_skips_a_naming_year_that_a_finer_date_subsumes() -> None:
    # "the 2022 ... ceremony" is dropped for 10 December 2022, so it is not the
    # date "two days later" counts from
    a = parse_article("= T =\n\n== S ==\nOn 10 December 2022 she attended the 2022 Nobel "
                      "Peace Prize ceremony. Two days later she flew home.")
    first, second = extract_events(a)
    assert (first.date.edtf, second.date.edtf, second.kind) == (
        "2022-12-10", "2022-12-12", Kind.RELATIVE)
    assert second.resolved_from is first


def test_a_naming_year_is_a_reference_only_when_its_statement_has_no_other_date() -> None:
    # the prize's year is not when the statement happened
    assert _events("In 2019 she received the 2018 Sakharov Prize. The following year she "
                   "retired.") == [("2018", "explicit"), ("2019", "explicit"),
                                   ("2020", "relative")]
    assert _events("On 10 December 2022 she recalled the 2016 Sakharov Prize. On 12 December "
                   "she flew home.") == [("2016", "explicit"), ("2022-12-10", "explicit"),
                                         ("2022-12-12", "inferred")]
    # a statement dated by the naming year alone is a reference
    assert _events("She won the 2016 Sakharov Prize. The following year she retired.") == [
        ("2016", "explicit"), ("2017", "relative")]
    # and within its own statement the naming year still completes a day
    assert _events("In 2010 she moved. At the 2016 ceremony on 10 December she spoke. "
                   "Two days later she left.") == [
        ("2010", "explicit"), ("2016-12-10", "inferred"), ("2016-12-12", "relative")]


def test_relative_records_its_source() -> None:
    a = parse_article("= T =\n\n== S ==\nOn 3 March 2020 it began. Two weeks later it ended.")
    first, second = extract_events(a)
    assert second.resolved_from is first


def test_life_span_after_the_name_is_birth_and_death() -> None:
    a = parse_article("= T =\n\nTomasz Wierzba (c. 1894 – 17 January 1961) was an architect. "
                      "His father (1850–1920) was a baker.")
    got = [(e.date.edtf, e.category) for e in extract_events(a)]
    assert got == [("1850/1920", "other"), ("1894~", "birth"), ("1961-01-17", "death")]


@pytest.mark.parametrize(("text", "category"), [
    # the statement's main event, not its earliest keyword
    ("A court in the capital sentenced him to 14 years.", "sentence"),
    ("Ivan Test, a coordinator of the campaign, was detained in May 2018.", "detention"),
    ("She was released on 3 June 2019.", "release"),
    # a noun of an event after a preposition is backstory: the verb is the event
    ("On 2 May 2023, after four years in custody, the editor was pardoned and freed.",
     "release"),
    ("Following her arrest, she was charged with treason.", "charge"),
    ("On 11 September 2024, after more than three years in custody, Lena Test was pardoned "
     "and released.", "release"),
    ("His arrest in 2019 sparked protests.", "detention"),
    ("In a sentence handed down on 3 March 2019, the court ordered that he be detained.",
     "sentence"),
    ("He was freed in an exchange of prisoners.", "release"),
    ("The trial opened on 3 March 2020.", "trial"),
    ("Mustafayev was born on 5 May 1986, in Ziadin.", "birth"),
    ("He died on 17 January 1961 in Kraków.", "death"),
    ("On 16 September 2020, he was sentenced by a military court.", "sentence"),
    ("The trial opened on 3 March 2020.", "trial"),
    ("He was charged with treason in 2019.", "charge"),
    ("On 21 May 2018, officers conducted a search in his house.", "detention"),
    ("In 2018 he was awarded the Order of Merit.", "award"),
    ("In 2022 he was mentioned in the Nobel Lecture.", "recognition"),
    ("In June 2018 the Parliament adopted a resolution demanding that detained "
     "citizens be released.", "statement"),
    ("In 2020 he showed symptoms of COVID-19.", "health"),
    ("She graduated in 2005 from the law faculty.", "education"),
    ("In 2014 he began to help families of political prisoners.", "activism"),
    ("In 2005 she founded a clinic.", "career"),
    ("In 1922 the town was renamed.", "other"),
])
def test_categories(text: str, category: str) -> None:
    from crimea_cli.events import categorise

    assert categorise(text) == category


@pytest.mark.parametrize(("body", "categories"), [
    # several dates: each takes the event verb of its own clause
    ("Ivan Test was sentenced to two years in February 2024 and released in an exchange of "
     "prisoners on 1 August 2024.", [("2024-02", "sentence"), ("2024-08-01", "release")]),
    ("He was arrested on 3 May 2019; he was charged on 5 May 2019.",
     [("2019-05-03", "detention"), ("2019-05-05", "charge")]),
    ("On 3 May 2019 he was arrested and on 5 May 2019 he was sentenced.",
     [("2019-05-03", "detention"), ("2019-05-05", "sentence")]),
    # a character whose lower case is longer ("İ") moves no clause boundary
    ("İİİİİİİİİİİİİİİİİİİİ Test was arrested on 1 May 2018 and released on 3 May 2019.",
     [("2018-05-01", "detention"), ("2019-05-03", "release")]),
    # a backstory phrase with a date of its own is that date's event
    ("Following his arrest on 21 May 2018, he was charged on 25 May 2018.",
     [("2018-05-21", "detention"), ("2018-05-25", "detention")]),
    ("After his arrest in Simferopol on 21 May 2018 he was sentenced to 14 years.",
     [("2018-05-21", "detention")]),
    # a spaced dash parts the clauses of two dates, not the ends of a range
    ("Olena Test (born 3 March 1950 – died 4 April 2020) was a chemist.",
     [("1950-03-03", "birth"), ("2020-04-04", "death")]),
    ("He was arrested on 3 May 2019 — and charged on 5 May 2019 — in Kyiv.",
     [("2019-05-03", "detention"), ("2019-05-05", "charge")]),
    ("He was detained from 3 May 2019 – 5 May 2019 in Kyiv.",
     [("2019-05-03/2019-05-05", "detention")]),
    # a clause with no event verb of its own keeps the statement's category
    ("She won the prize in 1990 and again in 1995.", [("1990", "award"), ("1995", "award")]),
    ("He was detained in 2016 and moved to Kyiv in 2017.",
     [("2016", "detention"), ("2017", "detention")]),
])
def test_each_date_takes_the_verb_of_its_clause(body: str,
                                                categories: list[tuple[str, str]]) -> None:
    a = parse_article("= T =\n\n== S ==\n" + body)
    assert [(e.date.edtf, e.category) for e in extract_events(a)] == categories


_BC_ARTICLE = """= Test League =

The league fought its neighbours for decades.

== Wars ==
The first war (431–404 BC) ended in defeat. In 480 BC the fleet sailed. In August
480 BC the pass was held. A truce followed in 446 BC. The following year the
truce broke. The walls were rebuilt in AD 9.
"""


def test_bc_events_sort_by_era_and_resolve_nothing() -> None:
    events = extract_events(parse_article(_BC_ARTICLE))
    assert [e.date.edtf for e in events] == [
        "-0479", "-0479-08", "-0445", "-0430/-0403", "0009"]
    # no calendar arithmetic before the common era: "The following year" is not dated
    assert all(e.kind is Kind.EXPLICIT for e in events)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown", "table", "rich", "ics",
                                 "timelinejs"])
def test_bc_events_in_every_format(tmp_path: Path, fmt: str) -> None:
    from typer.testing import CliRunner

    from crimea_cli.cli import app

    path = tmp_path / "league.txt"
    path.write_text(_BC_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["timeline", "--article", str(path), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert [r["date"] for r in rows][:2] == ["-0479", "-0479-08"]
        assert (rows[1]["start"], rows[1]["end"]) == ("-0479-08-01", "-0479-08-31")
        assert rows[0]["start"] == "-0479-01-01"
    if fmt == "rich":
        assert "480 BC" in result.stdout and "August 480 BC" in result.stdout


def test_facts_stop_detention_at_a_release_and_give_age_at_death() -> None:
    import datetime as dt

    from crimea_cli.facts import compute_facts

    a = parse_article("= Ivan Test =\n\nIvan Test (born 4 April 1970) is a lawyer.\n\n"
                      "== Life ==\nHe was detained on 1 March 2018. He was released on "
                      "15 March 2019. He died on 4 April 2020.\n")
    rows = {r.label: r.value for r in compute_facts(a, extract_events(a), dt.date(2026, 1, 1))}
    assert "Detention to release" in rows
    assert not any(k.startswith("Since first detention") for k in rows)
    assert rows["Age at death (4 April 2020)"] == "50"



def test_facts_leave_out_the_events_of_people_close_to_the_subject() -> None:
    # "His lawyer … was arrested" is the lawyer's detention, not the subject's first
    import datetime as dt

    from crimea_cli.facts import compute_facts

    a = parse_article("= Lena Test =\n\nLena Test (born 11 November 1979) is a journalist.\n\n"
                      "== Arrest ==\n\nHer lawyer, Ihar Bely, was arrested on 9 September 2020.\n"
                      "Her brother was sentenced to two years on 3 October 2020.\n"
                      "She was detained on 18 May 2021.\n"
                      "On 4 March 2022 the court sentenced her to eight years.\n")
    rows = {r.label: r.value for r in compute_facts(a, extract_events(a), dt.date(2026, 1, 1))}
    assert rows["Age at first detention (18 May 2021)"] == "41"
    # ... a relation that is not the clause's subject leaves the subject's event
    b = parse_article("= Lena Test =\n\nLena Test (born 11 November 1979) is a journalist.\n\n"
                      "== Arrest ==\n\nOn 5 March 2014 her brother was arrested.\n"
                      "Her father's house was raided on 4 May 2015 and she was detained.\n")
    theirs = {r.label: r.value for r in compute_facts(b, extract_events(b), dt.date(2026, 1, 1))}
    assert theirs["Age at first detention (4 May 2015)"] == "35"
    assert rows["Age at sentence (4 March 2022)"] == "42"
    assert rows["Sentence"] == '8 years ("eight years")'


def _test_language() -> object:
    """English with Ukrainian month names (genitive) and one more detention
    verb: a language of this test's own."""
    import dataclasses

    from crimea_cli.lang import en

    months = {"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
              "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11,
              "грудня": 12}
    table = tuple((name, (*words, "затримали") if name == "detention" else words)
                  for name, words in en.LANGUAGE.category_keywords)
    return dataclasses.replace(en.LANGUAGE, code="xz", name="Test events",
                               months=months, month_abbreviations=frozenset(),
                               month_alone_abbreviations=frozenset(),
                               category_keywords=table)


def test_extract_events_reads_the_language_given() -> None:
    from crimea_cli.events import item_mentions
    from crimea_cli.lang import Language

    xz = _test_language()
    assert isinstance(xz, Language)
    article = parse_article(
        "= Ivan Petrenko =\n\nЙого затримали 5 травня 2014 року.\n\n"
        "== 1 червня 2014 ==\n\n6 червня він вийшов.\n\n- 7 червня 2014 суд\n")
    got = [(e.date.edtf, e.kind.value, e.category) for e in extract_events(article, xz)]
    # the grammar (a month of the language), the categoriser (its keyword), the
    # heading's date (the partial date of its section takes its year)
    assert got == [("2014-05-05", "explicit", "detention"),
                   ("2014-06-06", "inferred", "other"), ("2014-06-07", "explicit", "other")]
    assert extract_events(article) == []   # English: no such months
    item = article.statements[-1].text
    assert [m.span for m in item_mentions(item, xz)] == [(0, 13)]
    assert item_mentions(item) == []
    with pytest.raises(TypeError):
        extract_events(article, "uk")   # type: ignore[arg-type]


def test_named_events_read_the_irregular_forms_of_the_language_given() -> None:
    # "rode" is no irregular form in English; a language whose table says it
    # names a ride finds the ride's date for "two days after the ride"
    import dataclasses

    from crimea_cli.dates import anchor_stem
    from crimea_cli.lang import en

    stem = anchor_stem("ride")
    xr = dataclasses.replace(en.LANGUAGE, code="xr", name="Test stems",
                             irregular_stems={**en.LANGUAGE.irregular_stems, "rode": stem})
    article = parse_article("= T =\n\nThe envoy rode into the capital on 3 June 1921.\n\n"
                            "Two days after the ride, the council met.\n")
    got = [(e.date.edtf, e.kind.value) for e in extract_events(article, xr)]
    assert ("1921-06-05", "relative") in got
    assert ("1921-06-05", "relative") not in [
        (e.date.edtf, e.kind.value) for e in extract_events(article)]


def test_categorise_checks_the_type_of_its_language() -> None:
    from crimea_cli.events import categorise

    with pytest.raises(TypeError):
        categorise("He was detained.", language="en")   # type: ignore[arg-type]
