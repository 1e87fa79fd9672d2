"""What the date grammar returns: a :class:`Mention` and its :class:`MentionKind`."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

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


class Mention(NamedTuple):
    """A calendar reference in a statement, before context is applied.

    * explicit: ``value`` holds the date; ``names_something`` is set for a
      year that names a thing ("the 2016 Sakharov Prize");
    * partial: ``month`` and ``day``, and for a range ("18–20 May") its last
      ``end_month`` and ``end_day`` (0 otherwise); ``day`` 0 for a month
      alone ("in April"; "from May to November" with ``end_month``);
    * relative: ``unit`` (day, week, month, year) and signed ``amount``
      (0 for "the same year"); ``month`` for a month of that year
      ("November of the same year"); ``anchor`` for a phrase counted from a
      named event ("eight days after the landing"): the event noun's stem
      (see :func:`anchor_stem`, "" for a name) and the lower-cased name
      words, which an earlier dated statement must hold near its date;
      ``within`` for "within a week": the days from the base to the shifted
      day, an interval, rather than the shifted day alone.
    """

    kind: MentionKind
    span: tuple[int, int]
    value: DateValue | None = None
    names_something: bool = False
    month: int = 0
    day: int = 0
    unit: str = ""
    amount: int = 0
    end_month: int = 0
    end_day: int = 0
    anchor: tuple[str, ...] = ()
    within: bool = False
