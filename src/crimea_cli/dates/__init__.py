"""Statement → calendar references (:class:`Mention`), as EDTF values.

The grammar is the one in ``docs/dated-statements.md``. It works in three
steps over one statement:

1. *atoms*: one regular expression finds every single date expression
   ("5 May 1986", "May 5, 1986", "March 2020", "1994-11-08", "1990s",
   a bare number, a month or day that starts a range);
2. *chains*: atoms joined by a separator ("–", "to", "and", ",") become
   intervals or lists, and an atom missing its year (or month) takes it from
   the atom to its right ("12 May to 30 June 1994");
3. *context*: a bare number is a year only with positive evidence around it
   (a preposition, a determiner naming something, a parenthesis, a range);
   labels (``Art. 205``) and quantities (``2000 rubles``) never are.

Day–month mentions without a year and relative phrases ("two weeks later")
are returned unresolved; :mod:`crimea_cli.events` resolves them from context.
Nothing here fills a missing day or month.
"""

from __future__ import annotations

from bisect import bisect_right

from ..errors import check_type
from ..lang import lower
from ..model import DateValue
from .chains import (
    Rejected,
    _chains,
    _interpret,
    _interpret_one,
)
from .forms import FORMS as FORMS
from .forms import Form as Form
from .forms import _atoms
from .mentions import ExplicitMention as ExplicitMention
from .mentions import Mention as Mention
from .mentions import MentionKind as MentionKind
from .mentions import PartialMention as PartialMention
from .mentions import RelativeMention as RelativeMention
from .phrases import (
    _centuries,
    _holidays,
    _month_mentions,
    _moved,
    _relatives,
    _short_era_years,
)
from .phrases import anchor_key as anchor_key
from .phrases import anchor_stem as anchor_stem
from .phrases import same_stem as same_stem
from .words import (
    _HAS_DIGIT,
)
from .years import _AFTER, _BEFORE
from .years import YEAR_RULES as YEAR_RULES
from .years import YearRule as YearRule


def find_mentions(text: str, rejected: Rejected | None = None) -> list[Mention]:
    """Every calendar reference in one statement, in text order.

    Explicit dates carry their value; partial and relative mentions are left
    for :func:`crimea_cli.events.extract_events` to resolve. When a list is
    given as ``rejected``, every number the year rules refused (as a chain:
    "1500", "from 300 to 400") is added to it as (span, rule name of
    :data:`YEAR_RULES`, or ``no-evidence`` when no rule decided), in text
    order: what explanations report.
    """
    if type(text) is not str:
        check_type(text, str, "find_mentions(text)")
    out: list[Mention] = []
    if rejected is not None and _HAS_DIGIT.search(text):
        # every chain read on its own, so each refusal is seen where it stands
        for chain, gaps in _chains(text, _atoms(text)):
            out.extend(_interpret(text, chain, gaps, rejected))
    elif _HAS_DIGIT.search(text):
        chains = _chains(text, _atoms(text))
        if len(chains) == 1:   # (its own list: nothing else holds it)
            chain, gaps = chains[0]
            out = _interpret(text, chain, gaps) if gaps else _interpret_one(text, chain[0])
        # A chain's reading depends only on its window (the context the checks
        # look at) and on whether it stands at the statement's start: text that
        # repeats itself is read once.
        seen: dict[tuple[str, int], tuple[int, list[Mention]]] = {}
        for chain, gaps in chains if len(chains) > 1 else ():
            start, end = chain[0].start, chain[-1].end
            key = (text[max(0, start - _BEFORE):end + _AFTER], start if start < _BEFORE else -1)
            hit = seen.get(key)
            if hit is None:
                found = _interpret(text, chain, gaps)
                seen[key] = (start, found)
                out.extend(found)
            else:
                out.extend(_moved(m, start - hit[0]) for m in hit[1])
    extra: list[Mention] = []
    if "entur" in text:
        extra = _centuries(text)
    if "Christmas" in text or "Day" in text or "Eve" in text or "Night" in text:
        extra += _holidays(text)
    if "AD" in text or "BC" in text or "CE" in text or "A.D." in text or "B.C." in text:
        extra += _short_era_years(text)
    extra += _month_mentions(text)
    low = lower(text)
    if ("year" in low or "day" in low or "month" in low or "week" in low
            or "morning" in low or "evening" in low or "night" in low or "decade" in low):
        extra += _relatives(text, low)
    if extra:
        # keep the extras that overlap no date already found (sorted, disjoint),
        # nor a longer extra ("November of the same year" over "November")
        starts = [m.span[0] for m in out]
        ends = [m.span[1] for m in out]
        if len(extra) > 1:
            extra.sort(key=lambda x: (x.span[0], -x.span[1]))
            kept = [extra[0]]
            for x in extra[1:]:
                if x.span[0] >= kept[-1].span[1]:
                    kept.append(x)
            extra = kept
        for x in extra:
            k = bisect_right(starts, x.span[0])
            if (k and ends[k - 1] > x.span[0]) or (k < len(starts) and starts[k] < x.span[1]):
                continue
            out.append(x)
        out.sort(key=lambda m: m.span)
    return out


def find_dates(text: str) -> list[DateValue]:
    """The explicit dates of a statement (no context needed), in text order."""
    check_type(text, str, "find_dates(text)")
    return [m.value for m in find_mentions(text)
            if m.kind is MentionKind.EXPLICIT and m.value is not None]
