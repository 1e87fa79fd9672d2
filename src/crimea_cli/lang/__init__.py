"""The words of a language the engine reacts to: :class:`Language`.

A language is a module of this package (``lang/en.py``) that fills every
table of one :class:`Language` with plain words and phrases: no regular
expressions. The code that reads a table builds its patterns from it (a
phrase's space stands for any run of white space there; a word is escaped),
so one notation holds everywhere and a table can be checked on its own
(``tests/test_lang.py`` checks every table of every language: types, case,
duplicates, empty entries, regex metacharacters, month numbers ...). Models:
dateutil's ``parserinfo``, dateparser's per-language data and its validator,
spaCy's ``lang/xx``.

Each field's metadata says how its words are written: ``case`` is
``"lower"`` (compared with lower-cased text), ``"title"`` (each word with a
capital first letter: month names are case-sensitive so that "may appeal" is no month),
``"upper"`` (eras) or ``"any"``; ``wildcard`` allows a ``*`` at the end of
a word (any ending: "prosecut*", "call* for"). The category names
(:data:`CATEGORIES`) and the kinds of honour are the same in every language:
they are identifiers of the output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any

# the rule of the languages' module names, shared with the command line's help
from .._lang_files import shipped as _shipped
from .._lang_files import shipped_codes as _shipped_codes

__all__ = ["CATEGORIES", "NEVER", "ORDINAL_RULES", "PLURAL_RULES", "Language", "alternatives",
           "codes", "get", "letter_class", "lower", "ordinal_category", "phrase_pattern",
           "plural_category", "register", "unregister"]


def lower(text: str) -> str:
    """``text.lower()`` with every character where it was: a character whose
    lower case is longer ("İ" is "i̇", two characters) stays as it is, so an
    offset in the result is one in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)

CATEGORIES: tuple[str, ...] = (
    "birth", "death", "sentence", "trial", "charge", "release", "detention", "award",
    "recognition", "statement", "health", "education", "activism", "career", "other",
)
"""Every event category, in display order; "other" is what no keyword gives."""

AWARD_KIND_NAMES: tuple[str, ...] = ("order", "medal", "prize", "title", "degree")
"""The kinds of honour (``awards -c``) a language gives head nouns for."""


CASE_LABELS: dict[str, tuple[str, ...]] = {
    "name": (), "born": (), "died": (), "age_at_death": (), "age_on": ("date",),
    "detained_on": (), "detained_since": (), "charged_with": (), "charged_under": (),
    "sentenced": (), "released": (), "awards": (), "events": (), "first": (), "last": (),
    "source": (),
}
"""The keys of :attr:`Language.case_labels`, each with the placeholders its
words may hold."""
CASE_PHRASES: dict[str, tuple[str, ...]] = {
    "named_natively": ("name", "native"), "born_in": ("date", "place"),
    "list_last": ("items", "last"), "laws_of_code": ("laws", "code"),
    "by_court": ("court",), "to_term": ("term",), "award_of_year": ("name", "year"),
    "awards_all": ("count", "names"), "awards_latest": ("count", "name"),
    "dated_statements": ("count",), "event_of": ("date", "category"),
    "source_of": ("title", "source"),
}
"""The keys of :attr:`Language.case_phrases`, with their placeholders."""
FACT_WORDS: dict[str, tuple[str, ...]] = {
    "born": (), "born_in": ("date", "place"), "age_on": ("date",),
    "age_at_first_detention": ("date",), "age_at_sentence": ("date",),
    "age_at_death": ("date",), "detention_to_sentence": (), "detention_to_release": (),
    "since_first_detention": ("date",), "sentence": (), "sentence_of": ("years", "words"),
    "no_days": (),
}
"""The keys of :attr:`Language.fact_words`, with their placeholders."""
FACT_COUNTS: dict[str, tuple[str, ...]] = {"years": ("n",), "months": ("n",), "days": ("n",)}
"""The keys of :attr:`Language.fact_counts` (a length of time: "{n} years"),
each written in every plural form of the language."""
VIEW_WORDS: dict[str, tuple[str, ...]] = {
    # the headers of the columns (table, markdown, HTML), by the record's field
    "date": (), "category": (), "statement": (), "section": (), "award": (),
    "conferred_by": (), "fact": (), "value": (), "source": (), "field": (), "table": (),
    "key": (), "count": (), "token": (), "rule": (), "reason": (), "article": (), "year": (),
    "decade": (), "century": (),
    # where a fact or a line of the case comes from (its record's "source")
    "from_text": (), "from_infobox": (), "from_text_and_infobox": (), "computed": (),
    # a date the events took from another statement (the records' "kind")
    "inferred": (), "relative": (), "date_of_kind": ("date", "kind"), "of_kind": ("kind",),
    "inferred_from": (), "relative_from": (), "undated": (),
    # the timeline and its sources
    "list_separator": (), "no_citation": (), "source_line": ("source",),
    "source_of": ("article", "source"), "at_revision": ("source", "revision"),
    # timeline --explain
    "not_read_as_dates": (), "dates_completed": (), "year_from": ("text",),
    "not_a_date": ("reason",), "its_year_from": (),
    # the headings of stats, by its table
    "per_year": (), "per_decade": (), "per_century": (), "per_category": (),
    "per_section": (), "per_article": (),
    # --group-by article
    "untitled": (), "with_latest": ("summary", "name", "year"),
    # the HTML page's items and tables
    "undated_group": (), "given_by": ("by",),
    "source_link": ("source",), "with_revision": ("source", "revision"), "by_table": ("table",),
    "bar": (), "excerpt": (), "citations": (),
    # the detail pane of explore
    "from": (), "none_given": (),
    # a statement too long to show whole, or a part of one
    "clipped": ("text", "count"), "part_of": ("length", "start", "end"), "part_of_longer": (),
    # an empty result, said to people
    "no_events": (), "no_awards": (),
}
"""The keys of :attr:`Language.view_words`, with their placeholders."""
VIEW_COUNTS: dict[str, tuple[str, ...]] = dict.fromkeys(
    ("events", "awards", "facts", "hits", "lines", "tokens", "counts", "records",
     "statements"), ("n",))
"""The keys of :attr:`Language.view_counts` (how many records of a kind:
"{n} events"), each written in every plural form of the language."""
PLURAL_RULES: dict[str, tuple[str, ...]] = {
    "one-other": ("one", "other"),
    "east-slavic": ("one", "few", "many"),
    "polish": ("one", "few", "many"),
    "czech": ("one", "few", "other"),
    "other": ("other",),
}
"""The plural rules a language may name (its ``plural_rule``), each with the
CLDR plural categories it gives whole numbers, in the order of the rule:

- ``one-other``: one for 1, other for the rest (English, German, Dutch,
  Swedish, Italian …);
- ``east-slavic``: one for 1, 21, 31 … (not 11), few for 2-4, 22-24 … (not
  12-14), many for the rest (Ukrainian, Russian, Belarusian: 1 рік, 2 роки,
  5 років, 21 рік);
- ``polish``: the same but one for 1 alone (1 rok, 2 lata, 5 lat, 21 lat);
- ``czech``: one for 1, few for 2-4, other for the rest (Czech, Slovak);
- ``other``: one form for every number (Japanese, Chinese …).

(A fraction has a category of its own in some of them; the views count whole
things only.)"""


DATE_WORDS: dict[str, tuple[str, ...]] = {
    "day_month_year": ("day", "month", "year"), "month_year": ("month", "year"),
    "approximate": ("date",), "decade": ("decade",), "century": ("ordinal",),
    "before_era": ("date",), "onwards": ("date",),
    "days_of_month": ("first", "last", "month", "year"),
    "months_of_year": ("first", "last", "year"),
    "range": ("first", "last"), "spaced_range": ("first", "last"),
}
"""The keys of :attr:`Language.date_words` (how a date is written for
people: "{day} {month} {year}", "the {decade}s", "{date} BC"), with their
placeholders."""
ORDINAL_RULES: dict[str, tuple[str, ...]] = {
    "english": ("one", "two", "few", "other"),
    "other": ("other",),
}
"""The ordinal rules a language may name (its ``ordinal_rule``), with the
CLDR ordinal categories each gives: ``english`` (1st, 2nd, 3rd, 4th, 11th,
21st …), ``other`` (one form for every number: Ukrainian "12-те")."""


def ordinal_category(rule: str, n: int) -> str:
    """The CLDR ordinal category of the whole number ``n`` by ``rule`` (one of
    :data:`ORDINAL_RULES`)."""
    if rule == "other":
        return "other"
    if rule != "english":
        raise ValueError(f"no ordinal rule {rule!r}")
    tens, hundreds = n % 10, n % 100
    return ("one" if tens == 1 and hundreds != 11 else "two" if tens == 2 and hundreds != 12
            else "few" if tens == 3 and hundreds != 13 else "other")


def plural_category(rule: str, n: int) -> str:
    """The CLDR plural category of the whole number ``n`` by ``rule`` (one
    of :data:`PLURAL_RULES`): "one", "few", "many" or "other"."""
    n = abs(n)
    if rule == "one-other":
        return "one" if n == 1 else "other"
    if rule == "other":
        return "other"
    tens, hundreds = n % 10, n % 100
    if rule == "czech":
        return "one" if n == 1 else "few" if 2 <= n <= 4 else "other"
    if rule not in ("east-slavic", "polish"):
        raise ValueError(f"no plural rule {rule!r}")
    if (n == 1 if rule == "polish" else tens == 1 and hundreds != 11):
        return "one"
    if 2 <= tens <= 4 and not 12 <= hundreds <= 14:
        return "few"
    return "many"
EXPLAIN_TOKEN_RULES: tuple[str, ...] = (
    "verb", "month-alone", "label", "glued", "age", "duration", "time", "quantity",
    "separators", "short", "long", "count", "no-evidence")
"""The names of the rules of ``timeline --explain`` (``explain.RULES``)."""
EXPLAIN_YEAR_RULES: tuple[str, ...] = (
    "glued", "label", "quantity", "measure", "three-digit", "weak-preposition-noun",
    "determiner-count", "parenthesis", "range", "leads-statement", "no-evidence")
"""The year rules (``dates.YEAR_RULES``) whose refusals ``--explain`` names."""
EXPLAIN_DATES: tuple[str, ...] = (
    "inferred", "relative", "subsumed", "no-year", "not-dated", "no-anchor", "anchor-undated",
    "relative-left-out", "not-a-year")
"""What ``--explain`` says of a date the grammar read and the events took
(inferred, relative) or left out, and of a refusal of a year rule it has no
words for (``not-a-year``)."""


def _t(case: str = "lower", wildcard: bool = False, required: bool = False) -> Any:
    """A table field: how its words are written (see the module's docstring);
    ``required`` when the engine cannot do without a word of it (an empty one
    is a ValueError at construction)."""
    return field(metadata={"case": case, "wildcard": wildcard, "required": required})


def _words_out(keys: Mapping[str, tuple[str, ...]] | Iterable[str], counts: bool = False
               ) -> Any:
    """A table of what a view writes (labels, phrases, reasons): a mapping
    of exactly ``keys`` to words in any case; a ``{name}`` in them stands for
    a value, one of the key's placeholders when ``keys`` gives them. With
    ``counts``, each key maps the plural categories of the language's
    ``plural_rule`` (every one of them) to the words of that form."""
    spec = dict(keys) if isinstance(keys, Mapping) else dict.fromkeys(keys, ())
    return field(metadata={"case": "any", "wildcard": False, "required": True, "text": spec,
                           "counts": counts})


@dataclass(frozen=True, eq=False, repr=False, init=TYPE_CHECKING)  # type: ignore[literal-required]
class Language:
    """Every word the extractor reacts to in one language, in named tables.

    Tables are read-only: frozensets, tuples (where the order matters: the
    first of two phrases that match at one place wins) and mappings. Two
    languages are the same only when they are one object (``eq=False``), so
    a language is a cheap key for what is built from it (compiled patterns).
    Build a variant with :func:`dataclasses.replace`.

    (Start-up: a generated ``__init__`` and ``__repr__`` of some 160 fields
    cost about 2.5 ms at each start. The type checker sees the generated
    ``__init__``; at run time one loop sets the fields, with the same
    errors for a missing or unknown table. The repr names the language.)
    """

    code: str = field(metadata={"case": "lower", "meta": True})
    """ISO 639-1 code ("en")."""
    name: str = field(metadata={"case": "any", "meta": True})
    """The language's English name ("English")."""

    # --- the script -----------------------------------------------------------
    capital_letters: frozenset[str] = _t("upper", required=True)
    """The capital letters of the script: where a rule looks for a capital
    (a name after "May 4 and 5", the subject's name before "died")."""
    small_letters: frozenset[str] = _t("lower", required=True)
    """The small letters: where a rule looks for a lower-case word."""

    # --- calendar -----------------------------------------------------------
    months: Mapping[str, int] = _t("title", required=True)
    """Month names and abbreviations → month number (1-12); case-sensitive."""
    month_abbreviations: frozenset[str] = _t("title")
    """The keys of ``months`` that are abbreviations (may carry a full stop)."""
    month_alone_abbreviations: frozenset[str] = _t("title")
    """Those of them that name a month alone too, with no day or year ("in Sept")."""
    ordinal_words: Mapping[str, int] = _t()
    """Ordinal words of centuries ("twelfth" → 12)."""
    number_words: Mapping[str, int] = _t()
    """Cardinal words of counts ("two" → 2); 0 for a vague count ("several")."""
    tens_words: Mapping[str, int] = _t()
    """Words of tens that join a unit with a hyphen ("twenty" → 20: "twenty-one")."""
    relative_units: Mapping[str, str] = _t()
    """Units of relative dates → the calendar unit a shift by them keeps
    (day, week, month, year, decade)."""
    within_not_words: frozenset[str] = _t()
    """Words before "within a week" in its clause that make it no date (an
    obligation, a plan, a condition, a negation: "ordered to leave within a
    week", "did not fall within a week")."""
    within_not_openers: frozenset[str] = _t()
    """Those of them that count capitalised too, opening a statement ("If")."""
    backstory_prepositions: tuple[str, ...] = _t()
    """Prepositions that make a noun of an event before the statement's verb
    its backstory ("after three years in custody, she was released")."""
    organisation_nouns: frozenset[str] = _t()
    """Nouns of organisations: a name holding one is no award, even in a
    section of awards ("received the European Court of Human Rights")."""
    person_titles: frozenset[str] = _t()
    """Titles of office that open a person's style ("the Archbishop of
    Canterbury"): a name opening with one is no award."""
    name_followers: tuple[str, ...] = _t()
    """Lower-case words that may follow an award's name (prepositions,
    conjunctions, adverbs: "the Golden Pen of Freedom in absentia")."""
    duration_units: frozenset[str] = _t()
    """Units of lengths of time that no relative date shifts by ("hours",
    "centuries"): a number before one is a duration."""
    anchor_adjectives: frozenset[str] = _t()
    """Words between "the" and an event noun a phrase counts from ("the first landing")."""
    anchor_possessives: frozenset[str] = _t()
    """Words that make an event the subject's own ("his death"): not counted from."""
    date_leads: tuple[str, ...] = _t()
    """Prepositions that open a statement with its date ("On 5 March 2014 …")."""
    possessive_pronouns: tuple[str, ...] = _t()
    """Possessive pronouns of a person, before a relation noun ("his lawyer")."""
    relation_nouns: tuple[str, ...] = _t()
    """People close to the subject ("lawyer", "wife", "brother"): a statement
    that opens with one after a possessive tells of their events, not the
    subject's."""
    durative_events: frozenset[str] = _t()
    """Events that last ("the war"): a phrase counted from them gives nothing."""
    not_a_life_nouns: tuple[str, ...] = _t()
    """Nouns that say a lead's subject is no person ("was a blockade")."""
    not_happened_words: tuple[str, ...] = _t()
    """Words before an event that did not happen then ("considered surrender")."""
    posthumous_words: tuple[str, ...] = _t()
    """Words of what befalls a person after death ("posthumously", "reburied")."""
    start_verbs: frozenset[str] = _t()
    """Verbs that date an event's start ("began"): they date no "after"."""
    irregular_stems: Mapping[str, str] = _t()
    """Irregular forms → the event noun's stem they name ("fell" → "fall")."""

    ordinal_suffixes: tuple[str, ...] = _t()
    """Endings of ordinal numerals ("5th", "21st")."""
    century_words: tuple[str, ...] = _t()
    """The noun of a century, singular and plural ("the 13th–17th centuries")."""
    range_words: tuple[str, ...] = _t(required=True)
    """Words between the two dates of a range ("12 May to 30 June")."""
    list_words: tuple[str, ...] = _t(required=True)
    """Words between the dates of a list ("1998 and 2001"); the first also
    after a comma (", and") where a list of days or months is read."""
    open_end_leads: tuple[str, ...] = _t()
    """Words before an open end ("from 2016 to the present")."""
    definite_article: str = _t()
    """The article that may stand before a day, a period or an open end ("the 13th")."""
    month_day_followers: tuple[str, ...] = _t()
    """Words after "May 4 and 5" that let it stand without a year."""
    holidays: Mapping[str, tuple[int, int]] = _t("title")
    """Fixed-date holidays → (month, day) ("Christmas" → (12, 25)); an
    apostrophe also stands for a curly one."""
    auxiliaries: frozenset[str] = _t()
    """Auxiliary verbs after an event noun ("after the king was crowned")."""
    past_forms: frozenset[str] = _t()
    """Past forms without the regular ending: the verb of a clause after "after"."""
    anchor_connectors: frozenset[str] = _t()
    """Lower-case words inside a named event ("the Battle of Midway")."""
    next_adjectives: tuple[str, ...] = _t()
    """Adjectives of the next unit ("the following year")."""
    previous_adjectives: tuple[str, ...] = _t()
    """Adjectives of the unit before ("the previous year")."""
    later_words: tuple[str, ...] = _t()
    """Adverbs after a count of units, forwards ("two weeks later")."""
    earlier_words: tuple[str, ...] = _t()
    """Adverbs after a count of units, backwards ("two weeks earlier")."""
    after_words: tuple[str, ...] = _t()
    """Prepositions after a count that end a clause, forwards ("two days after")."""
    before_words: tuple[str, ...] = _t()
    """The same, backwards ("two days before", "prior")."""
    anchor_directions: tuple[str, ...] = _t()
    """Words between a unit and a named event ("eight days after the landing")."""
    era_before_year: frozenset[str] = _t("upper")
    """Eras that may stand before a year ("AD 9")."""
    adjacent_units: tuple[str, ...] = _t()
    """Units (keys of ``relative_units``) after "the next"/"the previous" and
    before a named event ("the following day", "the day after the landing")."""
    same_units: tuple[str, ...] = _t()
    """Units after "the same"/"that" ("that same year"): the base's own."""
    same_leads: tuple[str, ...] = _t()
    """Words before them ("same", "that")."""
    same_fillers: tuple[str, ...] = _t()
    """Words that may stand between, each at most once, in this order ("that very same year")."""
    same_word: str = _t()
    """The word "same" of "the end of that same year", "November of the same year"."""
    counted_units: tuple[str, ...] = _t()
    """Units after a count, singular and plural ("two weeks later"); a word
    followed by itself with one more letter is written once, that letter optional."""
    clause_end_units: tuple[str, ...] = _t()
    """Units of "the day before", "the year after" (ending a clause)."""
    clause_end_directions: tuple[str, ...] = _t()
    """The words after them; those of ``before_words`` go back."""
    period_part_nouns: tuple[str, ...] = _t()
    """Parts of a period before "of that year" ("the end of the year"): that period."""
    period_units: tuple[str, ...] = _t()
    """The units after them ("year", "month")."""
    base_determiners: tuple[str, ...] = _t()
    """Words between "the end of" and the unit ("the", "that")."""
    following_units: tuple[str, ...] = _t()
    """Units of "the day following" (the next one, no event after it)."""
    following_word: str = _t()
    """The word after them ("following")."""
    following_not_before: tuple[str, ...] = _t()
    """Words after "the day following" that make it a preposition of an event
    ("the day following the landing"): no relative date alone."""
    month_year_leads: tuple[str, ...] = _t()
    """Phrases between a month, "of" and the unit: that year ("November of
    the same year", "… of that year")."""
    month_year_units: tuple[str, ...] = _t()
    """The unit of those ("year")."""
    possessive_endings: tuple[str, ...] = _t()
    """Endings of a possessive ("'s"): "the following year's budget" names no
    date; "Smith's 1990 campaign", "1990's election" name something of that year."""
    within_units: Mapping[str, int] = _t()
    """Units of "within a week" → its days; written as ``counted_units`` are."""
    within_not_followers: tuple[str, ...] = _t()
    """Words after "within two weeks" that make it a span of something else ("of", "after")."""
    within_vague_words: tuple[str, ...] = _t()
    """Words after "within a week" before another span: no end to give ("or two", "to ten days")."""
    plan_copulas: tuple[str, ...] = _t()
    """Copulas of a plan before the infinitive ("was to take effect within a week")."""
    infinitive_word: str = _t()
    """The mark of an infinitive after them ("to")."""
    light_verbs: tuple[str, ...] = _t()
    """Verbs after an event noun that add nothing ("after the attack occurred",
    "after the meeting took place"): the noun is the event."""
    stem_suffixes: Mapping[str, str] = _t()
    """Endings of event nouns and verbs → what replaces them in the stem they
    share ("invasion" and "invaded" → "invad"); the first that ends a word wins."""
    stem_silent_ending: str = _t()
    """A letter a stem drops at its end ("invade" → "invad")."""

    # --- context of a bare year ---------------------------------------------
    weak_year_prepositions: frozenset[str] = _t()
    """Words before a year that also lead quantities ("of", "around")."""
    period_qualifiers: frozenset[str] = _t(required=True)
    """Words that narrow a period ("early", "mid", "late")."""
    year_prepositions: frozenset[str] = _t()
    """Words after which a bare number is a year (the weak ones included)."""
    three_digit_extra_leads: frozenset[str] = _t()
    """Approximate words that may lead a three-digit year ("c. 965"); the
    other leads of one are the year prepositions neither weak nor approximate."""
    reign_leads: frozenset[str] = _t()
    """Words of a reign or a floruit ("r.", "fl."): they lead a year of any
    length, three digits too ("(r. 870–894)")."""
    year_prefixes: tuple[str, ...] = _t()
    """Prefixes joined to a year by a hyphen ("mid-1990", "pre-1914")."""
    compound_units: frozenset[str] = _t()
    """Words after "N-" that make a measure beyond the quantity nouns ("1500-strong")."""
    year_lead_phrases: tuple[str, ...] = _t()
    """Phrases that lead a year as a preposition does ("as early as")."""
    plural_ending: str = _t()
    """The ending of plural nouns ("2000 rubles"): a lower-case word after a
    number that ends in it (not twice: "class") is a noun it counts."""
    year_hedges: tuple[str, ...] = _t()
    """Words between a preposition and its year ("since at least 2015")."""
    approximate_words: frozenset[str] = _t()
    """Words that make a following date approximate ("c.", "circa")."""
    determiners: frozenset[str] = _t()
    """Determiners before a year that names something ("the 2016 Prize")."""
    count_adjectives: frozenset[str] = _t()
    """Words between a determiner and a number that make it a count ("the remaining 2000")."""
    year_after_name_nouns: frozenset[str] = _t()
    """Head nouns of names a year may follow ("the Human Rights Act 1998")."""
    year_named_nouns: frozenset[str] = _t()
    """Nouns a year can name in lower case ("its 1936 extension")."""
    year_followers: frozenset[str] = _t()
    """Words that can follow a year (function words, auxiliaries)."""
    quantity_words: frozenset[str] = _t()
    """Nouns and units that make a number a quantity ("2000 rubles")."""
    number_labels: frozenset[str] = _t()
    """Words before a number that make it a label ("Art. 205")."""
    era_ad: frozenset[str] = _t("upper")
    """Eras of the common era after (or before) a year ("AD", "CE")."""
    era_bc: frozenset[str] = _t("upper")
    """Eras before the common era ("BC", "BCE")."""
    month_leads: frozenset[str] = _t()
    """Words that lead a month named alone ("in April", "by October")."""
    month_name_leads: frozenset[str] = _t()
    """Leads after which a month and a capitalised word is a first name ("by June Carter")."""
    month_qualifiers: tuple[str, ...] = _t()
    """Phrases between a lead and a month that narrow it ("the end of")."""
    interval_openers: frozenset[str] = _t()
    """Words that make "X and Y" an interval ("between")."""
    open_ends: frozenset[str] = _t()
    """Words that end an open interval ("1990–present")."""

    # --- sentences ----------------------------------------------------------
    abbreviations: frozenset[str] = _t()
    """Abbreviations (without their last full stop) after which a full stop
    ends no sentence."""
    sentence_openers: frozenset[str] = _t("title")
    """Capitalised words that start a sentence and never a name."""
    case_name_abbreviations: frozenset[str] = _t()
    """Abbreviations inside a case's name, after which a sentence goes on
    whatever follows ("Smith v. The State")."""

    # --- categories ---------------------------------------------------------
    category_keywords: tuple[tuple[str, tuple[str, ...]], ...] = _t(wildcard=True, required=True)
    """Each category of :data:`CATEGORIES` (but "other") with its keywords;
    a trailing ``*`` matches any ending. At one place, the first listed wins."""

    # --- awards -------------------------------------------------------------
    award_section_words: tuple[str, ...] = _t()
    """Words of section titles that hold awards (substrings)."""
    award_infobox_keys: frozenset[str] = _t()
    """Words of infobox keys that list awards ("Notable awards")."""
    award_verbs: tuple[str, ...] = _t()
    """Verb phrases that give the subject an award; its name follows."""
    laureate_copulas: tuple[str, ...] = _t()
    """Verbs before "(a|the) laureate of" ("is", "has been")."""
    laureate_words: tuple[str, ...] = _t()
    """Nouns of a laureate ("laureate", "co-laureate"), before "of"."""
    recipient_copulas: tuple[str, ...] = _t()
    """Verbs before "(a|the) (first) recipient of"."""
    recipient_qualifiers: tuple[str, ...] = _t()
    """Words before "recipient of" ("first", "youngest")."""
    recipient_count_suffix: str = _t()
    """The ending of a count before "recipient of" ("two-time")."""
    recipient_words: tuple[str, ...] = _t()
    """Nouns of one who received ("recipient", "winner"), before "of"."""
    indefinite_articles: tuple[str, ...] = _t()
    """Articles before a laureate or recipient ("a", "the")."""
    of_word: str = _t()
    """The preposition of "laureate of", "recipient of"."""
    order_grade_verbs: tuple[str, ...] = _t()
    """Verb phrases that give a grade of an order ("was appointed")."""
    order_words: tuple[str, ...] = _t("title")
    """What a name after one of them must hold ("Order": "appointed Commander
    of the Fleet" is a post)."""
    verb_auxiliaries: tuple[str, ...] = _t()
    """Auxiliaries that open an award verb and make it passive or perfect
    ("was awarded", "has been named"): the subject is the one who received."""
    to_recipient_verbs: tuple[str, ...] = _t()
    """Award verbs whose recipient may follow them, with the preposition of
    the recipient or without ("was awarded to her", "PEN awarded him")."""
    own_list_owners: tuple[str, ...] = _t()
    """Possessives of the subject before its list of honours ("her awards")."""
    own_list_nouns: tuple[str, ...] = _t()
    """Nouns of a list of honours ("awards", "honours")."""
    own_list_verbs: tuple[str, ...] = _t()
    """Verbs after "her awards" ("include", "were")."""
    own_list_among: str = _t()
    """The word before the possessive in "among her honours are"."""
    own_list_among_verbs: tuple[str, ...] = _t()
    """Verbs after "among her honours"."""
    own_list_other: str = _t()
    """The word that may stand before the nouns ("her other awards")."""
    award_nouns: tuple[str, ...] = _t()
    """Head nouns of an award's name; a name holds one of them."""
    award_kinds: tuple[tuple[str, tuple[str, ...]], ...] = _t()
    """Each kind of :data:`AWARD_KIND_NAMES` with the head nouns (or
    phrases of two words) of the names it covers."""
    not_received_words: tuple[str, ...] = _t()
    """Words that make an award sentence speak of something not received."""
    name_connectors: frozenset[str] = _t()
    """Lower-case words allowed inside an award's name ("Order of Merit")."""
    subject_pronouns: frozenset[str] = _t()
    """Pronouns that refer to an article's subject."""
    subject_words: frozenset[str] = _t()
    """Pronouns that make a clause the subject's ("he", "she", "they")."""
    name_skips: frozenset[str] = _t()
    """Words skipped before an award's name ("the", "his", "with")."""
    lower_name_words: frozenset[str] = _t()
    """Lower-case words that may stand in an award's name ("honorary doctorate")."""
    after_recipient: frozenset[str] = _t()
    """Words that may follow a recipient pronoun ("awarded to her by")."""

    # --- the narrative (events) ---------------------------------------------
    recurrence_words: tuple[str, ...] = _t()
    """Words before a unit or a weekday that make a date recur ("every year")."""
    recurrence_units: tuple[str, ...] = _t()
    """Units after a recurrence word ("every year")."""
    weekday_ending: str = _t()
    """The ending of weekday names ("every Monday")."""
    recurrence_adverbs: tuple[str, ...] = _t()
    """Adverbs of a recurring date ("annually")."""
    spelled_out_leads: tuple[str, ...] = _t()
    """Prepositions right before a date: between a relative phrase and the
    date it stands for ("the following year, in 1965"), between an award's
    name and its date ("Nansen Medal in 1998")."""
    past_ending: str = _t()
    """The ending of regular past forms ("arrested")."""
    verbs_before_keyword: tuple[str, ...] = _t()
    """Verbs that, before a statement's first keyword, leave it out of the subject."""
    verb_keywords: frozenset[str] = _t()
    """Category keywords that are verbs without the regular past ending ("born", "won")."""
    clause_and: tuple[str, ...] = _t()
    """Conjunctions that part clauses after a space or a comma ("and")."""
    clause_after_comma: tuple[str, ...] = _t()
    """Conjunctions that part clauses after a comma ("but", "then")."""
    clause_openers: tuple[str, ...] = _t()
    """Words that open a clause of their own ("while")."""
    comparison_phrases: tuple[str, ...] = _t()
    """Phrases before a date in passing, a comparison ("the worst since 1862")."""
    comparison_skips: tuple[str, ...] = _t()
    """Words between a comparison and its date ("since at least the early 1990s")."""
    plan_words: tuple[str, ...] = _t()
    """Words before a date that make it a plan or a forecast ("planned for 1976")."""
    opening_words: tuple[str, ...] = _t()
    """Words that may stand before a date that opens its statement ("In early 1963, …")."""
    not_name_words: frozenset[str] = _t("title")
    """Capitalised words of a title that are no name ("The", "Of")."""
    clause_start_words: tuple[str, ...] = _t()
    """Conjunctions that start a clause, read back from a phrase ("whereas")."""
    personal_pronouns: tuple[str, ...] = _t()
    """Pronouns that make a lead tell of a person ("she", "his")."""
    copulas: tuple[str, ...] = _t()
    """Forms of "to be" after a lead's parenthesis ("… (1683–1684) was a siege")."""
    articles: tuple[str, ...] = _t()
    """Articles after them ("a", "an", "the")."""
    within_word: str = _t()
    """The word of a relative interval ("within a week")."""
    he_she: tuple[str, ...] = _t()
    """The pronouns of a person as a clause's subject ("he", "she")."""
    died_words: tuple[str, ...] = _t()
    """The verb of the subject's death ("Smith died on …")."""
    died_adverbs: tuple[str, ...] = _t()
    """Adverbs between the subject and it beyond those in -ly ("later")."""
    between_word: str = _t()
    """The opener of "between X and 2022"."""
    step_directions: tuple[str, ...] = _t()
    """Words after a unit that step from a base ("days after", "weeks into")."""
    vague_counts: tuple[str, ...] = _t()
    """Counts of a step that are no number ("a few days after")."""

    of_the_year: str = _t("any")
    """The end of a title of the year ("Person of the Year"), as written."""
    by_word: str = _t()
    """The preposition before the giver ("by PEN")."""
    giver_verbs: tuple[str, ...] = _t()
    """Participles before it in a sentence ("presented by")."""
    item_giver_verbs: tuple[str, ...] = _t()
    """Participles before it at the end of a list item ("awarded by")."""
    giver_ends: tuple[str, ...] = _t()
    """Prepositions that end the giver's name ("by PEN for …")."""
    shared_words: tuple[str, ...] = _t()
    """Words of a closing remark on co-recipients ("shared with")."""
    with_word: str = _t()
    """The preposition after them, and after the giver ("by X with")."""
    relative_pronouns: tuple[str, ...] = _t()
    """Pronouns before an award verb that make the clause another's ("which received")."""
    clause_adverbs: tuple[str, ...] = _t()
    """Adverbs between such a pronoun and the verb ("who also received")."""
    adverb_ending: str = _t()
    """The ending of adverbs ("who recently received")."""
    is_a_verbs: tuple[str, ...] = _t()
    """Verbs of "He was a pilot who received …"."""
    is_a_articles: tuple[str, ...] = _t()
    """Articles after them ("a", "one")."""
    inserted_clause_pronouns: tuple[str, ...] = _t()
    """Pronouns of an inserted clause ("The Centre, which she heads, …")."""
    passive_auxiliaries: tuple[str, ...] = _t()
    """Auxiliaries before an award verb that make it passive ("was awarded")."""
    to_word: str = _t()
    """The preposition of the recipient ("awarded to her")."""
    class_ordinals: tuple[str, ...] = _t()
    """Ordinal words of a class of an order ("Order of Merit, third class")."""
    class_words: tuple[str, ...] = _t()
    """Nouns of a class of an order ("class", "degree")."""
    including_words: tuple[str, ...] = _t()
    """Words before a list of awards ("numerous awards, including …")."""
    name_list_joiners: tuple[str, ...] = _t()
    """Phrases that join two award names beyond "and" ("as well as")."""
    name_lead_words: tuple[str, ...] = _t()
    """Lower-case words that may start an award's name in a list ("honorary")."""
    title_word: str = _t()
    """The noun before an honorary title ("the title Hero of Ukraine")."""

    # --- explanations -------------------------------------------------------
    large_number_words: tuple[str, ...] = _t()
    """Number words beyond the counts ("hundreds", "thousand")."""
    half_phrases: tuple[str, ...] = _t()
    """Phrases between a number and its unit ("two and a half years")."""
    labels_after_of: tuple[str, ...] = _t("any")
    """Labels after "of" that make the number before a part's ("2 of Art. 205")."""
    age_leads: tuple[str, ...] = _t()
    """Words before an age ("aged 34", "at the age of 34")."""
    age_after_words: tuple[str, ...] = _t()
    """The word after "N years" of an age ("34 years old")."""
    time_suffixes: tuple[str, ...] = _t()
    """Words after a time of day ("10 a.m")."""

    # --- the case (crimea-cli case) ------------------------------------------
    place_connectors: tuple[str, ...] = _t()
    """Lower-case words inside a place's name ("Rio de Janeiro")."""
    born_words: tuple[str, ...] = _t()
    """Words before the birthplace ("born … in")."""
    birthplace_lead: str = _t()
    """The preposition of the birthplace."""
    birth_words: tuple[str, ...] = _t()
    """Words that tell a birth ("born", "née")."""
    charge_words: tuple[str, ...] = _t()
    """Words of a statement that charges under a law."""
    charged_with_phrases: tuple[str, ...] = _t()
    """Phrases before what someone is charged with."""
    code_words: tuple[str, ...] = _t("any")
    """The head noun of a code of laws ("of the Criminal Code"), as written."""
    sentence_nouns: tuple[str, ...] = _t()
    """The noun of a sentence ("a sentence of …")."""
    sentence_givers: tuple[str, ...] = _t()
    """Verbs before "sentence of"."""
    sentence_kinds: tuple[str, ...] = _t()
    """Words before "sentence of" ("a suspended sentence of")."""
    court_words: tuple[str, ...] = _t()
    """Nouns of a court."""
    court_verbs: tuple[str, ...] = _t()
    """Verbs of a court that sentences."""
    court_places: tuple[str, ...] = _t()
    """Prepositions after a court or a term ("court of Kyiv", "years in a colony")."""
    life_terms: tuple[str, ...] = _t()
    """Terms that are no length ("to life")."""
    term_units: tuple[str, ...] = _t()
    """Units of a term."""
    term_months: tuple[str, ...] = _t()
    """The unit after "N years and" ("and six months")."""
    released_auxiliaries: tuple[str, ...] = _t()
    """Auxiliaries before "released"."""
    released_adverbs: tuple[str, ...] = _t()
    """Adverbs between them."""
    released_words: tuple[str, ...] = _t()
    """Participles of a release."""
    bounded_lead: str = _t()
    """The preposition of a detention's length ("for three days")."""
    bounded_counts: tuple[str, ...] = _t()
    """Vague counts of a short detention ("for a few days")."""
    bounded_units: tuple[str, ...] = _t()
    """Units of a short detention."""
    bounded_adverbs: tuple[str, ...] = _t()
    """Adverbs of a short detention."""
    detained_words: tuple[str, ...] = _t()
    """Words of someone held (a search or a raid alone is none)."""
    not_held_words: tuple[str, ...] = _t()
    """Words of a sentence that holds no one."""
    case_pronouns: tuple[str, ...] = _t()
    """Pronouns of a person that make a statement the subject's."""
    ask_stems: tuple[str, ...] = _t(wildcard=True)
    """Stems of asking (a trailing * is any ending): "demanded his release" tells of none."""

    law_parts: tuple[str, ...] = _t()
    """Parts of a law's article ("Part 2 of Art. 205"), either case, also plural."""
    law_articles: tuple[str, ...] = _t(required=True)
    """The article of a law and its abbreviation (the first also in lower case)."""
    law_signs: tuple[str, ...] = _t("any")
    """Signs of a law's article."""
    law_parenthesis_parts: tuple[str, ...] = _t()
    """Parts in a parenthesis after the article ("Art. 30 (part 1)")."""

    # --- facts and the case -------------------------------------------------
    birthplace_keys: tuple[str, ...] = _t()
    """Infobox keys (lower-cased) that give the birthplace."""
    sentenced_words: tuple[str, ...] = _t()
    """Verbs of a sentence whose term the facts read ("sentenced")."""
    term_lead: str = _t()
    """The word before the term ("to fourteen years")."""
    year_words: tuple[str, ...] = _t()
    """The unit of a term, singular and plural ("years")."""

    # --- the narrative (events): the subject's life span, steps -------------
    lifespan_birth_words: tuple[str, ...] = _t()
    """Words in the parenthesis after a lead's name that make the article one
    about a person ("Anna Lis (born 1950)"); found inside its lower-cased text."""
    infobox_birth_prefixes: tuple[str, ...] = _t()
    """Beginnings of an infobox line (lower-cased) that give the subject's
    birth ("Born: …"): the article is about a person."""
    infobox_death_prefixes: tuple[str, ...] = _t()
    """Beginnings of an infobox line (lower-cased) that give the subject's
    death ("Died: …"): the end of the life span."""
    spaced_step_directions: frozenset[str] = _t()
    """Words of ``step_directions`` that a statement with a step holds with a
    space on each side (" into "): short words that stand inside others."""

    # --- what the views write (the words of the output) ----------------------
    case_labels: Mapping[str, str] = _words_out(CASE_LABELS)
    """The label of each line of ``crimea-cli case`` by its field (and state:
    ``detained_on``, ``detained_since``; ``age_on`` holds ``{date}``)."""
    case_phrases: Mapping[str, str] = _words_out(CASE_PHRASES)
    """The phrases the case lines' values are written with ("{laws} of the
    {code}", "by {court}"), by name (:data:`CASE_PHRASES`)."""
    month_names: tuple[str, ...] = _t("any", required=True)
    """The twelve months' names, January first, as a date without a day writes
    them ("May 2014")."""
    month_names_of_day: tuple[str, ...] = _t("any", required=True)
    """The same as a date with a day writes them ("5 May 2014"; a language
    whose day takes another case of the month writes that: "5 травня")."""
    date_words: Mapping[str, str] = _words_out(DATE_WORDS)
    """How a date is written for people (:data:`DATE_WORDS`): the order of
    day, month and year, "c. {date}", "the {decade}s", "the {ordinal}
    century", "{date} BC", "{date} onwards", ranges."""
    ordinal_rule: str = _t(required=True)
    """How the language writes an ordinal number: one of :data:`ORDINAL_RULES`."""
    ordinal_forms: Mapping[str, str] = _t("any", required=True)
    """The ordinal's form ("{n}st", "{n}th") for each category of the
    ``ordinal_rule`` (a century: "the 21st century")."""
    plural_rule: str = _t(required=True)
    """How the language's nouns take a number: the name of one of
    :data:`PLURAL_RULES` ("one-other" for English), whose categories ("one",
    "few", "many", "other") the tables of counted words are written in."""
    fact_words: Mapping[str, str] = _words_out(FACT_WORDS)
    """The labels of ``crimea-cli facts`` and the phrases of their values
    ("Age on {date}")."""
    fact_counts: Mapping[str, Mapping[str, str]] = _words_out(FACT_COUNTS, counts=True)
    """The lengths of time of the facts in each plural form ("years": "one":
    "{n} year", "other": "{n} years"), by unit (:data:`FACT_COUNTS`)."""
    view_words: Mapping[str, str] = _words_out(VIEW_WORDS)
    """The other words the views for people write (:data:`VIEW_WORDS`): the
    headers of columns, where a value comes from ("computed"), the headings
    of ``--explain`` and ``stats``, the list separator (", ") ..."""
    view_counts: Mapping[str, Mapping[str, str]] = _words_out(VIEW_COUNTS, counts=True)
    """How many records of a kind, in each plural form ("events": "one":
    "{n} event", "other": "{n} events"), by kind (:data:`VIEW_COUNTS`)."""
    explain_token_reasons: Mapping[str, str] = _words_out(EXPLAIN_TOKEN_RULES)
    """What each rule of ``timeline --explain`` means, for people, by its name."""
    explain_year_reasons: Mapping[str, str] = _words_out(EXPLAIN_YEAR_RULES)
    """What a refusal of each year rule means, for people, by the rule's name."""
    explain_date_reasons: Mapping[str, str] = _words_out(EXPLAIN_DATES)
    """What ``--explain`` says of an inferred or relative date, of one left
    out, and of a year rule with no words here (:data:`EXPLAIN_DATES`)."""

    if not TYPE_CHECKING:
        def __init__(self, **tables: Any) -> None:
            missing = _FIELD_NAMES.difference(tables)
            if missing:
                raise TypeError(f"Language() missing tables: {', '.join(sorted(missing))}")
            unknown = set(tables).difference(_FIELD_NAMES)
            if unknown:
                raise TypeError(f"Language() got unknown tables: {', '.join(sorted(unknown))}")
            empty = sorted(n for n in _REQUIRED if not tables[n])
            if empty:
                raise ValueError(f"Language() needs a word in: {', '.join(empty)}")
            rule = tables["plural_rule"]
            if rule not in PLURAL_RULES:
                raise ValueError(f"Language() plural_rule must be one of "
                                 f"{', '.join(PLURAL_RULES)}, not {rule!r}")
            ordinal = tables["ordinal_rule"]
            if ordinal not in ORDINAL_RULES:
                raise ValueError(f"Language() ordinal_rule must be one of "
                                 f"{', '.join(ORDINAL_RULES)}, not {ordinal!r}")
            _check_counts_out("ordinal_forms", {"n": tables["ordinal_forms"]}, {"n": ("n",)},
                              ORDINAL_RULES[ordinal])
            for months in ("month_names", "month_names_of_day"):
                if len(tables[months]) != 12:
                    raise ValueError(f"Language() {months} must name twelve months")
            for name, spec in _TEXTS.items():
                if name in _COUNTS:
                    _check_counts_out(name, tables[name], spec, PLURAL_RULES[rule])
                else:
                    _check_words_out(name, tables[name], spec)
            for name, value in tables.items():
                object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return f"Language(code={self.code!r}, name={self.name!r})"

    def __reduce__(self) -> str | tuple[Any, ...]:
        """A language of this package pickles as its code, so that a worker
        process gets the very object (and the patterns built from it) rather
        than a copy; any other language pickles its tables."""
        try:
            if self.code not in _REGISTERED and get(self.code) is self:
                return (get, (self.code,))
        except LookupError:
            pass
        # (a registered language too: a process started afresh has no registry)
        return (_from_tables, (dict(vars(self)),))

    def ordinal(self, n: int) -> str:
        """The ordinal of ``n`` in the language's words ("21st")."""
        return self.ordinal_forms[ordinal_category(self.ordinal_rule, n)].format(n=n)

    def counted(self, forms: Mapping[str, str], n: int, shown: str | None = None) -> str:
        """The form of ``forms`` (a key of a table of counted words, such as
        ``view_counts["events"]``) that the number ``n`` takes by the
        language's plural rule, its ``{n}`` filled with ``shown`` (default:
        ``n`` in digits): "1 event", "5 events"."""
        return forms[plural_category(self.plural_rule, n)].format(
            n=str(n) if shown is None else shown)

    @property
    def categories(self) -> tuple[str, ...]:
        """Every category name, in display order (the same in every language)."""
        return CATEGORIES


_FIELD_NAMES = frozenset(Language.__dataclass_fields__)
_TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    n: f.metadata["text"] for n, f in Language.__dataclass_fields__.items()
    if "text" in f.metadata}
"""The tables of what the views write, each with its keys and placeholders."""
_COUNTS = frozenset(n for n, f in Language.__dataclass_fields__.items()
                    if f.metadata.get("counts"))
"""Those of them written in every plural form."""


def _placeholders(words: str) -> tuple[list[str], str]:
    """The ``{name}`` placeholders of ``words`` and the words without them
    (a parse by hand: a regular expression would be compiled at every start)."""
    names, rest, i = [], [], 0
    while (j := words.find("{", i)) >= 0:
        k = words.find("}", j)
        name = words[j + 1:k] if k >= 0 else ""
        if k < 0 or not (name.isidentifier() and name.isascii()):
            break
        rest.append(words[i:j])
        names.append(name)
        i = k + 1
    rest.append(words[i:])
    return names, "".join(rest)


def _check_words_out(name: str, table: Any, spec: Mapping[str, tuple[str, ...]]) -> None:
    """A table of a view's words has every key and no other, each a string
    whose ``{…}`` are the key's placeholders: a ValueError names what is wrong
    (at construction, not when a view first writes it)."""
    if not isinstance(table, Mapping):
        raise ValueError(f"Language() {name} must be a mapping of words")
    missing, unknown = sorted(set(spec).difference(table)), sorted(set(table).difference(spec))
    if missing or unknown:
        raise ValueError(f"Language() {name}: "
                         + "; ".join(f"{what} {', '.join(map(repr, keys))}" for what, keys in
                                     (("lacks", missing), ("has no use for", unknown)) if keys))
    for key, words in table.items():
        if not isinstance(words, str) or not words.strip():
            raise ValueError(f"Language() {name}[{key!r}] must be words, not {words!r}")
        if "{" not in words and "}" not in words:
            continue
        names, rest = _placeholders(words)
        if set(names).difference(spec[key]) or "{" in rest or "}" in rest:
            allowed = ", ".join("{" + p + "}" for p in spec[key])
            raise ValueError(f"Language() {name}[{key!r}] may hold "
                             f"{'only ' + allowed if allowed else 'no {…}'}, not {words!r}")


def _check_counts_out(name: str, table: Any, spec: Mapping[str, tuple[str, ...]],
                      categories: tuple[str, ...]) -> None:
    """A table of counted words has every key and no other, each a mapping
    of exactly the plural ``categories`` to words that hold only the key's
    placeholders: a ValueError names what is wrong."""
    if not isinstance(table, Mapping):
        raise ValueError(f"Language() {name} must be a mapping of plural forms")
    _check_words_out(name, dict.fromkeys(table, "-"), dict.fromkeys(spec, ()))
    for key, forms in table.items():
        if not isinstance(forms, Mapping) or set(forms) != set(categories):
            raise ValueError(f"Language() {name}[{key!r}] must give the forms "
                             f"{', '.join(categories)} (its plural rule's), not {forms!r}")
        _check_words_out(f"{name}[{key!r}]", forms, dict.fromkeys(categories, spec[key]))


_REQUIRED = frozenset(n for n, f in Language.__dataclass_fields__.items()
                      if f.metadata.get("required"))
"""The tables the engine reads a word of whatever the text (the first range
and list words, every month …): an empty one is a ValueError. Any other table
may be empty: a pattern built from it matches nothing (:data:`NEVER`)."""


def _from_tables(tables: dict[str, Any]) -> Language:
    """A language rebuilt from its tables (what an unpickled copy is)."""
    return Language(**tables)


def phrase_pattern(phrase: str) -> str:
    """A table's phrase as a regular expression: each word escaped, any run of
    white space between words ("set for" → ``set\\s+for``)."""
    return r"\s+".join(re.escape(w) for w in phrase.split(" "))


NEVER = "(?!)"
"""A pattern that matches nothing: what an empty table's alternation is."""


def letter_class(letters: Iterable[str]) -> str:
    """The letters as one character class, runs of code points as ranges
    (the 26 capitals of English are ``[A-Z]``); none give :data:`NEVER`."""
    points = sorted({ord(c) for c in letters})
    runs: list[list[int]] = []
    for p in points:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])

    def one(p: int) -> str:
        return re.escape(chr(p)) if chr(p) in "\\]^-[" else chr(p)

    body = "".join(one(a) if a == b else f"{one(a)}{one(b)}" if b == a + 1
                   else f"{one(a)}-{one(b)}" for a, b in runs)
    return f"[{body}]" if body else NEVER


def alternatives(phrases: Iterable[str]) -> str:
    """The phrases as one alternation (no group), in their order: at one
    place the first that matches wins. No phrases (an empty table) give
    :data:`NEVER`, which matches nothing, not an empty alternation that
    would match everywhere."""
    return "|".join(phrase_pattern(p) for p in phrases) or NEVER


WIKIPEDIAS: dict[str, tuple[str, ...]] = {"en": ("simple", "test")}
"""The Wikipedias written in a language whose subdomain is not its code, by
the language's code (as the Wikimedia site matrix gives their language):
``simple.wikipedia.org`` (Simple English) and ``test.wikipedia.org`` are
English. Any other subdomain is the code of its language."""


def wiki_code(wiki: str) -> str:
    """The code of the language the Wikipedia ``wiki`` (its subdomain, any
    case: "uk", "simple") is written in: "en" for ``simple``, "uk" for ``uk``."""
    wiki = wiki.lower()
    for code, wikis in WIKIPEDIAS.items():
        if wiki in wikis:
            return code
    return wiki


_REGISTERED: dict[str, Language] = {}
"""The languages :func:`register` added, by code."""


def get(code: str) -> Language:
    """The language of ``code``: one :func:`register` added, else the module
    ``crimea_cli.lang.<code>``, whose ``LANGUAGE`` it is; a code with neither
    is a :class:`LookupError`."""
    registered = _REGISTERED.get(code) if isinstance(code, str) else None
    if registered is not None:
        return registered
    if not (isinstance(code, str) and _shipped(code)):
        raise LookupError(f"no language {code!r}")
    try:
        module = import_module(f".{code}", __name__)
    except ModuleNotFoundError:
        raise LookupError(f"no language {code!r}") from None
    language = getattr(module, "LANGUAGE", None)
    if not isinstance(language, Language):
        raise LookupError(f"no language {code!r}")
    return language


def codes() -> tuple[str, ...]:
    """Every code :func:`get` finds, sorted: the package's languages and
    those registered."""
    return tuple(sorted({*_shipped_codes(), *_REGISTERED}))


def register(language: Language) -> Language:
    """Make ``language`` one :func:`get` finds by its code, in this process
    (the command line's ``--language CODE`` finds it so): a language of
    another package, or one a program builds. Its code is lower-case ASCII
    letters, digits and hyphens, starting with a letter, and no code of this
    package's own languages (a ValueError); registering a code again replaces
    the language. Returns ``language``."""
    from ..errors import check_type

    check_type(language, Language, "register(language)")
    code = language.code
    if not (isinstance(code, str) and code[:1].isalpha() and code.isascii()
            and all(c.islower() or c.isdigit() or c == "-" for c in code)):
        raise ValueError(f"a language's code is lower-case ASCII letters, digits and "
                         f"hyphens, not {code!r}")
    if code in _shipped_codes():
        raise ValueError(f"{code!r} is the code of a language of crimea_cli.lang")
    _REGISTERED[code] = language
    return language


def unregister(code: str) -> None:
    """Forget the language :func:`register` added under ``code`` (none: nothing)."""
    _REGISTERED.pop(code, None)
