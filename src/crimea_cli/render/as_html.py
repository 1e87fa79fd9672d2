"""``--format html``: one self-contained page, a vertical timeline with filters.

The page carries its stylesheet and a small script inline (``html_page.css``,
``html_page.js``) and a Content-Security-Policy that allows those two by
hash and nothing else: no request of any kind leaves the page. Events are
grouped by year (decades and centuries under their own headings); each shows
its date for people, its category, the statement with the date emphasised,
its section and article, the source (the ``origin`` field: a page URL is a
link) and the citations where the record has them,
and what an inferred or relative date was resolved from. The script adds
category chips, a highlighting search, a year range, a density strip of
events per year, and keeps that state in the URL fragment; without it the
page is a plain, complete list.

Every piece of article text is escaped (``html.escape`` with quotes) and its
control characters made visible (:func:`crimea_cli.render.visible`); links
are made only from ``http(s)`` URLs, never from the text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib.resources import files
from itertools import groupby
from typing import TYPE_CHECKING, Any, TextIO

from .. import rx
from ..humanize import human_date
from . import Terminal, view_language, visible, visible_marks
from .columns import source_word
from .exports import escape_html
from .grouped import NOUNS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..lang import Language

_NOUNS = {**NOUNS, "hits": "statements"}
"""The text views' nouns, but a search's hits are counted as the statements
the page shows."""
_TITLES = {"events": "Timeline", "awards": "Awards", "hits": "Search results", "facts": "Facts",
           "case": "The case", "stats": "Counts", "explain": "Why a number is not a date"}
"""The page's frame (its title, header, filters, script and footer) is
written in English; its items and tables in the language's words."""
_STATS_TABLES = frozenset({"year", "decade", "century", "category", "section", "article"})
"""The tables of ``stats`` whose header is a word of the language's ``view_words``."""
_URL = rx.compile(r"https?://[^\s<>\"'`\\]+\Z", re.IGNORECASE)
_CATEGORY = rx.compile(r"[a-z][a-z0-9_-]{0,40}\Z")
_DAY = rx.compile(r"\d{4}(-\d\d(-\d\d)?)?\Z")


@cache
def _asset(name: str) -> str:
    return (files(__package__) / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def csp(style: str, script: str) -> str:
    """The page's policy: nothing but its own inline style and script."""
    return ("default-src 'none'; "
            f"style-src 'sha256-{_sha256(style)}'; script-src 'sha256-{_sha256(script)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def esc(value: object) -> str:
    """Text of an article, safe in HTML text and in quoted attributes."""
    text = str(value)
    if len(text) <= _SHORT:
        return _esc_short(text)
    return escape_html(visible(text))


_SHORT = 80
"""A text this long or shorter (a category, a section, a date) is escaped
once per page or so: :func:`_esc_short` remembers it."""


@lru_cache(maxsize=1024)
def _esc_short(text: str) -> str:
    return escape_html(visible(text))


def safe_url(value: object) -> str | None:
    """``value`` when it is a plain http(s) URL, else None: never a script URL."""
    text = str(value or "").strip()
    return text if _URL.match(text) else None


def _css_class(category: str) -> str:
    return f"cat-{category}" if _CATEGORY.match(category) else "cat-other"


def _year(iso: str) -> int | None:
    try:
        return int(iso[:4])
    except (ValueError, TypeError):
        return None


def _bounds(rec: dict[str, Any]) -> tuple[int, int] | None:
    """The first and last year a record's date can mean, or None if undated."""
    edtf = rec.get("date")
    if not edtf:
        return None
    start, end = rec.get("start"), rec.get("end")
    if isinstance(start, str) and isinstance(end, str):
        lo, hi = _year(start), _year(end)
        if lo is not None and hi is not None:
            return lo, hi
    from ..edtf import edtf_bounds

    try:
        first, last = edtf_bounds(str(edtf))
    except (ValueError, TypeError, IndexError):
        return None
    return first.year, last.year


def _group(rec: dict[str, Any], years: tuple[int, int] | None, lg: Language) -> str:
    """The heading a record is listed under: its year, decade or century."""
    if years is None:
        words = lg.view_words
        return words["not_read_as_dates"] if "rule" in rec else words["undated_group"]
    edtf = str(rec["date"])
    if rec.get("precision") in ("decade", "century") and "/" not in edtf:
        return human_date(edtf, lg)
    return str(years[0])


def _emphasised(text: str, spans: list[tuple[int, int]]) -> str:
    """The statement, escaped, with the given spans in <strong>."""
    if len(spans) == 1 and text.isprintable():   # the common statement: one date in it
        (a, b), = spans
        if 0 <= a < b <= len(text):
            return (escape_html(text[:a]) + "<strong>" + escape_html(text[a:b]) + "</strong>"
                    + escape_html(text[b:]))
    shown = visible(text)
    marks = sorted((a, b) for a, b in visible_marks(text, spans) if 0 <= a < b <= len(shown))
    out: list[str] = []
    at = 0
    for a, b in marks:
        if a < at:
            continue
        out.append(html.escape(shown[at:a], quote=True))
        out.append(f"<strong>{html.escape(shown[a:b], quote=True)}</strong>")
        at = b
    out.append(html.escape(shown[at:], quote=True))
    return "".join(out)


def _spans(kind: str, rec: dict[str, Any], text: str) -> list[tuple[int, int]]:
    """What the statement emphasises: the date's span, an award's name, a hit's matches."""
    a, b = rec.get("span_start"), rec.get("span_end")
    if isinstance(a, int) and isinstance(b, int):
        return [(a, b)]
    if kind == "hits":
        return [(m[0], m[1]) for m in rec.get("matches") or []
                if isinstance(m, list | tuple) and len(m) == 2]
    name = rec.get("name")
    if name:
        at = text.lower().find(str(name).lower())
        if at >= 0:
            return [(at, at + len(str(name)))]
    return []


def _time(rec: dict[str, Any], lg: Language) -> str:
    return _time_of(str(rec["date"]), lg)


@lru_cache(maxsize=1024)
def _time_of(edtf: str, lg: Language) -> str:
    shown = esc(human_date(edtf, lg))
    if _DAY.match(edtf):
        return f'<time datetime="{edtf}">{shown}</time>'
    return f'<span class="dt">{shown}</span>'


def _citation(item: Any) -> str:
    if isinstance(item, dict):
        title = item.get("title") or item.get("text") or item.get("url") or ""
        bits = [str(item[k]) for k in ("publisher", "date") if item.get(k)]
        url = safe_url(item.get("url"))
        head = (f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(title)}</a>'
                if url else esc(title))
        return head + "".join(f", {esc(b)}" for b in bits)
    return esc(item)


def _source(origin: Any, revision: Any, words: Mapping[str, str]) -> str:
    """Where an article was read from: a link for a page URL, else its name."""
    url = safe_url(origin)
    shown = (f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(url)}</a>'
             if url else esc(origin))
    if revision:
        shown = esc(words["with_revision"]).format(source=shown, revision=esc(revision))
    return f'<span class="src">{esc(words["source_link"]).format(source=shown)}</span>'


def _category(kind: str, rec: dict[str, Any]) -> str:
    """What a record's chip is: its category (an explanation: its rule)."""
    if kind == "explain":
        return str(rec.get("rule") or "other")
    return str(rec.get("category") or ("award" if kind == "awards" else "other"))


@lru_cache(maxsize=256)
def _chip(category: str) -> tuple[str, str]:
    """An item's attributes of its category, and its category's label (remembered)."""
    return (f'class="ev {_css_class(category)}" data-c="{esc(category)}"',
            f'<span class="cat">{esc(category)}</span>')


def _item(kind: str, rec: dict[str, Any], years: tuple[int, int] | None,
          article_ids: dict[str, int], several: bool, lg: Language) -> str:
    words = lg.view_words
    category = _category(kind, rec)
    text = str(rec.get("text", ""))
    attrs, chip = _chip(category)
    if years is not None:
        attrs += f' data-y0="{years[0]}" data-y1="{years[1]}"'
    article = str(rec.get("article", ""))
    attrs += f' data-a="{article_ids.get(article, 0)}"'
    if years is not None:
        when = _time(rec, lg) + " " + chip
    else:
        undated = (esc(rec["token"]) if kind == "explain" and rec.get("token")
                   else esc(words["undated"]))
        when = f'<span class="dt">{undated}</span> {chip}'
    how = rec.get("kind")
    if how in ("inferred", "relative"):
        when += f' <span class="kind">{esc(words[how])}</span>'
    parts = [f"<li {attrs}>", f'<p class="when">{when}</p>']
    if kind == "awards" and rec.get("name"):
        given = (" — " + esc(words["given_by"]).format(by=esc(rec["conferred_by"]))
                 if rec.get("conferred_by") else "")
        parts.append(f'<p class="aw"><b>{esc(rec["name"])}</b>{given}</p>')
    if kind == "explain" and rec.get("reason"):
        parts.append('<p class="aw">' + esc(words["not_a_date"]).format(
            reason=esc(rec["reason"])) + "</p>")
    body = _emphasised(text, _spans(kind, rec, text))
    if rec.get("text_cut"):     # an excerpt of a long statement: say so
        start = rec.get("text_start") or 0
        body = (f'<span class="cut" title="{esc(words["excerpt"])}">…</span> '
                if start else "") + body + ' <span class="cut">…</span>'
    parts.append(f'<p class="tx">{body}</p>')
    if kind == "explain" and rec.get("from_text"):
        parts.append(f'<p class="from">{esc(words["its_year_from"])}: '
                     f'<q>{esc(rec["from_text"])}</q></p>')
    if how in ("inferred", "relative") and rec.get("resolved_from_text"):
        src_date = rec.get("resolved_from")
        dated = f" ({esc(human_date(str(src_date), lg))})" if src_date else ""
        parts.append(f'<p class="from">{esc(words[f"{how}_from"])}{dated}: '
                     f'<q>{esc(rec["resolved_from_text"])}</q></p>')
    meta = [f'<span class="sec">{esc(rec.get("section", ""))}</span>']
    if several:
        meta.append(f'<span class="art">{esc(article)}</span>')
    if several and rec.get("origin"):
        meta.append(_source(rec["origin"], rec.get("revision"), words))
    parts.append(f'<p class="meta">{"".join(meta)}</p>')
    cites = rec.get("citations")
    if isinstance(cites, list) and cites:
        parts.append(f'<ol class="cites" aria-label="{esc(words["citations"])}">'
                     + "".join(f"<li>{_citation(c)}</li>" for c in cites) + "</ol>")
    parts.append("</li>")
    return "".join(parts)


def _facts_table(rows: list[dict[str, Any]], several: bool, lg: Language) -> Iterator[str]:
    words = lg.view_words
    yield (f'<table class="facts"><thead><tr><th scope="col">{esc(words["fact"])}</th>'
           f'<th scope="col">{esc(words["value"])}</th>')
    yield (f'<th scope="col">{esc(words["source"])}</th>'
           + (f'<th scope="col">{esc(words["article"])}</th>' if several else ""))
    yield "</tr></thead><tbody>"
    for rec in rows:
        cells = [rec.get("label", ""), rec.get("value", ""),
                 source_word(rec.get("source", ""), lg)]
        if several:
            cells.append(rec.get("article", ""))
        yield ("<tr><th scope=\"row\">" + esc(cells[0]) + "</th>"
               + "".join(f"<td>{esc('' if c is None else c)}</td>" for c in cells[1:]) + "</tr>")
    yield "</tbody></table>"


def _case_sheet(rows: list[dict[str, Any]], several: bool, lg: Language) -> Iterator[str]:
    """One card per article: each line's label, value and whether it is the
    article's words or computed, with the statement it was read from."""
    for n, (title, group) in enumerate(groupby(rows, key=lambda r: str(r.get("article", "")))):
        yield f'<section class="case" aria-labelledby="c{n}">'
        yield (f'<h2 id="c{n}">{esc(title)}</h2>' if several
               else f'<h2 id="c{n}" class="sr">{esc(title)}</h2>')
        yield '<dl class="case">'
        for rec in group:
            yield f'<div><dt>{esc(rec.get("label", ""))}</dt><dd><span class="v">'
            yield f'{esc(rec.get("value", ""))}</span>'
            yield f' <span class="srcl">{esc(source_word(rec.get("source", ""), lg))}</span>'
            if rec.get("text"):
                yield f'<q class="from">{esc(rec["text"])}</q>'
            yield "</dd></div>"
        yield "</dl></section>\n"


def _stats_tables(rows: list[dict[str, Any]], words: Mapping[str, str]) -> Iterator[str]:
    """One table per count (per period, category, section, article), with bars."""
    article_th = f'<th scope="col">{esc(words["article"])}</th>'
    for n, (table, group) in enumerate(groupby(rows, key=lambda r: str(r.get("table", "")))):
        counts = list(group)
        top = max((int(r.get("count") or 0) for r in counts), default=0) or 1
        several = any(r.get("article") for r in counts)
        yield (f'<section class="stats" aria-labelledby="s{n}"><h2 id="s{n}">'
               + esc(words["by_table"]).format(table=esc(table))
               + '</h2><table class="facts"><thead><tr><th scope="col">'
               f'{esc(words[table] if table in _STATS_TABLES else table.capitalize())}</th>'
               + (article_th if several else "")
               + f'<th scope="col">{esc(words["count"])}</th><th scope="col"><span class="sr">'
               f'{esc(words["bar"])}</span></th></tr></thead><tbody>')
        for rec in counts:
            count = int(rec.get("count") or 0)
            article = f"<td>{esc(rec.get('article') or '')}</td>" if several else ""
            yield (f'<tr><th scope="row">{esc(rec.get("key", ""))}</th>{article}'
                   f'<td class="num">{count:,}</td><td><meter min="0" max="{top}" '
                   f'value="{count}" aria-hidden="true"></meter></td></tr>')
        yield "</tbody></table></section>\n"


def _controls(categories: dict[str, int], titles: list[str]) -> Iterator[str]:
    yield '<form class="controls" id="filters" role="search" aria-label="Filters">'
    yield '<div class="row"><label class="field q" for="q">Search the statements'
    yield '<input id="q" type="search" autocomplete="off" spellcheck="false"></label>'
    yield ('<label class="field y" for="from">From year'
           '<input id="from" type="number" inputmode="numeric" step="1"></label>')
    yield ('<label class="field y" for="to">To year'
           '<input id="to" type="number" inputmode="numeric" step="1"></label>')
    if len(titles) > 1:
        yield '<label class="field art" for="article">Article<select id="article">'
        yield '<option value="">All articles</option>'
        for i, title in enumerate(titles):
            yield f'<option value="{i}">{esc(title)}</option>'
        yield "</select></label>"
    yield '<button type="button" class="chip all" id="reset">Reset</button></div>'
    yield ('<details class="cats" id="cats" open><summary>Categories '
           '<span id="cats-shown"></span></summary><fieldset class="cats">'
           '<legend class="sr">Categories</legend>')
    yield '<button type="button" class="chip all" id="all" aria-pressed="true">All</button>'
    for category, n in categories.items():
        yield (f'<button type="button" class="chip {_css_class(category)}" '
               f'data-c="{esc(category)}" aria-pressed="true">{esc(category)} '
               f'<span class="n" aria-label="{n} of them">{n}</span></button>')
    yield "</fieldset></details>"
    yield '<p class="status" id="status" role="status" aria-live="polite"></p>'
    yield '<div class="strip" id="strip" role="group" aria-label="Events per year: jump to a year">'
    yield '</div><div class="strip-scale" id="strip-scale" aria-hidden="true"></div></form>'


def page(kind: str, records: Iterable[dict[str, Any]], language: Language | None = None
         ) -> Iterator[str]:
    """The page, piece by piece, in the words of ``language`` (English by
    default; the filters and the script's words are English)."""
    from .. import __version__

    lg = view_language(language)
    words = lg.view_words
    rows = list(records)
    titles = sorted({str(r["article"]) for r in rows if r.get("article") is not None})
    several = len(titles) > 1
    article_ids = {t: i for i, t in enumerate(titles)}
    noun = _NOUNS.get(kind, "records")
    what = _TITLES.get(kind, kind.capitalize())
    if not titles:
        heading = what
    elif len(titles) <= 3:
        heading = " · ".join(titles)
    else:
        heading = f"{len(titles):,} articles"
    style, script = _asset("html_page.css"), _asset("html_page.js")
    yield "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    yield f'<meta http-equiv="Content-Security-Policy" content="{csp(style, script)}">\n'
    yield '<meta name="referrer" content="no-referrer">\n'
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    yield '<meta name="generator" content="crimea-cli">\n'
    yield '<link rel="icon" href="data:,">\n'
    yield f"<title>{esc(heading)} — {esc(what)} · crimea-cli</title>\n"
    yield f"<style>{style}</style>\n</head>\n<body>\n"
    yield '<a class="skip" href="#timeline">Skip to the list</a>\n'
    yield f"<header><h1>{esc(heading)}</h1>"
    yield f"<p>{esc(what)}: {len(rows):,} {noun}"
    if several:
        yield f" from {len(titles):,} articles"
    yield "</p>"
    origins = {str(r.get("article", "")): (r.get("origin"), r.get("revision"))
               for r in rows if r.get("origin")}
    if origins and len(origins) <= 3:
        for title, (origin, revision) in sorted(origins.items()):
            name = f"{esc(title)} — " if several else ""
            yield f'<p class="origin">{name}{_source(origin, revision, words)}</p>'
    yield "</header>\n"

    if kind in ("facts", "case", "stats"):
        yield f'<main id="timeline" data-noun="{noun}">'
        yield from (_facts_table(rows, several, lg) if kind == "facts"
                    else _case_sheet(rows, several, lg) if kind == "case"
                    else _stats_tables(rows, words))
        yield "</main>\n"
    else:
        dated = [(r, _bounds(r)) for r in rows]
        if kind != "events":   # events come sorted (or reversed) already
            dated.sort(key=lambda p: (p[1] is None, p[1] or (0, 0)))
        categories: dict[str, int] = {}
        for rec, _ in dated:
            c = _category(kind, rec)
            categories[c] = categories.get(c, 0) + 1
        yield from _controls(categories, titles)
        yield f'\n<main id="timeline" data-noun="{esc(noun)}">\n'
        if not rows:
            yield f'<p class="none">No {esc(noun)}.</p>'
        for n, (heading_text, group) in enumerate(groupby(
                dated, key=lambda p: _group(p[0], p[1], lg))):
            yield (f'<section class="group" aria-labelledby="g{n}">'
                   f'<h2 id="g{n}">{esc(heading_text)}</h2><ol class="evs">\n')
            for rec, years in group:
                yield _item(kind, rec, years, article_ids, several, lg) + "\n"
            yield "</ol></section>\n"
        yield "</main>\n"
    yield (f'<footer><p>Made by crimea-cli {esc(__version__)} from the article text; '
           "dates are as the text gives them.</p></footer>\n")
    yield f"<script>{script}</script>\n</body>\n</html>\n"


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write one self-contained HTML page."""
    for piece in page(kind, records, term.language):
        out.write(piece)
