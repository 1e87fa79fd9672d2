"""The regex cache (crimea_cli.rx): faster starts, never different patterns."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crimea_cli import rx

# Every module whose patterns go through rx.compile.
MODULES = [
    "crimea_cli.cli", "crimea_cli.article", "crimea_cli.awards", "crimea_cli.case",
    "crimea_cli.dates", "crimea_cli.dates.forms", "crimea_cli.dates.years",
    "crimea_cli.dates.chains", "crimea_cli.dates.phrases", "crimea_cli.dates.words",
    "crimea_cli.edtf", "crimea_cli.events", "crimea_cli.explain",
    "crimea_cli.facts", "crimea_cli.names", "crimea_cli.stats", "crimea_cli.render",
    "crimea_cli.render.as_html", "crimea_cli.read.builder", "crimea_cli.read.dump",
    "crimea_cli.read.html", "crimea_cli.read.plain", "crimea_cli.read.sniff",
    "crimea_cli.read.templates", "crimea_cli.read.wikitext",
]

# A child that imports every module and prints what the cache did.
CHILD = f"""
import importlib, json, re
for name in {MODULES!r}:
    importlib.import_module(name)
from crimea_cli import rx
same = all(__import__("_sre").compile(*args) == re.compile(key[0], key[1])
           for key, args in (rx._table or {{}}).items())
print(json.dumps({{"new": len(rx._new) + len(rx._new_texts), "table": len(rx._table or {{}}),
                  "texts": len(rx._texts),
                  "keys": sorted(k[0] for k in (rx._table or {{}})), "same": same}}))
"""


def _child(cache: Path, seed: str = "0", **env: str) -> dict[str, object]:
    full = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": seed, **env}
    full.pop("CRIMEA_CLI_NO_CACHE", None)
    full.update(env)
    out = subprocess.run([sys.executable, "-c", CHILD], env=full, capture_output=True,
                         text=True, timeout=120, check=True)
    assert out.stderr == ""
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_second_start_builds_every_pattern_from_the_cache(tmp_path: Path) -> None:
    first = _child(tmp_path)
    assert isinstance(first["new"], int) and isinstance(first["table"], int)
    assert isinstance(first["texts"], int) and first["texts"] >= 1   # the keyword trie
    assert first["new"] == first["table"] + first["texts"]
    assert first["new"] > 50
    second = _child(tmp_path)
    assert second["new"] == 0, "a pattern was compiled again"
    assert second["table"] == first["table"]
    assert second["same"] is True, "a pattern from the cache differs from re.compile's"


def test_pattern_texts_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """A pattern joined from a set in hash order would differ from run to run,
    and never be found in the cache (nor match in the same order)."""
    one = _child(tmp_path / "a", seed="1")
    two = _child(tmp_path / "b", seed="2")
    assert one["keys"] == two["keys"]


def test_no_cache_when_switched_off(tmp_path: Path) -> None:
    result = _child(tmp_path, CRIMEA_CLI_NO_CACHE="1")
    assert result["table"] == 0
    assert not (tmp_path / "crimea-cli").exists()


def test_unwritable_cache_folder_is_silent(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = _child(blocker)  # XDG_CACHE_HOME is a file: nothing can be written
    assert result["same"] is True


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """rx with an empty in-memory table and its file under tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CRIMEA_CLI_NO_CACHE", raising=False)
    monkeypatch.setattr(rx, "_table", None)
    monkeypatch.setattr(rx, "_new", {})
    monkeypatch.setattr(rx, "_texts", {})
    monkeypatch.setattr(rx, "_new_texts", {})
    path = rx.cache_path()
    assert path is not None and path.is_relative_to(tmp_path)
    return path


PATTERNS = [
    (r"(?P<d>[0-9]{1,2})\s+(?P<m>May|June)\b", 0),
    (r"\bcharged\b", re.IGNORECASE),
    (r"^(=+)\s*(.*?)\s*(=*)$", re.MULTILINE),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compile_equals_re_compile_fresh_and_cached(fresh: Path, pattern: str,
                                                    flags: int) -> None:
    made = rx.compile(pattern, flags)
    assert made == re.compile(pattern, flags)
    rx._save()
    rx._table = None
    rx._new.clear()
    again = rx.compile(pattern, flags)
    assert rx._new == {}, "not taken from the file"
    assert again == re.compile(pattern, flags)
    assert again.groupindex == re.compile(pattern, flags).groupindex
    text = "On 21 May 2018 he was CHARGED.\n== Life ==\n"
    assert [m.span() for m in again.finditer(text)] == \
        [m.span() for m in re.compile(pattern, flags).finditer(text)]


@pytest.mark.parametrize("damage", [
    b"", b"garbage", marshal.dumps([1, 2, 3]), marshal.dumps({"a": 1}),
    marshal.dumps({"patterns": {("x", 0): ("x", 32, [999999, 1, 2], 0, {}, (None,))}}),
    marshal.dumps({"patterns": [1], "texts": {("a", "b"): 3}}),
])
def test_a_damaged_file_falls_back(fresh: Path, damage: bytes) -> None:
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_bytes(damage)
    assert rx.compile("x") == re.compile("x")
    rx._save()
    rx._table = None
    assert rx.compile("x") == re.compile("x")


def test_an_entry_for_another_pattern_is_not_used(fresh: Path) -> None:
    """The key and the pattern an entry builds must agree."""
    made = rx.compile("abc")
    assert made == re.compile("abc")
    args = rx._new[("abc", 0)]
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_bytes(marshal.dumps({"patterns": {("xyz", 0): args}}))
    rx._table = None
    rx._new.clear()
    assert rx.compile("xyz") == re.compile("xyz")


def test_no_home_folder_means_no_cache(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """HOME unset and no passwd entry: Path.home() raises; nothing may."""
    monkeypatch.delenv("XDG_CACHE_HOME")

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert rx.cache_path() is None
    assert rx.compile("(?P<y>[0-9]{4})") == re.compile("(?P<y>[0-9]{4})")
    rx._save()


def _entry(pattern: str) -> tuple[object, ...]:
    rx.compile(pattern)
    return rx._new[(pattern, 0)]


@pytest.mark.parametrize("poison", ["index", "names", "groups"])
def test_an_entry_whose_groups_disagree_is_not_used(fresh: Path, poison: str) -> None:
    pattern = "(?P<d>[0-9]+) (?P<m>May|June)"
    good = _entry(pattern)
    text, flags, code, groups, index, names = good
    assert isinstance(index, dict) and isinstance(names, tuple) and isinstance(groups, int)
    if poison == "index":      # a name pointing past the last group
        bad = (text, flags, code, groups, {**index, "m": 7}, names)
    elif poison == "names":
        bad = (text, flags, code, groups, index, (*names, "extra"))
    else:
        bad = (text, flags, code, groups + 5, index, names)
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_bytes(marshal.dumps({"patterns": {(pattern, 0): bad}}))
    rx._table = None
    rx._new.clear()
    made = rx.compile(pattern)
    assert made == re.compile(pattern)
    assert made.match("5 May") is not None and made.match("5 May")["m"] == "May"


def test_a_file_others_can_write_is_not_read(fresh: Path) -> None:
    pattern = "abc"
    entry = _entry(pattern)
    rx._save()
    assert fresh.stat().st_mode & 0o777 == 0o600
    fresh.chmod(0o666)
    rx._table = None
    rx._new.clear()
    rx.compile(pattern)
    assert (pattern, 0) in rx._new, "a group- or world-writable file was trusted"
    assert rx._new[(pattern, 0)] == entry


def test_derived_text_is_built_once_and_kept(fresh: Path) -> None:
    calls: list[str] = []

    def build(source: str) -> str:
        calls.append(source)
        return "(?:" + "|".join(sorted(source.split())) + ")"

    assert rx.derived("test-join", "b a c", build) == "(?:a|b|c)"
    assert rx.derived("test-join", "b a c", build) == "(?:a|b|c)"
    assert calls == ["b a c"]
    rx._save()
    rx._table = None
    rx._texts.clear()
    rx._new_texts.clear()
    assert rx.derived("test-join", "b a c", build) == "(?:a|b|c)"
    assert calls == ["b a c"], "not taken from the file"
    # another source (the vocabulary changed) is built afresh
    assert rx.derived("test-join", "d a", build) == "(?:a|d)"
    assert calls == ["b a c", "d a"]


def test_derived_text_without_cache_is_built(fresh: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIMEA_CLI_NO_CACHE", "1")
    assert rx.derived("test-up", "x", str.upper) == "X"
    assert rx._new_texts == {}


def test_a_start_checks_only_the_entries_it_uses(fresh: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading the file checks no entry; each pattern's is checked when it is used."""
    for pattern, flags in PATTERNS:
        rx.compile(pattern, flags)
    rx._save()
    rx._table = None
    rx._new.clear()
    checked: list[object] = []
    real = rx._valid

    def counting(key: object, value: object) -> bool:
        checked.append(key)
        return real(key, value)

    monkeypatch.setattr(rx, "_valid", counting)
    pattern, flags = PATTERNS[1]
    assert rx.compile(pattern, flags) == re.compile(pattern, flags)
    assert rx._new == {}, "not taken from the file"
    assert checked == [(pattern, flags)]


def test_each_release_has_its_own_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After an upgrade the old release's patterns are not read at each start."""
    import crimea_cli
    monkeypatch.setattr(crimea_cli, "__version__", "99.0.0")
    other = rx.cache_path()
    assert other is not None and other != fresh and other.parent == fresh.parent


def test_a_file_past_the_limit_is_started_again(fresh: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Old entries do not pile up: past _START_AGAIN the file keeps only this run's."""
    for pattern, flags in PATTERNS[:2]:
        rx.compile(pattern, flags)
    rx._save()
    monkeypatch.setattr(rx, "_START_AGAIN", fresh.stat().st_size + 10)
    assert set(marshal.loads(fresh.read_bytes())["patterns"]) == set(PATTERNS[:2])
    rx._table = None
    rx._new.clear()
    rx.compile(*PATTERNS[2])
    rx._save()
    assert set(marshal.loads(fresh.read_bytes())["patterns"]) == {PATTERNS[2]}
