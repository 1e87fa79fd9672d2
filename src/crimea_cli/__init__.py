"""crimea-cli: a timeline and fact explorer for encyclopedia-style articles.

The library is a pipeline, each stage public::

    article = parse_article(text)        # text → Article
    events = extract_events(article)     # Article → [Event]
    awards = extract_awards(article)     # Article → [Award]

It raises :class:`ArticleError` (a :class:`CrimeaError`) and never prints or
exits; the ``crimea-cli`` command is a thin layer on top. Names are imported
on first use, so that the command starts quickly.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "parse_article": "article", "read_article": "article",
    "extract_awards": "awards",
    "edtf_bounds": "edtf", "find_dates": "dates", "find_mentions": "dates",
    "ArticleError": "errors", "CrimeaError": "errors",
    "extract_events": "events",
    "Article": "model", "Award": "model", "DateValue": "model", "Event": "model",
    "Fact": "model", "Infobox": "model", "Kind": "model", "ListItem": "model",
    "Paragraph": "model", "Precision": "model", "Section": "model", "Source": "model",
    "Statement": "model",
}

__all__ = [
    "Article", "ArticleError", "Award", "CrimeaError", "DateValue", "Event", "Fact",
    "Infobox", "Kind", "ListItem", "Paragraph", "Precision", "Section", "Source",
    "Statement", "__version__", "edtf_bounds", "extract_awards", "extract_events",
    "find_dates", "find_mentions", "parse_article", "read_article",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'crimea_cli' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .article import parse_article, read_article
    from .awards import extract_awards
    from .dates import find_dates, find_mentions
    from .edtf import edtf_bounds
    from .errors import ArticleError, CrimeaError
    from .events import extract_events
    from .model import (
        Article,
        Award,
        DateValue,
        Event,
        Fact,
        Infobox,
        Kind,
        ListItem,
        Paragraph,
        Precision,
        Section,
        Source,
        Statement,
    )
