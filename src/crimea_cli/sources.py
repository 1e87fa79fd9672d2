"""Where articles come from: files, directories, standard input, the bundled one.

``load_articles(specs)`` turns what the user typed after ``--article`` into
parsed articles, in order: a file; a directory (every article file in it:
``*.txt``, ``*.wiki``, ``*.html`` and the like, sorted by name); ``-`` for
standard input. With no spec, ``$CRIMEA_CLI_ARTICLE`` or the bundled article.
Problems raise :class:`ArticleError` naming the source.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .article import MAX_ARTICLE_BYTES, parse_bytes, read_article
from .errors import ArticleError
from .model import Article

ENV_VAR = "CRIMEA_CLI_ARTICLE"
ARTICLE_SUFFIXES = frozenset({".txt", ".wiki", ".wikitext", ".mediawiki", ".html", ".htm"})
"""The files a directory's articles are read from."""
STDIN = "-"


def bundled_article_path() -> Path:
    """The article shipped with the package (``data/seed.txt``)."""
    beside = Path(__file__).parent / "data" / "seed.txt"
    if beside.is_file():
        # an installed package on disk; no need to import importlib.resources
        return beside
    from importlib.resources import files

    resource = files("crimea_cli") / "data" / "seed.txt"
    if resource.is_file():
        return Path(str(resource))
    # a source checkout run without installing: the repository's data/
    return Path(__file__).resolve().parents[2] / "data" / "seed.txt"


def expand(specs: Sequence[str]) -> list[tuple[str, bool]]:
    """The article paths (or ``-``) that ``specs`` name, directories expanded.

    Each comes with whether it was found in a directory (and may be skipped
    when it cannot be read) rather than named.
    """
    if not specs:
        env = os.environ.get(ENV_VAR)
        return [(env or str(bundled_article_path()), False)]
    out: list[tuple[str, bool]] = []
    for spec in specs:
        if spec == STDIN:
            out.append((STDIN, False))
            continue
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                raise ArticleError("directory holds no article file (.txt, .wiki, .html)",
                                   source=spec)
            out.extend((str(p), True) for p in found)
        else:
            out.append((spec, False))
    return out


def read_stdin(max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read and parse an article from standard input."""
    return parse_bytes(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes=max_bytes)


def load_articles(specs: Sequence[str],
                  on_skip: Callable[[ArticleError], None] | None = None) -> Iterator[Article]:
    """Parse the articles ``specs`` name, one at a time, in order.

    A file found in a directory that cannot be read is passed to ``on_skip``
    and skipped (when ``on_skip`` is given); a named file always raises.
    """
    for spec, in_directory in expand(specs):
        try:
            yield read_stdin() if spec == STDIN else read_article(spec)
        except ArticleError as exc:
            if not (in_directory and on_skip):
                raise
            on_skip(exc)
