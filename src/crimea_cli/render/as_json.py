"""``--format json``: the records as one JSON array (never through Rich)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write ``records`` as a pretty-printed JSON array, UTF-8, one final newline."""
    json.dump(list(records), out, ensure_ascii=False, indent=2)
    out.write("\n")
