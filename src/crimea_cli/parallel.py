"""Run a function over many items in worker processes, keeping their order.

Used for corpora: one article per item. Below ``MIN_ITEMS`` items, or with one
job, everything runs in this process (starting workers would cost more).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64
"""Fewer items than this run in this process."""
WINDOW_PER_JOB = 128
"""Items read ahead per worker: the bound on what a stream holds in memory."""


def default_jobs() -> int:
    """The machine's cores (at least one)."""
    return max(1, os.cpu_count() or 1)


def map_ordered(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``fn`` of each item, in the items' order, as results become ready.

    ``items`` may be a stream (a dump's pages): it is read a window at a time,
    so memory stays bounded however many items there are.
    """
    it = iter(items)
    head = list(islice(it, MIN_ITEMS))
    if jobs <= 1 or len(head) < MIN_ITEMS:
        yield from map(fn, head)
        yield from map(fn, it)
        return
    import multiprocessing as mp

    ctx: Any = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    window = jobs * WINDOW_PER_JOB
    with ctx.Pool(jobs) as pool:
        batch = head + list(islice(it, window - len(head)))
        while batch:
            yield from pool.imap(fn, batch, chunksize=8)
            batch = list(islice(it, window))
