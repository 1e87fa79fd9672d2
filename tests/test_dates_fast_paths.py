"""The date grammar's shortcuts give what its plain path gives (issue 11:
each keeps bench/oracle.py's digests; these tests pin the pieces)."""

from __future__ import annotations

import dataclasses
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


_SITE_BEFORE = ["in", "In", "since", "born", "around", "until", "late", "from", "of", "art",
                "ad", "c.", "the", "x", "Xin", "into", " ", "  ", "\t", "\u00a0", "(", ",",
                "-", "’", "averyveryverylongwordin", "1994"]
_SITE_AFTER = ["", " ", "  ", ",", ", ", ".", "-", "-page", "rubles", "Rubles", "BC", "bc",
               "B.C.", "b.c.e.", "B.C.E", "BC.E", "AD", "ce", "CE", "C.E.", "the", "was", "in",
               "'s", "’s", ")", "\n", "people", "x", "–"]
_SITE_SPACES = ["", " ", " ", "  ", "\t", "(", "-", ",", "x"]
_SITE_WORDS = ["in", "since", "circa", "during", "ad", "from", "of", "art", "In", "SINCE", "Ad",
               "Art", "İn", "the", "x"]


@settings(max_examples=1500)
@given(hst.lists(hst.sampled_from(_SITE_BEFORE), max_size=4),
       hst.sampled_from(_SITE_WORDS), hst.sampled_from(_SITE_SPACES),
       hst.sampled_from(["1994", "2016", "965", "300"]),
       hst.lists(hst.sampled_from(_SITE_AFTER), max_size=5), hst.booleans())
def test_plain_lead_is_what_the_rules_decide(before: list[str], word: str, space: str,
                                             number: str, after: list[str],
                                             is_range: bool) -> None:
    # _year_context answers for "in 1994" without the site or the rules
    # (_plain_lead); everything it answers is the rules' answer, and every other
    # site is read by them
    text = "".join(before) + word + space + number + "".join(after)
    start = len(text) - len(number) - len("".join(after))
    end = start + len(number)
    three = len(number) == 3
    for g in (grammar(), grammar(_LABELS_AS_LEADS)):
        fast = g._year_context(text, start, end, is_range, three, start)
        assert fast == g._year_context_by_rules(text, start, end, is_range, three, start), text


_LABELS_AS_LEADS = dataclasses.replace(
    en.LANGUAGE, code="en-x-labels",
    number_labels=en.LANGUAGE.number_labels | {"in", "during"},
    weak_year_prepositions=en.LANGUAGE.weak_year_prepositions | {"since"})
"""English where "in" and "during" also lead a label's number and "since" is
weak: the shortcut must leave them to the rules."""


def test_plain_lead_answers_the_commonest_sites() -> None:
    # (so the comparison above compares the shortcut, not the rules with themselves)
    g = grammar()
    assert g._plain_lead("born in 1994, she", 8, 12) == (True, False, False, "in", "")
    assert g._plain_lead("In 1994 she", 3, 7) == (True, False, False, "in", "")
    assert g._plain_lead("Circa 1994 she", 6, 10) == (True, True, False, "circa", "")
    assert g._plain_lead("Around 1994 she", 7, 11) is None   # weak: the rules read what follows
    assert g._plain_lead("in 1994 rubles", 3, 7) is None
    assert g._plain_lead("c 1994 BC", 2, 6) is None


# One row for each condition of _plain_lead, so that dropping any of them fails
# on every run (the property test above meets some of these sites only rarely):
# the number, then the text around it.
_PLAIN_LEAD_ROWS = [
    ("1994", "The rail grew in 1994-page steps."),        # joined by "-"
    ("1500", "She won in 1500-metre races."),             # joined by "-"
    ("1994", "Since 1994 AD the town has grown."),        # an era after: AD
    ("1994", "Since 1994 CE the town has grown."),        # an era after: CE
    ("1994", "In 1994 BC a fort stood there."),           # an era after: BC
    ("1994", "In 1994 B.C. a fort stood there."),         # an era after, with stops
    ("1994", "In 1994 B.C.E. a fort stood there."),
    ("1994", "They were paid in 1994 rubles each."),      # a quantity word after
    ("1994", "It opened In  1994 to visitors."),          # two spaces
    ("1994", "It opened in\u00a01994 to visitors."),      # no plain space
    ("1994", "It opened in\t1994 to visitors."),
    ("1994", "It opened within 1994 to visitors."),       # a word that ends like a lead
    ("1994", "It opened (in 1994) to visitors."),         # the lead after a bracket
    ("1994", "It opened in-1994 to visitors."),           # no space before the number
    ("1994", "It opened in/1994 to visitors."),
    ("1994", "Around 1994 the town grew."),               # a weak preposition
    ("1994", "Around 1994 people came."),
    ("1994", "AD 1994 the town grew."),                   # an era before
    ("1994", "ad 1994 the town grew."),
    ("1994", "In 1994 the town grew."),                   # the shortcut's own sites
    ("1994", "It grew since 1994, slowly."),
]


@pytest.mark.parametrize(("number", "text"), _PLAIN_LEAD_ROWS)
def test_plain_lead_rows_are_what_the_rules_decide(number: str, text: str) -> None:
    start = text.index(number)
    end = start + len(number)
    for g in (grammar(), grammar(_LABELS_AS_LEADS)):
        for is_range in (False, True):
            assert g._year_context(text, start, end, is_range, False, start) == \
                g._year_context_by_rules(text, start, end, is_range, False, start), text


def _relative_matches_plain(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    # the definition _relative_matches shortens: around each unit word, every
    # match of the relative phrases in its window (no prefilter, no look-ahead
    # scan, to the window's end) that holds the unit word and starts after the
    # last one taken
    g = grammar()
    low = text.lower()
    out: list[tuple[tuple[int, int], dict[str, str | None]]] = []
    taken = 0
    for u in g._UNIT_WORD.finditer(low):
        lo = max(taken, u.start() - 40)
        hi = u.end() + (64 if g._ANCHOR_AHEAD.match(low, u.end()) else 24)
        for m in g._RELATIVE.finditer(text, lo, min(len(text), hi)):
            if m.start() <= u.start() < m.end() and m.start() >= taken:
                out.append((m.span(), m.groupdict()))
                taken = m.end()
    return out


_RELATIVE_PIECES = ["two", "a", "the", "The", "following", "next", "same", "that", "years",
                    "year", "days", "day", "weeks", "month", "later", "earlier", "before",
                    "after", "within", "fortnight", "end", "of", "rest", "March", "evening",
                    "Monday", "landing", "Paris", "in", "prison", ",", ".", "1994", "he", "fell"]


@settings(max_examples=1500)
@given(hst.lists(hst.sampled_from(_RELATIVE_PIECES), max_size=14))
def test_relative_matches_are_the_windows_matches(pieces: list[str]) -> None:
    # _relative_matches stops reading a window at the first match that ends past
    # its unit word, and skips windows without a word a phrase needs: the same
    # matches as reading every window whole
    text = " ".join(pieces)
    fast = [(m.span(), m.groupdict()) for m in grammar()._relative_matches(text, text.lower())]
    assert fast == _relative_matches_plain(text), text


def test_relative_matches_plain_reads_phrases() -> None:
    # (the comparison above compares phrases found)
    assert [span for span, _ in _relative_matches_plain(
        "two days later the following year he fell")] == [(0, 14), (15, 33)]


@settings(max_examples=800)
@given(hst.lists(hst.sampled_from(_DATE_PIECES), max_size=14))
def test_few_chains_read_each_as_the_repeat_lookup_reads_them(pieces: list[str]) -> None:
    # find_mentions reads each chain of a statement with a few (_FEW_CHAINS),
    # without looking for repeated windows: the mentions and refusals of the
    # lookup, which a statement of more chains goes through
    text = "".join(pieces)
    g = grammar()
    fast = g.find_mentions(text)
    g._FEW_CHAINS = 1
    try:
        assert g.find_mentions(text) == fast, text
    finally:
        del g._FEW_CHAINS


def test_few_chains_are_read() -> None:
    # (the comparison above compares statements of a few chains)
    text = "from 1990 to 1995 and in 2001, then on 5 May 2003"
    g = grammar()
    assert 1 < len(g._chains(text, g._atoms(text))) <= g._FEW_CHAINS
    assert [m.value.edtf for m in g.find_mentions(text) if m.value is not None] == [
        "1990/1995", "2001", "2003-05-05"]
