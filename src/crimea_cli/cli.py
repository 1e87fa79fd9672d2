"""The ``crimea-cli`` command: a thin Typer layer over the library.

Each command declares only its own options: the shared ones (the articles,
the filters, the output) are written once, registered by :func:`_command`
and handed to it as one :class:`Shared`. It calls the library once (a
:mod:`crimea_cli.pipeline` function over every article) and hands plain
records (:mod:`crimea_cli.records`) to one renderer (:mod:`crimea_cli.render`).
Library errors become one line on stderr and an exit code in one place,
``_Group.main`` (:mod:`crimea_cli.errors`). Heavy imports happen inside the
commands.
"""

import datetime as _dt
import errno
import inspect
import io
import os
import sys
import typing
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_NO_MATCH, EXIT_SKIPPED, CrimeaError
from .model import Kind
from .render import DATED_ONLY, FORMATS

HELP = """Timelines and facts from encyclopedia-style articles.

Reads the bundled biography of Server Mustafayev unless --article (or
$CRIMEA_CLI_ARTICLE) names another article, a directory of them, or - for
standard input.

Examples:

  crimea-cli timeline --from 2018 --category detention

  crimea-cli search Zelensky --format json | jq '.[].text'
"""

_CLICK_EXCEPTION: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_USAGE_ERROR: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_ABORT: type[Exception] = next(
    c for c in typer.Abort.__mro__ if c.__name__ == "Abort") if hasattr(typer, "Abort") \
    else RuntimeError


def _format_help_text(help_text: str | None, formatter: Any) -> None:
    """A command's help: its paragraphs wrapped to the width, its examples
    each on one line, never wrapped mid-command."""
    body, _, examples = inspect.cleandoc(help_text or "").partition("Examples:")
    if body.strip():
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(body.strip())
    if examples.strip():
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text("Examples:")
            with formatter.indentation():
                for line in examples.strip().splitlines():
                    if line.strip():
                        formatter.write_paragraph()
                        formatter.write(" " * formatter.current_indent + line.strip() + "\n")


def _summary(help_text: str | None) -> str:
    """A command's one-line summary, whole at any width."""
    return inspect.cleandoc(help_text or "").split("\n\n", 1)[0].replace("\n", " ").strip()


class _Commands(MutableMapping[str, Any]):
    """The app's commands by name, each built the first time it is asked for.

    Typer builds the Click parameters of every registered command when the
    app is built, at each start, and most of that work is for commands that
    will not run. Here the names are known at once (help, completion and the
    suggestions for a mistyped name list them in their order) and a command
    is built from its registration (:data:`registry`) only when looked up:
    running one builds that one; help and completion, which show every
    command's summary, build them all (Click's "lazily loading
    subcommands")."""

    def __init__(self, infos: Sequence[Any], build: Callable[[Any], Any]) -> None:
        self._infos = {_name_of(info): info for info in infos}
        self._build = build
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        command = self._built.get(name)
        if command is None:
            command = self._built[name] = self._build(self._infos[name])
        return command

    def __setitem__(self, name: str, command: Any) -> None:
        self._infos.setdefault(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._infos[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)

    def built(self) -> list[str]:
        """The names of the commands built so far."""
        return list(self._built)


class _Group(TyperGroup):
    """The app: usage errors and the library's errors (:mod:`crimea_cli.errors`)
    as one line, ``crimea-cli: error: …``, with their exit code (2 for usage),
    instead of Click's usage block; examples never wrapped. This is the one
    place where errors become messages. Its commands are those of
    :data:`registry`, each built when it is looked up (:class:`_Commands`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from typer.main import get_command_from_info

        def build(info: Any) -> Any:
            return get_command_from_info(
                info, pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=self.rich_markup_mode)

        given = self.commands   # none: the app registers its commands on registry
        self.commands = _Commands(registry.registered_commands, build)
        self.commands.update(given)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)   # in the order of registration, none built

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        _format_help_text(self.help, formatter)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _fill_help(self.params)
        super().format_options(ctx, formatter)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                              standalone_mode=False, windows_expand_args=windows_expand_args,
                              **extra)
        except _CLICK_EXCEPTION as exc:
            if not standalone_mode:
                raise
            message = " ".join(exc.format_message().split())  # type: ignore[attr-defined]
            message = (message[:1].lower() + message[1:]).rstrip(".").replace(
                "(Possible options", "(possible options")
            say(f"crimea-cli: error: {message} (-h for help)")
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        except CrimeaError as exc:
            if not standalone_mode:
                raise
            say(f"crimea-cli: error: {exc}")
            sys.exit(exc.exit_code)
        except _ABORT:
            if not standalone_mode:
                raise
            sys.stderr.write("\n")
            sys.exit(130)
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


def _value_options(command: Any) -> dict[str, str]:
    """Every spelling of each single-value option of ``command``, mapped to
    its long name."""
    names: dict[str, str] = {}
    for param in command.params:
        opts = list(getattr(param, "opts", ())) + list(getattr(param, "secondary_opts", ()))
        if (param.param_type_name != "option" or getattr(param, "is_flag", False)
                or getattr(param, "multiple", False) or getattr(param, "count", False)):
            continue
        for opt in opts:
            names[opt] = max(opts, key=len)
    return names


def _flags_with_values(command: Any) -> set[str]:
    return {opt for param in command.params if param.param_type_name == "option"
            and not getattr(param, "is_flag", False) for opt in param.opts}


CATEGORIES_HELP = "{categories}"
"""Stands in an option's help for the event categories, filled in only when
the help is shown (the vocabulary is not imported at every start)."""


def _fill_help(params: Iterable[Any]) -> None:
    """The categories and the language codes, put in the options' help when
    it is shown (:data:`CATEGORIES_HELP`, :data:`LANGUAGES_HELP`)."""
    for param in params:
        text = getattr(param, "help", None) or ""
        if CATEGORIES_HELP in text:
            from .lang import CATEGORIES

            param.help = text = text.replace(CATEGORIES_HELP, ", ".join(CATEGORIES))
        if LANGUAGES_HELP in text:
            param.help = text.replace(LANGUAGES_HELP, ", ".join(_language_codes()))


def _language_codes() -> tuple[str, ...]:
    """:func:`crimea_cli.lang.codes`, without importing :mod:`crimea_cli.lang`
    when nothing did (``crimea-cli --help`` imports no language): then no
    language is registered, and the codes are the package's, listed by the
    rule :mod:`crimea_cli.lang` uses too (:mod:`crimea_cli._lang_files`)."""
    lang = sys.modules.get(f"{__package__}.lang")
    if lang is not None:
        return tuple(lang.codes())
    from ._lang_files import shipped_codes

    return tuple(shipped_codes())


class _Command(TyperCommand):
    """A command where a single-value option given twice is an error, never
    silently the last one (repeatable options, like -c, combine); its
    examples are never wrapped, its summary never cut."""

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        _format_help_text(self.help, formatter)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _fill_help(self.params)
        super().format_options(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        return _summary(self.help)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        single = _value_options(self)
        takes_value = _flags_with_values(self)
        seen: dict[str, int] = {}
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                break
            name = arg.split("=", 1)[0] if arg.startswith("--") else arg[:2]
            if arg.startswith("-") and name in takes_value:
                long = single.get(name)
                if long is not None:
                    seen[long] = seen.get(long, 0) + 1
                    if seen[long] > 1:
                        raise _USAGE_ERROR(f"{long} is given more than once; give it once",
                                           ctx)
                if "=" not in arg and len(arg) == len(name):
                    i += 1   # its value follows
            i += 1
        return list(super().parse_args(ctx, args))


app = typer.Typer(
    name="crimea-cli", help=HELP, invoke_without_command=True, add_completion=True,
    pretty_exceptions_enable=False, rich_markup_mode=None, cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
)
registry = typer.Typer()
"""Where the commands are registered (``@registry.command``), not on ``app``:
the app's group builds one of them only when it is looked up (:class:`_Commands`)."""


def _name_of(info: Any) -> str:
    """The name of a registered command (as Typer names it), without building it."""
    from typer.main import get_command_name

    return str(info.name or get_command_name(info.callback.__name__))


def registry_names() -> tuple[str, ...]:
    """The names of the commands, in the order of registration (none is built)."""
    return tuple(_name_of(info) for info in registry.registered_commands)


def _choices_enum(name: str, values: Iterable[str], doc: str) -> Any:
    """A StrEnum of ``values`` for Typer's choices, built from a registry."""
    enum = StrEnum(name, [(v, v) for v in values])  # type: ignore[misc]
    enum.__doc__ = doc
    return enum


# The choices are the registries': render.FORMATS (and which take only dated
# records), model.Kind. For mypy they are Any: their members exist at run time.
if TYPE_CHECKING:
    Format = Any
    ViewFormat = Any
    PageFormat = Any
else:
    Format = _choices_enum("Format", FORMATS, "Output formats (render.FORMATS).")
    ViewFormat = _choices_enum("ViewFormat", (f for f in FORMATS if f not in DATED_ONLY),
                               "The formats of commands whose records carry no date to "
                               "export.")
    PageFormat = ViewFormat
    """The formats of commands whose records carry no date to export, with the
    HTML page (today the same as ViewFormat)."""
KindChoice = Kind
"""How an event's date was obtained (model.Kind)."""
HUMAN_FORMATS = frozenset({"rich", "table", "oneline", "markdown"})
"""The formats for people: an empty result is said in words, not written."""


class GroupBy(StrEnum):
    """What several articles' records can be grouped by."""

    article = "article"


class ColorChoice(StrEnum):
    """When to colour the output."""

    auto = "auto"
    always = "always"
    never = "never"


def _complete_category(incomplete: str) -> list[str]:
    from .lang import CATEGORIES

    return [c for c in CATEGORIES if c.startswith(incomplete.lower())]


def _complete_award_kind(incomplete: str) -> list[str]:
    from .honours import KINDS

    return [k for k in KINDS if k.startswith(incomplete.lower())]


def _choices(enum: Any) -> str:
    return ", ".join(str(member.value) for member in enum)


# --- the options, each written once ------------------------------------------

FilesArg = Annotated[list[str] | None, typer.Argument(
    metavar="[FILE]...", help="Articles to read, as with -a (files, directories, - for stdin).",
    show_default=False)]
ArticleOpt = Annotated[list[str] | None, typer.Option(
    "--article", "-a", metavar="FILE",
    help="Article file (plain, .wiki, .html), directory of them, Wikipedia XML dump "
         "(.xml, .xml.bz2), page URL, or - for stdin; repeatable. "
         "Default: $CRIMEA_CLI_ARTICLE, else the bundled article.")]
FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", metavar="FORMAT", case_sensitive=False,
    help=f"Output format, any case: {_choices(Format)}.")]
PageFormatOpt = Annotated[PageFormat, typer.Option(
    "--format", "-f", metavar="FORMAT", case_sensitive=False,
    help=f"Output format, any case: {_choices(PageFormat)}.")]
ViewFormatOpt = Annotated[ViewFormat, typer.Option(
    "--format", "-f", metavar="FORMAT", case_sensitive=False,
    help=f"Output format, any case: {_choices(ViewFormat)}.")]
GroupByOpt = Annotated[GroupBy | None, typer.Option(
    "--group-by", metavar="article", case_sensitive=False,
    help="With several articles: each article under its own heading, with a summary.")]
DateFromOpt = Annotated[str | None, typer.Option(
    "--from", metavar="DATE", help="Keep events that end on or after DATE "
    "(2018, May 2018, 21 May 2018, 2018-05-21).")]
DateToOpt = Annotated[str | None, typer.Option(
    "--to", metavar="DATE", help="Keep events that start on or before DATE.")]
AwardFromOpt = Annotated[str | None, typer.Option(
    "--from", metavar="DATE", help="Keep awards whose date ends on or after DATE "
    "(2018, May 2018, 21 May 2018, 2018-05-21); undated ones are left out.")]
AwardToOpt = Annotated[str | None, typer.Option(
    "--to", metavar="DATE", help="Keep awards whose date starts on or before DATE.")]
HitFromOpt = Annotated[str | None, typer.Option(
    "--from", metavar="DATE", help="Keep statements with a date that ends on or after DATE "
    "(2018, May 2018, 21 May 2018, 2018-05-21).")]
HitToOpt = Annotated[str | None, typer.Option(
    "--to", metavar="DATE", help="Keep statements with a date that starts on or before "
    "DATE.")]
CategoryOpt = Annotated[list[str] | None, typer.Option(
    "--category", "-c", metavar="NAME",
    help=f"Keep this category (repeatable, any case): {CATEGORIES_HELP}.",
    autocompletion=_complete_category)]
AwardKindOpt = Annotated[list[str] | None, typer.Option(
    "--category", "-c", metavar="KIND", help="Keep this kind of honour (repeatable), read "
    "from the name's head noun: order, medal, prize, title, degree or other.",
    autocompletion=_complete_award_kind)]
SectionOpt = Annotated[str | None, typer.Option(
    "--section", "-s", metavar="TEXT", help="Keep sections whose path contains this text.")]
KindOpt = Annotated[list[KindChoice] | None, typer.Option(
    "--kind", "-k", metavar="KIND", case_sensitive=False,
    help=f"Keep this kind of date (repeatable): {_choices(KindChoice)}.")]
ContainsOpt = Annotated[str | None, typer.Option(
    "--contains", metavar="TEXT", help="Keep statements containing this text.")]
ReverseOpt = Annotated[bool, typer.Option("--reverse", "-r", help="Latest first.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, metavar="N",
                                              help="Show at most N.")]
EventLimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, metavar="N",
                                                   help="Show at most N events.")]
AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", metavar="DATE", help="Compute ages and durations on DATE "
    "(YYYY-MM-DD; default: today).")]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, metavar="N", help="Processes for many articles (default: the "
    "cores); the output is the same whatever N is.")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour, as NO_COLOR does.")]
ColorOpt = Annotated[ColorChoice | None, typer.Option(
    "--color", metavar="WHEN",
    help="Colour: auto (on a terminal; NO_COLOR and FORCE_COLOR are obeyed), always "
         "(also into a pipe: | less -R) or never.", case_sensitive=False)]
WidthOpt = Annotated[int | None, typer.Option(
    "--width", min=20, metavar="N", help="Lay out for N columns (default: the terminal's, "
    "else 100; files written with -o: 100).")]
NoPagerOpt = Annotated[bool, typer.Option(
    "--no-pager", help="Never page (default on a terminal: output longer than the screen "
    "goes through $CRIMEA_CLI_PAGER, $PAGER or less -FRX).")]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", metavar="FILE",
    help="Write to FILE (atomically; - is stdout) instead of stdout.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Let --output overwrite a file.")]
RawCellsOpt = Annotated[bool, typer.Option(
    "--raw-cells", help="CSV: cells exactly as the data, without the guard that keeps "
                        "a spreadsheet from running =, +, -, @ cells as formulas.")]
ExcelOpt = Annotated[bool, typer.Option(
    "--excel", help="CSV for Excel: UTF-8 with a BOM, so that Cyrillic opens right.")]
LANGUAGE_ENV = "CRIMEA_CLI_LANGUAGE"
"""The variable that names the articles' language when --language does not."""
LANGUAGES_HELP = "{languages}"
"""Stands in an option's help for the codes of the languages, filled in only
when the help is shown (no language is imported at every start)."""
def _complete_language(incomplete: str) -> list[str]:
    from .lang import codes

    return [c for c in codes() if c.startswith(incomplete.lower())]


LanguageOpt = Annotated[str | None, typer.Option(
    "--language", metavar="CODE", show_default=False, autocompletion=_complete_language,
    help=f"The language the articles are read in: {LANGUAGES_HELP} (default "
         f"${LANGUAGE_ENV}, else en). Example: --language en. Not the wiki fetch "
         "--lang downloads from.")]


class _Global:
    """Options given before the command (``crimea-cli --no-color timeline``);
    set by the app's callback for each run."""

    articles: list[str] = []  # noqa: RUF012 (reset by the callback)
    no_color = False
    color: ColorChoice | None = None
    width: int | None = None
    no_pager = False
    language: str | None = None


PROGRESS_FROM = 200
"""Runs over at least this many articles show a progress bar on a terminal."""


class Shared(NamedTuple):
    """The options the reading commands share, read once per run: which
    articles, which of their records and in what order, and how and where
    to write them. A command that does not take an option sees its default;
    the options given before the command (``crimea-cli --no-color timeline``)
    are merged in.

    Immutable, as a frozen dataclass would be: a NamedTuple because building
    a dataclass of 22 fields costs about 0.8 ms of every start."""

    specs: tuple[str, ...] = ()
    """Every article to read: those given before the command, with -a, and as
    FILE arguments."""
    files: tuple[str, ...] = ()
    """The FILE arguments alone (they are in ``specs`` too)."""
    fmt: Any = None
    group_by: GroupBy | None = None
    date_from: str | None = None
    date_to: str | None = None
    category: tuple[str, ...] = ()
    section: str | None = None
    kind: tuple[Kind, ...] = ()
    contains: str | None = None
    reverse: bool = False
    limit: int | None = None
    jobs: int | None = None
    no_color: bool = False
    color: ColorChoice | None = None
    width: int | None = None
    no_pager: bool = False
    output: str | None = None
    force: bool = False
    raw_cells: bool = False
    excel: bool = False
    language: Any = None
    """The :class:`~crimea_cli.lang.Language` the articles are read in, from
    ``--language`` (after the command, else before it) or $CRIMEA_CLI_LANGUAGE;
    None for the default, English (see :func:`language_of`)."""

    def event_filter(self, categories: Sequence[str] | None = None) -> Any:
        """The :class:`~crimea_cli.query.EventFilter` of the filter options
        (:func:`crimea_cli.query.event_filter`; categories each one of
        ``categories``, by default the events')."""
        from .query import event_filter

        return event_filter(self.date_from, self.date_to, self.category, self.section or "",
                            (k.value for k in self.kind), self.contains or "", categories)


# The shared options by name: (annotation, default). A command takes the
# reading and output ones always, and says which of the others it takes.
_OPTIONS: dict[str, tuple[Any, Any]] = {
    "files": (FilesArg, None), "article": (ArticleOpt, None),
    "fmt": (FormatOpt, None), "group_by": (GroupByOpt, None),
    "date_from": (DateFromOpt, None), "date_to": (DateToOpt, None),
    "category": (CategoryOpt, None), "section": (SectionOpt, None), "kind": (KindOpt, None),
    "contains": (ContainsOpt, None), "reverse": (ReverseOpt, False), "limit": (LimitOpt, None),
    "jobs": (JobsOpt, None), "no_color": (NoColorOpt, False), "color": (ColorOpt, None),
    "width": (WidthOpt, None), "no_pager": (NoPagerOpt, False), "output": (OutputOpt, None),
    "force": (ForceOpt, False), "raw_cells": (RawCellsOpt, False), "excel": (ExcelOpt, False),
    "language": (LanguageOpt, None),
}
_READING = ("files", "article", "fmt", "language")
_WRITING = ("jobs", "no_color", "color", "width", "no_pager", "output", "force", "raw_cells",
            "excel")
FILTERS = ("date_from", "date_to", "category", "section", "kind", "contains")
"""The filters of ``timeline``."""
ORDER = ("reverse", "limit")


def _shared(kwargs: dict[str, Any]) -> Shared:
    """The Shared options of one run, from the command's arguments."""
    given = {name: kwargs.pop(name) for name in list(kwargs) if name in _OPTIONS}
    files = tuple(given.pop("files", None) or ())
    specs = (*_Global.articles, *(given.pop("article", None) or ()), *files)
    for name in ("category", "kind"):
        given[name] = tuple(given.get(name) or ())
    given["language"] = language_of(given.get("language"))
    shared = Shared(specs=specs, files=files, **given)
    return shared._replace(no_color=shared.no_color or _Global.no_color,
                   color=shared.color or _Global.color or ColorChoice.auto,
                   width=shared.width or _Global.width,
                   no_pager=shared.no_pager or _Global.no_pager)


def language_of(code: str | None) -> Any:
    """The language of ``--language CODE`` given after the command, else
    before it, else of $CRIMEA_CLI_LANGUAGE: None (English, the default)
    when none is given. A code the package has no language for is a usage
    error (exit 2) that lists the codes: the one given before the command
    too when the one after it wins (a wrong code is never dropped). The
    variable is read only when no option is given; empty or only spaces, it
    counts as unset."""
    if code is not None and _Global.language is not None:
        _language(_Global.language, "--language")
    if code is None:
        code = _Global.language
    if code is not None:
        return _language(code, "--language")
    env = os.environ.get(LANGUAGE_ENV, "")
    return _language(env, f"${LANGUAGE_ENV}") if env.strip() else None


def _language(code: str, origin: str) -> Any:
    """The language of ``code`` (any case, spaces around it ignored), or a
    usage error naming ``origin`` and the codes."""
    from .lang import codes, get

    try:
        return get(code.strip().lower())
    except LookupError:
        raise CrimeaError(f"{origin}: no language {code!r}; the languages: "
                          f"{', '.join(codes())}") from None


def _command(fmt: Any = FormatOpt, takes: Sequence[str] = (),
             **aliases: Any) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command that reads articles: ``def name(opts: Shared, …own)``.

    Its options are, in this order: its own arguments, ``[FILE]...``, ``-a``
    and ``-f`` (``fmt``: the formats it takes, the first its default), the
    shared options of ``takes`` that come before its own (``group_by``), its
    own options, the rest of ``takes`` (the filters, ``reverse``, ``limit``),
    then ``--jobs`` and the output options. ``aliases`` give a shared option
    other words (``limit=EventLimitOpt``)."""

    def register(func: Callable[..., None]) -> Callable[..., None]:
        registry.command(cls=_Command)(_Callback(func, fmt, takes, aliases))
        return func

    return register


class _Callback:
    """What Typer calls for a command registered by :func:`_command`: the
    command's function, given its :class:`Shared` options and its own.

    Its signature (the command's own parameters among the shared ones) is
    built the first time Typer asks for it: at a start Typer builds the
    parameters of the command that runs, not of every command, and so the
    others cost nothing."""

    def __init__(self, func: Callable[..., None], fmt: Any, takes: Sequence[str],
                 aliases: dict[str, Any]) -> None:
        self.func, self.fmt, self.takes, self.aliases = func, fmt, tuple(takes), aliases
        self.__name__ = self.__qualname__ = func.__name__
        self.__doc__, self.__module__ = func.__doc__, func.__module__
        self._params: list[inspect.Parameter] | None = None

    def __call__(self, **kwargs: Any) -> None:
        opts = _shared(kwargs)
        self.func(opts, **kwargs)

    def parameters(self) -> list[inspect.Parameter]:
        """The command's parameters, in the order its help lists them."""
        if self._params is not None:
            return self._params
        keyword = inspect.Parameter.KEYWORD_ONLY
        chosen = {**{n: _OPTIONS[n] for n in (*_READING, *self.takes, *_WRITING)},
                  "fmt": (self.fmt, next(iter(typing.get_args(self.fmt)[0]))),
                  **{n: (alias, _OPTIONS[n][1]) for n, alias in self.aliases.items()}}

        def shared(names: Iterable[str]) -> list[inspect.Parameter]:
            return [inspect.Parameter(n, keyword, annotation=chosen[n][0], default=chosen[n][1])
                    for n in names if n in chosen]

        own = [p.replace(kind=keyword) for p in
               list(inspect.signature(self.func, eval_str=True).parameters.values())[1:]]
        self._params = [*(p for p in own if _is_argument(p)), *shared(_READING),
                        *shared(("group_by",)), *(p for p in own if not _is_argument(p)),
                        *shared((*FILTERS, *ORDER)), *shared(_WRITING)]
        return self._params

    @property
    def __signature__(self) -> inspect.Signature:
        return inspect.Signature(self.parameters())

    @property
    def __annotations__(self) -> dict[str, Any]:  # type: ignore[override]
        return {p.name: p.annotation for p in self.parameters()}


def _is_argument(param: inspect.Parameter) -> bool:
    return any(type(meta).__name__ == "ArgumentInfo"
               for meta in getattr(param.annotation, "__metadata__", ()))


def say(message: str) -> None:
    """One line on stderr, every path and user string in it made visible
    (no escape sequence runs, no newline forges another line)."""
    from .render import shown_name

    typer.echo(shown_name(message), err=True)


class _Out:
    """Where a command's records go, and what it skipped on the way."""

    def __init__(self, opts: Shared, fmt: Any = None, *, no_color: bool = False) -> None:
        self.opts = opts
        self.fmt = fmt if fmt is not None else opts.fmt
        self.no_color = no_color or opts.no_color
        self.skipped = 0
        self.read = 0   # articles read: with several, every row names its article
        self.looked = False   # at the Wikipedias the articles come from

    def skip(self, exc: CrimeaError) -> None:
        """A file of a directory that cannot be read: one warning line."""
        self.skipped += 1
        say(f"crimea-cli: warning: {exc}; skipped")

    @contextmanager
    def each(self, work: Callable[[Any], Any], jobs: int | None = None
             ) -> Iterator[Iterator[Any]]:
        """``work`` (a :mod:`crimea_cli.pipeline` function) of every article,
        in order, in worker processes for many (``--jobs``, unless ``jobs``
        says otherwise); skipped files warned of, a progress bar on a
        terminal. The workers stop when the block ends.

        While workers run, SIGPIPE is ignored (so that they are stopped
        first): a reader that went away (``| head``) then ends the command
        quietly with the status SIGPIPE itself gives (141)."""
        import signal

        from .pipeline import each_article

        later: list[str] = []
        if self.opts.language is None and not self.looked:
            self.looked = True
            later = _warn_other_wikis(self.opts.specs)
        try:
            with each_article(work, list(self.opts.specs), jobs=jobs or self.opts.jobs,
                              on_skip=self.skip, progress=_progress) as results:
                yield self._counted(results)
            for line in later:   # the pages were fetched and read
                say(line)
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(128 + signal.SIGPIPE) from None

    def rows(self, work: Callable[[Any], Any]) -> list[Any]:
        """Every record of ``work`` over every article, article by article."""
        from itertools import chain

        with self.each(work) as results:
            return list(chain.from_iterable(results))

    def _counted(self, results: Iterator[Any]) -> Iterator[Any]:
        for result in results:
            self.read += 1
            yield result

    def terminal(self) -> Any:
        """The terminal the output goes to, as the options and environment say."""
        from .render import detect_terminal

        opts = self.opts
        return replace(detect_terminal(self.no_color, (opts.color or ColorChoice.auto).value,
                                       opts.width),
                       raw_cells=opts.raw_cells, excel=opts.excel, several=self.read > 1,
                       language=opts.language)

    def _to_stdout(self, renderer: Any, kind: str, records: Iterable[dict[str, Any]]) -> None:
        term = self.terminal()
        if self.opts.no_pager or not term.is_tty:
            renderer.render(kind, records, sys.stdout, term)
            return
        from .pager import page, pager_command, terminal_rows

        buffer = io.StringIO()
        renderer.render(kind, records, buffer, term)
        text = buffer.getvalue()
        sys.stdout.flush()
        if not page(text, sys.stdout, terminal_rows(), pager_command()):
            sys.stdout.write(text)

    def emit(self, kind: str, records: Iterable[dict[str, Any]]) -> None:
        """Render to stdout, or to --output through a temporary file."""
        from .output import STDOUT, write_output
        from .render import DEFAULT_WIDTH, Terminal, WithNotes
        from .render import renderer as renderer_for

        opts = self.opts
        renderer: Any = renderer_for(self.fmt.value)
        if opts.group_by is GroupBy.article:
            from .render import grouped

            renderer = _Grouped(grouped, renderer_for(self.fmt.value), self.fmt.value)
        if isinstance(renderer, WithNotes):
            records = list(records)
            for note in renderer.notes(records):
                say(f"crimea-cli: {note}")
        if opts.output is None or opts.output == STDOUT:
            self._to_stdout(renderer, kind, records)
        else:
            # a file does not depend on the terminal it was written from
            width = opts.width or DEFAULT_WIDTH
            term = Terminal(color=False, width=width, is_tty=False, raw_cells=opts.raw_cells,
                            excel=opts.excel, several=self.read > 1, language=opts.language)
            write_output(opts.output, opts.force, lambda fh: renderer.render(
                kind, records, fh, term))
        if self.skipped:
            raise typer.Exit(EXIT_SKIPPED)

    def show(self, kind: str, rows: list[dict[str, Any]], none: str) -> None:
        """``rows`` written; for people, ``none`` in their place when there are none."""
        if not rows and self.human() and self.opts.output in (None, "-"):
            typer.echo(none)
            if self.skipped:
                raise typer.Exit(EXIT_SKIPPED)
            return
        self.emit(kind, rows)

    def human(self) -> bool:
        """Whether the format is for people (an empty result is said in words)."""
        return str(self.fmt) in HUMAN_FORMATS


def _none_words(language: Any, key: str) -> str:
    """The words of ``language`` (a code, a Language, or None for English)
    for an empty result (``view_words[key]``)."""
    from . import lang

    chosen = lang.get(language or "en") if isinstance(language, str | None) else language
    return str(chosen.view_words[key])


PEEK_SPECS = 32
"""How many of the articles named a run looks at for the Wikipedia they come from."""


def _warn_other_wikis(specs: Sequence[str]) -> list[str]:
    """One warning line per Wikipedia of another language than English that
    articles named (their first :data:`PEEK_SPECS`, each counted once: a
    page URL, a file ``fetch`` wrote, a directory's first file) come from,
    when no language was chosen: they are read in English, and the user is
    told so. The lines of Wikipedias only files come from are said now; those
    a page URL names are returned, to be said once the pages were read (a
    page that cannot be fetched is then one error line alone)."""
    from .sources import page_language

    found: dict[str, list[str]] = {}
    for spec in list(dict.fromkeys(specs))[:PEEK_SPECS]:
        code = page_language(spec)
        if code is not None and code != "en":
            found.setdefault(code, []).append(spec)
    later: list[str] = []
    if not found:
        return later
    from .lang import codes, get

    have = codes()
    for code, named in found.items():
        more = f" (and {len(named) - 1} more)" if len(named) > 1 else ""
        hint = (f"--language {code} reads it in {get(code).name}" if code in have else
                f"there is no language {code!r} yet; --language en reads it so without "
                "this warning")
        line = (f"crimea-cli: warning: {named[0]}{more} is from {code}.wikipedia.org and is "
                f"read in English: {hint}")
        if any(spec.startswith(("http://", "https://")) for spec in named):
            later.append(line)
        else:
            say(line)
    return later


class _Grouped:
    """A renderer that renders article by article (``--group-by article``)."""

    def __init__(self, grouped: Any, inner: Any, fmt: str) -> None:
        self.grouped, self.inner, self.fmt = grouped, inner, fmt

    def notes(self, records: Sequence[dict[str, Any]]) -> list[str]:
        from .render import WithNotes

        return self.inner.notes(records) if isinstance(self.inner, WithNotes) else []

    def render(self, kind: str, records: Iterable[dict[str, Any]], out: Any, term: Any) -> None:
        self.grouped.render(self.inner, self.fmt, kind, records, out, term)


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
    article: ArticleOpt = None,
    no_color: NoColorOpt = False,
    color: ColorOpt = None,
    width: WidthOpt = None,
    no_pager: NoPagerOpt = False,
    language: LanguageOpt = None,
) -> None:
    """Timelines and facts from encyclopedia-style articles."""
    _Global.articles = list(article or [])
    _Global.no_color, _Global.color, _Global.width = no_color, color, width
    _Global.no_pager, _Global.language = no_pager, language
    if no_cache or refresh or "crimea_cli.fetch" in sys.modules:
        from .fetch import CACHE

        CACHE.use, CACHE.refresh = not no_cache, refresh
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit()


# --- the commands: their own options, one library call each -------------------

@_command(takes=("group_by", *FILTERS, *ORDER), limit=EventLimitOpt)
def timeline(
    opts: Shared,
    oneline: Annotated[bool, typer.Option(
        "--oneline", help="One line per event (as --format oneline): the statements of an "
        "article with the same date and category merged into one row.")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Instead of the events: the numbers and month names not read "
        "as dates, each with the rule why; inferred and relative dates with the "
        "statement their year came from.")] = False,
) -> None:
    """Every dated statement, in date order.

    With several articles the timeline is merged; --format jsonl streams
    instead, article by article, each article's events in date order.

    Examples:

      crimea-cli timeline --from 2018 --to 2020

      crimea-cli timeline bio.txt -f json | jq '.[].date'
    """
    from functools import partial
    from itertools import chain

    from .pipeline import explain_records, serialised, timeline_records

    fmt, limit = opts.fmt, opts.limit
    if oneline:
        if fmt not in (Format.rich, Format.oneline):
            raise CrimeaError(f"--oneline is a terminal layout; it does not go with "
                              f"--format {fmt}")
        fmt = Format.oneline
    out = _Out(opts, fmt)
    if explain:
        if fmt in (Format.ics, Format.timelinejs):
            raise CrimeaError(f"--explain does not go with --format {fmt}")
        rows = out.rows(partial(explain_records, flt=opts.event_filter(),
                                language=opts.language))
        out.emit("explain", rows[:limit] if limit is not None else rows)
        return
    work: Any = partial(timeline_records, flt=opts.event_filter(), language=opts.language)
    # --limit keeps the first N in date order, as every format does: no streaming
    if fmt is Format.jsonl and not opts.reverse and limit is None:
        if opts.group_by is None:
            # streamed: the first lines appear before the last article is read;
            # the workers send the lines, this process only writes them
            work = partial(serialised, work=work, line=_line_of(fmt))
        # else streamed article by article, each under its heading
        with out.each(work) as results:
            out.emit("events", chain.from_iterable(results))
        return
    from .query import in_date_order

    rows = in_date_order(out.rows(work), opts.reverse)
    out.show("events", rows[:limit] if limit is not None else rows,
             _none_words(opts.language, "no_events"))


def _line_of(fmt: Any) -> Callable[[dict[str, Any]], str]:
    """The record-to-line function of a format of one line per record."""
    from .render import Lines, renderer

    writer = renderer(fmt.value)
    if not isinstance(writer, Lines):
        raise CrimeaError(f"--format {fmt} does not write a line per record")
    return writer.line


def _progress(results: Iterator[Any], total: int | None) -> Iterator[Any]:
    """A progress bar on stderr for long runs on a terminal; never in a pipe.
    ``total`` is None for a stream of unknown length (a dump): a running count."""
    if (total is not None and total < PROGRESS_FROM) or not sys.stderr.isatty():
        return results

    def advancing() -> Iterator[Any]:
        from rich.console import Console
        from rich.progress import Progress

        columns: list[Any] = []
        if total is None:
            # a dump: how many pages so far, no bar to fill
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            columns = [SpinnerColumn(), TextColumn("{task.completed:,} articles"),
                       TimeElapsedColumn()]
        with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("articles", total=total)
            for result in results:
                yield result
                bar.advance(task)

    return advancing()


@_command(takes=("group_by", "date_from", "date_to", "category", "section", *ORDER),
          category=AwardKindOpt, date_from=AwardFromOpt, date_to=AwardToOpt)
def awards(opts: Shared) -> None:
    """The prizes, orders, medals and honorary degrees the subject received.

    Examples:

      crimea-cli awards

      crimea-cli awards -c order -c medal

      crimea-cli awards --from 2020 --format csv > awards.csv
    """
    from functools import partial

    from .honours import KINDS, award_records_of_kinds

    out = _Out(opts)
    flt = opts.event_filter(KINDS)
    found = out.rows(partial(award_records_of_kinds, kinds=flt.categories, flt=flt,
                             section=opts.section or "", language=opts.language))
    if opts.reverse:
        found.reverse()
    out.show("awards", found[:opts.limit] if opts.limit is not None else found,
             _none_words(opts.language, "no_awards"))


def _search_sources(term: str | None, files: Sequence[str],
                    extra: list[str] | None) -> list[str]:
    """The search terms, after refusing the forms that mix terms and files:
    a TERM that names a file (``search -a arts/*.txt Zelensky`` after the
    shell expanded the glob) and a FILE that does not exist (``search Zelensky
    Bakhchisaray``, two terms written as a term and a file)."""
    terms = ([term] if term is not None else []) + list(extra or [])
    if not terms:
        raise CrimeaError("search needs a TERM: search TERM [FILE]..., or -t TERM")
    if term is not None and term != "-" and os.path.isfile(term):
        raise CrimeaError(f"{term!r} is a file, not a search term; put the term first "
                          "(search TERM FILE...), or give the term with -t")
    for path in files:
        if path != "-" and not os.path.exists(path):
            raise CrimeaError(f"{path!r}: no such file; to search for several terms give "
                              f"each with -t (search {term or 'TERM'} -t {path}), or quote a "
                              "phrase")
    return terms


@_command(fmt=PageFormatOpt, takes=("group_by", "date_from", "date_to", "category", "section",
                                    *ORDER), date_from=HitFromOpt, date_to=HitToOpt)
def search(
    opts: Shared,
    term: Annotated[str | None, typer.Argument(
        metavar="TERM", help="What to look for: a word or a quoted phrase "
        "(\"Crimean Solidarity\"); whole words unless --substring.",
        show_default=False)] = None,
    more: Annotated[list[str] | None, typer.Option(
        "--term", "-t", metavar="TERM", help="Another term that must match too "
        "(repeatable).")] = None,
    regex: Annotated[bool, typer.Option("--regex", "-e",
                                        help="Terms are regular expressions.")] = False,
    fuzzy: Annotated[bool, typer.Option(
        "--fuzzy", help="Tolerate spelling variants (Bakhchisaray, Bakhchysarai).")] = False,
    substring: Annotated[bool, typer.Option(
        "--substring", "-S", help="Match inside words too (war in award).")] = False,
    context: Annotated[int, typer.Option(
        "--context", "-C", min=0, metavar="N", help="Show N statements before and after "
        "each hit (records without matches).")] = 0,
) -> None:
    """Statements (dated or not) that match every term; exit 1 when none does.

    Reads like grep: the term first, then the files.

    Examples:

      crimea-cli search Zelensky

      crimea-cli search Crimea -t court arts/*.txt

      crimea-cli search --fuzzy Bakhchisaray -f json
    """
    from functools import partial

    from .pipeline import Search, hit_records
    from .query import found_hits, regex_session

    terms = _search_sources(term, opts.files, more)
    out = _Out(opts)
    search = Search(tuple(terms), regex, fuzzy, not substring, opts.event_filter(),
                    opts.section or "", context)
    # --regex: one child process and one time budget for every article
    with regex_session(terms) if regex else nullcontext(), \
            out.each(partial(hit_records, search=search, language=opts.language),
                     1 if regex else None) as results:
        found = found_hits(results, search)
    if not found.matched:
        hint = {"fuzzy": "; --fuzzy finds spelling variants",
                "substring": "; --substring finds it inside words"}.get(found.hint or "", "")
        if not out.human():
            # an empty document for programs: "[]", a CSV header
            with suppress(typer.Exit):   # exit 1 says it, skipped files or not
                out.emit("hits", [])
        say(f"crimea-cli: no statement matches {' '.join(terms)!r}{hint}")
        raise typer.Exit(EXIT_NO_MATCH)
    hits = found.hits[::-1] if opts.reverse else found.hits
    out.emit("hits", _limit_hits(hits, opts.limit) if opts.limit is not None else hits)


def _limit_hits(hits: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The records up to the ``limit``-th hit and its context after it."""
    out: list[dict[str, Any]] = []
    seen = 0
    for rec in hits:
        if rec["matches"]:
            if seen == limit:
                break
            seen += 1
        out.append(rec)
    return out


@_command(fmt=PageFormatOpt, takes=("group_by",))
def facts(opts: Shared, as_of: AsOfOpt = None) -> None:
    """The infobox, and figures computed from the events (labelled computed).

    Examples:

      crimea-cli facts

      crimea-cli facts --as-of 2025-01-01 --format json
    """
    from functools import partial
    from itertools import chain

    from .pipeline import fact_records, serialised

    out = _Out(opts)
    work = partial(fact_records, as_of=_as_of(as_of), language=opts.language)
    if opts.fmt is PageFormat.jsonl and opts.group_by is None:
        with out.each(partial(serialised, work=work, line=_line_of(Format.jsonl))) as results:
            out.emit("facts", chain.from_iterable(results))
        return
    out.emit("facts", out.rows(work))


class Period(StrEnum):
    """What ``stats`` counts events per."""

    auto = "auto"
    year = "year"
    decade = "decade"
    century = "century"


@_command(fmt=ViewFormatOpt, takes=("group_by", *FILTERS))
def stats(
    opts: Shared,
    period: Annotated[Period, typer.Option(
        "--per", metavar="PERIOD",
        help="Count per year, decade or century (auto: the finest that needs at most 25 "
             "rows).", case_sensitive=False)] = Period.auto,
    ascii_only: Annotated[bool, typer.Option(
        "--ascii", help="Bars of plain ASCII (#), without colour.")] = False,
) -> None:
    """Counts of events per period, category, section and article, as bars.

    Takes the filters of timeline; works on a directory of articles.

    Examples:

      crimea-cli stats

      crimea-cli stats -a dossiers/ -c detention --per year

      crimea-cli stats --format csv > counts.csv
    """
    from functools import partial

    from .pipeline import timeline_records
    from .stats import count_events, stats_record

    # count_events groups the counts by article itself: no grouping renderer
    out = _Out(opts._replace(group_by=None), no_color=ascii_only)
    rows = out.rows(partial(timeline_records, flt=opts.event_filter(),
                            language=opts.language))
    counts = count_events(rows, period.value, opts.group_by is GroupBy.article)
    out.show("stats", [stats_record(c) for c in counts],
             _none_words(opts.language, "no_events"))


def _as_of(as_of: str | None) -> _dt.date:
    try:
        return _dt.date.fromisoformat(as_of) if as_of else _dt.date.today()
    except ValueError:
        raise CrimeaError(f"--as-of takes a day as YYYY-MM-DD, not {as_of!r}") from None


@_command(fmt=ViewFormatOpt)
def case(
    opts: Shared,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Compute ages on DATE "
        "(YYYY-MM-DD; default: today).")] = None,
) -> None:
    """The case on one screen: who, status, charges, sentence, awards.

    Each line says whether it is the article's words or computed; an
    article that is not about a case shows what applies.

    Examples:

      crimea-cli case

      crimea-cli case bio.txt --format json
    """
    from functools import partial

    from .pipeline import case_records

    out = _Out(opts)
    out.emit("case", out.rows(partial(case_records, as_of=_as_of(as_of),
                                      language=opts.language)))


@registry.command(cls=_Command)
def fetch(
    target: Annotated[str, typer.Argument(
        metavar="TITLE|URL", help="A page title (\"Server Mustafayev\") or its URL.")],
    lang: Annotated[str, typer.Option(
        "--lang", "-l", help="The Wikipedia of this language code (en, uk, …); the "
        "commands read the page in the language --language names, English by default.")] = "en",
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
    from .output import write_output

    language_of(None)   # a wrong --language or $CRIMEA_CLI_LANGUAGE is an error here too
    page = fetch_page(target, lang=lang, api=api)
    text = page_file_text(page)
    _note_language(page.url, lang)
    if output == "-":
        sys.stdout.write(text)
        return
    path = output or default_file_name(page)
    write_output(path, force, lambda fh: fh.write(text))
    say(f"crimea-cli: wrote {path} ({page.title}, revision {page.revision})")


def _note_language(url: str, lang: str) -> None:
    """After ``fetch``: a page of a Wikipedia whose language the package does
    not have is said to be read in English by the commands."""
    from .lang import codes, wiki_code
    from .sources import wiki_language

    code = wiki_language(url) or wiki_code(lang)
    if code != "en" and code not in codes():
        say(f"crimea-cli: note: there is no language {code!r} yet: the commands read "
            f"this page in English (see --language)")


@registry.command(cls=_Command)
def explore(article: ArticleOpt = None, no_color: NoColorOpt = False,
            language: LanguageOpt = None) -> None:
    """Explore the events interactively.

    Needs the explore extra: pip install 'crimea-cli[explore]'. Keys: / search,
    c category, y year, a awards, f case, l article, o open source, e export, q quit.

    Examples:

      crimea-cli explore

      crimea-cli explore -a articles/
    """
    import importlib.util

    lg = language_of(language)
    if importlib.util.find_spec("textual") is None:
        raise CrimeaError("explore needs Textual: pip install 'crimea-cli[explore]'")
    from .explore import Explorer, load
    from .sources import STDIN, bundled_article_path, expand, read_item

    no_color = no_color or _Global.no_color
    out = _Out(Shared(no_color=no_color, language=lg))
    bundled = str(bundled_article_path())
    paths, arts = [], []
    specs = [*_Global.articles, *(article or [])]
    later = _warn_other_wikis(specs) if lg is None else []
    for item, in_directory in expand(specs):
        if item == STDIN:
            raise CrimeaError("explore reads its keys from the terminal: "
                              "give a file, not -")
        try:
            arts.append(read_item(item, lg))
        except CrimeaError as exc:
            if not in_directory:
                raise
            out.skip(exc)
            continue
        paths.append(("the bundled article" if item == bundled else item)
                     if isinstance(item, str) else item.origin)
    for line in later:   # the pages were fetched and read
        say(line)
    sources = load(arts, paths, language=lg)
    import gc

    gc.enable()   # a long session: widgets make reference cycles (see run)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # Textual would wait for keys that never come (stdin a pipe or a file)
        # or draw into a file (stdout redirected)
        raise CrimeaError("explore needs a terminal for its keys and its screen; "
                          "in a pipe use timeline, search or case with -f json")
    if no_color:
        os.environ["NO_COLOR"] = "1"
    Explorer(sources).run()


class _Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the program is, as Ctrl-C is: what is
    being written is cleaned up on the way out (no temporary file stays)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_terminate(signum: int, frame: object) -> None:
    raise _Terminated(signum)


def _catch_termination() -> None:
    """SIGTERM and SIGHUP as exceptions here; a forked child (a pool worker,
    the regex sandbox) gets the default action back, so that it dies at once
    when its parent ends it."""
    import signal

    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    for name in names:
        signal.signal(getattr(signal, name), _on_terminate)

    def in_child() -> None:
        for name in names:
            signal.signal(getattr(signal, name), signal.SIG_DFL)

    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=in_child)


class _ClosedStream(io.RawIOBase):
    """Standard output that was closed (``>&-``): writing it fails once, as
    EBADF, and is reported; what comes after is dropped."""

    failed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if _ClosedStream.failed:
            return len(data)
        _ClosedStream.failed = True
        raise OSError(errno.EBADF, "standard output is closed")


def _guard_streams() -> None:
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedStream()), encoding="utf-8")


def _quiet_stdout() -> None:
    """After stdout failed: let the exit flush go nowhere, silently."""
    buffer = getattr(sys.stdout, "buffer", None)
    if isinstance(buffer, io.BufferedWriter) and isinstance(buffer.raw, _ClosedStream):
        _ClosedStream.failed = True
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run() -> None:
    """Console-script entry point: the app, with no traceback, ever."""
    import gc
    import signal

    from .errors import EXIT_IO
    from .output import describe

    # One command is one short process whose objects form no reference cycles
    # (reference counting frees them): the cyclic collector only costs time,
    # most of it walking what start-up imported and the records a view keeps
    # to sort (bench/startup.py; `timeline -a` over 2,076 articles: 3.5 s
    # with it, 2.4 s without, the same peak memory). `explore` turns it back
    # on: a long session of widgets does make cycles. The library leaves it.
    gc.disable()

    if hasattr(signal, "SIGPIPE"):
        # like cat and grep: end silently when the reader goes away (| head)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _catch_termination()
    _guard_streams()
    code: Any = 0
    try:
        try:
            app(prog_name="crimea-cli")
        except SystemExit as done:
            code = done.code
        # a full disk shows when the last of the output is flushed: here, not at exit
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (| head): end quietly
        _quiet_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
    except _Terminated as sig:
        sys.exit(128 + sig.signum)
    except OSError as exc:  # the system's: a full disk, a closed stream
        _quiet_stdout()
        say(f"crimea-cli: error: {exc.filename or 'output'}: {describe(exc)}")
        sys.exit(EXIT_IO)
    except Exception as exc:  # the promise is: no traceback, ever
        say(f"crimea-cli: internal error: {type(exc).__name__}: {exc}")
        sys.exit(EXIT_INTERNAL)
    sys.exit(code)


__all__ = ["app", "run"]
