"""The engine's fast paths give what the plain way gives.

Each speed-up of issue 11 keeps the output identical (bench/oracle.py digests
it over a large input); these tests pin the pieces themselves: a pattern
behind a look-ahead of its first characters finds the same matches, the
keyword trie finds the spot the category pattern would, and the quick
``__init__`` of the model's classes keeps their signature, defaults and
frozenness.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as hst

from crimea_cli import awards, events
from crimea_cli.dates import Grammar, grammar, phrases
from crimea_cli.model import (
    Award,
    DateValue,
    Event,
    Fact,
    Kind,
    ListItem,
    Paragraph,
    Precision,
    Section,
    Source,
    Statement,
)

FIRST_CHARACTERS = [
    # pattern, flags, the class (or "" when nothing can be told)
    (r"abc", 0, "[a]"),
    (r"\b(?:the|an?)\s+year", 0, "[at]"),
    (r"(?<!\w)(?:x|y+z|(?:p|q)?r)", 0, "[pqrxy]"),
    (r"[0-9]{1,3}\s+days", 0, "[0123456789]"),
    (r"(?:mid-)?1990s", 0, "[1m]"),
    (r"a?", 0, ""),                 # may match empty
    (r"\w+ly", 0, ""),              # a category: any word character
    (r"[^,]+,", 0, ""),             # a negated class
    (r".x", 0, ""),                 # any character
    (r"(?i:k)ey", 0, ""),           # case-insensitive inside a case-sensitive pattern
    (r"(?-i:May)\s+of|the", re.IGNORECASE, "[Mt]"),
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), FIRST_CHARACTERS)
def test_first_characters(pattern: str, flags: int, expected: str) -> None:
    assert phrases._first_characters(pattern, flags) == expected


RELATIVE_SENTENCES = [
    "The following year she moved to the capital.",
    "Two weeks later the court released him; three days earlier it had refused.",
    "In the same year, and by the end of the month, the paper closed.",
    "He was freed the day following the verdict, the month before the election.",
    "In November of that year the ban was lifted, eight days after the landing.",
    "THE NEXT MORNING the Knight left; on Monday evening ſhe returned (the year after).",
    "A year later – and the previous week – ten months before, twenty years after.",
    "Yesterday the mayor said the municipality would meet one day.",
]


@pytest.mark.parametrize("text", RELATIVE_SENTENCES)
def test_relative_scan_finds_what_the_pattern_finds(text: str) -> None:
    g = grammar()
    scan = g._relative_scan()
    assert scan is not g._RELATIVE   # the look-ahead was built
    for lo in range(0, len(text), 3):
        for hi in (len(text), min(len(text), lo + 40)):
            plain = [(m.span(), m.groupdict()) for m in g._RELATIVE.finditer(text, lo, hi)]
            fast = [(m.span(), m.groupdict()) for m in scan.finditer(text, lo, hi)]
            assert fast == plain


CATEGORY_SENTENCES = [
    "She was born in Kyiv and studied law.",
    "A court in the city sentenced him to six years in prison.",
    "The appeal hearing was postponed; the judges said nothing.",
    "He was detained at the border, then released after a search.",
    "They campaigned for political prisoners and human   rights.",
    "The b. 1950 entry, the order of the day, an honorary degree.",
    "Nothing here names any of the keywords at all.",
    "detainees, detentions, hospitalised, prosecutors, volunteering",
]


@pytest.mark.parametrize("text", CATEGORY_SENTENCES)
def test_keyword_trie_finds_the_first_keyword(text: str) -> None:
    low = text.lower()
    plain = events._CATEGORY.search(low)
    spot = events._ANY_KEYWORD.search(low)
    assert (spot.start() if spot else None) == (plain.start() if plain else None)
    if plain is not None and spot is not None:
        # categorise matches the full pattern at the trie's spot: the same match
        there = events._CATEGORY.match(low, spot.start())
        assert there is not None
        assert (there.span(), there.lastgroup) == (plain.span(), plain.lastgroup)


def test_quick_init_keeps_signature_defaults_and_frozenness() -> None:
    st = Statement("text", 1, 5, ("A",))
    assert (st.source, st.index) == (Source.SENTENCE, 0)
    assert str(inspect.signature(Statement)) == (
        "(text, start, end, section, source=<Source.SENTENCE: 'sentence'>, index=0)")
    day = dt.date(2000, 1, 1)
    value = DateValue("2000-01-01", Precision.DAY, day, day, (0, 4))
    assert (value.approximate, value.parts) == (False, None)
    event = Event(value, Kind.EXPLICIT, "other", st, "T")
    assert event.resolved_from is None
    award = Award("Prize", value, None, st, "T")
    assert award == Award("Prize", value, None, st, "T")
    assert hash(st) == hash(Statement("text", 1, 5, ("A",)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        st.text = "other"   # type: ignore[misc]
    with pytest.raises(TypeError):
        Statement("text", 1)   # type: ignore[call-arg]
    assert Statement.__init__.__qualname__ == "Statement.__init__"
    # declared with init=False: the quick __init__ is the only one, and what
    # dataclasses.replace builds with
    assert dataclasses.replace(st, text="other", index=3) == Statement("other", 1, 5, ("A",),
                                                                     Source.SENTENCE, 3)
    assert dataclasses.replace(event, category="award").category == "award"
    # the blocks of an article
    fact = Fact("Born", "2000", st)
    paragraph = Paragraph(0, 5, (st,))
    item = ListItem(st)
    section = Section("Life", 2, ("Life",), 3, (paragraph, item))
    assert (fact.key, paragraph.statements, item.statement, section.blocks) == (
        "Born", (st,), st, (paragraph, item))
    assert section == Section("Life", 2, ("Life",), 3, (Paragraph(0, 5, (st,)), ListItem(st)))
    assert str(inspect.signature(Section)) == "(title, level, path, line, blocks)"
    for block in (fact, paragraph, item, section):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(block, dataclasses.fields(block)[0].name, None)
        assert type(block).__init__.__qualname__ == f"{type(block).__name__}.__init__"


REQUIRED_LITERALS = [
    # pattern, the literals every match holds
    (r"was\s+awarded", ("awarded",)),
    (r"(?:is|was)\s+(?:the\s+)?(?:recipient|winner)\s+of", ("recipient", "winner")),
    (r"(?<!\w)(?:won|wins|hono(?:u)?red)(?!\w)", ("hono", "wins", "won")),
    (r"(?:awards|awarded)", ("award",)),   # re shares the branches' beginning
    (r"award(?:ed)?|awarded", ("award",)),   # "awarded" holds "award": implied
    (r"x?y", ("y",)),
    (r"[ab]c+", ("c",)),
    (r"a|\w+", ()),            # a branch with no literal: nothing to tell
    (r"(?i:won)", ()),         # case-insensitive: not a literal of the text
]


@pytest.mark.parametrize(("pattern", "expected"), REQUIRED_LITERALS)
def test_required_literals(pattern: str, expected: tuple[str, ...]) -> None:
    assert phrases.required_literals(pattern) == expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hst.data())
def test_every_award_verb_match_holds_a_required_literal(data: hst.DataObject) -> None:
    # text that holds a match of the verb pattern (hypothesis writes it from
    # the pattern itself) always holds one of the literals the pre-check
    # looks for, so skipping a statement without them skips no verb
    found = awards.finder()
    text = data.draw(hst.from_regex(found._VERB_LOWER, fullmatch=False))
    m = found._VERB_LOWER.search(text)
    assume(m is not None)
    assert any(w in text for w in found._VERB_LITERALS), text


AWARD_SENTENCES = [
    "In 2016 she was awarded the Golden Quill Prize by the city council.",
    "He received the Order of Merit (2010, 2014) and the Medal for Courage.",
    "Her awards include the Lantern Award and an honorary doctorate.",
    "The Centre, which she heads, was awarded the Sakura Award in 2019.",
    "She was honoured with the Prize for Free Expression; he won nothing.",
    "He was appointed Officer of the Order of the Star in May 2001.",
    "Nothing here is given to anyone, nor named, nor shared.",
    "İstanbul gave him the Honorary Citizenship in 2005.",
    # verbs in capitals, as headlines write them: the pre-check reads the lower case
    "In 2012 Ilyina Won the Lantern Prize.", "Ilyina: Awarded the Lantern Prize in 2012.",
]


@pytest.mark.parametrize("text", AWARD_SENTENCES)
def test_award_prefilter_keeps_the_sentence_awards(text: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from crimea_cli import extract_awards, parse_article

    article = parse_article(f"= Dana Ilyina =\n\n{text}\n")
    fast = extract_awards(article)
    # no pre-check: every statement scanned
    monkeypatch.setattr(awards.finder(), "_VERB_STEMS", ())
    assert extract_awards(article) == fast


# pieces of text around a date that the quick tests before the patterns see
_AROUND = [" ", "  ", "\u2009", "\n", "–", "—", "−", "-", " – ", " to ", " until ", " till ",
           " BC", " B.C.", "BCE", " AD", "AD ", " A.D.", " CE", "C.E.", " the ", " tu", ",",
           ".", ")", "(", "[", " c. ", "circa ", " about", "(c.", "ca.", "approx. ", "...",
           "…", "x", "Arm", "present", " 1994", "May", " since ", " than ", " planned for ",
           " would ", " compared with ", " as of ", " unlike in ", " set for ", "due",
           "Scheduled", " expected ", " target ", "ſince"]


@settings(max_examples=400)
@given(hst.lists(hst.sampled_from(_AROUND), max_size=8), hst.data())
def test_nothing_after_is_what_the_patterns_say(pieces: list[str],
                                                data: hst.DataObject) -> None:
    chains = grammar()
    text = "".join(pieces)
    end = data.draw(hst.integers(0, len(text)))
    if chains._nothing_after(text, end):
        assert chains._OPEN_END.match(text, end) is None, (text, end)
        assert chains._ERA_AFTER.match(text, end) is None, (text, end)


@settings(max_examples=400)
@given(hst.lists(hst.sampled_from(_AROUND), max_size=8), hst.data())
def test_approximate_before_is_the_word_before(pieces: list[str],
                                              data: hst.DataObject) -> None:
    from crimea_cli.dates import years

    chains = grammar()
    approximate_words = chains.APPROXIMATE_WORDS

    text = "".join(pieces)
    start = data.draw(hst.integers(0, len(text)))
    before = text[max(0, start - 16):start].lower()
    plain = years._word_before(before, len(before))[0] in approximate_words
    assert chains._approximate_before(text, start) == plain


@settings(max_examples=400)
@given(hst.lists(hst.sampled_from(_AROUND), min_size=1, max_size=14), hst.data())
def test_aside_hint_over_all_dates_keeps_each_rule(pieces: list[str],
                                                   data: hst.DataObject) -> None:
    # the statement's dates are read with the hint found once over all their
    # windows (what _statement_events does): each date's rule is the one the
    # plain reading of its own window gives
    from crimea_cli.edtf import year_value

    text = "".join(pieces)
    starts = sorted(data.draw(hst.lists(hst.integers(0, len(text)), min_size=1, max_size=4)))
    running = year_value(1990, (0, 4))
    hinted = events._NARRATIVE.aside_hint.search(
        text, max(0, starts[0] - events._ASIDE_LOOK), starts[-1]) is not None
    for a in starts:
        value = year_value(data.draw(hst.integers(1980, 2000)), (a, a + 4))
        assert value is not None
        assert events.aside_rule(text, value, running, hinted) == events.aside_rule(
            text, value, running, None), (text, a)


def test_quick_tests_on_every_pair_of_pieces() -> None:
    # every pair of pieces, at every position: the quick tests agree with the
    # patterns and with the plain word-before
    from crimea_cli.dates import years

    chains = grammar()
    approximate_words = chains.APPROXIMATE_WORDS

    for a in _AROUND:
        for b in _AROUND:
            text = a + b
            for i in range(len(text) + 1):
                if chains._nothing_after(text, i):
                    assert chains._OPEN_END.match(text, i) is None, (text, i)
                    assert chains._ERA_AFTER.match(text, i) is None, (text, i)
                before = text[max(0, i - 16):i].lower()
                plain = years._word_before(before, len(before))[0] in approximate_words
                assert chains._approximate_before(text, i) == plain, (text, i)


def test_aside_hint_at_every_distance() -> None:
    from crimea_cli.edtf import year_value

    running = year_value(1990, (0, 4))
    for word in ("since", "than", "planned for", "would", "compared with", "as of",
                 "unlike in", "set for", "expected", "Scheduled for the"):
        for pad in range(0, 80, 3):
            text = f"{word} {'x' * pad} 1996 and then 1997"
            dates = [text.index("1996"), text.index("1997")]
            hinted = events._NARRATIVE.aside_hint.search(
                text, max(0, dates[0] - events._ASIDE_LOOK), dates[-1]) is not None
            for a in dates:
                value = year_value(int(text[a:a + 4]), (a, a + 4))
                assert value is not None
                assert events.aside_rule(text, value, running, hinted) == events.aside_rule(
                    text, value, running, None), (text, a)


@settings(max_examples=400)
@given(hst.lists(hst.sampled_from(_AROUND), min_size=1, max_size=14), hst.data())
def test_aside_hint_on_lower_cased_ascii_is_the_hint(pieces: list[str],
                                                   data: hst.DataObject) -> None:
    text = "".join(pieces)
    lo = data.draw(hst.integers(0, len(text)))
    hi = data.draw(hst.integers(lo, len(text)))
    assert events._NARRATIVE.aside_hint_low is not None
    if text.isascii():
        fast = events._NARRATIVE.aside_hint_low.search(text.lower(), lo, hi)
        plain = events._NARRATIVE.aside_hint.search(text, lo, hi)
        assert (fast.span() if fast else None) == (plain.span() if plain else None), text


_CASED = [*_AROUND, "\u0130", "\u0131", "\u017f", "\u212a", "S\u0130NCE", "W\u0131LL",
          "\u017fet for", "\u00dcber", "caf\u00e9", "\u00c9T\u00c9", "\u03a3", "\u1e9e",
          "\uff33ince", "\u212ang"]


@settings(max_examples=600)
@given(hst.lists(hst.sampled_from(_CASED), min_size=1, max_size=14), hst.data())
def test_aside_hint_on_the_lower_case_is_the_hint(pieces: list[str],
                                                  data: hst.DataObject) -> None:
    # what _statement_events does: the case-sensitive hint over ``lower(text)``
    # stands for the IGNORECASE one whenever the text holds none of _CASE_ODD
    from crimea_cli.lang import lower

    text = "".join(pieces)
    lo = data.draw(hst.integers(0, len(text)))
    hi = data.draw(hst.integers(lo, len(text)))
    assert events._NARRATIVE.aside_hint_low is not None
    if text.isascii() or events._CASE_ODD.search(text) is None:
        fast = events._NARRATIVE.aside_hint_low.search(lower(text), lo, hi)
        plain = events._NARRATIVE.aside_hint.search(text, lo, hi)
        assert (fast.span() if fast else None) == (plain.span() if plain else None), text


@settings(max_examples=600)
@given(hst.lists(hst.sampled_from(_CASED), min_size=1, max_size=14), hst.data())
def test_aside_hinted_is_the_hint_in_any_case(pieces: list[str], data: hst.DataObject) -> None:
    # what _statement_events and _one_explicit_event ask: the IGNORECASE hint's
    # answer, on text with "İ", "ı" or "ſ" too ("ſince": lower() keeps the ſ)
    from crimea_cli.lang import lower

    text = "".join(pieces)
    lo = data.draw(hst.integers(0, len(text)))
    hi = data.draw(hst.integers(lo, len(text)))
    story = events._NARRATIVE
    assert events._aside_hinted(text, lower(text), lo, hi, story) == (
        story.aside_hint.search(text, lo, hi) is not None), text


def test_case_odd_holds_every_character_ignorecase_takes_for_another_letter() -> None:
    # every code point that IGNORECASE matches to an ASCII letter either
    # lower-cases to that letter or is one of _CASE_ODD
    from crimea_cli.lang import lower

    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for c in re.findall(letter, every, re.IGNORECASE):
            assert lower(c) == letter or events._CASE_ODD.match(c), (letter, hex(ord(c)))
    assert all(re.fullmatch(r"\s", lower(c)) for c in re.findall(r"\s", every))


@settings(max_examples=300)
@given(hst.integers(1, 9999), hst.one_of(hst.none(), hst.integers(1, 12)),
       hst.one_of(hst.none(), hst.integers(1, 31)), hst.booleans(),
       hst.integers(0, 500), hst.integers(1, 30))
def test_atom_value_is_what_the_builders_give(year: int, month: int | None, day: int | None,
                                              approximate: bool, start: int,
                                              width: int) -> None:
    from crimea_cli.dates import chains, forms
    from crimea_cli.dates import words as chains_words
    from crimea_cli.edtf import day_value, month_value, year_value

    span = (start, start + width)
    at = forms._Atom(start, start + width, "dmy", year, month, day)
    if (year < chains_words.MIN_YEAR and month is None) or year > chains_words.MAX_YEAR:
        plain = None
    elif day is not None and month is not None:
        plain = day_value(year, month, day, span, approximate)
    elif month is not None:
        plain = month_value(year, month, span, approximate)
    else:
        plain = year_value(year, span, approximate)
    for _ in range(2):   # built, then from what was kept
        assert chains._atom_value(at, approximate) == plain


def test_item_mentions_are_the_mentions_of_the_item() -> None:
    from crimea_cli import extract_awards, parse_article
    from crimea_cli.dates import find_mentions

    text = ("= Dana Ilyina =\n\n== Awards ==\n- 1998: Golden Quill Prize\n"
            "- Order of Merit (2010, 2014)\n- Lantern Award, 12 May 2001\n"
            "- Medal for Courage\n")
    article = parse_article(text)
    events.extract_events(article)
    items = [st.text for st in article.statements]
    assert items
    for item in [*items, "- Sakura Award (2019)", "never read 1999"]:
        assert events.item_mentions(item) == find_mentions(item)
    # awards with what extract_events read, and after another article was read
    read = extract_awards(article, events.extract_events(article))
    events.extract_events(parse_article("= Other =\n\n- Something in 1950\n"))
    assert extract_awards(article) == read


def test_required_literals_avoid_and_ignorecase() -> None:
    # the unit words are avoided when another literal will do
    assert phrases.required_literals(r"(?:two|three)\s+years?\s+later",
                                     avoid=frozenset({"year", "years"})) == ("later",)
    assert phrases.required_literals(r"(?:two|three)\s+years?\s+ago") == ("year",)
    # under IGNORECASE a group's own (?i:) holds literals too (compared lower-cased)
    assert phrases.required_literals(r"(?i:won)", re.IGNORECASE) == ("won",)


RELATIVE_WINDOWS = [
    *RELATIVE_SENTENCES,
    "He served 20 years in prison and ten days in a cell; the trial lasted two weeks.",
    "On Monday evening of that week the next morning came; years passed.",
    "In March of the following year, and within two weeks, the rest of the month.",
    "by the end of the same year; the beginning of that month; the day before.",
]


@pytest.mark.parametrize("text", RELATIVE_WINDOWS)
def test_relative_windows_prefilter_keeps_the_matches(text: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    g = Grammar(grammar().language)   # its own: the default is left as it is
    fast = [(m.span(), m.groupdict()) for m in g._relative_matches(text, text.lower())]
    monkeypatch.setattr(g, "_relative_literals", lambda: ())
    plain = [(m.span(), m.groupdict()) for m in g._relative_matches(text, text.lower())]
    assert fast == plain


def test_relative_prefilter_on_generated_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    rnd = random.Random(11)
    pieces = ["two", "ten", "a", "the", "The", "following", "next", "previous", "same",
              "that", "very", "years", "year", "days", "weeks", "month", "months", "decade",
              "later", "earlier", "afterwards", "before", "after", "prior", "within",
              "fortnight", "end", "of", "rest", "beginning", "March", "May", "morning",
              "evening", "night", "Monday", "today", "landing", "Paris", "siege", "in",
              "prison", ",", ".", ";", "(", ")", "1994", "he", "left", "fell", "\u2019s"]
    texts = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(3, 16)))
             for _ in range(3000)]
    g = Grammar(grammar().language)   # its own: the default is left as it is
    fast = [[(m.span(), m.groupdict()) for m in g._relative_matches(t, t.lower())]
            for t in texts]
    monkeypatch.setattr(g, "_relative_literals", lambda: ())
    plain = [[(m.span(), m.groupdict()) for m in g._relative_matches(t, t.lower())]
             for t in texts]
    assert sum(map(len, plain)) > 50   # the sentences hold phrases
    assert fast == plain


def test_keyword_matches_are_the_category_pattern_s(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    rnd = random.Random(5)
    k = events._KEYWORDS
    words = [w.rstrip("*") for _, ws in k_table() for w in ws][:400]
    filler = ["the", "a", "court", "he", "she", "in", "and", ",", ".", "x", "ed", "s", "ing",
              "-", "was", "re", "un"]
    for _ in range(1500):
        parts = [rnd.choice(words) if rnd.random() < 0.3 else rnd.choice(filler)
                 for _ in range(rnd.randint(1, 30))]
        sep = rnd.choice([" ", "", "  "])
        low = sep.join(parts).lower()
        lo = rnd.randint(0, len(low))
        hi = rnd.randint(lo, len(low))
        plain = [(m.span(), m.lastgroup) for m in k.category.finditer(low, lo, hi)]
        fast = [(m.span(), m.lastgroup) for m in events.keyword_matches(k, low, lo, hi)]
        assert fast == plain, (low, lo, hi)


def k_table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from crimea_cli.lang import en

    return tuple((name, tuple(ws)) for name, ws in en.LANGUAGE.category_keywords)


_CLAUSE_PIECES = ["x", "and", "but", "then", "while", "awhile", ";", ",", " ", "  ", "\n",
                  "\u00a0", "\u2009", "–", "—", "-", "1990", "Then", "AND"]


@settings(max_examples=500)
@given(hst.lists(hst.sampled_from(_CLAUSE_PIECES), max_size=16))
def test_clause_cut_look_ahead_keeps_the_matches(pieces: list[str]) -> None:
    # the look-ahead of first characters only skips positions: the same cuts
    text = "".join(pieces)
    head, body = events._NARRATIVE.clause_cut.pattern.split("])(?:", 1)
    assert head.startswith("(?=[") and body.endswith(")")
    plain = re.compile(body[:-1])
    assert [m.span() for m in events._NARRATIVE.clause_cut.finditer(text)] == [
        m.span() for m in plain.finditer(text)], text


_MONTH_PIECES = ["May", "March", "Ma", "Sept", "September", "Sept.", "Jun", "June", "Ju", "Dec",
                 "Decembe", "Xmay", "MayX", "_", "é", "Éd", "(", " ", "  ", "\n", ",", ".", "-",
                 "x", "1990", "12", "5th", "31", "Apr", "Aug", "A", "0", "9"]


def _plain_trigger(months: dict[str, int]) -> re.Pattern[str]:
    # what the trigger was before it led with its class: a look-ahead of it
    return re.compile("(?=[0-9" + "".join(sorted({re.escape(k[0]) for k in months})) + "])"
                      "(?:(?P<d>[0-9]+)|(?P<m>" + "|".join(sorted({k[:3] for k in months}))
                      + "))")


@settings(max_examples=600)
@given(hst.lists(hst.sampled_from(_MONTH_PIECES), max_size=12), hst.data())
def test_patterns_led_by_their_class_keep_their_matches(pieces: list[str],
                                                        data: hst.DataObject) -> None:
    # the atom trigger and the month alone, led by the class of their first
    # characters: the same matches (and groups), from any position
    from crimea_cli.dates import grammar

    g = grammar()
    text = "".join(pieces)
    pos = data.draw(hst.integers(0, len(text)))
    plain = _plain_trigger(g.MONTHS)
    assert [(m.span(), m.lastgroup) for m in g._TRIGGER.finditer(text, pos)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text, pos)], text
    tail = g._MONTH_ALONE.pattern.split(")\\b", 1)[1]
    alone = re.compile(r"\b(?:" + g._MONTH_NAMES + r")\b" + tail)
    assert [m.span() for m in g._MONTH_ALONE.finditer(text, pos)] == [
        m.span() for m in alone.finditer(text, pos)], text


@pytest.mark.parametrize("words", [["January", "June", "Jun", "May"], ["ab", "a", "abc", "b_"],
                                   ["травня", "Тра", "x"], ["é", "e", "ée"]])
def test_at_word_start_is_a_word_boundary_alternation(words: list[str]) -> None:
    from crimea_cli.dates.words import at_word_start

    fast = re.compile(at_word_start([re.escape(w) for w in words]))
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")")
    for text in ["", " ".join(words), "".join(words), "x" + "-".join(words) + "_",
                 " ".join(w.upper() for w in words), "1" + words[0], words[-1] + "1"]:
        for pos in range(len(text) + 1):
            assert [m.span() for m in fast.finditer(text, pos)] == [
                m.span() for m in plain.finditer(text, pos)], (text, pos)
    with pytest.raises(ValueError):
        at_word_start(["-x"])


_DIGIT_PIECES = ["1", "12", "199", "1994", "19945", "0", "30", "31st", "5th", "1990s", "’s", "s",
                 "-", "–", "/", " ", ",", ".", "May", " May ", "of", "11-08", "-11-08", "’", "X"]


@settings(max_examples=600)
@given(hst.lists(hst.sampled_from(_DIGIT_PIECES), max_size=10))
def test_digit_forms_by_run_length_are_the_whole_scan(pieces: list[str]) -> None:
    # at each run of digits, the forms whose ``digits`` hold its length match
    # what the whole digit scan matches there
    from crimea_cli.dates import grammar

    g = grammar()
    text = "".join(pieces)
    for run in re.finditer(r"[0-9]+", text):
        scan = g._ATOM_DIGITS.get(len(run.group()))
        fast = scan.match(text, run.start()) if scan is not None else None
        plain = g._ATOM_DIGIT.match(text, run.start())
        assert (fast and (fast.span(), fast.lastgroup)) == (
            plain and (plain.span(), plain.lastgroup)), (text, run.start())
        if not g._BD_DIGITS[0] <= len(run.group()) <= g._BD_DIGITS[1]:
            assert g._BD.match(text, run.start()) is None


def test_digit_forms_say_the_run_their_example_starts_with() -> None:
    from crimea_cli.dates import grammar

    for f in grammar().FORMS:
        if f.start in ("digit", "day-run"):
            run = re.match(r"[0-9]+", f.example)
            assert run is not None and f.digits[0] <= len(run.group()) <= f.digits[1], f.name
        else:
            assert f.digits == (0, 0), f.name


@pytest.mark.parametrize(("pattern", "flags", "avoid"), [
    (r"(?:two|three)\s+years?\s+later", 0, frozenset({"year", "years"})),
    ("caf\u00e9\\n|tab\\there|back\\\\slash|\u0442\u0440\u0430\u0432\u043d\u044f", 0, frozenset()),
    (r"(?i:won)|awarded", re.IGNORECASE, frozenset({"won\t", "x\ny"})),
    (r"\d+", 0, frozenset()),
])
def test_required_literals_kept_are_the_ones_read(pattern: str, flags: int,
                                                  avoid: frozenset[str]) -> None:
    # what is kept with the compiled patterns reads back as what the parse gives
    read = phrases._read_required_literals(pattern, flags, avoid)
    assert phrases.required_literals(pattern, flags, avoid) == read
    assert phrases.required_literals(pattern, flags, avoid) == read   # (kept)


_STOP_PIECES = [".", "..", "...", ". ", ".\n", ".  ", ".\u00a0", ".\"", ".”", ".)", ".]", ".[1]",
                ".[citation needed]", "[2]", "[", "]", " ", "\n", "\u2009", "A", "b", "He", "3",
                "Art", "J", "\"", "“", "(", "x.y", "205.5", ",", "!", "?", "…", "?!", "!\" "]


@settings(max_examples=600)
@given(hst.lists(hst.sampled_from(_STOP_PIECES), max_size=14))
def test_full_stop_boundary_is_the_boundary_without_other_stops(pieces: list[str]) -> None:
    # text without "!", "?" or "…" has only full stops: the pattern led by a
    # full stop finds the candidates the general one finds, and the splitter
    # picks the general one wherever another stop is
    from crimea_cli import article

    text = "".join(pieces)
    general = [(m.span(), m.span(1)) for m in article._BOUNDARY.finditer(text)]
    if not any(mark in text for mark in article._OTHER_STOPS):
        assert [(m.span(), m.span(1))
                for m in article._FULL_STOP_BOUNDARY.finditer(text)] == general, text
    assert set("".join(article._OTHER_STOPS) + ".") == set(
        article._BOUNDARY.pattern[1:article._BOUNDARY.pattern.index("]")])


@settings(max_examples=600)
@given(hst.lists(hst.sampled_from(_STOP_PIECES), max_size=14))
def test_split_sentences_is_the_general_boundary_s(pieces: list[str]) -> None:
    # the splitter takes the full-stop scan only where it finds what the
    # general one finds: the sentences are those of the general scan alone
    from crimea_cli import article

    text = "".join(pieces)
    fast = article.split_sentences(text)
    led = article._FULL_STOP_BOUNDARY
    article._FULL_STOP_BOUNDARY = article._BOUNDARY
    try:
        assert article.split_sentences(text) == fast, text
    finally:
        article._FULL_STOP_BOUNDARY = led


_ONE_DATE_SENTENCES = [
    "In 1998 she moved to the coast.", "The flood was the worst since 1862.",
    "The offensive planned for 1976 never came.", "Papers declassified in 2005 say more.",
    "The winter of 1854–55 was hard.", "She won the 2016 Lantern Prize.",
    "Three days after Christmas 1914 the truce ended.", "On 5 November 1854 the siege began.",
    "He was released on 1 August 2024.", "The next day he was detained.",
    "Two weeks into the siege of 1683, the walls fell.", "The court met on 3 May.",
    "A year later she was sentenced.", "Ana Lis died on 4 May 2001.", "Nothing is dated here.",
    "In 1990 and in 1995 she toured.", "Ana Lis (1940–2001) was a painter.",
    "She was born in 1940 in İzmir.", "Ten days before the landing of 1944, rain fell.",
    "Two days after Easter came the worst storm since 1862.",
]


@settings(max_examples=300, deadline=None)
@given(hst.lists(hst.lists(hst.sampled_from(_ONE_DATE_SENTENCES), min_size=1, max_size=5),
                 min_size=1, max_size=4), hst.booleans())
def test_one_explicit_event_is_what_the_general_way_gives(paragraphs: list[list[str]],
                                                          sections: bool) -> None:
    # a statement of one explicit date read by the fast path: the same events
    # (with what they were resolved from) as _statement_events gives
    from crimea_cli import extract_events, parse_article

    body = [" ".join(p) for p in paragraphs]
    if sections:
        body = [f"== Part {k} ==\n\n{p}" for k, p in enumerate(body)]
    article = parse_article("= Ana Lis =\n\n" + "\n\n".join(body) + "\n")
    assert events._ONE_EXPLICIT_FAST
    fast = extract_events(article)
    events._ONE_EXPLICIT_FAST = False
    try:
        assert extract_events(article) == fast
    finally:
        events._ONE_EXPLICIT_FAST = True


def test_one_explicit_event_on_the_devset_articles() -> None:
    from pathlib import Path

    from crimea_cli import extract_events, read_article

    paths = sorted((Path(__file__).parent / "fixtures" / "devset" / "articles").glob("*.txt"))
    assert paths
    for path in paths:
        article = read_article(path)
        fast = extract_events(article)
        events._ONE_EXPLICIT_FAST = False
        try:
            assert extract_events(article) == fast, path.name
        finally:
            events._ONE_EXPLICIT_FAST = True


def test_one_explicit_event_a_step_before_a_date_in_passing() -> None:
    # a date in passing ("far" from the narrative's time, 1854) resolves no
    # step before it: the step's base is undated, so the next day has no day
    # to count from, on both ways (the fast path hands undated_step_ends no
    # event when aside_rule gives a rule)
    from crimea_cli import extract_events, parse_article

    article = parse_article(
        "= Ana Lis =\n\nOn 5 November 1854 the siege began. Three days into the siege of "
        "1683 the walls fell. The next day he was detained.\n")
    fast = extract_events(article)
    assert sorted(e.date.edtf for e in fast) == ["1683", "1854-11-05"]
    events._ONE_EXPLICIT_FAST = False
    try:
        assert extract_events(article) == fast
    finally:
        events._ONE_EXPLICIT_FAST = True


def _plain_paren(text: str) -> tuple[int, int] | None:
    # the depth counted character by character
    open_ = text.find("(")
    if open_ < 0:
        return None
    depth = 0
    for i in range(open_, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return open_, i
    return None


@settings(max_examples=500)
@given(hst.lists(hst.sampled_from(["(", ")", "a", " ", "((", "))", "()", "1950"]), max_size=16))
def test_paren_after_name_is_the_depth_count(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert events.paren_after_name(text) == _plain_paren(text), text


_RECEIPT_PIECES = ["nominated", "Nominated", "NOMINEE", "shortlist", "Runner-up", "did not win",
                   "Did Not Win", "was not awarded", "declined", "re\u017fused",
                   "cand\u0131date for", "consıdered for", "\u0130", "\u212a", "finalist",
                   "longlisted", " ", "x", "é",
                   "Nomin", "ation", "-", "candidate  for", "\u017f", "won"]


@settings(max_examples=500)
@given(hst.lists(hst.sampled_from(_RECEIPT_PIECES), max_size=10))
def test_not_received_is_the_ignorecase_search(pieces: list[str]) -> None:
    found = awards.finder()
    text = "".join(pieces)
    assert found._NOT_RECEIVED_LOW is not None
    assert found._not_received(text) == (found._NOT_RECEIVED.search(text) is not None), text


@pytest.mark.parametrize(("words", "expected"), [
    (("awarded", "awards", "won"), ("award", "won")),
    (("honours", "honored", "honoured", "honors"), ("hono",)),
    (("win", "wins"), ("win", "wins")),   # a shared beginning under four letters: apart
    (("made", "named", "recipient", "received", "receives"), ("made", "named", "receive",
                                                              "recipient")),
    ((), ()),
])
def test_stems(words: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert awards._stems(words) == expected


def test_every_award_verb_literal_begins_with_a_stem() -> None:
    # so a statement holding none of the stems holds none of the literals
    found = awards.finder()
    assert found._VERB_STEMS and len(found._VERB_STEMS) < len(found._VERB_LITERALS)
    assert all(any(w.startswith(s) for s in found._VERB_STEMS) for w in found._VERB_LITERALS)


@settings(max_examples=300)
@given(hst.text(alphabet=hst.sampled_from(["a", "é", "’", "\ud800", "\udfff", "\udc80",
                                           "\U0001f600", "\ud7ff", "\ue000", "\n"]),
                max_size=12))
def test_has_surrogate_is_the_pattern_search(text: str) -> None:
    from crimea_cli import article

    assert article._has_surrogate(text) == (article._SURROGATE.search(text) is not None)
