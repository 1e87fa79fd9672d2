"""Where articles come from: files, directories, standard input, the bundled one.

``load_articles(specs)`` turns what the user typed after ``--article`` into
parsed articles, in order: a file; a directory (every article file in it:
``*.txt``, ``*.wiki``, ``*.html`` and the like, sorted by name); ``-`` for
standard input. With no spec, ``$CRIMEA_CLI_ARTICLE`` or the bundled article.
Problems raise :class:`ArticleError` naming the source.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .article import MAX_ARTICLE_BYTES, parse_bytes, read_article
from .errors import ArticleError, StreamError, check_type
from .lang import Language
from .model import Article
from .read.sniff import Page, is_dump

ENV_VAR = "CRIMEA_CLI_ARTICLE"
BUNDLED_ORIGIN = "bundled:seed.txt"
"""The origin records give the bundled article."""
ARTICLE_SUFFIXES = frozenset({".txt", ".wiki", ".wikitext", ".mediawiki", ".html", ".htm"})
"""The files a directory's articles are read from."""
STDIN = "-"
STDIN_NAME = "<stdin>"


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


Item = str | Page
"""What one article is read from: a path, ``-`` for standard input, or a
page of a dump (already in memory, picklable for worker processes)."""


def expand(specs: Sequence[str]) -> Iterator[tuple[Item, bool]]:
    """The articles ``specs`` name, lazily: paths (or ``-``), directories
    expanded, a dump's pages one at a time, a page URL fetched (through the
    cache) to a file.

    Each comes with whether it was found in a directory or dump (and may be
    skipped when it cannot be read) rather than named.
    """
    if not specs:
        env = os.environ.get(ENV_VAR)
        if not env:
            yield (str(bundled_article_path()), False)
            return
        # a file or a directory, as with -a; an error names the variable
        try:
            if not os.path.lexists(env):
                raise ArticleError("no such file or directory", source=env)
            if not os.access(env, os.R_OK):
                raise ArticleError("permission denied", source=env)
            yield from expand([env])
        except ArticleError as exc:
            raise ArticleError(exc.message, source=f"${ENV_VAR}={exc.source or env}",
                               line=exc.line) from None
        return
    for spec in specs:
        if spec == STDIN:
            yield (STDIN, False)
            continue
        if spec.startswith(("http://", "https://")):
            from .fetch import fetch_cached

            got = fetch_cached(spec)
            # a cached file, or (with the cache off) the page in memory
            yield (str(got), False) if isinstance(got, Path) else (Page("", got, spec), False)
            continue
        path = Path(spec)
        if path.is_dir():
            found = _listed(path, spec)
            if not found:
                raise ArticleError("directory holds no article file (.txt, .wiki, .html)",
                                   source=spec)
            yield from ((str(p), True) for p in found)
        elif path.exists() and is_dump(path):
            from .read.dump import iter_pages

            yield from ((page, True) for page in iter_pages(spec, max_chars=MAX_ARTICLE_BYTES))
        else:
            yield (spec, False)


def _listed(path: Path, spec: str) -> list[Path]:
    """The article files of a directory, by name; one that cannot be listed
    (or whose entries cannot be looked at) says so, not "holds no file"."""
    if not os.access(path, os.R_OK | os.X_OK):
        raise ArticleError("permission denied", source=spec)
    try:
        return sorted(p for p in path.iterdir()
                      if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    except PermissionError:
        raise ArticleError("permission denied", source=spec) from None
    except OSError as exc:
        raise ArticleError((exc.strerror or "cannot be listed").lower(), source=spec) from None


def count(specs: Sequence[str]) -> int | None:
    """How many articles ``specs`` name; None when a dump or URL is among them
    (a dump is not read twice to count its pages)."""
    if not specs:
        env = os.environ.get(ENV_VAR)
        return count([env]) if env and os.path.isdir(env) else 1
    try:
        return _count(specs)
    except OSError:
        return None   # a directory that cannot be listed: reading it says why


def _count(specs: Sequence[str]) -> int | None:
    n = 0
    for spec in specs:
        path = Path(spec)
        if spec.startswith(("http://", "https://")):
            return None
        if path.is_dir():
            n += sum(1 for p in path.iterdir()
                     if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        elif path.exists() and is_dump(path):
            return None
        else:
            n += 1
    return n


def read_item(item: Item, language: Language | None = None) -> Article:
    """The article ``item`` names (see :data:`Item`), its sentences split by
    the words of ``language`` (English by default)."""
    if language is not None:
        check_type(language, Language, "read_item(language)")
    if isinstance(item, Page):
        from .read import read_page

        return read_page(item, language)
    if item == STDIN:
        return read_stdin(language=language)
    article = read_article(item, language=language)
    if item == str(bundled_article_path()):
        # a stable name, not this machine's path to the package
        return dataclasses.replace(article, origin=BUNDLED_ORIGIN)
    return article


def read_stdin(max_bytes: int = MAX_ARTICLE_BYTES, language: Language | None = None) -> Article:
    """Read and parse an article from standard input."""
    if language is not None:
        check_type(language, Language, "read_stdin(language)")
    if sys.stdin is None:
        raise StreamError(f"{STDIN_NAME}: standard input is closed")
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except OSError as exc:
        raise StreamError(f"{STDIN_NAME}: {(exc.strerror or 'cannot be read').lower()}") from None
    return parse_bytes(data, STDIN_NAME, max_bytes=max_bytes, language=language)


_WIKIPEDIA = r"https?://(?P<code>[a-z][a-z0-9-]*)\.(?:m\.)?wikipedia\.org(?:[/?#]|\Z)"
"""(Compiled at its first use, by :mod:`re`'s cache: not at every start.)"""
HEADER_PEEK = 2048
"""The bytes of a file :func:`page_language` looks at for a fetched page's URL."""


def wiki_language(url: str) -> str | None:
    """The language code of the Wikipedia a page URL is on ("uk" for
    ``https://uk.wikipedia.org/wiki/Київ``, "en" for ``simple.wikipedia.org``:
    :func:`crimea_cli.lang.wiki_code`); None for any other URL."""
    from .lang import wiki_code

    m = re.match(_WIKIPEDIA, url.strip(), re.IGNORECASE)
    return wiki_code(m.group("code")) if m else None


def page_language(spec: str) -> str | None:
    """The language of the Wikipedia the article ``spec`` names comes from:
    a page URL's, or the one in the header of a file ``crimea-cli fetch``
    wrote (its first :data:`HEADER_PEEK` bytes), or the first article file
    of a directory's; None when unknown (any other file, a dump, standard
    input, a pipe, what cannot be read)."""
    if spec.startswith(("http://", "https://")):
        return wiki_language(spec)
    if spec == STDIN:
        return None
    path = Path(spec)
    try:
        if path.is_dir():
            first = next(iter(_listed(path, spec)), None)
            if first is None:
                return None
            path = first
        if not path.is_file():
            return None   # a pipe or a device: a look would take what the reader needs
        with path.open("rb") as fh:
            head = fh.read(HEADER_PEEK)
    except (OSError, ArticleError, ValueError):
        return None   # reading it says why
    # the header as the readers read it (read.sniff.header: one parser of it)
    from .read.sniff import header

    url = header(head.decode("utf-8-sig", "replace")).get("url")
    return wiki_language(url) if url else None


def load_articles(specs: Sequence[str],
                  on_skip: Callable[[ArticleError], None] | None = None, *,
                  language: Language | None = None) -> Iterator[Article]:
    """Parse the articles ``specs`` name, one at a time, in order, their
    sentences split by the words of ``language`` (English by default).

    A file found in a directory that cannot be read is passed to ``on_skip``
    and skipped (when ``on_skip`` is given); a named file always raises.
    """
    if language is not None:
        # here, not at the first article: a generator runs nothing until asked
        check_type(language, Language, "load_articles(language)")
    return _loaded(specs, on_skip, language)


def _loaded(specs: Sequence[str], on_skip: Callable[[ArticleError], None] | None,
            language: Language | None) -> Iterator[Article]:
    for item, in_directory in expand(specs):
        try:
            yield read_item(item, language)
        except ArticleError as exc:
            if not (in_directory and on_skip):
                raise
            on_skip(exc)
