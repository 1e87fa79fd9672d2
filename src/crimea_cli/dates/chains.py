"""Atoms joined by separators into chains (ranges, lists), and a chain's
mentions: the explicit dates of a statement, and day–month dates without a
year."""

from __future__ import annotations

from functools import lru_cache

from .. import rx
from ..edtf import (
    bc_value,
    day_value,
    decade_value,
    interval_value,
    month_length,
    month_value,
    open_interval_value,
    year_value,
)
from ..lang import Language, alternatives
from ..model import DateValue
from .forms import Forms, _Atom
from .mentions import (
    ExplicitMention,
    Mention,
    MentionKind,
    PartialMention,
)
from .words import MAX_YEAR, MIN_YEAR
from .years import Years, _Context, _word_before


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all a parenthesis holds."""
    # bounded windows: a statement may be megabytes long
    return (text[max(0, start - 4):start].rstrip().endswith("(")
            and text[end:end + 4].lstrip().startswith(")"))


def _compatible(left: _Atom, right: _Atom, gap: str) -> bool:
    """Whether two atoms can stand in one range or list."""
    if left.kind == "dec" or right.kind == "dec":
        return left.kind == right.kind
    if left.bare_year != right.bare_year:
        # "1894 – 17 January 1961" is a range; a list joins only like with like
        return gap == "range" and not (left.bare_year and right.year is None)
    return True


# --- building values from chains --------------------------------------------


def _end_year(start: int, yy: int) -> int:
    """The year a two-digit end stands for: in the start's century, or the
    next one when it would not come after the start ("1998–02" is 2002)."""
    end = start // 100 * 100 + yy
    return end + 100 if end <= start else end


def _atom_value(at: _Atom, approximate: bool = False, era: bool = False) -> DateValue | None:
    """The atom's date; ``era`` when an era marks it ("480 BC"), which makes
    any year of four digits or fewer, and a three-digit decade, a date."""
    span = (at.start, at.end)
    min_year, max_year = (1, 9999) if era else (MIN_YEAR, MAX_YEAR)
    if at.kind == "dec":
        if (at.year or 0) < 1000 and not era:
            return None   # "the 470s" only with an era: "the 470s BC"
        first = decade_value(at.year or 0, span)
        if at.yy is None or first is None:
            return first
        last = decade_value(_end_year(at.year or 0, at.yy), span)
        return interval_value(first, last, span) if last else None
    if at.year is None:
        return None
    if (at.year < min_year and at.month is None) or at.year > max_year:
        return None
    if at.day2 is not None and at.month is not None and at.day is not None:
        a = day_value(at.year, at.month, at.day, span, approximate)
        b = day_value(at.year, at.month, at.day2, span)
        return interval_value(a, b, span) if a and b else None
    if at.yy is not None:
        end_year = _end_year(at.year, at.yy)
        if end_year - at.year > 99:
            return None
        a = year_value(at.year, span, approximate)
        b = year_value(end_year, span)
        return interval_value(a, b, span) if a and b else None
    made = _made(at.year, at.month, at.day if at.month is not None else None, approximate)
    return None if made is None else DateValue(made.edtf, made.precision, made.start, made.end,
                                               span, approximate)


@lru_cache(maxsize=4096)
def _made(year: int, month: int | None, day: int | None,
          approximate: bool) -> DateValue | None:
    """The day, month or year as :func:`day_value`, :func:`month_value` or
    :func:`year_value` build it (at span (0, 0)): kept for the next date of
    the same day, which then only takes its own span."""
    if day is not None and month is not None:
        return day_value(year, month, day, (0, 0), approximate)
    if month is not None:
        return month_value(year, month, (0, 0), approximate)
    return year_value(year, (0, 0), approximate)


def _bc_atom_value(at: _Atom, approximate: bool = False) -> DateValue | None:
    """The atom's date before the common era ("480 BC")."""
    v = _atom_value(at, approximate, era=True)
    return bc_value(v) if v is not None else None


def _month_day(at: _Atom) -> tuple[int, int] | None:
    """(month, day) of an atom that has no year, when some year has that day."""
    if (at.year is None and at.kind in ("dm", "md", "mdd", "bd") and at.month and at.day
            and at.day <= month_length(2000, at.month)):
        return at.month, at.day
    return None


def _complete(chain: list[_Atom]) -> None:
    """Give atoms missing a year (or month) those of the atom to their right."""
    year: int | None = None
    month: int | None = None
    for at in reversed(chain):
        if at.kind == "dec":
            year = month = None
            continue
        if at.year is None and year is not None and at.kind in ("dm", "md", "mdd", "bm", "bd"):
            at.year = year
        if at.month is None and month is not None and at.kind == "bd":
            at.month = month
        if at.year is not None:
            year = at.year
        if at.month is not None:
            month = at.month


def _cut_at_commas(text: str, chains: list[tuple[list[_Atom], list[str]]]
                   ) -> list[tuple[list[_Atom], list[str]]]:
    """The chains cut where a comma does not join a list (see `Chains._chains`)."""
    out: list[tuple[list[_Atom], list[str]]] = []
    for chain, gaps in chains:
        if "comma" not in gaps or _in_parentheses(text, chain[0].start, chain[-1].end):
            # a list that fills a parenthesis is one: "(2016, 2018)"
            out.append((chain, gaps))
            continue
        closed = False
        cut: list[int] = []
        for i in range(len(gaps) - 1, -1, -1):
            if gaps[i] == "and":
                closed = True
            elif gaps[i] == "range":
                closed = False
            elif not closed:
                cut.append(i)
        start = 0
        for i in [*sorted(cut), len(chain) - 1]:
            out.append((chain[start:i + 1], gaps[start:i]))
            start = i + 1
    return out


Rejected = list[tuple[tuple[int, int], str]]
"""Where a caller collects the numbers the year rules refused: (span, the
rejecting rule's name, as in :data:`YEAR_RULES`)."""


class Chains(Forms, Years):
    """The chains of one language: its separators, open ends and eras, and
    the reading of a chain into mentions."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        lg = language
        self.INTERVAL_OPENERS = lg.interval_openers
        self.OPEN_ENDS = lg.open_ends
        self._ERA_AFTER = rx.compile(r"\s?" + self._ERA)
        """An era right after a date: "480 BC", "the 470s BC", "AD" or "CE" after one."""
        _THE = self._THE
        qualifiers = self.PERIOD_QUALIFIERS
        self._SEPARATOR = rx.compile(
            rf"\s*(?:(?P<range>–|—|−|-|/|{alternatives(lg.range_words)})|"
            rf"(?P<and>{alternatives(lg.list_words)}"
            + "".join(rf"|,\s*{w}" for w in lg.list_words) + rf")|(?P<comma>,))\s*(?:{_THE}\s+)?"
            r"(?:(?:" + "|".join(sorted(qualifiers)) + r")\s+)?$")
        self._MAX_GAP = len(f", {max(lg.list_words, key=len)} {_THE} {max(qualifiers, key=len)} ")
        """The longest gap between two atoms that is tried against _SEPARATOR
        (", and the early "); a longer gap never joins them."""
        # "2016–present", "(2016–)", "from 2016 to the present"
        self._OPEN_END = rx.compile(
            r"\s{0,3}[–—−-]\s{0,3}(?:(?P<w>\w+)|(?P<paren>(?=\))))"
            rf"|\s(?:{alternatives(lg.open_end_leads)})\s+(?:{_THE}\s+)?(?P<w2>\w+)")
        self._APPROXIMATE_ENDS = tuple(self.APPROXIMATE_WORDS)
        self._OPEN_OR_ERA_LEADS = "–—−-" + "".join(sorted({w[0] for w in (*lg.era_bc,
                                                                          *lg.era_ad)}))
        """The characters other than spaces that `_OPEN_END` and `_ERA_AFTER` start
        with: a dash, an era's first letter ("BC", "AD", "CE")."""
        self._OPEN_OR_ERA_SECONDS = self._OPEN_OR_ERA_LEADS + "".join(
            sorted({w[0] for w in lg.open_end_leads}))
        """What may follow a first space in them: those, and the first letter of an
        open end's lead ("to", "until", "till")."""

    def _chains(self, text: str, atoms: list[_Atom]) -> list[tuple[list[_Atom], list[str]]]:
        """Group atoms joined by separators; each chain with its gap kinds.

        Gap kinds are "range" ("–", "to"), "and" ("and", "or") and "comma". A
        comma joins a list only where an "and" closes it later ("1998, 2001 and
        2005"); elsewhere ("In 2014, 1500 people") the chain is cut there.
        """
        chains: list[tuple[list[_Atom], list[str]]] = []
        comma = False
        for at in atoms:
            if chains:
                prev_atoms, gaps = chains[-1]
                last = prev_atoms[-1]
                gap = text[last.end:at.start]
                m = self._SEPARATOR.match(gap) if len(gap) <= self._MAX_GAP else None
                if m and m.lastgroup and _compatible(last, at, m.lastgroup):
                    prev_atoms.append(at)
                    gaps.append(m.lastgroup)
                    comma = comma or m.lastgroup == "comma"
                    continue
            chains.append(([at], []))
        # (a chain is cut only at a comma: without one, _cut_at_commas gives
        # the chains as they are)
        return _cut_at_commas(text, chains) if comma else chains

    def _approximate_before(self, text: str, start: int) -> bool:
        """Whether the word before ``start`` (within 16 characters, past a "(" or
        "[") is an approximate word ("c.", "circa", "about")."""
        before = text[max(0, start - 16):start].lower()
        # the word is the end of what stands before (a parenthesis aside): when that
        # ends in no approximate word, none is the word (most dates)
        tail = before.rstrip()
        if tail.endswith(("(", "[")):
            tail = tail[:-1].rstrip()
        if not tail.endswith(self._APPROXIMATE_ENDS):
            return False
        return _word_before(before, len(before))[0] in self.APPROXIMATE_WORDS

    def _nothing_after(self, text: str, end: int) -> bool:
        """Whether neither `_OPEN_END` nor `_ERA_AFTER` can match at ``end``: a
        test of one or two characters (most dates are followed by ",", "." or a
        space and a word), not two patterns."""
        c = text[end:end + 1]
        if not c:
            return True
        if not c.isspace():
            return c not in self._OPEN_OR_ERA_LEADS
        d = text[end + 1:end + 2]
        return d == "" or not (d.isspace() or d in self._OPEN_OR_ERA_SECONDS)

    def _interpret_one(self, text: str, at: _Atom,
                       rejected: Rejected | None = None) -> list[Mention]:
        """:func:`_interpret` of a chain of one atom (most chains are), without
        what only ranges and lists need: the same mentions."""
        if self._nothing_after(text, at.end):
            open_end = era = None
        else:
            open_end = self._OPEN_END.match(text, at.end)
            era = self._ERA_AFTER.match(text, at.end)
        is_open = bool(open_end and (
            open_end.group("paren") is not None
            or (open_end.group("w") or open_end.group("w2") or "").lower() in self.OPEN_ENDS))
        bc = bool(era and era.group("bc"))
        names = False
        if at.bare_year and not bc:
            ctx = self._year_context(text, at.start, at.end, at.yy is not None or is_open,
                                at.year is not None and at.year < 1000, at.start)
            if not ctx.ok:
                if rejected is not None:
                    rejected.append(((at.start, at.end), ctx.rule))
                return []
            approximate, names = ctx.approximate, ctx.names_something
        else:
            approximate = self._approximate_before(text, at.start)
        value = _bc_atom_value(at, approximate) if bc else _atom_value(at, approximate)
        if value is not None:
            if is_open and open_end and at.end == value.span[1] and not value.is_interval:
                span = (value.span[0], open_end.end())
                return [ExplicitMention(span, open_interval_value(value, span))]
            return [ExplicitMention(value.span, value, names)]
        md = _month_day(at)
        if md is None:
            return []
        # "September 3–4": the second day, when the month has it
        end = at.day2 if at.day2 and md[1] < at.day2 <= month_length(2000, md[0]) else 0
        return [PartialMention((at.start, at.end), month=md[0], day=md[1],
                        end_month=md[0] if end else 0, end_day=end)]

    def _interpret(self, text: str, chain: list[_Atom], gaps: list[str],
                   rejected: Rejected | None = None) -> list[Mention]:
        """Mentions of one chain: intervals for ranges, one each for lists; a
        chain the year rules refuse is added to ``rejected`` when given. A
        chain of one atom is read by `_interpret_one`, the others by
        `_interpret_chain`."""
        if not gaps:
            return self._interpret_one(text, chain[0], rejected)
        return self._interpret_chain(text, chain, gaps, rejected)

    def _interpret_chain(self, text: str, chain: list[_Atom], gaps: list[str],
                         rejected: Rejected | None = None) -> list[Mention]:
        """`_interpret` of any chain, one atom included (the general reading,
        which `_interpret_one` shortens for one atom: the tests compare the two)."""
        _complete(chain)
        first, last = chain[0], chain[-1]
        bare = [a for a in chain if a.bare_year]
        if self._nothing_after(text, last.end):
            open_end = era = None
        else:
            open_end = self._OPEN_END.match(text, last.end)
            era = self._ERA_AFTER.match(text, last.end)
        is_open = bool(open_end and (
            open_end.group("paren") is not None
            or (open_end.group("w") or open_end.group("w2") or "").lower() in self.OPEN_ENDS))
        is_range = "range" in gaps or first.yy is not None or is_open
        bc = bool(era and era.group("bc"))
        # the interval opener only matters to a pair joined by "and" ("between 1990 and 1995")
        opens = gaps == ["and"]
        if bc:
            # "490 BC", "from 499 to 493 BC", "April 480 BC": the era marks every
            # number of the chain as a year, and a range's end gives it to both
            ctx = _Context(True, self._approximate_before(text, first.start),
                           opener=self._opener(text, first.start) if opens else "")
        elif bare:
            # bare years alone are read as the whole chain; a bare year joined to
            # a full date ("1894 – 17 January 1961") is read by itself, as a range
            alone = not any(not a.bare_year and a.kind != "dec" for a in chain)
            ctx = self._year_context(text, first.start, last.end if alone else first.end,
                                is_range if alone else True,
                                any(a.year is not None and a.year < 1000 for a in bare),
                                first.start)
            if not ctx.ok:
                if rejected is not None:
                    rejected.append(((first.start, last.end), ctx.rule))
                return []
        else:
            # full dates: only an approximate word or an interval opener matters here
            ctx = _Context(True, self._approximate_before(text, first.start),
                           opener=self._opener(text, first.start) if opens else "")

        if opens and ctx.opener in self.INTERVAL_OPENERS:
            gaps = ["range"]

        value_of = _bc_atom_value if bc else _atom_value

        out: list[Mention] = []
        i = 0
        while i < len(chain):
            at = chain[i]
            approx = ctx.approximate and i == 0
            if i < len(gaps) and gaps[i] == "range":
                nxt = chain[i + 1]
                a, b = value_of(at, approx), value_of(nxt)
                if a is not None and b is not None:
                    iv = interval_value(a, b, (at.start, nxt.end))
                    if iv is not None:
                        out.append(ExplicitMention(iv.span, iv,
                                           ctx.names_something))
                        i += 2
                        continue
                first_day, last_day = _month_day(at), _month_day(nxt)
                if a is None and b is None and first_day and last_day and first_day < last_day:
                    # "18–20 May", "between 3 and 5 March": the year comes from context
                    out.append(PartialMention((at.start, nxt.end),
                                       month=first_day[0], day=first_day[1],
                                       end_month=last_day[0], end_day=last_day[1]))
                    i += 2
                    continue
            value = value_of(at, approx)
            if value is not None:
                out.append(ExplicitMention(value.span, value,
                                   ctx.names_something and at.bare_year))
            elif (md := _month_day(at)) is not None:
                # "September 3–4": the second day, when the month has it
                end = at.day2 if at.day2 and md[1] < at.day2 <= month_length(2000, md[0]) else 0
                out.append(PartialMention((at.start, at.end), month=md[0], day=md[1],
                                   end_month=md[0] if end else 0, end_day=end))
            i += 1

        tail = out[-1] if out else None
        if is_open and open_end and tail is not None and tail.kind is MentionKind.EXPLICIT \
                and last.end == tail.span[1] and not tail.value.is_interval:
            v = tail.value
            span = (v.span[0], open_end.end())
            out[-1] = ExplicitMention(span, open_interval_value(v, span))
        return out
