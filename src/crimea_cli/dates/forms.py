"""The atom grammar: `Forms.FORMS`, one row per form of single date expression
("5 May 1986", "May 5, 1986", "1990s", a bare number, a month or day that
starts a range), and the scan that finds a statement's atoms with it."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import MethodType
from typing import NamedTuple

from .. import rx
from ..lang import Language, letter_class
from .words import _NOT_AFTER_NUMBER, _YEAR, Words


class _Atom:
    """One matched date expression; year/month/day may be None until chained."""

    __slots__ = (
        "bare_year",
        "day",
        "day2",
        "end",
        "kind",
        "month",
        "start",
        "year",
        "yy",
    )

    def __init__(self, start: int, end: int, kind: str, year: int | None = None,
                 month: int | None = None, day: int | None = None) -> None:
        self.start, self.end, self.kind = start, end, kind
        self.year, self.month, self.day = year, month, day
        self.yy: int | None = None
        self.day2: int | None = None
        self.bare_year = kind == "yr"


def _heads_apart(heads: list[str]) -> bool:
    """Whether the atom scan, looking for ``heads`` (the first letters of the
    months), meets each one wherever it stands: none starts with a digit (the
    run of digits would be met there instead), and no head starts inside a
    head and runs to or past its end ("Mar" and "arc" in "Marc", "Jan" and
    "nov" in "Janov": the scan's matches do not overlap). A shorter head
    lying strictly inside a longer one ("a" in "Xab") is not looked for:
    heads of one length, as the months' are, cannot lie so."""
    return not any(h[:1] in "0123456789" or any(h[i:] == o[:len(h) - i] for o in heads
                                                for i in range(1, len(h)))
                   for h in heads)


class Form(NamedTuple):
    """One form of date expression the atom scan reads (a row of `Forms.FORMS`).

    Its pattern is one alternative of the scan, in a group named ``name``:
    the match is dispatched on that name (``Match.lastgroup``) to ``build``
    (a method of :class:`Forms`: the grammar, the match, its start and end).
    ``start`` says where the form is tried: at a run of digits ("digit"), at
    a month name ("month"), or at a day that may start a run of days ending
    at a month ("day-run"). ``example`` is an English text that starts with
    the form (the whole of it, but for the forms that look ahead: "bd",
    "bm"), and ``reads`` the (year, month, day) of the atoms the form gives
    there: a test checks every row of English's grammar. ``digits``, for a
    form that starts at digits, is how many digits the run it starts with
    has (fewest, most): a day has one or two, a year three or four; at a run
    of digits only the forms whose ``digits`` hold its length are tried.
    """

    name: str
    start: str
    example: str
    reads: tuple[tuple[int | None, int | None, int | None], ...]
    pattern: str
    build: Callable[[Forms, re.Match[str], int, int], list[_Atom]]
    digits: tuple[int, int] = (0, 0)


class Forms(Words):
    """The atom forms of one language and the scan that reads them."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        _MON, _DAY, _AND, _SEP_AHEAD = self._MON, self._DAY, self._AND, self._SEP_AHEAD
        # A day that starts a run of days ending at a month ("12, 13 and 14
        # May"): the first days of the run are "bd" atoms. Where the digit
        # forms find nothing (nothing else can start at a one- or two-digit
        # number), _day_run_ends_at_month walks the run once, one separator
        # and day at a time, and remembers the answer for every day it
        # passed: a long list of numbers with no month after it ("1, 2, 3, …
        # 4000") costs linear time, not a scan to its end per number.
        self._RUN_STEP = rx.compile(rf"{_SEP_AHEAD}{self._RUN_DAY}")
        self._OF = _OF = re.escape(language.of_word)
        self._RUN_END = rx.compile(rf"(?:\s+{_OF})?\s+{_MON}")
        _FOLLOWERS = "|".join(re.escape(w) for w in language.month_day_followers)
        _CAPITAL = letter_class(language.capital_letters)
        F = Forms
        self.FORMS: tuple[Form, ...] = (
            # digit forms; within each start, the order is the priority: longer first
            Form("iso", "digit", "1994-11-08", ((1994, 11, 8),),
                 rf"""{_NOT_AFTER_NUMBER}(?<!-)(?P<iso_y>[0-9]{{4}})-(?P<iso_m>0[1-9]|1[0-2])
      -(?P<iso_d>[0-3][0-9])(?![0-9-])""", F._iso, (4, 4)),
            Form("ddmy", "digit", "18–20 May 1944", ((1944, 5, 18),),
                 rf"""{_NOT_AFTER_NUMBER}(?P<ddmy_d1>{_DAY})\s*[–—−-]\s*(?P<ddmy_d2>{_DAY})
      \s+(?P<ddmy_m>{_MON}),?\s+(?P<ddmy_y>{_YEAR})""", F._ddmy, (1, 2)),
            Form("dmy", "digit", "5th of May 1986", ((1986, 5, 5),),
                 rf"""{_NOT_AFTER_NUMBER}(?P<dmy_d>{_DAY})(?:\s+{_OF})?\s+(?P<dmy_m>{_MON}),?\s+
      (?P<dmy_y>{_YEAR})""", F._dmy, (1, 2)),
            Form("dm", "digit", "21 May", ((None, 5, 21),),
                 rf"{_NOT_AFTER_NUMBER}(?P<dm_d>{_DAY})(?:\s+{_OF})?\s+(?P<dm_m>{_MON})",
                 F._dm, (1, 2)),
            Form("dec", "digit", "1930s–40s", ((1930, None, None),),
                 rf"""{_NOT_AFTER_NUMBER}(?P<dec_y>[0-9]{{2,3}}0)['’]?s
      (?:[–—−-]['’]?(?P<dec_yy>[0-9]0)['’]?s)?\b""", F._dec, (3, 4)),
            Form("yr", "digit", "1999/2000", ((1999, None, None),),
                 rf"""{_NOT_AFTER_NUMBER}(?P<yr_y>{_YEAR})(?:[–—−/-](?P<yr_yy>[0-9]{{2}})(?![0-9])
      |/(?P<yr_y4>[0-9]{{4}})(?![0-9]))?""", F._yr, (3, 4)),
            Form("bd", "day-run", "12, 13 and 14 May", ((None, None, 12),),
                 rf"{_NOT_AFTER_NUMBER}(?P<bd_d>{_DAY})", F._bd, (1, 2)),
            # month forms
            Form("mddy", "month", "September 3–4, 1939", ((1939, 9, 3),),
                 rf"""(?P<mddy_m>{_MON})\s+(?P<mddy_d1>{_DAY})\s*[–—−-]\s*(?P<mddy_d2>{_DAY}),?\s+
      (?P<mddy_y>{_YEAR})""", F._mddy),
            Form("mday", "month", "May 4 and 5, 1970", ((1970, 5, 4), (1970, 5, 5)),
                 rf"""(?P<mday_m>{_MON})\s+(?P<mday_d1>{_DAY})\s+(?:{_AND}|&)\s+(?P<mday_d2>{_DAY}),?\s+
      (?P<mday_y>{_YEAR})""", F._mday),
            Form("mdy", "month", "June 20 of 1791", ((1791, 6, 20),),
                 rf"(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_DAY}),?\s+(?:{_OF}\s+(?=[0-9]{{4}}))?(?P<mdy_y>{_YEAR})",
                 F._mdy),
            Form("my", "month", "Sept. 1957", ((1957, 9, None),),
                 rf"(?P<my_m>{_MON}),?\s+(?:{_OF}\s+(?=[0-9]{{4}}))?(?P<my_y>{_YEAR})", F._my),
            Form("mdd", "month", "September 3–4", ((None, 9, 3),),
                 rf"(?P<mdd_m>{_MON})\s+(?P<mdd_d1>{_DAY})\s*[–—−-]\s*(?P<mdd_d2>{_DAY})(?![0-9:])",
                 F._mdd),
            Form("mda", "month", "May 4 and 5", ((None, 5, 4), (None, 5, 5)),
                 rf"""(?P<mda_m>{_MON})\s+(?P<mda_d1>{_DAY})\s+(?:{_AND}|&)\s+(?P<mda_d2>{_DAY})
      (?![0-9:])(?=\s*[,.;:)–—]|\s*$|\s+(?:{_CAPITAL}|(?:{_FOLLOWERS})\b))""", F._mda),
            Form("md", "month", "May 21", ((None, 5, 21),),
                 rf"(?P<md_m>{_MON})\s+(?P<md_d>{_DAY})(?![0-9:])", F._md),
            Form("bm", "month", "August/September 1957", ((None, 8, None),),
                 rf"(?P<bm_m>{_MON})(?={_SEP_AHEAD}(?:{_MON}|{_DAY}\s)|/{_MON})", F._bm),
        )
        """The atom grammar: every form of single date expression, in priority order."""
        self._BUILD: dict[str, Callable[[re.Match[str], int, int], list[_Atom]]] = {
            f.name: MethodType(f.build, self) for f in self.FORMS}
        self._ATOM_DIGIT = self._scan("digit")
        # the digit forms that can start at a run of n digits, for each n: a
        # year is not tried as a day, nor a day as a year (over the corpus,
        # 14.9 -> 8.5 ms/MB for the digit matches; the same atoms, as the
        # forms' digits say and the atom tests check)
        self._ATOM_DIGITS: dict[int, re.Pattern[str]] = {
            n: self._scan("digit", n) for n in range(1, 1 + max(
                f.digits[1] for f in self.FORMS if f.start == "digit"))}
        self._BD_DIGITS = next(f.digits for f in self.FORMS if f.start == "day-run")
        self._ATOM_MONTH = self._scan("month")
        self._BD = self._scan("day-run")
        # Where an atom can start: a run of digits or a month name. re finds
        # these quickly; the atom expressions (alternations re cannot skip
        # through quickly) are then tried only there. The pattern starts with
        # the class of first characters, matched, and its branches tell them
        # apart by look-behinds: re skips in C to where a leading class
        # matches (it does not for a look-ahead of them, which is only
        # tried faster than the alternation at every position; over the
        # corpus's statements with a digit, 14.7 -> 10.6 ms/MB).
        months = self.MONTHS
        heads = sorted({k[:3] for k in months})
        # Every month name starts with one of the heads, so a text where the
        # scan meets no head names no month (`_atom_scan` tells). The scan
        # meets every head in the text only when no head can start inside
        # another ("Mar" and "arc" could) nor starts with a digit (the run of
        # digits would be met instead), as with English's.
        self._HEADS_APART = _heads_apart(heads)
        self._TRIGGER = rx.compile(
            "[0-9" + "".join(sorted({re.escape(k[0]) for k in months})) + "]"
            "(?:(?<=[0-9])(?P<d>[0-9]*)|(?P<m>"
            + "|".join(f"(?<={re.escape(h[0])}){re.escape(h[1:])}" for h in heads) + "))")

    def _scan(self, start: str, digits: int = 0) -> re.Pattern[str]:
        """The alternation of the forms tried at ``start``, each in its named
        group (with ``digits``, those that start at a run of that many digits)."""
        return rx.compile("\n| ".join(f"(?P<{f.name}>{f.pattern})" for f in self.FORMS
                                      if f.start == start and (
                                          not digits or f.digits[0] <= digits <= f.digits[1])),
                          re.VERBOSE)

    def _day(self, s: str) -> int:
        return int(s.rstrip(self._ORDINAL_LETTERS))

    def _month(self, s: str) -> int:
        return self.MONTHS[s.rstrip(".")]

    # --- the atom forms -------------------------------------------------------
    # One builder per form: the match of the form's pattern → its atoms.

    def _iso(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "iso", int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))]

    def _ddmy(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        at = _Atom(a, b, "ddmy", int(m["ddmy_y"]), self._month(m["ddmy_m"]),
                   self._day(m["ddmy_d1"]))
        at.day2 = self._day(m["ddmy_d2"])
        return [at]

    def _dmy(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "dmy", int(m["dmy_y"]), self._month(m["dmy_m"]),
                      self._day(m["dmy_d"]))]

    def _dm(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "dm", None, self._month(m["dm_m"]), self._day(m["dm_d"]))]

    def _dec(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        at = _Atom(a, b, "dec", int(m["dec_y"]))
        if m["dec_yy"]:   # "the 1930s–40s": the end takes the start's century
            at.yy = int(m["dec_yy"])
        return [at]

    def _yr(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        year = int(m["yr_y"])
        at = _Atom(a, b, "yr", year)
        if m["yr_yy"]:
            at.yy = int(m["yr_yy"])
        elif m["yr_y4"] and int(m["yr_y4"]) > year:   # "the 1999/2000 season"
            at.yy = int(m["yr_y4"]) - year // 100 * 100
        return [at]

    def _bd(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "bd", None, None, self._day(m["bd_d"]))]

    def _mddy(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        at = _Atom(a, b, "mddy", int(m["mddy_y"]), self._month(m["mddy_m"]),
                   self._day(m["mddy_d1"]))
        at.day2 = self._day(m["mddy_d2"])
        return [at]

    def _mday(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        # two days joined by "and", each its own atom
        year, month = int(m["mday_y"]), self._month(m["mday_m"])
        return [_Atom(a, m.end("mday_d1"), "mdy", year, month, self._day(m["mday_d1"])),
                _Atom(m.start("mday_d2"), b, "mdy", year, month, self._day(m["mday_d2"]))]

    def _mda(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        # "May 4 and 5": two days of one month, the year left to the context
        month = self._month(m["mda_m"])
        return [_Atom(a, m.end("mda_d1"), "md", None, month, self._day(m["mda_d1"])),
                _Atom(m.start("mda_d2"), b, "md", None, month, self._day(m["mda_d2"]))]

    def _mdy(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "mdy", int(m["mdy_y"]), self._month(m["mdy_m"]),
                      self._day(m["mdy_d"]))]

    def _my(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "my", int(m["my_y"]), self._month(m["my_m"]))]

    def _mdd(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        # "September 3–4", the year left to the context
        at = _Atom(a, b, "mdd", None, self._month(m["mdd_m"]), self._day(m["mdd_d1"]))
        at.day2 = self._day(m["mdd_d2"])
        return [at]

    def _md(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "md", None, self._month(m["md_m"]), self._day(m["md_d"]))]

    def _bm(self, m: re.Match[str], a: int, b: int) -> list[_Atom]:
        return [_Atom(a, b, "bm", None, self._month(m["bm_m"]))]

    def _atom_matches(self, text: str) -> list[re.Match[str]]:
        """The atoms of ``text``, left to right, none overlapping.

        The same as scanning with both atom expressions as one alternation, but
        each is tried only at the triggers where it can start.
        """
        return self._atom_scan(text)[0]

    def _atom_scan(self, text: str) -> tuple[list[re.Match[str]], bool]:
        """`_atom_matches`, and whether the scan met the first letters of a
        month anywhere in ``text`` (inside an atom too): where it met none, no
        month is named (see `_HEADS_APART`)."""
        out: list[re.Match[str]] = []
        taken = 0
        runs: dict[int, bool] = {}
        month = not self._HEADS_APART
        digits, (bd_least, bd_most) = self._ATOM_DIGITS, self._BD_DIGITS
        for t in self._TRIGGER.finditer(text):
            pos = t.start()
            if t.lastgroup == "d":
                if pos < taken:
                    continue
                run = t.end() - pos   # (the trigger is the whole run of digits)
                scan = digits.get(run)
                m = scan.match(text, pos) if scan is not None else None
                if m is None and bd_least <= run <= bd_most:
                    m = self._BD.match(text, pos)
                    if m and not self._day_run_ends_at_month(text, m.end(), runs):
                        m = None
            else:
                month = True
                if pos < taken:
                    continue
                m = self._ATOM_MONTH.match(text, pos)
            if m:
                out.append(m)
                taken = m.end()
        return out, month

    def _day_run_ends_at_month(self, text: str, end: int, runs: dict[int, bool]) -> bool:
        """Whether the day that ends at ``end`` is followed by one or more
        (separator, day) steps and then a month: "12[, 13 and 14 May]".

        ``runs`` holds the answer for every day end already walked: each day of a
        run has the same answer, so each run is walked once.
        """
        passed: list[int] = []
        found = False
        pos = end
        while pos not in runs:
            passed.append(pos)
            step = self._RUN_STEP.match(text, pos)
            if step is None:
                break
            pos = step.end()
            if self._RUN_END.match(text, pos):
                found = True
                break
        else:
            found = runs[pos]
        for p in passed:
            runs[p] = found
        return found

    def _atoms(self, text: str) -> list[_Atom]:
        return self._read_atoms(text)[0]

    def _read_atoms(self, text: str) -> tuple[list[_Atom], bool]:
        """The atoms of ``text``, and whether a month may be named in it (the
        answer of `_atom_scan`)."""
        out: list[_Atom] = []
        build = self._BUILD
        matches, month = self._atom_scan(text)
        for m in matches:
            out.extend(build[m.lastgroup or ""](m, m.start(), m.end()))
        return out, month
