"""Hostile article shapes that once cost more than linear time or output.

Each shape is a function of a size in characters that returns an article of
about that size whose cost used to grow faster than the size: one long
statement that repeats what a rule reads on from. ``tests/test_scaling.py``
checks that time and output grow linearly on each, ``bench/fuzz.py`` mixes
them into its inputs and ``bench/pathological.py`` runs them at 100 KB.
"""

from __future__ import annotations

import random
from collections.abc import Callable

HEAD = ("= Test Person =\n- Name: Test Person\n- Born: 5 May 1986\n\n"
        "Test Person (born 5 May 1986) is a writer.\n\n== Life ==\n\n")


def _repeat(unit: Callable[[int], str], size: int) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts)


def ones(size: int) -> str:
    """A list of small numbers with no month after it: "On 1, 1, 1, … the end."."""
    return HEAD + "On " + ", ".join(["1"] * max(1, size // 3)) + " the end.\n"


def numbers(size: int) -> str:
    """Articles of a code: "The court cited articles 1, 2, 3, … 4000 of the code."."""
    return HEAD + "The court cited articles " + _repeat(lambda i: f"{i % 4000 + 1}, ", size) \
        + "and 1 of the code.\n"


def day_runs(size: int) -> str:
    """Runs of days that end at a month, in one statement: many dates."""
    months = ("May", "June", "July", "August")
    return HEAD + "He spoke on " + _repeat(
        lambda i: f"1, 2, 3 and 4 {months[i % 4]} {1900 + i % 200}, ", size) + "and rested.\n"


def initials(size: int) -> str:
    """A letter and a full stop read as an initial: one statement of relative dates."""
    return HEAD + "On 5 May 2019 x. " + "Two days later y. " * max(1, size // 18) + "\n"


def many_dates(size: int) -> str:
    """Distinct full dates and years in one sentence, intervals among them."""
    return HEAD + "He lived there in " + _repeat(
        lambda i: f"{1800 + i % 300}, from {i % 28 + 1} May {1800 + i % 300} to "
                  f"{i % 28 + 1} June {1801 + i % 300}, ", size) + "and 2001.\n"


def awards(size: int) -> str:
    """Award phrases that read on to the end of the sentence, once per keyword."""
    return (HEAD.replace("== Life ==", "== Awards ==")
            + "In 2019, Test Person " + "was awarded to him and " * max(1, size // 69)
            + "received by the people " * max(1, size // 69)
            + "was awarded by the people and " * max(1, size // 90) + "with honour.\n"
            + "He is a man " + "who received the Star Prize in 2001 and " * max(1, size // 120)
            + "more.\n")


def award_items(size: int) -> str:
    """An award list item and an infobox value with many dates, commas and spaces."""
    return ("= Test Person =\n- Name: Test Person\n- Awards: "
            + _repeat(lambda i: f"Star Prize ({1800 + i % 300}), Moon, ", size // 3)
            + "\n\nTest Person is a writer.\n\n== Awards ==\n\n- Star Prize "
            + _repeat(lambda i: f"({1800 + i % 300}) ", size // 3)
            + "\n- Star Prize" + " " * (size // 6) + ", shared with Bob" * max(1, size // 100)
            + "\n")


def sentence(size: int) -> str:
    """The sentence length read from "sentenced … to N years", with many "sentenced"."""
    return (HEAD + "On 5 May 2019 he was " + "sentenced and " * max(1, size // 28)
            + "then sentenced by the court to pay " + "a fine and " * max(1, size // 22)
            + "more.\n")


def parentheses(size: int) -> str:
    """Deep parentheses around a life span, and dates inside them."""
    depth = max(1, size // 20)
    return ("= Test Person =\n\nTest Person " + "(" * depth + "5 May 1986 – 6 June 2020"
            + ")" * depth + " was a writer. In 2014 " + "(in 2015 (" * (depth // 2)
            + ")" * depth + " he left.\n")


def long_statement(size: int) -> str:
    """One long statement with a date (and an award) every 400 characters: a
    record that copied its whole statement would make the output quadratic."""
    filler = "and he wrote and spoke and travelled " * 9
    return (HEAD.replace("== Life ==", "== Awards ==") + "He " + _repeat(
        lambda i: f"{filler}in {1800 + i % 300}, was awarded the Star Prize in "
                  f"{1800 + i % 300}, ", size) + "and rested.\n")


def spaces(size: int) -> str:
    """Long runs of spaces inside lines (not at their ends), in a sentence, an
    award list item and an infobox value."""
    run = " " * max(1, size // 3)
    return ("= Test Person =\n- Name: Test Person\n- Awards: Star Prize" + run + "; Moon Medal"
            + "\n\nTest Person is a writer.\n\n== Awards ==\n\nIn 2014 he" + run + "left. \n\n"
            + "- Star Prize (2001)" + run + ", shared with Bob\n")


SHAPES: dict[str, Callable[[int], str]] = {
    "ones": ones, "numbers": numbers, "day runs": day_runs, "initials": initials,
    "many dates": many_dates, "awards": awards, "award items": award_items,
    "sentence": sentence, "parentheses": parentheses, "long statement": long_statement,
    "spaces": spaces,
}


def mixed(size: int) -> str:
    """Every shape in one article, each about ``size / len(SHAPES)`` characters."""
    part = max(1, size // len(SHAPES))
    # each shape's article without its title line, under a heading of its own
    bodies = [f"\n== {name} ==\n\n" + make(part).split("\n", 1)[1]
              for name, make in SHAPES.items()]
    return HEAD + "".join(bodies)


def grammar(rnd: random.Random, size: int) -> str:
    """A random article of about ``size`` characters built from the shapes'
    pieces: sentences of date atoms, separators, award and sentence words,
    initials and parentheses, in random order and lengths."""
    words = ["1", "12", "31", "3rd", "May", "June", "1986", "2019", "1990s", "12th century",
             ",", ", and", "and", "to", "–", "from", "between", "c.", "x.", "J.", "(", ")",
             "in", "on", "the", "following", "year", "two days later", "awarded to him",
             "was awarded", "received the Star Prize", "by the people", "with", "who",
             "sentenced", "to 14 years", "Art.", "No.", "shared with", "Order of Merit"]
    out = [HEAD]
    total = 0
    while total < size:
        n = rnd.choice((5, 50, 500, 5000))
        piece = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, n)))
        if rnd.random() < 0.2:
            piece = "- " + piece
        out.append(piece + rnd.choice((".\n", ". ", "\n\n", "; ")))
        total += len(piece)
    return "".join(out)
