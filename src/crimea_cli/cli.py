"""The ``crimea-cli`` command: thin Typer layer over the library.

Each command reads the article, calls the library, and hands plain records to
a renderer. Library errors become one line on stderr and an exit code
(see :mod:`crimea_cli.errors`). Heavy imports happen inside the commands.
"""

from __future__ import annotations

import os
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from . import __version__
from .errors import EXIT_USAGE, CrimeaError

if TYPE_CHECKING:
    from .model import Article

app = typer.Typer(
    name="crimea-cli",
    help="Timelines and facts from encyclopedia-style articles.\n\n"
         "Examples:\n\n"
         "  crimea-cli timeline\n\n"
         "  crimea-cli awards --format json | jq '.[].name'",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(StrEnum):
    """Output formats."""

    rich = "rich"
    json = "json"


ArticleOption = Annotated[
    Optional[Path],  # noqa: UP045 - Typer needs Optional on 3.9-era signatures
    typer.Option("--article", "-a", help="Article file (default: the bundled article, "
                 "or $CRIMEA_CLI_ARTICLE).", dir_okay=False),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def bundled_article_path() -> Path:
    """The article shipped with the package (``data/seed.txt``)."""
    from importlib.resources import files

    resource = files("crimea_cli") / "data" / "seed.txt"
    if resource.is_file():
        return Path(str(resource))
    # a source checkout run without installing: the repository's data/
    return Path(__file__).resolve().parents[2] / "data" / "seed.txt"


def _load(path: Path | None) -> Article:
    from .article import read_article

    if path is None:
        env = os.environ.get("CRIMEA_CLI_ARTICLE")
        path = Path(env) if env else bundled_article_path()
    return read_article(path)


def _terminal() -> Any:
    from .render import Terminal

    is_tty = sys.stdout.isatty()
    color = is_tty and not os.environ.get("NO_COLOR")
    return Terminal(color=color, width=shutil.get_terminal_size((100, 24)).columns,
                    is_tty=is_tty)


def _emit(kind: str, records: list[dict[str, Any]], fmt: Format) -> None:
    if fmt is Format.json:
        from .render import as_json as renderer
    else:
        from .render import as_table as renderer  # type: ignore[no-redef]
    renderer.render(kind, records, sys.stdout, _terminal())


def _fail(exc: CrimeaError) -> typer.Exit:
    typer.echo(f"crimea-cli: error: {exc}", err=True)
    return typer.Exit(exc.exit_code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crimea-cli {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.",
                                          callback=_version, is_eager=True)] = False,
) -> None:
    """Timelines and facts from encyclopedia-style articles."""


@app.command()
def timeline(article: ArticleOption = None, fmt: FormatOption = Format.rich) -> None:
    """Every dated statement of the article, in date order.

    Examples:

      crimea-cli timeline

      crimea-cli timeline --article bio.txt --format json | jq '.[].date'
    """
    from .events import extract_events
    from .records import event_record

    try:
        events = extract_events(_load(article))
    except CrimeaError as exc:
        raise _fail(exc) from None
    _emit("events", [event_record(e) for e in events], fmt)


@app.command()
def awards(article: ArticleOption = None, fmt: FormatOption = Format.rich) -> None:
    """The prizes, orders and medals the article's subject received.

    Examples:

      crimea-cli awards

      crimea-cli awards --format json | jq -r '.[] | "\\(.date) \\(.name)"'
    """
    from .awards import extract_awards
    from .records import award_record

    try:
        found = extract_awards(_load(article))
    except CrimeaError as exc:
        raise _fail(exc) from None
    _emit("awards", [award_record(a) for a in found], fmt)


def run() -> None:
    """Console-script entry point: the app, with no traceback on a closed pipe."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)


__all__ = ["EXIT_USAGE", "app", "run"]
