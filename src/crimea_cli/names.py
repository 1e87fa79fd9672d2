"""Names from the system (file names, paths) as valid Unicode text."""

from __future__ import annotations

import os

from . import rx

_SURROGATE = rx.compile("[\ud800-\udfff]")


def decoded_name(text: str) -> str:
    """``text`` with the undecodable bytes of a non-UTF-8 file name (which
    Python keeps as lone surrogates) replaced by U+FFFD, so that it is valid
    Unicode; any other lone surrogate becomes U+FFFD too."""
    if _SURROGATE.search(text) is None:
        return text
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeError:
        return _SURROGATE.sub("\ufffd", text)
