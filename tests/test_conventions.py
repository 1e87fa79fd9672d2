"""The conventions people expect of a CLI (issue 14): files as arguments,
grep-like search with whole words and context, one-line usage errors,
repeated options, case-insensitive choices, global options, --color,
--width, help at 60 columns, and the pager (in a real pty)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli.cli import app, registry

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "fixtures" / "devset" / "articles"
SEED = ROOT / "data" / "seed.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
COMMANDS = ("timeline", "awards", "search", "facts", "stats", "case")


pytestmark = pytest.mark.usefixtures("plain_terminal")   # tests/conftest.py


def run(*args: str, **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env or None)
    return result.exit_code, result.stdout, result.stderr


# --- usage errors, options -------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["timeline", "--nosuch"], ["nosuch"], ["timeline", "-f", "xml"], ["timeline", "-n", "x"],
    ["timeline", "-n", "2", "-n", "3"], ["timeline", "--limit=2", "-n3"],
    ["case", "--as-of", "2020-01-01", "--as-of", "2021-01-01"], ["search"],
    ["facts", "-f", "ics"], ["stats", "--per", "week"],
])
def test_usage_errors_are_one_line_in_the_tools_style(args: list[str]) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.startswith("crimea-cli: error: ") and err.count("\n") == 1


def test_a_single_value_option_given_twice_is_an_error_and_repeatable_ones_combine() -> None:
    _, _, err = run("timeline", "-n", "2", "--limit", "3")
    assert "--limit is given more than once" in err
    code, out, _ = run("timeline", "-c", "birth", "-c", "award", "-f", "json")
    assert code == 0 and {r["category"] for r in json.loads(out)} == {"birth", "award"}


def test_choices_are_case_insensitive() -> None:
    code, out, _ = run("timeline", "-f", "JSON", "-c", "Detention", "-k", "EXPLICIT")
    assert code == 0 and [r["category"] for r in json.loads(out)] == ["detention"]
    assert run("stats", "--per", "Year", "-f", "Csv")[0] == 0


def test_global_options_before_the_command() -> None:
    code, out, _ = run("-a", str(DEVSET / "05_bridge.txt"), "--width", "60", "timeline",
                       "-f", "oneline")
    assert code == 0 and "Harbour" not in out and max(map(len, out.splitlines())) <= 60
    code, out, _ = run("--color", "always", "awards")
    assert code == 0 and ANSI.search(out)


def test_files_as_arguments() -> None:
    a, b = str(DEVSET / "04_eminov.txt"), str(DEVSET / "05_bridge.txt")
    for command in ("timeline", "awards", "facts", "stats", "case"):
        code, out, _ = run(command, a, b, "-f", "json")
        assert code == 0, command
        assert {r["article"] for r in json.loads(out) if r.get("article")} <= {
            "Ruslan Eminov", "Harbour Street bridge"}
    assert run("timeline", a, "-f", "json")[1] == run("timeline", "-a", a, "-f", "json")[1]


# --- colour and width ------------------------------------------------------------------


def test_color_always_never_and_auto() -> None:
    assert ANSI.search(run("timeline", "--color", "always")[1])          # NO_COLOR is set
    assert not ANSI.search(run("timeline", "--color", "never", FORCE_COLOR="1")[1])
    assert not ANSI.search(run("timeline", "--no-color", FORCE_COLOR="1")[1])
    assert not ANSI.search(run("timeline")[1])                           # not a terminal


def test_the_date_span_is_emphasised_in_colour() -> None:
    out = run("timeline", "--color", "always", "--width", "100")[1]
    assert "\x1b[1m21 May 2018\x1b[0m" in out


def test_width_and_files_written_with_output(tmp_path: Path) -> None:
    out = run("timeline", "--width", "70")[1]
    assert max(map(len, out.splitlines())) <= 70
    target = tmp_path / "t.txt"
    assert run("timeline", "-o", str(target), COLUMNS="40")[0] == 0
    written = target.read_text(encoding="utf-8")
    assert written == run("timeline", COLUMNS="100")[1]          # not the terminal's 40


# --- search ----------------------------------------------------------------------------


def test_search_matches_whole_words_unless_substring() -> None:
    assert run("search", "war", "-f", "json")[0] == 1             # not in "award"
    code, _, err = run("search", "war")
    assert "--substring finds it" in err
    code, out, _ = run("search", "war", "-S", "-f", "json")
    assert code == 0 and any("award" in r["text"] for r in json.loads(out))


def test_search_reads_like_grep(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("= One =\n\nIn 2019 Zelensky spoke.\n", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("= Two =\n\nNothing here.\n", encoding="utf-8")
    code, out, _ = run("search", "Zelensky", str(one), str(two), "-f", "json")
    assert code == 0 and [r["article"] for r in json.loads(out)] == ["One"]
    # a glob after -a: the shell turned it into -a one.txt two.txt Zelensky
    code, out, err = run("search", "-a", str(one), str(two), "Zelensky")
    assert code == 2 and "is a file, not a search term" in err and out == ""
    code, _, err = run("search", "Zelensky", "Bakhchisaray")
    assert code == 2 and "no such file" in err and "-t Bakhchisaray" in err
    code, out, _ = run("search", "Zelensky", "-t", "Ukrainian", "-f", "json")
    assert code == 0 and len(json.loads(out)) == 1


def test_search_context_and_filters() -> None:
    code, out, _ = run("search", "sentenced", "-C", "1", "-f", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 3
    assert [bool(r["matches"]) for r in rows].count(True) == 1 or all(
        "sentenced" in r["text"] for r in rows if r["matches"])
    assert any(not r["matches"] for r in rows)
    code, out, _ = run("search", "Mustafayev", "--from", "2020", "--to", "2020", "-f", "json")
    assert code == 0 and {r["date"][:4] for r in json.loads(out)} == {"2020"}
    code, out, _ = run("search", "Mustafayev", "-c", "award", "-f", "json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run("search", "Mustafayev", "-s", "reaction", "-n", "2", "-f", "json")
    assert code == 0 and [r["section"] for r in json.loads(out)] == ["Reaction"] * 2


def test_awards_take_the_filters() -> None:
    code, out, _ = run("awards", "--from", "2021", "-f", "json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Alfred Moses Liberty Award"]
    code, out, _ = run("awards", "-r", "-n", "1", "-f", "json")
    assert [r["name"] for r in json.loads(out)] == ["Alfred Moses Liberty Award"]


# --- help --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["timeline", "search", "stats"])
def test_help_lists_every_category_of_the_events(command: str) -> None:
    from crimea_cli.lang import CATEGORIES

    code, out, _ = run(command, "--help")
    text = " ".join(out.split())
    assert code == 0 and f"(repeatable, any case): {', '.join(CATEGORIES)}." in text
    assert "{categories}" not in out


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_at_60_columns(command: str) -> None:
    args = [command, "--help"] if command else ["--help"]
    # a subprocess: CliRunner forces Click's help to 80 columns
    proc = subprocess.run([sys.executable, "-m", "crimea_cli", *args], capture_output=True,
                          text=True, check=False, env={**os.environ, "COLUMNS": "60"})
    code, out = proc.returncode, proc.stdout
    assert code == 0
    examples = [line.strip() for line in out.splitlines() if line.strip().startswith(
        "crimea-cli ") and "[OPTIONS]" not in line]
    assert examples, "every help has examples"
    source = (registry.registered_commands[COMMANDS.index(command)].callback.__doc__
              if command else app.info.help) or ""
    for line in examples:   # each example whole on its line
        assert line in source
    assert max(map(len, out.splitlines())) <= 60
    if not command:   # the summaries are whole, never cut with "..."
        assert "..." not in out.split("Commands:")[1]


def test_help_shows_only_the_formats_a_command_takes() -> None:
    for command in ("search", "facts", "stats", "case"):
        out = run(command, "--help", COLUMNS="200")[1]
        assert "ics" not in out and "timelinejs" not in out, command
    out = run("timeline", "--help", COLUMNS="200")[1]
    assert "timelinejs" in out and "ics" in out


# --- the pager, in a pty -----------------------------------------------------------------


def _in_pty(args: list[str], rows: int, env: dict[str, str]) -> str:
    """Run crimea-cli with its stdout on a pty of ``rows`` rows; what reached it."""
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "crimea_cli", *args], stdout=slave,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def pager_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    mark = tmp_path / "paged.txt"
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "PAGER", "CRIMEA_CLI_PAGER", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    env["CRIMEA_CLI_PAGER"] = (f"{sys.executable} -c \"import sys, pathlib; "
                               f"pathlib.Path(r'{mark}').write_text(sys.stdin.read())\"")
    return env, mark


def test_long_output_on_a_terminal_goes_through_the_pager(
        pager_env: tuple[dict[str, str], Path]) -> None:
    env, mark = pager_env
    shown = _in_pty(["timeline"], 24, env)
    assert mark.exists() and "21 May 2018" in mark.read_text(encoding="utf-8")
    assert "21 May 2018" not in shown


def test_short_output_no_pager_and_pipes_are_never_paged(
        pager_env: tuple[dict[str, str], Path]) -> None:
    env, mark = pager_env
    assert "Born" in _in_pty(["case"], 40, env) and not mark.exists()
    assert "21 May 2018" in _in_pty(["timeline", "--no-pager"], 24, env)
    assert not mark.exists()
    assert "21 May 2018" in _in_pty(["timeline"], 24, {**env, "CRIMEA_CLI_PAGER": ""})
    assert not mark.exists()
    piped = subprocess.run([sys.executable, "-m", "crimea_cli", "timeline"], env=env,
                           capture_output=True, text=True, check=True)
    assert "21 May 2018" in piped.stdout and not mark.exists()


def test_pager_falls_back_to_pager_then_less(monkeypatch: pytest.MonkeyPatch) -> None:
    from crimea_cli.pager import DEFAULT, pager_command

    assert pager_command({}) == DEFAULT == "less -FRX"
    assert pager_command({"PAGER": "more"}) == "more"
    assert pager_command({"PAGER": "more", "CRIMEA_CLI_PAGER": "most"}) == "most"
    assert pager_command({"PAGER": "cat"}) is None
    assert pager_command({"CRIMEA_CLI_PAGER": ""}) is None


def test_category_colours_read_on_light_and_dark_themes() -> None:
    from rich.color import Color
    from rich.style import Style

    from crimea_cli.lang import CATEGORIES
    from crimea_cli.render.style import CATEGORY_STYLES

    assert set(CATEGORY_STYLES) == set(CATEGORIES)
    hues = {}
    for category, spec in CATEGORY_STYLES.items():
        style = Style.parse(spec)
        assert style.bgcolor is None, category
        if style.color is None:
            assert style.dim, category    # "other": dimmed, in the theme's own colour
            continue
        r, g, b = style.color.get_truecolor()
        # neither near-white (lost on a light theme) nor near-black (on a dark one)
        assert max(r, g, b) >= 60 and min(r, g, b) <= 200, category
        hues[category] = (r, g, b, bool(style.reverse), bool(style.bold))
    assert Color.parse("white").name not in " ".join(CATEGORY_STYLES.values()).split()
    # detention, charge and sentence: three looks that cannot be mistaken
    assert len({hues[c] for c in ("detention", "charge", "sentence")}) == 3
    assert hues["sentence"][3] and not hues["detention"][3]


def test_in_a_pipe_the_width_is_the_controlling_terminals() -> None:
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 72, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    try:   # stdout is a pipe; stderr is the terminal it was run from
        proc = subprocess.run([sys.executable, "-m", "crimea_cli", "timeline", "--no-color"],
                              stdout=subprocess.PIPE, stderr=slave, env=env, check=True,
                              text=True)
    finally:
        os.close(slave)
        os.close(master)
    widths = [len(line) for line in proc.stdout.splitlines()]
    assert max(widths) <= 72 and max(widths) > 64
    piped = subprocess.run([sys.executable, "-m", "crimea_cli", "timeline", "--no-color"],
                           capture_output=True, env=env, check=True, text=True,
                           stdin=subprocess.DEVNULL)
    assert max(len(line) for line in piped.stdout.splitlines()) > 72   # the default, 100
