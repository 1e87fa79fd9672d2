"""``--group-by article``: each article's records under its own heading.

The human formats write a heading per article (its title, and how many
records it has: "Server Mustafayev — 11 events") and then render the
article's records alone, so that a merged view's "article" column is not
needed; the data formats get the records ordered by article, in the order
the articles were read, each record naming its article as always.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO

from . import Terminal, view_language, visible
from .layout import write

if TYPE_CHECKING:
    from ..lang import Language

HUMAN = ("rich", "table", "oneline", "markdown")
NOUNS = {"events": "events", "awards": "awards", "facts": "facts", "hits": "hits",
         "case": "lines", "explain": "tokens", "stats": "counts"}
"""What the records of each kind are counted as (the key of their words in
a language's ``view_counts``; "records" for another kind)."""


def by_article(records: Iterable[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The records per article, articles in the order they first appear. An
    article is its title and its origin: two files with one title are two
    articles, each named with its origin ("Ivan Lis (a2.txt)")."""
    groups: dict[tuple[str, Any], list[dict[str, Any]]] = {}
    for rec in records:
        groups.setdefault((str(rec.get("article", "")), rec.get("origin")), []).append(rec)
    titles: dict[str, int] = {}
    for title, _ in groups:
        titles[title] = titles.get(title, 0) + 1
    return [(f"{title} ({origin})" if titles[title] > 1 and origin else title, rows)
            for (title, origin), rows in groups.items()]


def heading(kind: str, article: str, rows: list[dict[str, Any]],
            language: Language | None = None) -> str:
    """An article's heading and the summary of its records, in the words of
    ``language`` (English by default)."""
    lg = view_language(language)
    words = lg.view_words
    summary = lg.counted(lg.view_counts[NOUNS.get(kind, "records")], len(rows),
                         f"{len(rows):,}")
    if kind == "awards":
        dated = [r for r in rows if r.get("date")]
        if dated:
            latest = max(dated, key=lambda r: str(r.get("date")))
            summary = words["with_latest"].format(summary=summary, name=latest.get("name"),
                                                  year=str(latest["date"])[:4])
    return f"{visible(article) or words['untitled']} — {summary}"


def render(renderer: ModuleType, fmt: str, kind: str, records: Iterable[dict[str, Any]],
           out: TextIO, term: Terminal) -> None:
    """Render ``records`` with ``renderer``, article by article."""
    groups = by_article(records)
    if fmt not in HUMAN:
        renderer.render(kind, [r for _, rows in groups for r in rows], out, term)
        return
    # under its heading, a row need not name its article
    alone = replace(term, several=False)
    for i, (article, rows) in enumerate(groups):
        if i:
            out.write("\n")
        title = heading(kind, article, rows, term.language)
        if fmt == "markdown":
            safe = title.replace("\\", "\\\\").replace("<", "&lt;")
            out.write("## " + safe + "\n\n")
        else:
            write([[(title, "bold underline")]], out, term)
        renderer.render(kind, rows, out, alone)
