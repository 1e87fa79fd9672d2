"""Output formats: one module per format, all with the same signature.

``render(kind, records, out, term)`` writes ``records`` (see
:mod:`crimea_cli.records`) of ``kind`` ("events", "awards", "hits" or
"facts") to ``out``. The terminal (colour, width, whether it is a terminal)
is decided once, by :func:`detect_terminal`, and passed in. Every module is a
:class:`Renderer`; one that has something to say about the records it was
given (what a calendar leaves out) is also a :class:`WithNotes`, and one that
writes a line per record a :class:`Lines` (workers then send those lines).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol, TextIO, cast, runtime_checkable

from .. import rx

if TYPE_CHECKING:
    from ..lang import Language

FORMATS: tuple[str, ...] = (
    "rich", "table", "oneline", "json", "jsonl", "csv", "markdown", "timelinejs", "ics",
    "html",
)
"""Every output format; ``render.as_NAME`` renders it."""
DATED_ONLY: frozenset[str] = frozenset({"timelinejs", "ics"})
"""The formats of dated records only (events, awards): the others refuse
them (:func:`crimea_cli.render.exports.dated`)."""


@runtime_checkable
class Renderer(Protocol):
    """An output format: the ``render.as_NAME`` module."""

    def render(self, kind: str, records: Iterable[dict[str, Any]], out: TextIO,
               term: Terminal) -> None:
        """Write ``records`` of ``kind`` to ``out``."""


@runtime_checkable
class WithNotes(Renderer, Protocol):
    """A format with something to tell the user (on stderr) about the records."""

    def notes(self, records: Sequence[dict[str, Any]]) -> list[str]:
        """One line per note, without the program's name."""


@runtime_checkable
class Lines(Renderer, Protocol):
    """A format of one line per record, written in the records' order: it
    also renders a record given as its line already (a ``str``)."""

    def line(self, record: dict[str, Any]) -> str:
        """One record's line, without its newline."""


def renderer(name: str) -> Renderer:
    """The module that renders format ``name`` (imported on first use)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    return cast(Renderer, import_module(f"{__name__}.as_{name}"))


@dataclass(frozen=True, slots=True)
class Terminal:
    """What the output goes to: decided once, passed to every renderer.

    ``raw_cells`` and ``excel`` concern CSV only: cells exactly as the data,
    without the formula guard; a UTF-8 BOM for Excel. ``several`` says the
    records were read from several articles: the views for people then name
    every row's article, even when the rows shown come from one.
    ``language`` is the language the views for people write their words
    in (its ``view_words``, ``view_counts``; None for English): the one the
    articles were read in.
    """

    color: bool
    width: int
    is_tty: bool
    raw_cells: bool = False
    excel: bool = False
    several: bool = False
    language: Language | None = None


def view_language(language: Language | None) -> Language:
    """``language``, or English for None: the language a view writes in."""
    if language is not None:
        return language
    from ..lang import en

    return en.LANGUAGE


DEFAULT_WIDTH = 100
"""The width when there is no terminal to ask, and of files written with -o."""
COLORS: tuple[str, ...] = ("auto", "always", "never")


def terminal_width() -> int | None:
    """The width of the controlling terminal, as Rich finds it: ``COLUMNS``,
    else the terminal of stdout, stderr or stdin (so a pipe still gets the
    width of the terminal it was run from); None when there is none."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for stream in (sys.__stdout__, sys.__stderr__, sys.__stdin__):
        try:
            if stream is not None:
                return os.get_terminal_size(stream.fileno()).columns or None
        except (AttributeError, OSError, ValueError):
            continue
    return None


def detect_terminal(no_color: bool = False, color: str = "auto",
                    width: int | None = None) -> Terminal:
    """Colour only on a terminal, unless ``color`` is ``always`` or ``never``;
    with ``auto``, ``NO_COLOR`` (or ``--no-color``) wins over ``FORCE_COLOR``.
    The width is ``width``, else the terminal's (:func:`terminal_width`),
    else ``DEFAULT_WIDTH``."""
    is_tty = sys.stdout.isatty()
    if color == "always":
        shown = True
    elif color == "never" or no_color or os.environ.get("NO_COLOR"):
        shown = False
    elif os.environ.get("FORCE_COLOR"):
        shown = True
    else:
        shown = is_tty
    cells = width or terminal_width() or DEFAULT_WIDTH
    return Terminal(color=shown, width=max(cells, 20), is_tty=is_tty)


DISPLAY_LIMIT = 2000
"""Human formats show at most this many characters of one statement."""


def clip(text: str, limit: int = DISPLAY_LIMIT, language: Language | None = None) -> str:
    """``text``, or its start and a note of its length (in the words of
    ``language``, English by default) when it is longer than ``limit`` (the
    data formats carry the whole text of a search hit)."""
    if len(text) <= limit:
        return text
    return view_language(language).view_words["clipped"].format(text=text[:limit],
                                                                count=f"{len(text):,}")


def record_text(rec: dict[str, Any], language: Language | None = None) -> str:
    """A record's ``text`` for people: clipped, and when the record carries
    only part of a long statement (``text_cut``), a note of where the whole
    statement is (in the words of ``language``, English by default)."""
    text = clip(str(rec.get("text", "")), language=language)
    if rec.get("text_cut"):
        a, b = rec.get("offset_start"), rec.get("offset_end")
        if isinstance(a, int) and isinstance(b, int):
            return text + _part_note(a, b, language)
        return f"{text} {view_language(language).view_words['part_of_longer']}"
    return text


@lru_cache(maxsize=256)
def _part_note(a: int, b: int, language: Language | None = None) -> str:
    """What follows the part of a statement at ``a``–``b``: every record cut
    from one long statement has the same (so it is made once)."""
    return " " + view_language(language).view_words["part_of"].format(
        length=f"{b - a:,}", start=f"{a:,}", end=f"{b:,}")


# Bidirectional controls reorder what follows them on screen: shown, not obeyed
# (U+061C, the Arabic letter mark, too); the line and paragraph separators
# U+2028/U+2029 break lines in some terminals.
_BIDI = ("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
         "\u061c\u2028\u2029")
_SHOWN: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20)},      # C0: ␛ for ESC
    ord("\n"): " ", ord("\t"): " ", ord("\r"): " ", 0x7F: "\u2421",
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},  # C1
    **{ord(ch): f"\\u{ord(ch):04x}" for ch in _BIDI},
}
_SURROGATE = rx.compile("[\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with every control character made visible, for a terminal.

    C0 controls become their Unicode pictures (ESC → ␛), DEL ␡, C1 and
    bidirectional controls (U+061C too) and the separators U+2028/U+2029
    ``\\x9b``-style escapes, lone surrogates too; newlines and tabs become
    spaces. Nothing of an article reaches the
    terminal as a control code.
    """
    if text.isprintable():
        return text
    shown = text.translate(_SHOWN)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)


def shown_name(text: str) -> str:
    """A file name or other string from the system, for a message: a name
    that is not UTF-8 (undecodable bytes kept as lone surrogates by Python)
    decoded with replacement characters, then :func:`visible`."""
    from ..names import decoded_name

    return visible(decoded_name(text))


def visible_marks(text: str, marks: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
    """``marks`` (offsets into ``text``) as offsets into ``visible(text)``,
    where an escape ("\\x9b") stands for one character."""
    if text.isprintable():
        return [(a, b) for a, b in marks]
    at = [0]
    for ch in text:
        at.append(at[-1] + len(visible(ch)))
    n = len(text)
    return [(at[min(a, n)], at[min(b, n)]) for a, b in marks]
