"""The kind of an honour (``awards -c order``), read from its name.

The kind is the one of the name's head noun in the language's ``award_kinds``
(:mod:`crimea_cli.lang.en`): the last such word before the name's first
connector ("of", "for" …), as English puts the head of "Medal of the
Order of Merit" first and that of "Alfred Moses Liberty Award" last; failing
that, the first such word after it ("Hall of Fame"). A name with none of
them is of the kind ``other``. The records are not changed: the kind is
worked out from the name wherever it is wanted.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import check_type
from .lang import AWARD_KIND_NAMES, Language, en

if TYPE_CHECKING:
    from .query import EventFilter
    from .sources import Item

OTHER = "other"
KINDS: tuple[str, ...] = (*AWARD_KIND_NAMES, OTHER)
"""Every kind of honour, in the order help lists them (the same in every language)."""


@cache
def _kind_of(language: Language) -> dict[str, str]:
    """Each head noun (or phrase of two words) of ``language`` → its kind."""
    return {noun: kind for kind, nouns in language.award_kinds for noun in nouns}


_STRIP = "\"'“”‘’«»()[],.;:!?"


def award_kind(name: str, language: Language | None = None) -> str:
    """The kind of the honour called ``name`` (in ``language``, English by
    default): one of :data:`KINDS`."""
    if language is not None:
        check_type(language, Language, "award_kind(language)")
    lg = en.LANGUAGE if language is None else language
    kind_of, connectors = _kind_of(lg), lg.name_connectors
    words = [w.strip(_STRIP) for w in name.casefold().split()]
    words = [w for w in words if w]
    cut = next((i for i, w in enumerate(words) if i and w in connectors), len(words))
    for i in range(cut - 1, -1, -1):   # the head: the last noun before "of"
        for phrase in (" ".join(words[i - 1:i + 1]) if i else None, words[i]):
            if phrase in kind_of:
                return kind_of[phrase]
    return next((kind_of[w] for w in words[cut:] if w in kind_of), OTHER)


def award_records_of_kinds(source: Item, kinds: frozenset[str], flt: EventFilter | None = None,
                           section: str = "", language: Language | None = None) -> Any:
    """:func:`crimea_cli.pipeline.award_records` of the article at ``source``,
    only the honours of ``kinds`` (all of them when empty), read in
    ``language`` (English by default); picklable, for worker processes."""
    from .pipeline import award_records

    if language is not None:
        check_type(language, Language, "award_records_of_kinds(language)")
    found = award_records(source, flt, section, language)
    if not kinds or not isinstance(found, list):
        return found
    return [rec for rec in found if award_kind(rec["name"], language) in kinds]
