"""Columns of wrapped text, measured in terminal cells.

The timeline view lays itself out with these few functions, so that its
plain form (a file, a pipe, ``NO_COLOR``) is written without importing Rich;
Rich only adds the colour. A wide character (CJK, most emoji) takes two
cells, a combining mark or format character none.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"\s*\S+\s*|\s+")


def char_width(ch: str) -> int:
    """Cells the character takes on a terminal: 0, 1 or 2."""
    if ch < "\u0300":
        return 1
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class _Widths(dict[str, int]):
    """``char_width`` of each character met so far."""

    def __missing__(self, ch: str) -> int:
        self[ch] = width = char_width(ch)
        return width


_WIDTHS = _Widths()


def cell_len(text: str) -> int:
    """Cells ``text`` takes on a terminal."""
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


def _fold(word: str, width: int) -> list[str]:
    """A word too long for its column, cut into pieces of at most ``width``."""
    pieces, piece, used = [], "", 0
    for ch in word:
        w = _WIDTHS[ch]
        if used + w > width and piece:
            pieces.append(piece)
            piece, used = "", 0
        piece += ch
        used += w
    pieces.append(piece)
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` cells, between words;
    a word longer than a line is folded. Spaces inside a line are kept,
    spaces at a break are dropped. Always at least one line."""
    if cell_len(text) <= width:
        return [text]
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKEN.findall(text):
        word = token.rstrip()
        space = token[len(word):]
        word_width = cell_len(word)
        if used + word_width > width and line:
            lines.append(line.rstrip())
            line, used = "", 0
            word = word.lstrip()
            word_width = cell_len(word)
        if word_width > width:
            *full, word = _fold(word, width)
            lines.extend(full)
            word_width = cell_len(word)
        line += word + space
        used += word_width + cell_len(space)
    lines.append(line.rstrip())
    return lines
