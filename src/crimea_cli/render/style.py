"""Colours and the Rich console, shared by the Rich renderers."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from . import Terminal

if TYPE_CHECKING:
    from rich.console import Console

#: The colour of each category's label: mid-tone colours that read on light
#: and dark themes alike (no white, no pale yellow), one hue family each for
#: detention (red), charge (orange) and sentence (a red badge, reversed).
CATEGORY_STYLES: dict[str, str] = {
    "birth": "green4", "death": "grey50", "sentence": "bold reverse red3", "trial": "magenta3",
    "charge": "dark_orange3", "detention": "red3", "award": "dark_goldenrod",
    "recognition": "steel_blue", "statement": "dark_cyan", "health": "hot_pink3",
    "education": "dodger_blue2", "activism": "chartreuse4", "career": "slate_blue3",
    "release": "spring_green4",
    "other": "dim",
}

DATE_SPAN_STYLE = "bold"
"""The style of the date's own words inside a statement."""


def console(out: TextIO, term: Terminal) -> Console:
    """A console that never reads markup or emoji codes from the data."""
    from rich.console import Console

    return Console(file=out, width=term.width, color_system="auto" if term.color else None,
                   force_terminal=term.color, no_color=not term.color, highlight=False,
                   emoji=False, markup=False, soft_wrap=False, legacy_windows=False)
