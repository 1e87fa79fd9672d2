"""The case at a glance: who, status, charges, awards, first and last events.

:func:`case_lines` reads one article into a few :class:`CaseLine` rows, each
from the article's own words (``text``, ``infobox``) or worked out from them
(``computed``), with the statement it comes from. The rules are general:

- the *name* is the lead's first words before its parenthesis (else the
  infobox name, else the title); a native-script name is the parenthesis'
  first piece written in a non-Latin script;
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

from . import rx
from .humanize import human_date
from .lang import alternatives, en
from .model import Article, Award, Event, Source

_EN = en.LANGUAGE
NUMBER_WORDS = _EN.number_words

TEXT = "text"
INFOBOX = "infobox"
COMPUTED = "computed"

AWARDS_LISTED = 3
"""Up to this many awards are named; more are counted, with the latest."""

_BIRTHPLACE_KEYS = _EN.birthplace_keys
_THE = _EN.definite_article
_A = "an?"   # (a|an)
_PLACE = (r"[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|"
          + "|".join(map(re.escape, _EN.place_connectors)) + "))*")
_BORN_IN = rx.compile(rf"\b(?:{alternatives(_EN.born_words)})\b[^.;()]*?"
                      rf"\b{_EN.birthplace_lead}\s+(?:{_THE}\s+)?(?P<place>{_PLACE})")
_CHARGE_VERB = rx.compile(rf"\b(?:{alternatives(_EN.charge_words)})\b", re.IGNORECASE)
_LAW_NUMBER = r"\d+(?:\.\d+)*[a-z]?(?![\w.]\w)(?:\s?\([0-9a-z]{1,3}\))*"


def _either_case(words: tuple[str, ...]) -> str:
    """Lower-case words that may also be capitalised ("part", "Part")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)


_ARTICLE = _EN.law_articles[0]
_LAW = rx.compile(
    rf"(?:\b(?:{_either_case(_EN.law_parts)})s?\s+\d+[a-z]?\s+{_EN.of_word}\s+)?"
    rf"(?:\b(?:(?:{alternatives(a.capitalize() for a in _EN.law_articles)})s?\.?"
    rf"|{_either_case((_ARTICLE,))}s?)|{alternatives(_EN.law_signs)})\s?{_LAW_NUMBER}"
    rf"(?:\s*\((?:{_either_case(_EN.law_parenthesis_parts)})\s+\d+\))?")
_OF = _EN.of_word
_CODE = rx.compile(rf"\b{_OF}\s+{_THE}\s+(?P<code>(?:[A-Z][\w-]*\s+){{0,4}}"
                   rf"(?:{alternatives(_EN.code_words)}))\b")
_SENTENCE_OF = rf"{alternatives(_EN.sentence_nouns)}\s+{_OF}"
_SENTENCED = rx.compile(
    rf"\b(?:{alternatives(_EN.sentenced_words)})\b|\b(?:{alternatives(_EN.sentence_givers)})\b"
    rf"[^.;]{{0,40}}?\b(?:{_SENTENCE_OF})\b", re.IGNORECASE)
_COURTS = alternatives(_EN.court_words)
_COURT_SUBJECT = rx.compile(
    rf"\b(?P<court>(?:{_A}|{_THE})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_COURTS}))\s+"
    rf"(?:{alternatives(_EN.court_verbs)})\b", re.IGNORECASE)
_TERM_UNITS = alternatives(_EN.term_units)
_TERM_OF = rx.compile(
    rf"\b(?P<term>(?:{_A}\s+)?(?:" + "".join(rf"{w}\s+|" for w in _EN.sentence_kinds)[:-1]
    + rf")?(?:{_SENTENCE_OF})\s+(?:[^,.;()]|\.(?=\d))*?(?:{_TERM_UNITS}))\b", re.IGNORECASE)
_CHARGED_WITH = rx.compile(
    rf"\b(?:{alternatives(_EN.charged_with_phrases)})\s+(?P<what>[^,;.()“\"]{{3,80}})",
    re.IGNORECASE)
_COURT = rx.compile(
    rf"\b{_EN.by_word}\s+(?P<court>(?:{_A}|{_THE})\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_COURTS})"
    rf"(?:\s+(?:{alternatives(_EN.court_places)})\s+(?:{_THE}\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*)?)", re.IGNORECASE)
_NUMBER = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if v), key=lambda w: (-len(w), w)))
_TENS = "|".join(w for w, n in _EN.tens_words.items() if n <= 50)
"""The tens of a hyphened term ("twenty-five years"); up to fifty, as read so far."""
_AND = _EN.list_words[0]
_MONTHS_WORD = alternatives(_EN.term_months)
_TERM = rx.compile(
    rf"\b{_EN.term_lead}\s+(?P<term>(?:{alternatives(_EN.life_terms)}"
    rf"|(?:\d+(?:\.\d+)?|(?:{_TENS})(?:-\w+)?|{_NUMBER})"
    rf"(?:\s+{alternatives(_EN.half_phrases)})?[\s-]+(?:{_TERM_UNITS})"
    rf"(?:\s+{_AND}\s+(?:\d+|{_NUMBER})\s+(?:{_MONTHS_WORD}))?)"
    rf"(?:\s+(?:{alternatives(_EN.court_places)})\s+[^,.;()]*)?)",
    re.IGNORECASE)
_RELEASED = rx.compile(
    rf"\b(?:{alternatives(_EN.released_auxiliaries)})\s+"
    rf"(?:(?:{alternatives(_EN.released_adverbs)})\s+)?"
    rf"(?:{alternatives(_EN.released_words)})\b", re.IGNORECASE)
_BOUNDED = rx.compile(
    rf"\bfor\s+(?:\d+|{_A}|{alternatives(_EN.bounded_counts)}|{_NUMBER})[\s-]+"
    rf"(?:{alternatives(_EN.bounded_units)})\b"
    + "".join(rf"|\b{w}\b" for w in _EN.bounded_adverbs), re.IGNORECASE)
_DETAINED = rx.compile(rf"\b(?:{alternatives(_EN.detained_words)})\b", re.IGNORECASE)
"""A statement that tells of someone held: a search or a raid alone is none."""
_NOT_HELD = rx.compile(rf"\b(?:{alternatives(_EN.not_held_words)})\b", re.IGNORECASE)
"""A sentence that does not hold its convict (an end to a detention before it)."""
_LANGUAGE_LABEL = rx.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s*")
"""The language a native-script name is labelled with ("Ukrainian: ")."""
_BORN = rx.compile(rf"\b(?:{alternatives(_EN.birth_words)})\b", re.IGNORECASE)
_PRONOUN = rx.compile(rf"\b(?:{alternatives(_EN.case_pronouns)})\b", re.IGNORECASE)


def _stems(phrases: tuple[str, ...]) -> str:
    """Phrases whose words may end in "*" (any ending) as one alternation."""
    return "|".join(r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                                for w in p.split(" ")) for p in phrases)


_ASKS = rx.compile(rf"\b(?:{_stems(_EN.ask_stems)})\b", re.IGNORECASE)


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


def _non_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin * 2 < len(letters)


def _name(article: Article) -> tuple[str, str | None, str | None]:
    """The subject's name as the lead writes it, its native-script form, and
    the statement both come from."""
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
    pieces = [_LANGUAGE_LABEL.sub("", p.strip())
              for p in re.split(r"[,;]", first.text[paren[0] + 1:paren[1]])]
    native = next((p for p in pieces if _non_latin(p)), None)
    return name, native, first.text


class _Subject:
    """Which statements are about the article's subject: from the infobox or
    the lead's first sentence, naming the subject (a word of the name of
    three letters or more, capitalised, as a whole word), or, in an article
    about a person, with a personal pronoun."""

    def __init__(self, article: Article, name: str, lead: str | None) -> None:
        # a name is a few words: a title of thousands (hostile input) gives its first ones
        found = re.findall(r"[^\W\d_][\w'’-]*", f"{name[:200]} {article.title[:200]}")
        words = {w for w in found if len(w) >= 3 and w[:1].isupper()}
        self.lead = lead
        self.named = (re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")
                      if words else None)
        self.person = False

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
        return self.names(text) or (self.person and _PRONOUN.search(text) is not None)

    def about(self, event: Event) -> bool:
        """Whether the statement of ``event`` is about the subject."""
        return self.named_in(event) or self.about_text(event.text)


def _tells_birth(event: Event) -> bool:
    """Whether ``event`` is a birth the text tells in words ("was born",
    "née") or the infobox gives, or a death the infobox gives: what makes an
    article one about a person (a span after a name may be a war's)."""
    if event.statement.source is Source.INFOBOX:
        return event.category in ("birth", "death")
    return event.category == "birth" and _BORN.search(event.text) is not None


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


def _birthplace(article: Article, birth: Event) -> tuple[str | None, str, str]:
    """Where the subject was born, whether the text or the infobox says so,
    and the statement that does (the birth statement when none)."""
    for st in (birth.statement, *article.statements):
        if st.source is not Source.INFOBOX:
            m = _BORN_IN.search(st.text)
            if m:
                return m.group("place").rstrip("."), TEXT, st.text
    if article.infobox:
        for f in article.infobox.facts:
            if f.key.lower() in _BIRTHPLACE_KEYS and f.value and not f.value[:1].isdigit():
                return f.value, INFOBOX, birth.text
    return None, TEXT, birth.text


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def charges(text: str) -> list[str]:
    """The law articles a statement names, as written ("Part 2 of Art. 205.5")."""
    return [m.group(0).rstrip(".") for m in _LAW.finditer(text)]


def _charge_line(article: Article, events: list[Event], title: str,
                 about: Callable[[str], bool]) -> CaseLine | None:
    dated = {e.statement.index: e for e in events}
    line = _law_line(article, dated, title, about)
    if line is not None:
        return line
    for st in article.statements:   # no law article named: the charge in words
        m = (_CHARGED_WITH.search(st.text)
             if st.source is not Source.INFOBOX and about(st.text) else None)
        if m:
            ev = dated.get(st.index)
            return CaseLine("charged", "Charged with", m.group("what").strip(),
                            ev.date.edtf if ev else None, TEXT, st.text, title)
    return None


def _law_line(article: Article, dated: dict[int, Event], title: str,
              about: Callable[[str], bool]) -> CaseLine | None:
    for st in article.statements:
        if (st.source is Source.INFOBOX or not _CHARGE_VERB.search(st.text)
                or not about(st.text)):
            continue
        laws = charges(st.text)
        if not laws:
            continue
        value = _join(laws)
        code = _CODE.search(st.text, _LAW.search(st.text).start())  # type: ignore[union-attr]
        if code:
            value += f" of the {code.group('code')}"
        ev = dated.get(st.index)
        return CaseLine("charged", "Charged under", value, ev.date.edtf if ev else None,
                        TEXT, st.text, title)
    return None


def _sentence_line(events: list[Event], title: str) -> CaseLine | None:
    for ev in events:
        if not _SENTENCED.search(ev.text) or ev.date.is_interval:
            continue
        parts = [human_date(ev.date.edtf)]
        court = _COURT.search(ev.text) or _COURT_SUBJECT.search(ev.text)
        if court:
            parts.append(f"by {court.group('court').strip()}")
        term = _TERM.search(ev.text, _SENTENCED.search(ev.text).start())  # type: ignore[union-attr]
        term_of = _TERM_OF.search(ev.text)
        if term:
            parts.append(f"to {term.group('term').strip()}")
        elif term_of:
            parts.append(f"to {' '.join(term_of.group('term').split())}")
        return CaseLine("sentenced", "Sentenced on", " ".join(parts), ev.date.edtf, TEXT,
                        ev.text, title)
    return None


def _released(ev: Event) -> bool:
    m = _RELEASED.search(ev.text)
    return m is not None and not _ASKS.search(ev.text[:m.start()])


def _awards_line(awards: list[Award], title: str) -> CaseLine | None:
    if not awards:
        return None
    ordered = sorted(awards, key=lambda a: a.date.start if a.date else _dt.date.min)

    def named(a: Award) -> str:
        return f"{a.name} ({a.date.start.year})" if a.date else a.name

    if len(ordered) <= AWARDS_LISTED:
        value = f"{len(ordered)}: " + ", ".join(named(a) for a in ordered)
    else:
        value = f"{len(ordered)}; the latest: {named(ordered[-1])}"
    latest = ordered[-1]
    return CaseLine("awards", "Awards", value, latest.date.edtf if latest.date else None,
                    TEXT, latest.statement.text, title)


def case_lines(article: Article, events: list[Event], awards: list[Award],
               as_of: _dt.date, source: str = "") -> list[CaseLine]:
    """The case screen of one article: what applies of who, status, charges,
    awards, the first and last events and the source."""
    title = article.title
    ordered = sorted(events, key=lambda e: (e.date.start, e.date.end))
    name, native, lead = _name(article)
    rows = [CaseLine("name", "Name", name + (f" ({native})" if native else ""), None,
                     TEXT if lead else INFOBOX, lead, title)]
    subject = _Subject(article, name, lead)
    subject.person = any(_tells_birth(e) and subject.named_in(e) for e in ordered)
    # the lines of a person: from statements about the subject, in an article about one
    own = [e for e in ordered if subject.about(e)] if subject.person else []
    birth, death = _finest(own, "birth"), _finest(own, "death")
    if birth is not None:
        place, where, said = _birthplace(article, birth)
        value = human_date(birth.date.edtf) + (f" in {place}" if place else "")
        rows.append(CaseLine("born", "Born", value, birth.date.edtf,
                             TEXT if where == TEXT else f"{TEXT} + {INFOBOX}", said, title))
    if death is not None:
        rows.append(CaseLine("died", "Died", human_date(death.date.edtf), death.date.edtf,
                             TEXT, death.text, title))
    if birth is not None:
        end = death.date.start if death is not None else as_of
        label = "Age at death" if death is not None else f"Age on {as_of.isoformat()}"
        rows.append(CaseLine("age", label, _age(birth.date.start, birth.date.end, end), None,
                             COMPUTED, None, title))
    detention = next((e for e in own if _DETAINED.search(e.text) and not _released(e)
                      and not _ASKS.search(e.text) and not _SENTENCED.search(e.text)), None)
    release = next((e for e in own if _released(e)
                    and (detention is None or e.date.start >= detention.date.start)), None)
    if detention is not None:
        # "since" while the text tells of no end: a release, a term, a death, or a
        # sentence that holds no one (suspended) after it
        free = next((e for e in own if _SENTENCED.search(e.text) and _NOT_HELD.search(e.text)
                     and e.date.start >= detention.date.start), None)
        ended = (release is not None or free is not None
                 or _BOUNDED.search(detention.text) is not None
                 or (death is not None and death.date.start >= detention.date.start))
        rows.append(CaseLine("detained", "Detained on" if ended else "Detained since",
                             human_date(detention.date.edtf), detention.date.edtf, TEXT,
                             detention.text, title))
    if subject.person:
        charge = _charge_line(article, ordered, title, subject.about_text)
        if charge is not None:
            rows.append(charge)
    sentence = _sentence_line(own, title)
    if sentence is not None:
        rows.append(sentence)
    if release is not None:
        rows.append(CaseLine("released", "Released on", human_date(release.date.edtf),
                             release.date.edtf, TEXT, release.text, title))
    # the subject's: listed (infobox, list items) or said of them
    award_line = _awards_line([a for a in awards if a.statement.source is not Source.SENTENCE
                               or subject.about_text(a.statement.text)], title)
    if award_line is not None:
        rows.append(award_line)
    if ordered:
        first, last = ordered[0], ordered[-1]
        rows.append(CaseLine("events", "Events", f"{len(ordered)} dated statements", None,
                             COMPUTED, None, title))
        rows.append(CaseLine("first", "First event",
                             f"{human_date(first.date.edtf)} ({first.category})",
                             first.date.edtf, TEXT, first.text, title))
        rows.append(CaseLine("last", "Last event",
                             f"{human_date(last.date.edtf)} ({last.category})",
                             last.date.edtf, TEXT, last.text, title))
    rows.append(CaseLine("source", "Source", f"{title}" + (f" ({source})" if source else ""),
                         None, COMPUTED, None, title))
    return rows
