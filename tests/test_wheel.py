"""The wheel carries the bundled article: install it in a fresh venv, run elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(os.environ.get("CRIMEA_SKIP_WHEEL") == "1", reason="CRIMEA_SKIP_WHEEL=1")
def test_wheel_installs_and_runs_from_another_directory(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run([str(bindir / "crimea-cli"), "timeline", "--format", "json"],
                         cwd=elsewhere, check=True, capture_output=True, text=True)
    data = json.loads(out.stdout)
    assert len(data) == 11 and data[0]["article"] == "Server Mustafayev"
    table = subprocess.run([str(bindir / "crimea-cli"), "timeline"], cwd=elsewhere,
                           check=True, capture_output=True, text=True,
                           env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"})
    assert "Crimean Solidarity" in table.stdout and "Lead, Life · 2 statements" in table.stdout
