"""Colours and the Rich console, shared by the Rich renderers."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from . import Terminal

if TYPE_CHECKING:
    from rich.console import Console

#: The colour of each category's label.
CATEGORY_STYLES: dict[str, str] = {
    "birth": "green", "death": "grey70", "sentence": "bold red", "trial": "magenta",
    "charge": "red", "detention": "bright_red", "award": "bold yellow",
    "recognition": "yellow", "statement": "cyan", "health": "bright_magenta",
    "education": "blue", "activism": "bright_green", "career": "bright_blue",
    "other": "white",
}


def console(out: TextIO, term: Terminal) -> Console:
    """A console that never reads markup or emoji codes from the data."""
    from rich.console import Console

    return Console(file=out, width=term.width, color_system="auto" if term.color else None,
                   force_terminal=term.color, no_color=not term.color, highlight=False,
                   emoji=False, markup=False, soft_wrap=False, legacy_windows=False)
