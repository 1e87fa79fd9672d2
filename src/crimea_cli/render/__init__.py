"""Output formats: one module per format, all with the same signature.

``render(kind, records, out, term)`` writes ``records`` (see
:mod:`crimea_cli.records`) of ``kind`` ("events" or "awards") to ``out``.
The terminal (colour, width) is decided once, in the CLI, and passed in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Terminal:
    """What the output goes to: decided once, passed to every renderer."""

    color: bool
    width: int
    is_tty: bool
