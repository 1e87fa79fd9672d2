"""Paging long output on a terminal, as git and gh do.

Output for a terminal that is longer than the terminal's height goes
through a pager: ``$CRIMEA_CLI_PAGER``, else ``$PAGER``, else ``less -FRX``
(with ``LESS=FRX`` when ``LESS`` is unset, as git sets it). An empty pager
or ``cat`` means none. Never in a pipe or a file, never with ``--no-pager``;
a pager that cannot be started is passed by (the text is written as is).
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TextIO

ENV_VAR = "CRIMEA_CLI_PAGER"
DEFAULT = "less -FRX"


def pager_command(environ: dict[str, str] | None = None) -> str | None:
    """The pager to run, or None for none."""
    env = os.environ if environ is None else environ
    for name in (ENV_VAR, "PAGER"):
        if name in env:
            cmd = env[name].strip()
            return None if cmd in ("", "cat") else cmd
    return DEFAULT


def page(text: str, out: TextIO, rows: int, command: str | None) -> bool:
    """Show ``text`` through ``command`` when it has more lines than ``rows``;
    True when it was paged (else nothing is written)."""
    if command is None or text.count("\n") < rows:
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode(out.encoding or "utf-8", "replace"))
        proc.stdin.close()
    except (BrokenPipeError, OSError):
        pass   # the reader quit early (q in less)
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:
            continue   # less handles Ctrl-C itself; wait for it to end
    return True


def terminal_rows(fd: int | None = None) -> int:
    """The height of the terminal the output goes to (24 when unknown)."""
    try:
        return os.get_terminal_size(sys.stdout.fileno() if fd is None else fd).lines or 24
    except (OSError, ValueError):
        return 24
