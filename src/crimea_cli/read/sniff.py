"""Which reader a text needs, told cheaply (no reader is imported to tell).

Also the names the readers share: the header of fetched files, the
sections that are not statements, and a dump's :class:`Page` (with
:func:`is_dump`, so that telling a dump from an article imports no reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import rx

HEADER = rx.compile(r"\A\s*<!--\s*crimea-cli\s*\n(?P<body>.*?)-->\s*\n?", re.DOTALL)
_HEADER_LINE = rx.compile(r"^\s*(\w+)\s*:\s*(.*?)\s*$", re.MULTILINE)


def header(text: str) -> dict[str, str]:
    """The ``<!-- crimea-cli … -->`` header's fields (empty when there is none)."""
    m = HEADER.match(text)
    if not m:
        return {}
    return {k.lower(): v for k, v in _HEADER_LINE.findall(m.group("body"))}

#: Sections whose content is not statements of the article.
NOT_STATEMENTS = frozenset({
    "references", "external links", "see also", "further reading", "notes",
    "footnotes", "bibliography", "sources", "citations", "notes and references",
    "references and notes", "works cited", "literature", "gallery", "explanatory notes",
    "reference notes", "general references", "cited sources", "links",
})


def looks_like_wikitext(text: str) -> bool:
    """Whether text is wikitext rather than the plain format: its header, or
    wiki markup (templates, links, bold, refs, == headings ==) in the first pages."""
    head = text[:20000]
    if HEADER.match(head):
        return True
    if head.lstrip().startswith("= ") or head.lstrip().startswith("="):
        first = head.lstrip().split("\n", 1)[0].strip()
        if re.fullmatch(r"=[^=].*[^=]=", first):
            return False
    marks = (head.count("{{") + head.count("[[") + head.count("'''") + head.count("<ref")
             + len(re.findall(r"^==[^=\n].*==\s*$", head, re.MULTILINE)))
    return marks >= 3


def looks_like_html(text: str) -> bool:
    """Whether text starts like an HTML document or fragment."""
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<article",
                            "<main", "<section", "<div", "<p>", "<p ", "<h1", "<h2"))


BZ2_MAGIC = b"BZh"


@dataclass(frozen=True, slots=True)
class Page:
    """One article of a dump (or any text to read as one): picklable, so
    worker processes can read it."""

    title: str
    text: str
    origin: str
    revision: str | None = None
    timestamp: str | None = None
    fmt: str = "wikitext"


def is_dump(path: str | Path) -> bool:
    """Whether ``path`` is an XML dump: by suffix (``.xml``, ``.xml.bz2``,
    ``.bz2``), else by its first bytes."""
    name = str(path).lower()
    if name.endswith((".xml", ".xml.bz2", ".bz2")):
        return True
    if not Path(path).is_file():
        return False   # a pipe is read once: only its name can say it is a dump
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    if head.startswith(BZ2_MAGIC):
        return True
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<mediawiki") or (
        start.startswith(b"<?xml") and b"<mediawiki" in head)
