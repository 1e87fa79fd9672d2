"""Corpora beyond one machine: the pipeline on Dask (the ``[dask]`` extra).

A corpus too big for one machine (a whole dump, split into files) runs on an
existing engine rather than a home-made one. The unit of work is
:func:`records_of`, one picklable function from an article source (a path)
to its records, the same records the commands print; :func:`to_jsonl` is
the recipe: a ``dask.bag`` over the files, each partition written as JSON
Lines, in the files' order, so that the parts put end to end are what
``crimea-cli timeline -a DIR -f jsonl`` prints for the same files::

    from distributed import Client
    from crimea_cli.scale import to_jsonl

    with Client("tcp://scheduler:8786"):            # or Client(LocalCluster())
        to_jsonl(sorted(glob("corpus/*.txt")), "out/")   # out/00000.jsonl, …

Dask is imported only here, inside the functions: the command never needs it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import ArticleError
from .query import EventFilter

KINDS = ("events", "awards", "facts")
"""What :func:`records_of` can give."""


def records_of(source: str, kind: str = "events", flt: EventFilter | None = None,
               as_of: _dt.date | None = None, skip: bool = True) -> list[Mapping[str, Any]]:
    """The records of ``kind`` of the article at ``source``, as the commands
    give them (``events`` through ``flt``, ``facts`` on ``as_of``).

    An article that cannot be read gives no records when ``skip`` is true, as
    a file of a directory is skipped by the commands; otherwise its
    :class:`ArticleError` is raised.
    """
    from .pipeline import award_records, fact_records, timeline_records

    got: Sequence[Mapping[str, Any]] | ArticleError
    if kind == "events":
        got = timeline_records(source, flt or EventFilter())
    elif kind == "awards":
        got = award_records(source)
    elif kind == "facts":
        got = fact_records(source, as_of or _dt.date.today())
    else:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if isinstance(got, ArticleError):
        if skip:
            return []
        raise got
    return list(got)


def to_jsonl(paths: Sequence[str], out_dir: str, kind: str = "events",
             partitions: int | None = None, **options: Any) -> list[str]:
    """Run :func:`records_of` over ``paths`` on Dask (the current client, or
    Dask's default scheduler) and write JSON Lines to ``out_dir``, one file per
    partition (``00000.jsonl``, …, in the order of ``paths``). ``options`` go
    to :func:`records_of`. Returns the files written."""
    import dask.bag as db

    from .render.as_jsonl import line

    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    n = partitions or max(1, min(len(paths), 64))
    bag = db.from_sequence(list(paths), npartitions=n)  # type: ignore[no-untyped-call]
    lines = bag.map(records_of, kind=kind, **options).flatten().map(line)
    # one text per partition, so that an empty one is an empty file
    written = lines.map_partitions(_joined).to_textfiles(
        f"{out_dir.rstrip('/')}/*.jsonl", name_function=lambda i: f"{i:05d}",
        encoding="utf-8")
    return [str(f) for f in written]


def _joined(lines: Any) -> list[str]:
    """A partition's lines as one text, each line ended."""
    return ["".join(f"{text}\n" for text in lines)]
