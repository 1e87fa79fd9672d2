"""Wikipedia XML dumps (``pages-articles*.xml``, plain or ``.bz2``; Special:Export).

A dump is read as a stream, page by page, in constant memory: each page is
parsed as it ends and its element is cleared, so a dump of any size never
sits in memory. Only the main namespace (``<ns>0</ns>``) is read and
redirects are skipped; each page is one article, read by the wikitext
reader, whose origin is the page's URL (from the dump's ``<base>``) and whose
revision is the revision id the dump gives.

The standard library's ``xml.etree.ElementTree.iterparse`` does the
streaming; the expat it is built on refuses entity-expansion bombs, and
dumps declare no entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from .. import rx
from ..errors import ArticleError
from .sniff import BZ2_MAGIC, Page
from .sniff import is_dump as is_dump  # part of the dump API, told without reading

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_NS = rx.compile(r"^\{[^}]*\}")
_REDIRECT = rx.compile(r"^\s*#\s*(?:REDIRECT|ПЕРЕНАПРАВЛЕННЯ|ПЕРЕНАПРАВЛЕНИЕ)\b", re.IGNORECASE)
def _open(path: str) -> IO[bytes]:
    import bz2

    fh = open(path, "rb")   # noqa: SIM115 - returned, closed by the caller
    # peek, not read and seek: a dump may come through a pipe
    if fh.peek(3)[:3] == BZ2_MAGIC:
        return bz2.BZ2File(fh)
    return fh


def _local(tag: str) -> str:
    return _NS.sub("", tag)


def _child(elem: Element, name: str) -> Element | None:
    for c in elem:
        if _local(c.tag) == name:
            return c
    return None


def page_url(base: str, title: str) -> str:
    """The page's URL from the dump's ``<base>`` (its main page's URL)."""
    if not base:
        return ""
    import urllib.parse

    head = base.rsplit("/", 1)[0]
    return f"{head}/{urllib.parse.quote(title.replace(' ', '_'), safe='/:(),_-.~')}"


def iter_pages(path: str, *, max_chars: int | None = None) -> Iterator[Page]:
    """The main-namespace articles of the dump at ``path``, one at a time.

    Raises :class:`ArticleError` when the file cannot be read or is not XML;
    a page longer than ``max_chars`` is skipped.
    """
    from xml.etree.ElementTree import ParseError, iterparse

    try:
        fh = _open(path)
    except FileNotFoundError as exc:
        raise ArticleError("no such file", source=path) from exc
    except OSError as exc:
        raise ArticleError(exc.strerror or "cannot be read", source=path) from exc
    base = ""
    with fh:
        try:
            events = iterparse(fh, events=("start", "end"))
            root: Element | None = None
            for event, elem in events:
                if root is None:
                    root = elem
                    if _local(elem.tag) != "mediawiki":
                        raise ArticleError("not a MediaWiki XML dump", source=path)
                if event != "end":
                    continue
                tag = _local(elem.tag)
                if tag == "base" and not base:
                    base = (elem.text or "").strip()
                elif tag == "page":
                    page = _page(elem, base, path)
                    root.clear()   # constant memory: nothing of this page is kept
                    if page is not None and (max_chars is None or len(page.text) <= max_chars):
                        yield page
        except ParseError as exc:
            raise ArticleError(f"not valid XML ({exc})", source=path) from None
        except (OSError, EOFError, ValueError) as exc:
            # a truncated or corrupt .bz2
            raise ArticleError(f"cannot be read ({exc})", source=path) from None


def _page(elem: Element, base: str, path: str) -> Page | None:
    ns = _child(elem, "ns")
    if ns is not None and (ns.text or "").strip() not in ("0", ""):
        return None
    if _child(elem, "redirect") is not None:
        return None
    title_el = _child(elem, "title")
    title = (title_el.text or "").strip() if title_el is not None else ""
    rev = _child(elem, "revision")
    if rev is None:
        return None
    text_el = _child(rev, "text")
    text = (text_el.text or "") if text_el is not None else ""
    if not text.strip() or _REDIRECT.match(text):
        return None
    rid = _child(rev, "id")
    ts = _child(rev, "timestamp")
    origin = page_url(base, title) or f"{path}#{title}"
    return Page(title, text, origin,
                (rid.text or "").strip() or None if rid is not None else None,
                (ts.text or "").strip() or None if ts is not None else None)
