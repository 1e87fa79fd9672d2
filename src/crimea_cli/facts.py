"""Facts: the infobox as written, and figures computed from the events.

Computed figures (ages, durations) are labelled ``computed`` and never passed
off as statements of the article; the sentence length is labelled ``text``
with the words it was read from. ``as_of`` makes "today" reproducible.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache

from . import rx
from .edtf import is_bc
from .errors import check_type
from .humanize import human_date
from .lang import Language, alternatives, en, letter_class
from .model import Article, DateValue, Event, Precision

INFOBOX = "infobox"
COMPUTED = "computed"
TEXT = "text"



class _Words:
    """What the facts read in the words of one language (see :func:`_words`)."""

    def __init__(self, language: Language) -> None:
        self.birthplace_keys = language.birthplace_keys
        self.number_words = language.number_words
        small = letter_class(language.small_letters)
        self.sentence_length = rx.compile(
            rf"\b(?:{alternatives(language.sentenced_words)})\b[^.;]{{0,200}}?"
            rf"\b{language.term_lead}\s+(?P<n>[0-9]{{1,2}}|{small}+(?:-{small}+)?)\s+"
            rf"(?:{alternatives(language.year_words)})\b", re.IGNORECASE)
        """The length reads "to N years" within 200 characters of "sentenced" (a
        bounded window: a statement may hold the word thousands of times)."""
        self.others = rx.compile(
            # the relation as the clause's subject: "His lawyer, …, was arrested",
            # "On 5 March 2014 his brother was detained" (not "His father's house
            # was raided and he was detained", "His wife and he were sentenced")
            rf"(?:(?:{alternatives(language.date_leads)})\s+[^,]{{1,40}}?,?\s+)?"
            rf"(?:{alternatives(language.possessive_pronouns)})\s+(?:[\w-]+\s+)?"
            rf"(?:{alternatives(language.relation_nouns)})"
            rf"(?:\s*,|\s+(?:{alternatives(language.copulas)})\b)", re.IGNORECASE)
        """A statement about someone close to the subject, not the subject: "His
        lawyer, … was himself arrested", "Her husband was detained": its
        detention or sentence is not the subject's first."""
        self.tens = {w: n for w, n in language.tens_words.items() if n <= 40}
        """The tens of a hyphened length ("twenty-five years"); up to forty, as
        read so far (the other tens are in the table)."""

    def years(self, n: str) -> int | None:
        """The number of years ``n`` says ("14", "fourteen", "twenty-five")."""
        n = n.lower()
        if n.isdigit():
            return int(n)
        if "-" in n:
            tens, _, unit = n.partition("-")
            tens_value = self.tens.get(tens)
            unit_value = self.number_words.get(unit)
            return tens_value + unit_value if tens_value and unit_value else None
        return self.number_words.get(n) or None


@cache
def _words(language: Language) -> _Words:
    return _Words(language)


@dataclass(frozen=True, slots=True)
class FactRow:
    """One line of ``crimea-cli facts``."""

    label: str
    value: str
    source: str
    article: str


def _span(a: _dt.date, b: _dt.date, lg: Language) -> str:
    """The time from ``a`` to ``b`` in years, months and days, in the words
    of ``lg`` (its ``fact_counts``, in the plural form each number takes,
    joined by its list separator; ``fact_words["no_days"]`` for none)."""
    from dateutil.relativedelta import relativedelta

    d = relativedelta(b, a)
    counts = lg.fact_counts
    parts = [(d.years, "years"), (d.months, "months"), (d.days, "days")]
    words = [lg.counted(counts[unit], n) for n, unit in parts if n]
    return lg.view_words["list_separator"].join(words) or lg.fact_words["no_days"]


def _age(birth: DateValue, on: _dt.date) -> str:
    """Age on a day; a range when the birth date is not known to the day."""
    from dateutil.relativedelta import relativedelta

    oldest = relativedelta(on, birth.start).years
    youngest = relativedelta(on, birth.end).years
    return str(oldest) if oldest == youngest else f"{youngest}–{oldest}"


def _first(events: list[Event], category: str, others: re.Pattern[str] | None = None
           ) -> Event | None:
    """The first event of ``category`` with a single date; with ``others``,
    not one whose statement is about someone else (see `_Words.others`)."""
    return next((e for e in events if e.category == category and not e.date.is_interval
                 and not (others and others.match(e.statement.text))), None)


def _by(event: Event | None, as_of: _dt.date) -> Event | None:
    """``event`` if it had happened by ``as_of`` (its last day), else None."""
    return event if event is not None and event.date.end <= as_of else None


def compute_facts(article: Article, events: list[Event], as_of: _dt.date,
                  language: Language | None = None) -> list[FactRow]:
    """The infobox facts, then what follows from the events as of ``as_of``;
    the infobox keys and the sentence's words are read in ``language``
    (English by default)."""
    if language is not None:
        check_type(language, Language, "compute_facts(language)")
    lg = en.LANGUAGE if language is None else language
    words, said = _words(lg), lg.fact_words
    title = article.title
    rows: list[FactRow] = []
    if article.infobox:
        rows.extend(FactRow(f.key or "—", f.value, INFOBOX, title) for f in article.infobox.facts)

    birth_events = [e for e in events if e.category == "birth" and not e.date.is_interval]
    birth = min(birth_events, key=lambda e: e.date.precision.rank).date if birth_events else None
    if birth is not None:
        place = next((f.value for f in (article.infobox.facts if article.infobox else ())
                      if f.key.lower() in words.birthplace_keys), None)
        where = bool(place and not place[:1].isdigit())
        born = (said["born_in"].format(date=human_date(birth.edtf, lg), place=place) if where
                else human_date(birth.edtf, lg))
        rows.append(FactRow(said["born"], born, f"{TEXT} + {INFOBOX}" if where else TEXT, title))
        if is_bc(birth):
            birth = None   # ages need days, which dates before the common era do not have
        elif _first(events, "death") is None and as_of >= birth.end:
            rows.append(FactRow(said["age_on"].format(date=as_of.isoformat()), _age(birth, as_of),
                                COMPUTED, title))

    # as of a day before an event, what follows from it is not yet defined:
    # left out (no negative ages or durations)
    others = words.others
    detention = _by(_first(events, "detention", others), as_of)
    sentence = _by(_first(events, "sentence", others), as_of)
    for label, ev in (("age_at_first_detention", detention), ("age_at_sentence", sentence)):
        if ev is not None and birth is not None and ev.date.start >= birth.end:
            rows.append(FactRow(said[label].format(date=human_date(ev.date.edtf, lg)),
                                _age(birth, ev.date.start), COMPUTED, title))
    exact = Precision.DAY
    if (detention and sentence and detention.date.precision is exact
            and sentence.date.precision is exact
            and sentence.date.start >= detention.date.start):
        rows.append(FactRow(said["detention_to_sentence"],
                            _span(detention.date.start, sentence.date.start, lg), COMPUTED,
                            title))
    if sentence is not None:
        m = words.sentence_length.search(sentence.text)
        years = words.years(m.group("n")) if m else None
        if m and years:
            rows.append(FactRow(said["sentence"],
                                said["sentence_of"].format(years=years, words=m.group("n")),
                                TEXT, title))
    release = None
    if detention is not None:
        release = next((e for e in events if e.category == "release"
                        and not e.date.is_interval and e.date.start >= detention.date.start), None)
    if detention is not None and detention.date.precision is exact:
        if release is not None and release.date.precision is exact:
            # a detention ends at the release: no running count past it
            rows.append(FactRow(said["detention_to_release"],
                                _span(detention.date.start, release.date.start, lg), COMPUTED,
                                title))
        elif release is None:
            rows.append(FactRow(said["since_first_detention"].format(date=as_of.isoformat()),
                                _span(detention.date.start, as_of, lg), COMPUTED, title))
    death = _first(events, "death")
    if birth is not None and death is not None and not is_bc(death.date):
        rows.append(FactRow(said["age_at_death"].format(date=human_date(death.date.edtf, lg)),
                            _age(birth, death.date.start), COMPUTED, title))
    return rows
