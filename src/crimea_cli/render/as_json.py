"""``--format json``: the records as one JSON array (never through Rich)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from . import Terminal


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write ``records`` as a pretty-printed JSON array, UTF-8, one final newline.

    One write: ``json.dump`` would make one call per token, each a system
    call when Python's output is unbuffered (``PYTHONUNBUFFERED``)."""
    out.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
