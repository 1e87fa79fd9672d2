"""The ``crimea-cli`` command: a thin Typer layer over the library.

Each command parses its options, calls the library, and hands plain records
(:mod:`crimea_cli.records`) to one renderer (:mod:`crimea_cli.render`).
Library errors become one line on stderr and an exit code
(:mod:`crimea_cli.errors`). Heavy imports happen inside the commands.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_NO_MATCH, EXIT_SKIPPED, EXIT_USAGE, CrimeaError

if TYPE_CHECKING:
    from .model import Article

HELP = """Timelines and facts from encyclopedia-style articles.

Reads the bundled biography of Server Mustafayev unless --article (or
$CRIMEA_CLI_ARTICLE) names another article, a directory of them, or - for
standard input.

Examples:

  crimea-cli timeline --from 2018 --category detention

  crimea-cli search Zelensky --format json | jq '.[].text'
"""

app = typer.Typer(
    name="crimea-cli", help=HELP, invoke_without_command=True, add_completion=True,
    pretty_exceptions_enable=False, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(StrEnum):
    """Output formats."""

    rich = "rich"
    table = "table"
    oneline = "oneline"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    timelinejs = "timelinejs"
    ics = "ics"
    html = "html"


class ViewFormat(StrEnum):
    """The formats of commands whose records carry no date to export."""

    rich = "rich"
    table = "table"
    oneline = "oneline"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"


class KindChoice(StrEnum):
    """How an event's date was obtained."""

    explicit = "explicit"
    inferred = "inferred"
    relative = "relative"


def _complete_category(incomplete: str) -> list[str]:
    from .vocab import CATEGORIES

    return [c for c in CATEGORIES if c.startswith(incomplete.lower())]


ArticleOpt = Annotated[list[str] | None, typer.Option(
    "--article", "-a", metavar="PATH",
    help="Article file, directory of *.txt files, or - for stdin; repeatable. "
         "Default: $CRIMEA_CLI_ARTICLE, else the bundled article.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.",
                                           case_sensitive=False)]
ViewFormatOpt = Annotated[ViewFormat, typer.Option("--format", "-f", help="Output format.",
                                                   case_sensitive=False)]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour, as NO_COLOR does.")]
PROGRESS_FROM = 200
"""Runs over at least this many articles show a progress bar on a terminal."""
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Let --output overwrite a file.")]


class _Out:
    """Where a command's records go, and what it skipped on the way."""

    def __init__(self, fmt: Format | ViewFormat, no_color: bool, output: str | None,
                 force: bool) -> None:
        self.fmt, self.no_color, self.output, self.force = fmt, no_color, output, force
        self.skipped = 0

    def skip(self, exc: CrimeaError) -> None:
        """A file of a directory that cannot be read: one warning line."""
        self.skipped += 1
        typer.echo(f"crimea-cli: warning: {exc}; skipped", err=True)

    def articles(self, specs: list[str] | None) -> Iterator[Article]:
        from .sources import load_articles

        return load_articles(specs or [], on_skip=self.skip)

    def emit(self, kind: str, records: Iterable[dict[str, Any]]) -> None:
        """Render to stdout, or to --output through a temporary file."""
        from .render import Terminal, detect_terminal
        from .render import renderer as renderer_for

        renderer = renderer_for(self.fmt.value)
        if self.fmt == Format.ics:
            records = list(records)
            missing = renderer.left_out(records)
            if missing:
                typer.echo(f"crimea-cli: {missing} of {len(records)} not given to the day; "
                           "left out of the calendar", err=True)
        if self.output is None:
            renderer.render(kind, records, sys.stdout, detect_terminal(self.no_color))
        else:
            term = detect_terminal(True)
            _write_atomically(self.output, self.force, lambda fh: renderer.render(
                kind, records, fh, Terminal(color=False, width=term.width, is_tty=False)))
        if self.skipped:
            raise typer.Exit(EXIT_SKIPPED)

    def human(self) -> bool:
        return self.fmt in (Format.rich, Format.table, Format.oneline, Format.markdown)


def _write_atomically(output: str, force: bool, write: Any) -> None:
    """Write through a temporary file beside ``output``, then rename it."""
    import tempfile

    path = os.path.abspath(output)
    if os.path.exists(path) and not force:
        raise CrimeaError(f"{output}: exists; add --force to overwrite it")
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".crimea-cli-",
                                   suffix=".tmp")
    except OSError as exc:
        raise CrimeaError(f"{output}: {exc.strerror or 'cannot be written'}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write(fh)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def _reported() -> Iterator[None]:
    """Library errors as one line on stderr and their exit code."""
    try:
        yield
    except CrimeaError as exc:
        typer.echo(f"crimea-cli: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def _usage_error(message: str) -> None:
    """A usage error: one line on stderr, exit code 2."""
    typer.echo(f"crimea-cli: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crimea-cli {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.",
                                          callback=_version, is_eager=True)] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="--article URL: fetch the page, keep no copy.")] = False,
    refresh: Annotated[bool, typer.Option(
        "--refresh", help="--article URL: fetch the page again, even when cached.")] = False,
) -> None:
    """Timelines and facts from encyclopedia-style articles."""
    if no_cache or refresh or "crimea_cli.fetch" in sys.modules:
        from .fetch import CACHE

        CACHE.use, CACHE.refresh = not no_cache, refresh
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit()


DateFromOpt = Annotated[str | None, typer.Option(
    "--from", metavar="DATE", help="Keep events that end on or after DATE "
    "(2018, May 2018, 21 May 2018, 2018-05-21).")]
DateToOpt = Annotated[str | None, typer.Option(
    "--to", metavar="DATE", help="Keep events that start on or before DATE.")]
CategoryOpt = Annotated[list[str] | None, typer.Option(
    "--category", "-c", metavar="NAME", help="Keep this category (repeatable).",
    autocompletion=_complete_category)]
SectionOpt = Annotated[str | None, typer.Option(
    "--section", "-s", metavar="TEXT", help="Keep sections whose path contains this text.")]
KindOpt = Annotated[list[KindChoice] | None, typer.Option(
    "--kind", "-k", help="Keep this kind of date (repeatable).", case_sensitive=False)]
ContainsOpt = Annotated[str | None, typer.Option(
    "--contains", metavar="TEXT", help="Keep statements containing this text.")]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, metavar="N", help="Processes for many articles (default: the "
    "cores); the output is the same whatever N is.")]
def _event_filter(date_from: str | None, date_to: str | None, category: list[str] | None,
                  section: str | None, kind: list[KindChoice] | None,
                  contains: str | None) -> Any:
    """The EventFilter of the timeline options (categories in any case)."""
    from .query import EventFilter, parse_when
    from .vocab import CATEGORIES

    wanted = [c.lower() for c in category or []]
    bad = [c for c in wanted if c not in CATEGORIES]
    if bad:
        raise CrimeaError(f"unknown category {bad[0]!r} (one of: {', '.join(CATEGORIES)})")
    return EventFilter(
        date_from=parse_when(date_from) if date_from else None,
        date_to=parse_when(date_to) if date_to else None,
        categories=frozenset(wanted), section=section or "",
        kinds=frozenset(k.value for k in kind or ()), contains=contains or "")


def _event_records(article: list[str] | None, flt: Any, jobs: int | None,
                   out: _Out) -> Iterator[dict[str, Any]]:
    """The filtered event records of every article, article by article (in
    worker processes for many); unreadable files of a directory skipped."""
    from collections import deque
    from functools import partial

    from .errors import ArticleError
    from .parallel import default_jobs, map_ordered
    from .pipeline import timeline_records
    from .sources import STDIN, Item, count, expand

    specs = article or []
    in_directory: deque[bool] = deque()

    def items() -> Iterator[Item]:
        # lazily: a dump streams page by page
        for item, found in expand(specs):
            in_directory.append(found)
            yield item

    n_jobs = 1 if STDIN in specs else (jobs or default_jobs())
    results = _progress(map_ordered(partial(timeline_records, flt=flt), items(), n_jobs),
                        count(specs))
    for result in results:
        found = in_directory.popleft()
        if isinstance(result, ArticleError):
            if not found:
                raise result
            out.skip(result)
            continue
        yield from result


@app.command()
def timeline(
    article: ArticleOpt = None,
    fmt: FormatOpt = Format.rich,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    category: CategoryOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    contains: ContainsOpt = None,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Latest first.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=0, metavar="N",
                                              help="Show at most N events.")] = None,
    oneline: Annotated[bool, typer.Option(
        "--oneline", help="One line per event (as --format oneline): the statements of an "
        "article with the same date and category merged into one row.")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Instead of the events: the numbers and month names not read "
        "as dates, each with the rule why; inferred and relative dates with the "
        "statement their year came from.")] = False,
    jobs: JobsOpt = None,
    no_color: NoColorOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Every dated statement, in date order.

    With several articles the timeline is merged; --format jsonl streams
    instead, article by article, each article's events in date order.

    Examples:

      crimea-cli timeline --from 2018 --to 2020

      crimea-cli timeline -a bio.txt --format json | jq '.[].date'
    """
    from itertools import islice

    if oneline:
        if fmt not in (Format.rich, Format.oneline):
            _usage_error(f"--oneline is a terminal layout; it does not go with --format {fmt}")
        fmt = Format.oneline
    out = _Out(fmt, no_color, output, force)
    if explain:
        if fmt in (Format.ics, Format.timelinejs):
            _usage_error(f"--explain does not go with --format {fmt}")
        with _reported():
            rows = _explanations(article, _event_filter(
                date_from, date_to, category, section, kind, contains), out)
            out.emit("explain", rows[:limit] if limit is not None else rows)
        return
    with _reported():
        flt = _event_filter(date_from, date_to, category, section, kind, contains)
        records = _event_records(article, flt, jobs, out)
        if fmt is Format.jsonl and not reverse:
            # streamed: the first lines appear before the last article is read
            out.emit("events", islice(records, limit))
            return
        from .records import iso_day_key

        rows = sorted(records, key=lambda r: (iso_day_key(r["start"]), iso_day_key(r["end"])),
                      reverse=reverse)
    if limit is not None:
        rows = rows[:limit]
    if not rows and out.human() and output is None:
        typer.echo("No events match.")
        if out.skipped:
            raise typer.Exit(EXIT_SKIPPED)
        return
    with _reported():
        out.emit("events", rows)


def _explanations(article: list[str] | None, flt: Any, out: _Out) -> list[dict[str, Any]]:
    """The ``--explain`` records of every article: the statements of the
    sections and text the filter keeps."""
    from .events import extract_events
    from .explain import explain, explain_record
    from .model import section_label
    from .query import fold

    section, contains = fold(flt.section), fold(flt.contains)

    def keep(st: Any) -> bool:
        return ((not section or section in fold(section_label(st.section)))
                and (not contains or contains in fold(st.text)))

    rows: list[dict[str, Any]] = []
    for art in out.articles(article):
        events = [e for e in extract_events(art) if flt.keeps(e)]
        rows.extend(explain_record(e) for e in explain(art, events, keep))
    return rows


def _progress(results: Iterator[Any], total: int | None) -> Iterator[Any]:
    """A progress bar on stderr for long runs on a terminal; never in a pipe.
    ``total`` is None for a stream of unknown length (a dump): a running count."""
    if (total is not None and total < PROGRESS_FROM) or not sys.stderr.isatty():
        return results

    def advancing() -> Iterator[Any]:
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("articles", total=total)
            for result in results:
                yield result
                bar.advance(task)

    return advancing()


@app.command()
def awards(article: ArticleOpt = None, fmt: FormatOpt = Format.rich,
           no_color: NoColorOpt = False, output: OutputOpt = None,
           force: ForceOpt = False) -> None:
    """The prizes, orders, medals and honorary degrees the subject received.

    Examples:

      crimea-cli awards

      crimea-cli awards --format csv > awards.csv
    """
    from .awards import extract_awards
    from .records import award_record

    out = _Out(fmt, no_color, output, force)
    with _reported():
        found = [a for art in out.articles(article) for a in extract_awards(art)]
    if not found and out.human() and output is None:
        typer.echo("No awards found.")
        if out.skipped:
            raise typer.Exit(EXIT_SKIPPED)
        return
    with _reported():
        out.emit("awards", (award_record(a) for a in found))


@app.command()
def search(
    terms: Annotated[list[str], typer.Argument(
        help="Every term must match; quote a phrase: \"Crimean Solidarity\".")],
    article: ArticleOpt = None,
    fmt: FormatOpt = Format.rich,
    regex: Annotated[bool, typer.Option("--regex", "-e",
                                        help="Terms are regular expressions.")] = False,
    fuzzy: Annotated[bool, typer.Option(
        "--fuzzy", help="Tolerate spelling variants (Bakhchisaray, Bakhchysarai).")] = False,
    no_color: NoColorOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Statements (dated or not) that match every term; exit 1 when none does.

    Examples:

      crimea-cli search Zelensky

      crimea-cli search --fuzzy Bakhchisaray --format json
    """
    from .events import extract_events
    from .query import HINT_CHARACTERS, match_statement, regex_matches
    from .records import hit_record

    out = _Out(fmt, no_color, output, force)
    with _reported():
        hits: list[dict[str, Any]] = []
        # the first statements read, for a hint when nothing matches: a hint
        # must not cost more than the search
        sample: list[str] = []
        budget = HINT_CHARACTERS
        for art in out.articles(article):
            statements = list(art.statements)
            for st in statements:
                if budget >= len(st.text):
                    sample.append(st.text)
                budget -= len(st.text)
            if regex:
                spans_list = regex_matches(terms, [s.text for s in statements])
            else:
                spans_list = [match_statement(s.text, terms, fuzzy) for s in statements]
            if not any(spans_list):
                continue   # no need to date what nothing matched
            first_date: dict[int, str] = {}
            for ev in sorted(extract_events(art), key=lambda e: e.date.span[0]):
                first_date.setdefault(ev.statement.index, ev.date.edtf)
            hits.extend(hit_record(st, art.title, first_date.get(st.index), spans)
                        for st, spans in zip(statements, spans_list, strict=True) if spans)
        if not hits:
            hint = ""
            if not regex and not fuzzy and any(
                    match_statement(text, terms, True) for text in sample):
                hint = "; --fuzzy finds spelling variants"
            typer.echo(f"crimea-cli: no statement matches {' '.join(terms)!r}{hint}", err=True)
            raise typer.Exit(EXIT_NO_MATCH)
    with _reported():
        out.emit("hits", hits)


@app.command()
def facts(
    article: ArticleOpt = None,
    fmt: FormatOpt = Format.rich,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Compute ages and durations on DATE "
        "(YYYY-MM-DD; default: today).")] = None,
    no_color: NoColorOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """The infobox, and figures computed from the events (labelled computed).

    Examples:

      crimea-cli facts

      crimea-cli facts --as-of 2025-01-01 --format json
    """
    from .events import extract_events
    from .facts import compute_facts

    out = _Out(fmt, no_color, output, force)
    with _reported():
        day = _as_of(as_of)
        rows = []
        for art in out.articles(article):
            rows.extend(compute_facts(art, extract_events(art), day))
    with _reported():
        out.emit("facts", ({"label": r.label, "value": r.value, "source": r.source,
                            "article": r.article} for r in rows))


class Period(StrEnum):
    """What ``stats`` counts events per."""

    auto = "auto"
    year = "year"
    decade = "decade"
    century = "century"


@app.command()
def stats(
    article: ArticleOpt = None,
    fmt: ViewFormatOpt = ViewFormat.rich,
    period: Annotated[Period, typer.Option(
        "--per", help="Count per year, decade or century (auto: the finest that needs at "
        "most 25 rows).", case_sensitive=False)] = Period.auto,
    by_article: Annotated[bool, typer.Option(
        "--by-article", help="Counts for each article apart.")] = False,
    ascii_only: Annotated[bool, typer.Option(
        "--ascii", help="Bars of plain ASCII (#), without colour.")] = False,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    category: CategoryOpt = None,
    section: SectionOpt = None,
    kind: KindOpt = None,
    contains: ContainsOpt = None,
    jobs: JobsOpt = None,
    no_color: NoColorOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Counts of events per period, category, section and article, as bars.

    Takes the filters of timeline; works on a directory of articles.

    Examples:

      crimea-cli stats

      crimea-cli stats -a dossiers/ -c detention --per year

      crimea-cli stats --format csv > counts.csv
    """
    from .stats import count_events, stats_record

    out = _Out(fmt, no_color or ascii_only, output, force)
    with _reported():
        flt = _event_filter(date_from, date_to, category, section, kind, contains)
        rows = list(_event_records(article, flt, jobs, out))
        counts = count_events(rows, period.value, by_article)
    if not counts and out.human() and output is None:
        typer.echo("No events match.")
        if out.skipped:
            raise typer.Exit(EXIT_SKIPPED)
        return
    with _reported():
        out.emit("stats", (stats_record(c) for c in counts))


def _as_of(as_of: str | None) -> _dt.date:
    try:
        return _dt.date.fromisoformat(as_of) if as_of else _dt.date.today()
    except ValueError:
        raise CrimeaError(f"--as-of takes a day as YYYY-MM-DD, not {as_of!r}") from None


@app.command()
def case(
    article: ArticleOpt = None,
    fmt: ViewFormatOpt = ViewFormat.rich,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Compute ages on DATE "
        "(YYYY-MM-DD; default: today).")] = None,
    no_color: NoColorOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """The case on one screen: who, status, charges, sentence, awards.

    Each line says whether it is the article's words or computed; an
    article that is not about a case shows what applies.

    Examples:

      crimea-cli case

      crimea-cli case -a bio.txt --format json
    """
    from .awards import extract_awards
    from .case import case_lines, case_record
    from .events import extract_events
    from .sources import STDIN, bundled_article_path, expand, read_item

    out = _Out(fmt, no_color, output, force)
    with _reported():
        day = _as_of(as_of)
        bundled = str(bundled_article_path())
        rows: list[dict[str, Any]] = []
        for path, in_directory in expand(article or []):
            try:
                art = read_item(path)
            except CrimeaError as exc:
                if not in_directory:
                    raise
                out.skip(exc)
                continue
            events = extract_events(art)
            where = ("the bundled article" if path == bundled else
                     "standard input" if path == STDIN else art.origin or str(path))
            rows.extend(case_record(line) for line in
                        case_lines(art, events, extract_awards(art, events), day, where))
    with _reported():
        out.emit("case", rows)


@app.command()
def fetch(
    target: Annotated[str, typer.Argument(
        metavar="TITLE|URL", help="A page title (\"Server Mustafayev\") or its URL.")],
    lang: Annotated[str, typer.Option(
        "--lang", "-l", help="The Wikipedia of this language code (en, uk, …).")] = "en",
    api: Annotated[str | None, typer.Option(
        "--api", metavar="URL", help="The MediaWiki API (api.php) to ask; default "
        "$CRIMEA_CLI_WIKI_API, else https://{lang}.wikipedia.org/w/api.php.")] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write to FILE (- for stdout); default: Title.wiki here.")] = None,
    force: ForceOpt = False,
) -> None:
    """Download a page's current wikitext as an article file every command reads.

    The file records the page's URL, revision id and timestamp. Redirects are
    followed. Exit 69 when the wiki cannot be reached, 76 when it answers
    with an error, 2 for a page that does not exist.

    Examples:

      crimea-cli fetch "Server Mustafayev"

      crimea-cli fetch https://uk.wikipedia.org/wiki/Київ -o kyiv.wiki
    """
    from .fetch import default_file_name, fetch_page, page_file_text

    with _reported():
        page = fetch_page(target, lang=lang, api=api)
        text = page_file_text(page)
        if output == "-":
            sys.stdout.write(text)
            return
        path = output or default_file_name(page)
        _write_atomically(path, force, lambda fh: fh.write(text))
    typer.echo(f"crimea-cli: wrote {path} ({page.title}, revision {page.revision})", err=True)


def run() -> None:
    """Console-script entry point: the app, with no traceback, ever."""
    import signal

    if hasattr(signal, "SIGPIPE"):
        # like cat and grep: end silently when the reader goes away (| head)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        app(prog_name="crimea-cli")
    except BrokenPipeError:
        # the reader went away (| head): end quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
    except Exception as exc:  # the promise is: no traceback, ever
        sys.stderr.write(f"crimea-cli: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_INTERNAL)


__all__ = ["app", "run"]
