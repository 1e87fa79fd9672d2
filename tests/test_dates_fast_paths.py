"""The date grammar's shortcuts give what its plain path gives (issue 11:
each keeps bench/oracle.py's digests; these tests pin the pieces)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as hst

from crimea_cli.dates import grammar
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
    assert [m.value.edtf for m in g.find_mentions("born in AD 9, dead by 44 BC")] == [
        "0009", "-0043"]


_DATE_PIECES = ["1994", "1990s", "5 May 1986", "May 1986", "May 5", "21 May", "12", "300",
                "2016", "–", " to ", " and ", ", ", " ", "in ", "the ", "(", ")", "BC", "present",
                "c. ", "rubles", "Art. ", "from ", "between ", "x", "."]


@settings(max_examples=800)
@given(hst.lists(hst.sampled_from(_DATE_PIECES), max_size=9))
def test_one_atom_is_one_chain_read_alone(pieces: list[str]) -> None:
    # find_mentions reads a statement's only atom with _interpret_one, without
    # _chains: the chain _chains makes of it, read by _interpret
    text = "".join(pieces)
    g = grammar()
    atoms = g._atoms(text)
    if len(atoms) != 1:
        return
    assert g._chains(text, atoms) == [(atoms, [])]
    plain: list[tuple[tuple[int, int], str]] = []
    fast: list[tuple[tuple[int, int], str]] = []
    assert g._interpret(text, g._atoms(text), [], plain) == g._interpret_one(
        text, g._atoms(text)[0], fast)
    assert plain == fast


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
