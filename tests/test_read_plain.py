"""The plain reader: pasted browser text loses the marks it recognises."""

from __future__ import annotations

import pytest

from crimea_cli.read.plain import read_plain, strip_browser_marks

PASTED = """Oksana Kalyna
From Wikipedia, the free encyclopedia
Oksana Kalyna is a photographer.[1] She was born in 1984.[2][a]
Early life[edit]
She moved to Kyiv in 2006.[citation needed] See [3] for the list.
"""


def test_pasted_page() -> None:
    a = read_plain(PASTED, name="pasted", origin="pasted.txt")
    assert [s.text for s in a.statements] == [
        "Oksana Kalyna is a photographer.", "She was born in 1984.",
        "She moved to Kyiv in 2006.", "See [3] for the list."]
    assert [s.path for s in a.sections] == [("Early life",)]
    assert a.origin == "pasted.txt" and a.title == "Oksana Kalyna"
    for s in a.statements:
        assert a.text[s.start:s.end] == s.text


@pytest.mark.parametrize(("text", "expected"), [
    ("It closed.[12] Then", "It closed. Then"),
    ("in 2014,[note 3] he", "in 2014, he"),
    ("banned[who?] in", "banned in"),
    ("a list [1] of", "a list [1] of"),               # after a space: not a mark
    ("the [edit] button", "the [edit] button"),       # not a heading line
    ("array[index] here", "array[index] here"),       # not a known mark
    ("Career[edit]\n", "\n== Career ==\n"),
])
def test_marks(text: str, expected: str) -> None:
    assert strip_browser_marks(text) == expected


def test_article_format_is_read_as_written() -> None:
    """A file in the article format keeps every character, so offsets are the file's."""
    text = ("= Harbour strike =\n\nThe dockers stopped work,[clarification needed] "
            "as the union said.[4] The strike ended on 3 May 1921.\n")
    a = read_plain(text, name="strike")
    assert a.text == text
    assert any(s.text.endswith("said.[4]") for s in a.statements)
    for s in a.statements:
        assert text[s.start:s.end] == s.text
