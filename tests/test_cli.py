"""The command line: every command, option and format; errors as one line."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli import __version__
from crimea_cli.cli import app
from crimea_cli.records import AWARD_FIELDS, EVENT_FIELDS, FACT_FIELDS, HIT_FIELDS

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEVSET = FIXTURES / "devset" / "articles"
GOLDEN = ROOT / "tests" / "golden"


pytestmark = pytest.mark.usefixtures("plain_terminal")   # tests/conftest.py


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- app ---------------------------------------------------------------------


def test_version() -> None:
    assert run("--version") == (0, f"crimea-cli {__version__}\n", "")


def test_no_arguments_prints_help() -> None:
    code, out, _ = run()
    assert code == 0 and "Usage:" in out and "timeline" in out


@pytest.mark.parametrize("command", ["timeline", "awards", "search", "facts"])
def test_every_command_has_help_with_examples(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Examples:" in out and f"crimea-cli {command}" in out


def test_completion_is_offered() -> None:
    _, out, _ = run("--help")
    assert "--install-completion" in out and "--show-completion" in out


def test_category_completion() -> None:
    from crimea_cli.cli import _complete_category

    assert _complete_category("de") == ["death", "detention"]


# --- timeline ------------------------------------------------------------------


def test_timeline_json_contract() -> None:
    code, out, _ = run("timeline", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 11
    assert all(tuple(r) == EVENT_FIELDS for r in data)
    first = data[0]
    assert (first["date"], first["precision"], first["kind"], first["category"],
            first["section"], first["start"], first["end"]) == (
        "1986-05-05", "day", "explicit", "birth", "Lead", "1986-05-05", "1986-05-05")
    assert first["text"][first["span_start"]:first["span_end"]] == "5 May 1986"


def test_json_jsonl_csv_share_one_schema() -> None:
    as_json = json.loads(run("timeline", "-f", "json")[1])
    as_jsonl = [json.loads(line) for line in run("timeline", "-f", "jsonl")[1].splitlines()]
    rows = list(csv.DictReader(io.StringIO(run("timeline", "-f", "csv")[1], newline="")))
    assert as_json == as_jsonl
    assert [tuple(r) for r in rows] == [EVENT_FIELDS] * len(as_json)
    for rec, row in zip(as_json, rows, strict=True):
        assert row["text"] == rec["text"] and row["date"] == rec["date"]
        assert row["resolved_from"] == (rec["resolved_from"] or "")


def test_csv_is_rfc4180() -> None:
    out = runner.invoke(app, ["timeline", "-f", "csv"]).stdout_bytes
    assert out.count(b"\r\n") == 12 and b"\n" not in out.replace(b"\r\n", b"")


@pytest.mark.parametrize(("args", "dates"), [
    (["--from", "2018", "--to", "2018"], ["2018-05-21", "2018-06"]),
    (["--from", "May 2018", "--to", "21 May 2018"], ["2018-05-21"]),
    (["--from", "2020-09-16"], ["2020-09-16", "2022-12-10", "2025-05-21"]),
    (["--category", "award"], ["2020-08-21", "2025-05-21"]),
    (["-c", "birth", "-c", "sentence"], ["1986-05-05", "1986-05-05", "2020-09-16"]),
    (["--section", "reACT"], ["2018-06", "2022-12-10"]),
    (["--contains", "ZELENSKY"], ["2020-08-21"]),
    (["--reverse", "--limit", "2"], ["2025-05-21", "2022-12-10"]),
    (["--kind", "relative"], []),
])
def test_timeline_filters(args: list[str], dates: list[str]) -> None:
    code, out, _ = run("timeline", "-f", "json", *args)
    assert code == 0 and [r["date"] for r in json.loads(out)] == dates


def test_kind_filter_on_inferred_and_relative() -> None:
    path = str(DEVSET / "02_seitova.txt")
    data = json.loads(run("timeline", "-a", path, "-f", "json", "-k", "inferred",
                          "-k", "relative")[1])
    assert [(r["date"], r["kind"], r["resolved_from"]) for r in data] == [
        ("2019-10-14", "inferred", "2019-10-11"), ("2020-03-17", "relative", "2020-03-03")]


def test_empty_result_is_a_message_not_a_table() -> None:
    assert run("timeline", "--from", "2030") == (0, "No events match.\n", "")
    assert run("timeline", "--from", "2030", "-f", "json") == (0, "[]\n", "")


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "soon"], "not a date"),
    (["--category", "nope"], "unknown category"),
])
def test_bad_filters(args: list[str], message: str) -> None:
    code, out, err = run("timeline", *args)
    assert code == 2 and out == "" and message in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("command", ["timeline", "awards"])
def test_exact_rich_output(monkeypatch: pytest.MonkeyPatch, command: str, width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, _ = run(command)
    expected = (GOLDEN / f"{command}-{width}.txt").read_text(encoding="utf-8")
    assert code == 0 and out == expected
    assert max(len(line) for line in out.splitlines()) <= width


def test_several_articles_say_where_each_row_comes_from() -> None:
    code, out, _ = run("timeline", "-a", str(DEVSET / "04_eminov.txt"),
                       "-a", str(DEVSET / "05_bridge.txt"), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert {r["article"] for r in data} == {"Ruslan Eminov", "Harbour Street bridge"}
    assert [r["start"] for r in data] == sorted(r["start"] for r in data)
    _, table, _ = run("timeline", "-a", str(DEVSET), "-f", "table")
    assert "Article" in table


def test_directory_and_stdin() -> None:
    data = json.loads(run("awards", "-a", str(DEVSET), "-f", "json")[1])
    assert len(data) == 8
    result = runner.invoke(app, ["awards", "-a", "-", "-f", "json"],
                           input=(DEVSET / "00_seed.txt").read_text(encoding="utf-8"))
    assert [r["name"] for r in json.loads(result.stdout)] == [
        "Order of Merit", "Alfred Moses Liberty Award"]


def test_environment_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIMEA_CLI_ARTICLE", str(DEVSET / "05_bridge.txt"))
    data = json.loads(run("timeline", "-f", "json")[1])
    assert {r["article"] for r in data} == {"Harbour Street bridge"}


# --- awards, search, facts ----------------------------------------------------------


def test_awards_formats() -> None:
    data = json.loads(run("awards", "-f", "json")[1])
    assert all(tuple(r) == AWARD_FIELDS for r in data)
    assert [(r["name"], r["date"], r["conferred_by"]) for r in data] == [
        ("Order of Merit", "2020-08-21", "Ukrainian president Volodymyr Zelensky"),
        ("Alfred Moses Liberty Award", "2025-05-21", "Freedom House")]
    md = run("awards", "-f", "markdown")[1].splitlines()
    assert md[0] == "| Date | Award | Conferred by | Statement |"
    assert md[2].startswith("| 21 August 2020 | Order of Merit |")


def test_search_json_has_match_offsets() -> None:
    code, out, _ = run("search", "zelensky", "-f", "json")
    (hit,) = json.loads(out)
    assert code == 0 and tuple(hit) == HIT_FIELDS
    a, b = hit["matches"][0]
    assert hit["text"][a:b] == "Zelensky" and hit["date"] == "2020-08-21"


def test_search_all_terms_phrases_and_accents(tmp_path: Path) -> None:
    assert len(json.loads(run("search", "Crimean Solidarity", "-f", "json")[1])) == 2
    assert run("search", "Solidarity", "-t", "Crimean", "-f", "json")[0] == 0   # two terms
    assert run("search", "Solidarity Crimean")[0] == 1                    # one phrase
    assert run("search", "Solidarity", "-t", "zzz")[0] == 1
    path = tmp_path / "a.txt"
    path.write_text("= T =\n\nEmir-Üseyin Kuku was born in 1976.\n", encoding="utf-8")
    (hit,) = json.loads(run("search", "useyin", "-a", str(path), "-f", "json")[1])
    a, b = hit["matches"][0]
    assert hit["text"][a:b] == "Üseyin"


def test_search_statements_without_dates_and_infobox() -> None:
    data = json.loads(run("search", "Uzbekistan", "-f", "json")[1])
    assert [(r["source"], r["date"]) for r in data] == [("infobox", None)]


def test_search_nothing_matched_exits_1_and_suggests_fuzzy() -> None:
    code, out, err = run("search", "Bakhchisaray")
    assert (code, out) == (1, "") and "--fuzzy" in err
    code, _, err = run("search", "Antarctica")
    assert code == 1 and "--fuzzy" not in err


@pytest.mark.parametrize(("term", "found"), [
    ("Bakhchisaray", "Bakhchysarai"), ("Zelenskyy", "Zelensky"), ("Mustafaev", "Mustafayev")])
def test_search_fuzzy(term: str, found: str) -> None:
    hits = json.loads(run("search", "--fuzzy", term, "-f", "json")[1])
    assert any(found in h["text"][a:b] for h in hits for a, b in h["matches"])


def test_search_regex() -> None:
    hits = json.loads(run("search", "--regex", r"\b20(18|20)\b", "-f", "json")[1])
    assert len(hits) == 5
    code, _, err = run("search", "--regex", "(")
    assert code == 2 and "bad regular expression" in err


def test_search_regex_cannot_hang(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("= T =\n\n" + "a" * 40 + "b happened in 2014.\n", encoding="utf-8")
    from crimea_cli import query

    start = time.monotonic()
    with pytest.raises(query.QueryError, match="longer than"):
        query.regex_matches(["(a+)+$"], ["a" * 40 + "b"], seconds=0.5)
    assert time.monotonic() - start < 3


def test_facts_are_labelled_and_reproducible() -> None:
    code, out, _ = run("facts", "--as-of", "2026-11-24", "-f", "json")
    data = json.loads(out)
    assert code == 0 and all(tuple(r) == FACT_FIELDS for r in data)
    facts = {r["label"]: (r["value"], r["source"]) for r in data}
    assert facts["Birthplace"] == ("Ziadin, Uzbekistan", "infobox")
    assert facts["Age on 2026-11-24"] == ("40", "computed")
    assert facts["Age at first detention (21 May 2018)"] == ("32", "computed")
    assert facts["Age at sentence (16 September 2020)"] == ("34", "computed")
    assert facts["Detention to sentence"] == ("2 years, 3 months, 26 days", "computed")
    assert facts["Sentence"] == ('14 years ("fourteen years")', "text")
    assert run("facts", "--as-of", "tomorrow")[0] == 2


# --- article text is data -----------------------------------------------------------

NASTY = {
    "markup": "[bold]won[/] a case [citation needed] and [/] too",
    "emoji": "a :warning: sign",
    "ansi": "\x1b[31mred\x1b[0m text",
    "osc8": "\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\ here",
    "controls": "bell \x07 and backspace \x08 and DEL \x7f and C1 \x9b here",
    "bidi": "reversed \u202e txet here",
}


@pytest.mark.parametrize("fmt", ["rich", "table", "markdown"])
@pytest.mark.parametrize("name", sorted(NASTY))
def test_article_text_never_styles_or_reaches_the_terminal_raw(
        tmp_path: Path, name: str, fmt: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"= T =\n\nIn 2014 he wrote {NASTY[name]}.\n", encoding="utf-8")
    code, out, _ = run("timeline", "-a", str(path), "-f", fmt)
    assert code == 0
    assert not any(ch in out for ch in "\x1b\x07\x08\x7f\x9b\u202e")
    if name in ("markup", "emoji"):
        flat = " ".join(out.split())
        if fmt == "markdown":   # Markdown punctuation comes escaped: "\\[bold\\]"
            flat = re.sub(r"\\(.)", r"\1", flat)
        assert NASTY[name] in flat


@pytest.mark.parametrize("fmt", ["rich", "table", "markdown"])
def test_human_formats_clip_a_huge_statement(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text("= T =\n\nIn 2014 " + "it went on and on " * 5000 + "\n", encoding="utf-8")
    code, out, _ = run("timeline", "-a", str(path), "-f", fmt)
    flat = " ".join(out.split())
    assert code == 0 and "part of a statement of 90,007 characters, at 7–90,014" in flat
    assert len(out) < 10_000
    (rec,) = json.loads(run("timeline", "-a", str(path), "-f", "json")[1])
    # the record carries the statement's first CUT_TEXT characters around the
    # date, says it was cut, and where the whole statement is
    assert rec["text_cut"] is True and rec["text_start"] == 0
    assert 260 <= len(rec["text"]) <= 300 and rec["text"].startswith("In 2014 it went on")
    assert (rec["offset_start"], rec["offset_end"]) == (7, 90_014)
    assert rec["text"][rec["span_start"]:rec["span_end"]] == "2014"


def test_json_keeps_article_text_exactly(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "In 2014 he wrote " + NASTY["ansi"] + " " + NASTY["markup"] + "."
    path.write_text(f"= T =\n\n{text}\n", encoding="utf-8")
    (rec,) = json.loads(run("timeline", "-a", str(path), "-f", "json")[1])
    assert rec["text"] == text


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    (b"", "empty article"),
    (b"\x00\x01\x02binary", "not a text file"),
    ("Text in 2014".encode("utf-16-le"), "not a text file"),
    (b"In 2014 \xff\xfe broken", "not UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes | None,
                                          message: str) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    for command in ("timeline", "awards", "facts"):
        code, out, err = run(command, "--article", str(path), "--format", "json")
        assert (code, out) == (2, "")
        assert len(err.splitlines()) == 1 and message in err and str(path) in err


def test_directory_without_articles(tmp_path: Path) -> None:
    code, _, err = run("timeline", "-a", str(tmp_path))
    assert code == 2 and "no article file" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_does_not_hang() -> None:
    start = time.monotonic()
    code, _, err = run("timeline", "-a", "/dev/zero")
    assert code == 2 and "limit" in err and time.monotonic() - start < 10


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    path = tmp_path / "secret.txt"
    path.write_text("= T =\n\nIn 2014.\n", encoding="utf-8")
    real_open = builtins.open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", deny)
    code, _, err = run("timeline", "-a", str(path))
    assert code == 2 and "permission denied" in err and str(path) in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("= T =\n\nIn 2014.\n", encoding="utf-8")
    path.chmod(0)
    code, _, err = run("timeline", "-a", str(path))
    assert code == 2 and "permission denied" in err


# --- as a process: pipes, signals, colour ------------------------------------------------

CLI = [sys.executable, "-m", "crimea_cli"]


def _proc(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full.update(env)
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=full, check=False)


def test_closed_pipe_ends_quietly() -> None:
    proc = subprocess.run(f"{sys.executable} -m crimea_cli timeline -f jsonl | head -n 1",
                          shell=True, capture_output=True, text=True, check=False)
    assert json.loads(proc.stdout)["date"] == "1986-05-05" and proc.stderr == ""


def test_colour_only_when_asked_and_never_with_no_color() -> None:
    assert "\x1b[" not in _proc(["timeline"]).stdout            # a pipe: no colour
    assert "\x1b[" in _proc(["timeline"], FORCE_COLOR="1").stdout
    assert "\x1b[" not in _proc(["timeline"], FORCE_COLOR="1", NO_COLOR="1").stdout
    assert "\x1b[" not in _proc(["timeline", "--no-color"], FORCE_COLOR="1").stdout


def test_exit_codes_as_a_process() -> None:
    assert _proc(["search", "Mustafayev"]).returncode == 0
    assert _proc(["search", "Antarctica"]).returncode == 1
    assert _proc(["timeline", "--bogus"]).returncode == 2
    bad = _proc(["timeline", "-a", "/nonexistent.txt"])
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_ctrl_c_exits_130_without_traceback() -> None:
    proc = subprocess.Popen([*CLI, "timeline", "-a", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # waiting for standard input
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 130 and "Traceback" not in err, (proc.returncode, err)


def test_ctrl_c_while_the_command_line_is_imported_exits_130() -> None:
    """Ctrl-C in the first tenth of a second (Typer and Rich being imported):
    made certain by an import hook that raises it when Typer is imported."""
    code = ("import sys, runpy\n"
            "class Interrupt:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'typer':\n"
            "            raise KeyboardInterrupt\n"
            "sys.meta_path.insert(0, Interrupt())\n"
            "sys.argv = ['crimea-cli', 'timeline']\n"
            "runpy.run_module('crimea_cli', run_name='__main__')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 130 and "Traceback" not in proc.stderr, proc.stderr


# --- directories with bad files, and --output ------------------------------------------


def test_unreadable_file_in_a_directory_is_skipped_with_exit_3(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("= A =\n\nIn 2014 it began.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text("= C =\n\nIn 2015 it ended.\n", encoding="utf-8")
    code, out, err = run("timeline", "-a", str(tmp_path), "-f", "json")
    assert code == 3
    assert [r["date"] for r in json.loads(out)] == ["2014", "2015"]
    lines = err.splitlines()
    assert len(lines) == 1 and "b.txt" in lines[0] and "skipped" in lines[0]
    # a file named on the command line is not skipped: it is an error
    assert run("timeline", "-a", str(tmp_path / "b.txt"))[0] == 2


@pytest.mark.parametrize("fmt", ["json", "csv", "rich"])
def test_output_file_is_written_and_not_overwritten(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run("awards", "-f", fmt, "-o", str(target))
    assert (code, out) == (0, "")
    first = target.read_bytes()
    assert b"Order of Merit" in first and b"\x1b[" not in first
    code, _, err = run("awards", "-f", fmt, "-o", str(target))
    assert code == 2 and "--force" in err and target.read_bytes() == first
    assert run("timeline", "-f", fmt, "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() != first
    assert [p.name for p in tmp_path.iterdir()] == [target.name]   # no temporary file left


def test_output_into_a_missing_directory(tmp_path: Path) -> None:
    code, _, err = run("awards", "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert code == 2 and len(err.splitlines()) == 1


def test_the_command_runs_without_the_cyclic_collector_and_the_library_keeps_it() -> None:
    # run() turns the cyclic collector off for the one short process of a
    # command (its objects form no cycles); importing the library leaves it on
    import subprocess
    import sys

    code = ("import atexit, gc, sys; from crimea_cli.cli import run; "
            "print(gc.isenabled(), file=sys.stderr, flush=True); "
            "atexit.register(lambda: print(gc.isenabled(), file=sys.stderr, flush=True)); "
            "sys.argv = ['crimea-cli', 'stats']; run()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and out.stderr.split() == ["True", "False"], out.stderr
