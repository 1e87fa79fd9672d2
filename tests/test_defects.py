"""Small defects of issue 10: library argument checks, search and --limit
consistency across formats, several articles, date ranges, facts as of a
day, directories and the environment variable. Each failed before."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import crimea_cli
from crimea_cli import ArticleError
from crimea_cli.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("CRIMEA_CLI_ARTICLE", raising=False)


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- the library -------------------------------------------------------------------


@pytest.mark.parametrize(("call", "message"), [
    (lambda: crimea_cli.parse_article(None), "parse_article(text) must be str, not NoneType"),
    (lambda: crimea_cli.parse_article(b"= T =\n"), "parse_article(text) must be str, not bytes"),
    (lambda: crimea_cli.parse_article("x", name=3), "parse_article(name) must be str, not int"),
    (lambda: crimea_cli.read_article(None), "read_article(path) must be str or PathLike"),
    (lambda: crimea_cli.extract_events("text"), "extract_events(article) must be Article"),
    (lambda: crimea_cli.extract_awards(None), "extract_awards(article) must be Article"),
    (lambda: crimea_cli.find_dates(2014), "find_dates(text) must be str, not int"),
    (lambda: crimea_cli.find_mentions(None), "find_mentions(text) must be str"),
    (lambda: crimea_cli.edtf_bounds(None), "edtf_bounds(edtf) must be str"),
])
def test_public_functions_check_their_argument_types(call: object, message: str) -> None:
    with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()  # type: ignore[operator]


def test_read_article_of_a_file_descriptor_does_not_close_it() -> None:
    read, write = os.pipe()
    os.write(write, b"= T =\n\nIn 2014 it began.\n")
    os.close(write)
    try:
        with pytest.raises(TypeError, match="must be str or PathLike, not int"):
            crimea_cli.read_article(read)  # type: ignore[arg-type]
        os.fstat(read)          # still open
    finally:
        with contextlib.suppress(OSError):
            os.close(read)


def test_a_nul_in_a_path_is_an_article_error() -> None:
    with pytest.raises(ArticleError, match="NUL"):
        crimea_cli.read_article("bio\x00.txt")


def test_lone_surrogates_become_replacement_characters() -> None:
    article = crimea_cli.parse_article("= T =\n\nIn 2014 it \udcff began.\n")
    (event,) = crimea_cli.extract_events(article)
    assert "\ufffd" in event.text and event.text.encode("utf-8")
    assert article.text[event.statement.start:event.statement.end] == event.text


def test_the_library_size_limit() -> None:
    from crimea_cli.article import MAX_ARTICLE_CHARS

    with pytest.raises(ArticleError, match="limit"):
        crimea_cli.parse_article("x" * (MAX_ARTICLE_CHARS + 1))


# --- search, --limit, several articles -----------------------------------------------


def test_search_without_a_match_prints_an_empty_document() -> None:
    code, out, err = _run("search", "Antarctica", "-f", "json")
    assert code == 1 and json.loads(out) == [] and "no statement matches" in err
    code, out, _ = _run("search", "Antarctica", "-f", "csv")
    assert code == 1 and out.splitlines()[0].startswith("date,section,source,text")
    code, out, _ = _run("search", "Antarctica", "-f", "jsonl")
    assert code == 1 and out == ""


def _articles(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text("= A =\n\nIn 2019 it rained. In 2021 it snowed.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("= B =\n\nIn 2015 it began. In 2020 it ended.\n",
                                    encoding="utf-8")
    return ["-a", str(tmp_path / "a.txt"), "-a", str(tmp_path / "b.txt")]


def test_limit_gives_the_same_records_in_every_format(tmp_path: Path) -> None:
    args = _articles(tmp_path)
    want = json.loads(_run("timeline", *args, "-n", "2", "-f", "json")[1])
    assert [r["date"] for r in want] == ["2015", "2019"]
    lines = _run("timeline", *args, "-n", "2", "-f", "jsonl")[1].splitlines()
    assert [json.loads(line) for line in lines] == want
    rows = list(csv.DictReader(io.StringIO(_run("timeline", *args, "-n", "2", "-f", "csv")[1])))
    assert [r["date"] for r in rows] == ["2015", "2019"]


@pytest.mark.parametrize("fmt", ["rich", "table", "markdown", "oneline"])
def test_several_articles_name_the_article_even_when_one_gives_the_rows(
        tmp_path: Path, fmt: str) -> None:
    args = _articles(tmp_path)
    code, out, _ = _run("timeline", *args, "--from", "2021", "-f", fmt)
    assert code == 0 and "2021" in out and "2015" not in out
    assert "A" in out.split() or "A ·" in out or "| A |" in out
    code, out, _ = _run("timeline", *args[:2], "-f", fmt)   # one article: no article column
    assert "Article" not in out and "A ·" not in out


def test_from_after_to_is_an_error() -> None:
    code, out, err = _run("timeline", "--from", "2020", "--to", "2018")
    assert (code, out) == (2, "") and "--from 2020 is after --to 2018" in err
    assert _run("timeline", "--from", "2018", "--to", "2018")[0] == 0


# --- facts ---------------------------------------------------------------------------


def test_facts_as_of_before_an_event_leave_out_what_is_not_defined() -> None:
    code, out, _ = _run("facts", "--as-of", "2015-01-01", "-f", "json")
    labels = [r["label"] for r in json.loads(out)]
    assert code == 0 and "Age on 2015-01-01" in labels
    assert not [x for x in labels if "detention" in x or "sentence" in x.lower()]
    code, out, _ = _run("facts", "--as-of", "1980-01-01", "-f", "json")
    rows = json.loads(out)
    assert not [r for r in rows if r["label"].startswith("Age")]
    assert not [r for r in rows if r["value"].lstrip().startswith("-")]


def test_facts_as_ics_prints_only_its_error() -> None:
    code, out, err = _run("facts", "-f", "ics")
    assert (code, out) == (2, "") and err.count("\n") == 1


# --- directories and the environment variable -----------------------------------------


def test_an_unreadable_directory_says_permission_denied(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("In 2014 it began.\n", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(tmp_path)
                        else real(p, mode))
    code, _, err = _run("timeline", "-a", str(tmp_path))
    assert code == 2 and "permission denied" in err and "holds no" not in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_directory_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("In 2014 it began.\n", encoding="utf-8")
    folder.chmod(0o600)
    try:
        code, _, err = _run("timeline", "-a", str(folder))
    finally:
        folder.chmod(0o700)
    assert code == 2 and "permission denied" in err


def test_the_environment_variable_takes_a_directory(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _articles(tmp_path)
    monkeypatch.setenv("CRIMEA_CLI_ARTICLE", str(tmp_path))
    code, out, _ = _run("timeline", "-f", "json")
    assert code == 0 and {r["article"] for r in json.loads(out)} == {"A", "B"}


@pytest.mark.parametrize("where", ["missing", "empty-dir"])
def test_environment_variable_errors_name_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             where: str) -> None:
    target = tmp_path / "nothing.txt" if where == "missing" else tmp_path
    monkeypatch.setenv("CRIMEA_CLI_ARTICLE", str(target))
    code, _, err = _run("timeline")
    assert code == 2 and f"$CRIMEA_CLI_ARTICLE={target}" in err and err.count("\n") == 1




# --- search --regex ---------------------------------------------------------------------


def test_regex_search_runs_one_child_for_all_articles(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from crimea_cli import query

    started: list[object] = []
    real = query._Matcher

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            started.append(self)
            super().__init__(*args)

    monkeypatch.setattr(query, "_Matcher", Counted)
    args = _articles(tmp_path)
    (tmp_path / "c.txt").write_text("= C =\n\nIn 2011 it rained.\n", encoding="utf-8")
    code, out, _ = _run("search", "-e", "rain|snow", *args, "-a", str(tmp_path / "c.txt"),
                        "-f", "json")
    assert code == 0 and {r["article"] for r in json.loads(out)} == {"A", "C"}
    assert len(started) == 1


def test_regex_matches_per_statement_are_capped(tmp_path: Path) -> None:
    from crimea_cli.query import MAX_MATCHES

    path = tmp_path / "a.txt"
    path.write_text("= T =\n\nIn 2014 " + "it went on and on " * 200 + "\n", encoding="utf-8")
    code, out, _ = _run("search", "-e", ".", "-a", str(path), "-f", "json")
    (rec,) = json.loads(out)
    assert code == 0 and len(rec["matches"]) == MAX_MATCHES


def test_a_regex_session_shares_its_budget() -> None:
    from crimea_cli.query import QueryError, regex_matches, regex_session

    with regex_session(["x"], seconds=0.0), pytest.raises(QueryError, match="longer than"):
        for _ in range(50):   # the budget is spent before the first answer can come
            regex_matches(["x"], ["x" * 10])
