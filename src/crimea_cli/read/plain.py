"""The plain article format, and text pasted from a browser.

Text copied from a rendered Wikipedia page carries marks the page shows
around its prose. Where this reader recognises them, they go before parsing:

- a first line followed by ``From Wikipedia, the free encyclopedia`` is the
  title;
- a line that ends in ``[edit]`` is a section heading (``Early life[edit]``
  becomes ``== Early life ==``); a line of ``From Wikipedia, the free
  encyclopedia`` or ``Jump to navigation``/``Jump to search`` is dropped;
- footnote marks written right after a word or punctuation, ``[1]``,
  ``[23]``, ``[a]``, ``[note 2]``, and the inline cleanup tags
  ``[citation needed]``, ``[clarification needed]``, ``[who?]``, ``[when?]``,
  ``[according to whom?]``, ``[dubious – discuss]``, ``[failed verification]``,
  ``[better source needed]``, ``[page needed]`` are dropped.

A bracket after a space (``see [1] above``), or any other bracketed text,
stays as written. Offsets are into the text after these removals.

A file in the article format (its first line a ``= Title =`` heading) was
written for this tool, not pasted: it is read exactly as written, marks and
all, so that every offset is an offset into the file (the contract's
``article.text[s.start:s.end] == s.text`` holds in the file itself, which is
what other tools check).
"""

from __future__ import annotations

import dataclasses
import re

from .. import rx
from ..article import parse_article
from ..errors import check_type
from ..lang import Language
from ..model import Article

_MARK = rx.compile(
    r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|citation needed|"
    r"clarification needed|who\?|when\?|where\?|which\?|according to whom\?|by whom\?|"
    r"dubious – discuss|dubious|failed verification|better source needed|page needed|"
    r"verification needed|full citation needed|original research\?|unreliable source\?)\]")
_EDIT_HEADING = rx.compile(r"^(?P<title>[^\n=\[\]]{1,200}?)\s*\[edit\]\s*$", re.MULTILINE)
_TITLED = rx.compile(r"\A\s*(?P<title>[^\n=\[\]]{1,255})\n+From Wikipedia, the free "
                     r"encyclopedia\s*\n")
_ARTICLE_FORMAT = rx.compile(r"\A\ufeff?[ \t]*=[^=\n][^\n]*=[ \t]*$", re.MULTILINE)
_CHROME = rx.compile(r"^(?:From Wikipedia, the free encyclopedia|Jump to navigation|"
                     r"Jump to search)\s*$\n?", re.MULTILINE)


def strip_browser_marks(text: str) -> str:
    """The recognised marks of pasted browser text removed (see the module doc)."""
    if "[" not in text and "From Wikipedia" not in text:
        return text
    if "[edit]" in text:
        text = _EDIT_HEADING.sub(lambda m: f"\n== {m.group('title').strip()} ==\n", text)
    m = _TITLED.match(text)
    if m:
        text = f"= {m.group('title').strip()} =\n\n" + text[m.end():]
    text = _CHROME.sub("", text)
    return _MARK.sub("", text) if "[" in text else text


def read_plain(text: str, *, name: str = "", origin: str = "",
               language: Language | None = None) -> Article:
    """The plain article format → Article; pasted browser text loses its
    marks. ``language`` as :func:`~crimea_cli.article.parse_article` takes it."""
    if language is not None:
        check_type(language, Language, "read_plain(language)")
    if not _ARTICLE_FORMAT.match(text):
        text = strip_browser_marks(text)
    article = parse_article(text, name=name, source=origin or None, language=language)
    return dataclasses.replace(article, origin=origin) if origin else article
