"""HTML → Article: a saved Wikipedia page, Parsoid/REST HTML, any article page.

Read with the standard library's :mod:`html.parser`: it is always there,
tolerates broken markup, streams, and is enough for the structure an
article has (a heading, paragraph, list and table or two). Extractors such as
trafilatura or readability guess the main content of any page with
heuristics and many dependencies; here the content is found by the markup:

1. a Wikipedia page: the element of class ``mw-parser-output`` (saved
   pages and Parsoid HTML alike);
2. else the first ``<article>``, else the first ``<main>``;
3. else the ``<body>`` without ``<nav>``, ``<header>``, ``<footer>``,
   ``<aside>`` and elements whose role is navigation.

The title is the page's ``<h1>`` (else its ``<title>``, less " - Wikipedia").
Headings ``h2``–``h6`` open sections, ``<p>``, ``<dd>`` and
``<blockquote>`` are paragraphs, ``<li>`` list items, the ``infobox`` table's
rows ``Key: Value`` facts. Footnote marks (``<sup class="reference">``) leave
the text and become the citations of their statement, read from the
references list (``<ol class="references">``: the reference's text, its first
external link and that link's label as the title, a date it gives). Tables,
figures and captions, navboxes, hatnotes, edit links, the table of contents
and the References/External links/See also sections are not statements.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .. import rx
from ..errors import check_type
from ..lang import Language
from ..model import Article, Citation
from .builder import CITE, PRIVATE, ArticleBuilder, spaces
from .sniff import NOT_STATEMENTS

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "param", "source", "track", "wbr"})
_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "form",
                        "button", "select", "textarea", "figure", "figcaption", "iframe",
                        "object", "video", "audio", "canvas", "map", "table", "caption"})
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
_DROP_CLASSES = frozenset({
    "mw-editsection", "navbox", "navbox-styles", "hatnote", "metadata", "ambox", "thumb",
    "gallery", "noprint", "toc", "catlinks", "printfooter", "mw-jump-link", "shortdescription",
    "navbar", "sidebar", "vertical-navbox", "sistersitebox", "portalbox", "authority-control",
    "mw-empty-elt", "reflist", "refbegin", "mw-references-wrap", "thumbcaption",
    "mw-cite-backlink", "sister-project", "side-box", "mbox-small", "plainlinks metadata",
    "infobox-image", "mw-kartographer-maplink", "reference-accessdate", "mw-indicators",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset({"p", "li", "dd", "dt", "blockquote", "h2", "h3", "h4", "h5", "h6",
                     "div", "section", "ul", "ol", "dl", "article", "main", "body"})
_NOTE_HREF = rx.compile(r"#(cite_note-[^\s\"']+)")
_MONTH = ("(?:January|February|March|April|May|June|July|August|September|October|"
          "November|December)")
_DATE = rx.compile(
    rf"\b(?:\d{{1,2}} {_MONTH} \d{{4}}|{_MONTH} \d{{1,2}}, \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"{_MONTH} \d{{4}})\b")
_RETRIEVED = rx.compile(r"\b(?:Retrieved|Archived from the original on|Accessed)\b.*$")


class _Entry:
    __slots__ = ("drop", "kind", "tag")

    def __init__(self, tag: str, drop: bool, kind: str) -> None:
        self.tag, self.drop, self.kind = tag, drop, kind


class _Reader(HTMLParser):
    """One pass; blocks collected as (kind, level, raw text with CITE marks, note ids)."""

    def __init__(self, root: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = root          # "mw", "article", "main", "body"
        self.stack: list[_Entry] = []
        self.inside = 0           # depth of open root elements
        self.done = False
        self.blocks: list[tuple[str, int, str, list[str]]] = []
        self.buf: list[str] = []
        self.keys: list[str] = []
        self.kind = "p"
        self.level = 0
        self.title = ""
        self.page_title = ""
        self.h1: list[str] | None = None
        self.in_title = False
        self.infobox: list[tuple[str, str, list[str]]] = []
        self.row_keys: list[str] = []
        self.row: list[list[str]] | None = None   # [label parts, value parts]
        self.cell = -1
        self.infobox_depth = 0
        self.notes: dict[str, Citation] = {}
        self.note_id: str | None = None
        self.note_text: list[str] = []
        self.note_link: tuple[str, list[str]] | None = None
        self.in_link = False
        self.ref_sup = 0

    # -- helpers ------------------------------------------------------------
    def _dropping(self) -> bool:
        return any(e.drop for e in self.stack)

    def _capturing(self) -> bool:
        return self.inside > 0 and not self.done and not self._dropping()

    def _flush(self) -> None:
        raw = "".join(self.buf)
        if raw.strip() or self.keys:
            self.blocks.append((self.kind, self.level, raw, self.keys))
        self.buf, self.keys = [], []
        self.kind, self.level = "p", 0

    def _pop_to(self, tag: str) -> None:
        if not any(e.tag == tag for e in self.stack):
            return
        while self.stack:
            e = self.stack.pop()
            self._closed(e)
            if e.tag == tag:
                return

    def _closed(self, e: _Entry) -> None:
        if e.kind == "root":
            self.inside -= 1
            if self.inside == 0 and self.root in ("mw", "article", "main"):
                self._flush()
                self.done = True
        elif e.kind == "infobox":
            self.infobox_depth -= 1
        elif e.kind == "row" and self.row is not None:
            label = " ".join("".join(self.row[0]).split())
            value = ", ".join(x for x in (" ".join(p.split())
                                          for p in "".join(self.row[1]).split("\n")) if x)
            if label and value:
                self.infobox.append((label, value, self.row_keys))
            self.row, self.row_keys = None, []
        elif e.kind == "cell":
            self.cell = -1
        elif e.kind == "note" and self.note_id is not None:
            self._end_note()
        elif e.kind == "notelink":
            self.in_link = False
        elif e.kind == "refsup":
            self.ref_sup -= 1
        elif e.kind == "h1":
            if self.h1 is not None and not self.title:
                self.title = " ".join("".join(self.h1).split())
            self.h1 = None
        elif e.kind == "block" and self.inside > 0 and not self._dropping():
            self._flush()

    def _end_note(self) -> None:
        assert self.note_id is not None
        text = " ".join("".join(self.note_text).split())
        url, title = "", ""
        if self.note_link is not None:
            url = self.note_link[0]
            title = " ".join("".join(self.note_link[1]).split()).strip("\"“”'")
        body = _RETRIEVED.sub("", text)
        date = _DATE.search(body)
        self.notes[self.note_id] = Citation(title=title, url=url,
                                            date=date.group(0) if date else "",
                                            text=text)
        self.note_id, self.note_text, self.note_link = None, [], None

    # -- the parser's callbacks --------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag == "title" and not self.page_title:
            self.in_title = True
        if tag in ("p", "li", "dt", "dd") and self.stack and self.stack[-1].tag == tag:
            self._pop_to(tag)
        if self.row is not None and tag in ("li", "p", "div"):
            self.row[1].append("\n")
        if tag in _VOID:
            if tag == "br":
                self._text("\n" if self.row is not None else " ")
            return
        kind = ""
        drop = False
        if self.inside == 0 and not self.done and (
                (self.root == "mw" and "mw-parser-output" in classes)
                or (self.root in ("article", "main") and tag == self.root)
                or (self.root == "body" and tag == "body")):
            kind = "root"
            self.inside += 1
        elif tag == "h1":
            kind = "h1"
            self.h1 = []
        elif self.inside and tag == "table" and "infobox" in classes and not self.infobox:
            kind = "infobox"
            self.infobox_depth += 1
        elif self.infobox_depth and tag == "tr":
            kind = "row"
            self.row, self.row_keys = [[], []], []
        elif self.infobox_depth and tag in ("th", "td") and self.row is not None:
            kind = "cell"
            self.cell = 0 if tag == "th" else 1
            if tag == "td" and a.get("colspan"):
                self.row = None   # a heading or image row across the table
        elif self.inside and tag == "sup" and "reference" in classes:
            kind = "refsup"
            self.ref_sup += 1
        elif self.ref_sup and tag == "a":
            m = _NOTE_HREF.search(a.get("href", ""))
            if m and self.row is not None:
                self.row_keys.append(m.group(1))
            elif m and self._capturing():
                self.buf.append(CITE)
                self.keys.append(m.group(1))
        elif self.inside and tag == "li" and a.get("id", "").startswith("cite_note-"):
            kind = "note"
            self.note_id = a["id"]
            self.note_text, self.note_link = [], None
        elif self.note_id is not None and tag == "a" and self.note_link is None and (
                "external" in classes or a.get("href", "").startswith(("http://", "https://"))):
            kind = "notelink"
            self.note_link = (a.get("href", ""), [])
            self.in_link = True
        hidden = "display:none" in a.get("style", "").replace(" ", "")
        if kind in ("infobox", "row", "cell"):
            drop = hidden
        elif self.infobox_depth and kind != "root":
            drop = hidden or (tag in ("style", "script", "sup") and "reference" not in classes)
        elif kind not in ("root", "note", "notelink", "refsup"):
            drop = (tag in _DROP_TAGS or bool(classes & _DROP_CLASSES)
                    or (self.root == "body" and (tag in _CHROME_TAGS
                                                 or a.get("role") == "navigation"))
                    or hidden or ("references" in classes and tag == "ol"))
            if "references" in classes and tag == "ol":
                drop = True
                kind = "notes"
        if kind == "" and not drop and tag in _BLOCKS and self._capturing():
            self._flush()
            kind = "block"
            if tag in _HEADINGS:
                self.kind, self.level = "h", _HEADINGS[tag]
            elif tag == "li":
                self.kind = "li"
        self.stack.append(_Entry(tag, drop, kind))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID:
            return
        self._pop_to(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page_title += data
        if self.h1 is not None:
            self.h1.append(data)
            return
        if self.note_id is not None:
            at = max((i for i, e in enumerate(self.stack) if e.kind == "note"), default=0)
            if not any(e.drop for e in self.stack[at + 1:]):
                self.note_text.append(data)
            if self.in_link and self.note_link is not None:
                self.note_link[1].append(data)
            return
        if self.ref_sup:
            return
        if self.row is not None and self.cell >= 0:
            if not self._dropping():
                self.row[self.cell].append(data)
            return
        self._text(data)

    def _text(self, data: str) -> None:
        if self.row is not None and self.cell >= 0:
            self.row[self.cell].append(data)
        elif self._capturing() and not self.infobox_depth:
            self.buf.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self._closed(self.stack.pop())
        self._flush()


def _root(text: str) -> str:
    low = text.lower()
    if "mw-parser-output" in low:
        return "mw"
    if "<article" in low:
        return "article"
    if "<main" in low:
        return "main"
    return "body" if "<body" in low else "fragment"


def read_html(text: str, *, name: str = "", origin: str = "",
              language: Language | None = None) -> Article:
    """HTML → :class:`Article` (see the module doc); sentences split by the
    words of ``language`` (English by default)."""
    if language is not None:
        check_type(language, Language, "read_html(language)")
    text = PRIVATE.sub("", text)
    root = _root(text)
    reader = _Reader(root)
    if root == "fragment":
        reader.inside = 1
    reader.feed(text)
    reader.close()
    title = reader.title or re.sub(r"\s+[-–—|]\s+Wikipedia\s*$", "",
                                   " ".join(reader.page_title.split())) or name
    builder = ArticleBuilder(spaces(title), origin=origin, language=language)
    if reader.infobox:
        builder.set_infobox(title, [
            (spaces(k), spaces(v), [reader.notes.get(n, Citation(text=n)) for n in keys])
            for k, v, keys in reader.infobox])
    skip = 0
    for kind, level, raw, keys in reader.blocks:
        raw = spaces(raw)
        if kind == "h":
            heading = " ".join(raw.replace(CITE, "").split())
            if skip and level > skip:
                continue
            skip = level if " ".join(heading.lower().split()) in NOT_STATEMENTS else 0
            if not skip:
                builder.heading(level, heading)
            continue
        if skip:
            continue
        cites = [reader.notes.get(k, Citation(text=k)) for k in keys]
        if kind == "li":
            builder.item(raw, cites)
        else:
            builder.paragraph(raw, cites)
    return builder.build()
