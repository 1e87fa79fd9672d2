"""The README tells the truth: its output is current, its options complete."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = ["timeline", "awards", "search", "facts", "fetch"]


def _help(*args: str) -> str:
    return CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"}).stdout


def test_readme_output_blocks_are_generated_and_current() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_examples.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert (ROOT / "docs" / "timeline.svg").read_text(encoding="utf-8").startswith("<svg")


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_command_and_option_in_help_is_in_the_readme(command: str) -> None:
    text = _help(command) if command else _help()
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", text))
    missing = sorted(o for o in options if o not in README)
    assert missing == [], f"{command or 'crimea-cli'}: {missing} not in README.md"
    if not command:
        for name in COMMANDS:
            assert f"crimea-cli {name}" in README


def test_readme_install_commands() -> None:
    lines = README.splitlines()
    assert "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/crimea-cli timeline" \
        in lines
    assert "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/pytest" \
        in lines


def test_shell_completion_offers_categories() -> None:
    env = {**os.environ, "_CRIMEA_CLI_COMPLETE": "complete_bash",
           "COMP_WORDS": "crimea-cli timeline --category de", "COMP_CWORD": "3"}
    proc = subprocess.run([sys.executable, "-m", "crimea_cli"], env=env,
                          capture_output=True, text=True, check=False)
    assert "death" in proc.stdout and "detention" in proc.stdout


def test_show_completion() -> None:
    result = CliRunner().invoke(app, ["--show-completion", "bash"])
    assert result.exit_code == 0 and "_CRIMEA_CLI_COMPLETE" in result.stdout
