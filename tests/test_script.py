"""The script is the language's: the rules that look for a capital or a small
letter read ``capital_letters`` and ``small_letters`` (English: ``[A-Z]``,
``[a-z]``, the very pattern text as before, so its output is the same).

Each test builds a test-only language, English with the Ukrainian letters
added, and checks that a rule that looked for a Latin letter only reads a
Cyrillic one there, and not in English.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from crimea_cli.dates import MentionKind, find_mentions
from crimea_cli.lang import Language, en, letter_class

E = en.LANGUAGE
UK_CAPITALS = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
CYRILLIC = dataclasses.replace(
    E, code="xc", name="Test Cyrillic letters",
    capital_letters=E.capital_letters | set(UK_CAPITALS),
    small_letters=E.small_letters | set(UK_CAPITALS.lower()),
    number_words={**E.number_words, "чотирнадцять": 14})
"""English, written with the Ukrainian letters too (and one number word)."""


def test_english_letters_are_the_classes_the_rules_had() -> None:
    assert letter_class(E.capital_letters) == "[A-Z]"
    assert letter_class(E.small_letters) == "[a-z]"
    assert letter_class("ІЇА") == "[ІЇА]" and letter_class("АБВ") == "[А-В]"
    assert letter_class("") == "(?!)"


@pytest.mark.parametrize("table", ["capital_letters", "small_letters"])
def test_the_letters_are_single_letters_of_their_case(table: str) -> None:
    letters = getattr(E, table)
    assert letters and all(len(c) == 1 and c.isalpha() for c in letters)
    assert all(c.isupper() if table == "capital_letters" else c.islower() for c in letters)
    with pytest.raises(ValueError, match=f"needs a word in: {table}"):
        dataclasses.replace(E, code="xd", name="Test no letters", **{table: frozenset()})


def _days(text: str, language: Language | None = None) -> list[tuple[int, int]]:
    return [(m.month, m.day) for m in find_mentions(text, language=language)  # type: ignore
            if m.kind is MentionKind.PARTIAL]


def test_a_name_after_two_days_may_open_with_a_capital_of_the_script() -> None:
    # "May 4 and 5" stands without a year before a name ("… Kyiv", "… Київ")
    assert _days("On May 4 and 5 Kyiv voted.") == [(5, 4), (5, 5)]
    assert _days("On May 4 and 5 Київ voted.", CYRILLIC) == [(5, 4), (5, 5)]
    assert _days("On May 4 and 5 Київ voted.") != [(5, 4), (5, 5)]


def _within(text: str, language: Language | None = None) -> list[tuple[str, int]]:
    return [(m.unit, m.amount) for m in find_mentions(text, language=language)  # type: ignore
            if m.kind is MentionKind.RELATIVE and m.within]  # type: ignore[attr-defined]


def test_a_plan_within_a_week_reads_a_verb_of_the_script() -> None:
    # "was to take effect within a week" is a plan, no date; the verb in Cyrillic too
    assert _within("The law was to take effect within a week.") == []
    assert _within("The law was to набрати effect within a week.", CYRILLIC) == []
    assert _within("The law was to набрати effect within a week.") == [("day", 7)]


def test_the_subject_who_died_may_be_named_in_the_script() -> None:
    from crimea_cli.events import narrative

    assert narrative(CYRILLIC).subject_died.match("Олена Ліс died") is not None
    assert narrative(E).subject_died.match("Olena Lis died") is not None
    assert narrative(E).subject_died.match("Олена Ліс died") is None
    # an adverb in -ly between, in the script's small letters
    assert narrative(CYRILLIC).subject_died.match("Olena Lis раптовоly died") is not None
    assert narrative(E).subject_died.match("Olena Lis раптовоly died") is None


def test_the_case_reads_places_codes_and_courts_in_the_script() -> None:
    from crimea_cli import extract_events, parse_article
    from crimea_cli.case import case_lines

    text = ("= Olena Lis =\n\nOlena Lis (born 5 May 1970 in Київ) is a journalist.\n\n"
            "== Life ==\nIn March 2015 she was charged under Article 205 of the Кримінальний "
            "Code.\n\nOn 12 May 2017 she was sentenced by the Court of Київ to six years.\n")
    latin = text.replace("Київ", "Kyiv").replace("Кримінальний", "Kryminalnyi")

    def lines(text: str, language: Language | None) -> dict[str, str]:
        article = parse_article(text)
        events = extract_events(article)
        return {c.field: c.value for c in case_lines(article, events, [], dt.date(2026, 1, 1),
                                                     language=language)}

    theirs, ours = lines(text, CYRILLIC), lines(text, None)
    # the Cyrillic names read as English reads Latin ones
    assert {k: v.replace("Київ", "Kyiv").replace("Кримінальний", "Kryminalnyi")
            for k, v in theirs.items()} == lines(latin, None)
    assert theirs["born"] == "5 May 1970 in Київ" and ours["born"] == "5 May 1970"
    assert theirs["charged"] == "Article 205 of the Кримінальний Code"
    assert ours["charged"] == "Article 205"
    assert "Київ" in theirs["sentenced"] and "Київ" not in ours["sentenced"]


def test_a_law_article_s_letter_is_of_the_script() -> None:
    from crimea_cli.case import charges

    assert charges("charged under Article 205а of the code", CYRILLIC) == ["Article 205а"]
    assert charges("charged under Article 205a of the code") == ["Article 205a"]
    assert charges("charged under Article 205а of the code") == ["Article 205"]


def test_the_facts_read_a_term_in_the_script() -> None:
    from crimea_cli import extract_events, parse_article
    from crimea_cli.facts import compute_facts

    article = parse_article("= Olena Lis =\n\nOlena Lis (born 5 May 1970) is a journalist.\n\n"
                            "On 12 May 2017 she was sentenced to чотирнадцять years.\n")
    events = extract_events(article)

    def sentence(language: Language | None) -> list[str]:
        return [f.value for f in compute_facts(article, events, dt.date(2026, 1, 1), language)
                if f.label == "Sentence"]

    assert sentence(CYRILLIC) == ['14 years ("чотирнадцять years")']
    assert sentence(None) == []


CYRILLIC_ONLY = dataclasses.replace(
    E, code="xd", name="Test Cyrillic script", capital_letters=frozenset(UK_CAPITALS),
    small_letters=frozenset(UK_CAPITALS.lower()))
"""English words written in the Ukrainian letters alone: Latin is another script."""


def test_the_case_name_reads_the_label_and_the_native_script_of_the_language() -> None:
    from crimea_cli import extract_events, parse_article
    from crimea_cli.case import case_lines

    def name(text: str, language: Language | None) -> str:
        article = parse_article(f"= Olena Lis =\n\n{text}\n")
        rows = case_lines(article, extract_events(article), [], dt.date(2026, 1, 1),
                          language=language)
        return next(c.value for c in rows if c.field == "name")

    labelled = "Олена Ліс (Англійська: Olena Lis; born 5 May 1970) is a journalist."
    # the label is in the language's letters: stripped (English keeps it, as before)
    assert name(labelled, CYRILLIC_ONLY) == "Олена Ліс (Olena Lis)"
    assert name(labelled, None) == "Олена Ліс (Англійська: Olena Lis)"
    assert name(labelled.replace("Англійська", "English"), None) == "Олена Ліс"
    # the native-script name is the piece in another script than the language's
    cyrillic = "Олена Ліс (Olena Lis; born 5 May 1970) is a journalist."
    assert name(cyrillic, CYRILLIC_ONLY) == "Олена Ліс (Olena Lis)"
    assert name(cyrillic, None) == "Олена Ліс"
    assert name("Olena Lis (Олена Ліс; born 5 May 1970) is a journalist.", None) == (
        "Olena Lis (Олена Ліс)")
