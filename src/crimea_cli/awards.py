"""Article → the subject's awards (:class:`Award`).

Awards come from three places: infobox award lines (``- Awards: Nansen Medal
(1998)``), list items of award sections (``- 1998: Nansen Medal``), and award
sentences anywhere ("was awarded the …", "received the … Prize"). A sentence
counts only when the subject of the article is the one who received: prizes
others received ("which received the Nobel Peace Prize", "was awarded to the
people of Ukraine"), nominations and shortlists are not awards.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from typing import Final

from . import rx
from .dates import Mention, MentionKind, grammar
from .dates.phrases import required_literals
from .errors import check_type
from .events import (
    extract_events,
    item_mentions,
    lead_first,
    lower_matches_ignorecase,
    paren_after_name,
)
from .lang import NEVER, Language, alternatives, en
from .lang import phrase_pattern as _phrase
from .model import Article, Award, DateValue, Event, Source, Statement

# Enum members read once per statement, as module constants: on Python 3.11
# ``Source.INFOBOX`` goes through EnumType.__getattr__ (see crimea_cli.events)
_INFOBOX: Final = Source.INFOBOX
_LIST_ITEM: Final = Source.LIST_ITEM
_M_EXPLICIT: Final = MentionKind.EXPLICIT


def _either(words: tuple[str, ...]) -> str:
    """The phrases as one group (an empty table's matches nothing)."""
    return "(?:" + alternatives(words) + ")"


_TOKEN = rx.compile(r"\"[^\"]{1,60}\"|“[^”]{1,60}”|«[^»]{1,60}»|[^\W_][\w'’.\-]*|[,;:()]|\S")
_QUOTED = ("\"", "“", "«")
# Every pattern that reads on from a keyword reads at most _WINDOW characters
# (a giver, a recipient, a clause): a statement may be megabytes long and hold
# the keyword thousands of times, and a scan to its end per keyword would be
# quadratic. Names are read within 300 characters (_read_name) for the same reason.
_WINDOW = 200
_PARENTHESES = rx.compile(r"\([^()]*\)")
# (a leading "(?:(?<!\s)\s+)?" is "\s*" tried once per run of spaces, not
# at each of them: searching is linear in a long run of spaces)
_DANGLING_SEPARATOR = rx.compile(r"(?:(?<!\s)\s+)?[,;–—-]\s*\)")   # "(France, )"
_EMPTIED_PARENTHESIS = rx.compile(r"(?:(?<!\s)\s+)?\((?:\s*(?:[,;–—-]\s*)+[^()]*|\s*)\)")
_OWN_PARENTHESIS = rx.compile(r"\s{0,2}\(([^()]{0,80})\)")
_ITEM_SPLIT = rx.compile(r"(?:(?<!\s)\s+)?;\s*|(?<=\))\s*,\s*")
_COMMA_CAPITAL = rx.compile(r",\s*(?=[A-Z])")
_LEADING_DATE_SEP = rx.compile(r"\s*[:–—-]\s*")


def _subject_names(article: Article) -> set[str]:
    words = set(re.findall(r"[^\W\d_][\w'’\-]+", article.title))
    if article.infobox:
        words.update(re.findall(r"[^\W\d_][\w'’\-]+", article.infobox.name))
    return {w for w in words if w[:1].isupper() and len(w) > 2}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w\-]+|'s|’s", text)


def _connects(toks: list[re.Match[str]], i: int, the: str, joiners: tuple[str, ...]) -> bool:
    """Whether connector ``i`` leads on to a capitalised word, directly or
    through ``the`` ("Order of the British Empire"); one of ``joiners``
    before it ("and the") starts the next name of a list instead."""
    nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
    if nxt[:1].isupper():
        return True
    return (nxt == the and toks[i].group(0).lower() not in joiners and i + 2 < len(toks)
            and toks[i + 2].group(0)[:1].isupper())


def _starts(events: list[Event]) -> list[int]:
    return [e.date.span[0] for e in events]


def _closest_date(events: list[Event], pos: int, starts: list[int] | None = None,
                  taken: frozenset[tuple[int, int]] = frozenset()) -> DateValue | None:
    """The date nearest ``pos`` among a statement's events (sorted by span,
    their starts in ``starts``), leaving out the dates whose span is ``taken``:
    of the two before ``pos`` and the two after, the nearest, then the finest."""
    if starts is None:
        starts = _starts(events)
    k = bisect_left(starts, pos)
    left: list[Event] = []
    i = k - 1
    while i >= 0 and len(left) < 2:
        if events[i].date.span not in taken:
            left.append(events[i])
        i -= 1
    right: list[Event] = []
    i = k
    while i < len(events) and len(right) < 2:
        if events[i].date.span not in taken:
            right.append(events[i])
        i += 1
    near = left[::-1] + right
    if not near:
        return None
    best = min(near, key=lambda e: (abs(e.date.span[0] - pos), e.date.precision.rank))
    return best.date


def _dates_in_parentheses(text: str, pos: int, events: list[Event],
                          starts: list[int] | None = None) -> list[DateValue]:
    """The dates of the parenthesis that opens at ``pos`` (after spaces)."""
    m = _OWN_PARENTHESIS.match(text, pos)
    if not m:
        return []
    return [e.date for e in _events_within(events, m.start(1), m.end(1), starts)]


def _events_within(events: list[Event], lo: int, hi: int,
                   starts: list[int] | None = None) -> list[Event]:
    """The events (sorted by span) that start in [lo, hi): found by bisection,
    so that a statement with many dates and many names stays linear."""
    if starts is None:
        starts = _starts(events)
    return events[bisect_left(starts, lo):bisect_left(starts, hi)]


def _listed_dates(text: str, lo: int, hi: int, events: list[Event],
                  starts: list[int] | None = None) -> list[DateValue | None]:
    """The dates of the first parenthesis in ``text[lo:hi]`` when it holds more
    than one: each is an award of its own ("Order of Princess Olga (2010,
    2014)"); [] otherwise."""
    open_ = text.find("(", lo, hi)
    own = _dates_in_parentheses(text, open_, events, starts) if open_ >= 0 else []
    return list(own) if len(own) > 1 else []


def _stems(words: tuple[str, ...], shortest: int = 4) -> tuple[str, ...]:
    """Beginnings of ``words``, one of which each word begins with: words
    that share a beginning of ``shortest`` characters or more are taken by
    it ("award" for "awarded" and "awards"); a text holding none of the
    result holds none of ``words``."""
    out: list[str] = []
    for w in sorted(words):   # (words that share a beginning sort together)
        last = out[-1] if out else ""
        n = 0
        while n < min(len(last), len(w)) and last[n] == w[n]:
            n += 1
        if n >= shortest:
            out[-1] = last[:n]
        else:
            out.append(w)
    return tuple(out)


_LOOK = 40
"""How far _strip_dates reads around a date for its parenthesis and separators."""


def _kept_after(text: str, pos: int, gone: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Up to _LOOK characters of ``text`` from ``pos`` that are not in a
    ``gone`` range (sorted, leftmost last, all at or after ``pos``), and for
    each k the offset in ``text`` where the first k of them end (ends[0] is
    ``pos``)."""
    chars: list[str] = []
    ends = [pos]
    i = len(gone) - 1
    p = pos
    while len(chars) < _LOOK and p < len(text):
        if i >= 0 and gone[i][0] <= p:
            p = max(p, gone[i][1])
            i -= 1
            continue
        stop = min(gone[i][0] if i >= 0 else len(text), p + _LOOK - len(chars))
        for q in range(p, stop):
            chars.append(text[q])
            ends.append(q + 1)
        p = stop
    return "".join(chars), ends


def _agree(a: DateValue | None, b: DateValue | None) -> bool:
    """Whether two award dates can be the same date (one within the other)."""
    if a is None or b is None:
        return True
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _finer(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None or b is None:
        return a or b
    return b if (b.end - b.start) < (a.end - a.start) else a


def _dedupe(awards: list[Award], the: str) -> list[Award]:
    """One award per (name, date): the same name with agreeing dates is merged
    (after the article ``the``), keeping the first name and the finer date."""
    the = the + " "
    out: list[Award] = []
    for aw in awards:
        key = aw.name.casefold().removeprefix(the)
        # an article lists tens of awards; past 200, compare with the latest only
        for i in range(max(0, len(out) - 200), len(out)):
            seen = out[i]
            other = seen.name.casefold().removeprefix(the)
            if _agree(aw.date, seen.date) and (key in other or other in key):
                out[i] = Award(seen.name, _finer(seen.date, aw.date),
                               seen.conferred_by or aw.conferred_by, seen.statement,
                               seen.article)
                break
        else:
            out.append(aw)
    return out


class AwardFinder:
    """The award finder of one language: every pattern and table it reads,
    built from the language's tables (see :func:`finder`), and the rules
    that read them."""

    def __init__(self, language: Language) -> None:
        self.language = lg = language
        self._DATES = grammar(language)
        """The date grammar of the language (for the dates of a name)."""
        self._THE = lg.definite_article
        self._JOINERS = (lg.list_words[0], "&")
        """What joins two names of a list ("and the Y Medal")."""
        self._ARTICLE = "(?:" + "|".join(_phrase(w) + r"\s+" for w in lg.indefinite_articles) + ")?"
        self._QUALIFIER = "|".join(_phrase(w) + r"\s+" for w in lg.recipient_qualifiers)
        self._AWARD_VERBS = (
            *(_phrase(p) for p in lg.award_verbs),
            # "has been a co-laureate of", "became the first recipient of", "a two-time winner of"
            rf"{_either(lg.laureate_copulas)}\s+{self._ARTICLE}{_either(lg.laureate_words)}\s+"
            rf"{_phrase(lg.of_word)}",
            rf"{_either(lg.recipient_copulas)}\s+{self._ARTICLE}"
            rf"(?:{self._QUALIFIER}"
            rf"|\w+{_phrase(lg.recipient_count_suffix)}\s+)?"
            rf"{_either(lg.recipient_words)}\s+{_phrase(lg.of_word)}",
        )
        self._ORDER_GRADE_VERBS = tuple(_phrase(p) for p in lg.order_grade_verbs)
        self._OWN_LIST_VERBS = (
            # "her other awards include", "among his honours are"
            rf"{_either(lg.own_list_owners)}\s+(?:{_phrase(lg.own_list_other)}\s+)?"
            rf"{_either(lg.own_list_nouns)}\s+{_either(lg.own_list_verbs)}",
            rf"{_phrase(lg.own_list_among)}\s+{_either(lg.own_list_owners)}\s+"
            rf"(?:{_phrase(lg.own_list_other)}\s+)?{_either(lg.own_list_nouns)}\s+"
            rf"{_either(lg.own_list_among_verbs)}",
        )
        self._VERBS = (r"(?<!\w)(?:"
                       + "|".join((*self._AWARD_VERBS, *self._ORDER_GRADE_VERBS,
                                   *self._OWN_LIST_VERBS))
                       + r")(?!\w)")
        self._ORDER_GRADE_VERB = rx.compile("|".join(self._ORDER_GRADE_VERBS) or NEVER,
                                            re.IGNORECASE)
        self._OWN_LIST_VERB = rx.compile("|".join(self._OWN_LIST_VERBS), re.IGNORECASE)
        self._VERB = rx.compile(self._VERBS, re.IGNORECASE)
        # the same, case-sensitive on lower-cased text: twice as fast as IGNORECASE
        self._VERB_LOWER = rx.compile(self._VERBS)
        self._VERB_LITERALS = required_literals(self._VERBS)
        """What every match of `_VERB_LOWER` holds ("award", "received", "won" …): a
        statement of none of them has no award verb, and is not scanned."""
        self._VERB_STEMS = _stems(self._VERB_LITERALS)
        """What the pre-check looks for: each of `_VERB_LITERALS` begins with one
        of these ("hono" for "honored", "honours" …), so a statement of none of
        them holds none of the literals; 24 look-ups instead of 30."""
        self._AUXILIARIES = tuple(w + " " for w in lg.verb_auxiliaries)
        """What opens a passive or perfect award verb ("was ", "has ")."""
        self._TO_RECIPIENT_VERBS = lg.to_recipient_verbs
        self._ORDER_WORDS = lg.order_words
        self._AWARD_NOUN = rx.compile(
            r"(?<!\w)(?:" + ("|".join(lg.award_nouns) or NEVER) + r")s?(?!\w)", re.IGNORECASE)
        self._OF_THE_YEAR = rx.compile(rf"\b[A-Z][\w'’-]*\s+{_phrase(lg.of_the_year)}\b")
        self._NOT_RECEIVED = rx.compile(
            "|".join(re.escape(w) for w in lg.not_received_words) or NEVER, re.IGNORECASE)
        self._NOT_RECEIVED_LOW = rx.compile(
            "|".join(re.escape(w.lower()) for w in lg.not_received_words) or NEVER
        ) if all(w.isascii() for w in lg.not_received_words) else None
        """`_NOT_RECEIVED` for lower-cased text, case-sensitive (see
        `_not_received`); None when a word is not ASCII."""
        self._BY_WORD = _phrase(lg.by_word)
        self._BY = rx.compile(r"\s*,?\s*(?:"
                              + "".join(rf"{_phrase(w)}\s+|" for w in lg.giver_verbs)[:-1]
                              + rf")?{self._BY_WORD}\s+(?P<by>[^,;.()]{{1,200}}?)"
                              rf"(?=\s+{_either(lg.giver_ends)}\s|[,;.()]|$)")
        # a list item's closing remark on co-recipients: "PEN Pinter Prize, shared with X"
        self._WITH = _phrase(lg.with_word)
        self._SHARED_REMARK = rx.compile(rf"(?:(?<!\s)\s+)?,\s*{_either(lg.shared_words)}\s+"
                                         rf"{self._WITH}\s+"
                                         r"[^,;()]{1,200}$", re.IGNORECASE)
        self._ITEM_BY = rx.compile(r"(?:(?<!\s)\s+)?,?\s*(?:"
                                   + "".join(rf"{_phrase(w)}\s+|" for w in lg.item_giver_verbs)[:-1]
                                   + rf")?\b{self._BY_WORD}\s+(?P<by>[^,;()]{{1,200}}?)\s*$")
        self._BY_WITH = rx.compile(rf"\s*{self._BY_WORD}\s+(?P<by>[^,;.()]{{1,200}}?)\s+"
                                   rf"{self._WITH}\s+")
        self._RELATIVE_PRONOUN = rx.compile(
            rf"\b{_either(lg.relative_pronouns)}\s+(?:\w+{lg.adverb_ending}\s+"
            + "".join(rf"|{_phrase(w)}\s+" for w in lg.clause_adverbs) + ")?$", re.IGNORECASE)
        self._SUBJECT_IS_A = rx.compile(
            rf"\W*(\S+(?:\s+\S+){{0,3}}?)\s+{_either(lg.is_a_verbs)}"
            rf"\s+{_either(lg.is_a_articles)}\b", re.IGNORECASE)
        self._OF_OR_COMMA = rx.compile(rf",|\b{_phrase(lg.of_word)}\b")
        self._INSERTED_CLAUSE = rx.compile(
            rf",\s*{_either(lg.inserted_clause_pronouns)}\b[^,;]*,", re.IGNORECASE)
        self._PASSIVE = rx.compile(rf"\b{_either(lg.passive_auxiliaries)}\s+$", re.IGNORECASE)
        # the recipient after "awarded", up to a "by" that names the giver
        self._AWARDED_TO = rx.compile(rf"\s+{_phrase(lg.to_word)}\s+(?P<who>[^,;.]{{1,200}}?)"
                                      rf"(?=\s+{self._BY_WORD}\s|\s*[,;.]|\s*$)")
        # "Order of Merit, 3rd class", "Order of Princess Olga, III degree"
        self._CLASS_SUFFIX = rx.compile(
            rf",\s*(?:[0-9]+{_either(lg.ordinal_suffixes)}|{'|'.join(lg.class_ordinals)}"
            rf"|(?-i:[IVX]{{1,4}}))\s+{_either(lg.class_words)}\b", re.IGNORECASE)
        self._INCLUDING = rx.compile(rf"[^.;]{{0,80}}?\b{_either(lg.including_words)}\s+",
                                     re.IGNORECASE)
        self._AND = _phrase(lg.list_words[0])
        self._NAME_LEADS = "".join(rf"|{_phrase(w)}\s" for w in lg.name_lead_words)
        self._NAME_LEAD_WORDS = lg.name_lead_words
        """Lower-case words that may start an award's name ("honorary doctorate")."""
        self._NEXT_NAME = rx.compile(r"\s*(?:\([^()]{0,40}\))?\s*"
                                     rf"(?:,\s*(?:{self._AND}\s+)?|\s+{self._AND}\s+"
                                     + "".join(rf"|\s+{_phrase(w)}\s+"
                                               for w in lg.name_list_joiners)
                                     + ")"
                                     rf"(?:{_either(lg.articles)}\s+)?"
                                     r"(?=[A-Z\"“«]" + self._NAME_LEADS + ")")
        # "elected to the Academy" is a sentence; "Honored Journalist of Ukraine" a title
        self._VERB_FIRST = rx.compile(rf"^\W*[A-Za-z]+{lg.past_ending}\b(?!\s+[A-Z])")
        self._TITLE_PREFIX = rx.compile(
            rf"^{_phrase(lg.title_word)}\s+(?:{_phrase(lg.of_word)}\s+)?(?=[A-Z])")
        self._TRAILING_DATE_SEP = rx.compile(
            r"(?:\s*," + "".join(rf"|\s+{_phrase(w)}" for w in lg.spelled_out_leads) + r")?\s*$")
        self._SKIP_BEFORE_NAME = lg.name_skips
        self._LOWER_NAME_WORDS = lg.lower_name_words
        self._AFTER_RECIPIENT = lg.after_recipient
        """Words that may follow a recipient pronoun: "awarded to her by", "awarded him the"."""
        self._SUBJECT_WORDS = lg.subject_words
        self._NAME_CONNECTORS = lg.name_connectors
        self._SUBJECT_PRONOUNS = lg.subject_pronouns
        self._AWARD_SECTION_WORDS = lg.award_section_words
        self._AWARD_INFOBOX_KEYS = lg.award_infobox_keys
        self._ORGANISATION_NOUNS = lg.organisation_nouns
        self._PERSON_TITLES = lg.person_titles
        self._OF_NAME = rx.compile(rf"[A-Z][\w'’-]*\s+{_phrase(lg.of_word)}\s+"
                                   rf"(?:{_phrase(lg.definite_article)}\s+)?[A-Z]")
        """A name of the shape honours without an award noun have: "Golden Pen of
        Freedom", "Freedom of the City of Lviv" (a person or a body, "the Dalai
        Lama", "the Associated Press", has none)."""
        self._NOUN_AFTER = rx.compile(
            r"\s+(?!(?:" + ("|".join(lg.name_followers) or NEVER) + r")\b)[a-z]{3,}\b")
        """A lower-case word after a name that is no preposition or conjunction: a
        noun the name only modifies ("Writers Union membership")."""

    def _not_received(self, text: str) -> bool:
        """Whether ``text`` holds a word of ``not_received_words`` in any case
        ("nominated", "Did not win"): ``_NOT_RECEIVED.search(text)``. Where
        `lower_matches_ignorecase` says so (the words are ASCII), the
        case-sensitive search of its lower case gives the same answer; over
        award windows about seven times as fast."""
        low = self._NOT_RECEIVED_LOW
        if low is not None and lower_matches_ignorecase(text):
            return low.search(text.lower()) is not None
        return self._NOT_RECEIVED.search(text) is not None

    def _is_award_section(self, path: tuple[str, ...]) -> bool:
        low = " ".join(path).lower()
        return any(w in low for w in self._AWARD_SECTION_WORDS)

    def _refers_to_subject(self, words: list[str], names: set[str]) -> bool:
        for i, w in enumerate(words):
            if w.lower() in self._SUBJECT_WORDS:
                return True
            if w in names and not (i + 1 < len(words) and words[i + 1] in ("'s", "’s")):
                return True
        return False

    def _subject_is_a(self, text: str, end: int, names: set[str]) -> bool:
        """Whether the relative clause ending at ``end`` describes the subject:
        "He was a pilot who received ...", but not "He was the son of a miner
        who ..." nor "She met his lawyer, who ..."."""
        # the subject and "is a" are the statement's first words; a clause that
        # ends farther than _WINDOW from them is not read as theirs
        m = self._SUBJECT_IS_A.match(text, 0, min(end, _WINDOW))
        return bool(m and end - m.end() <= _WINDOW
                    and self._refers_to_subject(_words(m.group(1)), names)
                    and not self._OF_OR_COMMA.search(text, m.end(), end))

    def _read_name(self, text: str, pos: int, names: set[str],
                   dates: frozenset[int] = frozenset()) -> tuple[str, int]:
        """The award name starting at ``pos``: a run of capitalised words.

        Lower-case connectors are kept when a capitalised word follows them;
        a few lower-case award words ("honorary doctorate") are kept too. A name
        ends before a date (offsets where ``dates`` start): "Hero of Ukraine in
        June 2024". Returns the name and the offset where it ends.
        """
        toks = list(_TOKEN.finditer(text, pos, min(len(text), pos + 300)))  # names are short
        i = 0
        # determiners, the recipient of an active verb, a year naming the award
        while i < len(toks):
            t = toks[i].group(0)
            low = t.lower()
            skip = low in self._SKIP_BEFORE_NAME or low in self._SUBJECT_PRONOUNS or t in names
            if skip or (t.isdigit() and len(t) == 4):
                i += 1
            else:
                break
        parts: list[re.Match[str]] = []
        while i < len(toks):
            t = toks[i].group(0)
            low = t.lower()
            if parts and toks[i].start() in dates:
                break
            word = (t[:1].isupper() or low in self._LOWER_NAME_WORDS
                    # an elided French "de": "Légion d'honneur", "Ordre d'Orange"
                    or (low.startswith(("d'", "d’")) and len(t) > 2 and bool(parts))
                    or (t[:1].isdigit() and bool(parts))
                    # a quoted name ('Order "For Courage"'), not a quoted citation
                    or (t.startswith(_QUOTED) and t[1:2].isupper() and bool(parts)))
            connector = (low in self._NAME_CONNECTORS and bool(parts)
                         and _connects(toks, i, self._THE, self._JOINERS))
            if word or connector:
                parts.append(toks[i])
            elif t == "," and parts:
                m = self._CLASS_SUFFIX.match(text, toks[i].start())
                if not m:
                    break
                end = m.end()
                name = text[parts[0].start():end]
                return name, end
            else:
                break
            i += 1
        while parts and parts[-1].group(0).lower() in self._NAME_CONNECTORS:
            parts.pop()
        if not parts:
            return "", pos
        end = parts[-1].end()
        name = text[parts[0].start():end].rstrip(".")
        return name, parts[0].start() + len(name)

    def _read_names(self, text: str, pos: int, names: set[str],
                    dates: frozenset[int] = frozenset(),
                    in_award_section: bool = False) -> list[tuple[str, int, int]]:
        """The award names after a verb at ``pos``: one, or a list joined by "and"
        or commas ("the X Prize (2015) and the Y Medal"), or the list after
        "including" ("numerous awards, including the X Prize"). As (name, start, end).
        In an award section a proper name needs no award noun (see :func:`_is_award_name`)."""
        name, end = self._read_name(text, pos, names, dates)
        if (in_award_section and not self._AWARD_NOUN.search(name)
                and self._NOUN_AFTER.match(text, end)):
            return []   # "received Writers Union membership": the name is a modifier
        if not self._is_award_name(name, in_award_section):
            m = self._INCLUDING.match(text, pos)
            if not m:
                return []
            name, end = self._read_name(text, m.end(), names, dates)
            if not self._is_award_name(name, in_award_section):
                return []
        found = [(name, end - len(name), end)]
        while len(found) < 20:
            m = self._NEXT_NAME.match(text, end)
            if not m:
                break
            name, end = self._read_name(text, m.end(), names, dates)
            if not self._is_award_name(name, in_award_section):
                break
            found.append((name, end - len(name), end))
        return found

    def _is_award_name(self, name: str, in_award_section: bool = False) -> bool:
        """A name with an award noun, and a proper name ("Order of Merit") or an
        honorary degree; not a bare "award" or "prize". In a section of awards
        the section says what the name is: a proper name of the shape "X of Y"
        that starts capitalised and holds no organisation noun ("received the
        Golden Pen of Freedom") is an award without an award noun."""
        if (in_award_section and name[:1].isupper() and self._OF_NAME.search(name)
                and name.split()[0].lower() not in self._PERSON_TITLES
                and not any(w.lower() in self._ORGANISATION_NOUNS for w in name.split())):
            return True
        title = self._TITLE_PREFIX.match(name)
        if title:
            # an honorary title, a proper name of two capitalised words or more:
            # "the title Hero of Ukraine", not "the title of European champion"
            return sum(w[:1].isupper() for w in name[title.end():].split()) >= 2
        if self._OF_THE_YEAR.search(name):
            return True   # "Person of the Year", "Teacher of the Year"
        if not self._AWARD_NOUN.search(name):
            return False
        return (any(w[:1].isupper() for w in name.split())
                or name.lower().startswith(self._NAME_LEAD_WORDS))

    def _names_subject(self, text: str, names: set[str]) -> bool:
        """Whether ``text`` starts with the subject: a name word or a pronoun that
        stands alone ("to her by PEN"), not one that owns ("to her colleague",
        "to Petrenko's lawyer")."""
        words = _words(text[:40])
        if not words:
            return False
        nxt = words[1] if len(words) > 1 else ""
        if words[0] in names:
            return nxt not in ("'s", "’s")
        return words[0].lower() in self._SUBJECT_PRONOUNS and (
            not nxt or not nxt.islower() or nxt in self._AFTER_RECIPIENT)

    def _name_before(self, text: str, verb_start: int,
                     names: set[str]) -> list[tuple[str, int, int]]:
        """The award name that ends right before a passive verb, within its clause
        ("In 2024, the Shevchenko National Prize was awarded to him"), as
        [(name, start, end)]; [] when none does."""
        lo = max(0, verb_start - 200)   # a bounded window keeps long texts linear
        clause = max(text.rfind(",", lo, verb_start), text.rfind(";", lo, verb_start), lo - 1) + 1
        for tok in _TOKEN.finditer(text, clause, verb_start):
            word = tok.group(0)
            if word.lower() in self._NAME_CONNECTORS or not word[:1].isupper():
                continue
            name, end = self._read_name(text, tok.start(), names)
            if self._is_award_name(name) and not text[end:verb_start].strip():
                return [(name, end - len(name), end)]
        return []

    def _sentence_awards(self, st: Statement, events: list[Event], names: set[str],
                         title: str) -> list[Award]:
        out: list[Award] = []
        text = st.text
        low = text.lower()
        # lower-casing keeps offsets unless a character changes length ("İ")
        if len(low) == len(text):
            if self._VERB_STEMS:
                for word in self._VERB_STEMS:
                    if word in low:
                        break
                else:
                    return out   # (most statements: none of the verbs' words)
            verbs = self._VERB_LOWER.finditer(low)
        else:
            verbs = self._VERB.finditer(text)
        # what the names are read against, once a verb is found (most statements have none)
        dates: frozenset[int] | None = None
        starts: list[int] = []
        for verb in verbs:
            if dates is None:
                dates = frozenset(e.date.span[0] for e in events)
                starts = _starts(events)
            # the clause before the verb: a bounded window keeps long texts linear
            before = text[max(0, verb.start() - 200):verb.start()]
            after_pos = verb.end()
            conferred_by = None
            said = verb.group(0).lower()
            passive = bool(self._PASSIVE.search(before)) or said.startswith(self._AUXILIARIES)
            if (self._RELATIVE_PRONOUN.search(before)
                    and not self._subject_is_a(text, verb.start(), names)):
                continue
            # "Her awards include ...": the verb names the subject itself
            own_list = bool(self._OWN_LIST_VERB.fullmatch(verb.group(0)))
            window = text[max(0, verb.start() - 40):min(len(text), verb.end() + 160)]
            if self._not_received(window):
                continue
            awarded = any(w in said for w in self._TO_RECIPIENT_VERBS)
            m_to = self._AWARDED_TO.match(text, after_pos) if awarded else None
            if m_to and not self._names_subject(m_to.group("who"), names):
                continue   # "was awarded to the people of Ukraine", "to her colleague"
            if m_to and passive:
                # "The 2024 Shevchenko Prize was awarded to him": the name comes first
                found = self._name_before(text, verb.start(), names)
                m_by = self._BY.match(text, m_to.end())
                conferred_by = m_by.group("by").strip() if m_by else None
            else:
                if (not passive and awarded
                        and self._names_subject(text[after_pos:after_pos + 40], names)):
                    # "Freedom House awarded him ...": the giver comes first
                    clause = re.split(r"[,;]", before)[-1].strip()
                    conferred_by = clause or None
                elif not own_list and not self._refers_to_subject(
                        _words(self._INSERTED_CLAUSE.sub(",", before)), names):
                    continue   # "The Centre, which she heads, was awarded" is the Centre's
                m_by = self._BY_WITH.match(text, after_pos)
                if m_by:
                    conferred_by = m_by.group("by").strip()
                    after_pos = m_by.end()
                found = self._read_names(text, after_pos, names, dates,
                                         self._is_award_section(st.section))
            if self._ORDER_GRADE_VERB.fullmatch(verb.group(0)):
                found = [f for f in found if any(w in f[0] for w in self._ORDER_WORDS)]
            if not found:
                continue
            m_by2 = self._BY.match(text, found[-1][2])
            if m_by2 and conferred_by is None:
                conferred_by = m_by2.group("by").strip()
            # the dates in parentheses right after a name are the award's own: one
            # award each ("the Pulitzer Prize (2016, 2018)"); a name without one
            # takes the nearest date that is no other name's own
            owns = [_dates_in_parentheses(text, end, events, starts) for _, _, end in found]
            taken = frozenset(d.span for own in owns for d in own)
            shared: list[DateValue | None] = [_closest_date(events, verb.start(), starts, taken)]
            for (name, _, _), own in zip(found, owns, strict=True):
                for date in own or shared:
                    out.append(Award(self._TITLE_PREFIX.sub("", name), date, conferred_by, st,
                                     title))
        return out

    def _split_awards(self, value: str) -> list[str]:
        """An infobox value's awards: split at ";", after ")", and at a comma
        before a capital when both sides are award names of two words or more."""
        pieces: list[str] = []
        for chunk in _ITEM_SPLIT.split(value):
            parts = _COMMA_CAPITAL.split(chunk)
            # the piece being built, as its parts (joined once: a value of many
            # commas stays linear), whether it has two words and an award noun
            current = [parts[0]]
            words = len(parts[0].split())
            noun = bool(self._AWARD_NOUN.search(parts[0]))
            for part in parts[1:]:
                part_words = len(part.split())
                part_noun = bool(self._AWARD_NOUN.search(part))
                if words > 1 and noun and part_words > 1 and part_noun:
                    pieces.append(", ".join(current))
                    current = [part]
                    words, noun = part_words, part_noun
                else:
                    # "a, b" has the words of a and of b, and "," as a word of its
                    # own when a is empty or ends in a space
                    end = current[-1][-1:] if current[-1] or len(current) == 1 else " "
                    words += part_words + (not end or end.isspace())
                    current.append(part)
                    noun = noun or part_noun
            pieces.append(", ".join(current))
        return pieces

    def _strip_dates(self, text: str, read: list[Mention] | None = None) -> str:
        """An award name from a list item or infobox value: its dates removed
        (``read``: its mentions when already read)."""
        mentions = [m for m in (self._DATES.find_mentions(text) if read is None else read)
                    if m.kind is _M_EXPLICIT]
        # The dates are removed right to left. Each removal is recorded as a range
        # of ``text`` (``gone``, leftmost last) and what follows it is read through
        # those ranges, at most _LOOK characters: an item with thousands of dates
        # costs linear time, not a copy of the whole name per date. Everything
        # before the date being removed is still ``text`` as it was.
        gone: list[tuple[int, int]] = []
        first_kept = len(text) - len(text.lstrip())
        last_word = len(text.rstrip(" .")) - 1   # the last kept character not " " or "."
        for m in reversed(mentions):
            a, b = m.span
            follow, ends = _kept_after(text, b, gone)
            drop = 0   # characters of ``follow`` removed with the date
            # widen over a parenthesis holding only the date: "(1998)"
            la = text.rfind("(", max(0, a - _LOOK), a)
            rb = follow.find(")")
            if la >= 0 and rb >= 0 and not text[la + 1:a].strip(" c.") and not follow[:rb].strip():
                a, drop = la, rb + 1
            if a <= first_kept:
                sep = _LEADING_DATE_SEP.match(follow, drop)
                drop = sep.end() if sep else drop
                a = 0
            else:
                tail = self._TRAILING_DATE_SEP.search(text, max(0, a - _LOOK), a)
                if last_word < ends[drop] and tail:
                    a = tail.start()
            cut = (a, ends[drop])
            while gone and gone[-1][0] <= cut[1]:
                cut = (cut[0], max(cut[1], gone.pop()[1]))
            gone.append(cut)
            if cut[0] <= last_word < cut[1]:
                last_word = cut[0] - 1
                while last_word >= 0 and text[last_word] in " .":
                    last_word -= 1
        kept: list[str] = []
        pos = 0
        for lo, hi in reversed(gone):
            kept.append(text[pos:lo])
            pos = hi
        kept.append(text[pos:])
        name = "".join(kept)
        # what a parenthesis keeps once its dates are gone: nothing, or a remark
        # ("Nobel Peace Prize (2022, as head of the Centre)")
        name = _DANGLING_SEPARATOR.sub(")", _EMPTIED_PARENTHESIS.sub("", name))
        return re.sub(r"\s{2,}", " ", name).strip(" ,;:.–—-")

    def _item_award(self, item: str, date: DateValue | None, st: Statement, title: str) -> Award:
        """The award of a list item (its dates removed), and who conferred it
        when the item ends by saying so ("National Medal of Science, presented by
        President Bill Clinton"); the rest of the item stays in the name
        ("Order of St. Olav, Knight")."""
        m = self._ITEM_BY.search(item)
        if m and self._is_award_name(item[:m.start()]):
            return Award(item[:m.start()], date, m.group("by"), st, title)
        return Award(item, date, None, st, title)

    def extract_awards(self, article: Article, events: list[Event]) -> list[Award]:
        """:func:`crimea_cli.awards.extract_awards` in this finder's language."""
        # the subject's life span after the name dates the subject, not an award
        first = lead_first(article)
        span = paren_after_name(first.text) if first else None
        by_statement: dict[int, list[Event]] = {}
        for ev in events:
            if (span and ev.statement is first
                    and span[0] < ev.date.span[0] and ev.date.span[1] <= span[1]):
                continue
            by_statement.setdefault(ev.statement.index, []).append(ev)
        for evs in by_statement.values():
            if len(evs) > 1:
                evs.sort(key=lambda e: e.date.span[0])
        names = _subject_names(article)
        title = article.title
        found: list[Award] = []
        if article.infobox:
            for fact in article.infobox.facts:
                # "Awards", and keys holding such a word: "Notable awards", "Awards and honours"
                if self._AWARD_INFOBOX_KEYS.isdisjoint(fact.key.lower().split()):
                    continue
                st = fact.statement
                evs = by_statement.get(st.index, [])
                starts = _starts(evs)
                pos = st.text.find(fact.value)
                for piece in self._split_awards(fact.value):
                    pos = st.text.find(piece, pos)
                    name = self._strip_dates(piece)
                    if name and not self._not_received(piece):
                        inside = _events_within(evs, pos, pos + len(piece), starts)
                        own = _listed_dates(st.text, pos, pos + len(piece), evs, starts)
                        for date in own or [inside[0].date if inside else None]:
                            found.append(Award(name, date, None, st, title))
                    pos += len(piece)
        for st in article.statements:
            if st.source is _INFOBOX:
                continue
            evs = by_statement.get(st.index, [])
            sentence = self._sentence_awards(st, evs, names, title)
            if sentence:
                found.extend(sentence)
            elif st.source is _LIST_ITEM and self._is_award_section(st.section):
                read = item_mentions(st.text, self.language)
                name = self._SHARED_REMARK.sub("", self._strip_dates(st.text, read))
                # a verb makes the item a sentence, unless it stands in a remark
                # ("Wolf Prize (shared with Pierre Lemaire)", "X Prize, shared with Y")
                if (name and not self._not_received(st.text)
                        and not self._VERB.search(_PARENTHESES.sub("", name))
                        and not self._VERB_FIRST.match(name)):
                    own = _listed_dates(st.text, 0, len(st.text), evs)
                    for date in own or [_closest_date(evs, 0)]:
                        found.append(self._item_award(name, date, st, title))
        awards = _dedupe(found, self._THE)
        awards.sort(key=lambda a: (a.date.start if a.date else _dt.date.max, a.statement.index))
        return awards


_FINDERS: dict[Language, AwardFinder] = {}


def finder(language: Language | None = None) -> AwardFinder:
    """The award finder of ``language`` (English by default), built at its
    first use and kept, one per language object."""
    if language is not None:
        check_type(language, Language, "finder(language)")
    lg = en.LANGUAGE if language is None else language
    found = _FINDERS.get(lg)
    if found is None:
        found = _FINDERS[lg] = AwardFinder(lg)
    return found


def extract_awards(article: Article, events: list[Event] | None = None,
                   language: Language | None = None) -> list[Award]:
    """The awards the article's subject received, by date (undated last),
    read in ``language`` (English by default).

    ``events`` may pass in ``extract_events(article, language)`` when already
    computed.
    """
    check_type(article, Article, "extract_awards(article)")
    if events is not None:
        check_type(events, list, "extract_awards(events)")
    if language is not None:
        check_type(language, Language, "extract_awards(language)")
    if events is None:
        events = extract_events(article, language)
    return finder(language).extract_awards(article, events)
