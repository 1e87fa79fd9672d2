"""The command line: JSON contract, bundled article, errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli import __version__
from crimea_cli.cli import app
from crimea_cli.records import AWARD_FIELDS, EVENT_FIELDS

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("CRIMEA_CLI_ARTICLE", raising=False)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"crimea-cli {__version__}"


def test_timeline_json_contract() -> None:
    result = runner.invoke(app, ["timeline", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 11
    for rec in data:
        assert tuple(rec) == EVENT_FIELDS
        assert rec["article"] == "Server Mustafayev"
    first = data[0]
    assert first["date"] == "1986-05-05" and first["precision"] == "day"
    assert first["start"] == first["end"] == "1986-05-05"
    assert first["kind"] == "explicit" and first["category"] == "birth"
    assert first["section"] == "Lead"


def test_awards_json_contract() -> None:
    result = runner.invoke(app, ["awards", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [tuple(r) for r in data] == [AWARD_FIELDS] * 2
    assert [(r["name"], r["date"], r["conferred_by"]) for r in data] == [
        ("Order of Merit", "2020-08-21", "Ukrainian president Volodymyr Zelensky"),
        ("Alfred Moses Liberty Award", "2025-05-21", "Freedom House"),
    ]


def test_article_option_and_relative_kinds() -> None:
    path = FIXTURES / "devset" / "articles" / "02_seitova.txt"
    result = runner.invoke(app, ["timeline", "--article", str(path), "--format", "json"])
    data = json.loads(result.stdout)
    kinds = {r["date"]: r for r in data if r["kind"] != "explicit"}
    assert kinds["2019-10-14"]["kind"] == "inferred"
    assert kinds["2019-10-14"]["resolved_from"]["date"] == "2019-10-11"
    assert kinds["2020-03-17"]["kind"] == "relative"


def test_environment_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIMEA_CLI_ARTICLE", str(FIXTURES / "devset/articles/05_bridge.txt"))
    data = json.loads(runner.invoke(app, ["timeline", "-f", "json"]).stdout)
    assert {r["article"] for r in data} == {"Harbour Street bridge"}


def test_rich_table_shows_text_as_written(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("= T =\n\nIn 2014 he [bold]won[/] a case [citation needed].\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["timeline", "--article", str(path)])
    assert result.exit_code == 0, result.output
    assert "[bold]won[/]" in result.stdout and "[citation needed]" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    (b"", "empty article"),
    (b"\x00\x01\x02binary", "not a text file"),
    ("Text".encode("utf-16-le"), "not a text file"),
    (b"In 2014 \xff\xfe broken", "not UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes | None,
                                          message: str) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["timeline", "--article", str(path), "--format", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]


def test_module_entry_point_and_closed_pipe() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m crimea_cli timeline --format json | head -n 1",
        shell=True, capture_output=True, text=True, check=False)
    assert proc.stdout == "[\n" and proc.stderr == ""
