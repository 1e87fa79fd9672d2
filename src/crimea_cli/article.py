"""Text → :class:`~crimea_cli.model.Article`.

The format (``= Title =``, an infobox of ``- Key: Value`` lines, ``== Section ==``
headings, paragraphs and ``- item`` lists) is described in the project's
``docs/dated-statements.md``. The parser is forgiving: malformed headings,
a missing title or infobox, stray ``=`` lines all still give the best article
it can. Only input with nothing to read raises :class:`ArticleError`.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from pathlib import Path

from . import rx
from .errors import ArticleError, check_type
from .lang import Language, en
from .model import (
    INFOBOX,
    Article,
    Block,
    Fact,
    Infobox,
    ListItem,
    Paragraph,
    Section,
    Source,
    Statement,
)

#: Articles larger than this are refused (bytes).
MAX_ARTICLE_BYTES = 50 * 1024 * 1024
#: Text longer than this is refused by :func:`parse_article` (characters).
MAX_ARTICLE_CHARS = MAX_ARTICLE_BYTES
_SURROGATE = rx.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a surrogate code point: ``_SURROGATE.search(text)``
    told by the strict UTF-8 encoder, which refuses exactly those (in C, about
    four times as fast as the pattern's search)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False

# tried only where a run of spaces starts: at each space of a long run that
# does not end the line, "[ \t]+$" would read the rest of the run (quadratic)
_TRAILING_SPACE = rx.compile(r"(?<![ \t])[ \t]+$", re.MULTILINE)
_HEADING = rx.compile(r"^(=+)\s*(.*?)\s*(=*)$")
MAX_HEADING = 255
"""A line starting with "=" that runs on longer than this is text, not a
heading (titles are short: Wikipedia allows 255 bytes)."""
_LIST_MARK = rx.compile(r"^[-*•]\s+(?=\S)")
_LIST_MARKS = "-*•"
"""The characters `_LIST_MARK` starts with: a line that starts with none is
no list item, told without the pattern (most lines)."""
_FACT = rx.compile(r"^([^:]{1,60}?)\s*:\s*(.*)$")

# A candidate sentence end: terminal punctuation, closing quotes/brackets,
# white space. Whether it really ends a sentence is decided in _split.
# Footnote marks may follow the stop: "in 2014.[1][5] He", ".[citation needed] He".
_BOUNDARY = rx.compile(r"[.!?…]+[\"”’»)\]]*(?:\[[^\[\]\n]{1,30}\])*(\s+)")
_FULL_STOP_BOUNDARY = rx.compile(r"\.\.*[\"”’»)\]]*(?:\[[^\[\]\n]{1,30}\])*(\s+)")
"""`_BOUNDARY` for text without "!", "?" or "…" (most paragraphs): the same
matches there, as every stop is a full stop. Led by a literal (a full stop,
then any more: not a repeat, which re does not take for a literal), re skips
to each full stop in C, about three times as fast as it tries the class."""
_OTHER_STOPS = ("!", "?", "…")
_OPENERS = "\"“‘«([‚„"
MAX_QUOTATION = 600
"""Longer spans between quote marks are not taken for quotations."""
_JOINERS = rx.compile(r"[–—/-]")
_INITIALS = rx.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")
_STRAIGHT_QUOTES = rx.compile(r'"')
_WORD = rx.compile(r"\w+")
_CURLY_QUOTES = rx.compile(r"“[^“”]*”|«[^«»]*»")


def _runs_on(line: str) -> bool:
    """Whether a line starting with "=" is too long to be a heading."""
    return len(line.strip("= ")) > MAX_HEADING


def _heading(line: str) -> re.Match[str] | None:
    """The heading match of a stripped line; None for text, long lines too
    (they are never headings, and the pattern would crawl through them)."""
    return None if _runs_on(line) else _HEADING.match(line)


def normalise(text: str) -> str:
    """Remove a BOM, unify line ends to LF, tabs to spaces, strip line ends."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = text.replace("\t", " ")
    if " \n" in text or text.endswith(" "):
        text = _TRAILING_SPACE.sub("", text)
    return text


def decode(data: bytes, *, source: str | None = None) -> str:
    """Bytes → text: UTF-8 (with or without BOM), or UTF-16 with a BOM.

    Raises :class:`ArticleError` for binary data or text in another encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError("not valid UTF-16 text", source=source) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleError(
            f"not a text file (NUL byte at offset {nul}; UTF-16 needs a BOM)",
            source=source, line=data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            f"not UTF-8 text (invalid byte at offset {exc.start})",
            source=source, line=line) from exc


def read_article(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES,
                 language: Language | None = None) -> Article:
    """Read, decode and parse the article at ``path`` (a str or path-like:
    never a file descriptor, which reading would close), its sentences split
    by the words of ``language`` (English by default)."""
    check_type(path, (str, os.PathLike), "read_article(path)")
    if language is not None:
        check_type(language, Language, "read_article(language)")
    check_type(max_bytes, int, "read_article(max_bytes)")
    source = str(path)
    if "\x00" in source:
        raise ArticleError("a file name cannot hold a NUL character", source=source)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ArticleError("no such file", source=source) from exc
    except IsADirectoryError as exc:
        raise ArticleError("is a directory", source=source) from exc
    except PermissionError as exc:
        raise ArticleError("permission denied", source=source) from exc
    except OSError as exc:
        raise ArticleError(exc.strerror or "cannot be read", source=source) from exc
    return parse_bytes(data, source, max_bytes=max_bytes, language=language)


def parse_bytes(data: bytes, source: str, *, max_bytes: int = MAX_ARTICLE_BYTES,
                language: Language | None = None) -> Article:
    """Decode and parse an article read from ``source`` (at most ``max_bytes``;
    callers read one byte more, so that a larger input is seen), with the
    reader its suffix or content asks for (:mod:`crimea_cli.read`)."""
    if language is not None:
        check_type(language, Language, "parse_bytes(language)")
    from .read import read_bytes

    return read_bytes(data, source, max_bytes=max_bytes, language=language)


def parse_article(text: str, *, name: str = "", source: str | None = None,
                  language: Language | None = None) -> Article:
    """Parse an article's text into an :class:`Article`.

    ``name`` is the fallback title when the text has none; ``language``
    (English by default) gives the abbreviations and sentence openers the
    sentences are split by. Raises
    :class:`ArticleError` when there is nothing to read, or more than
    ``MAX_ARTICLE_CHARS`` characters; ``TypeError`` for an argument of the
    wrong type. Lone surrogates (text decoded with ``surrogateescape``, or
    built by hand) become U+FFFD, one character for one, so offsets hold and
    every record is valid Unicode.
    """
    check_type(text, str, "parse_article(text)")
    check_type(name, str, "parse_article(name)")
    if language is not None:
        check_type(language, Language, "parse_article(language)")
    if source is not None:
        check_type(source, str, "parse_article(source)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"larger than the {MAX_ARTICLE_CHARS // (1024 * 1024)} M character limit",
            source=source)
    if not text.isascii() and _has_surrogate(text):
        text = _SURROGATE.sub("\ufffd", text)
    text = normalise(text)
    if not text.strip():
        raise ArticleError("empty article: nothing to read", source=source)
    return _Parser(text, language or en.LANGUAGE).parse(name)


class _Parser:
    """One pass over the lines; builds blocks and statements as it goes."""

    def __init__(self, text: str, language: Language) -> None:
        self.text = text
        self.language = language
        self.statements: list[Statement] = []

    def _statement(self, start: int, end: int, section: tuple[str, ...],
                   source: Source) -> Statement:
        st = Statement(self.text[start:end], start, end, section, source,
                       len(self.statements))
        self.statements.append(st)
        return st

    def parse(self, name: str) -> Article:
        from itertools import accumulate

        lines = self.text.split("\n")
        # each line's start: the lengths of the lines before it, plus their "\n"s
        offsets = list(accumulate(map((1).__add__, map(len, lines)), initial=0))

        i, n = 0, len(lines)
        while i < n and not lines[i].strip():
            i += 1
        title = ""
        if i < n:
            m = _heading(lines[i].strip())
            if m and len(m.group(1)) == 1 and m.group(2):
                title = m.group(2)
                i += 1

        infobox = None
        j = i
        while j < n and not lines[j].strip():
            j += 1
        if (j + 1 < n and lines[j].strip() and not _heading(lines[j].strip())
                and not _LIST_MARK.match(lines[j]) and _LIST_MARK.match(lines[j + 1])
                and ":" in lines[j + 1]):
            facts = []
            k = j + 1
            while k < n and (mark := _LIST_MARK.match(lines[k])):
                start = offsets[k] + mark.end()
                st = self._statement(start, offsets[k] + len(lines[k]), (INFOBOX,),
                                     Source.INFOBOX)
                fm = _FACT.match(st.text)
                key, value = (fm.group(1).strip(), fm.group(2).strip()) if fm else ("", st.text)
                facts.append(Fact(key, value, st))
                k += 1
            infobox = Infobox(lines[j].strip(), tuple(facts))
            i = k

        lead: list[Block] = []
        sections: list[Section] = []
        blocks = lead
        path: tuple[str, ...] = ()
        levels: list[int] = []
        current: tuple[str, int, tuple[str, ...], int] | None = None
        para_start = -1

        def close_paragraph(end_line: int) -> None:
            nonlocal para_start
            if para_start >= 0:
                start = offsets[para_start]
                end = offsets[end_line - 1] + len(lines[end_line - 1])
                blocks.append(self._paragraph(start, end, path))
                para_start = -1

        def close_section() -> None:
            if current is not None:
                t, lvl, p, ln = current
                sections.append(Section(t, lvl, p, ln, tuple(blocks)))

        while i < n:
            line = lines[i]
            stripped = line.strip()
            if not stripped:
                close_paragraph(i)
            elif stripped[0] == "=" and not _runs_on(stripped):
                close_paragraph(i)
                m = _HEADING.match(stripped)
                heading = m.group(2).strip("= ") if m else ""
                if m and heading:
                    left, right = len(m.group(1)), len(m.group(3))
                    level = min(left, right) if right else left
                    close_section()
                    while levels and levels[-1] >= level:
                        levels.pop()
                    path = (*path[:len(levels)], heading)
                    levels.append(level)
                    current = (heading, level, path, i + 1)
                    blocks = []
                # a line of "=" signs alone is a stray rule: skipped
            elif line[0] in _LIST_MARKS and (mark := _LIST_MARK.match(line)):
                close_paragraph(i)
                blocks.append(ListItem(self._statement(
                    offsets[i] + mark.end(), offsets[i] + len(line), path,
                    Source.LIST_ITEM)))
            elif para_start < 0:
                para_start = i
            i += 1
        close_paragraph(n)
        close_section()

        if not title:
            title = name or (infobox.name if infobox else "")
        return Article(title, self.text, infobox, tuple(lead), tuple(sections),
                       tuple(self.statements))

    def _paragraph(self, start: int, end: int, path: tuple[str, ...]) -> Paragraph:
        text = self.text[start:end]
        statements = self.statements
        first = len(statements)
        sentence = Source.SENTENCE
        statements.extend([Statement(text[a:b], start + a, start + b, path, sentence, k)
                           for k, (a, b) in enumerate(_sentences(text, self.language),
                                                      first)])
        return Paragraph(start, end, tuple(statements[first:]))


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Balanced quotations (curly, guillemets, straight pairs), merged.

    Returned as parallel sorted lists of starts and ends, for bisection.
    """
    if '"' not in text and "“" not in text and "«" not in text:
        return [], []   # (most paragraphs quote nothing)
    spans = [m.span() for m in _CURLY_QUOTES.finditer(text)]
    straight = [m.start() for m in _STRAIGHT_QUOTES.finditer(text)]
    spans.extend((straight[k], straight[k + 1] + 1) for k in range(0, len(straight) - 1, 2))
    # a "quotation" longer than this is a stray quote mark pairing with a far one
    spans = sorted((a, b) for a, b in spans if b - a <= MAX_QUOTATION)
    starts: list[int] = []
    ends: list[int] = []
    for a, b in spans:
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _token_before(text: str, pos: int) -> str:
    """The word that ends at ``pos`` (at most 40 characters), lower-cased."""
    lo = max(0, pos - 40)
    ws = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos))
    token = text[(ws + 1 if ws >= 0 else lo):pos].lstrip(_OPENERS).lower()
    # "Feb.–Mar." ends with the abbreviation "mar"
    return _JOINERS.split(token)[-1] if _JOINERS.search(token) else token


def _word_at(text: str, pos: int) -> str:
    """The word that starts at ``pos`` (up to the next space or punctuation)."""
    m = _WORD.match(text, pos)
    return m.group(0) if m else ""


def split_sentences(text: str, language: Language | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph, stripped.

    A full stop does not end a sentence after an abbreviation (``Art.``,
    ``Jan.``) of ``language`` (English by default), an initial (``J. R.``),
    inside a decimal number (``205.5``), inside a quotation, or before a
    lower-case word.
    """
    if language is not None:
        check_type(language, Language, "split_sentences(language)")
    return _sentences(text, language or en.LANGUAGE)


def _sentences(text: str, lg: Language) -> list[tuple[int, int]]:
    """:func:`split_sentences` by the words of ``lg``, a checked language
    (the parser's: no check per paragraph)."""
    abbreviations, openers, case_names = (lg.abbreviations, lg.sentence_openers,
                                          lg.case_name_abbreviations)
    cuts: list[int] = []
    spaces: list[int] = []
    quotes: tuple[list[int], list[int]] | None = None
    n = len(text)
    boundary = _FULL_STOP_BOUNDARY
    for stop_mark in _OTHER_STOPS:
        if stop_mark in text:
            boundary = _BOUNDARY
            break
    for m in boundary.finditer(text):
        cut = m.end()
        if cut >= n:
            break
        nxt = text[cut]
        if nxt in _OPENERS and cut + 1 < n:
            nxt = text[cut + 1]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        stop = m.start()
        if text[stop] == ".":
            token = _token_before(text, stop)
            # "Smith v. The State": a case name goes on after "v." whatever follows
            # (an initial is one letter, or has a "."; the check runs the regex
            # only then)
            if (token in abbreviations
                    or ((len(token) == 1 or "." in token) and _INITIALS.match(token))) and (
                    token in case_names or _word_at(text, cut) not in openers):
                continue
        if quotes is None:
            quotes = _quoted_spans(text)
        k = bisect_right(quotes[0], stop) - 1
        if k >= 0 and stop > quotes[0][k] and cut < quotes[1][k]:
            continue
        cuts.append(cut)
        spaces.append(m.start(1))
    # each sentence stripped: a cut is where the white space after a stop ends
    # (\s is str.isspace, and the run is the longest), so a sentence after a
    # cut starts there, and one before it ends where that run starts
    a = 0
    while a < len(text) and text[a].isspace():
        a += 1
    out: list[tuple[int, int]] = []
    for cut, b in zip(cuts, spaces, strict=True):
        if b > a:
            out.append((a, b))
        a = cut
    b = len(text)
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))
    return out
