"""bench/oracle.py, on a small input: two digests, stable, and they see one word."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ORACLE = Path(__file__).resolve().parents[1] / "bench" / "oracle.py"
SMALL = ["--mb", "0.05", "--statements", "300", "--fuzz", "5"]


def _digests(*extra: str) -> tuple[str, str]:
    out = subprocess.run([sys.executable, str(ORACLE), *SMALL, *extra], check=True,
                         capture_output=True, text=True).stdout
    lib = re.search(r"^library ([0-9a-f]{64})$", out, re.MULTILINE)
    fmt = re.search(r"^formats ([0-9a-f]{64})$", out, re.MULTILINE)
    assert lib and fmt, out
    return lib.group(1), fmt.group(1)


def test_oracle_is_stable_and_sees_one_vocabulary_word() -> None:
    first = _digests()
    assert _digests() == first
    without = _digests("--without", "YEAR_PREPOSITIONS:since")
    assert without[0] != first[0] and without[1] != first[1]
    # a table of rows (category, keywords) loses the word from its row
    keyword = _digests("--without", "category_keywords:born")
    assert keyword[0] != first[0] and keyword[1] != first[1]


def test_oracle_refuses_a_word_that_is_no_table() -> None:
    for arg, says in (("of_word:of", "one word"), ("months:Mayy", "is not in"),
                      ("no_such_table:x", "no table")):
        res = subprocess.run([sys.executable, str(ORACLE), *SMALL, "--without", arg],
                             capture_output=True, text=True)
        assert res.returncode != 0 and says in res.stderr, (arg, res.stderr)
