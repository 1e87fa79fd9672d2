"""Run a function over many items in worker processes, keeping their order.

Used for corpora: one article per item. Below ``MIN_ITEMS`` items, or with one
job, everything runs in this process (starting workers would cost more).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64
"""Fewer items than this run in this process."""


def default_jobs() -> int:
    """The machine's cores (at least one)."""
    return max(1, os.cpu_count() or 1)


def map_ordered(fn: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    """``fn`` of each item, in the items' order, as results become ready."""
    if jobs <= 1 or len(items) < MIN_ITEMS:
        yield from map(fn, items)
        return
    import multiprocessing as mp

    ctx: Any = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(min(jobs, len(items))) as pool:
        yield from pool.imap(fn, items, chunksize=8)
