"""Each devset article as wikitext gives the same events and awards as its plain version."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest
from devset_wiki import DEVSET, RECIPES, wikitext

from crimea_cli.awards import extract_awards
from crimea_cli.events import extract_events
from crimea_cli.model import Article
from crimea_cli.read import read_text


def _norm(s: str) -> str:
    """As the devset scorer compares texts: NFC, whitespace collapsed, case-folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def _events(a: Article) -> Counter[tuple[str, str, str, str]]:
    return Counter((e.date.edtf, e.kind.value, _norm(e.text), e.article)
                   for e in extract_events(a))


def _awards(a: Article) -> list[tuple[str, str | None]]:
    return [(w.name, w.date.edtf if w.date else None) for w in extract_awards(a)]


@pytest.mark.parametrize("slug", sorted(RECIPES))
def test_wikitext_version_gives_the_same_events_and_awards(slug: str) -> None:
    plain = read_text((DEVSET / f"{slug}.txt").read_text(encoding="utf-8"),
                      source=f"{slug}.txt", name=slug)
    text = wikitext(slug)
    for construct in ("{{Infobox", "<ref", "[[", "{|", "{{Reflist}}", "[[Category:"):
        assert construct in text, construct
    assert len(re.findall(r"\{\{(?:birth date|death date|start date|end date|dts|circa|"
                          r"nowrap|convert|birth year)", text)) >= 1
    wiki = read_text(text, source=f"{slug}.wiki", name=slug)
    assert wiki.title == plain.title
    assert _events(wiki) == _events(plain)
    assert _awards(wiki) == _awards(plain)
    for s in wiki.statements:
        assert wiki.text[s.start:s.end] == s.text
    assert not any(c in wiki.text for c in ("{{", "}}", "[[", "<ref", "{|"))
    assert any(wiki.citations_of(s) for s in wiki.statements)

