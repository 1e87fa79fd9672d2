"""The runner: every command over a corpus, in worker processes, with the same
output as in one; and the processes under signals (| head, Ctrl-C)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli import parallel
from crimea_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "devset" / "articles").glob("*.txt"))
CLI = [sys.executable, "-m", "crimea_cli"]


def corpus(folder: Path, n: int) -> Path:
    """``n`` articles: the devset's, each copy under a title of its own."""
    folder.mkdir(exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    for i in range(n):
        first, rest = texts[i % len(texts)].split("\n", 1)
        (folder / f"{i:05d}.txt").write_text(f"{first.rstrip(' =')} {i} =\n{rest}",
                                             encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("corpus"), parallel.MIN_ITEMS + 16)


COMMANDS = [
    ["timeline", "-f", "json"], ["timeline", "-f", "jsonl"], ["timeline", "-f", "csv", "-r"],
    ["timeline", "-f", "jsonl", "-n", "7"], ["timeline", "--explain", "-f", "json"],
    ["awards", "-f", "json"], ["awards", "-f", "jsonl"], ["search", "court", "-f", "json"],
    ["search", "Antarctica"], ["facts", "--as-of", "2025-01-01", "-f", "jsonl"],
    ["facts", "--as-of", "2025-01-01", "-f", "table"], ["stats", "-f", "json"],
    ["case", "--as-of", "2025-01-01", "-f", "json"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_jobs_give_the_output_of_one_process(many: Path, command: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 4)   # -j is capped at the cores
    started: list[int] = []
    real = parallel._Pool.__init__

    def counting(self: parallel._Pool, fn: object, jobs: int) -> None:
        started.append(jobs)
        real(self, fn, jobs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel._Pool, "__init__", counting)
    runner = CliRunner()
    one = runner.invoke(app, [*command, "-a", str(many), "-j", "1"])
    three = runner.invoke(app, [*command, "-a", str(many), "-j", "3"])
    assert (three.exit_code, three.stdout) == (one.exit_code, one.stdout)
    assert (one.exit_code == 0 and one.stdout) or command[1] == "Antarctica"
    assert started == [3], "the second run went through the worker processes"


def test_jobs_are_capped_at_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert [parallel.jobs_for(n) for n in (None, 1, 2, 200)] == [2, 1, 2, 2]


def _fails(n: int) -> int:
    if n == 70:
        raise ValueError("a bug")
    return n


def test_a_failing_worker_is_an_error_and_leaves_no_process() -> None:
    import multiprocessing as mp

    with pytest.raises(parallel.WorkerError, match="ValueError: a bug"):
        list(parallel.map_ordered(_fails, range(200), 2))
    assert mp.active_children() == []


def test_results_keep_the_items_order_and_a_stream_is_read_lazily() -> None:
    read: list[int] = []

    def items() -> object:
        for i in range(1000):
            read.append(i)
            yield i

    it = parallel.map_ordered(abs, items(), 2)  # type: ignore[arg-type]
    assert [next(it) for _ in range(10)] == list(range(10))
    assert len(read) < 1000
    it.close()
    import multiprocessing as mp

    assert mp.active_children() == []


# --- real processes, real signals ------------------------------------------------


def _group(pgid: int) -> list[int]:
    """The processes still in process group ``pgid``."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _children(pid: int) -> int:
    n = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        n += int(fields[1]) == pid
    return n


posix = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="/proc and signals")


@posix
def test_head_ends_the_run_with_141_and_leaves_no_worker(many: Path) -> None:
    for _ in range(3):
        proc = subprocess.Popen([*CLI, "timeline", "-a", str(many), "-f", "jsonl", "-j", "2"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, cwd=ROOT)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()                       # what head does after one line
        code = proc.wait(timeout=60)
        assert json.loads(first)["date"]
        assert code in (141, -signal.SIGPIPE), code
        assert proc.stderr.read() == b""
        proc.stderr.close()
        deadline = time.monotonic() + 5
        while _group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group(proc.pid) == [], "a worker outlived the command"


@posix
def test_ctrl_c_stops_the_workers_with_130_and_no_traceback(tmp_path: Path) -> None:
    if parallel.cores() < 2:
        pytest.skip("one core: no worker processes to stop")
    big = corpus(tmp_path / "big", 3000)
    proc = subprocess.Popen([*CLI, "awards", "-a", str(big), "-f", "json", "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, cwd=ROOT)
    deadline = time.monotonic() + 30
    while _children(proc.pid) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)            # what a terminal's Ctrl-C does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "Traceback" not in err, err
    assert _group(proc.pid) == [], "a worker outlived the command"
