"""Fixtures shared by the CLI test modules."""

from __future__ import annotations

import pytest


@pytest.fixture
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 100-column terminal without colour, and no article from the environment."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("CRIMEA_CLI_ARTICLE", raising=False)
    monkeypatch.delenv("CRIMEA_CLI_LANGUAGE", raising=False)
