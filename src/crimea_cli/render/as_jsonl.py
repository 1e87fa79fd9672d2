"""``--format jsonl``: one JSON object per line (never through Rich).

Characters that some readers take for line breaks (U+0085, U+2028, U+2029)
are escaped, so that every record stays on its one line.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable, Iterable
from typing import Any, TextIO, cast

from . import Terminal

_LINE_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def _encoder() -> Callable[[Any, int], list[str]] | None:
    """What ``json.dumps(value, ensure_ascii=False)`` runs (the C encoder, with
    its check for cycles), made once instead of at every call; None without
    the C encoder."""
    make = getattr(json.encoder, "c_make_encoder", None)   # (not in the type stubs)
    if make is None:
        return None
    return cast(Callable[[Any, int], list[str]],
                make({}, json.JSONEncoder().default, json.encoder.encode_basestring, None,
                     ": ", ", ", False, False, True))


_ENCODE = _encoder()


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)``, without making an encoder
    for each value."""
    global _ENCODE
    if _ENCODE is None:
        return json.dumps(value, ensure_ascii=False)
    try:
        return "".join(_ENCODE(value, 0))
    except BaseException:
        # what was left half-way in the encoder's record of the containers
        # it is inside would read as a cycle next time: a fresh one
        _ENCODE = _encoder()
        raise


def line(record: dict[str, Any]) -> str:
    """One record as one line of JSON, without its newline."""
    text = dumps(record)
    for char, escaped in _LINE_BREAKS:
        if char in text:
            text = text.replace(char, escaped)
    return text


def render(kind: str, records: Iterable[dict[str, Any] | str], out: TextIO,
           term: Terminal) -> None:
    """Write each record as one line of JSON, as it comes (a ``str`` is a
    record's line already, made by :func:`line` in a worker process)."""
    for rec in records:
        out.write((rec if isinstance(rec, str) else line(rec)) + "\n")
