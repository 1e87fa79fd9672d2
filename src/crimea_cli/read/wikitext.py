"""Wikitext (``.wiki``, ``.wikitext``, ``.mediawiki``) → Article, as the page reads.

Parsed with mwparserfromhell (imported here only, so that start-up does not
pay for it). The walk renders what a reader of the page sees: links become
their label, bold and italics go, templates render through
:mod:`crimea_cli.read.templates`, ``<ref>``s leave the text and become the
citations of the statement they follow, ``{{Infobox …}}`` becomes the
infobox's ``Key: Value`` facts. Tables, galleries, images and their
captions, categories, navboxes, hatnotes and maintenance templates are
dropped, and so are the References, External links, See also (and similar)
sections. The result is laid out by :class:`~crimea_cli.read.builder.ArticleBuilder`.

A file written by ``crimea-cli fetch`` starts with a comment that records the
page's title, URL, revision and timestamp::

    <!-- crimea-cli
    title: Example
    url: https://en.wikipedia.org/wiki/Example
    revision: 123
    timestamp: 2026-01-01T00:00:00Z
    -->
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any

from .. import rx
from ..errors import check_type
from ..lang import Language
from ..model import Article, Citation
from . import templates
from .builder import CITE, PRIVATE, ArticleBuilder, spaces
from .sniff import NOT_STATEMENTS, header

if TYPE_CHECKING:
    from mwparserfromhell.wikicode import Wikicode


_DROPPED_TAGS = frozenset({
    "ref", "references", "table", "gallery", "math", "chem", "ce", "score", "timeline",
    "imagemap", "graph", "mapframe", "maplink", "templatedata", "syntaxhighlight",
    "source", "includeonly", "indicator", "templatestyles", "categorytree",
    "inputbox", "hiero", "section", "noinclude",
})
_NOT_LINKS = rx.compile(
    r"^\s*(?:file|image|media|category|файл|зображення|категорія|категория|"
    r"datei|kategorie|fichier|catégorie|plik|kategoria)\s*:", re.IGNORECASE)
_INTERWIKI = rx.compile(r"^\s*[a-z]{2,3}(?:-[a-z]{2,8})?\s*:", re.IGNORECASE)
_MAGIC = rx.compile(r"__[A-Z]+__")
_BRACES = rx.compile(r"\{\{[^\n]*|\}\}|\[\[|\]\]|\{\||\|\}")
_SKIP_PARAMS = frozenset({
    "image", "image_size", "imagesize", "image size", "upright", "alt", "caption",
    "image_caption", "signature", "signature_alt", "signature_size", "module", "embed",
    "footnotes", "logo", "logo_size", "logo_caption", "map", "map_caption", "pushpin_map",
    "child", "name", "honorific_prefix", "honorific_suffix", "honorific-prefix",
    "honorific-suffix", "image_upright", "landscape", "box_width", "background",
    "coordinates", "coords", "website", "url", "module2", "module3", "misc",
    "pronunciation", "native_name_lang", "birth_name", "image_alt", "qid",
})
_LABELS = {
    "birth_date": "Born", "death_date": "Died", "birth_place": "Born", "death_place": "Died",
    "known_for": "Known for", "alma_mater": "Alma mater", "years_active": "Years active",
    "spouse": "Spouse", "spouses": "Spouse(s)", "party": "Political party",
    "resting_place": "Resting place", "occupation": "Occupation",
    "nationality": "Nationality", "citizenship": "Citizenship", "awards": "Awards",
    "criminal_charge": "Criminal charge", "criminal_penalty": "Criminal penalty",
    "criminal_status": "Criminal status", "other_names": "Other names",
    "native_name": "Native name", "death_cause": "Cause of death",
    "organization": "Organization", "organisation": "Organisation",
}
_MERGED = {"birth_date": 0, "birth_place": 1, "death_date": 0, "death_place": 1}
MAX_DEPTH = 40
"""Templates nested deeper than this render as nothing."""


def read_wikitext(text: str, *, name: str = "", origin: str = "",
                  today: _dt.date | None = None, revision: str | None = None,
                  title: str | None = None, language: Language | None = None) -> Article:
    """Wikitext → :class:`Article` (see the module doc). ``title`` (a dump
    page's) wins; else the header's, the infobox's name, then ``name``.
    Sentences are split by the words of ``language`` (English by default)."""
    if language is not None:
        check_type(language, Language, "read_wikitext(language)")
    import mwparserfromhell

    meta = header(text)
    text = PRIVATE.sub("", text)
    try:
        code = mwparserfromhell.parse(text)
    except Exception:  # the parser's own limits: read the text with its markup
        from mwparserfromhell.nodes import Text
        from mwparserfromhell.wikicode import Wikicode

        code = Wikicode([Text(text)])
    walker = _Walker(title or meta.get("title") or name, today or _dt.date.today())
    rendered = walker.block(code)
    title = (title or meta.get("title") or (walker.infobox[0] if walker.infobox else "")
             or name)
    builder = ArticleBuilder(title, origin=meta.get("url") or origin,
                             revision=meta.get("revision") or revision, language=language)
    if walker.infobox is not None:
        box_name, facts = walker.infobox
        builder.set_infobox(box_name or title, facts)
    _lay_out(rendered, walker, builder)
    return builder.build()


class _Walker:
    """Renders nodes to text. Block mode marks headings and list items at line
    starts; inline mode (template arguments, link labels) keeps line breaks."""

    HEADING = "\ue001"
    ITEM = "\ue002"
    PARA = "\ue003"

    def __init__(self, title: str, today: _dt.date) -> None:
        self.title, self.today = title, today
        self.cites: list[Citation | str] = []
        self.named: dict[str, Citation] = {}
        self.infobox: tuple[str, list[tuple[str, str, list[Citation]]]] | None = None
        self.seen_heading = False
        self.depth = 0

    # -- the walk -------------------------------------------------------------
    def block(self, code: Wikicode) -> str:
        return "".join(self.node(n, True) for n in code.nodes)

    def inline(self, code: Wikicode | None) -> str:
        if code is None:
            return ""
        return "".join(self.node(n, False) for n in code.nodes)

    def node(self, node: Any, block: bool) -> str:
        from mwparserfromhell import nodes as N

        if isinstance(node, N.Text):
            return _MAGIC.sub("", _BRACES.sub("", node.value))
        if isinstance(node, N.Template):
            return self.template(node, block)
        if isinstance(node, N.Wikilink):
            return self.link(node)
        if isinstance(node, N.Tag):
            return self.tag(node, block)
        if isinstance(node, N.ExternalLink):
            if node.brackets:
                return self.inline(node.title) if node.title else ""
            return str(node.url)
        if isinstance(node, N.HTMLEntity):
            try:
                return spaces(node.normalize())
            except ValueError:
                return ""
        if isinstance(node, N.Heading):
            self.seen_heading = True
            title = " ".join(self.inline(node.title).replace(CITE, "").split())
            return f"\n{self.HEADING}{node.level}{self.HEADING}{title}\n" if block else title
        if isinstance(node, N.Argument):
            return self.inline(node.default) if node.default is not None else ""
        return ""   # comments and anything else show nothing

    def link(self, node: Any) -> str:
        target = str(node.title)
        if _NOT_LINKS.match(target):
            return ""
        if node.text is None and _INTERWIKI.match(target) and not target.startswith(":"):
            return ""
        if node.text is not None:
            label = self.inline(node.text)
            if label.strip():
                return label
            # the pipe trick: [[Kyiv (city)|]] shows "Kyiv"
            return re.sub(r"\s*\(.*\)\s*$", "", target.split(":")[-1]).strip()
        return self.inline(node.title).lstrip(":").replace("_", " ")

    def tag(self, node: Any, block: bool) -> str:
        name = str(node.tag).strip().lower()
        if name == "ref":
            return self.ref(node)
        if name in _DROPPED_TAGS:
            return ""
        if name in ("li", "dt", "dd") and node.wiki_markup:
            if not block:
                return "\n"
            return f"\n{self.ITEM}" if name == "li" else f"\n{self.PARA}"
        if name == "br":
            return "\n" if not block else " "
        if name in ("hr", "p"):
            return f"\n\n{self.inline(node.contents)}\n\n" if name == "p" else "\n\n"
        if name == "nowiki":
            return str(node.contents) if node.contents is not None else ""
        if node.contents is None:
            return ""
        return self.block(node.contents) if block else self.inline(node.contents)

    def ref(self, node: Any) -> str:
        ref_name = ""
        for attr in node.attributes:
            if str(attr.name).strip().lower() == "name" and attr.value is not None:
                ref_name = str(attr.value).strip()
        if node.self_closing or node.contents is None or not str(node.contents).strip():
            if not ref_name:
                return ""
            self.cites.append(ref_name)   # resolved when the walk is done
            return CITE
        before = len(self.cites)
        body = self.inline(node.contents)
        found = [c for c in self.cites[before:] if isinstance(c, Citation)]
        del self.cites[before:]
        cite = found[0] if found else Citation(text=" ".join(body.replace(CITE, "").split()))
        if ref_name:
            self.named[ref_name] = cite
        self.cites.append(cite)
        return CITE

    def template(self, node: Any, block: bool) -> str:
        name = str(node.name).strip()
        if name.startswith("#") or ":" in name:
            return ""   # parser functions, magic words ({{DEFAULTSORT:…}})
        key = templates.norm_name(name)
        if key in ("pagename", "pagenamee", "fullpagename"):
            return self.title
        if key in ("currentyear",):
            return str(self.today.year)
        if self.depth >= MAX_DEPTH:
            return ""
        self.depth += 1
        try:
            if key.startswith("infobox"):
                if self.infobox is None and not self.seen_heading:
                    self.infobox = self.infobox_facts(node)
                return ""
            args = {str(p.name).strip(): self.inline(p.value) for p in node.params}
            out = templates.render(name, args, self.today)
        finally:
            self.depth -= 1
        if isinstance(out, Citation):
            self.cites.append(out)
            return CITE
        return out

    def infobox_facts(self, node: Any) -> tuple[str, list[tuple[str, str, list[Citation]]]]:
        rows: dict[str, list[tuple[int, str, list[Citation]]]] = {}
        order: list[str] = []
        box_name = ""
        for p in node.params:
            key = str(p.name).strip().lower().replace(" ", "_")
            before = len(self.cites)
            value = self.inline(p.value)
            cites = [c for c in self.cites[before:] if isinstance(c, Citation)]
            del self.cites[before:]
            value = ", ".join(x for x in (" ".join(line.replace(CITE, "").split())
                                          for line in value.split("\n")) if x)
            if key == "name":
                box_name = value
            if key in _SKIP_PARAMS or key.isdigit() or not value:
                continue
            label = _LABELS.get(key) or key.replace("_", " ").strip().capitalize()
            if label not in rows:
                rows[label] = []
                order.append(label)
            rows[label].append((_MERGED.get(key, 0), value, cites))
        facts = []
        for label in order:
            parts = sorted(rows[label], key=lambda r: r[0])
            facts.append((label, ", ".join(v for _, v, _ in parts),
                          [c for _, _, cs in parts for c in cs]))
        return box_name, facts

    def resolved(self) -> list[Citation]:
        """The citations in order, named references resolved."""
        return [c if isinstance(c, Citation) else self.named.get(c, Citation(text=c))
                for c in self.cites]


def _section_key(title: str) -> str:
    return " ".join(title.lower().split())


def _lay_out(rendered: str, walker: _Walker, builder: ArticleBuilder) -> None:
    """The rendered lines → headings, paragraphs and list items."""
    cites = walker.resolved()
    k = 0   # the next citation's index
    para: list[str] = []
    skip_level = 0

    def take(text: str) -> list[Citation]:
        nonlocal k
        n = text.count(CITE)
        out = cites[k:k + n]
        k += n
        return out

    def flush() -> None:
        if para:
            raw = " ".join(para)
            para.clear()
            if skip_level:
                take(raw)
            else:
                builder.paragraph(raw, take(raw))

    for line in rendered.split("\n"):
        if line.startswith(_Walker.HEADING):
            flush()
            _, level_s, title = line.split(_Walker.HEADING, 2)
            level = int(level_s) if level_s.isdigit() else 2
            if skip_level and level > skip_level:
                take(title)
                continue
            skip_level = level if _section_key(title) in NOT_STATEMENTS else 0
            if not skip_level:
                builder.heading(level, title)
            continue
        stripped = line.strip()
        if stripped.startswith(("{|", "|}", "|-")):
            continue
        if not stripped:
            flush()
        elif stripped.startswith(_Walker.ITEM):
            flush()
            text = stripped.lstrip(_Walker.ITEM + _Walker.PARA + " ")
            if skip_level:
                take(text)
            else:
                builder.item(text, take(text))
        elif stripped.startswith(_Walker.PARA):
            flush()
            para.append(stripped.lstrip(_Walker.PARA + _Walker.ITEM + " "))
        else:
            para.append(stripped)
    flush()
