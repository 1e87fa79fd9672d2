"""The date grammar, table-driven: statement → the EDTF dates it carries.

Rows follow ``docs/dated-statements.md`` (the shared contract), then general
English constructions beyond it, then the exclusions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crimea_cli.dates import MentionKind, find_dates, find_mentions
from crimea_cli.edtf import edtf_bounds
from crimea_cli.model import Precision

# (statement, expected EDTF strings in text order)
CONTRACT = [
    # day precision, both orders, weekdays, ordinals, abbreviations, ISO
    ("He was born on 5 May 1986.", ["1986-05-05"]),
    ("He was born on May 5, 1986.", ["1986-05-05"]),
    ("It began on Monday, 4 March 2024, after a vote.", ["2024-03-04"]),
    ("Cracks were flagged on the 3rd of February 2021.", ["2021-02-03"]),
    ("The deck was lifted on Jan. 5, 2025, at dawn.", ["2025-01-05"]),
    ("The bridge opened on 5 Sept 2025.", ["2025-09-05"]),
    ("It was listed as a monument on 1994-11-08.", ["1994-11-08"]),
    # month precision
    ("In March 2020, the government made a statement.", ["2020-03"]),
    ("Cracks were found in Dec 2019 by inspectors.", ["2019-12"]),
    # year precision after prepositions
    ("In 2014 he began to help families.", ["2014"]),
    ("He has defended them since 2014.", ["2014"]),
    ("From 2009 she edited the online edition.", ["2009"]),
    ("He worked as a notary until 2013.", ["2013"]),
    ("She retired in late 2017.", ["2017"]),
    ("In the summer of 1974 she joined a cruise.", ["1974"]),
    # decades and centuries
    ("During the 1990s she advised the ministry.", ["199X"]),
    ("He trained in the early 1910s.", ["191X"]),
    ("She spent the late 1950s on a farm.", ["195X"]),
    ("The church dates from the 12th century.", ["11XX"]),
    ("It was rebuilt at the end of the 12th century.", ["11XX"]),
    # approximate
    ("He was born c. 1894 in Lublin.", ["1894~"]),
    ("He was born circa 1894 in Lublin.", ["1894~"]),
    ("He was born around 1894 in Lublin.", ["1894~"]),
    # intervals
    ("From 1970 to 1975 she studied biology.", ["1970/1975"]),
    ("Between 1981 and 1989 she led the survey.", ["1981/1989"]),
    ("The bank was designed in 1975–1976.", ["1975/1976"]),
    ("He taught at the Polytechnic (1946–1958).", ["1946/1958"]),
    ("She chaired it in 1989-91.", ["1989/1991"]),
    ("He edited the journal (1974–76).", ["1974/1976"]),
    ("In May–June 2021 she took part in an expedition.", ["2021-05/2021-06"]),
    ("From September 1939 to January 1945 the studio was closed.", ["1939-09/1945-01"]),
    ("An exhibition was held from 12 May to 30 June 1994.", ["1994-05-12/1994-06-30"]),
    # lists
    ("It raised the case at meetings in 2021 and 2022.", ["2021", "2022"]),
    ("The 1970s and 1980s were quiet.", ["197X", "198X"]),
    # short years
    ("A fort was built c. 965 on the hill.", ["0965~"]),
    ("The town was first mentioned in 1011.", ["1011"]),
    # life spans (split into birth and death by the events stage)
    ("Tomasz Wierzba (c. 1894 – 17 January 1961) was an architect.", ["1894~/1961-01-17"]),
    ("His father Ahmet (1931–2014) was a teacher.", ["1931/2014"]),
    # a year that names something
    ("He won the 2016 Sakharov Prize.", ["2016"]),
    ("Its 1936 extension added a floor.", ["1936"]),
    ("The 1908 photographs by Prokudin-Gorsky show the dome.", ["1908"]),
    # phrases that lead a year, and hedges between a preposition and its years
    ("He has been active since at least 2015.", ["2015"]),
    ("The house was mentioned as early as 1620.", ["1620"]),
    ("It must be finished no later than 2030.", ["2030"]),
    ("In both 2016 and 2018 he was fined.", ["2016", "2018"]),
    ("In either 2016 or 2017 he was fined.", ["2016", "2017"]),
    ("As early as 2001 and 2003 he warned them.", ["2001", "2003"]),
    ("During the 2019–2020 academic year he lectured in Lviv.", ["2019/2020"]),
    ("Spouse: Enver Bekirov (m. 1991; div. 2005)", ["1991", "2005"]),
]

GENERAL = [
    ("She was born on 12 April 1983 in Bakhchysarai.", ["1983-04-12"]),
    ("He was arrested on 21 May 2018 and released on 5 June 2018.",
     ["2018-05-21", "2018-06-05"]),
    ("The hearing took place on 1st June 2019.", ["2019-06-01"]),
    ("The hearing took place on June 1st, 2019.", ["2019-06-01"]),
    ("The festival ran on 12–14 May 2019.", ["2019-05-12/2019-05-14"]),
    ("The festival ran on May 12–14, 2019.", ["2019-05-12/2019-05-14"]),
    ("He served from 5 May 2019 to 7 June 2020.", ["2019-05-05/2020-06-07"]),
    ("She lived there from 2009 to May 2012.", ["2009/2012-05"]),
    ("It was published in October 2019.", ["2019-10"]),
    ("In mid-2019 the case was closed.", ["2019"]),
    ("In early 2018 the station closed.", ["2018"]),
    ("By 1995 the company had grown.", ["1995"]),
    ("The school was founded in 1998, 2001 and 2005.", ["1998", "2001", "2005"]),
    ("During the 2016–17 season he played abroad.", ["2016/2017"]),
    ("He was active from the 1960s to the 1980s.", ["196X/198X"]),
    # a year after the head noun of a name names it
    ("She received the Sakharov Prize 2018 in Strasbourg.", ["2018"]),
    ("It breached the Human Rights Act 1998.", ["1998"]),
    ("UN Security Council Resolution 2202 was adopted.", []),
    ("He won the Cup 2000 times.", []),
    # a year that closes a list item or a parenthesis after a comma
    ("Right Livelihood Award, 2020", ["2020"]),
    ("Knight of the Legion of Honour (France, 2012)", ["2012"]),
    # a qualifier before the second decade keeps the range
    ("The band toured from the mid-1960s to the early 1970s.", ["196X/197X"]),
    ("Prices rose between the late 1930s and the early 1940s.", ["193X/194X"]),
    # a two-digit end decade takes the start's century, or the next one
    ("Emigration peaked in the 1930s–40s.", ["193X/194X"]),
    ("The style lasted through the 1980s-90s.", ["198X/199X"]),
    ("A revival followed in the 1990s–00s.", ["199X/200X"]),
    ("In the 19th and 20th centuries the town grew.", ["18XX", "19XX"]),
    # a range of centuries is one interval; a list is one date each
    ("The town grew during the 13th–17th centuries.", ["12XX/16XX"]),
    ("The walls date from the 12th to the 14th century.", ["11XX/13XX"]),
    ("It was rebuilt between the 12th and 14th centuries.", ["11XX/13XX"]),
    ("The 14th–15th-century frescoes survive.", ["13XX/14XX"]),
    ("It dates from the twelfth century.", ["11XX"]),
    ("Elections were held in 1990 and 1994.", ["1990", "1994"]),
    ("Dilyara Seitova (born 1979) is a journalist.", ["1979"]),
    ("Ahmet Ozen (1931 – 2014) was a teacher.", ["1931/2014"]),
    ("She has chaired the board since 1990–present.", ["1990/.."]),
    ("He was director 1990–present.", ["1990/.."]),
    ("He has worked there from 2016 to the present.", ["2016/.."]),
    ("She has led it from May 2016 to present.", ["2016-05/.."]),
    ("He went from 2016 to Kyiv.", ["2016"]),
    ("The 2014 annexation of Crimea changed everything.", ["2014"]),
    ("Ukraine's 2019 presidential election was won by a comedian.", ["2019"]),
    ("After the war, in 1946, he returned.", ["1946"]),
    ("Spring 2019 brought new arrests.", ["2019"]),
    ("1998: Nansen Medal", ["1998"]),
    ("Honorary doctorate, University of Bergen (2014)", ["2014"]),
    ("Born: 1890s, Lublin", ["189X"]),
    ("In 2011–12 she chaired the group.", ["2011/2012"]),
    ("The town existed in 1999–2000.", ["1999/2000"]),
    ("He returned to Crimea in 1989.", ["1989"]),
    ("Mass deportations in 1944 killed thousands.", ["1944"]),
    # a list joins like with like; a comma alone does not make a list
    ("On 5 May 2019, 300 people protested.", ["2019-05-05"]),
    ("On 5 May 2019, 2000 people protested.", ["2019-05-05"]),
    ("In 2014, 1500 people were detained.", ["2014"]),
    ("In 1998, 2001, and 2005 he won.", ["1998", "2001", "2005"]),
    ("On 3 and 4 May 2019 hearings were held.", ["2019-05-03", "2019-05-04"]),
    ("On the night of 14–15 March 2019 police came.", ["2019-03-14/2019-03-15"]),
    ("In late February 2014 troops appeared.", ["2014-02"]),
    ("After Russia annexed Crimea in Feb.–Mar. 2014, he stayed.", ["2014-02/2014-03"]),
    ("In the mid-2010s he moved.", ["201X"]),
    ("Resolution 68/262 of 27 March 2014 was adopted.", ["2014-03-27"]),
    ("He was sentenced under Article 258 and 278 of the Code.", []),
    ("He spent 1,000 days in prison.", []),
    ("The decree of 1956 lifted some restrictions.", ["1956"]),
    ("He was detained on Thursday, March 5, 2015, in Simferopol.", ["2015-03-05"]),
    ("In the late 1990s and early 2000s he taught history.", ["199X", "200X"]),
    ("From 1999 until his arrest in 2016 he worked as a driver.", ["1999", "2016"]),
    ("The years 2014–2016 were difficult.", ["2014/2016"]),
    ("The case number 1-12/2019 was opened.", []),
    ("UN Resolution 2019/2077 was adopted.", []),
    ("He published his 2019 book on deportations.", ["2019"]),
    ("In 1944–1945 about 8,000 people died.", ["1944/1945"]),
    ("Around 1,500 people attended on 12 May 2018.", ["2018-05-12"]),
    ("In autumn 2017 he was transferred.", ["2017"]),
    ("He coordinated Crimean Solidarity (2016–) from Bakhchysarai.", ["2016/.."]),
    ("From late 2014 to early 2015 he hid in Kherson.", ["2014/2015"]),
    ("Between May and July 2019 the hearings stalled.", ["2019-05/2019-07"]),
    # an interval's end that is itself a range: the outer ends (found by bench/fuzz.py)
    ("It ran from 12–14 May 2019 to 15 June 2019.", ["2019-05-12/2019-06-15"]),
    ("It ran May to 5 – 5 May 1986.", ["1986-05/1986-05-05"]),
    ("A group of 2000 protesters gathered.", []),
    ("During the 19th and early 20th centuries many emigrated.", ["18XX", "19XX"]),
    ("He was sentenced to 12 years' imprisonment.", []),
    # a noun or participle that introduces a year
    ("He spent the years 2005–2010 abroad.", ["2005/2010"]),
    ("The town grew in the period 1941–1945 quickly.", ["1941/1945"]),
    ("The museum, founded 1921, holds 1500 items.", ["1921"]),
    ("The company, established 1998 in Kyiv, grew.", ["1998"]),
    ("He founded 1500 schools.", []),
    ("In the past 20 years 1500 people died.", []),
    # a determiner and one word before a year naming something
    ("During the following 2014 Crimean crisis he delivered food.", ["2014"]),
    ("Its disputed 2004 election was annulled.", ["2004"]),
    ("The first 2000 people were admitted.", []),
    ("The remaining 1500 soldiers left.", []),
    ("The remaining 2000 Crimean Tatars were deported.", []),
    ("The first 1500 Ukrainians were evacuated.", []),
    ("The roughly 2000 Crimean Tatars of the town left.", []),
    ("Anna Test (fl. 1650) was a poet.", ["1650"]),
    # a slash between two years is a range
    ("He played in the 1999/2000 season.", ["1999/2000"]),
    ("In 2005/2006 he studied abroad.", ["2005/2006"]),
    ("It was reported on 12/05/2014 by police.", []),
    ("The ratio was 1500/2000 in the survey.", []),
    # "between X and YEAR"
    ("Between the Revolution of Dignity and 2022, she documented crimes.", ["2022"]),
    ("Between 1500 soldiers and 2000 civilians died.", []),
    # a list of years that fills a parenthesis
    ("She won the prize twice (2016, 2018).", ["2016", "2018"]),
    ("In 2014, 1500 people came.", ["2014"]),
    # a year naming a noun inside parentheses
    ("Population: 2,500 (2001 census).", ["2001"]),
]

EXCLUSIONS = [
    # durations, ages, law articles, quantities, impossible dates, month-like words
    ("He was sentenced to fourteen years in a penal colony.", []),
    ("He was jailed for 15 years.", []),
    ("The charge carries up to 20 years in prison.", []),
    ("It was rebuilt within 18 months.", []),
    ("She received a suspended sentence of 2.5 years.", []),
    ("She retired at the age of 65.", []),
    ("He was charged under Part 2 of Art. 205.5 and Art. 280.1 of the Code.", []),
    ("He was charged under Article 1998 of the Code.", []),
    ("He collected a petition with 1500 signatures.", []),
    ("The court imposed a fine of 2000 rubles.", []),
    # a number after a number and a comma is a count, even at the end: "12, 2000"
    ("The scores were 12, 2000.", []),
    ("The town had 3,500 people, 2000 of them Tatars.", []),
    ("He won by at least 2000 votes.", []),
    ("It was a 2000-page report.", []),
    ("In 1995 the 1500-strong unit moved to a 1000-year-old fort.", ["1995"]),
    ("He was fined only 2000 rubles.", []),
    ("Its load limit is 2500 kg.", []),
    ("Around 2000 people attended the rally.", []),
    ("The survey counted more than 40,000 fish.", []),
    ("It cost 4.5 million euros.", []),
    ("The date 31 February 2020 does not exist.", []),
    ("He may appeal the ruling.", []),
    ("Residents march across the ford.", []),
    ("The contest was won by April Rowe.", []),
    ("In 1500 copies the book sold out.", []),
    ("Room 1204 was searched.", []),
    ("The fine was $2000 in total.", []),
    ("The station lies at 1450 metres above sea level.", []),
    # counts of three digits are not years: they need a plain preposition of time
    ("The rebels raised a force of 300 militia.", []),
    ("The motion passed by a vote of 212 to 198.", []),
    ("Only 60 of the approximately 500 towns sent envoys.", []),
    ("Raids averaged about 850 a week in the spring.", []),
    ("The flood left between 400-1,000 people homeless.", []),
    ("The tally rose from a low of 120 to 340.", []),
    ("The company lost 211 British and 40 Irish sailors.", []),
    ("The count was 702 in 1998.", ["1998"]),
    ("The abbey was sacked in 874 by raiders.", ["0874"]),
    ("A hall was built c. 870 on the ridge.", ["0870~"]),
    ("Relief came in January of 1942.", ["1942-01"]),
    ("Attacks rose from a low in January of 114 to 250.", []),
    # an era after a number of one or two digits is needed for AD; not a label
    ("Route 66 AD hoc signs were removed.", []),
    ("The team scored 12 CE points.", []),
]

# Forms from long articles: holidays, pairs, citations, modifiers, possessives
FORMS = [
    ("The generals promised peace by Christmas 1914.", ["1914-12-25"]),
    ("The ball was held on New Year's Eve 1899.", ["1899-12-31"]),
    ("In August/September 1957 the council met twice.", ["1957-08/1957-09"]),
    ("The riots of summer–autumn 1920 spread south.", ["1920"]),
    ("Students marched on May 4 and 5, 1970 in the capital.", ["1970-05-04", "1970-05-05"]),
    ("The charter was sealed on June 20 of 1791.", ["1791-06-20"]),
    ("The club played the 1999/2000 season abroad.", ["1999/2000"]),
    ("Smith, J. A History of Bridges. Harbour Press, 1994.", ["1994"]),
    ("Smith, J. A History of Bridges. Harbour Press,1994.", ["1994"]),
    ("Lee, K. On ferries. Journal of Rivers, issue 8, 1997.", ["1997"]),
    ("The choir (est. 1985) sang at the opening.", ["1985"]),
    ("See Doe v. Roe (S.D.N.Y. 1971) for the ruling.", ["1971"]),
    ("The army drilled for the 1758 campaigns.", ["1758"]),
    ("A secret 1911 treaty bound the two states.", ["1911"]),
    ("Their 1983 spring campaign stalled.", ["1983"]),
    ("A 1758 history of the siege survives.", ["1758"]),
    # a quoted name after a year; a year leading its line before a named noun
    ("Critics recalled the 1969 “Harbour Affair” for years.", ["1969"]),
    ('Critics recalled the 1969 "Harbour Affair" for years.', ["1969"]),
    ("1972 election and the peace talks", ["1972"]),
    ("1905 revolution in the provinces", ["1905"]),
    # an ellipsis with no space parts the words ("…1964...Between 1961 and")
    ("Ranks grew by the end of 1964...Between 1961 and 1964 the army doubled.",
     ["1964", "1961/1964"]),
    ("Ranks grew by the end of 1964…In 1961 the army doubled.", ["1964", "1961"]),

    ("The 1867 convention failed in the north.", ["1867"]),
    ("The 1500 victims were buried in the square.", []),
    ("The 2000 “volunteers” left the camp.", []),
    ("1500 soldiers and the peace talks", []),
    ("Ranks grew…1500 soldiers joined.", []),
    ("Resistance went on well into 1923, in the hills.", ["1923"]),
    ("The push planned for 1976 never came.", ["1976"]),
    ("1952's presidential election was close.", ["1952"]),
    # a range whose end is written with two digits is years, whatever noun follows
    ("Its 2019–20 results were the best in a decade.", ["2019/2020"]),
    ("The 1914–18 memorial stands in the square.", ["1914/1918"]),
    ("See pages 1021–35 of the report.", []),
    # quarters and halves of a year lead it as a season does
    ("Sales fell sharply in Q3 2009.", ["2009"]),
    ("He raced the Kawasaki H2 1000 that year.", []),
    ("Verses 1012–30 describe the siege.", []),
    ("The furnace reached 1100–50 degrees.", []),
    # three-digit years after r. / reigned / fl.; a range after a name is no
    # life without them (scores, records, pages look the same)
    ("Queen Ælfthryth (945–1000) founded the abbey.", []),
    ("Coach Bob Knight (102–130) led the team.", []),
    ("King Eadred (r. 946–955) was ill.", ["0946/0955"]),
    ("The chronicler Asser (fl. 885) wrote it.", ["0885"]),
    ("The motion (212–198) passed.", []),
    ("The hosts lost to New York (101–112) at home.", []),
    ("The argument follows Ivanov (345–360), who cites the chronicle.", []),
    ("The council ruled 312 to 290 against it.", []),
    ("Harald (849–2899) is a misprint.", []),
    ("The city paid a 1500 ducat ransom to the raiders.", []),
    ("The regiment lost a staggering 1900 infantry in the charge.", []),
    ("A 1500 strong column crossed the river.", []),
    ("They marched a 2000 mile route.", []),
    ("The 2000 delegates voted.", []),
    ("He kept a 1500 or so books.", []),
    ("The 1874's harvest ruined the small farmers.", ["1874"]),
    ("Her 1931’s winter tour was cut short.", ["1931"]),
    # "the" before the ordinal days of a run
    ("The synod sat from the 13th to the 19th of October 1951.", ["1951-10-13/1951-10-19"]),
    ("The treaty was sealed on the 13th of October 1951.", ["1951-10-13"]),
    ("Talks ran between the 2nd and the 4th of June 1950.", ["1950-06-02/1950-06-04"]),
    ("Storms struck on the 3rd, the 4th and the 5th of May 1950.",
     ["1950-05-03", "1950-05-04", "1950-05-05"]),
    ("The town grew in the 1950's.", ["195X"]),
    ("Guilds flourished in the 16th and 17th centuries.", ["15XX", "16XX"]),
    # not dates
    ("From June to August 12,340 people left the island.", []),
    ("Output fell to 53% of 1912 levels.", []),
    ("The scores were 12,2000 in the end.", []),
    ("He bought the 386-based machines.", []),
    ("Seats from the 13th to the 19th row were sold in 1951.", ["1951"]),
    ("The 3rd to the 5th of the recruits deserted in 1950.", ["1950"]),
    ("She topped the 100 Greatest Britons list.", []),
]

# Eras: BC/BCE years in astronomical numbering (1 BC = 0000, N BC = 1 − N),
# AD/CE years zero-padded; a range whose end says BC is BC at both ends.
ERAS = [
    ("Julius Caesar was killed in 44 BC.", ["-0043"]),
    ("The colony was founded in 490 BC by traders.", ["-0489"]),
    ("The fleet sailed in April 480 BC.", ["-0479-04"]),
    ("The war (431–404 BC) ruined both cities.", ["-0430/-0403"]),
    ("The siege lasted from 415 to 413 BC.", ["-0414/-0412"]),
    ("The tyrant ruled in 396-395 BC.", ["-0395/-0394"]),
    ("Grain was scarce in 389 and 388 BC.", ["-0388", "-0387"]),
    ("The temple was begun c. 2500 BCE on the hill.", ["-2499~"]),
    ("A shrine stood there ca. 610 B.C. already.", ["-0609~"]),
    ("The philosopher was born in 1 BC.", ["0000"]),
    ("The legions were lost in AD 9.", ["0009"]),
    ("The town was burnt in 60 AD by rebels.", ["0060"]),
    ("The abbey was founded in 1066 AD.", ["1066"]),
    ("The walls were rebuilt in 410 CE.", ["0410"]),
    ("Philosophy flourished in the 4th century BC.", ["-03XX"]),
    ("The road dates from the 1st century AD.", ["00XX"]),
    ("Trade grew from the 6th to the 4th century BC.", ["-05XX/-03XX"]),
    ("Throughout the 470s BC the league grew.", ["-047X"]),
    # without an era a three-digit decade is not a date
    ("The 470s were a model of aircraft.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACT + GENERAL + EXCLUSIONS + ERAS + FORMS)
def test_grammar(text: str, expected: list[str]) -> None:
    assert [d.edtf for d in find_dates(text)] == expected


@pytest.mark.parametrize(("text", "precision"), [
    ("on 5 May 1986", Precision.DAY),
    ("in March 2020", Precision.MONTH),
    ("in 2014", Precision.YEAR),
    ("the 1990s", Precision.DECADE),
    ("the 12th century", Precision.CENTURY),
    ("from September 1939 to January 1945", Precision.MONTH),
    ("from 2009 to May 2012", Precision.YEAR),
])
def test_precision(text: str, precision: Precision) -> None:
    (value,) = find_dates(text)
    assert value.precision is precision


def test_bc_dates_order_across_the_era() -> None:
    from crimea_cli.edtf import BC_DATE, era_year, is_bc

    (a,) = find_dates("in 480 BC")
    (b,) = find_dates("in AD 9")
    assert is_bc(a) and not is_bc(b)
    assert (a.start, a.end) == (BC_DATE, BC_DATE)
    assert era_year(a) == -479 < era_year(b) == 9
    assert edtf_bounds("-0479") == (BC_DATE, BC_DATE)
    # a BC range must run forwards in time: 493 BC to 499 BC is no interval
    assert [d.edtf for d in find_dates("from 493 to 499 BC")] == ["-0492", "-0498"]


def test_bounds_and_span() -> None:
    text = "An exhibition was held from 12 May to 30 June 1994."
    (v,) = find_dates(text)
    assert (v.start, v.end) == (dt.date(1994, 5, 12), dt.date(1994, 6, 30))
    assert text[v.span[0]:v.span[1]] == "12 May to 30 June 1994"
    (d,) = find_dates("the 1990s")
    assert (d.start, d.end) == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
    (c,) = find_dates("the 12th century")
    assert (c.start, c.end) == (dt.date(1100, 1, 1), dt.date(1199, 12, 31))
    (m,) = find_dates("in February 2020")
    assert (m.start, m.end) == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    (a,) = find_dates("c. 1894")
    assert a.approximate and a.edtf == "1894~"


@pytest.mark.parametrize(("text", "month", "day"), [
    ("On October 14 a court placed her under house arrest.", 10, 14),
    ("On the evening of 6 July he was released.", 7, 6),
    ("On 29 February the court met.", 2, 29),
])
def test_partial_dates_wait_for_a_year(text: str, month: int, day: int) -> None:
    (m,) = find_mentions(text)
    assert (m.kind, m.month, m.day) == (MentionKind.PARTIAL, month, day)


# a month alone, after a lead or a qualifier: (month, end month) or None
MONTH_ALONE = [
    ("In April the garrison surrendered.", [(4, 0)]),
    ("By early October the harbour was closed.", [(10, 0)]),
    ("The raid was beaten off by late September.", [(9, 0)]),
    ("They held the ridge until mid-November.", [(11, 0)]),
    ("By the end of March the envoys had left.", [(3, 0)]),
    ("Talks resumed in the middle of August.", [(8, 0)]),
    ("The blockade lasted from May to November.", [(5, 11)]),
    ("Between June and August the roads were cut.", [(6, 8)]),
    ("The columns marched in May and again in June.", [(5, 0), (6, 0)]),
    ("Late May brought heavy rain.", [(5, 0)]),
    ("He promised a reply [in September].", [(9, 0)]),
    ("February to April was quiet on the coast.", [(2, 4)]),
    # not months alone: modal verbs, first names, a day or year that follows
    ("The council may vote in may.", []),
    ("She sang a duet written by June Lowell.", []),
    ("He went to see April Rowe.", []),
    ("The envoy came in May 1921.", None),
    ("The envoy came on 4 May.", None),
    ("A March offensive was planned.", []),
]


@pytest.mark.parametrize(("text", "months"), MONTH_ALONE)
def test_months_alone_wait_for_a_year(text: str, months: list[tuple[int, int]] | None) -> None:
    found = [(m.month, m.end_month) for m in find_mentions(text)
             if m.kind is MentionKind.PARTIAL and m.day == 0]
    assert found == (months or [])


@pytest.mark.parametrize(("text", "start", "end"), [
    ("On 18–20 May the population was deported.", (5, 18), (5, 20)),
    ("On September 3–4 searches took place.", (9, 3), (9, 4)),
    ("Between 3 and 5 March talks were held.", (3, 3), (3, 5)),
    ("From 30 May to 2 June the court sat.", (5, 30), (6, 2)),
    ("The fair ran from the 3rd to the 5th of May.", (5, 3), (5, 5)),
    ("From the 28th of June to the 2nd of July the roads were shut.", (6, 28), (7, 2)),
])
def test_partial_ranges_wait_for_a_year(text: str, start: tuple[int, int],
                                        end: tuple[int, int]) -> None:
    (m,) = find_mentions(text)
    assert m.kind is MentionKind.PARTIAL
    assert ((m.month, m.day), (m.end_month, m.end_day)) == (start, end)


@pytest.mark.parametrize(("text", "days"), [
    ("On May 4 and 5 the court sat.", [(5, 4), (5, 5)]),
    ("Surrendering on April 26 and 27 were the last regiments.", [(4, 26), (4, 27)]),
    ("Talks were held on June 9 & 10, in the capital.", [(6, 9), (6, 10)]),
    # a number that counts what follows is no second day
    ("On May 4 and 5 ships sailed.", [(5, 4)]),
    ("On May 4 and 12 other days it rained.", [(5, 4)]),
])
def test_two_days_after_a_month_wait_for_a_year(text: str, days: list[tuple[int, int]]) -> None:
    assert [(m.month, m.day) for m in find_mentions(text)
            if m.kind is MentionKind.PARTIAL] == days


def test_a_list_of_partial_days_is_no_range() -> None:
    assert [(m.month, m.day, m.end_day) for m in find_mentions("On 3 and 4 September")] == [
        (9, 3, 0), (9, 4, 0)]


@pytest.mark.parametrize(("text", "unit", "amount"), [
    ("The following year she donated her archive.", "year", 1),
    ("In the same year he moved.", "year", 0),
    ("Earlier the same month police searched the house.", "month", 0),
    ("Two weeks later the hearings were suspended.", "day", 14),
    ("He was buried four days later.", "day", 4),
    ("The next day he was released.", "day", 1),
    ("A year later the case was closed.", "year", 1),
    ("The previous year he had moved.", "year", -1),
    ("Three months earlier he had resigned.", "month", -3),
    ("Almost two decades earlier the founder had warned them.", "decade", -2),
    ("A decade later the party was banned.", "decade", 1),
])
def test_relative_phrases(text: str, unit: str, amount: int) -> None:
    (m,) = find_mentions(text)
    assert (m.kind, m.unit, m.amount) == (MentionKind.RELATIVE, unit, amount)


# a phrase counted from a named event: (unit, amount, the event's stem and names)
ANCHORED = [
    ("Eight days after the landing the port was open.", ("day", 8, ("land",))),
    ("A week after the first landing the port was open.", ("day", 7, ("land",))),
    ("Two days before the Allied invasion, bombers struck.", ("day", -2, ("invad",))),
    ("The day after the armistice the guns fell silent.", ("day", 1, ("armistic",))),
    ("The morning after the election, crowds gathered.", ("day", 1, ("elect",))),
    ("Three months after the fall of Paris the court moved.",
     ("month", 3, ("fall", "paris"))),
    ("Four days after Pearl Harbor, war was declared.", ("day", 4, ("", "pearl", "harbor"))),
    ("Ten days after the Battle of Lissa the fleet sailed.",
     ("day", 10, ("", "battle", "lissa"))),
    ("Two years after the death of Stalin the camps emptied.",
     ("year", 2, ("death", "stalin"))),
    # a clause names its event by its verb; "took place" and "occurred" by the noun
    ("Two days after the king arrived, the gates opened.", ("day", 2, ("arriv", "king"))),
    ("A month after the war ended the camps emptied.", ("month", 1, ("end", "war"))),
    ("Eight days after the landing took place the port opened.", ("day", 8, ("land",))),
]

# no date to count from: the subject's own events, lasting events, no event
NOT_ANCHORED = [
    "Two months after his death the house was sold.",
    "Two years after the war the border opened.",
    "Ten days after the Siege of Lissa the fleet sailed.",
    "Eight days after landing at the cape they marched.",
    "Three weeks after their arrival the talks began.",
    "The day after the same meeting he left.",
    "Two weeks after the king was crowned he fell ill.",
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED)
def test_relative_phrases_from_a_named_event(text: str,
                                              expected: tuple[str, int, tuple[str, ...]]) -> None:
    (m,) = find_mentions(text)
    assert (m.kind, (m.unit, m.amount, m.anchor)) == (MentionKind.RELATIVE, expected)


@pytest.mark.parametrize("text", NOT_ANCHORED)
def test_relative_phrases_from_no_dated_event(text: str) -> None:
    assert find_mentions(text) == []


@pytest.mark.parametrize("text", [
    "Since then he has been in custody.",
    "At the time he was a student.",
    "During this period the case stalled.",
    "He spent two years in prison.",
    "For several days nobody knew where he was.",
    "In the following years he wrote books.",
    "He spent two decades in exile.",
    "For decades the town was quiet.",
])
def test_no_calendar_unit_no_date(text: str) -> None:
    assert find_mentions(text) == []


@pytest.mark.parametrize(("edtf", "lo", "hi"), [
    ("1986-05-05", "1986-05-05", "1986-05-05"),
    ("2020-02", "2020-02-01", "2020-02-29"),
    ("1894~", "1894-01-01", "1894-12-31"),
    ("199X", "1990-01-01", "1999-12-31"),
    ("11XX", "1100-01-01", "1199-12-31"),
    ("1939-09/1945-01", "1939-09-01", "1945-01-31"),
    ("193X/194X", "1930-01-01", "1949-12-31"),
    ("1990/..", "1990-01-01", "9999-12-31"),
])
def test_edtf_bounds(edtf: str, lo: str, hi: str) -> None:
    assert edtf_bounds(edtf) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


@pytest.mark.parametrize("bad", ["", "May 2020", "2020-13", "1990/1980", "12345",
                                 "1986-05/1986-05-05/1986-05-06"])
def test_edtf_bounds_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        edtf_bounds(bad)


def test_trigger_scan_equals_a_full_scan() -> None:
    """Trying atoms only at triggers finds exactly what a full scan finds."""
    import random
    import re

    from crimea_cli.dates import grammar
    from crimea_cli.dates.words import _NOT_AFTER_NUMBER

    forms = words = grammar()
    # the reference reads a run of days ("12, 13 and 14 May") with one
    # look-ahead per day, as the grammar states it (quadratic on long runs)
    # after "dm", before "dec": where the digit forms' priority puts it
    day_run = (rf"(?P<bd>{_NOT_AFTER_NUMBER}(?P<bd_d>{words._DAY})"
               rf"(?=(?:{words._SEP_AHEAD}{words._RUN_DAY})+(?:\s+of)?\s+{words._MON}))")
    rows = [f"(?P<{f.name}>{f.pattern})" for f in forms.FORMS if f.start == "digit"]
    rows.insert([f.name for f in forms.FORMS].index("dec"), day_run)
    rows += [f"(?P<{f.name}>{f.pattern})" for f in forms.FORMS if f.start == "month"]
    full = re.compile("\n|".join(rows), re.VERBOSE)
    rnd = random.Random(7)
    words = ("In in on 5 May 1986 June 12–14 2019 , . – - 1989-91 40,000 2.5 Jan. Sept "
             "3rd of the 1990s 1994-11-08 12 30 June to from and Mayor Decker 10,000 1/2"
             ).split()
    days = "1 2 12 31 3rd 07 , , and or to – May of June 2019 1,".split()
    texts = [" ".join(rnd.choice(words) for _ in range(30)) for _ in range(2000)]
    texts += [" ".join(rnd.choice(days) for _ in range(30)) for _ in range(2000)]
    texts += ["".join(rnd.choice(days) + rnd.choice(("", " ", ",", ", ")) for _ in range(30))
              for _ in range(1000)]
    texts += [row[0] for row in CONTRACT + GENERAL + EXCLUSIONS]
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in full.finditer(text)] == [
            (m.span(), m.lastgroup) for m in forms._atom_matches(text)], text


def _form_ids() -> list[str]:
    from crimea_cli.dates import grammar
    return [f.name for f in grammar().FORMS]


@pytest.mark.parametrize("name", _form_ids())
def test_every_atom_form_reads_its_example(name: str) -> None:
    """Each row of the forms table: its scan, at the start of its example,
    is dispatched to the row and gives the atoms the row says."""
    from crimea_cli.dates import grammar

    forms = grammar()
    form = next(f for f in forms.FORMS if f.name == name)
    scan = {"digit": forms._ATOM_DIGIT, "month": forms._ATOM_MONTH,
            "day-run": forms._BD}[form.start]
    m = scan.match(form.example)
    assert m is not None and m.lastgroup == form.name, form.example
    assert form.example.startswith(m.group())
    if form.name not in ("bd", "bm"):   # the forms that look ahead
        assert m.group() == form.example
    atoms = form.build(forms, m, m.start(), m.end())
    assert tuple((a.year, a.month, a.day) for a in atoms) == form.reads
    # and the whole scan reads it the same way
    assert [(a.year, a.month, a.day) for a in forms._atoms(form.example)][:len(atoms)] == \
        list(form.reads)


def test_forms_have_unique_names_and_known_starts() -> None:
    from crimea_cli.dates import grammar

    forms = grammar()
    names = [f.name for f in forms.FORMS]
    assert len(names) == len(set(names))
    assert {f.start for f in forms.FORMS} == {"digit", "month", "day-run"}
    for f in forms.FORMS:   # the builder reads the row's own groups only
        assert f"(?P<{f.name}_" in f.pattern


def test_repeated_text_reads_the_same_as_once() -> None:
    """The window memo: a chain repeated later reads exactly as the first."""
    unit = "He moved in 2014, then from 1970 to 1975 (c. 1894–1961) and on 5 May 1986. "
    once = find_mentions(unit)
    many = find_mentions(unit * 5)
    assert len(many) == 5 * len(once)
    for k, m in enumerate(many):
        first = once[k % len(once)]
        delta = (k // len(once)) * len(unit)
        assert m.span == (first.span[0] + delta, first.span[1] + delta)
        assert m.value is not None and first.value is not None
        assert (m.value.edtf, m.value.span) == (
            first.value.edtf, (first.value.span[0] + delta, first.value.span[1] + delta))
    # a year leading its statement reads differently from the same year later on
    assert [d.edtf for d in find_dates("1998: Prize. 1998: Prize")] == ["1998"]


def _rule_ids() -> list[str]:
    from crimea_cli.dates import years
    return [r.name for r in years.YEAR_RULES]


@pytest.mark.parametrize("name", _rule_ids())
def test_every_year_rule_decides_its_example(name: str) -> None:
    """Each row of the bare-year rules: on its example, it is the first rule
    that decides, and it decides the way the row says (a rejection under the
    row's name)."""
    import re

    from crimea_cli.dates import grammar, years

    g = grammar()
    rule = next(r for r in years.YEAR_RULES if r.name == name)
    text = rule.example
    first = re.search(r"[0-9]+", text)
    assert first is not None
    start, end = first.span()
    rng = re.compile(r"[–-]([0-9]{4})").match(text, end)
    is_range = rng is not None and not text[end:].startswith("-page")
    if is_range and rng is not None:
        end = rng.end()
    args = (text, start, end, is_range, len(first.group()) == 3, start)
    decided = rule.decide(g, g._site(*args))
    assert decided is not None, text
    assert decided.ok is rule.accepts, text
    if not rule.accepts:
        assert decided.rule == rule.name
    assert g._year_context(*args) == decided, "an earlier rule decides first"


def test_year_rules_have_unique_names() -> None:
    from crimea_cli.dates import years

    names = [r.name for r in years.YEAR_RULES]
    assert len(names) == len(set(names)) and "no-evidence" not in names


def test_mentions_are_typed_by_kind() -> None:
    from crimea_cli.dates import ExplicitMention, PartialMention, RelativeMention

    found = find_mentions("On 5 May 1986 she left; on 12 June she wrote, and two weeks later "
                          "she came back, in April.")
    assert [type(m) for m in found] == [ExplicitMention, PartialMention, RelativeMention,
                                        PartialMention]
    explicit, day, relative, month = found
    assert explicit.kind is MentionKind.EXPLICIT and explicit.value.edtf == "1986-05-05"
    assert (day.kind, day.month, day.day) == (MentionKind.PARTIAL, 6, 12)
    assert (relative.kind, relative.unit, relative.amount) == (MentionKind.RELATIVE, "day", 14)
    assert (month.month, month.day) == (4, 0)
    # each kind has its own fields, no sentinels of the others
    assert ExplicitMention._fields == ("span", "value", "names_something", "kind")
    assert PartialMention._fields == ("span", "month", "day", "end_month", "end_day", "kind")
    assert RelativeMention._fields == ("span", "unit", "amount", "month", "anchor", "within",
                                       "kind")
