"""Blocks → :class:`~crimea_cli.model.Article`: what every structured reader builds.

A reader (wikitext, HTML) walks its source and hands the builder a title,
an infobox, headings, paragraphs and list items as plain text, with the
references it met as ``CITE`` marks in the text. The builder lays them out
as an article in the plain format (``= Title =``, ``- Key: Value``,
``== Section ==``), splits paragraphs into sentences with the plain reader's
rules, and gives each statement the citations that follow it. So offsets
are into that text, and ``article.text[s.start:s.end] == s.text`` holds.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .. import rx
from ..article import split_sentences
from ..errors import ArticleError
from ..lang import Language
from ..model import (
    INFOBOX,
    Article,
    Block,
    Citation,
    Fact,
    Infobox,
    ListItem,
    Paragraph,
    Section,
    Source,
    Statement,
)

CITE = "\ue000"
"""Where a reference stood in a block's text (a private-use character)."""
PRIVATE = rx.compile("[\ue000-\ue00f]")
"""The marks readers use; removed from input before reading."""
_SPACE = rx.compile(r"\s+")
_SPACES = rx.compile(r"[ \u00a0\u2007\u202f\u2009\u200a]")


def clean(raw: str) -> tuple[str, list[int]]:
    """Whitespace collapsed and ``CITE`` marks removed: the text, and where
    each mark stood in it (one offset per mark, in order)."""
    out: list[str] = []
    anchors: list[int] = []
    length = 0
    for k, piece in enumerate(raw.split(CITE)):
        if k:
            anchors.append(length)
        piece = _SPACE.sub(" ", piece)
        if not piece:
            continue
        if piece[0] == " " and (length == 0 or out[-1].endswith(" ")):
            piece = piece[1:]
            if not piece:
                continue
        out.append(piece)
        length += len(piece)
    text = "".join(out)
    stripped = text.rstrip()
    return stripped, [min(a, len(stripped)) for a in anchors]


class ArticleBuilder:
    """Collects blocks in reading order and lays out the article's text."""

    def __init__(self, title: str, *, origin: str = "", revision: str | None = None,
                 language: Language | None = None) -> None:
        self.title = " ".join(title.split())
        self.language = language
        """Whose abbreviations and sentence openers split the sentences (English by default)."""
        self.origin, self.revision = origin, revision
        self._parts: list[str] = []
        self._length = 0
        self._line = 1
        self.statements: list[Statement] = []
        self.citations: list[tuple[Citation, ...]] = []
        self.infobox: Infobox | None = None
        self.lead: list[Block] = []
        self.sections: list[Section] = []
        self._blocks = self.lead
        self._path: tuple[str, ...] = ()
        self._levels: list[int] = []
        self._current: tuple[str, int, tuple[str, ...], int] | None = None
        if self.title:
            self._write(f"= {self.title} =\n")

    def _write(self, s: str) -> int:
        """Append ``s``; its offset in the text."""
        at = self._length
        self._parts.append(s)
        self._length += len(s)
        self._line += s.count("\n")
        return at

    def _gap(self) -> None:
        if self._parts and not self._parts[-1].endswith("\n\n"):
            self._write("\n")

    def _statement(self, start: int, text: str, source: Source,
                   cites: Sequence[Citation]) -> Statement:
        st = Statement(text, start, start + len(text), self._path if source is not Source.INFOBOX
                       else (INFOBOX,), source, len(self.statements))
        self.statements.append(st)
        self.citations.append(tuple(cites))
        return st

    def set_infobox(self, name: str, facts: Sequence[tuple[str, str, Sequence[Citation]]]) -> None:
        """The infobox: a name line and ``(key, value, citations)`` facts.
        Only before the first block; facts with an empty value are left out."""
        rows = [(" ".join(k.split()), " ".join(v.split()), c) for k, v, c in facts]
        rows = [(k, v, c) for k, v, c in rows if k and v]
        if self.infobox is not None or self.statements or not rows:
            return
        name = " ".join(name.split()) or self.title or "Infobox"
        self._gap()
        self._write(name + "\n")
        out = []
        for key, value, cites in rows:
            at = self._write("- ")
            text = f"{key}: {value}"
            self._write(text + "\n")
            out.append(Fact(key, value, self._statement(at + 2, text, Source.INFOBOX, cites)))
        self.infobox = Infobox(name, tuple(out))

    def heading(self, level: int, title: str) -> None:
        """A section heading (level 2 is ``== Section ==``)."""
        title = " ".join(title.split()).strip("= ")
        if not title:
            return
        level = max(2, min(level, 6))
        self._gap()
        self._last_was_item = False
        line = self._line
        self._write(f"{'=' * level} {title} {'=' * level}\n")
        self._close_section()
        while self._levels and self._levels[-1] >= level:
            self._levels.pop()
        self._path = (*self._path[:len(self._levels)], title)
        self._levels.append(level)
        self._current = (title, level, self._path, line)
        self._blocks = []

    def _close_section(self) -> None:
        if self._current is not None:
            t, lvl, p, ln = self._current
            self.sections.append(Section(t, lvl, p, ln, tuple(self._blocks)))
            self._current = None

    def paragraph(self, raw: str, cites: Sequence[Citation] = ()) -> None:
        """A paragraph: ``raw`` with one ``CITE`` mark per citation of ``cites``."""
        text, anchors = clean(raw)
        if not text.strip():
            if anchors and cites and self.statements:
                self._cite_last(cites)
            return
        lead = len(text) - len(text.lstrip())
        text = text[lead:]
        anchors = [max(0, a - lead) for a in anchors]
        self._gap()
        self._last_was_item = False
        at = self._write(text + "\n")
        spans = split_sentences(text, self.language)
        sts = [self._statement(at + a, text[a:b], Source.SENTENCE, ()) for a, b in spans]
        if sts:
            self._attach(sts, [a for a, _ in spans], anchors, cites)
            self._blocks.append(Paragraph(at, at + len(text), tuple(sts)))

    def item(self, raw: str, cites: Sequence[Citation] = ()) -> None:
        """A list item (``- text``)."""
        text, anchors = clean(raw)
        text = text.strip()
        if not text:
            if anchors and cites and self.statements:
                self._cite_last(cites)
            return
        if not self._last_was_item:
            self._gap()
        at = self._write("- ") + 2
        self._write(text + "\n")
        st = self._statement(at, text, Source.LIST_ITEM, ())
        self._attach([st], [0], anchors, cites)
        self._blocks.append(ListItem(st))
        self._last_was_item = True

    _last_was_item = False

    def _cite_last(self, cites: Sequence[Citation]) -> None:
        self.citations[-1] = (*self.citations[-1], *cites)

    def _attach(self, sts: list[Statement], starts: list[int], anchors: list[int],
                cites: Sequence[Citation]) -> None:
        """Each citation goes to the statement its mark follows."""
        base = sts[0].index
        for anchor, cite in zip(anchors, cites, strict=False):
            k = max(0, bisect_left(starts, anchor) - 1)
            i = base + k
            self.citations[i] = (*self.citations[i], cite)

    def build(self) -> Article:
        """The article; raises :class:`ArticleError` when nothing was read."""
        self._close_section()
        if not self.statements and not self.title:
            raise ArticleError("empty article: nothing to read", source=self.origin or None)
        return Article(self.title, "".join(self._parts), self.infobox, tuple(self.lead),
                       tuple(self.sections), tuple(self.statements), origin=self.origin,
                       revision=self.revision, citations=tuple(self.citations))


def spaces(text: str) -> str:
    """No-break and thin spaces as plain spaces (the date rules read spaces)."""
    return _SPACES.sub(" ", text)
