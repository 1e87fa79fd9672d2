"""crimea-cli: a timeline and fact explorer for encyclopedia-style articles.

The library is a pipeline, each stage public::

    article = parse_article(text)        # text → Article
    events = extract_events(article)     # Article → [Event]
    awards = extract_awards(article)     # Article → [Award]

It raises :class:`ArticleError` (a :class:`CrimeaError`) and never prints or
exits; the ``crimea-cli`` command is a thin layer on top.
"""

from __future__ import annotations

from .article import parse_article, read_article
from .awards import extract_awards
from .dates import edtf_bounds, find_dates, find_mentions
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

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleError", "Award", "CrimeaError", "DateValue", "Event", "Fact",
    "Infobox", "Kind", "ListItem", "Paragraph", "Precision", "Section", "Source",
    "Statement", "__version__", "edtf_bounds", "extract_awards", "extract_events",
    "find_dates", "find_mentions", "parse_article", "read_article",
]
