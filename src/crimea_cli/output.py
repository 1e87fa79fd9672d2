"""Where ``--output`` writes: safely, atomically, and never over what it must not.

``write_output(target, force, write)`` calls ``write(fh)`` with a text file
and publishes what it wrote at ``target``:

- A new file is written to a hidden temporary file beside it and published
  with a hard link, which fails when the name exists: of several runs started
  at once, one wins and the others refuse (exit 2), and a reader never sees
  half a file. Its mode is the shell's ``>``: ``0666 & ~umask``.
- An existing name is refused without ``force`` (a dangling symbolic link
  too). With ``force`` a regular file is replaced atomically and keeps its
  mode (and owner, where allowed); one with several hard links is rewritten
  in place, as ``>`` does, so that the links stay one file, but only once
  the whole output is written beside it: a failure or a signal while it is
  made leaves the file as it was. A symbolic link
  is followed (the link stays). What is not a regular file (a FIFO, a
  terminal, ``/dev/null``) is written in place, never replaced; a directory
  or a dangling link is refused.
- ``-`` is standard output, for the caller to handle (:data:`STDOUT`).

Errors of the system (a directory, a full disk, no permission) raise
:class:`~crimea_cli.errors.StreamError` (exit 74); the temporary file never
outlives a failure or a signal the CLI turns into an exception.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from contextlib import suppress
from typing import TextIO

from .errors import CrimeaError, StreamError

STDOUT = "-"
"""``--output -``: standard output."""

_TMP_PREFIX = ".crimea-cli-"
_TMP_SUFFIX = ".tmp"


def describe(exc: OSError) -> str:
    """An OSError as a short phrase ("no space left on device")."""
    return exc.strerror.lower() if exc.strerror else str(exc) or type(exc).__name__


def _create_temporary(directory: str) -> tuple[int, str]:
    """A new hidden file in ``directory``, mode ``0666 & ~umask`` as ``>`` makes."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = os.path.join(directory, f"{_TMP_PREFIX}{os.urandom(6).hex()}{_TMP_SUFFIX}")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _write_fd(fd: int, write: Callable[[TextIO], object]) -> None:
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        write(fh)


def _publish_new(tmp: str, path: str, shown: str) -> None:
    """Give ``tmp`` the name ``path`` unless something holds that name."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise CrimeaError(f"{shown}: exists; add --force to overwrite it") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK):
            raise
        # a file system without hard links: claim the name first, then rename
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise CrimeaError(f"{shown}: exists; add --force to overwrite it") from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _atomic(path: str, shown: str, write: Callable[[TextIO], object],
            existing: os.stat_result | None) -> None:
    """Write beside ``path``, then publish: over ``existing`` (a regular
    file, keeping its mode and owner) or as a new name."""
    fd, tmp = _create_temporary(os.path.dirname(path) or ".")
    try:
        _write_fd(fd, write)
        if existing is None:
            _publish_new(tmp, path, shown)
            return
        os.chmod(tmp, stat.S_IMODE(existing.st_mode))
        # an owner not ours to give away: the file stays the writer's, as with cp
        with suppress(OSError):
            os.chown(tmp, existing.st_uid, existing.st_gid)
        os.replace(tmp, path)
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def _in_place(path: str, write: Callable[[TextIO], object]) -> None:
    """Write into an existing FIFO or device, as the shell's ``>`` does."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        write(fh)


_COPY_CHUNK = 1 << 20


def _linked(path: str, write: Callable[[TextIO], object]) -> None:
    """Rewrite a file of several hard links in place (the links stay one
    file), from a temporary file beside it that holds the whole output: the
    file is emptied only once nothing can fail but the copy. (A folder we
    may not write in, only the file: written in place directly, as ``>``.)"""
    try:
        fd, tmp = _create_temporary(os.path.dirname(path) or ".")
    except PermissionError:
        _in_place(path, write)
        return
    try:
        _write_fd(fd, write)
        flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        with open(tmp, "rb") as src, os.fdopen(os.open(path, flags), "wb") as dst:
            while chunk := src.read(_COPY_CHUNK):
                dst.write(chunk)
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def write_output(target: str, force: bool, write: Callable[[TextIO], object]) -> None:
    """Write what ``write`` writes to ``target`` (see the module's rules)."""
    shown = target   # the CLI shows every message in visible form
    if not target:
        raise StreamError("--output needs a file name (or - for standard output)")
    if "\x00" in target:
        raise StreamError(f"{shown}: a file name cannot hold a NUL character")
    try:
        _write_output(target, shown, force, write)
    except CrimeaError:
        raise
    except (FileNotFoundError, NotADirectoryError) as exc:
        # a path that names no directory: the user's to fix, as for an input
        raise CrimeaError(f"{shown}: {describe(exc)}") from None
    except OSError as exc:
        raise StreamError(f"{shown}: {describe(exc)}") from None


def _write_output(target: str, shown: str, force: bool,
                  write: Callable[[TextIO], object]) -> None:
    path = os.path.abspath(target)
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        _atomic(path, shown, write, None)
        return
    if stat.S_ISDIR(link.st_mode):
        raise StreamError(f"{shown}: is a directory")
    if not force:
        raise CrimeaError(f"{shown}: exists; add --force to overwrite it")
    if stat.S_ISLNK(link.st_mode):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            raise StreamError(f"{shown}: a dangling symbolic link; not replaced") from None
        path = os.path.realpath(path)
    else:
        st = link
    if stat.S_ISDIR(st.st_mode):
        raise StreamError(f"{shown}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        _in_place(path, write)
        return
    if st.st_nlink > 1:
        _linked(path, write)
        return
    _atomic(path, shown, write, st)
