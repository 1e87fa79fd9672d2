"""Search matching: case- and accent-insensitive, offsets into the text as written."""

from __future__ import annotations

import pytest

from crimea_cli.query import match_statement


@pytest.mark.parametrize(("text", "term", "spans"), [
    ("Üseyin spoke", "useyin", [(0, 6)]),
    ("Straße 5 in Kyiv", "kyiv", [(12, 16)]),          # ß folds to two letters
    ("Cafe\u0301 Kyiv", "kyiv", [(6, 10)]),             # a combining accent folds away
    ("Мустафаєв", "МУСТАФАЄВ", [(0, 9)]),
])
def test_matches_map_back_to_the_text(text: str, term: str, spans: list[tuple[int, int]]) -> None:
    assert match_statement(text, [term]) == spans
