"""The grammar's regular expressions, compiled once per Python and kept.

Python parses and compiles every pattern again at each start. For this
package's grammar that is about 15–20 ms of every run (76 patterns, some of
2,500 characters), more than the rest of our start-up together. `compile`
keeps what the compiler produced (the engine's code, the groups and their
names) in one file per Python build in the user's cache folder
(``$XDG_CACHE_HOME/crimea-cli``, else ``~/.cache/crimea-cli``), as Python
keeps byte code in ``__pycache__``; the next start builds each pattern from
that in microseconds. The file is keyed by the pattern's own text and flags,
so a changed pattern is compiled afresh, never taken from a stale entry.

The cache can make a start faster, never different: a pattern rebuilt from
it equals (``==``) the one ``re.compile`` gives, the regular-expression engine
checks the code it is given, and anything unexpected (another Python, a
damaged or foreign file, an unwritable folder, ``CRIMEA_CLI_NO_CACHE`` set)
falls back to ``re.compile`` without a word. Only the package's own
module-level patterns go through here; patterns built from user input (a
search term) never do.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["cache_path", "compile"]

_Args = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``re``'s compiler hands the engine (``_sre.compile``) for one pattern."""

_START_AGAIN = 2 << 20
"""Past this size (in bytes) the file is started again, with this run's
patterns only: a changed pattern adds an entry and leaves its old one behind.
All the commands of one release keep about 150 entries in 0.4 MB; stale
entries are mostly the long patterns that changed (a file grown under the old
limit of 2000 entries held 647 in 5.4 MB, and ``marshal.loads`` of it took
10.5 ms at every start, against 0.6 ms for one release's 0.4 MB)."""
_MAX_BYTES = 16 << 20
"""A larger file is not read (this package's patterns take about 0.2 MB)."""

_lock = threading.Lock()
_table: dict[tuple[str, int], _Args] | None = None
_new: dict[tuple[str, int], _Args] = {}
_texts: dict[tuple[str, str], str] = {}
"""Derived pattern text (see `derived`), loaded with `_table`."""
_new_texts: dict[tuple[str, str], str] = {}


def _engine() -> Any:
    """The engine module, or None where its compile step cannot be replayed."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - another Python
        return None
    if getattr(_compiler, "_sre", None) is not _sre:  # pragma: no cover
        return None
    return _sre


def cache_path() -> Path | None:
    """The cache file for this Python build, or None when caching is off (or
    there is no home folder to keep it in)."""
    if os.environ.get("CRIMEA_CLI_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or ""
    try:
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    except (RuntimeError, KeyError, OSError):   # no HOME and no passwd entry
        return None
    sre = _engine()
    if sre is None:  # pragma: no cover
        return None
    from crimea_cli import __version__
    # one file per release too: after an upgrade, the old release's patterns
    # are not read at every start until the file is started again (_START_AGAIN)
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{sre.MAGIC}-{__version__}"
    return root / "crimea-cli" / f"re2-{tag}.marshal"


def _valid(key: object, value: object) -> bool:
    """Whether one loaded entry is a well-formed `_Args` for its key: the
    types, and groups that agree with each other (the engine checks the code
    against the group count; a name must point at a group that exists)."""
    if not (isinstance(key, tuple) and len(key) == 2 and isinstance(value, tuple)
            and len(value) == 6):
        return False
    pattern, flags, code, groups, index, names = value
    if not (key[0] == pattern and isinstance(key[1], int) and isinstance(pattern, str)
            and isinstance(flags, int) and isinstance(code, list) and isinstance(groups, int)
            and isinstance(index, dict) and isinstance(names, tuple)):
        return False
    return (0 <= groups < len(code) and len(names) == groups + 1 and names[0] is None
            and all(isinstance(k, str) and isinstance(i, int) and 1 <= i <= groups
                    and names[i] == k for k, i in index.items())
            and sum(n is not None for n in names) == len(index))


def _trusted(path: Path) -> bool:
    """Whether a cache file may be read: a regular file of ours that no one
    else can write, of a sane size (as ssh treats its files)."""
    try:
        st = path.stat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return (stat.S_ISREG(st.st_mode) and mine and not st.st_mode & 0o022
            and st.st_size <= _MAX_BYTES)


def _load(check: bool = True) -> tuple[dict[tuple[str, int], _Args],
                                       dict[tuple[str, str], str]]:
    """The file's compiled patterns and derived texts, each entry checked
    (``check``; else a pattern's entry is checked by :func:`compile` when it
    is used: a command uses few of them)."""
    path = cache_path()
    if path is None or not _trusted(path):
        return {}, {}
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}
    if not isinstance(loaded, dict):
        return {}, {}
    patterns, texts = loaded.get("patterns"), loaded.get("texts")
    table = (({k: v for k, v in patterns.items() if _valid(k, v)} if check else patterns)
             if isinstance(patterns, dict) else {})
    words = ({k: v for k, v in texts.items() if isinstance(k, tuple) and len(k) == 2
              and isinstance(k[0], str) and isinstance(k[1], str) and isinstance(v, str)}
             if isinstance(texts, dict) else {})
    return table, words


def _save() -> None:
    """Merge this run's new patterns into the file (at exit; nothing it meets,
    not even a signal, is let out as a traceback)."""
    tmp: Path | None = None
    try:
        path = cache_path()
        if path is None or not (_new or _new_texts):
            return
        table, texts = _load()
        table.update(_new)
        texts.update(_new_texts)
        data = marshal.dumps({"patterns": table, "texts": texts})
        if len(data) > _START_AGAIN:
            data = marshal.dumps({"patterns": _new, "texts": _new_texts})
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
    except BaseException:  # an exit handler: a cache that is not written is no error
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


class _Recorder:
    """Stands in for the engine module while ``re`` compiles one pattern, to
    keep the arguments of its final ``compile`` call."""

    def __init__(self, sre: Any) -> None:
        self._sre = sre
        self.args: _Args | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)

    def compile(self, pattern: str, flags: int, code: list[int], groups: int,
                index: dict[str, int], names: tuple[str | None, ...]) -> re.Pattern[str]:
        self.args = (pattern, int(flags), [int(c) for c in code], int(groups),
                     dict(index), tuple(names))
        result: re.Pattern[str] = self._sre.compile(pattern, flags, code, groups, index, names)
        return result


def _fresh(pattern: str, flags: int, sre: Any) -> tuple[re.Pattern[str], _Args | None]:
    from re import _compiler  # type: ignore[attr-defined]

    recorder = _Recorder(sre)
    _compiler._sre = recorder
    try:
        compiled: re.Pattern[str] = _compiler.compile(pattern, flags)
    finally:
        _compiler._sre = sre
    return compiled, recorder.args


def _loaded() -> dict[tuple[str, int], _Args]:
    """The table, read from the file at first use (call with the lock held)."""
    global _table
    if _table is None:
        _table, texts = _load(check=False)   # compile checks the entry it uses
        _texts.update(texts)
        atexit.register(_save)
    return _table


def derived(name: str, source: str, build: Callable[[str], str]) -> str:
    """``build(source)``, kept with the patterns: for pattern text that is
    itself worked out at each start (a trie of keywords, the characters a
    pattern's matches start with). ``build`` must depend on ``source`` alone;
    ``name`` tells the builders apart."""
    if _engine() is None or os.environ.get("CRIMEA_CLI_NO_CACHE"):
        return build(source)
    key = (name, source)
    with _lock:
        _loaded()
        hit = _texts.get(key)
    if hit is not None:
        return hit
    made = build(source)
    with _lock:
        _texts[key] = made
        _new_texts[key] = made
    return made


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the cache when it has it."""
    sre = _engine()
    if sre is None or os.environ.get("CRIMEA_CLI_NO_CACHE"):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    with _lock:
        _table = _loaded()
        entry = _table.get(key)
        if entry is not None:
            try:
                if _valid(key, entry):
                    cached: re.Pattern[str] = sre.compile(*entry)
                    return cached
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass
            del _table[key]
        compiled, args = _fresh(pattern, int(flags), sre)
        if args is not None and args[0] == pattern:
            _table[key] = args
            _new[key] = args
        return compiled
