"""The article parser: structure, normalisation, sentences, malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest

from crimea_cli import ArticleError, ListItem, Paragraph, Source, parse_article, read_article
from crimea_cli.article import decode, split_sentences

SEED = Path(__file__).resolve().parents[1] / "data" / "seed.txt"

SMALL = """= Ruslan Eminov =

Ruslan Eminov
- Birthplace: Bakhchysarai, Crimea
- Occupation: Lawyer

Ruslan Eminov (born 12 April 1983) is a lawyer. He lives in Crimea.

== Career ==
He graduated in 2005.

== Awards and honours ==
=== Awards ===
- 2016: Front Line Defenders Award
- 2018: Order of Merit
"""


def test_structure() -> None:
    a = parse_article(SMALL)
    assert a.title == "Ruslan Eminov"
    assert a.infobox is not None and a.infobox.name == "Ruslan Eminov"
    assert [(f.key, f.value) for f in a.infobox.facts] == [
        ("Birthplace", "Bakhchysarai, Crimea"), ("Occupation", "Lawyer")]
    assert [s.path for s in a.sections] == [
        ("Career",), ("Awards and honours",), ("Awards and honours", "Awards")]
    assert a.sections[2].label == "Awards and honours › Awards"
    assert a.sections[2].level == 3
    (lead,) = a.lead
    assert isinstance(lead, Paragraph) and len(lead.statements) == 2
    items = a.sections[2].blocks
    assert all(isinstance(b, ListItem) for b in items)
    assert [s.source for s in a.statements].count(Source.LIST_ITEM) == 2
    assert [s.source for s in a.statements].count(Source.INFOBOX) == 2


def test_offsets_point_into_normalised_text() -> None:
    a = parse_article(SMALL)
    for s in a.statements:
        assert a.text[s.start:s.end] == s.text
    assert [s.index for s in a.statements] == list(range(len(a.statements)))


@pytest.mark.parametrize("variant", [
    "\ufeff" + SMALL,                     # BOM
    SMALL.replace("\n", "\r\n"),          # CRLF
    SMALL.replace("\n", "\r"),            # lone CR
    SMALL.replace("\n", "   \n"),         # trailing spaces
    SMALL.replace("is a lawyer", "is a\tlawyer").replace("\n", " \t\n"),
])
def test_normalisation_gives_the_same_statements(variant: str) -> None:
    base = [s.text for s in parse_article(SMALL).statements]
    assert [s.text for s in parse_article(variant).statements] == base


def test_decode() -> None:
    assert decode("\ufeffé".encode()) == "\ufeffé"
    assert decode("é".encode("utf-16")) == "é"
    with pytest.raises(ArticleError, match="NUL byte"):
        decode("abc".encode("utf-16-le"))
    with pytest.raises(ArticleError, match="not UTF-8") as err:
        decode(b"line one\nline \xff two")
    assert err.value.line == 2


@pytest.mark.parametrize(("paragraph", "sentences"), [
    # abbreviations
    ("He was charged under Art. 205.5 of the Code. He denied it.",
     ["He was charged under Art. 205.5 of the Code.", "He denied it."]),
    ("He lived on St. Mary Street. It burned.", ["He lived on St. Mary Street.", "It burned."]),
    ("He was prisoner No. 5 in the camp. Then he left.",
     ["He was prisoner No. 5 in the camp.", "Then he left."]),
    ("She moved to the U.S. in 2001.", ["She moved to the U.S. in 2001."]),
    ("It opened on Jan. 5, 2025. Crowds came.", ["It opened on Jan. 5, 2025.", "Crowds came."]),
    ("It opened on 5 Sept. 2025. Crowds came.", ["It opened on 5 Sept. 2025.", "Crowds came."]),
    ("It ran in Feb.–Mar. 2014, then stopped. It resumed.",
     ["It ran in Feb.–Mar. 2014, then stopped.", "It resumed."]),
    ("He was born c. 1894 in Lublin. He died later.",
     ["He was born c. 1894 in Lublin.", "He died later."]),
    ("Dr. Smith testified. The court adjourned.", ["Dr. Smith testified.", "The court adjourned."]),
    # initials
    ("The book by J. R. Tolkien sold well. It was reprinted.",
     ["The book by J. R. Tolkien sold well.", "It was reprinted."]),
    # decimal numbers
    ("He got 2.5 years. It was upheld.", ["He got 2.5 years.", "It was upheld."]),
    # full stops inside quotations
    ('She said: "Peace does not work anymore. Prisoners suffer." The hall was silent.',
     ['She said: "Peace does not work anymore. Prisoners suffer."', "The hall was silent."]),
    ("He said “It is over. We lost.” Then he left.",
     ["He said “It is over. We lost.”", "Then he left."]),
    # a stray quote mark does not swallow the sentences after it
    ('He said "stop. ' + "It was late. " * 60 + 'Then "yes".',
     ['He said "stop.'] + ["It was late."] * 60 + ['Then "yes".']),
    # other terminators, lower-case continuation
    ("Why? Nobody knew! It ended.", ["Why?", "Nobody knew!", "It ended."]),
    ("It cost approx. three million.", ["It cost approx. three million."]),
    # footnote marks after the full stop
    ("He was arrested in 2014.[1][5] He denied it.",
     ["He was arrested in 2014.[1][5]", "He denied it."]),
    ("It was banned.[citation needed] It reopened.",
     ["It was banned.[citation needed]", "It reopened."]),
    # an abbreviation that ends a sentence: a word that only starts one follows
    ("He wrote poems, essays, etc. In 2015 he published a novel.",
     ["He wrote poems, essays, etc.", "In 2015 he published a novel."]),
    ("He left the U.S. In 2010 he settled in Kyiv.",
     ["He left the U.S.", "In 2010 he settled in Kyiv."]),
    ("He met Dr. Ivanov on 5 May. His lawyer came.",
     ["He met Dr. Ivanov on 5 May.", "His lawyer came."]),
    ("He cited Smith v. The Russian Federation in 2021. It agreed.",
     ["He cited Smith v. The Russian Federation in 2021.", "It agreed."]),
])
def test_sentences(paragraph: str, sentences: list[str]) -> None:
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == sentences


@pytest.mark.parametrize("text", [
    "Just one line with no title.",
    "== Only a heading ==",
    "= Title =\n== A ==\n=== B ===\n== C ==",
    "== Unbalanced ===\nText here.",
    "= Title\nNo closing equals.",
    "=\n==\n= = =\nText between stray rules.\n=====",
    "- a list\n- without anything",
    "= T =\n\nName\n- Key without value\n- Born: 1990",
    "(((((\n)))))\n\"\"\"\"",
])
def test_malformed_input_still_parses(text: str) -> None:
    a = parse_article(text)
    for s in a.statements:
        assert a.text[s.start:s.end] == s.text


def test_headings_only_give_sections_without_statements() -> None:
    a = parse_article("= T =\n== A ==\n== B ==\n")
    assert [s.title for s in a.sections] == ["A", "B"] and a.statements == ()


def test_unbalanced_heading_uses_the_shorter_run() -> None:
    a = parse_article("= T =\n== Life ===\nBorn in 1990.\n")
    assert a.sections[0].title == "Life" and a.sections[0].level == 2


def test_a_line_starting_with_equals_that_runs_on_is_text() -> None:
    long = "= T =  " + "In 1990 he was born. " * 20
    a = parse_article(f"{long}\n\n== Life ==\n{long}\n", name="bio")
    assert a.title == "bio" and [s.title for s in a.sections] == ["Life"]
    assert a.statements[0].text.startswith("= T =  In 1990") and len(a.statements) == 40


def test_missing_title_falls_back_to_name() -> None:
    assert parse_article("Text in 1990.", name="bio").title == "bio"


@pytest.mark.parametrize("text", ["", "   \n\n\t  ", "\ufeff", "\r\n\r\n"])
def test_nothing_to_read(text: str) -> None:
    with pytest.raises(ArticleError, match="empty"):
        parse_article(text)


def test_read_article_errors(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(ArticleError, match="limit"):
        read_article(big, max_bytes=1024)


def test_bundled_article() -> None:
    a = read_article(SEED)
    assert a.title == "Server Mustafayev"
    assert [s.label for s in a.sections] == ["Life", "Reaction", "Awards"]


def test_every_public_name_is_exported() -> None:
    import crimea_cli

    for name in crimea_cli.__all__:
        assert getattr(crimea_cli, name) is not None
