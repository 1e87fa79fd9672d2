"""Awards: what the subject received, and what is not an award."""

from __future__ import annotations

import pytest

from crimea_cli import extract_awards, parse_article


def _awards(body: str, title: str = "Anna Petrenko") -> list[tuple[str, str | None, str | None]]:
    a = parse_article(f"= {title} =\n\n== Life ==\n{body}\n")
    return [(w.name, w.date.edtf if w.date else None, w.conferred_by)
            for w in extract_awards(a)]


@pytest.mark.parametrize(("body", "expected"), [
    ("On 21 May 2025, Petrenko was awarded the Alfred Moses Liberty Award by Freedom House.",
     [("Alfred Moses Liberty Award", "2025-05-21", "Freedom House")]),
    ("On 21 August 2020, Petrenko was awarded by Ukrainian president Volodymyr Zelensky "
     "with the Order of Merit.",
     [("Order of Merit", "2020-08-21", "Ukrainian president Volodymyr Zelensky")]),
    ("In November 2021 Petrenko received the Free Media Award.",
     [("Free Media Award", "2021-11", None)]),
    ("In 2018 she was awarded the Ukrainian Order of Merit, 3rd class.",
     [("Ukrainian Order of Merit, 3rd class", "2018", None)]),
    ("She won the 2016 Sakharov Prize for Freedom of Thought.",
     [("Sakharov Prize for Freedom of Thought", "2016", None)]),
    ("In 2010 she received an honorary doctorate from the University of Kyiv.",
     [("honorary doctorate", "2010", None)]),
    ("In 2018, President Zelensky awarded Petrenko the Order of Princess Olga.",
     [("Order of Princess Olga", "2018", "President Zelensky")]),
    ("She was awarded the title of Hero of Ukraine in 2022.",
     [("Hero of Ukraine", "2022", None)]),
    ("In 2022 Petrenko was posthumously awarded the title Hero of Ukraine.",
     [("Hero of Ukraine", "2022", None)]),
    ("In 2019 she received the title of People's Artist of Ukraine.",
     [("People's Artist of Ukraine", "2019", None)]),
    ("She received the Order of Merit, III degree, on 23 August 2023.",
     [("Order of Merit, III degree", "2023-08-23", None)]),
    ('In 2021 she was awarded the Order "For Courage", 3rd class.',
     [('Order "For Courage", 3rd class', "2021", None)]),
    ("In 2021 she was awarded the Order «For Merit».", [("Order «For Merit»", "2021", None)]),
    ("She has received numerous awards, including the Free Media Award (2015) and the "
     "Shevchenko National Prize (2018).",
     [("Free Media Award", "2015", None), ("Shevchenko National Prize", "2018", None)]),
    ("In 2019 she received the Free Media Award and the Medal of Honour.",
     [("Free Media Award", "2019", None), ("Medal of Honour", "2019", None)]),
    ("Petrenko is a laureate of the Shevchenko National Prize.",
     [("Shevchenko National Prize", None, None)]),
    ("In 2017 she became the first recipient of the Crimean Freedom Award.",
     [("Crimean Freedom Award", "2017", None)]),
    ("In 2018 she was the winner of the Free Media Award.", [("Free Media Award", "2018", None)]),
    ("In 2022 she shared the Nobel Peace Prize with two organisations.",
     [("Nobel Peace Prize", "2022", None)]),
    # the subject's own list
    ("Her awards include the Golden Pen Award (2001) and the Free Media Award (2005).",
     [("Golden Pen Award", "2001", None), ("Free Media Award", "2005", None)]),
    ("Among her honours are the Order of Merit (2010) and the Shevchenko National Prize.",
     [("Order of Merit", "2010", None), ("Shevchenko National Prize", None, None)]),
    # an order's grade, names joined through "of the"
    ("She was appointed Officer of the Order of the British Empire in 2019.",
     [("Officer of the Order of the British Empire", "2019", None)]),
    ("She was appointed to the Order of Canada in 2019.", [("Order of Canada", "2019", None)]),
    ("Petrenko was made a Dame Commander of the Order of St Michael and St George in 2020.",
     [("Dame Commander of the Order of St Michael and St George", "2020", None)]),
    ("She received the Free Media Award (2015) and the Golden Pen Award in 2018.",
     [("Free Media Award", "2015", None), ("Golden Pen Award", "2018", None)]),
    # one award per date in the parenthesis after its name
    ("She is a two-time recipient of the Pulitzer Prize (2016, 2018).",
     [("Pulitzer Prize", "2016", None), ("Pulitzer Prize", "2018", None)]),
    # a quoted citation is not part of the name
    ('In 2022 Petrenko won the Right Livelihood Award "for building democratic institutions".',
     [("Right Livelihood Award", "2022", None)]),
    # a relative clause describing the subject
    ("Petrenko was a pilot who received the Order of the Red Banner in 1942.",
     [("Order of the Red Banner", "1942", None)]),
    # honorary titles
    ("In 2023 she received the title Hero of Ukraine.", [("Hero of Ukraine", "2023", None)]),
    ("Petrenko was conferred the title of People's Artist of Ukraine on 20 November 2015.",
     [("People's Artist of Ukraine", "2015-11-20", None)]),
    # a name ends before a date that follows it
    ("She was honoured with the title Hero of Ukraine in June 2024.",
     [("Hero of Ukraine", "2024-06", None)]),
    ("She received the Order of Merit on 5 May 2020.", [("Order of Merit", "2020-05-05", None)]),
    # the name before a passive verb whose recipient is the subject
    ("The 2024 Shevchenko National Prize was awarded to Petrenko.",
     [("Shevchenko National Prize", "2024", None)]),
    ("In 2023, the Freedom of Speech Award was awarded to her by PEN Ukraine.",
     [("Freedom of Speech Award", "2023", "PEN Ukraine")]),
])
def test_award_sentences(body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _awards(body) == expected


@pytest.mark.parametrize("body", [
    # prizes others received
    "In October 2022 she attended the ceremony at which the Sakharov Prize was awarded "
    "to the people of Ukraine.",
    "Oleksandra Matviichuk, head of the Center for Civil Liberties, which received the "
    "2022 Nobel Peace Prize, mentioned Petrenko.",
    "Her lawyer, who won the Lawyer of the Year Award in 2019, appealed.",
    "In 2022 the Lviv Prize was awarded to her colleague Ivan Melnyk.",
    # nominations and shortlists
    "She was shortlisted for the 2023 One Young World Journalist prize but did not win.",
    "She was nominated for the Sakharov Prize in 2016 but was not selected.",
    # not awards at all
    "She received a suspended sentence of 2.5 years.",
    "She won the election in 2019.",
    "In 2019 she received an award from the city.",
    "She received a prize for her essay.",
    "In 2015 she received a doctorate in law.",
    "Petrenko's husband received the Order of Princess Olga in 2021.",
    # relative clauses describing someone else
    "The Centre for Civil Liberties, which she heads, was awarded the Nobel Peace Prize.",
    "She was the daughter of a miner who was awarded the Order of Lenin in 1935.",
    "She met a lawyer who won the Free Media Award in 2019.",
    "She was a friend of Ivanov, who received the Order of Glory in 1943.",
    # a post, not an order; someone else's list
    "In 2011 she was appointed Commander of the Black Sea Fleet.",
    "In 2012 she was appointed to the Supreme Court.",
    "Her husband's awards include the Order of Glory.",
    # a title that is not a proper name
    "She won the title of European champion in 2011.",
    "She received the title in 2012.",
    # fellowships, named lectures, academy memberships by election, nominations
    "In 1990 she was awarded a Guggenheim Fellowship.",
    "In 1996 she gave the Reith Lectures.",
    "In 1999 she was elected a member of the Royal Academy of Letters.",
    "In 1998 she was nominated for the Harbour Prize for Fiction.",
])
def test_not_awards(body: str) -> None:
    assert _awards(body) == []


def test_award_section_list_items_and_infobox() -> None:
    a = parse_article(
        "= Mira Halvorsen =\n\nMira Halvorsen\n- Awards: Nansen Medal (1998)\n\n"
        "Mira Halvorsen is a biologist.\n\n== Awards ==\n- 1998: Nansen Medal\n"
        "- 2005: Order of St. Olav, Knight\n- Honorary doctorate, University of Bergen (2014)\n"
        "- Nominated for the Holberg Prize (2019)\n- Vaclav Havel Prize (2020, nominee)\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Nansen Medal", "1998"), ("Order of St. Olav, Knight", "2005"),
                   ("Honorary doctorate, University of Bergen", "2014")]


def test_award_section_item_saying_who_conferred_it() -> None:
    a = parse_article("= Margaret Hayes =\n\nMargaret Hayes was a physicist.\n\n== Honors ==\n"
                      "- 1998: National Medal of Science, presented by President Bill Clinton\n"
                      "- Elected to the National Academy of Sciences (1999)\n"
                      "- Honored Scientist of Ukraine (2001)\n"
                      "- 2005: Wolf Prize in Physics (shared with Pierre Lemaire)\n")
    got = [(w.name, w.date.edtf if w.date else None, w.conferred_by) for w in extract_awards(a)]
    assert got == [("National Medal of Science", "1998", "President Bill Clinton"),
                   ("Honored Scientist of Ukraine", "2001", None),
                   ("Wolf Prize in Physics (shared with Pierre Lemaire)", "2005", None)]


def test_award_section_item_with_a_closing_remark_on_co_recipients() -> None:
    a = parse_article("= Anna Petrenko =\n\nAnna Petrenko is a writer.\n\n== Awards ==\n"
                      "- 2019: PEN Pinter Prize, shared with Jane Doe\n"
                      "- 2010: Golden Pen Award, jointly with the staff of her newspaper\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Golden Pen Award", "2010"), ("PEN Pinter Prize", "2019")]


def test_award_items_with_dates_in_parentheses_and_trailing_years() -> None:
    a = parse_article(
        "= Anna Petrenko =\n\nAnna Petrenko\n- Awards: Golden Pen Award (2008, 2011)\n\n"
        "Anna Petrenko is a lawyer.\n\n== Awards ==\n"
        "- Order of Princess Olga (2010, 2014)\n"
        "- Nobel Peace Prize (2022, as head of the Center for Civil Liberties)\n"
        "- Knight of the Legion of Honour (France, 2012)\n"
        "- Right Livelihood Award, 2020\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Golden Pen Award", "2008"), ("Order of Princess Olga", "2010"),
                   ("Golden Pen Award", "2011"),
                   ("Knight of the Legion of Honour (France)", "2012"),
                   ("Order of Princess Olga", "2014"), ("Right Livelihood Award", "2020"),
                   ("Nobel Peace Prize", "2022")]


def test_the_life_span_after_the_name_is_not_an_award_date() -> None:
    a = parse_article("= Amet Sultan =\n\nAmet Sultan (1920–1971) was a flying ace who was "
                      "twice awarded the title Hero of the Soviet Union.\n")
    assert [(w.name, w.date) for w in extract_awards(a)] == [("Hero of the Soviet Union", None)]


def test_infobox_keys_holding_an_award_word() -> None:
    a = parse_article(
        "= Anna Petrenko =\n\nAnna Petrenko\n- Born: 12 March 1975\n"
        "- Notable awards: Sakharov Prize (2018)\n- Awards and honours: Golden Pen Award (2010)\n"
        "- Prize money: Order of Nothing (2020)\n\nAnna Petrenko is a lawyer.\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Golden Pen Award", "2010"), ("Sakharov Prize", "2018")]


def test_infobox_lists_and_award_section_items() -> None:
    a = parse_article(
        "= Anna Petrenko =\n\nAnna Petrenko\n"
        "- Awards: Order of Merit, Shevchenko National Prize; Order of St. Olav, Knight\n\n"
        "Anna Petrenko is a lawyer.\n\n== Honours ==\n"
        "- Included in the BBC 100 Women list (2019)\n- Hero of Ukraine (2022)\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Hero of Ukraine", "2022"), ("Order of Merit", None),
                   ("Shevchenko National Prize", None), ("Order of St. Olav, Knight", None)]


def test_the_same_award_at_two_precisions_is_one() -> None:
    a = parse_article("= Anna Petrenko =\n\nAnna Petrenko\n- Awards: Order of Merit (2021)\n\n"
                      "Anna Petrenko is a lawyer.\n\n== Life ==\n"
                      "She was awarded the Order of Merit by the President on 21 August 2021.\n"
                      "She was awarded the Order of Merit again in 2023.\n")
    got = [(w.name, w.date.edtf if w.date else None, w.conferred_by) for w in extract_awards(a)]
    assert got == [("Order of Merit", "2021-08-21", "the President"),
                   ("Order of Merit", "2023", None)]


def test_undated_award_takes_a_date_stated_elsewhere() -> None:
    a = parse_article("= Anna Petrenko =\n\nAnna Petrenko\n- Awards: Order of Merit\n\n"
                      "Anna Petrenko is a lawyer.\n\n== Life ==\n"
                      "In 2018 she was awarded the Order of Merit.\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Order of Merit", "2018")]


def test_award_sentence_whose_lower_case_is_longer() -> None:
    # "İ" lower-cases to two characters: offsets must still be the text's own
    a = parse_article("= İsmail Aliyev =\n\nİsmail Aliyev is a poet.\n\n== Life ==\n"
                      "In 2019 İsmail Aliyev received the Order of Merit.\n")
    got = [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]
    assert got == [("Order of Merit", "2019")]


@pytest.mark.parametrize(("body", "expected"), [
    # several honours in one career sentence
    ("In 2003 she received the Order of the White Eagle, the Légion d'honneur and honorary "
     "doctorates from three universities.",
     [("Order of the White Eagle", "2003"), ("Légion d'honneur", "2003"),
      ("honorary doctorates", "2003")]),
    # titles of the year, halls of fame, sports honours
    ("In 1995 she was named the Gazette's Person of the Year.",
     [("Gazette's Person of the Year", "1995")]),
    ("She was named Teacher of the Year in 1980.", [("Teacher of the Year", "1980")]),
    ("She was inducted into the National Rowing Hall of Fame in 2001.",
     [("National Rowing Hall of Fame", "2001")]),
    ("In 1975 she was selected to the All-Star team.", [("All-Star", "1975")]),
])
def test_titles_halls_of_fame_and_lists_of_honours(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert [(n, d) for n, d, _ in _awards(body)] == expected



def _section_awards(body: str) -> list[tuple[str, str | None]]:
    a = parse_article(f"= Anna Petrenko =\n\n== Awards and honours ==\n{body}\n")
    return [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]


@pytest.mark.parametrize(("body", "expected"), [
    # in a section of awards a proper name needs no award noun
    ("In 2013 she received the Silver Quill of Liberty in absentia.",
     [("Silver Quill of Liberty", "2013")]),
    ("In 2016 she received the Freedom of the City of Lviv.",
     [("Freedom of the City of Lviv", "2016")]),
    # ... but not a name that only modifies a noun, an organisation, or a lower-case phrase
    ("In 2012 she received Kyiv Writers Guild membership.", []),
    ("In 2017 she received the thanks of the Lviv City Council.", []),
    ("In 2011 she received the support of Amnesty International.", []),
    ("In 2005 she received the Dalai Lama at her home.", []),
    ("In 2003 she received the Archbishop of Canterbury at her home.", []),
    ("In 2004 she won the Presidential Election in her district.", []),
    ("In 2010 she received the European Court of Human Rights.", []),
    ("In 2018 she received the Silver Quill of Liberty twice.",
     [("Silver Quill of Liberty", "2018")]),
])
def test_award_section_sentences_name_awards_without_an_award_noun(
        body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _section_awards(body) == expected


def test_outside_a_section_of_awards_the_award_noun_is_needed() -> None:
    assert _awards("In 2013 she received the Silver Quill of Liberty.") == []
