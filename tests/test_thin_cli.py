"""The thin CLI (issue 11): the shared options written once, the library
calls the commands make, and errors turned into messages in one place."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crimea_cli import cli
from crimea_cli.cli import app
from crimea_cli.query import QueryError, event_filter, in_date_order


def test_event_filter_reads_what_people_type() -> None:
    flt = event_filter("2018", "May 2020", ["Detention", "award"], "life", ["inferred"], "court")
    assert flt.date_from is not None and flt.date_from.edtf == "2018"
    assert flt.categories == frozenset({"detention", "award"})
    assert (flt.section, flt.kinds, flt.contains) == ("life", frozenset({"inferred"}), "court")
    assert event_filter(categories=["Medal"], valid=("order", "medal")).categories == {"medal"}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"categories": ["nope"]}, "unknown category 'nope' (one of: birth,"),
    ({"categories": ["birth"], "valid": ("order",)}, "unknown category 'birth' (one of: order)"),
    ({"date_from": "2019", "date_to": "2018"}, "--from 2019 is after --to 2018"),
    ({"date_from": "soon"}, "not a date: 'soon'"),
])
def test_event_filter_refuses_with_a_query_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        event_filter(**kwargs)  # type: ignore[arg-type]


def test_records_in_date_order_are_stable_and_reversible() -> None:
    recs = [{"id": i, "start": s, "end": e} for i, (s, e) in enumerate([
        ("2018-05-01", "2018-05-31"), ("2018-05-01", "2018-05-01"), ("-0479-01-01", "-0479-12-31"),
        ("2018-05-01", "2018-05-01")])]
    assert [r["id"] for r in in_date_order(recs)] == [2, 1, 3, 0]
    assert [r["id"] for r in in_date_order(recs, reverse=True)] == [0, 1, 3, 2]


def test_a_command_sees_the_options_given_before_it_in_its_shared_bundle(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[cli.Shared] = []
    real = cli._Out

    def spy(opts: cli.Shared, *args: object, **kwargs: object) -> object:
        seen.append(opts)
        return real(opts, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_Out", spy)
    result = CliRunner().invoke(app, ["--no-color", "--width", "70", "timeline", "-n", "1",
                                      "-c", "Birth", "-f", "JSON"], env={"NO_COLOR": ""})
    assert result.exit_code == 0
    (opts,) = seen
    assert opts.no_color and opts.width == 70 and opts.limit == 1
    assert opts.category == ("Birth",) and opts.fmt == "json" and opts.specs == ()


def test_only_the_command_that_runs_builds_its_parameters() -> None:
    callbacks = {c.callback.__name__: c.callback for c in cli.registry.registered_commands
                 if isinstance(c.callback, cli._Callback)}
    assert set(callbacks) == {"timeline", "awards", "search", "facts", "stats", "case"}
    fresh = cli._Callback(callbacks["stats"].func, cli.ViewFormatOpt, (), {})
    assert fresh._params is None   # nothing built at registration
    names = [p.name for p in fresh.parameters()]
    assert names[:3] == ["files", "article", "fmt"] and names[-1] == "excel"
    assert names.index("period") < names.index("jobs")


COMMANDS = ("timeline", "awards", "search", "facts", "stats", "case", "fetch", "explore")


def _built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the commands whose Click command is built from now on."""
    built: list[str] = []
    real = cli._Command.__init__

    def counting(self: cli._Command, *args: object, **kwargs: object) -> None:
        built.append(str(kwargs.get("name")))
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli._Command, "__init__", counting)
    return built


@pytest.mark.parametrize("args", [
    ["timeline", "-n", "1", "-f", "json"],
    ["--language", "en", "--width", "70", "case", "-f", "json"],
    ["stats", "--language", "xx"],   # a usage error of the command's own
])
def test_running_one_command_builds_that_command_alone(
        monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    built = _built(monkeypatch)
    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1"})
    assert result.exit_code in (0, 2), result.output
    command = next(a for a in args if a in COMMANDS)
    assert built == [command]


def test_help_and_a_mistyped_command_build_what_they_show(
        monkeypatch: pytest.MonkeyPatch) -> None:
    built = _built(monkeypatch)
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert built == list(COMMANDS)   # every summary, in order
    built.clear()
    result = CliRunner().invoke(app, ["timline"])
    assert result.exit_code == 2 and "Did you mean 'timeline'?" in result.stderr
    assert built == []   # the names suffice


def test_the_console_script_builds_only_the_command_it_runs() -> None:
    code = ("import atexit, sys; from crimea_cli import cli; built = []; "
            "real = cli._Command.__init__; "
            "cli._Command.__init__ = lambda self, *a, **k: (built.append(k.get('name')), "
            "real(self, *a, **k))[1]; "
            "atexit.register(lambda: sys.stderr.write(f'built {built}\\n')); "
            "sys.argv = ['crimea-cli', '--no-color', 'awards', '-f', 'json']; cli.run()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1] == "built ['awards']"


def test_library_errors_become_one_line_and_their_exit_code_in_one_place() -> None:
    result = CliRunner().invoke(app, ["case", "--as-of", "soon"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "crimea-cli: error: --as-of takes a day as YYYY-MM-DD, not 'soon'\n"
    result = CliRunner().invoke(app, ["stats", "--from", "2020", "--to", "2019"])
    assert result.exit_code == 2
    assert result.stderr.startswith("crimea-cli: error: --from 2020 is after --to 2019")
