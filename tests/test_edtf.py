"""The EDTF helpers at the bottom of the package, and the layering above them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from crimea_cli.edtf import edtf_parts

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "crimea_cli"


@pytest.mark.parametrize(("edtf", "parts"), [
    ("1986-05-05", (1986, 5, 5)),
    ("2020-03", (2020, 3, None)),
    ("1994", (1994, None, None)),
    ("1894~", (1894, None, None)),
    ("0950-01-02~", (950, 1, 2)),
    ("199X", (None, None, None)),
    ("11XX", (None, None, None)),
])
def test_edtf_parts(edtf: str, parts: tuple[int | None, int | None, int | None]) -> None:
    assert edtf_parts(edtf) == parts


def _imports(path: Path) -> set[str]:
    """The package modules a module imports (relative imports, resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    base = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            prefix = base[:len(base) - node.level + 1]
            if node.module:
                found.add(".".join((*prefix, node.module)))
            else:  # from . import rx: the names are the modules
                found.update(".".join((*prefix, alias.name)) for alias in node.names)
    return found


@pytest.mark.parametrize(("module", "allowed"), [
    ("rx.py", set()),
    ("edtf.py", {"crimea_cli.model", "crimea_cli.rx"}),
    # the words of dates are the language's: the tables, below everything too
    ("humanize.py", {"crimea_cli.edtf", "crimea_cli.lang"}),
    ("lang/__init__.py", {"crimea_cli.errors", "crimea_cli._lang_files"}),
])
def test_bottom_layers_import_only_what_is_below(module: str, allowed: set[str]) -> None:
    assert _imports(PACKAGE / module) <= allowed


def test_library_does_not_import_the_renderer_nor_renderers_the_grammar() -> None:
    for path in [*PACKAGE.glob("*.py"), *PACKAGE.glob("dates/*.py")]:
        # the front ends (the command line, the terminal explorer, the Dask recipe)
        if path.name not in ("cli.py", "explore.py", "scale.py", "__init__.py"):
            assert not any(m.startswith("crimea_cli.render") for m in _imports(path)), path
    for path in (PACKAGE / "render").glob("*.py"):
        assert "crimea_cli.dates" not in _imports(path), path
