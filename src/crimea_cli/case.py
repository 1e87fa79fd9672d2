"""The case at a glance: who, status, charges, awards, first and last events.

:func:`case_lines` reads one article into a few :class:`CaseLine` rows, each
from the article's own words (``text``, ``infobox``) or worked out from them
(``computed``), with the statement it comes from. The rules are general:

- the *name* is the lead's first words before its parenthesis (else the
  infobox name, else the title); a native-script name is the parenthesis'
  first piece written mostly in another script than the language's (the
  scripts of its ``capital_letters``/``small_letters``: not Latin, in
  English), without a label of its language ("Ukrainian: ") written in the
  language's letters;
- the lines of a person (*born*, *died*, *detained*, *charged*,
  *sentenced*, *released*) are shown only for an article about a person, one
  that tells the subject's birth in words ("born", "née") or gives it or the
  death in the infobox (a span after a name may be a war's), and only from
  statements about the subject: from the infobox or the lead's first
  sentence, naming the subject (a word of the name), or with "he", "she",
  "him", "her" or "his";
- *born* and *died* are the finest birth and death dates; the place is the
  capitalised words after "born … in", else the infobox birthplace;
- *detained* is the first dated statement that tells of the subject held
  ("arrested", "detained", "custody", "took him"; a search alone is none) and
  not of a release or a sentence: "Detained since" the date while the text
  tells of no end to it, "Detained on" the date when it states a release
  after it, a death, a suspended sentence, or a term ("for three days",
  "for two months", "overnight"); *released* ("Released on") is a
  dated statement where someone "was released/freed";
- the *charges* are the law articles ("Part 2 of Art. 205.5", "Article 278")
  in statements that charge, accuse or indict, with the code they belong to
  ("of the Criminal Code");
- the *sentence* ("Sentenced on") is the first dated statement with
  "sentenced", read for the court ("by a … court") and the term ("to
  fourteen years in …");
- the *awards* (those listed in the infobox or a list, or in a statement
  about the subject) are counted, and listed when few.

An article that is not about a person (a war, a city) gets only the lines
that apply: its awards, its events, its span, its source.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from . import rx
from .errors import check_type
from .humanize import human_date
from .lang import NEVER, Language, alternatives, en, letter_class
from .model import Article, Award, Event, Source

TEXT = "text"
INFOBOX = "infobox"
COMPUTED = "computed"

AWARDS_LISTED = 3
"""Up to this many awards are named; more are counted, with the latest."""

_A = "an?"   # (a|an)

def _law_number(small: str) -> str:
    """The number of a law's article ("205.5", "278a", "30(1)"); ``small`` the
    class of the script's small letters."""
    return rf"\d+(?:\.\d+)*{small}?(?![\w.]\w)(?:\s?\([0-9{small[1:-1]}]{{1,3}}\))*"


def _either_case(words: tuple[str, ...]) -> str:
    """Lower-case words that may also be capitalised ("part", "Part")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) or NEVER


def _stems(phrases: tuple[str, ...]) -> str:
    """Phrases whose words may end in "*" (any ending) as one alternation."""
    return "|".join(r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                                for w in p.split(" ")) for p in phrases) or NEVER


class _CaseWords:
    """The patterns the case lines read in one language (see :func:`_words`)."""

    def __init__(self, language: Language) -> None:
        lg = language
        self.language = lg
        self.label, self.phrase = lg.case_labels, lg.case_phrases
        self._BIRTHPLACE_KEYS = lg.birthplace_keys
        self._THE = lg.definite_article
        capital, small = letter_class(lg.capital_letters), letter_class(lg.small_letters)
        self._LANGUAGE_LABEL = rx.compile(rf"^{capital}{small}+(?: {capital}{small}+)?:\s*")
        """The language a native-script name is labelled with ("Ukrainian: ")."""
        self._SCRIPTS = tuple(sorted({unicodedata.name(c, "").split(" ")[0]
                                      for c in lg.capital_letters | lg.small_letters} - {""}))
        """The scripts of the language's letters, as Unicode names begin ("LATIN")."""
        self._PLACE = (rf"{capital}[\w'’.-]*(?:[ -](?:{capital}[\w'’.-]*|"
                       + ("|".join(map(re.escape, lg.place_connectors)) or NEVER) + "))*")
        self._BORN_IN = rx.compile(
            rf"\b(?:{alternatives(lg.born_words)})\b[^.;()]*?"
            rf"\b{lg.birthplace_lead}\s+(?:{self._THE}\s+)?(?P<place>{self._PLACE})")
        self._CHARGE_VERB = rx.compile(rf"\b(?:{alternatives(lg.charge_words)})\b",
                                       re.IGNORECASE)
        self._ARTICLE = lg.law_articles[0]
        self._LAW = rx.compile(
            rf"(?:\b(?:{_either_case(lg.law_parts)})s?\s+\d+{small}?\s+{lg.of_word}\s+)?"
            rf"(?:\b(?:(?:{alternatives(a.capitalize() for a in lg.law_articles)})s?\.?"
            rf"|{_either_case((self._ARTICLE,))}s?)|{alternatives(lg.law_signs)})\s?{_law_number(small)}"
            rf"(?:\s*\((?:{_either_case(lg.law_parenthesis_parts)})\s+\d+\))?")
        self._OF = lg.of_word
        self._CODE = rx.compile(
            rf"\b{self._OF}\s+{self._THE}\s+(?P<code>(?:{capital}[\w-]*\s+){{0,4}}"
            rf"(?:{alternatives(lg.code_words)}))\b")
        self._SENTENCE_OF = rf"{alternatives(lg.sentence_nouns)}\s+{self._OF}"
        self._SENTENCED = rx.compile(
            rf"\b(?:{alternatives(lg.sentenced_words)})\b|\b(?:{alternatives(lg.sentence_givers)})\b"
            rf"[^.;]{{0,40}}?\b(?:{self._SENTENCE_OF})\b", re.IGNORECASE)
        self._COURTS = alternatives(lg.court_words)
        self._COURT_SUBJECT = rx.compile(
            rf"\b(?P<court>(?:{_A}|{self._THE})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{self._COURTS}))\s+"
            rf"(?:{alternatives(lg.court_verbs)})\b", re.IGNORECASE)
        self._TERM_UNITS = alternatives(lg.term_units)
        self._TERM_OF = rx.compile(
            rf"\b(?P<term>(?:{_A}\s+)?(?:" + "".join(rf"{w}\s+|" for w in lg.sentence_kinds)[:-1]
            + rf")?(?:{self._SENTENCE_OF})\s+(?:[^,.;()]|\.(?=\d))*?(?:{self._TERM_UNITS}))\b",
            re.IGNORECASE)
        self._CHARGED_WITH = rx.compile(
            rf"\b(?:{alternatives(lg.charged_with_phrases)})\s+(?P<what>[^,;.()“\"]{{3,80}})",
            re.IGNORECASE)
        self._COURT = rx.compile(
            rf"\b{lg.by_word}\s+(?P<court>(?:{_A}|{self._THE})\s+(?:[\w'’-]+\s+){{0,5}}?"
            rf"(?:{self._COURTS})"
            rf"(?:\s+(?:{alternatives(lg.court_places)})\s+(?:{self._THE}\s+)?{capital}[\w'’-]*"
            rf"(?:\s+{capital}[\w'’-]*)*)?)", re.IGNORECASE)
        self._NUMBER = "|".join(sorted((w for w, v in lg.number_words.items() if v),
                                       key=lambda w: (-len(w), w))) or NEVER
        self._TENS = "|".join(w for w, n in lg.tens_words.items() if n <= 50) or NEVER
        """The tens of a hyphened term ("twenty-five years"); up to fifty, as read so far."""
        self._AND = lg.list_words[0]
        self._MONTHS_WORD = alternatives(lg.term_months)
        self._TERM = rx.compile(
            rf"\b{lg.term_lead}\s+(?P<term>(?:{alternatives(lg.life_terms)}"
            rf"|(?:\d+(?:\.\d+)?|(?:{self._TENS})(?:-\w+)?|{self._NUMBER})"
            rf"(?:\s+{alternatives(lg.half_phrases)})?[\s-]+(?:{self._TERM_UNITS})"
            rf"(?:\s+{self._AND}\s+(?:\d+|{self._NUMBER})\s+(?:{self._MONTHS_WORD}))?)"
            rf"(?:\s+(?:{alternatives(lg.court_places)})\s+[^,.;()]*)?)",
            re.IGNORECASE)
        self._RELEASED = rx.compile(
            rf"\b(?:{alternatives(lg.released_auxiliaries)})\s+"
            rf"(?:(?:{alternatives(lg.released_adverbs)})\s+)?"
            rf"(?:{alternatives(lg.released_words)})\b", re.IGNORECASE)
        self._BOUNDED = rx.compile(
            rf"\b{lg.bounded_lead}\s+(?:\d+|{_A}|{alternatives(lg.bounded_counts)}"
            rf"|{self._NUMBER})[\s-]+"
            rf"(?:{alternatives(lg.bounded_units)})\b"
            + "".join(rf"|\b{w}\b" for w in lg.bounded_adverbs), re.IGNORECASE)
        self._DETAINED = rx.compile(rf"\b(?:{alternatives(lg.detained_words)})\b", re.IGNORECASE)
        """A statement that tells of someone held: a search or a raid alone is none."""
        self._NOT_HELD = rx.compile(rf"\b(?:{alternatives(lg.not_held_words)})\b", re.IGNORECASE)
        """A sentence that does not hold its convict (an end to a detention before it)."""
        self._BORN = rx.compile(rf"\b(?:{alternatives(lg.birth_words)})\b", re.IGNORECASE)
        self._PRONOUN = rx.compile(rf"\b(?:{alternatives(lg.case_pronouns)})\b", re.IGNORECASE)
        self._ASKS = rx.compile(rf"\b(?:{_stems(lg.ask_stems)})\b", re.IGNORECASE)


@cache
def _words(language: Language) -> _CaseWords:
    return _CaseWords(language)


@dataclass(frozen=True, slots=True)
class CaseLine:
    """One line of ``crimea-cli case``.

    ``field`` is a stable key (``name``, ``born``, ``detained`` …) and
    ``label`` its words for people; ``date`` is the EDTF date the line
    carries, if any; ``source`` says whether the value is the article's
    words (``text``, ``infobox``) or worked out (``computed``); ``text`` is the
    statement it comes from.
    """

    field: str
    label: str
    value: str
    date: str | None
    source: str
    text: str | None
    article: str


def case_record(line: CaseLine) -> dict[str, object]:
    """One case line as a JSON-ready dict with the fields of ``CASE_FIELDS``."""
    return {"field": line.field, "label": line.label, "value": line.value, "date": line.date,
            "source": line.source, "text": line.text, "article": line.article}


def _other_script(text: str, scripts: tuple[str, ...]) -> bool:
    """Whether ``text`` is written mostly in letters of none of ``scripts``."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    own = sum(1 for c in letters if unicodedata.name(c, "").startswith(scripts))
    return own * 2 < len(letters)


def _name(article: Article, w: _CaseWords) -> tuple[str, str | None, str | None]:
    """The subject's name as the lead writes it, its native-script form (in
    another script than the language's), and the statement both come from."""
    from .events import lead_first, paren_after_name

    first = lead_first(article)
    fallback = article.infobox.name if article.infobox and article.infobox.name else article.title
    if first is None:
        return fallback, None, None
    paren = paren_after_name(first.text)
    if paren is None:
        return fallback, None, None
    before = first.text[:paren[0]].strip()
    words = before.split()
    name = before if 1 <= len(words) <= 8 and all(w[:1].isupper() for w in words) else fallback
    pieces = [w._LANGUAGE_LABEL.sub("", p.strip())
              for p in re.split(r"[,;]", first.text[paren[0] + 1:paren[1]])]
    native = next((p for p in pieces if _other_script(p, w._SCRIPTS)), None)
    return name, native, first.text


class _Subject:
    """Which statements are about the article's subject: from the infobox or
    the lead's first sentence, naming the subject (a word of the name of
    three letters or more, capitalised, as a whole word), or, in an article
    about a person, with a personal pronoun."""

    def __init__(self, article: Article, name: str, lead: str | None, w: _CaseWords) -> None:
        # a name is a few words: a title of thousands (hostile input) gives its first ones
        found = re.findall(r"[^\W\d_][\w'’-]*", f"{name[:200]} {article.title[:200]}")
        words = {w for w in found if len(w) >= 3 and w[:1].isupper()}
        self.lead = lead
        self.named = (re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")
                      if words else None)
        self.person = False
        self.w = w

    def names(self, text: str) -> bool:
        """Whether ``text`` is the lead's first sentence or names the subject."""
        return text == self.lead or (self.named is not None
                                     and self.named.search(text) is not None)

    def named_in(self, event: Event) -> bool:
        """Whether the statement of ``event`` is the subject's own (the
        infobox, the lead) or names them."""
        return event.statement.source is Source.INFOBOX or self.names(event.text)

    def about_text(self, text: str) -> bool:
        """Whether a statement of the text (not the infobox) is about the subject."""
        return self.names(text) or (self.person and self.w._PRONOUN.search(text) is not None)

    def about(self, event: Event) -> bool:
        """Whether the statement of ``event`` is about the subject."""
        return self.named_in(event) or self.about_text(event.text)


def _tells_birth(event: Event, w: _CaseWords) -> bool:
    """Whether ``event`` is a birth the text tells in words ("was born",
    "née") or the infobox gives, or a death the infobox gives: what makes an
    article one about a person (a span after a name may be a war's)."""
    if event.statement.source is Source.INFOBOX:
        return event.category in ("birth", "death")
    return event.category == "birth" and w._BORN.search(event.text) is not None


def _finest(events: list[Event], category: str) -> Event | None:
    found = [e for e in events if e.category == category and not e.date.is_interval]
    return min(found, key=lambda e: (e.date.precision.rank, e.date.start)) if found else None


def _age(born: _dt.date, latest: _dt.date, on: _dt.date) -> str:
    """Whole years from the latest possible birthday to ``on``; a range when
    the birth date is not known to the day."""
    def years(a: _dt.date) -> int:
        return on.year - a.year - ((on.month, on.day) < (a.month, a.day))

    old, young = years(born), years(latest)
    return str(old) if old == young else f"{young}–{old}"


def _birthplace(article: Article, birth: Event, w: _CaseWords) -> tuple[str | None, str, str]:
    """Where the subject was born, whether the text or the infobox says so,
    and the statement that does (the birth statement when none)."""
    for st in (birth.statement, *article.statements):
        if st.source is not Source.INFOBOX:
            m = w._BORN_IN.search(st.text)
            if m:
                return m.group("place").rstrip("."), TEXT, st.text
    if article.infobox:
        for f in article.infobox.facts:
            if f.key.lower() in w._BIRTHPLACE_KEYS and f.value and not f.value[:1].isdigit():
                return f.value, INFOBOX, birth.text
    return None, TEXT, birth.text


def _join(items: list[str], lg: Language) -> str:
    """The items as a list in ``lg``'s words: "A, B and C"."""
    return items[0] if len(items) == 1 else lg.case_phrases["list_last"].format(
        items=lg.view_words["list_separator"].join(items[:-1]), last=items[-1])


def charges(text: str, language: Language | None = None) -> list[str]:
    """The law articles a statement names, as written ("Part 2 of Art. 205.5"),
    in ``language`` (English by default)."""
    if language is not None:
        check_type(language, Language, "charges(language)")
    return _charges(text, _words(en.LANGUAGE if language is None else language))


def _charges(text: str, w: _CaseWords) -> list[str]:
    return [m.group(0).rstrip(".") for m in w._LAW.finditer(text)]


def _charge_line(article: Article, events: list[Event], title: str,
                 about: Callable[[str], bool], w: _CaseWords) -> CaseLine | None:
    dated = {e.statement.index: e for e in events}
    line = _law_line(article, dated, title, about, w)
    if line is not None:
        return line
    for st in article.statements:   # no law article named: the charge in words
        m = (w._CHARGED_WITH.search(st.text)
             if st.source is not Source.INFOBOX and about(st.text) else None)
        if m:
            ev = dated.get(st.index)
            return CaseLine("charged", w.label["charged_with"], m.group("what").strip(),
                            ev.date.edtf if ev else None, TEXT, st.text, title)
    return None


def _law_line(article: Article, dated: dict[int, Event], title: str,
              about: Callable[[str], bool], w: _CaseWords) -> CaseLine | None:
    for st in article.statements:
        if (st.source is Source.INFOBOX or not w._CHARGE_VERB.search(st.text)
                or not about(st.text)):
            continue
        laws = _charges(st.text, w)
        if not laws:
            continue
        value = _join(laws, w.language)
        code = w._CODE.search(st.text, w._LAW.search(st.text).start())  # type: ignore[union-attr]
        if code:
            value = w.phrase["laws_of_code"].format(laws=value, code=code.group("code"))
        ev = dated.get(st.index)
        return CaseLine("charged", w.label["charged_under"], value, ev.date.edtf if ev else None,
                        TEXT, st.text, title)
    return None


def _sentence_line(events: list[Event], title: str, w: _CaseWords) -> CaseLine | None:
    for ev in events:
        if not w._SENTENCED.search(ev.text) or ev.date.is_interval:
            continue
        parts = [human_date(ev.date.edtf, w.language)]
        court = w._COURT.search(ev.text) or w._COURT_SUBJECT.search(ev.text)
        if court:
            parts.append(w.phrase["by_court"].format(court=court.group("court").strip()))
        said = w._SENTENCED.search(ev.text)
        term = w._TERM.search(ev.text, said.start())  # type: ignore[union-attr]
        term_of = w._TERM_OF.search(ev.text)
        if term:
            parts.append(w.phrase["to_term"].format(term=term.group("term").strip()))
        elif term_of:
            parts.append(w.phrase["to_term"].format(term=" ".join(term_of.group("term").split())))
        return CaseLine("sentenced", w.label["sentenced"], " ".join(parts), ev.date.edtf, TEXT,
                        ev.text, title)
    return None


def _released(ev: Event, w: _CaseWords) -> bool:
    m = w._RELEASED.search(ev.text)
    return m is not None and not w._ASKS.search(ev.text[:m.start()])


def _awards_line(awards: list[Award], title: str, w: _CaseWords) -> CaseLine | None:
    if not awards:
        return None
    ordered = sorted(awards, key=lambda a: a.date.start if a.date else _dt.date.min)

    def named(a: Award) -> str:
        return (w.phrase["award_of_year"].format(name=a.name, year=a.date.start.year)
                if a.date else a.name)

    if len(ordered) <= AWARDS_LISTED:
        value = w.phrase["awards_all"].format(count=len(ordered),
                                              names=w.language.view_words["list_separator"].join(
                                                  named(a) for a in ordered))
    else:
        value = w.phrase["awards_latest"].format(count=len(ordered), name=named(ordered[-1]))
    latest = ordered[-1]
    return CaseLine("awards", w.label["awards"], value, latest.date.edtf if latest.date else None,
                    TEXT, latest.statement.text, title)


def case_lines(article: Article, events: list[Event], awards: list[Award],
               as_of: _dt.date, source: str = "",
               language: Language | None = None) -> list[CaseLine]:
    """The case screen of one article: what applies of who, status, charges,
    awards, the first and last events and the source; the statements are
    read in ``language`` (English by default) and written in its words (its
    ``case_labels``, ``case_phrases`` and ``date_words``)."""
    if language is not None:
        check_type(language, Language, "case_lines(language)")
    w = _words(language or en.LANGUAGE)
    title = article.title
    ordered = sorted(events, key=lambda e: (e.date.start, e.date.end))
    name, native, lead = _name(article, w)
    label, phrase = w.label, w.phrase
    named = phrase["named_natively"].format(name=name, native=native) if native else name
    rows = [CaseLine("name", label["name"], named, None,
                     TEXT if lead else INFOBOX, lead, title)]
    subject = _Subject(article, name, lead, w)
    subject.person = any(_tells_birth(e, w) and subject.named_in(e) for e in ordered)
    # the lines of a person: from statements about the subject, in an article about one
    own = [e for e in ordered if subject.about(e)] if subject.person else []
    birth, death = _finest(own, "birth"), _finest(own, "death")
    if birth is not None:
        place, where, said = _birthplace(article, birth, w)
        value = (phrase["born_in"].format(date=human_date(birth.date.edtf, w.language), place=place)
                 if place else human_date(birth.date.edtf, w.language))
        rows.append(CaseLine("born", label["born"], value, birth.date.edtf,
                             TEXT if where == TEXT else f"{TEXT} + {INFOBOX}", said, title))
    if death is not None:
        rows.append(CaseLine("died", label["died"], human_date(death.date.edtf, w.language),
                             death.date.edtf, TEXT, death.text, title))
    if birth is not None:
        end = death.date.start if death is not None else as_of
        age = (label["age_at_death"] if death is not None
               else label["age_on"].format(date=as_of.isoformat()))
        rows.append(CaseLine("age", age, _age(birth.date.start, birth.date.end, end), None,
                             COMPUTED, None, title))
    detention = next((e for e in own if w._DETAINED.search(e.text) and not _released(e, w)
                      and not w._ASKS.search(e.text) and not w._SENTENCED.search(e.text)), None)
    release = next((e for e in own if _released(e, w)
                    and (detention is None or e.date.start >= detention.date.start)), None)
    if detention is not None:
        # "since" while the text tells of no end: a release, a term, a death, or a
        # sentence that holds no one (suspended) after it
        free = next((e for e in own if w._SENTENCED.search(e.text) and w._NOT_HELD.search(e.text)
                     and e.date.start >= detention.date.start), None)
        ended = (release is not None or free is not None
                 or w._BOUNDED.search(detention.text) is not None
                 or (death is not None and death.date.start >= detention.date.start))
        rows.append(CaseLine("detained", label["detained_on" if ended else "detained_since"],
                             human_date(detention.date.edtf, w.language), detention.date.edtf, TEXT,
                             detention.text, title))
    if subject.person:
        charge = _charge_line(article, ordered, title, subject.about_text, w)
        if charge is not None:
            rows.append(charge)
    sentence = _sentence_line(own, title, w)
    if sentence is not None:
        rows.append(sentence)
    if release is not None:
        rows.append(CaseLine("released", label["released"],
                             human_date(release.date.edtf, w.language), release.date.edtf, TEXT,
                             release.text, title))
    # the subject's: listed (infobox, list items) or said of them
    award_line = _awards_line([a for a in awards if a.statement.source is not Source.SENTENCE
                               or subject.about_text(a.statement.text)], title, w)
    if award_line is not None:
        rows.append(award_line)
    if ordered:
        first, last = ordered[0], ordered[-1]
        rows.append(CaseLine("events", label["events"],
                             phrase["dated_statements"].format(count=len(ordered)), None,
                             COMPUTED, None, title))
        rows.append(CaseLine("first", label["first"], phrase["event_of"].format(
                             date=human_date(first.date.edtf, w.language), category=first.category),
                             first.date.edtf, TEXT, first.text, title))
        rows.append(CaseLine("last", label["last"], phrase["event_of"].format(
                             date=human_date(last.date.edtf, w.language), category=last.category),
                             last.date.edtf, TEXT, last.text, title))
    shown = phrase["source_of"].format(title=title, source=source) if source else f"{title}"
    rows.append(CaseLine("source", label["source"], shown, None, COMPUTED, None, title))
    return rows
