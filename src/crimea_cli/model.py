"""The data model: small frozen dataclasses shared by every stage.

Offsets (``start``/``end``) are character offsets into ``Article.text``, the
*normalised* article: byte-order mark removed, CRLF and lone CR turned into LF,
tabs into single spaces, trailing spaces stripped from each line. So
``article.text[s.start:s.end] == s.text`` holds for every statement ``s``.
A date's ``span`` is relative to its statement's text.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import MISSING, dataclass, field, fields
from enum import StrEnum
from typing import TypeVar, cast, dataclass_transform

_C = TypeVar("_C", bound=type)


def _quick_init(cls: _C) -> _C:
    """Give a frozen, slotted dataclass an ``__init__`` that sets each slot
    through its descriptor: the same signature and defaults as the one
    dataclasses would generate, about twice as fast (that one calls
    ``object.__setattr__`` per field, which frozen classes must go around).
    For the classes built by the hundred thousand (statements, dates, events,
    the blocks that hold them), made by :func:`_record`."""
    names: list[str] = []
    env: dict[str, object] = {}
    body: list[str] = []
    for f in fields(cls):
        if f.default is not MISSING:
            env[f"_d_{f.name}"] = f.default
            names.append(f"{f.name}=_d_{f.name}")
        else:
            assert f.default_factory is MISSING, f"{cls.__name__}.{f.name}"
            names.append(f.name)
        env[f"_s_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f"    _s_{f.name}(self, {f.name})")
    code = f"def __init__(self, {', '.join(names)}):\n" + "\n".join(body) + "\n"
    exec(code, env)   # built from the class's own field names
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"   # type: ignore[attr-defined]
    cls.__init__ = init   # type: ignore[misc]
    return cls


@dataclass_transform(frozen_default=True)
def _record(cls: _C) -> _C:
    """A frozen, slotted dataclass with the quick ``__init__`` of
    :func:`_quick_init` (declared ``init=False``: dataclasses then builds no
    ``__init__`` only to have it replaced, about 0.1 ms of every start-up per
    class)."""
    return _quick_init(cast(_C, dataclass(frozen=True, slots=True, init=False)(cls)))


class Precision(StrEnum):
    """How much of a date the text gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    rank: int
    """0 for day, the finest, up to 4 for century (set on each member below:
    a plain attribute, read in every date rule, is about three times as fast
    to read as a property)."""


for _rank, _precision in enumerate(Precision):
    _precision.rank = _rank


class Kind(StrEnum):
    """How a date was obtained (see docs/dated-statements.md)."""

    EXPLICIT = "explicit"
    INFERRED = "inferred"
    RELATIVE = "relative"


class Source(StrEnum):
    """What kind of text a statement is."""

    SENTENCE = "sentence"
    LIST_ITEM = "list_item"
    INFOBOX = "infobox"


@_record
class DateValue:
    """One calendar reference: an EDTF string and the days it can mean.

    ``start`` and ``end`` are the earliest and latest day the date can mean;
    they are for sorting and filtering only and never shown as the date.
    ``span`` is the reference's (start, end) offset within its statement.
    An interval keeps its two ends in ``parts``.
    """

    edtf: str
    precision: Precision
    start: _dt.date
    end: _dt.date
    span: tuple[int, int]
    approximate: bool = False
    parts: tuple[DateValue, DateValue] | None = None

    @property
    def is_interval(self) -> bool:
        """True for ``a/b`` intervals."""
        return self.parts is not None


@_record
class Statement:
    """A sentence, list item or infobox line, exactly as written."""

    text: str
    start: int
    end: int
    section: tuple[str, ...]
    source: Source = Source.SENTENCE
    index: int = 0
    """Position among the article's statements (0-based)."""


@_record
class Fact:
    """An infobox line, ``- Key: Value``."""

    key: str
    value: str
    statement: Statement


@dataclass(frozen=True, slots=True)
class Infobox:
    """The name line and ordered facts after the title."""

    name: str
    facts: tuple[Fact, ...]


@_record
class Paragraph:
    """A run of text lines, split into sentences."""

    start: int
    end: int
    statements: tuple[Statement, ...]


@_record
class ListItem:
    """A ``- text`` line outside the infobox."""

    statement: Statement


Block = Paragraph | ListItem


@_record
class Section:
    """A heading and the blocks under it (not those of its subsections).

    ``path`` holds the titles from the outermost section down, without the
    article title: ``("Awards and honours", "Awards")``.
    """

    title: str
    level: int
    path: tuple[str, ...]
    line: int
    blocks: tuple[Block, ...]

    @property
    def label(self) -> str:
        """The path as people read it: ``Awards and honours › Awards``."""
        return section_label(self.path)


LEAD = "Lead"
INFOBOX = "Infobox"


def section_label(path: tuple[str, ...]) -> str:
    """Join a section path with ``›``; the lead is "Lead"."""
    return " › ".join(path) if path else LEAD


@dataclass(frozen=True, slots=True)
class Citation:
    """A reference the article gives for a statement (a wikitext ``<ref>``,
    an HTML footnote). Each field is empty when the reference does not say."""

    title: str = ""
    url: str = ""
    date: str = ""
    publisher: str = ""
    text: str = ""
    """The reference as it reads when it is not a citation template."""

    def as_dict(self) -> dict[str, str]:
        """The non-empty fields, for JSON."""
        return {k: v for k, v in (("title", self.title), ("url", self.url),
                                  ("date", self.date), ("publisher", self.publisher),
                                  ("text", self.text)) if v}


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. ``text`` is the normalised text offsets refer to.

    ``origin`` is where it was read from (a path, a page URL, ``<stdin>``);
    ``revision`` the page revision when the reader knows it. ``citations``
    runs parallel to ``statements`` (the references each statement is given),
    or is None when the format cannot carry references (the plain format).
    """

    title: str
    text: str
    infobox: Infobox | None
    lead: tuple[Block, ...]
    sections: tuple[Section, ...]
    statements: tuple[Statement, ...] = field(repr=False)
    origin: str = ""
    revision: str | None = None
    citations: tuple[tuple[Citation, ...], ...] | None = field(default=None, repr=False)

    def citations_of(self, statement: Statement) -> tuple[Citation, ...] | None:
        """The references given for ``statement``; None when not known."""
        if self.citations is None:
            return None
        i = statement.index
        return self.citations[i] if 0 <= i < len(self.citations) else ()


@_record
class Event:
    """One (statement, date) pair: a dated statement.

    ``resolved_from`` is, for inferred and relative dates, the event whose
    date completed this one.
    """

    date: DateValue
    kind: Kind
    category: str
    statement: Statement
    article: str
    resolved_from: Event | None = None

    @property
    def text(self) -> str:
        """The whole statement, exactly as written."""
        return self.statement.text

    @property
    def section(self) -> str:
        """The statement's section path as people read it."""
        return section_label(self.statement.section)


@_record
class Award:
    """A prize, order, medal or honorary degree the subject received."""

    name: str
    date: DateValue | None
    conferred_by: str | None
    statement: Statement
    article: str
