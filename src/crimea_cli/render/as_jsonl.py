"""``--format jsonl``: one JSON object per line (never through Rich)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write each record as one line of JSON, as it comes."""
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
