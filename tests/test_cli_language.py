"""The command line chooses the language: ``--language CODE``.

The option (before the command or after it) or ``$CRIMEA_CLI_LANGUAGE``
names a language :func:`crimea_cli.lang.get` finds: the package's own
(``en``) or one registered with :func:`crimea_cli.lang.register`. Each test
registers a test-only language, English with a few more words (two
Ukrainian month names, an award verb, a word of detention, a label), and
checks that what only that language reads is read by every command, in
worker processes too; an unknown code is one line and exit 2.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli import lang
from crimea_cli.cli import app
from crimea_cli.lang import en

pytestmark = pytest.mark.usefixtures("plain_terminal")   # tests/conftest.py

E = en.LANGUAGE
CODE = "xt"
TEST = dataclasses.replace(
    E, code=CODE, name="Test CLI",
    months={**E.months, "травня": 5, "червня": 6},
    award_verbs=(*E.award_verbs, "was garlanded with"),
    detained_words=(*E.detained_words, "interned"),
    number_labels=E.number_labels | {"стаття"})
"""English and a few more words the tests' article uses."""

ARTICLE = ("= Dana Ilyina =\n\nDana Ilyina (born 5 May 1970) is a journalist.\n\n"
           "== Life ==\nOn 5 травня 2014 she moved to Lviv.\n\n"
           "On 3 March 2015 she was interned in Simferopol.\n\n"
           "In 2016 she was garlanded with the Golden Quill Prize.\n\n"
           "She was charged under стаття 20 of the code.\n")
"""A date, an award, a detention and a label that only the test language reads."""

runner = CliRunner()


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CRIMEA_CLI_LANGUAGE", raising=False)
    lang.register(TEST)
    yield
    lang.unregister(CODE)


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "ilyina.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def _json(*args: str) -> object:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _dates(*args: str) -> list[str]:
    records = _json(*args)
    assert isinstance(records, list)
    return [r["date"] for r in records]


@pytest.mark.parametrize("where", ["before", "after", "env"])
def test_the_language_given_reads_the_dates(article: str, where: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["timeline", "-a", article, "-f", "json"]
    if where == "before":
        args = ["--language", CODE, *args]
    elif where == "after":
        args = [*args, "--language", CODE]
    else:
        monkeypatch.setenv("CRIMEA_CLI_LANGUAGE", CODE)
    assert "2014-05-05" in _dates(*args)
    monkeypatch.delenv("CRIMEA_CLI_LANGUAGE", raising=False)
    assert "2014-05-05" not in _dates("timeline", "-a", article, "-f", "json")
    assert "2014-05-05" not in _dates("timeline", "-a", article, "-f", "json", "--language",
                                      "en")


def test_the_option_wins_over_the_variable_and_after_over_before(
        article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIMEA_CLI_LANGUAGE", CODE)
    assert "2014-05-05" not in _dates("timeline", "-a", article, "-f", "json",
                                      "--language", "en")
    assert "2014-05-05" not in _dates("--language", CODE, "timeline", "-a", article,
                                      "-f", "json", "--language", "en")
    assert "2014-05-05" in _dates("--language", "en", "timeline", "-a", article,
                                  "-f", "json", "--language", CODE)


def test_every_command_reads_the_language(article: str) -> None:
    def both(*args: str) -> tuple[object, object]:
        return (_json(*args, "-a", article, "-f", "json", "--language", CODE),
                _json(*args, "-a", article, "-f", "json"))

    theirs, ours = both("awards")
    assert [a["name"] for a in theirs] == ["Golden Quill Prize"] and ours == []  # type: ignore
    theirs, ours = both("case", "--as-of", "2026-01-01")
    assert {c["field"]: c["value"] for c in theirs}["detained"] == "3 March 2015"  # type: ignore
    assert "detained" not in {c["field"] for c in ours}  # type: ignore
    theirs, ours = both("timeline", "--explain")
    assert {r["token"]: r["rule"] for r in theirs}["20"] == "label"  # type: ignore
    assert {r["token"]: r["rule"] for r in ours}["20"] != "label"  # type: ignore
    theirs, ours = both("search", "Lviv")
    assert [h["date"] for h in theirs if h["matches"]] == ["2014-05-05"]  # type: ignore
    assert [h["date"] for h in ours if h["matches"]] != ["2014-05-05"]  # type: ignore
    theirs, ours = both("stats", "--per", "year")

    def in_2014(rows: object) -> list[int]:
        return [r["count"] for r in rows if r["table"] == "year" and r["key"] == "2014"]  # type: ignore

    assert in_2014(theirs) == [1] and in_2014(ours) == [0]
    theirs, ours = both("facts", "--as-of", "2026-01-01")
    assert theirs == ours   # the facts read no word the test language adds


def test_the_language_reaches_the_workers(tmp_path: Path) -> None:
    from crimea_cli.parallel import MIN_ITEMS

    for i in range(MIN_ITEMS + 6):
        (tmp_path / f"a{i:03d}.txt").write_text(
            f"= A{i} =\n\nOn {i % 9 + 1} червня {1900 + i} the mill opened.\n", encoding="utf-8")
    expected = [f"{1900 + i}-06-0{i % 9 + 1}" for i in range(MIN_ITEMS + 6)]
    for fmt in ("json", "jsonl"):   # jsonl: the workers write the lines
        result = runner.invoke(app, ["--language", CODE, "timeline", "-a", str(tmp_path),
                                     "--jobs", "2", "-f", fmt])
        assert result.exit_code == 0, result.stderr
        records = (json.loads(result.stdout) if fmt == "json"
                   else [json.loads(line) for line in result.stdout.splitlines()])
        assert sorted(r["date"] for r in records) == sorted(expected)
    english = runner.invoke(app, ["timeline", "-a", str(tmp_path), "--jobs", "2", "-f", "json"])
    assert json.loads(english.stdout) == []


@pytest.mark.parametrize("args", [
    ["--language", "zz", "timeline"], ["timeline", "--language", "zz"],
    ["case", "--language", "EN-"], ["awards", "--language", "../en"],
    ["explore", "--language", "zz"]])
def test_an_unknown_language_is_one_line_and_the_usage_code(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("crimea-cli: error: --language: no language ")
    assert f"the languages: en, {CODE}" in result.stderr


def test_an_unknown_language_of_the_variable_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIMEA_CLI_LANGUAGE", "zz")
    result = runner.invoke(app, ["timeline"])
    assert result.exit_code == 2
    assert result.stderr == ("crimea-cli: error: $CRIMEA_CLI_LANGUAGE: no language 'zz'; "
                             f"the languages: en, {CODE}\n")


def test_a_wrong_code_before_the_command_is_an_error_when_one_after_it_wins(
        article: str) -> None:
    result = runner.invoke(app, ["--language", "zz", "timeline", "-a", article,
                                 "--language", "en"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("crimea-cli: error: --language: no language 'zz'; "
                             f"the languages: en, {CODE}\n")
    assert _dates("--language", CODE, "timeline", "-a", article, "-f", "json",
                  "--language", "en")


@pytest.mark.parametrize("where", ["before", "env"])
def test_fetch_checks_the_language_before_it_asks_the_wiki(
        where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # nothing listens on port 9: were the code not checked first, the answer
    # would be "cannot reach" (69)
    args = ["fetch", "Kyiv", "--api", "http://127.0.0.1:9/w/api.php", "-o",
            str(tmp_path / "k.wiki")]
    if where == "before":
        args = ["--language", "zz", *args]
        origin = "--language"
    else:
        monkeypatch.setenv("CRIMEA_CLI_LANGUAGE", "zz")
        origin = "$CRIMEA_CLI_LANGUAGE"
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"crimea-cli: error: {origin}: no language 'zz'; "
                             f"the languages: en, {CODE}\n")
    assert not (tmp_path / "k.wiki").exists()


@pytest.mark.parametrize("value", ["", " ", " \t "])
def test_a_variable_empty_or_of_spaces_counts_as_unset(
        value: str, article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIMEA_CLI_LANGUAGE", value)
    assert "2014-05-05" not in _dates("timeline", "-a", article, "-f", "json")
    assert "2014-05-05" in _dates("timeline", "-a", article, "-f", "json",
                                  "--language", CODE)


def test_the_help_lists_the_languages_with_an_example() -> None:
    for args in (["--help"], ["timeline", "--help"], ["case", "--help"]):
        result = runner.invoke(app, args)
        text = " ".join(result.stdout.split())
        assert f"--language CODE The language the articles are read in: en, {CODE}" in text
        assert "Example: --language en" in text


# --- in a process of its own --------------------------------------------------

_REGISTER = """
import dataclasses, sys
from crimea_cli import lang
from crimea_cli.lang import en
E = en.LANGUAGE
lang.register(dataclasses.replace(E, code="xt", name="Test CLI",
                                  months={**E.months, "травня": 5, "червня": 6}))
from crimea_cli.cli import run
sys.argv = ["crimea-cli", *sys.argv[1:]]
run()
"""
"""A program that registers the test language and runs the command line."""


def _proc(args: list[str], register: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "CRIMEA_CLI_LANGUAGE"}
    full.update(NO_COLOR="1", **env)
    cmd = ([sys.executable, "-c", _REGISTER] if register
           else [sys.executable, "-m", "crimea_cli"])
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=full,
                          check=False, encoding="utf-8")


def test_a_process_reads_the_registered_language(article: str, tmp_path: Path) -> None:
    from crimea_cli.parallel import MIN_ITEMS

    got = _proc(["timeline", "-a", article, "-f", "json", "--language", CODE])
    assert got.returncode == 0, got.stderr
    assert "2014-05-05" in [r["date"] for r in json.loads(got.stdout)]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(MIN_ITEMS + 2):
        (corpus / f"a{i:03d}.txt").write_text(f"= A{i} =\n\nOn 2 червня {1900 + i} it rained.\n",
                                              encoding="utf-8")
    got = _proc(["timeline", "-a", str(corpus), "-f", "jsonl", "-j", "2"],
                CRIMEA_CLI_LANGUAGE=CODE)
    assert got.returncode == 0, got.stderr
    assert len(got.stdout.splitlines()) == MIN_ITEMS + 2


def test_a_process_without_the_language_says_so_in_one_line(article: str) -> None:
    got = _proc(["timeline", "-a", article, "--language", CODE], register=False)
    assert got.returncode == 2 and got.stdout == ""
    assert got.stderr == f"crimea-cli: error: --language: no language {CODE!r}; the languages: en\n"
    english = _proc(["timeline", "-a", article, "-f", "json", "--language", "en"],
                    register=False)
    assert english.returncode == 0
    assert "2014-05-05" not in [r["date"] for r in json.loads(english.stdout)]


# --- the library: registering, and the functions of the runner's edges --------

def test_register_finds_a_language_by_its_code() -> None:
    assert lang.get(CODE) is TEST and CODE in lang.codes() and "en" in lang.codes()
    with pytest.raises(ValueError, match=r"code of a language of crimea_cli\.lang"):
        lang.register(dataclasses.replace(E, code="en", name="Not English"))
    for bad in ("", "X1", "1x", "x y", "ü"):
        with pytest.raises(ValueError, match="lower-case ASCII"):
            lang.register(dataclasses.replace(E, code=bad, name="Bad"))
    with pytest.raises(TypeError, match="register\\(language\\) must be Language"):
        lang.register("en")  # type: ignore[arg-type]
    lang.unregister(CODE)
    with pytest.raises(LookupError):
        lang.get(CODE)


def test_a_registered_language_pickles_its_tables() -> None:
    import pickle

    # a worker started afresh (spawn) has no registry: the tables travel
    copy = pickle.loads(pickle.dumps(TEST))
    assert copy is not TEST and copy.months == TEST.months
    assert pickle.loads(pickle.dumps(E)) is E


def test_load_articles_reads_in_the_language(article: str) -> None:
    from crimea_cli.events import extract_events
    from crimea_cli.sources import load_articles

    def sentences(language: lang.Language | None) -> list[str]:
        return [st.text for a in load_articles([article], language=language)
                for st in a.statements]

    (Path(article)).write_text("= A =\n\nShe moved to вул. Franko in 2014. It rained.\n",
                               encoding="utf-8")
    street = dataclasses.replace(TEST, abbreviations=E.abbreviations | {"вул"})
    assert any(s.endswith("вул. Franko in 2014.") for s in sentences(street))
    assert not any(s.endswith("вул. Franko in 2014.") for s in sentences(None))
    with pytest.raises(TypeError, match="load_articles\\(language\\) must be Language"):
        load_articles([article], language="en")  # type: ignore[arg-type]
    assert [e.date.edtf for a in load_articles([article]) for e in extract_events(a)] == ["2014"]


# --- a page of another Wikipedia (fetch --lang) is read in English, and said so --

def _fetched(tmp_path: Path, wiki: str, name: str = "page.wiki") -> str:
    path = tmp_path / name
    path.write_text(f"<!-- crimea-cli\ntitle: Kyiv\nurl: https://{wiki}.wikipedia.org/wiki/Kyiv\n"
                    "revision: 1\ntimestamp: 2026-11-30T08:15:00Z\n-->\n"
                    "Kyiv grew after 1240. On 5 травня 2014 it rained.\n", encoding="utf-8")
    return str(path)


def test_a_page_of_another_wikipedia_is_said_to_be_read_in_english(tmp_path: Path) -> None:
    uk = _fetched(tmp_path, "uk")
    result = runner.invoke(app, ["timeline", "-a", uk, "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)   # read, in English
    assert result.stderr == (
        f"crimea-cli: warning: {uk} is from uk.wikipedia.org and is read in English: there "
        "is no language 'uk' yet; --language en reads it so without this warning\n")
    # a language chosen says it: no warning; an English page: none either
    for args in (["--language", "en"], ["--language", CODE]):
        chosen = runner.invoke(app, ["timeline", "-a", uk, "-f", "json", *args])
        assert chosen.exit_code == 0 and chosen.stderr == ""
    en_page = _fetched(tmp_path, "en", "en.wiki")
    assert runner.invoke(app, ["timeline", "-a", en_page, "-f", "json"]).stderr == ""


def test_one_warning_per_wikipedia_for_every_command(tmp_path: Path) -> None:
    pages = [_fetched(tmp_path, "uk", f"p{i}.wiki") for i in range(3)]
    for command in (["timeline"], ["awards"], ["case"], ["facts"], ["stats"],
                    ["search", "Kyiv"], ["timeline", "--explain"]):
        result = runner.invoke(app, [*command, *[x for p in pages for x in ("-a", p)],
                                     "-f", "json"])
        assert result.exit_code == 0, (command, result.stderr)
        assert result.stderr.count("\n") == 1, command
        assert f"{pages[0]} (and 2 more) is from uk.wikipedia.org" in result.stderr


def test_a_directory_and_a_url_of_another_wikipedia_are_said_so(tmp_path: Path) -> None:
    from crimea_cli.sources import page_language, wiki_language

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _fetched(corpus, "uk", "a.wiki")
    result = runner.invoke(app, ["timeline", str(corpus), "-f", "json"])
    assert result.exit_code == 0 and "is from uk.wikipedia.org" in result.stderr
    assert page_language(str(corpus)) == "uk"
    assert wiki_language("https://uk.m.wikipedia.org/wiki/Київ") == "uk"
    for url in ("https://uk.wikipedia.org.example.net/wiki/A", "https://example.org/wiki/A",
                "https://commons.wikimedia.org/wiki/A"):
        assert wiki_language(url) is None
    assert page_language("https://uk.wikipedia.org/wiki/Київ") == "uk"
    assert page_language(str(tmp_path / "missing.wiki")) is None
    assert page_language("-") is None


def test_a_fetched_file_s_header_is_read_as_the_readers_read_it(tmp_path: Path) -> None:
    from crimea_cli.read.sniff import header
    from crimea_cli.sources import page_language

    body = ("<!-- crimea-cli\r\ntitle: Kyiv\r\nrevision: 7\r\n"
            "url: https://uk.wikipedia.org/wiki/Kyiv\r\n-->\r\nKyiv was founded in 482.\r\n")
    cases = {"crlf.wiki": body.encode(), "bom.wiki": b"\xef\xbb\xbf" + body.encode(),
             "spaced.wiki": ("\n  " + body.replace("url: ", "URL :  ")).encode()}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert header(data.decode("utf-8-sig")).get("url") == \
            "https://uk.wikipedia.org/wiki/Kyiv", name
        assert page_language(str(path)) == "uk", name
    # a header without its end is no header, for the readers as for the warning
    (tmp_path / "open.wiki").write_text("<!-- crimea-cli\nurl: https://uk.wikipedia.org/wiki/K\n")
    assert page_language(str(tmp_path / "open.wiki")) is None


def test_fetch_of_another_wikipedia_says_it_will_be_read_in_english(tmp_path: Path) -> None:
    from wikiserver import WikiServer

    with WikiServer() as wiki:
        out = tmp_path / "d.wiki"
        result = runner.invoke(app, ["fetch", "Леся Довбуш", "--lang", "uk", "--api", wiki.api,
                                     "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        assert result.stderr.splitlines()[0] == (
            "crimea-cli: note: there is no language 'uk' yet: the commands read this page in "
            "English (see --language)")
        english = runner.invoke(app, ["fetch", "Lesia Dovbush", "--api", wiki.api,
                                      "-o", str(tmp_path / "e.wiki")])
        assert english.exit_code == 0 and "note:" not in english.stderr
    assert "url: https://uk.wikipedia.org/wiki/" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("wiki", ["simple", "test", "Simple", "simple.m"])
def test_an_english_wikipedia_of_another_name_is_english(tmp_path: Path, wiki: str) -> None:
    from crimea_cli.sources import page_language, wiki_language

    page = _fetched(tmp_path, wiki)
    result = runner.invoke(app, ["timeline", "-a", page, "-f", "json"])
    assert result.exit_code == 0 and result.stderr == ""
    assert page_language(page) == "en"
    assert wiki_language(f"https://{wiki}.wikipedia.org/wiki/Kyiv") == "en"
    assert lang.wiki_code(wiki.split(".")[0]) == "en" and lang.wiki_code("uk") == "uk"
    assert "simple" in lang.WIKIPEDIAS["en"]


def test_fetch_of_simple_english_says_nothing_of_languages(
        capsys: pytest.CaptureFixture[str]) -> None:
    from crimea_cli.cli import _note_language

    # the page's URL is on no Wikipedia (a local API): --lang names the wiki
    for url, wiki in (("http://127.0.0.1:8080/wiki/Kyiv", "simple"),
                      ("https://simple.wikipedia.org/wiki/Kyiv", "simple"),
                      ("https://test.wikipedia.org/wiki/Kyiv", "en")):
        _note_language(url, wiki)
    assert capsys.readouterr().err == ""
    _note_language("http://127.0.0.1:8080/wiki/Kyiv", "uk")
    assert "no language 'uk' yet" in capsys.readouterr().err


def test_a_page_that_cannot_be_fetched_is_one_error_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("CRIMEA_CLI_WIKI_API", "http://127.0.0.1:9/w/api.php")  # none listens
    result = runner.invoke(app, ["timeline", "-a", "https://uk.wikipedia.org/wiki/Kyiv",
                                 "-f", "json"])
    assert result.exit_code == 69 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("crimea-cli: error: ")
    assert "warning" not in result.stderr


def test_a_page_fetched_and_read_is_warned_of_once(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from wikiserver import WikiServer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    url = "https://uk.wikipedia.org/wiki/Lesia_Dovbush"
    page = _fetched(tmp_path, "uk")
    with WikiServer() as wiki:
        monkeypatch.setenv("CRIMEA_CLI_WIKI_API", wiki.api)
        for command in (["timeline"], ["case"]):
            result = runner.invoke(app, [*command, "-a", url, "-a", page, "-a", url,
                                         "-f", "json"])
            assert result.exit_code == 0, result.stderr
            assert result.stderr == (
                f"crimea-cli: warning: {url} (and 1 more) is from uk.wikipedia.org and is "
                "read in English: there is no language 'uk' yet; --language en reads it so "
                "without this warning\n")


def test_a_file_named_twice_counts_once(tmp_path: Path) -> None:
    uk, other = _fetched(tmp_path, "uk"), _fetched(tmp_path, "uk", "other.wiki")
    result = runner.invoke(app, ["timeline", "-a", uk, "-a", uk, "-f", "json"])
    assert result.exit_code == 0
    assert f"{uk} is from uk.wikipedia.org" in result.stderr and "more" not in result.stderr
    result = runner.invoke(app, ["timeline", "-a", uk, "-a", other, "-a", uk, "-f", "json"])
    assert f"{uk} (and 1 more) is from uk.wikipedia.org" in result.stderr


_TOP_HELP = """
import sys
from crimea_cli.cli import run
sys.argv = ["crimea-cli", "--help"]
try:
    run()
except SystemExit:
    pass
print("imported" if "crimea_cli.lang" in sys.modules else "not imported")
"""


def test_the_app_help_lists_the_codes_without_importing_a_language() -> None:
    env = {**{k: v for k, v in os.environ.items() if k != "CRIMEA_CLI_LANGUAGE"},
           "NO_COLOR": "1", "COLUMNS": "200"}
    got = subprocess.run([sys.executable, "-c", _TOP_HELP], capture_output=True, text=True,
                         env=env, check=False, encoding="utf-8")
    assert got.stdout.splitlines()[-1] == "not imported", got.stderr
    assert "The language the articles are read in: en (default" in got.stdout


def test_the_codes_listed_without_the_package_are_its_codes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crimea_cli.cli import _language_codes

    assert _language_codes() == lang.codes() and CODE in _language_codes()
    monkeypatch.delitem(sys.modules, "crimea_cli.lang")
    assert _language_codes() == tuple(sorted(lang._shipped_codes())) == ("en",)


def test_the_shell_completes_the_language_codes() -> None:
    env = {**{k: v for k, v in os.environ.items() if k != "CRIMEA_CLI_LANGUAGE"},
           "_CRIMEA_CLI_COMPLETE": "complete_bash",
           "COMP_WORDS": "crimea-cli timeline --language e", "COMP_CWORD": "3"}
    proc = subprocess.run([sys.executable, "-m", "crimea_cli"], env=env, capture_output=True,
                          text=True, check=False)
    assert proc.stdout.split() == ["en"]


def test_fetch_says_which_language_its_page_is_read_in() -> None:
    text = " ".join(runner.invoke(app, ["fetch", "--help"]).stdout.split())
    assert "the commands read the page in the language --language names" in text


@pytest.mark.parametrize(("command", "key"), [("timeline", "no_events"), ("stats", "no_events"),
                                              ("awards", "no_awards")])
def test_an_empty_result_is_said_in_the_languages_words(tmp_path: Path, command: str,
                                                        key: str) -> None:
    """The message for people when nothing is found comes from the language."""
    marked = dataclasses.replace(en.LANGUAGE, code="xn", name="Test empty words",
                                 view_words={**en.LANGUAGE.view_words, key: "ZZNONE"})
    lang.register(marked)
    try:
        (tmp_path / "a.txt").write_text("= Plain =\n\nNothing is dated here.\n")
        r = CliRunner().invoke(app, [command, str(tmp_path / "a.txt"), "-f", "table",
                                     "--language", "xn"])
        assert r.exit_code == 0, r.output
        assert r.stdout.strip() == "ZZNONE"
    finally:
        lang.unregister("xn")
