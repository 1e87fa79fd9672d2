"""A dump streams: flat memory over many pages, and output before the dump is read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest

from crimea_cli.read.dump import iter_pages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from dump import HEAD, TAIL, pages, write_dump

WRITTEN = 450
"""Chunks of the dump written before the first output line is awaited (of 1,400)."""


def _peak(path: Path) -> tuple[int, int]:
    """Pages read and the peak of memory allocated while reading them."""
    tracemalloc.start()
    try:
        n = sum(1 for _ in iter_pages(str(path)))
        return n, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_is_flat_over_10000_pages(tmp_path: Path) -> None:
    small, big = tmp_path / "small.xml", tmp_path / "big.xml.bz2"
    write_dump(small, 1000)
    size = write_dump(big, 10000)
    n_small, peak_small = _peak(small)
    n_big, peak_big = _peak(big)
    assert (n_small, n_big) == (1000, 10000)       # redirects and talk pages skipped
    assert size > 10_000_000
    # ten times the pages, not ten times the memory: one page at a time
    assert peak_big < 2 * peak_small + 1_000_000, (peak_small, peak_big)
    assert peak_big < 20_000_000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_prints_before_the_dump_is_read(tmp_path: Path, jobs: str) -> None:
    """The dump comes through a named pipe: the first records must be out
    while most of the dump is still unwritten."""
    fifo = tmp_path / "dump.xml"
    os.mkfifo(fifo)
    chunks = [HEAD, *pages(1200), TAIL]
    proc = subprocess.Popen(
        [sys.executable, "-m", "crimea_cli", "timeline", "-a", str(fifo), "-f", "jsonl",
         "--jobs", jobs], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: list[bytes] = []
    got_first = threading.Event()

    def read_all() -> None:
        # every line, so that the command never waits on a full pipe
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            got_first.set()

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    try:
        with open(fifo, "wb") as fh:
            # a third of the dump; with workers, enough for their read-ahead
            fh.write("".join(chunks[:WRITTEN]).encode())
            fh.flush()
            assert got_first.wait(60), "no output while the dump was being read"
            written_then = WRITTEN
            fh.write("".join(chunks[WRITTEN:]).encode())
        proc.wait(timeout=120)
        reader.join(timeout=60)
        err = proc.stderr.read() if proc.stderr else b""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err.decode()[-300:]
    assert written_then < len(chunks)
    record = json.loads(lines[0])
    assert record["article"].startswith("Person ") and record["origin"].startswith("https://")
    assert len(lines) > 5000
