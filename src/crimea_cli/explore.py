"""``crimea-cli explore``: an interactive explorer in the terminal (Textual).

A list of events (one line each: date, category, statement) beside a detail
pane: the statement in its paragraph with the date emphasised, its section,
article, source and citations, what an inferred or relative date was
resolved from, and the ``--explain`` view of the statement (the numbers not
read as dates, and why). Keys: ``/`` search as you type (the ``search``
semantics: every term, any case, any accents), ``c`` category, ``y`` jump to
a year, ``a`` awards, ``f`` the case, ``l`` the article (with several),
``o`` open the source URL, ``e`` export the view to a file in any format,
``q`` quit. The mouse works too.

Textual is an optional extra (``pip install 'crimea-cli[explore]'``): this
module imports it and is imported only by the ``explore`` command. Every
piece of article text reaches the screen as a :class:`rich.text.Text`, never
as markup, with its control characters made visible.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import shlex
import tempfile
import webbrowser
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from . import rx
from .errors import CrimeaError, check_type
from .humanize import human_date
from .lang import Language
from .model import Article, Statement
from .records import AwardRecord, EventRecord
from .render import FORMATS, Terminal, renderer, view_language, visible, visible_marks
from .render.columns import source_word

MODES = ("events", "awards", "case")
"""What the list shows: the timeline, the awards, or the case lines."""

EXPORT_SUFFIXES = {
    ".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".md": "markdown", ".html": "html",
    ".htm": "html", ".ics": "ics", ".txt": "table",
}
"""The format an export takes from its file name when none is named."""

_PARAGRAPH_LIMIT = 1200
"""The detail pane shows at most this many characters around the statement."""
_URL = rx.compile(r"https?://\S+\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Source:
    """One article and everything the explorer shows of it."""

    article: Article
    events: list[EventRecord]
    awards: list[AwardRecord]
    case: list[dict[str, Any]]
    explained: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    """Explanations by statement offset (``offset_start``)."""
    path: str = ""
    statements: dict[int, Statement] = field(default_factory=dict)
    """The article's statements by offset (``offset_start``)."""
    language: Language | None = None
    """The language the article was read in, whose words the explorer writes
    (None: English)."""

    @property
    def origin(self) -> str:
        """Where the article was read from: its page URL when the reader knows
        one, else the path it was named by."""
        if _URL.match(self.article.origin or ""):
            return self.article.origin
        return self.path or self.article.origin


def load(articles: Sequence[Article], paths: Sequence[str] = (),
         as_of: _dt.date | None = None, language: Language | None = None) -> list[Source]:
    """Everything the explorer shows, for each article, read in ``language``
    (English by default; the one the articles were read in)."""
    from .awards import extract_awards
    from .case import case_lines, case_record
    from .events import extract_events
    from .explain import explain, explain_record
    from .records import award_record, event_record

    if language is not None:
        check_type(language, Language, "load(language)")
    day = as_of or _dt.date.today()
    out = []
    for i, art in enumerate(articles):
        events = extract_events(art, language)
        awards = extract_awards(art, events, language)
        path = paths[i] if i < len(paths) else ""
        explained: dict[int, list[dict[str, Any]]] = {}
        for e in explain(art, events, language=language):
            explained.setdefault(e.statement.start, []).append(explain_record(e))
        ordered = sorted(events, key=lambda e: (e.date.start, e.date.end))
        out.append(Source(
            article=art, events=[event_record(e) for e in ordered],
            awards=[award_record(a) for a in awards],
            case=[dict(case_record(line))
                  for line in case_lines(art, events, awards, day, path, language)],
            explained=explained, path=path,
            statements={st.start: st for st in art.statements}, language=language))
    return out


def terms_of(query: str) -> list[str]:
    """The search terms of a query: words, or "quoted phrases"."""
    try:
        return [t for t in shlex.split(query) if t.strip()]
    except ValueError:      # an unclosed quote: take the words as they are
        return query.replace('"', " ").split()


def year_of(rec: dict[str, Any]) -> int | None:
    """The first year a record's date can mean, or None when it has none."""
    start = rec.get("start")
    if isinstance(start, str) and start[:4].isdigit():
        return int(start[:4])
    date = rec.get("date")
    if date:
        from .edtf import edtf_bounds

        try:
            return edtf_bounds(str(date))[0].year
        except (ValueError, IndexError):
            return None
    return None


def _category(rec: dict[str, Any], mode: str) -> str:
    if mode == "awards":
        return "award"
    if mode == "case":
        return str(rec.get("source", ""))
    return str(rec.get("category", ""))


def short_date(rec: dict[str, Any], language: Language | None = None) -> str:
    """The date for the list: as people write it, months cut to three letters
    ("21 Aug 2020", "Sep 2020"); "undated" (in the words of ``language``,
    English by default) without one; * when inferred."""
    lg = view_language(language)
    if not rec.get("date"):
        return lg.view_words["undated"]
    shown = human_date(str(rec["date"]), lg)
    for name in dict.fromkeys((*lg.month_names_of_day, *lg.month_names)):
        shown = shown.replace(name, name[:3])
    return shown + ("*" if rec.get("kind") in ("inferred", "relative") else "")


NARROW_LIST = 56
"""A list narrower than this (in cells) leaves the category to the detail pane."""


def row_text(rec: dict[str, Any], mode: str, several: bool, date_width: int = 11,
             width: int = 100, language: Language | None = None) -> Text:
    """One line of the list: date, category (or label) and statement."""
    line = Text(no_wrap=True, overflow="ellipsis", end="")
    if mode == "case":
        line.append(visible(str(rec.get("label", ""))).ljust(18)[:18], style="bold")
        line.append(" ")
        line.append(visible(str(rec.get("value", ""))))
        return line
    line.append(short_date(rec, language)[:date_width].ljust(date_width) + " ")
    if width >= NARROW_LIST and mode != "awards":
        line.append(visible(str(rec.get("category", ""))).ljust(11)[:11] + " ", style="bold")
    if several:
        line.append(visible(str(rec.get("article", "")))[:16].ljust(16) + " ", style="dim")
    main = str(rec.get("name") or "") if mode == "awards" else ""
    if main:
        line.append(visible(main), style="bold")
        line.append(" — ")
    text = str(rec.get("text", ""))
    line.append(_marked(text, rec))
    return line


def _marked(text: str, rec: dict[str, Any], style: str = "bold underline") -> Text:
    """``text`` made visible, with the record's date span in ``style``."""
    shown = Text(visible(text), end="")
    a, b = rec.get("span_start"), rec.get("span_end")
    if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text):
        (va, vb), = visible_marks(text, [(a, b)])
        shown.stylize(style, va, vb)
    return shown


def paragraph(article: Article, start: int, end: int) -> tuple[str, int, int]:
    """The paragraph around ``article.text[start:end]`` (at most
    ``_PARAGRAPH_LIMIT`` characters of it), and where the statement is in it."""
    text = article.text
    lo = text.rfind("\n\n", max(0, start - _PARAGRAPH_LIMIT), start)
    lo = max(0, start - _PARAGRAPH_LIMIT) if lo < 0 else lo + 2
    hi = text.find("\n\n", end, end + _PARAGRAPH_LIMIT)
    hi = min(len(text), end + _PARAGRAPH_LIMIT) if hi < 0 else hi
    return text[lo:hi], start - lo, end - lo


def detail(source: Source, rec: dict[str, Any], mode: str) -> Text:
    """The detail pane of one record, in the words of the language the
    article was read in."""
    lg = view_language(source.language)
    words = lg.view_words
    out = Text(end="")

    def line(label: str, value: str | Text, style: str = "") -> None:
        out.append(f"{label}: ", style="bold")
        out.append(value if isinstance(value, Text) else Text(visible(value), style=style))
        out.append("\n")

    if mode == "case":
        line(str(rec.get("label", "")), str(rec.get("value", "")))
        line(words["from"], source_word(rec.get("source", ""), source.language))
        if rec.get("text"):
            out.append("\n")
            out.append(Text(visible(str(rec["text"]))))
            out.append("\n")
        return out
    date = human_date(str(rec["date"]), lg) if rec.get("date") else words["undated"]
    out.append(date, style="bold")
    out.append("  ")
    out.append(visible("award" if mode == "awards" else str(rec.get("category", ""))),
               style="reverse")
    kind = rec.get("kind")
    if kind in ("inferred", "relative"):
        out.append("  " + words["of_kind"].format(kind=words[str(kind)]), style="italic")
    out.append("\n")
    if mode == "awards":
        line(words["award"], str(rec.get("name", "")))
        if rec.get("conferred_by"):
            line(words["conferred_by"], str(rec["conferred_by"]))
    out.append("\n")
    start, end = rec.get("offset_start"), rec.get("offset_end")
    text = str(rec.get("text", ""))
    shift = int(rec.get("text_start") or 0)     # where a long statement's excerpt starts
    whole = source.article.text[start:end] if isinstance(start, int) and \
        isinstance(end, int) else None
    if whole is not None and isinstance(start, int) and isinstance(end, int) and \
            len(whole) <= 2 * _PARAGRAPH_LIMIT and whole[shift:shift + len(text)] == text:
        para, a, b = paragraph(source.article, start, end)
        before, statement, after = para[:a], para[a:b], para[b:]
        spans = {k: rec[k] + shift for k in ("span_start", "span_end")
                 if isinstance(rec.get(k), int)}
        out.append(Text(visible(before), style="dim"))
        out.append(_marked(statement, spans, "bold reverse"))
        out.append(Text(visible(after), style="dim"))
    else:       # a long statement: the record's excerpt around the date
        cut = bool(rec.get("text_cut"))
        out.append("… " if cut and shift else "", style="dim")
        out.append(_marked(text, rec, "bold reverse"))
        out.append(" …" if cut else "", style="dim")
    out.append("\n\n")
    line(words["section"], str(rec.get("section", "")))
    line(words["article"], str(rec.get("article", "")))
    origin = rec.get("origin") or source.origin
    if origin:
        rev = rec.get("revision") or source.article.revision
        line(words["source"], words["with_revision"].format(source=origin, revision=rev)
             if rev else str(origin))
    cites = rec.get("citations")
    if cites is None and isinstance(start, int):
        st = source.statements.get(start)
        found = source.article.citations_of(st) if st is not None else None
        cites = None if found is None else [c.as_dict() for c in found]
    if isinstance(cites, list) and cites:
        out.append(f"{words['citations']}:\n", style="bold")
        for c in cites:
            shown = (" · ".join(str(c[k]) for k in ("title", "publisher", "date", "url")
                                if c.get(k)) if isinstance(c, dict) else str(c))
            out.append(Text("  • " + visible(shown) + "\n"))
    elif cites == []:
        out.append(f"{words['citations']}: {words['none_given']}\n", style="dim")
    if kind in ("inferred", "relative") and rec.get("resolved_from_text"):
        got = human_date(str(rec["resolved_from"]), lg) if rec.get("resolved_from") else ""
        line(words[f"{kind}_from"], f"{got}: “{rec['resolved_from_text']}”")
    why = [e for e in source.explained.get(start, []) if e.get("rule") not in
           ("inferred", "relative")] if isinstance(start, int) else []
    if why:
        out.append(f"{words['not_read_as_dates']}:\n", style="bold")
        for e in why:
            out.append(Text("  " + visible(f"{e['token']} — {e['reason']} ({e['rule']})") + "\n"))
    return out


class Choose(ModalScreen[str | None]):
    """A list to choose one item from (categories, articles)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, items: list[tuple[str, str]]) -> None:
        super().__init__()
        self.heading, self.items = title, items

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(self.heading, style="bold"))
            yield OptionList(*[Option(Text(visible(label)), id=f"o{i}")
                               for i, (_, label) in enumerate(self.items)], id="choices")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index = int(str(event.option.id)[1:])
        self.dismiss(self.items[index][0])

    def action_cancel(self) -> None:
        self.dismiss(None)


class Ask(ModalScreen[str | None]):
    """One line of input (a year, a file name)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self.prompt, self.placeholder, self.value = prompt, placeholder, value

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(self.prompt, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder, id="answer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Explorer(App[None]):
    """The explorer: a list of records beside the detail of the highlighted one."""

    TITLE = "crimea-cli explore"
    ENABLE_COMMAND_PALETTE = False
    CSS = """
    Screen { layout: vertical; }
    #status { height: 1; padding: 0 1; background: $panel; }
    #search { height: 1; border: none; padding: 0 1; }
    #search:focus { background: $boost; }
    #body { height: 1fr; }
    #list { width: 60%; border: none; height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    #detail { width: 40%; height: 1fr; padding: 0 1; border-left: solid $primary; }
    #body.narrow { layout: vertical; }
    #body.narrow #list { width: 100%; height: 1fr; }
    #body.narrow #detail { width: 100%; height: 1fr; border-left: none;
                           border-top: solid $primary; }
    Choose, Ask { align: center middle; }
    #dialog { width: 60; max-width: 90%; height: auto; max-height: 80%;
              border: thick $primary; background: $surface; padding: 0 1; }
    #choices { height: auto; max-height: 16; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Find"),
        Binding("c", "category", "Cat."),
        Binding("y", "year", "Year"),
        Binding("a", "mode('awards')", "Awards"),
        Binding("f", "mode('case')", "Case"),
        Binding("l", "article", "Article", show=False),
        Binding("o", "open", "Open"),
        Binding("e", "export", "Export"),
        Binding("q", "quit", "Quit"),
        Binding("escape", "leave_search", "List", show=False),
    ]

    def __init__(self, sources: list[Source],
                 opener: Callable[[str], object] = webbrowser.open) -> None:
        super().__init__()
        self.sources = sources
        self.language = sources[0].language if sources else None
        """The language the articles were read in (its words are the views')."""
        self.opener = opener
        self.showing = "events"
        self.query_text = ""
        self.category: str | None = None
        self.article: int | None = None
        self.rows: list[tuple[int, dict[str, Any]]] = []

    # --- layout ----------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield Input(placeholder="/ search: every term, any case, any accents", id="search")
        with Horizontal(id="body"):
            yield OptionList(id="list")
            with VerticalScroll(id="detail"):
                yield Static(id="detail-text")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._fit(self.size.width)
        self.refresh_rows()
        self.query_one("#list", OptionList).focus()

    def on_resize(self, event: Any) -> None:
        narrow = self._list_width() < NARROW_LIST
        self._fit(event.size.width)
        if narrow != (self._list_width() < NARROW_LIST) and self.rows:
            row = self.current()
            self.refresh_rows(keep=row[1] if row else None)

    def _list_width(self) -> int:
        """The list's width in cells: the screen's under 80 columns, else 60% of it."""
        width = self.size.width
        return width if width < 80 else width * 3 // 5

    def _fit(self, width: int) -> None:
        self.query_one("#body").set_class(width < 80, "narrow")

    # --- the rows --------------------------------------------------------
    @property
    def several(self) -> bool:
        return len(self.sources) > 1

    def records(self) -> list[tuple[int, dict[str, Any]]]:
        """The records of the current mode, article, category and search."""
        from .query import match_statement

        terms = terms_of(self.query_text)
        rows: list[tuple[int, dict[str, Any]]] = []
        for i, src in enumerate(self.sources):
            if self.article is not None and i != self.article:
                continue
            for rec in getattr(src, self.showing):
                if self.category is not None and _category(rec, self.showing) != self.category:
                    continue
                if terms:
                    hay = " ".join(str(rec.get(k) or "") for k in ("name", "label", "value",
                                                                   "text"))
                    if match_statement(hay, terms) is None:
                        continue
                rows.append((i, rec))
        if self.showing != "case" and len(self.sources) > 1:
            rows.sort(key=lambda r: (str(r[1].get("start") or "9999"), str(r[1].get("end"))))
        return rows

    def refresh_rows(self, keep: dict[str, Any] | None = None) -> None:
        self.rows = self.records()
        listing = self.query_one("#list", OptionList)
        listing.clear_options()
        rows = [(short_date(rec, self.language), rec) for _, rec in self.rows]
        date_width = min(17, max((len(d) for d, _ in rows), default=7))
        width = self._list_width()
        listing.add_options([Option(row_text(rec, self.showing, self.several, date_width, width,
                                             self.language))
                             for _, rec in rows])
        at = 0
        if keep is not None:
            at = next((n for n, (_, rec) in enumerate(self.rows) if rec is keep), 0)
        if self.rows:
            listing.highlighted = at
        self._status()
        self.show_detail()

    def _status(self) -> None:
        bits = [{"events": "Timeline", "awards": "Awards", "case": "Case"}[self.showing]]
        if self.article is not None:
            bits.append(self.sources[self.article].article.title)
        elif self.several:
            bits.append(f"{len(self.sources)} articles")
        else:
            bits.append(self.sources[0].article.title if self.sources else "")
        if self.category:
            bits.append(f"category {self.category}")
        if self.query_text.strip():
            bits.append(f"“{self.query_text.strip()}”")
        total = sum(len(getattr(s, self.showing)) for s in self.sources)
        bits.append(f"{len(self.rows)} of {total}")
        self.query_one("#status", Static).update(Text(visible(" · ".join(bits)), no_wrap=True,
                                                      overflow="ellipsis"))

    def current(self) -> tuple[int, dict[str, Any]] | None:
        at = self.query_one("#list", OptionList).highlighted
        if at is None or not 0 <= at < len(self.rows):
            return None
        return self.rows[at]

    def show_detail(self) -> None:
        pane = self.query_one("#detail-text", Static)
        row = self.current()
        if row is None:
            pane.update(Text("Nothing matches. Esc clears nothing; / edits the search, "
                             "c and a change what is listed."))
            return
        i, rec = row
        pane.update(detail(self.sources[i], rec, self.showing))
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "list":
            self.show_detail()

    # --- search ----------------------------------------------------------
    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave_search(self) -> None:
        self.query_one("#list", OptionList).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            self.query_text = event.value
            self.refresh_rows()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.query_one("#list", OptionList).focus()

    # --- filters and modes -----------------------------------------------
    def action_category(self) -> None:
        counts: dict[str, int] = {}
        for i, src in enumerate(self.sources):
            if self.article is None or i == self.article:
                for rec in getattr(src, self.showing):
                    c = _category(rec, self.showing)
                    counts[c] = counts.get(c, 0) + 1
        items = [("", "all categories")] + [(c, f"{c} ({n})") for c, n in counts.items()]

        def chosen(value: str | None) -> None:
            if value is not None:
                self.category = value or None
                self.refresh_rows()
        self.push_screen(Choose("Category", items), chosen)

    def action_article(self) -> None:
        if not self.several:
            self.notify("One article: nothing to switch to.", markup=False)
            return
        items = [("", "all articles, merged")] + [
            (str(i), s.article.title) for i, s in enumerate(self.sources)]

        def chosen(value: str | None) -> None:
            if value is not None:
                self.article = int(value) if value else None
                self.refresh_rows()
        self.push_screen(Choose("Article", items), chosen)

    def action_mode(self, mode: str) -> None:
        self.showing = "events" if self.showing == mode else mode
        self.category = None
        self.refresh_rows()

    def action_year(self) -> None:
        def chosen(value: str | None) -> None:
            if value is None:
                return
            try:
                year = int(value.strip())
            except ValueError:
                self.notify(f"Not a year: {visible(value)}", severity="warning", markup=False)
                return
            self.jump_to_year(year)
        self.push_screen(Ask("Jump to year", "e.g. 2018"), chosen)

    def jump_to_year(self, year: int) -> None:
        """Highlight the first listed record of ``year`` or later (else the last)."""
        if not self.rows:
            return
        years = [year_of(rec) for _, rec in self.rows]
        at = next((n for n, y in enumerate(years) if y is not None and y >= year),
                  len(self.rows) - 1)
        listing = self.query_one("#list", OptionList)
        listing.highlighted = at
        listing.scroll_to_highlight()
        listing.focus()

    # --- open and export -------------------------------------------------
    def action_open(self) -> None:
        row = self.current()
        src = self.sources[row[0]] if row else None
        url = None
        if row is not None:
            for cand in (row[1].get("origin"), src.origin if src else None):
                if isinstance(cand, str) and _URL.match(cand.strip()):
                    url = cand.strip()
                    break
        if url is None:
            self.notify("No source URL for this article.", severity="warning", markup=False)
            return
        self.opener(url)
        self.notify(f"Opened {visible(url)}", markup=False)

    def action_export(self) -> None:
        def chosen(value: str | None) -> None:
            if not value or not value.strip():
                return
            try:
                path, fmt = self.export(value)
            except CrimeaError as exc:
                self.notify(visible(str(exc)), severity="error", markup=False)
                return
            self.notify(f"Wrote {len(self.rows)} records to {visible(path)} ({fmt})",
                        markup=False)
        self.push_screen(Ask("Export this view: FILE [FORMAT]",
                             "timeline.html, awards.csv, view.json markdown …"), chosen)

    def export(self, answer: str) -> tuple[str, str]:
        """Write the listed records to the file ``answer`` names, in the format
        it names or its suffix implies; never over an existing file."""
        parts = terms_of(answer)
        if not parts:
            raise CrimeaError("no file name")
        path = parts[0]
        fmt = parts[1].lower() if len(parts) > 1 else EXPORT_SUFFIXES.get(
            os.path.splitext(path)[1].lower(), "json")
        if fmt not in FORMATS:
            raise CrimeaError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
        kind = self.showing
        full = os.path.abspath(os.path.expanduser(path))
        if os.path.exists(full):
            raise CrimeaError(f"{path}: exists; choose another name")
        try:
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(full), prefix=".crimea-cli-")
        except OSError as exc:
            raise CrimeaError(f"{path}: {exc.strerror or 'cannot be written'}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                renderer(fmt).render(kind, [rec for _, rec in self.rows], fh,
                                     Terminal(color=False, width=100, is_tty=False,
                                              language=self.language))
            os.replace(tmp, full)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return path, fmt
