"""Typed errors of the library and the exit codes the CLI maps them to.

The library raises these and never prints or exits; ``cli.py`` turns them into
one line on stderr and an exit code.
"""

from __future__ import annotations

EXIT_OK = 0
"""Success."""
EXIT_NO_MATCH = 1
"""Nothing matched (``search``), like grep."""
EXIT_USAGE = 2
"""A usage or input error: bad option, unreadable or invalid article."""
EXIT_SKIPPED = 3
"""Output was written, but some files of a directory could not be read."""
EXIT_IO = 74
"""The system failed an input or output: a full disk, a closed standard
stream, no permission to write, a directory given as the output file
(``EX_IOERR`` of sysexits.h)."""
EXIT_INTERNAL = 70
"""A bug in crimea-cli (reported in one line; please file it)."""


def check_type(value: object, expected: type | tuple[type, ...], what: str) -> None:
    """A public function's argument of the wrong type: a ``TypeError`` that
    says which argument, what it takes and what it was given."""
    if not isinstance(value, expected):
        names = " or ".join(t.__name__ for t in (
            expected if isinstance(expected, tuple) else (expected,)))
        raise TypeError(f"{what} must be {names}, not {type(value).__name__}")


class CrimeaError(Exception):
    """Base class of every error the library raises."""

    exit_code = EXIT_USAGE


class StreamError(CrimeaError):
    """A file or standard stream the system would not let us read or write
    (exit code 74): the environment's problem, not the article's."""

    exit_code = EXIT_IO


class ArticleError(CrimeaError):
    """An article that cannot be read as text, or holds nothing to read.

    ``source`` names the file (or ``<stdin>``) when known; ``line`` is the
    1-based line number where one applies.
    """

    def __init__(self, message: str, *, source: str | None = None,
                 line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message


EXIT_OFFLINE = 69
"""A wiki could not be reached: no network, no such host, refused, timed out
(``EX_UNAVAILABLE`` of sysexits.h)."""
EXIT_REMOTE = 76
"""A wiki answered, but not with a page: a server error that retries did not
cure, an answer that is not the API's JSON (``EX_PROTOCOL`` of sysexits.h)."""


class FetchError(CrimeaError):
    """A page that could not be fetched. A missing page is a usage error
    (exit 2, as a missing file is); see :class:`OfflineError` and
    :class:`RemoteError` for the others."""


class OfflineError(FetchError):
    """The wiki cannot be reached (exit 69)."""

    exit_code = EXIT_OFFLINE


class RemoteError(FetchError):
    """The wiki answered with an error or something that is not its API's
    answer (exit 76)."""

    exit_code = EXIT_REMOTE
