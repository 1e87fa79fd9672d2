"""What the date grammar returns: a :data:`Mention` (explicit, partial or relative)
and its :class:`MentionKind`."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, NamedTuple

from ..model import (
    DateValue,
)

# --- mentions --------------------------------------------------------------


class MentionKind(StrEnum):
    """What a mention still needs before it is a date."""

    EXPLICIT = "explicit"
    PARTIAL = "partial"
    """A day and month, or a month alone, without a year: resolved to an
    *inferred* date."""
    RELATIVE = "relative"
    """A shift from an earlier date ("two weeks later")."""


class ExplicitMention(NamedTuple):
    """A date the text gives whole: ``value`` holds it; ``names_something``
    is set for a year that names a thing ("the 2016 Sakharov Prize")."""

    span: tuple[int, int]
    value: DateValue
    names_something: bool = False
    kind: Literal[MentionKind.EXPLICIT] = MentionKind.EXPLICIT


class PartialMention(NamedTuple):
    """A day and month, or a month alone, without a year: ``month`` and
    ``day``, and for a range ("18–20 May") its last ``end_month`` and
    ``end_day`` (0 otherwise); ``day`` 0 for a month alone ("in April"; "from
    May to November" with ``end_month``)."""

    span: tuple[int, int]
    month: int
    day: int = 0
    end_month: int = 0
    end_day: int = 0
    kind: Literal[MentionKind.PARTIAL] = MentionKind.PARTIAL


class RelativeMention(NamedTuple):
    """A shift from an earlier date: ``unit`` (day, week, month, year) and
    signed ``amount`` (0 for "the same year"); ``month`` for a month of that
    year ("November of the same year"); ``anchor`` for a phrase counted from
    a named event ("eight days after the landing"): the event noun's stem
    (see :func:`anchor_stem`, "" for a name) and the lower-cased name words,
    which an earlier dated statement must hold near its date; ``within`` for
    "within a week": the days from the base to the shifted day, an interval,
    rather than the shifted day alone."""

    span: tuple[int, int]
    unit: str
    amount: int
    month: int = 0
    anchor: tuple[str, ...] = ()
    within: bool = False
    kind: Literal[MentionKind.RELATIVE] = MentionKind.RELATIVE


Mention = ExplicitMention | PartialMention | RelativeMention
"""A calendar reference in a statement, before context is applied: one of
the three kinds, each with its own fields (``kind`` tells which)."""
