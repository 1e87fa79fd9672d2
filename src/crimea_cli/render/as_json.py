"""``--format json``: the records as one JSON array (never through Rich).

Streamed: each record is written as it comes, so the document is never held
in memory whole (the output is the same as ``json.dumps(records, indent=2)``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from json import encoder as _encoder
from json.encoder import encode_basestring
from typing import Any, TextIO

from . import Terminal

_DEPTH = 32
"""Deeper values are left to :func:`json.dumps` (which also finds cycles)."""


class _Unusual(Exception):
    """A value :func:`pretty` leaves to :func:`json.dumps`."""


_SCALARS = frozenset({str, int, bool, float, type(None)})
"""The types of a flat dict's values (a record's, mostly)."""
_FLAT_LEAST = 8
"""A smaller dict is written as quickly item by item."""
_FLAT: dict[str, Callable[[Any, int], list[str]]] = {}
"""The C encoder of flat dicts for each line indent: its item separator is
``","`` and the newline, so it writes the items as ``indent=2`` does."""


def _flat(value: dict[Any, Any], inner: str) -> str | None:
    """A dict whose values are all str, int, bool, float or None, as
    :func:`_pretty` writes it, by the C encoder (which writes no newline
    inside such a dict but its separators); None without the C encoder."""
    encode = _FLAT.get(inner)
    if encode is None:
        make = getattr(_encoder, "c_make_encoder", None)   # (not in the type stubs)
        if make is None:   # (an interpreter without the _json module)
            return None
        encode = _FLAT[inner] = make(None, None, encode_basestring, None, ": ", "," + inner,
                                     False, False, True)
    return "".join(encode(value, 0))[1:-1]


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return encode_basestring(_float(key))
    if key is True or key is False or key is None:
        return encode_basestring(json.dumps(key))
    if isinstance(key, int):
        return encode_basestring(int.__repr__(key))
    raise _Unusual


def _pretty(value: Any, newline: str) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes
    it, its inner lines indented after ``newline``; the same text, made
    without the encoder's generators (the pure-Python path that any
    ``indent`` takes, several times slower)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if len(newline) > 2 * _DEPTH:
        raise _Unusual
    inner = newline + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        if len(value) >= _FLAT_LEAST and _SCALARS.issuperset(map(type, value.values())):
            items = _flat(value, inner)
            if items is not None:
                return "{" + inner + items + newline + "}"
        parts = []
        for k, v in value.items():
            # the common types first, inline: a record is a flat dict of them
            t = type(v)
            text = (encode_basestring(v) if t is str else "null" if v is None
                    else int.__repr__(v) if t is int else _pretty(v, inner))
            parts.append((encode_basestring(k) if type(k) is str else _key(k)) + ": " + text)
        return "{" + inner + ("," + inner).join(parts) + newline + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join([_pretty(v, inner) for v in value]) \
            + newline + "]"
    raise _Unusual


def pretty(value: Any, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, every line after
    the first indented by ``indent``: the same text, faster."""
    try:
        return _pretty(value, "\n" + indent)
    except _Unusual:
        # a type JSON does not know (TypeError, as json.dumps raises), or deep
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def items(records: Iterable[Any], indent: str = "  ") -> Iterator[str]:
    """Each value as an element of a pretty-printed JSON array, indented by
    ``indent`` (a JSON string never holds a raw newline, so indenting every
    line is safe)."""
    newline = "\n" + indent
    inner = newline + "  "
    for value in records:
        # a record (a flat dict of plain values) straight to the C encoder, as _pretty does
        if type(value) is dict and len(value) >= _FLAT_LEAST \
                and _SCALARS.issuperset(map(type, value.values())):
            flat = _flat(value, inner)
            if flat is not None:
                yield indent + "{" + inner + flat + newline + "}"
                continue
        yield indent + pretty(value, indent)


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
