"""Mentions that are not atoms: centuries, fixed holidays, years that only an
era marks, months alone ("in April"), and relative phrases ("two weeks
later", "eight days after the landing")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .. import rx
from ..edtf import (
    bc_value,
    century_value,
    day_value,
    interval_value,
    year_value,
)
from ..lang import NEVER, Language, alternatives, letter_class, phrase_pattern
from ..model import DateValue
from .chains import Chains
from .mentions import (
    ExplicitMention,
    Mention,
    MentionKind,
    PartialMention,
    RelativeMention,
)
from .words import at_word_start
from .years import _word_before


def _moved_value(v: DateValue, delta: int) -> DateValue:
    parts = None if v.parts is None else (
        _moved_value(v.parts[0], delta), _moved_value(v.parts[1], delta))
    return DateValue(v.edtf, v.precision, v.start, v.end,
                     (v.span[0] + delta, v.span[1] + delta), v.approximate, parts)


def _moved(m: Mention, delta: int) -> Mention:
    """The same mention, ``delta`` characters further on."""
    span = (m.span[0] + delta, m.span[1] + delta)
    if m.kind is MentionKind.EXPLICIT:
        return m._replace(span=span, value=_moved_value(m.value, delta))
    return m._replace(span=span)


def unit_words(words: tuple[str, ...] | list[str]) -> str:
    """A table's words as one alternation, as :func:`crimea_cli.lang.alternatives`
    writes it, but a word followed by itself with one more letter is written
    once, that letter optional ("day", "days" → ``days?``): the same matches."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if len(nxt) == len(w) + 1 and nxt.startswith(w) and " " not in nxt:
            out.append(re.escape(w) + re.escape(nxt[-1]) + "?")
            i += 2
        else:
            out.append(phrase_pattern(w))
            i += 1
    return "|".join(out) or NEVER


def _group(alternation: str) -> str:
    """An alternation grouped where it has more than one branch ("(?:the|The)")."""
    return f"(?:{alternation})" if "|" in alternation else alternation


def same_stem(a: str, b: str) -> bool:
    """Whether two stems name one event: equal, or one a short extension of
    the other ("depart" and "departur")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def _first_characters(pattern: str, flags: int) -> str:
    """A class of the characters every match of ``pattern`` starts with
    ("[0-9TtSs…]"), or "" when the pattern does not tell (a match may be
    empty, or start with any character)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):   # another Python
        return ""
    chars: set[str] = set()

    class Unknown(Exception):
        pass

    def firsts(items: list[tuple[Any, Any]]) -> bool:
        """Adds the first characters of a sequence; whether it may match empty."""
        for op, av in items:
            name = str(op)
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue   # zero-width: the next item starts the match
            if name == "LITERAL":
                chars.add(chr(av))
                return False
            if name == "IN":
                for op2, av2 in av:
                    if str(op2) == "LITERAL":
                        chars.add(chr(av2))
                    elif str(op2) == "RANGE" and av2[1] - av2[0] < 128:
                        chars.update(chr(c) for c in range(av2[0], av2[1] + 1))
                    else:
                        raise Unknown   # a category or a negated class
                return False
            if name == "SUBPATTERN":
                _, add, _, sub = av
                if add & ~flags & re.IGNORECASE:
                    raise Unknown   # (?i:…) inside a case-sensitive pattern
                if not firsts(sub.data):
                    return False
                continue
            if name == "BRANCH":
                empty = False
                for alt in av[1]:
                    empty = firsts(alt.data) or empty
                if not empty:
                    return False
                continue
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _, sub = av
                if not firsts(sub.data) and low > 0:
                    return False
                continue
            raise Unknown
        return True

    try:
        if firsts(parsed.data):
            return ""   # a match may be empty
    except Unknown:
        return ""
    return "[" + "".join(sorted(re.escape(c) for c in chars)) + "]"


def _starts_at_word_boundary(pattern: str, flags: int) -> bool:
    """Whether every match of ``pattern`` starts at a word boundary: the
    pattern, and each branch of an alternation it starts with, begins with
    ``\\b`` (read from the pattern's parse; False when it does not tell, or
    when a group changes what a word character is)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):   # another Python
        return False
    word_flags = re.ASCII | re.LOCALE | re.UNICODE

    def starts(items: list[tuple[Any, Any]]) -> bool:
        if not items:
            return False
        op, av = items[0]
        name = str(op)
        if name == "AT":
            return str(av) == "AT_BOUNDARY"
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            return not (add | remove) & word_flags and starts(sub.data)
        if name == "BRANCH":
            return all(starts(alt.data) for alt in av[1])
        return False

    return starts(parsed.data)


def required_literals(pattern: str, flags: int = 0,
                      avoid: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Strings at least one of which every match of ``pattern`` (compiled
    with ``flags``) holds, as written in the pattern (under IGNORECASE, in any
    case), read from the pattern's parse: for a sequence, its best run of
    literal characters or required group (one holding no word of ``avoid``
    first, then the one whose shortest string is longest), for an
    alternation one from each branch. () when the pattern does not tell (a
    branch with no literal of its own).

    Worked out once per pattern and kept with the compiled patterns
    (`rx.derived`): reading a large pattern's parse takes milliseconds at
    each start (about 4 ms for the relative phrases, 3 for the award verbs,
    at the first statement that needs them)."""
    avoid_text = "\t".join(_escaped(w) for w in sorted(avoid))
    made = rx.derived("required-literals", f"{int(flags)}\n{avoid_text}\n{pattern}",
                      _required_literals_text)
    return tuple(_unescaped(w) for w in made[1:].split("\n")) if made else ()


def _escaped(word: str) -> str:
    """``word`` as a Python literal writes it, without quotes: no line break
    or tab of its own ("\\n", "\\t")."""
    return word.encode("unicode_escape").decode("ascii")


def _unescaped(text: str) -> str:
    return text.encode("ascii").decode("unicode_escape")


def _required_literals_text(source: str) -> str:
    """:func:`required_literals` of ``source`` ("flags\\navoid\\npattern", the
    words of ``avoid`` escaped and tab-separated), as text: "=" and the
    strings escaped one a line, or "" for ()."""
    flags, avoid_text, pattern = source.split("\n", 2)
    avoid = frozenset(_unescaped(w) for w in avoid_text.split("\t") if w)
    found = _read_required_literals(pattern, int(flags), avoid)
    return "=" + "\n".join(map(_escaped, found)) if found else ""


def _read_required_literals(pattern: str, flags: int,
                            avoid: frozenset[str]) -> tuple[str, ...]:
    """:func:`required_literals`, read from the pattern's parse."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):   # another Python
        return ()

    def score(found: set[str]) -> tuple[bool, int]:
        return not any(w.lower() in avoid for w in found), min(map(len, found))

    def of_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
        best: set[str] | None = None

        def consider(found: set[str] | None) -> None:
            nonlocal best
            if found and (best is None or score(found) > score(best)):
                best = found

        run: list[str] = []
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                run.append(chr(av))
                continue
            consider({"".join(run)} if run else None)
            run = []
            if name == "SUBPATTERN":
                _, add, _, sub = av
                if not add & re.IGNORECASE or flags & re.IGNORECASE:
                    consider(of_sequence(sub.data))
            elif name == "BRANCH":
                branches = [of_sequence(alt.data) for alt in av[1]]
                if all(branches):
                    consider(set[str]().union(*(b for b in branches if b)))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _, sub = av
                if low > 0:
                    consider(of_sequence(sub.data))
            # anything else (a class, an assertion, a group reference) holds no literal
        consider({"".join(run)} if run else None)
        return best

    found = of_sequence(parsed.data)
    if not found:
        return ()
    # a literal that holds another is implied by it: keep the shorter
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


_ANCHOR_WORDS = r"[^\s,.;:()\[\]\"“”]+(?:[ ]+[^\s,.;:()\[\]\"“”]+){0,5}"
"""Up to six words after "after"/"before": the event a phrase counts from,
read by :meth:`Phrases.anchor_key`."""
_NONSPACE = rx.compile(r"\S+")
WITHIN_LONGEST = 60
"""The most days "within" a span counts as a date; a longer one is a duration
("within 100 weeks"), as months and years are."""


class Phrases(Chains):
    """The mentions of one language that are not atoms, and the event nouns
    its relative phrases count from."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        lg = language
        self.ANCHOR_ADJECTIVES = lg.anchor_adjectives
        self.ANCHOR_POSSESSIVES = lg.anchor_possessives
        self.DURATIVE_EVENTS = lg.durative_events
        self.IRREGULAR_STEMS = lg.irregular_stems
        self.MONTH_LEADS = lg.month_leads
        self.MONTH_NAME_LEADS = lg.month_name_leads
        self.ORDINAL_WORDS = ordinal_words = lg.ordinal_words
        self.RELATIVE_UNITS = lg.relative_units
        self.WITHIN_NOT_WORDS = lg.within_not_words
        _ORDINAL, _LIST_WORDS, _THE = self._ORDINAL, self._LIST_WORDS, self._THE
        _NUM, _DAY, _QUALIFIER = self._NUM, self._DAY, self._QUALIFIER
        _MONTH_NAMES = self._MONTH_NAMES
        self._check_units(lg)
        _ORDINALS = alternatives(ordinal_words)
        # "the early 13th": a qualifier that joins a month by a hyphen ("mid-",
        # a month qualifier) may join a century so too ("mid-13th", "mid 13th")
        _PERIOD = "|".join(
            phrase_pattern(q) + (r"-?\s*" if q + "-" in lg.month_qualifiers else r"\s+")
            for q in sorted(lg.period_qualifiers))
        self._CENTURY = rx.compile(
            rf"\b(?P<n1>[0-9]{{1,2}}{_ORDINAL}|" + _ORDINALS + r")"
            rf"(?:\s*(?:(?P<range>{lg.range_words[0]}|–|—|-)|{_LIST_WORDS})\s*(?:{_THE}\s+)?"
            + (rf"(?:{_PERIOD})?" if _PERIOD else "")
            + rf"(?P<n2>[0-9]{{1,2}}{_ORDINAL}|"
            + _ORDINALS + rf"))?[\s-]+(?:{alternatives(lg.century_words)})\b",
            re.IGNORECASE)
        self._AUXILIARIES = lg.auxiliaries
        self._PAST_FORMS = lg.past_forms
        """Past forms that end no "-ed": the verb of a clause after "after"."""
        self._ANCHOR_CONNECTORS = lg.anchor_connectors
        self._NEXT = frozenset(lg.next_adjectives)
        """The adjectives of the next unit ("the following year"); the others go back."""
        self._BACK = frozenset((*lg.earlier_words, *lg.before_words))
        """The words after a count that go back ("two weeks earlier", "a year before")."""
        _ADJECTIVES = alternatives((*lg.next_adjectives, *lg.previous_adjectives))
        _LATER_EARLIER = alternatives((*lg.later_words, *lg.earlier_words))
        _BEFORE_AFTER = alternatives((*lg.before_words, *lg.after_words))
        _DIRECTIONS = alternatives(lg.anchor_directions)
        _THE_ANY = _group(alternatives(dict.fromkeys((_THE, _THE[:1].upper() + _THE[1:]))))
        _OF = phrase_pattern(lg.of_word)
        _COUNT = rf"{_NUM}|[0-9]{{1,3}}" if _NUM else "[0-9]{1,3}"
        _ADJACENT = unit_words(lg.adjacent_units)
        _COUNTED = unit_words(lg.counted_units)
        _CLAUSE_END = r"(?=\s*(?:[,.;:)]|$))"
        _SAME = phrase_pattern(lg.same_word)
        _FILLERS = "".join(rf"(?:{phrase_pattern(w)}\s+)?" for w in lg.same_fillers)
        _NOT_NAMED = alternatives((lg.of_word, *lg.possessive_endings))
        _SAME_LEADS = _group(alternatives(lg.same_leads))
        _END_DIRECTIONS = alternatives(lg.clause_end_directions)
        _PARTS = _group(alternatives(lg.period_part_nouns))
        _BASE = _group(alternatives(lg.base_determiners))
        self._RELATIVE = rx.compile(rf"""
  \b{_THE_ANY}\s+(?P<adj>{_ADJECTIVES})
      \s+(?P<u1>{_ADJACENT})\b(?!\s*(?:{_NOT_NAMED}))
| \b{_SAME_LEADS}\s+{_FILLERS}(?P<u2>{unit_words(lg.same_units)})\b(?!\s*{_OF})
| \b(?P<num>{_COUNT})\s+(?P<u3>{_COUNTED})\s+
      (?P<dir>{_LATER_EARLIER})\b
| \b(?P<num5>{_COUNT})\s+(?P<u5>{_COUNTED})\s+
      (?P<dir5>{_BEFORE_AFTER}){_CLAUSE_END}
| \b{_THE_ANY}\s+(?P<u4>{unit_words(lg.clause_end_units)})
      \s+(?P<dir4>{_END_DIRECTIONS}){_CLAUSE_END}
| \b{_PARTS}\s+{_OF}\s+{_BASE}\s+(?:{_SAME}\s+)?
      (?P<u6>{unit_words(lg.period_units)})\b
| \b{_THE_ANY}\s+(?P<u7>{unit_words(lg.following_units)})\s+{phrase_pattern(lg.following_word)}\b
      (?!\s+(?:{alternatives(lg.following_not_before)})\b)
| (?-i:\b(?P<mon>{self._MONTH_FULL}))\s+{_OF}\s+(?:{alternatives(lg.month_year_leads)}|
      {_THE}\s+(?P<adj8>{_ADJECTIVES}))\s+(?P<u8>{unit_words(lg.month_year_units)})\b
| \b{lg.within_word}\s+(?P<num11>{_COUNT})\s+(?P<u11>{unit_words(tuple(lg.within_units))})\b
      (?!\s+(?:{alternatives(lg.within_not_followers)})\b)
| \b(?:(?P<num9>{_COUNT})\s+(?P<u9>{_COUNTED})
      |{_THE_ANY}\s+(?P<u10>{_ADJACENT}))
      \s+(?P<dir9>{_DIRECTIONS})\s+(?P<anc>{_ANCHOR_WORDS})
""", re.VERBOSE | re.IGNORECASE)
        self._ERA_SHORT = rx.compile(
            r"(?<![\w.,])(?:" + alternatives(sorted(lg.era_before_year, key=len, reverse=True))
            + r")\s?(?P<y1>[0-9]{1,2})(?![\w]|[.,][0-9])"
            r"|(?<![\w.,/-])(?P<y2>[0-9]{1,2})\s?" + self._ERA)
        """One- and two-digit years, which only an era marks as years: "AD 9",
        "9 AD", "44 BC"."""
        self._MONTH_ALONE = rx.compile(
            at_word_start(_MONTH_NAMES.split("|"))
            + rf"\b(?!\.?\s*(?:[0-9]{{3,4}}(?![0-9])|{_DAY}))")
        """A month name with no day or year after it: a candidate month-only date."""
        self._MONTH_LEAD = rx.compile(
            r"(?i:(?:^|(?<=[\s(\[]))(?P<lead>"
            + ("|".join(sorted(self.MONTH_LEADS, key=lambda w: (-len(w), w))) or NEVER)
            + r")\s+(?:(?P<q1>" + _QUALIFIER + r")\s*)?|(?:^|(?<=[\s(\[]))(?P<q2>" + _QUALIFIER
            + r")\s*)$")
        """What must stand before a month alone: a lead, a qualifier, or both."""
        self._MONTH_NEXT = rx.compile(
            rf"\s*(?:(?P<range>–|—|-|{self._RANGE_WORDS})|(?P<list>{_LIST_WORDS}|,"
            rf"|,\s*{self._AND}))\s*"
            r"(?:(?:" + _QUALIFIER + r")\s*)?(?P<m>" + _MONTH_NAMES + r")\b"
            r"(?!\.?\s*(?:[0-9]{3,4}(?![0-9])|" + _DAY + "))")
        """A second month joined to the first: "from May to November", "in May and June"."""
        self._HOLIDAY = rx.compile(
            r"\b(?P<h>" + alternatives(lg.holidays).replace("'", "['’]") + ")"
            rf"(?:\s+{lg.of_word})?,?\s+(?P<y>[0-9]{{4}})(?![0-9])")
        """A fixed-date holiday with its year: "Christmas 1914" is 25 December 1914."""
        self._HOLIDAY_DAYS = {name.lower(): day for name, day in lg.holidays.items()}
        self._WITHIN_NOT = rx.compile(
            r"(?:\b(?:" + ("|".join(sorted(self.WITHIN_NOT_WORDS, key=lambda w: (-len(w), w)))
                           or NEVER)
            + r")|^(?:" + ("|".join(sorted(w.title() for w in lg.within_not_openers)) or NEVER)
            # a plan: "was to take effect within a week" ("returned to power within a
            # week", "close to starvation" are none)
            + rf")|\b(?:{alternatives(lg.plan_copulas)})\s+{phrase_pattern(lg.infinitive_word)}"
            rf"\s+{letter_class(lg.small_letters)}+)\b[^.;:!?()]*$")
        """A word before "within a week" in its clause that makes it no date: an
        obligation, a plan, a condition, a negation ("were ordered to leave
        within a week", "did not fall within a week", "was to take effect within
        a week"). Case-sensitive: "Will Hartley's battalion", "Given the
        shortages" and the month "May" are none of these; "If", "Should", "No" …
        open a statement."""
        self._WITHIN_AND = rx.compile(rf"\b{self._AND}\s+$")
        """A clause of its own: "He was told of the defeat and within a week he resigned"."""
        self._WITHIN_VAGUE = rx.compile(rf"\s+(?:{alternatives(lg.within_vague_words)})\s")
        """A span with another after it: "within a week or two", "within a week to ten days"."""
        units = self._unit_words(lg)
        found = [u for u in units if not any(o != u and u.startswith(o) for o in units)]
        self._UNIT_WORD = rx.compile(at_word_start(map(re.escape, found)) if found else NEVER)
        """Where a relative phrase can be: a unit word of any table, at the
        start of a word ("year" finds "years"; not "Sunday")."""
        endings = sorted({u[len(o):] for u in units for o in found if u != o and u.startswith(o)})
        _ENDING = (re.escape(endings[0]) + "?" if len(endings) == 1 and len(endings[0]) == 1
                   else f"(?:{alternatives(endings)})?" if endings else "")
        self._ANCHOR_AHEAD = rx.compile(rf"{_ENDING}\s+(?:{_DIRECTIONS})\s")
        """After a unit word found, the rest of a longer one and what leads a
        named event ("days after the landing"): only then is the window long
        enough for the event's words."""
        self._STEM_SUFFIXES = tuple(lg.stem_suffixes.items())
        self._SILENT = lg.stem_silent_ending
        self._LIGHT_VERBS = tuple(tuple(v.split(" ")) for v in lg.light_verbs)
        self._THE_WORD = _THE
        self._OF_WORD = lg.of_word
        self._PAST_ENDING = lg.past_ending
        self._BETWEEN = lg.between_word
        self._WITHIN_DAYS = {w.lower(): n for w, n in lg.within_units.items()}
        self.anchor_stem: Callable[[str], str] = lru_cache(maxsize=4096)(self._anchor_stem)
        """:meth:`_anchor_stem`, kept for the words last asked."""
        self._scan_built: re.Pattern[str] | None = None
        self._literals_built: tuple[str, ...] | None = None

    @staticmethod
    def _unit_words(lg: Language) -> list[str]:
        """Every unit word a relative phrase may hold, lower-cased, in table order."""
        return list(dict.fromkeys(w.lower() for w in (
            *lg.relative_units, *lg.counted_units, *lg.within_units, *lg.month_year_units)))

    @staticmethod
    def _check_units(lg: Language) -> None:
        """Every unit a relative phrase reads is a key of ``relative_units``,
        whose value its date takes: a ValueError names one that is not."""
        for table in ("adjacent_units", "same_units", "counted_units", "clause_end_units",
                      "period_units", "following_units"):
            for w in getattr(lg, table):
                if w.lower() not in lg.relative_units:
                    raise ValueError(f"language {lg.code!r}: {table} holds {w!r}, "
                                     "which relative_units does not give a unit")

    def _ordinal(self, s: str) -> int:
        s = s.lower()
        return (self.ORDINAL_WORDS[s] if s in self.ORDINAL_WORDS
                else int(s.rstrip(self._ORDINAL_LETTERS)))

    def _centuries(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        for m in self._CENTURY.finditer(text):
            era = self._ERA_AFTER.match(text, m.end())
            bc = bool(era and era.group("bc"))

            def value(g: str, m: re.Match[str] = m, bc: bool = bc) -> DateValue | None:
                v = century_value(self._ordinal(m.group(g)), m.span(g))
                return bc_value(v) if v is not None and bc else v

            if m.group("n2") and (m.group("range")
                                  or self._opener(text, m.start()) in self.INTERVAL_OPENERS):
                # "the 13th–17th centuries", "between the 12th and 14th centuries"
                a, b = value("n1"), value("n2")
                iv = interval_value(a, b, (m.start("n1"), m.end("n2"))) if a and b else None
                if iv is not None:
                    out.append(ExplicitMention(iv.span, iv))
                    continue
            for g in ("n1", "n2"):
                if m.group(g):
                    v = value(g)
                    if v is not None:
                        out.append(ExplicitMention(m.span(g), v))
        return out

    def _holidays(self, text: str) -> list[Mention]:
        """ "Christmas 1914", "New Year's Day 1900": the holiday's day of that year."""
        out: list[Mention] = []
        for m in self._HOLIDAY.finditer(text):
            name = " ".join(m.group("h").lower().replace("’", "'").split())
            month, day = self._HOLIDAY_DAYS[name]
            v = day_value(int(m.group("y")), month, day, m.span())
            if v is not None:
                out.append(ExplicitMention(m.span(), v))
        return out

    def _short_era_years(self, text: str) -> list[Mention]:
        """ "AD 9", "44 BC": years of one or two digits, marked by their era."""
        out: list[Mention] = []
        for m in self._ERA_SHORT.finditer(text):
            g = "y1" if m.group("y1") else "y2"
            if g == "y2" and not m.group("bc") and (
                    _word_before(text, m.start())[0].lower() not in self.YEAR_PREPOSITIONS):
                continue   # "in 9 AD", not "Route 66 AD hoc"
            v = year_value(int(m.group(g)), m.span(g))
            if v is None:
                continue
            if m.group("bc"):
                v = bc_value(v)
            out.append(ExplicitMention(m.span(g), v))
        return out

    def _month_mentions(self, text: str) -> list[Mention]:
        """Months named alone after a lead or qualifier ("in April", "by early
        October", "the end of March"): partial mentions with ``day`` 0, the year
        left to the context; "from May to November" is one, a range."""
        out: list[Mention] = []
        first = self._MONTH_ALONE.search(text)
        if first is None:
            return out   # (most statements: no month named alone)
        taken = 0
        for m in self._MONTH_ALONE.finditer(text, first.start()):
            if m.start() < taken:
                continue
            lead = self._MONTH_LEAD.search(text, max(0, m.start() - 28), m.start())
            end = m.end()
            chained = self._MONTH_NEXT.match(text, end)
            if lead is None and not (chained and chained.group("range")):
                continue   # a month alone needs a lead, unless a range joins it to another
            word = (lead.group("lead") or "").lower() if lead else ""
            nxt = text[m.end():m.end() + 2].lstrip()
            if (lead and word in self.MONTH_NAME_LEADS and not lead.group("q1")
                    and nxt[:1].isupper()):
                continue   # "a song by June Carter"
            month = self.MONTHS[m.group()]
            if chained and (chained.group("range") or word == self._BETWEEN):
                # "from May to November", "between May and July"; a range that
                # wraps ("from October to March") ends the next year
                out.append(PartialMention((m.start(), chained.end()), month=month,
                                   end_month=self.MONTHS[chained.group("m")]))
                taken = chained.end()
                continue
            out.append(PartialMention(m.span(), month=month))
            while chained:   # "in May and June", "in May, June or July"
                out.append(PartialMention(chained.span("m"),
                                   month=self.MONTHS[chained.group("m")]))
                end = chained.end()
                chained = self._MONTH_NEXT.match(text, end)
                if chained and chained.group("range"):
                    break
            taken = end
        return out

    def _anchor_stem(self, word: str) -> str:
        """The stem an event noun shares with its verb: "landing" and "landed"
        are "land", "invasion" and "invaded" "invad", "fell" is "fall"."""
        w = word.lower().replace("’", "'")
        if w in self.IRREGULAR_STEMS:
            return self.IRREGULAR_STEMS[w]
        for suffix, rest in self._STEM_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[:len(w) - len(suffix)] + rest
                break
        silent = self._SILENT
        return w[:-len(silent)] if silent and w.endswith(silent) and len(w) > 3 else w

    def anchor_key(self, phrase: str) -> tuple[tuple[str, ...], int] | None:
        """What "N days after PHRASE" counts from, and how many characters of
        ``phrase`` name it; None when it names no event that a date could have.

        "the landing" is ("land",); "the fall of Paris" ("fall", "paris"); "the
        Battle of Midway" and "Pearl Harbor" are names ("", "battle", "midway").
        Possessives ("his death"), durations ("the war": it is counted from its
        end, seldom dated), dates and bare lower-case words give None.
        """
        words = [(w.group(), w.end()) for w in _NONSPACE.finditer(phrase)]
        first = words[0][0] if words else ""
        if (not first or first.lower() in self.ANCHOR_POSSESSIVES or not first[:1].isalpha()
                or first.rstrip(".") in self.MONTHS):
            return None
        i = 0
        the, of = self._THE_WORD, self._OF_WORD
        if first.lower() == the:
            i = 1
            while i < len(words) and (
                    words[i][0].lower() in self.ANCHOR_ADJECTIVES
                    or (words[i][0][:1].isupper() and i + 1 < len(words)
                        and words[i + 1][0][:1].islower() and words[i + 1][0] != of)):
                i += 1   # "the first landing", "the Allied landing"
            if i >= len(words):
                return None
            head = words[i][0]
            if head[:1].islower():
                verb = words[i + 1][0] if i + 1 < len(words) else ""
                if verb in self._AUXILIARIES:
                    return None   # "after the king was crowned": too far to read
                light = any(tuple(w for w, _ in words[i + 1:i + 1 + len(v)]) == v
                            for v in self._LIGHT_VERBS)
                ending = self._PAST_ENDING
                if not light and head.isalpha() and verb.isalpha() and verb.islower() and (
                        (verb.endswith(ending) and len(verb) > len(ending) + 2)
                        or verb in self.IRREGULAR_STEMS
                        or verb in self._PAST_FORMS):
                    # a clause: "after the king arrived", "after the war ended"
                    return (self.anchor_stem(verb), head.lower()), words[i + 1][1]
                if not head.isalpha() or head in self.DURATIVE_EVENTS:
                    return None
                names, end, j = [], words[i][1], i + 1
                if j < len(words) and words[j][0] == of:   # "the fall of (the) Paris"
                    j += 1 + (j + 1 < len(words) and words[j + 1][0] == the)
                    while j < len(words) and words[j][0][:1].isupper() and words[j][0].isalpha():
                        names.append(words[j][0].lower())
                        end = words[j][1]
                        j += 1
                return (self.anchor_stem(head), *names), end
        elif not first[:1].isupper():
            return None
        names, end = [], 0
        while i < len(words):
            w = words[i][0]
            if w[:1].isupper() and w.replace("-", "").isalpha():
                names.append(w.lower())
                end = words[i][1]
            elif not (w in self._ANCHOR_CONNECTORS and names and i + 1 < len(words)
                      and words[i + 1][0][:1].isupper()):
                break
            i += 1
        if not names or any(n in self.DURATIVE_EVENTS for n in names):
            return None   # "the Siege of Leningrad" lasts
        return ("", *names), end

    def _relative_scan(self) -> re.Pattern[str]:
        """``_RELATIVE`` behind a look-ahead of the characters its matches start
        with (and a ``\\b`` when each starts at one): the same matches, found
        about twice as fast (re tries the alternation only where a match can
        start). Built at first use."""
        scan = self._scan_built
        if scan is None:
            scan = self._scan_built = self._build_relative_scan()
        return scan

    def _build_relative_scan(self) -> re.Pattern[str]:
        # (worked out once from the pattern, and kept with the compiled patterns)
        flags = self._RELATIVE.flags
        first = rx.derived("first-characters", f"{flags}:{self._RELATIVE.pattern}",
                           lambda source: _first_characters(source.partition(":")[2], flags))
        if not first:
            return self._RELATIVE
        # When every branch starts with \b (as the relative phrases do), the
        # scan tests it first: re leaves a position inside a word at once,
        # not after trying each branch there (the same matches; over the
        # corpus's windows, 10.6 -> 8.5 ms).
        boundary = rx.derived("starts-at-word-boundary", f"{flags}:{self._RELATIVE.pattern}",
                              lambda source: "\\b" if _starts_at_word_boundary(
                                  source.partition(":")[2], flags) else "")
        # (a verbose pattern may end in a comment: the group closes on a line of its own)
        end = "\n" if self._RELATIVE.flags & re.VERBOSE else ""
        return rx.compile(f"{boundary}(?={first})(?:{self._RELATIVE.pattern}{end})",
                          self._RELATIVE.flags)

    def _relative_literals(self) -> tuple[str, ...]:
        """What every ``_RELATIVE`` match holds besides its unit word, lower-cased
        ("later", "following", "same", "after" …): a window around a unit word
        of lower-cased ASCII text without any is not searched. Built at first use."""
        found = self._literals_built
        if found is None:
            found = self._literals_built = self._build_relative_literals()
        return found

    def _build_relative_literals(self) -> tuple[str, ...]:
        units = frozenset(self._unit_words(self.language))
        found = required_literals(self._RELATIVE.pattern, self._RELATIVE.flags, avoid=units)
        lowered = {w.lower() for w in found}
        return () if not found or lowered & units else tuple(sorted(lowered))

    def _relative_matches(self, text: str, low: str) -> list[re.Match[str]]:
        """``_RELATIVE`` matches, searched only in windows around unit words (on
        ASCII text, only in windows that hold one of `_relative_literals`)."""
        out: list[re.Match[str]] = []
        taken = 0
        relative = self._relative_scan()
        literals = self._relative_literals() if text.isascii() else ()
        for u in self._UNIT_WORD.finditer(low):
            lo = max(taken, u.start() - 40)
            hi = u.end() + (64 if self._ANCHOR_AHEAD.match(low, u.end()) else 24)
            if literals:
                window = low[lo:hi]
                for word in literals:
                    if word in window:
                        break
                else:
                    continue   # no word a phrase needs
            for m in relative.finditer(text, lo, min(len(text), hi)):
                if m.start() <= u.start() < m.end() and m.start() >= taken:
                    out.append(m)
                    taken = m.end()
                if m.end() > u.start():
                    break   # the matches after this one start past the unit word: none holds it
        return out

    def _relatives(self, text: str, low: str) -> list[Mention]:
        out: list[Mention] = []
        for m in self._relative_matches(text, low):
            if m.group("u1"):
                unit = self.RELATIVE_UNITS[m.group("u1").lower()]
                sign = 1 if m.group("adj").lower() in self._NEXT else -1
                amount = sign
            elif m.group("u2"):
                unit, amount = self.RELATIVE_UNITS[m.group("u2").lower()], 0
            elif m.group("u3") or m.group("u5"):
                num = (m.group("num") or m.group("num5")).lower()
                n = int(num) if num.isdigit() else self.NUMBER_WORDS[num]
                unit = self.RELATIVE_UNITS[(m.group("u3") or m.group("u5")).lower()]
                direction = (m.group("dir") or m.group("dir5")).lower()
                amount = -n if direction in self._BACK else n
            elif m.group("u6"):   # "by the end of the month": that month
                unit, amount = self.RELATIVE_UNITS[m.group("u6").lower()], 0
            elif m.group("u7"):   # "the day following"
                unit, amount = self.RELATIVE_UNITS[m.group("u7").lower()], 1
            elif m.group("anc") is not None:   # "eight days after the landing"
                key = self.anchor_key(m.group("anc"))
                if key is None:
                    continue   # "two months after his death": no date to count from
                if m.group("u10"):
                    unit, n = self.RELATIVE_UNITS[m.group("u10").lower()], 1
                else:
                    num = m.group("num9").lower()
                    n = int(num) if num.isdigit() else self.NUMBER_WORDS[num]
                    unit = self.RELATIVE_UNITS[m.group("u9").lower()]
                amount = -n if m.group("dir9").lower() in self._BACK else n
                if unit == "week":
                    unit, amount = "day", amount * 7
                out.append(RelativeMention((m.start(), m.start("anc") + key[1]),
                                   unit=unit, amount=amount, anchor=key[0]))
                continue
            elif m.group("u8"):   # "November of the same year": a month of that year
                adj = (m.group("adj8") or "").lower()
                amount = 0 if not adj else (1 if adj in self._NEXT else -1)
                out.append(RelativeMention(m.span(), unit="year", amount=amount,
                                   month=self.MONTHS[m.group("mon")]))
                continue
            elif m.group("u11"):   # "within a week": from the base to a week after it
                if (self._WITHIN_NOT.search(text, max(0, m.start() - 60), m.start())
                        and not self._WITHIN_AND.search(text, max(0, m.start() - 8), m.start())):
                    continue   # "ordered to leave within a week": not what happened
                if self._WITHIN_VAGUE.match(text, m.end()):
                    continue   # "within a week or two": no end to give
                num = m.group("num11").lower()
                n = int(num) if num.isdigit() else self.NUMBER_WORDS[num]
                days = n * self._WITHIN_DAYS[m.group("u11").lower()]
                if 0 < days <= WITHIN_LONGEST:
                    out.append(RelativeMention(m.span(), unit="day", amount=days,
                                       within=True))
                continue
            else:
                unit = self.RELATIVE_UNITS[m.group("u4").lower()]
                amount = -1 if m.group("dir4").lower() in self._BACK else 1
            if unit == "week":
                unit, amount = "day", amount * 7
            out.append(RelativeMention(m.span(), unit=unit, amount=amount))
        return out
