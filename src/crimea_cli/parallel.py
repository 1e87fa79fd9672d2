"""Run a function over many items in worker processes, keeping their order.

Used for corpora: one article per item. Below ``MIN_ITEMS`` items, or with one
job, everything runs in this process (starting workers would cost more).

The workers are plain processes, each with a pipe of its own to this one (no
queue shared between workers, so no lock that a dying worker could leave
taken). Each gets a chunk of items at a time and sends back their results;
this process hands out the next chunk as one comes back, and yields results
in the items' order. Workers ignore SIGINT (Ctrl-C is this process's to
handle) and die of SIGTERM and SIGPIPE; while they run this process ignores
SIGPIPE, so that a reader going away (``| head``) is an exception here and
the workers are stopped before it goes on. However :func:`map_ordered` ends
(exhausted, closed, or by an exception in the code consuming it), every worker
is stopped and waited for: no process outlives it.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from itertools import islice
from typing import Any, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64
"""Fewer items than this run in this process."""
CHUNK = 8
"""Items sent to a worker at a time."""
AHEAD_PER_JOB = 16
"""Chunks handed out ahead of the first result not yet yielded, per worker:
the bound on what waits in memory when one article is slow."""


def cores() -> int:
    """The cores this process may run on (at least one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def default_jobs() -> int:
    """The machine's cores (at least one)."""
    return cores()


def jobs_for(requested: int | None) -> int:
    """The worker processes to start for ``--jobs requested``: the cores when
    not given, and never more than the cores (more would only add start-up
    and memory)."""
    n = cores()
    return n if requested is None else max(1, min(requested, n))


class WorkerError(RuntimeError):
    """A worker process failed on an item, or died (a bug, not an input's fault)."""


class _Failure:
    """What a worker sends back when ``fn`` raised: the error, as text."""

    def __init__(self, exc: BaseException) -> None:
        self.text = f"{type(exc).__name__}: {exc}"


def _serve(conn: Any, fn: Callable[[Any], Any]) -> None:
    """A worker's loop: a chunk of items in, their results out, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGPIPE", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        while True:
            chunk = conn.recv()
            if chunk is None:
                break
            out: list[Any] = []
            for item in chunk:
                try:
                    out.append(fn(item))
                except Exception as exc:  # reported by the parent, as a bug
                    out.append(_Failure(exc))
                    break
            conn.send(out)
    except (EOFError, OSError):
        pass          # the parent has gone: nothing to report to
    finally:
        os._exit(0)   # no atexit handlers, no flushing of the parent's buffers


class _Pool:
    """``jobs`` worker processes running ``fn``, each on its own pipe."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int) -> None:
        import multiprocessing as mp

        ctx: Any = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        self.workers: list[tuple[Any, Any]] = []
        # Ctrl-C between a fork and the worker's SIG_IGN must not reach it
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            for _ in range(jobs):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(target=_serve, args=(theirs, fn), daemon=True)
                proc.start()
                theirs.close()
                self.workers.append((proc, mine))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def close(self, finished: bool) -> None:
        """Stop every worker and wait for it: politely when the work is done,
        at once (SIGTERM, then SIGKILL) when it was cut short."""
        for proc, conn in self.workers:
            if finished:
                with suppress(OSError):
                    conn.send(None)
            elif proc.is_alive():
                proc.terminate()
        for proc, conn in self.workers:
            proc.join(5 if finished else 1)
            if proc.is_alive():
                proc.kill()
                proc.join()
            conn.close()

    def map(self, items: Iterator[Any]) -> Iterator[Any]:
        """Results in the items' order, chunks handed out as workers free up."""
        from multiprocessing.connection import wait

        idle = [conn for _, conn in self.workers]
        busy: dict[Any, int] = {}             # connection -> chunk number
        done: dict[int, list[Any]] = {}
        sent = next_out = 0
        limit = AHEAD_PER_JOB * len(self.workers)
        exhausted = False
        while True:
            while idle and not exhausted and sent - next_out < limit:
                chunk = list(islice(items, CHUNK))
                if not chunk:
                    exhausted = True
                    break
                conn = idle.pop()
                conn.send(chunk)
                busy[conn] = sent
                sent += 1
            while next_out in done:
                for result in done.pop(next_out):
                    if isinstance(result, _Failure):
                        raise WorkerError(result.text)
                    yield result
                next_out += 1
            if not busy:
                if exhausted:
                    return
                continue
            for conn in wait(list(busy)):
                try:
                    results: list[Any] = cast(Any, conn).recv()
                except (EOFError, OSError):
                    raise WorkerError("a worker process died") from None
                done[busy.pop(conn)] = results
                idle.append(conn)


def map_ordered(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``fn`` of each item, in the items' order, as results become ready.

    ``items`` may be a stream (a dump's pages): it is read a window at a time,
    so memory stays bounded however many items there are. ``jobs`` is capped
    at the cores.
    """
    it = iter(items)
    jobs = jobs_for(jobs)
    if jobs <= 1:
        # no read-ahead: each result as soon as its item is read (a dump in a pipe)
        yield from map(fn, it)
        return
    head = list(islice(it, MIN_ITEMS))
    if len(head) < MIN_ITEMS:
        yield from map(fn, head)
        yield from map(fn, it)
        return
    sigpipe = getattr(signal, "SIGPIPE", None)
    previous = signal.signal(sigpipe, signal.SIG_IGN) if sigpipe is not None else None
    pool = _Pool(fn, jobs)
    finished = False
    try:
        yield from pool.map(_chain(head, it))
        finished = True
    finally:
        pool.close(finished)
        if sigpipe is not None:
            signal.signal(sigpipe, previous)


def _chain(head: list[T], rest: Iterator[T]) -> Iterator[T]:
    yield from head
    yield from rest
