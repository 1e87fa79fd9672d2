"""What the human formats (rich, table, markdown) show of each kind of record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..humanize import human_date
from . import clip, record_text, view_language

if TYPE_CHECKING:
    from ..lang import Language

KINDS = ("inferred", "relative")
"""The kinds of date a view marks (taken from another statement)."""


def date_cell(rec: dict[str, Any], language: Language | None = None) -> str:
    """The date for people, marked when it was inferred or relative (in the
    words of ``language``, English by default)."""
    date = rec.get("date")
    if not date:
        return ""
    text = human_date(str(date), language)
    kind = rec.get("kind")
    if kind not in KINDS:
        return text
    words = view_language(language).view_words
    return words["date_of_kind"].format(date=text, kind=words[str(kind)])


# (the header's key in a language's view_words, the record's field) for each kind of record
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (("date", "date"), ("category", "category"), ("statement", "text"),
               ("section", "section")),
    "awards": (("date", "date"), ("award", "name"), ("conferred_by", "conferred_by"),
               ("statement", "text")),
    "hits": (("date", "date"), ("section", "section"), ("statement", "text")),
    "facts": (("fact", "label"), ("value", "value"), ("source", "source")),
    "case": (("field", "label"), ("value", "value"), ("source", "source"),
             ("statement", "text")),
    "stats": (("table", "table"), ("key", "key"), ("count", "count")),
    "explain": (("token", "token"), ("rule", "rule"), ("reason", "reason"),
                ("statement", "text")),
}
SOURCES = {"text": "from_text", "infobox": "from_infobox",
           "text + infobox": "from_text_and_infobox", "computed": "computed"}
"""Where a fact or a case line comes from (its record's ``source``) → the
key of its words in a language's ``view_words``."""


def columns(kind: str, records: list[dict[str, Any]], several: bool = False,
            language: Language | None = None) -> list[tuple[str, str]]:
    """The columns to show, as (header, field), the headers in the words of
    ``language`` (English by default); "Article" is added when rows come
    from several articles, or were read from several (``several``)."""
    words = view_language(language).view_words
    cols = [(words[header], key) for header, key in COLUMNS[kind]]
    if several or len({r.get("article") for r in records}) > 1:
        cols.append((words["article"], "article"))
    return cols


def source_word(source: object, language: Language | None = None) -> str:
    """Where a fact or a case line comes from (``text``, ``computed`` …) in
    the words of ``language``; a value of no known kind as it is."""
    text = "" if source is None else str(source)
    key = SOURCES.get(text)
    return text if key is None else view_language(language).view_words[key]


def cell(rec: dict[str, Any], key: str, language: Language | None = None) -> str:
    """One cell's text (dates humanised, the words of ``language``)."""
    if key == "date":
        return date_cell(rec, language)
    if key == "text":
        return record_text(rec, language)
    if key == "source" and "label" in rec:
        return clip(source_word(rec.get(key), language), language=language)
    value = rec.get(key)
    return "" if value is None else clip(str(value), language=language)
