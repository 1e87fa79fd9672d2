"""The date grammar's shortcuts give what its plain path gives (issue 11:
each keeps bench/oracle.py's digests; these tests pin the pieces)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from crimea_cli.dates import Mention, MentionKind, grammar
from crimea_cli.lang import en

_NO_DIGITS = ["Christmas", "Christmas Day", "New Year's Day", "Eve", "Night", " of ", "AD",
              "A.D.", "BC", "B.C.", "CE", "C.E.", "BCE", " ", ",", ".", "in", "the", "nine",
              "IX", "l", "O", "–", "-", "/", "’", "(", ")"]


@settings(max_examples=500)
@given(hst.lists(hst.sampled_from(_NO_DIGITS + [h for h in en.LANGUAGE.holidays]), max_size=10))
def test_holidays_and_short_era_years_need_a_digit(pieces: list[str]) -> None:
    # find_mentions looks for them only in a statement with a digit
    text = "".join(pieces)
    g = grammar()
    assert g._holidays(text) == []
    assert g._short_era_years(text) == []


def test_holidays_and_short_era_years_with_their_digits() -> None:
    # (the texts of the test above with a year: found, so the test above reads something)
    g = grammar()
    assert [m.value.edtf for m in g._holidays("on Christmas Day 1914 they sang")] == ["1914-12-25"]
    assert [m.value.edtf for m in g.find_mentions("on Christmas Day 1914 they sang")
            if m.value is not None] == ["1914-12-25"]
    assert [m.value.edtf for m in g.find_mentions("born in AD 9, dead by 44 BC")] == [
        "0009", "-0043"]


_DATE_PIECES = ["1994", "1990s", "5 May 1986", "May 1986", "May 5", "21 May", "12", "300",
                "2016", "–", " to ", " and ", ", ", " ", "in ", "the ", "(", ")", "BC", "present",
                "c. ", "rubles", "Art. ", "from ", "between ", "x", "."]


def _read_generally(text: str, rejected: list[tuple[tuple[int, int], str]] | None) -> list[Mention]:
    # find_mentions with every chain of one atom read by the general reading
    # (_interpret_chain, which takes any chain) instead of _interpret_one
    g = grammar()
    g._interpret_one = (  # type: ignore[method-assign]
        lambda t, at, rej=None: g._interpret_chain(t, [at], [], rej))
    try:
        return g.find_mentions(text, rejected)
    finally:
        del g._interpret_one


@settings(max_examples=800)
@given(hst.lists(hst.sampled_from(_DATE_PIECES), max_size=9))
def test_one_atom_is_one_chain_read_alone(pieces: list[str]) -> None:
    # find_mentions reads a statement's only atom (and any chain of one atom)
    # with _interpret_one, without _chains: the mentions and the refusals of
    # the general reading of that chain
    text = "".join(pieces)
    g = grammar()
    atoms = g._atoms(text)
    if len(atoms) == 1:
        assert g._chains(text, atoms) == [(atoms, [])]
    general: list[tuple[tuple[int, int], str]] = []
    fast: list[tuple[tuple[int, int], str]] = []
    assert g.find_mentions(text, fast) == _read_generally(text, general), text
    assert fast == general, text
    assert g.find_mentions(text) == _read_generally(text, None), text


def test_one_atom_read_generally_reads_something() -> None:
    # (the comparison above compares mentions, and refusals)
    rejected: list[tuple[tuple[int, int], str]] = []
    assert [m.value.edtf for m in _read_generally("in May 1986", None)
            if m.value is not None] == ["1986-05"]
    assert _read_generally("it cost 300 rubles", rejected) == [] and rejected


@settings(max_examples=800)
@given(hst.lists(hst.sampled_from(_DATE_PIECES), max_size=9))
def test_chains_without_a_comma_are_what_the_cut_gives(pieces: list[str]) -> None:
    # _chains skips _cut_at_commas when no gap is a comma: it would give the
    # same chains
    from crimea_cli.dates.chains import _cut_at_commas

    text = "".join(pieces)
    chains = grammar()._chains(text, grammar()._atoms(text))
    if not any("comma" in gaps for _, gaps in chains):
        assert _cut_at_commas(text, chains) == chains


def test_chains_with_a_comma_are_cut() -> None:
    # (_chains cuts a chain with a comma: where no "and" closes the list)
    g = grammar()
    for text, expected in [("In 1941, 1942 was worse", [[], []]),
                           ("in 1990, 1995 and 2001", [["comma", "and"]])]:
        assert [gaps for _, gaps in g._chains(text, g._atoms(text))] == expected, text


WORD_BOUNDARY_STARTS = [
    # pattern, flags, whether every match starts at a word boundary (as read)
    (r"\bthe", 0, True),
    (r"\b(?:the|an?)\s+year|\b[0-9]+", 0, True),
    (r"(?:\bx|\by)z", 0, True),
    (r"(?-i:\bMay)|\bthe", re.IGNORECASE, True),
    (r"\bthe|year", 0, False),          # a branch without one
    (r"the\b", 0, False),               # at the end, not the start
    (r"(?a:\bthe)", 0, False),          # another kind of word character
    (r"^the", 0, False),
    (r"\B(?:x)", 0, False),
    (r"", 0, False),
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), WORD_BOUNDARY_STARTS)
def test_starts_at_word_boundary(pattern: str, flags: int, expected: bool) -> None:
    from crimea_cli.dates.phrases import _starts_at_word_boundary

    assert _starts_at_word_boundary(pattern, flags) is expected


def test_relative_scan_tests_the_word_boundary_first() -> None:
    # the relative phrases all start at a word boundary: the scan says so
    # first (tests/test_fast_paths.py checks the scan's matches are the pattern's)
    g = grammar()
    assert g._relative_scan().pattern.startswith(r"\b(?=[")


def _word_before_plain(text: str, start: int) -> tuple[str, bool]:
    # what _word_before reads, written out: the last token of the 40
    # characters before ``start``, past a "(" or "[" right before, cut after
    # its last bracket or ellipsis
    before = text[max(0, start - 40):start].rstrip()
    paren = before[-1:] in ("(", "[")
    if paren:
        before = before[:-1].rstrip()
    tok = before.split()[-1] if before.split() else ""
    cut = max(tok.rfind("("), tok.rfind("["),
              tok.rfind("...") + 2 if "..." in tok else -1, tok.rfind("…"))
    return tok[cut + 1:], paren


_BEFORE_PIECES = ["in", "In", " ", "  ", "(", "[", "c.", "1964...Between", "…", "x", "Art.",
                  "the", "summer–autumn", "’s", "ſince", "é", "\u2009", "\n", "-", ",", "1994",
                  "«", "\"", "“", "so(", "[in"]


@settings(max_examples=800)
@given(hst.lists(hst.sampled_from(_BEFORE_PIECES), max_size=10), hst.data())
def test_word_before_is_the_last_token_cut(pieces: list[str], data: hst.DataObject) -> None:
    # _word_before returns a token of letters at once (nothing in it to cut at)
    from crimea_cli.dates.years import _word_before

    text = "".join(pieces)
    start = data.draw(hst.integers(0, len(text)))
    assert _word_before(text, start) == _word_before_plain(text, start), (text, start)


HEADS_APART = [
    # the first letters of the months, whether the atom scan meets each wherever it stands
    (["Apr", "Aug", "Dec", "Feb", "Jan", "Jul", "Jun", "Mar", "May", "Nov", "Oct", "Sep"], True),
    (["Mar", "arc"], False),        # "Marc": "arc" starts inside "Mar"
    (["Jan", "nov"], False),        # "Janov": "nov" starts at the end of "Jan"
    (["1月", "2月"], False),        # a run of digits is met there instead
    (["Ab", "ba"], False),
    (["Ab", "Cd"], True),
    (["Xab", "a"], True),           # not looked for: a head strictly inside a longer one
]


@pytest.mark.parametrize(("heads", "expected"), HEADS_APART)
def test_heads_apart(heads: list[str], expected: bool) -> None:
    from crimea_cli.dates.forms import _heads_apart

    assert _heads_apart(heads) is expected


_MONTH_PIECES = ["April", "May", "in ", "by early ", "from ", " to ", " and ", ", ", "Sept",
                 "Mayor", "Marsh", "March", "1994", "12", "3 ", "the end of ", "(", ")", ".",
                 "x", "Ma", "y", "Jun", "e", " ", "Octo", "ber"]


@settings(max_examples=1000)
@given(hst.lists(hst.sampled_from(_MONTH_PIECES), max_size=10))
def test_no_month_named_where_the_atom_scan_met_none(pieces: list[str]) -> None:
    # find_mentions looks for months named alone only where the atom scan met
    # a month's first letters; the atoms are those _atoms gives
    text = "".join(pieces)
    g = grammar()
    atoms, month = g._read_atoms(text)
    assert [(a.start, a.end, a.kind) for a in atoms] == [
        (a.start, a.end, a.kind) for a in g._atoms(text)]
    if not month:
        assert g._month_mentions(text) == [], text
        assert g._MONTH_ALONE.search(text) is None, text


def test_months_named_alone_are_found_where_the_atom_scan_met_one() -> None:
    # (find_mentions looks for them there: a month alone, and one beside a date)
    g = grammar()
    assert [(m.kind, m.span) for m in g.find_mentions("by early May the rains came")] == [
        (MentionKind.PARTIAL, (9, 12))]
    assert [m.span for m in g.find_mentions("in May, and in June 1994 the river rose")] == [
        (3, 6), (15, 24)]
