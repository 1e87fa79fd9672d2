"""``--format json``: the records as one JSON array (never through Rich).

Streamed: each record is written as it comes, so the document is never held
in memory whole (the output is the same as ``json.dumps(records, indent=2)``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from . import Terminal


def items(records: Iterable[Any], indent: str = "  ") -> Iterator[str]:
    """Each value as an element of a pretty-printed JSON array, indented by
    ``indent`` (a JSON string never holds a raw newline, so indenting every
    line is safe)."""
    for value in records:
        yield indent + json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def write_array(values: Iterable[Any], out: TextIO, indent: str = "") -> None:
    """A pretty-printed JSON array of ``values``, written one element at a
    time (one write each: ``json.dump`` would make one call per token, each a
    system call when output is unbuffered, ``PYTHONUNBUFFERED``)."""
    first = True
    for item in items(values, indent + "  "):
        out.write(("[\n" if first else ",\n") + item)
        first = False
    out.write("[]" if first else "\n" + indent + "]")


def render(kind: str, records: Iterable[dict[str, Any]], out: TextIO, term: Terminal) -> None:
    """Write ``records`` as a pretty-printed JSON array, UTF-8, one final newline."""
    write_array(records, out)
    out.write("\n")
