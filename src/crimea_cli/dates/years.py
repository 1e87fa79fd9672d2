"""Whether a bare number is a year: `YEAR_RULES`, the named and ordered
evidence, positive and negative, read over the site the number stands in."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .. import rx
from ..lang import Language, alternatives
from .words import Words

_BEFORE = 40
"""Characters before a chain that its reading may look at."""
_AFTER = 48
"""Characters after a chain that its reading may look at."""
_CLOSES = rx.compile(r"\)|\.?\s*$")
_LEADING_MARK = rx.compile(r"^[\s\"“‘«(\[*•–—-]*$")


# --- context of bare years ---------------------------------------------------


class _Context(NamedTuple):
    ok: bool
    approximate: bool = False
    names_something: bool = False
    opener: str = ""
    rule: str = ""
    """For a rejected number, the short name of the rule that rejected it
    (``label``, ``quantity``, ``three-digit`` …), for explanations."""


_NO = _Context(False, rule="no-evidence")


def _no(rule: str) -> _Context:
    """A rejection by the rule named ``rule``."""
    return _Context(False, rule=rule)
_WORD_PUNCT = ".,;:!?)]\"”’'"


class _After(NamedTuple):
    """What follows a number: the next character, token, and two words."""

    char: str
    token: str
    word: str
    word2: str


def _after(text: str, end: int) -> _After:
    parts = text[end:end + _AFTER].split(None, 2)
    tok = parts[0] if parts else ""
    word2 = parts[1].strip(_WORD_PUNCT).lower() if len(parts) > 1 else ""
    return _After(text[end:end + 1], tok, tok.strip(_WORD_PUNCT).lower(), word2)


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """The token before ``start`` and whether a "(" or "[" stands between."""
    before = text[max(0, start - _BEFORE):start].rstrip()
    paren = before.endswith(("(", "["))
    if paren:
        before = before[:-1].rstrip()
    parts = before.rsplit(None, 1)
    tok = parts[-1] if parts else ""
    if tok.isalpha():   # (most words: no bracket or ellipsis to cut at)
        return tok, paren
    cut = max(tok.rfind("("), tok.rfind("["))
    if "..." in tok:   # "1964...Between": an ellipsis parts words
        cut = max(cut, tok.rfind("...") + 2)
    if "…" in tok:
        cut = max(cut, tok.rfind("…"))
    return (tok[cut + 1:] if cut >= 0 else tok), paren




class _Site(NamedTuple):
    """A bare number (or a chain of them) and what stands around it, read once
    for the year rules."""

    text: str
    start: int
    end: int
    chain_is_range: bool
    has_three_digit: bool
    chain_start: int
    before_char: str
    after: _After
    prev: str
    """The token before, as written."""
    prev_l: str
    """The token before, lower-cased and unquoted; the preposition a lead
    phrase stands for ("as early as" → "in"); the last part of "summer–autumn"."""
    paren: bool
    """Whether a "(" or "[" stands right before."""
    strict: bool
    """Whether what follows is what follows a year (`_follower_ok`)."""
    approximate: bool


# The year rules: each reads a site and decides (a _Context) or passes (None).


SHORT_END_SPAN = 40
"""The most years a range with a two-digit end spans as a year range ("1618–48"
is; "1100–50 degrees" is a measure's range)."""
_SHORT_END = rx.compile(r"(?:1[0-9]|20)([0-9]{2})\s?[–—-]\s?([0-9]{2})")


def _short_end(s: _Site) -> bool:
    """Whether the range is a year and the later year's last two digits
    ("2019–20", "1914–18"): a way of writing years only, whatever noun
    follows ("its 2019–20 results"); the end must be later."""
    m = _SHORT_END.fullmatch(s.text, s.start, s.end)
    return m is not None and 0 < int(m.group(2)) - int(m.group(1)) <= SHORT_END_SPAN


class Years(Words):
    """The bare-year evidence of one language: the words its rules read, and
    the rules (the ``decide`` of each row of `YEAR_RULES`)."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        lg = language
        self.APPROXIMATE_WORDS = lg.approximate_words
        self.COMPOUND_UNITS = lg.compound_units
        self.COUNT_ADJECTIVES = lg.count_adjectives
        self.DETERMINERS = lg.determiners
        self.ERA_AD = lg.era_ad
        self.ERA_BC = lg.era_bc
        self.NUMBER_LABELS = lg.number_labels
        self.PERIOD_QUALIFIERS = lg.period_qualifiers
        self.QUANTITY_WORDS = lg.quantity_words
        self.WEAK_YEAR_PREPOSITIONS = lg.weak_year_prepositions
        self.YEAR_AFTER_NAME_NOUNS = lg.year_after_name_nouns
        self.YEAR_FOLLOWERS = lg.year_followers
        self.YEAR_HEDGES = lg.year_hedges
        self.YEAR_NAMED_NOUNS = lg.year_named_nouns
        self.YEAR_PREPOSITIONS = lg.year_prepositions
        self._LEAD_PHRASES = frozenset(lg.year_lead_phrases)
        """Phrases that lead a year as a plain preposition does: a site whose
        words before end in one reads it as its preposition (`_lead_phrase`)."""
        self._YEAR_LEADS = self.YEAR_PREPOSITIONS | self._LEAD_PHRASES
        """What leads a year: a preposition, or a phrase that acts as one."""
        self.THREE_DIGIT_LEADS = (self.YEAR_PREPOSITIONS - self.WEAK_YEAR_PREPOSITIONS
                                  - self.APPROXIMATE_WORDS) | lg.three_digit_extra_leads \
            | lg.reign_leads | self._LEAD_PHRASES
        """Words after which a three-digit number may be a year without an era
        ("in 965", "c. 965"); "of", "about", "between" and the like lead counts too."""
        self._OPENER_SKIPS = self.PERIOD_QUALIFIERS | {lg.definite_article}
        """Words between an interval opener and a date ("between the late 1930s")."""
        self._PREFIXED_YEAR = rx.compile(
            r"\b(" + alternatives(lg.year_prefixes) + r")[-‐]$", re.IGNORECASE)
        self._BETWEEN_AND = rx.compile(
            rf"\b{lg.between_word}\s[^,;.()]{{1,60}}\s{lg.list_words[0]}\s+$", re.IGNORECASE)
        self._LEAD_ENDINGS = tuple(" " + phrase for phrase in lg.year_lead_phrases)
        self._AND_ENDING = " " + lg.list_words[0]
        self._BETWEEN = lg.between_word
        self._ADVERB_ENDING = lg.adverb_ending
        self._PLURAL = lg.plural_ending
        self._POSSESSIVE = tuple(lg.possessive_endings)
        self._HEDGE_ENDINGS = tuple(" " + hedge for hedge in self.YEAR_HEDGES)
        """A hedge's ending (" at least"): the hedges are looked at one by one
        only when the words before end in one."""
        # The rules the table tries before "preposition" read only the character
        # before, the word before and the word after (glued, label, quantity,
        # measure, the eras, three-digit): for a plain preposition of time those
        # can be told from two words, and the answer is the preposition's.
        plain = {w for w in self.YEAR_PREPOSITIONS - self.WEAK_YEAR_PREPOSITIONS
                 - self.NUMBER_LABELS
                 if w.isalpha() and w.islower() and w.upper() not in self.ERA_AD
                 and len(w) < _BEFORE - 1}
        self._PLAIN_LEADS: dict[str, _Context] = {
            w: _Context(True, w in self.APPROXIMATE_WORDS, opener=w) for w in plain}
        """A plain preposition of time → what the rules decide for a four-digit
        number after it and a space, when the word after decides nothing
        (`_plain_lead`)."""
        self._PLAIN_WINDOW = max(map(len, plain), default=0) + 2
        """How far back `_plain_lead` looks: the longest plain preposition, a space
        before and after."""

    def _follower_ok(self, after: _After) -> bool:
        """Whether what follows a number is what follows a year, not a noun."""
        c = after.char
        if not c or c in ".,;:)]!?\"”’–—-/'" or not after.token:
            return True
        first = after.token[0]
        if first.isupper() or first in "(\"“‘–—-":
            return True
        return after.word in self.YEAR_FOLLOWERS

    def _noun_follows(self, after: _After) -> bool:
        """Whether a noun follows a number ("2000 rubles", "1500 protesters"):
        a quantity word, or a lower-case plural that is not a function word."""
        w = after.word
        if not w or not after.token[:1].islower():
            return False
        if w in self.QUANTITY_WORDS:
            return True
        plural = self._PLURAL
        return (len(w) > 3 and w.endswith(plural) and not w.endswith(plural + plural)
                and w not in self.YEAR_FOLLOWERS)

    def _is_measure(self, word: str) -> bool:
        """Whether ``word`` after "N-" makes a measure: a quantity noun (singular
        or plural) or one of ``COMPOUND_UNITS``."""
        return (word in self.QUANTITY_WORDS or word + self._PLURAL in self.QUANTITY_WORDS
                or word in self.COMPOUND_UNITS)

    def _lead_phrase(self, text: str, start: int) -> str:
        """What leads a year when the word before it is not a preposition: a
        phrase that acts as one ("as early as", itself), the preposition before
        a hedge ("since at least", "in both"), or "between" before "X and"
        ("between the Revolution of Dignity and 2022"); "" when none."""
        # the words before, one space apart, with a space in front: " since at least"
        before = " " + " ".join(text[max(0, start - _BEFORE):start].lower().split())
        if before.endswith(self._LEAD_ENDINGS):
            # the phrase itself: a plain preposition, no interval opener, not weak
            return next(e for e in self._LEAD_ENDINGS if before.endswith(e))[1:]
        for hedge in self.YEAR_HEDGES if before.endswith(self._HEDGE_ENDINGS) else ():
            if before.endswith(" " + hedge):
                words = before[:-len(hedge)].split()
                if words and words[-1] in self.YEAR_PREPOSITIONS:
                    return words[-1]
        if (before.endswith(self._AND_ENDING)
                and self._BETWEEN_AND.search(text, max(0, start - 80), start)):
            return self._BETWEEN
        return ""

    def _label_before(self, text: str, start: int) -> bool:
        """Whether "N, " before ``start`` is a label's number ("issue 8, 1997")."""
        words = text[max(0, start - _BEFORE):start].split()
        return len(words) >= 2 and words[-2].lower() in self.NUMBER_LABELS

    def _adjective_after_determiner(self, text: str, start: int, prev: str) -> bool:
        """Whether the year follows a determiner and one lower-case word ("the
        following 2014 Crimean crisis", "its disputed 2004 election")."""
        if (not (prev.isalpha() and prev.islower()) or prev in self.COUNT_ADJECTIVES
                or prev.endswith(self._ADVERB_ENDING)):   # "the roughly 2000 Crimean Tatars"
            return False
        words = text[max(0, start - _BEFORE):start].split()
        return len(words) >= 2 and words[-2].lower() in self.DETERMINERS

    def _opener(self, text: str, start: int) -> str:
        """The word that may open an interval at ``start``, past "the" and the
        period qualifiers: "between the late 1930s", "between the 12th", "from
        the mid-1960s"; lower-cased."""
        words = (text[max(0, start - 28):start].lower().replace("-", " ").replace("…", " ")
                 .replace("...", " ").split())
        while words and words[-1] in self._OPENER_SKIPS:
            words.pop()
        return words[-1].lstrip("([") if words else ""

    def _site(self, text: str, start: int, end: int, chain_is_range: bool, has_three_digit: bool,
              chain_start: int) -> _Site:
        after = _after(text, end)
        prev, paren = _word_before(text, start)
        prev_l = prev.lower().strip("\"“‘«")
        prepositions = self.YEAR_PREPOSITIONS
        if prev_l not in prepositions:
            if "–" in prev_l or "/" in prev_l:
                prev_l = re.split("[–/]", prev_l)[-1]   # "summer–autumn 1920"
            if not paren and prev_l not in prepositions:
                prev_l = self._lead_phrase(text, start) or prev_l
        return _Site(text, start, end, chain_is_range, has_three_digit, chain_start,
                     text[start - 1] if start else "", after, prev, prev_l, paren,
                     self._follower_ok(after), prev_l in self.APPROXIMATE_WORDS)

    def _glued(self, s: _Site) -> _Context | None:
        c = s.before_char
        if not (c and (c.isalnum() or c in "$€£¥₴₽#§№+-−_")):
            return None
        m = self._PREFIXED_YEAR.search(s.text, max(0, s.start - 6), s.start)
        if not m:
            return _no("glued")
        return _Context(s.strict, opener=m.group(1).lower())   # "mid-1990", "pre-1914"

    def _label(self, s: _Site) -> _Context | None:
        return _no("label") if s.prev_l in self.NUMBER_LABELS else None

    def _quantity(self, s: _Site) -> _Context | None:
        return _no("quantity") if s.after.word in self.QUANTITY_WORDS else None

    def _measure(self, s: _Site) -> _Context | None:
        hyphened = s.after.char == "-" and self._is_measure(s.after.word[1:].split("-")[0])
        return _no("measure") if hyphened else None

    def _era_bc(self, s: _Site) -> _Context | None:
        w = s.after.word.upper()
        return _no("era-bc") if w in self.ERA_BC or w.replace(".", "") in self.ERA_BC else None

    def _era_ad(self, s: _Site) -> _Context | None:
        era = s.after.word.upper() in self.ERA_AD or s.prev.upper() in self.ERA_AD
        return _Context(True, s.approximate) if era else None

    def _three_digit(self, s: _Site) -> _Context | None:
        # a three-digit number needs a plain preposition of time and a follower
        # a year can have
        if s.has_three_digit and not (s.strict and s.prev_l in self.THREE_DIGIT_LEADS):
            return _no("three-digit")
        return None

    def _preposition(self, s: _Site) -> _Context | None:
        if s.prev_l not in self._YEAR_LEADS:
            return None
        if s.prev_l in self.WEAK_YEAR_PREPOSITIONS and not s.strict and self._noun_follows(s.after):
            return _no("weak-preposition-noun")
        return _Context(True, s.approximate, opener=s.prev_l)

    def _parenthesis(self, s: _Site) -> _Context | None:
        if not s.paren:
            return None
        if s.after.word in self.YEAR_NAMED_NOUNS:
            return _Context(True, s.approximate, names_something=True)
        nxt = s.text[s.end:s.end + 1]
        return _Context(s.chain_is_range or nxt in ("", ")", "]", ",", ";", ":"), s.approximate)

    def _range(self, s: _Site) -> _Context | None:
        # the noun may come second: "the 2019–2020 academic year"
        if not s.chain_is_range:
            return None
        return _Context(s.strict or s.after.word in self.YEAR_NAMED_NOUNS
                        or s.after.word2 in self.YEAR_NAMED_NOUNS or _short_end(s))

    def _determiner(self, s: _Site) -> _Context | None:
        if not (s.prev_l in self.DETERMINERS or s.prev_l.endswith(self._POSSESSIVE)
                or self._adjective_after_determiner(s.text, s.start, s.prev)):
            return None
        # a name, quoted or not ("the 1969 “Green Beret Affair”"), or a named noun
        if (s.after.token.lstrip("\"“‘«'")[:1].isupper() or s.after.word in self.YEAR_NAMED_NOUNS
                or s.after.word2 in self.YEAR_NAMED_NOUNS):
            return _Context(True, names_something=True)
        return _no("determiner-count")

    def _possessive(self, s: _Site) -> _Context | None:
        return _Context(True, names_something=True) if s.text.startswith(self._POSSESSIVE, s.end) \
            else None

    def _after_name(self, s: _Site) -> _Context | None:
        named = s.prev[:1].isupper() and s.prev_l in self.YEAR_AFTER_NAME_NOUNS and s.strict
        return _Context(True, names_something=True) if named else None

    def _closes_item(self, s: _Site) -> _Context | None:
        closes = _CLOSES.match(s.text, s.end)
        if closes and (s.text[max(0, s.start - 2):s.start] == ", "
                       or (s.before_char == "," and s.prev[:1].isalpha())) and (
                not s.prev[:1].isdigit() or self._label_before(s.text, s.start)):
            return _Context(True)
        return None

    def _citation(self, s: _Site) -> _Context | None:
        cited = s.text[s.end:s.end + 1] == ")" and s.prev.endswith(".") and s.prev[:1].isupper()
        return _Context(True) if cited else None

    def _leads_statement(self, s: _Site) -> _Context | None:
        if s.prev.endswith(":") or (s.chain_start <= 6
                                    and _LEADING_MARK.match(s.text, 0, s.chain_start)):
            if s.after.word in self.YEAR_NAMED_NOUNS:   # "1905 revolution in the empire"
                return _Context(True, names_something=True)
            return _Context(s.strict)
        return None

    def _plain_lead(self, text: str, start: int, end: int) -> _Context | None:
        """The rules' answer for a number after "WORD " where WORD is a plain
        preposition of time (`_PLAIN_LEADS`: "in 1994", "Since 2014") and the
        word after is none the earlier rules read (a quantity, an era) nor
        joined by "-"; None for any other site. A shortcut of the table for the
        commonest site (the tests compare it with the table); the number must
        have four digits (the caller tells: "three-digit" reads the word before)."""
        if text[start - 1:start] != " ":
            return None
        # the token before, when a space parts it from what stands before it (a
        # longer token, or one after another space character, is no plain word)
        lo = max(0, start - self._PLAIN_WINDOW)
        space = text.rfind(" ", lo, start - 1)
        word = text[space + 1 if space >= 0 else lo:start - 1]
        found = self._PLAIN_LEADS.get(word.lower())   # ("In 1994" too: read lower-cased)
        if found is None or text[end:end + 1] == "-":
            return None
        parts = text[end:end + _AFTER].split(None, 1)
        after = parts[0].strip(_WORD_PUNCT).lower() if parts else ""
        upper = after.upper()
        if (after in self.QUANTITY_WORDS or upper in self.ERA_BC or upper in self.ERA_AD
                or upper.replace(".", "") in self.ERA_BC):
            return None
        return found

    def _year_context(self, text: str, start: int, end: int, chain_is_range: bool,
                      has_three_digit: bool, chain_start: int) -> _Context:
        """Decide whether bare numbers at [start, end) are years, from their context."""
        if not has_three_digit:
            # (about half the numbers read: the site is not built, nor the rules tried)
            found = self._plain_lead(text, start, end)
            if found is not None:
                return found
        return self._year_context_by_rules(text, start, end, chain_is_range, has_three_digit,
                                           chain_start)

    def _year_context_by_rules(self, text: str, start: int, end: int, chain_is_range: bool,
                               has_three_digit: bool, chain_start: int) -> _Context:
        """`_year_context` read by the table alone: the site, then each rule in turn."""
        site = self._site(text, start, end, chain_is_range, has_three_digit, chain_start)
        for decide in _DECIDERS:
            found = decide(self, site)
            if found is not None:
                if not (found.ok or found.rule):
                    return found._replace(rule=_RULE_OF[decide])
                return found
        return _NO


class YearRule(NamedTuple):
    """One rule of the evidence that a bare number is a year (a row of
    `YEAR_RULES`): the first rule that decides, in table order, gives the
    answer; a number no rule decides is not a year (``no-evidence``).

    ``accepts`` says which way the rule decides when it decides on its
    example (the number in ``example`` is the first one there); ``name``
    names a rejection for explanations."""

    name: str
    accepts: bool
    example: str
    decide: Callable[[Years, _Site], _Context | None]


YEAR_RULES: tuple[YearRule, ...] = (
    YearRule("glued", False, "the A380 flew", Years._glued),
    YearRule("label", False, "under Art. 205 of the code", Years._label),
    YearRule("quantity", False, "he paid 2000 rubles", Years._quantity),
    YearRule("measure", False, "a 2000-page report", Years._measure),
    YearRule("era-bc", False, "in 480 BC", Years._era_bc),   # read by the chain, with its era
    YearRule("era-ad", True, "AD 1066 saw it", Years._era_ad),
    YearRule("three-digit", False, "a force of 300 militia", Years._three_digit),
    YearRule("preposition", True, "he moved in 1994", Years._preposition),
    YearRule("weak-preposition-noun", False, "a gift of 2000 lanterns", Years._preposition),
    YearRule("parenthesis", True, "the poet Lesya (1871) wrote", Years._parenthesis),
    YearRule("range", True, "the 2019–2020 academic year", Years._range),
    # before the determiner: "the 1952's presidential election" is that year's
    YearRule("possessive", True, "1952's election was close", Years._possessive),
    YearRule("determiner", True, "the 2016 Sakharov Prize", Years._determiner),
    YearRule("determiner-count", False, "the 2000 delegates came", Years._determiner),
    YearRule("after-name", True, "under the Human Rights Act 1998.", Years._after_name),
    YearRule("closes-item", True, "Right Livelihood Award, 2020", Years._closes_item),
    YearRule("citation", True, "the case (S.D.N.Y. 1971) held", Years._citation),
    YearRule("leads-statement", True, "1998: the Nansen Medal", Years._leads_statement),
)
"""The bare-year evidence, positive and negative rules in the order they are
tried. Two rows may share a function when it decides both ways (a
preposition of time, a determiner): each row names one way, with its example."""

_DECIDERS: tuple[Callable[[Years, _Site], _Context | None], ...] = tuple(
    dict.fromkeys(r.decide for r in YEAR_RULES))
"""Each rule function once, in the table's order."""
_RULE_OF = {decide: name for name, _, _, decide in reversed(YEAR_RULES)}
"""Each rule function → the name of its first row: what names a refusal the
function does not name itself (a range, a parenthesis or a statement's lead
whose follower is no year's: "the 2019–2020 xyz seasons")."""
