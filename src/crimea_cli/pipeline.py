"""One article's path → its records: the unit of work for corpora.

Top-level functions, so that worker processes can run them. Each returns the
records of one article, or the :class:`ArticleError` that stopped it (the
caller decides whether to skip or fail).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ArticleError
from .query import EventFilter, filter_events

if TYPE_CHECKING:
    from .sources import Item


def timeline_records(path: Item, flt: EventFilter) -> list[dict[str, Any]] | ArticleError:
    """The filtered event records of the article at ``path`` (or a dump's page)."""
    from .events import extract_events
    from .records import event_record
    from .sources import read_item

    try:
        article = read_item(path)
    except ArticleError as exc:
        return exc
    return [event_record(e, article) for e in filter_events(extract_events(article), flt)]
