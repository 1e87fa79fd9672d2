"""Readers: bytes of some format → :class:`~crimea_cli.model.Article`.

The seam every input format goes through. ``read_bytes`` decodes (UTF-8 with
or without a BOM, UTF-16 with a BOM) and picks a reader by the source's
suffix, else by content:

========================  ==========================================
``plain``                 the plain article format (``docs/dated-statements.md``),
                          and text pasted from a browser (:mod:`.plain`)
``wikitext``              ``.wiki``, ``.wikitext``, ``.mediawiki``, or wiki markup
                          (:mod:`.wikitext`)
``html``                  ``.html``, ``.htm``, or markup that starts like HTML
                          (:mod:`.html`)
========================  ==========================================

Wikipedia XML dumps hold many articles and are read page by page by
:mod:`.dump`. Readers are imported when first used, so start-up pays for none.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import check_type
from ..lang import Language
from ..model import Article
from .sniff import Page

SUFFIXES = {
    ".wiki": "wikitext", ".wikitext": "wikitext", ".mediawiki": "wikitext",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "plain", ".text": "plain",
}
FORMATS = ("plain", "wikitext", "html")


def detect(text: str, source: str = "") -> str:
    """The reader for ``text`` read from ``source``: by suffix, else by content."""
    by_suffix = SUFFIXES.get(Path(source).suffix.lower())
    if by_suffix and by_suffix != "plain":
        return by_suffix
    from .sniff import looks_like_html, looks_like_wikitext

    if looks_like_html(text):
        return "html"
    if by_suffix is None and looks_like_wikitext(text):
        return "wikitext"
    return "plain"


def read_text(text: str, *, source: str = "", name: str = "", fmt: str | None = None,
              revision: str | None = None, title: str | None = None,
              language: Language | None = None) -> Article:
    """Parse decoded ``text`` with the reader ``fmt`` (detected when None).

    ``name`` is the fallback title (the file's stem); ``source`` the path or
    URL recorded as the article's origin; ``language`` (English by default)
    splits the sentences.
    """
    if language is not None:
        check_type(language, Language, "read_text(language)")
    fmt = fmt or detect(text, source)
    if fmt == "wikitext":
        from .wikitext import read_wikitext

        return read_wikitext(text, name=name, origin=source, revision=revision, title=title,
                             language=language)
    if fmt == "html":
        from .html import read_html

        return read_html(text, name=name, origin=source, language=language)
    from .plain import read_plain

    return read_plain(text, name=name, origin=source, language=language)


def read_page(page: Page, language: Language | None = None) -> Article:
    """A page of a dump (or any text in memory) → Article."""
    if language is not None:
        check_type(language, Language, "read_page(language)")
    return read_text(page.text, source=page.origin, name=page.title, fmt=page.fmt,
                     revision=page.revision, title=page.title or None, language=language)


def read_bytes(data: bytes, source: str, *, max_bytes: int,
               language: Language | None = None) -> Article:
    """Decode and read an article from ``source`` (at most ``max_bytes``; callers
    read one byte more, so that a larger input is seen)."""
    if language is not None:
        check_type(language, Language, "read_bytes(language)")
    from ..article import decode
    from ..errors import ArticleError
    from ..names import decoded_name

    if len(data) > max_bytes:
        raise ArticleError(
            f"larger than the {max_bytes // (1024 * 1024)} MB limit", source=source)
    # a file name that is not UTF-8 is decoded with U+FFFD, so that titles
    # and origins (every record) stay valid Unicode
    return read_text(decode(data, source=source), source=decoded_name(source),
                     name=decoded_name(Path(source).stem), language=language)


__all__ = ["FORMATS", "SUFFIXES", "Page", "detect", "read_bytes", "read_page", "read_text"]
