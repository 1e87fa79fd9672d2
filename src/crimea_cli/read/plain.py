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
"""

from __future__ import annotations

import dataclasses
import re

from ..article import parse_article
from ..model import Article

_MARK = re.compile(
    r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|citation needed|"
    r"clarification needed|who\?|when\?|where\?|which\?|according to whom\?|by whom\?|"
    r"dubious – discuss|dubious|failed verification|better source needed|page needed|"
    r"verification needed|full citation needed|original research\?|unreliable source\?)\]")
_EDIT_HEADING = re.compile(r"^(?P<title>[^\n=\[\]]{1,200}?)\s*\[edit\]\s*$", re.MULTILINE)
_TITLED = re.compile(r"\A\s*(?P<title>[^\n=\[\]]{1,255})\n+From Wikipedia, the free "
                     r"encyclopedia\s*\n")
_CHROME = re.compile(r"^(?:From Wikipedia, the free encyclopedia|Jump to navigation|"
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


def read_plain(text: str, *, name: str = "", origin: str = "") -> Article:
    """The plain article format → Article, browser marks removed."""
    article = parse_article(strip_browser_marks(text), name=name, source=origin or None)
    return dataclasses.replace(article, origin=origin) if origin else article
