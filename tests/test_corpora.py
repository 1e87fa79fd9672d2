"""Corpora: many articles, in worker processes, streamed, in a stable order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli.cli import app
from crimea_cli.parallel import MIN_ITEMS

DEVSET = Path(__file__).resolve().parent / "fixtures" / "devset" / "articles"
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More articles than MIN_ITEMS, so that workers are used."""
    folder = tmp_path_factory.mktemp("corpus")
    sources = sorted(DEVSET.glob("*.txt"))
    for i in range(MIN_ITEMS + 36):
        src = sources[i % len(sources)].read_text(encoding="utf-8")
        (folder / f"{i:04d}.txt").write_text(src.replace("= ", f"= No{i} ", 1),
                                             encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_output_is_the_same_whatever_the_jobs(corpus: Path, fmt: str) -> None:
    outs = [runner.invoke(app, ["timeline", "-a", str(corpus), "-f", fmt, "-j", jobs]).stdout
            for jobs in ("1", "2", "3")]
    assert outs[0] == outs[1] == outs[2] and len(outs[0]) > 10000


def test_merged_timeline_is_chronological_and_names_articles(corpus: Path) -> None:
    data = json.loads(runner.invoke(app, ["timeline", "-a", str(corpus), "-f", "json"]).stdout)
    assert [r["start"] for r in data] == sorted(r["start"] for r in data)
    assert len({r["article"] for r in data}) == MIN_ITEMS + 36


def test_jsonl_streams_article_by_article(corpus: Path) -> None:
    lines = runner.invoke(app, ["timeline", "-a", str(corpus), "-f", "jsonl"]).stdout
    articles = [json.loads(line)["article"] for line in lines.splitlines()]
    firsts = list(dict.fromkeys(articles))
    assert firsts == sorted(firsts, key=lambda a: int(a.split()[0][2:]))
    assert runner.invoke(app, ["timeline", "-a", str(corpus), "-f", "jsonl", "-n", "3"]
                         ).stdout.count("\n") == 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_jsonl_prints_before_the_last_article_is_read(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("= A =\n\nIn 2014 it began.\n", encoding="utf-8")
    fifo = tmp_path / "z.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "crimea_cli", "timeline", "-a", str(first),
                             "-a", str(fifo), "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()          # the last article cannot be read yet
        assert json.loads(line)["date"] == "2014"
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write("= Z =\n\nIn 2015 it ended.\n")
        rest, _ = proc.communicate(timeout=20)
        assert json.loads(rest)["date"] == "2015"
    finally:
        proc.kill()


def test_no_progress_bar_in_a_pipe(corpus: Path) -> None:
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "crimea_cli", "timeline", "-a", str(corpus),
                           "-f", "jsonl"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stderr == "" and time.monotonic() - t0 < 30
