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


def cell_len(text: str) -> int:
    """Cells ``text`` takes on a terminal."""
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def _fold(word: str, width: int) -> list[str]:
    """A word too long for its column, cut into pieces of at most ``width``."""
    pieces, piece, used = [], "", 0
    for ch in word:
        w = char_width(ch)
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
        if used + cell_len(word) > width and line:
            lines.append(line.rstrip())
            line, used, token, word = "", 0, token.lstrip(), word.lstrip()
        if cell_len(word) > width:
            *full, last = _fold(word, width)
            lines.extend(full)
            token = last + token[len(word):]
        line += token
        used += cell_len(token)
    lines.append(line.rstrip())
    return lines

