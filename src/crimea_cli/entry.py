"""The console script's entry point: the first of our code a command runs.

Importing the command line (Typer, Rich, the commands) takes a good part of
a start; Ctrl-C in that time would end in a ``KeyboardInterrupt`` traceback.
Here it ends as it does later, with exit code 130 and no traceback.
"""

from __future__ import annotations

import sys


def run() -> None:
    """Import the command line and run it; Ctrl-C at any point exits 130."""
    try:
        from .cli import run as command

        command()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
