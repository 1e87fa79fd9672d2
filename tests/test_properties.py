"""Property tests: extraction never raises, and every date it gives is valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crimea_cli import ArticleError, edtf_bounds, extract_awards, extract_events, parse_article
from crimea_cli.dates import MentionKind, find_mentions

# Text that looks like articles: date words, digits, punctuation, headings.
WORDS = st.sampled_from([
    "In", "in", "on", "On", "from", "to", "and", "between", "since", "the", "c.", "circa",
    "born", "(", ")", "–", "-", ",", ".", "May", "June", "March", "Sept", "Jan.", "Monday,",
    "1986", "2014", "199", "1990s", "12th", "century", "5", "31", "3rd", "of", "2.5", "Art.",
    "years", "later", "following", "year", "two", "weeks", "day", "next", "same", "month",
    "awarded", "received", "the", "Prize", "Order", "of", "Merit", "by", "He", "\n", "\n\n",
    "== Awards ==\n", "- ", "= T =\n", "present", "1989-91", "1994-11-08", "Feb", "29",
])
ARTICLEISH = st.lists(WORDS, max_size=60).map(" ".join)
ANY_TEXT = st.text(max_size=400)

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    try:
        article = parse_article(text)
    except ArticleError:
        assert not text.strip().lstrip("\ufeff").strip()
        return
    events = extract_events(article)
    for ev in events:
        d = ev.date
        assert d.start <= d.end
        assert edtf_bounds(d.edtf) == (d.start, d.end), d.edtf
        a, b = d.span
        assert 0 <= a < b <= len(ev.text), (d.span, ev.text)
        assert article.text[ev.statement.start:ev.statement.end] == ev.text
    for aw in extract_awards(article, events):
        assert aw.name.strip()


@SETTINGS
@given(ANY_TEXT)
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text)


@SETTINGS
@given(ARTICLEISH)
def test_article_like_text_gives_valid_dates(text: str) -> None:
    _check(text)


@SETTINGS
@given(ARTICLEISH)
def test_every_mention_span_lies_in_its_statement(text: str) -> None:
    for m in find_mentions(text):
        assert 0 <= m.span[0] < m.span[1] <= len(text)
        if m.kind is MentionKind.EXPLICIT:
            assert edtf_bounds(m.value.edtf) == (m.value.start, m.value.end)


def test_long_inputs_stay_linear() -> None:
    """Inputs that once took quadratic time: doubling them must not quadruple it."""
    import time

    cases = {
        "brackets": lambda n: "[" * (30 * n) + "In 2014 = = ]" * n,
        "from-to": lambda n: "from 1970 to " * (20 * n),
        "one section of lists": lambda n: "- 1998: Prize\n" * (10 * n),
        "awards in one sentence": lambda n: "He was awarded the Order of X in 2019, " * n,
    }
    for name, make in cases.items():
        timings = []
        for n in (1000, 2000):
            text = "= T =\n\n" + make(n)
            best = float("inf")
            for _ in range(3):   # the best of three, in CPU time: the machine is shared
                t0 = time.process_time()
                article = parse_article(text)
                extract_awards(article, extract_events(article))
                best = min(best, time.process_time() - t0)
            timings.append(best)
        assert timings[1] < 3.5 * timings[0] + 0.05, (name, timings)
