"""The kind of an honour (``awards -c KIND``): read from its name's head noun."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimea_cli.cli import app
from crimea_cli.honours import KINDS, award_kind
from crimea_cli.lang.en import AWARD_KINDS

# names written for this test: the head noun first ("X of Y") or last ("… Prize")
KIND_OF = [
    ("Order of the Silver Crane", "order"),
    ("Lisbon Order of Civic Merit", "order"),
    ("Knight of the Order of the Lantern", "order"),
    ("Officer of the Legion of Honour", "order"),
    ("Grand Cross of the Order of the Harbour", "order"),
    ("Order of Saint Ivo, Commander", "order"),
    ("Medal of the Order of Merit", "medal"),
    ("Brass Lantern Medal", "medal"),
    ("Cross for Valour", "medal"),
    ("Golden Quill Prize", "prize"),
    ("Prize for Free Expression", "prize"),
    ("Rowan Liberty Award", "prize"),
    ("Award for Courage in Journalism", "prize"),
    ("Grand Prix of the Festival", "prize"),
    ("Hero of the Republic", "title"),
    ("Honorary Citizen of Tarnaville", "title"),
    ("Hall of Fame", "title"),
    ("Honorary Doctorate of Laws", "degree"),
    ("Doctor honoris causa", "degree"),
    ("“Lantern” Medal", "medal"),
    ("Friendship Fellowship", "other"),
    ("", "other"),
]


@pytest.mark.parametrize(("name", "kind"), KIND_OF)
def test_the_kind_is_that_of_the_head_noun(name: str, kind: str) -> None:
    assert award_kind(name) == kind


def test_every_kind_of_the_table_is_listed_once_and_its_nouns_are_lower_case() -> None:
    kinds = [kind for kind, _ in AWARD_KINDS]
    assert (*kinds, "other") == KINDS and len(set(KINDS)) == len(KINDS)
    nouns = [n for _, ns in AWARD_KINDS for n in ns]
    assert len(set(nouns)) == len(nouns)
    assert all(n == n.casefold().strip() and 1 <= len(n.split()) <= 2 for n in nouns)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


def test_awards_keep_the_kinds_asked_for_in_any_case() -> None:
    code, out, _ = run("awards", "-c", "ORDER", "-f", "json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Order of Merit"]
    code, out, _ = run("awards", "-c", "prize", "-f", "json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Alfred Moses Liberty Award"]
    code, out, _ = run("awards", "-c", "order", "-c", "prize", "-f", "json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run("awards", "-c", "degree")
    assert code == 0 and out.strip() == "No awards found."
    code, out, _ = run("awards", "-c", "degree", "-f", "json")
    assert code == 0 and json.loads(out) == []


def test_awards_combine_the_kind_with_the_other_filters() -> None:
    code, out, _ = run("awards", "-c", "order", "--from", "2021", "-f", "json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("awards", "-c", "prize", "-c", "order", "-r", "-n", "1", "-f", "json")
    assert [r["name"] for r in json.loads(out)] == ["Alfred Moses Liberty Award"]


def test_an_unknown_kind_is_one_line_that_lists_the_kinds() -> None:
    code, out, err = run("awards", "-c", "detention")
    assert code == 2 and out == ""
    assert err.strip() == ("crimea-cli: error: unknown category 'detention' "
                           f"(one of: {', '.join(KINDS)})")


def test_the_help_of_awards_lists_every_kind() -> None:
    code, out, _ = run("awards", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert f"{', '.join(KINDS[:-1])} or {KINDS[-1]}." in text


def test_the_kinds_complete() -> None:
    from crimea_cli.cli import _complete_award_kind

    assert _complete_award_kind("") == list(KINDS)
    assert _complete_award_kind("Me") == ["medal"]


def test_awards_by_kind_in_worker_processes_give_the_output_of_one(tmp_path: Path) -> None:
    from crimea_cli.parallel import MIN_ITEMS

    text = (Path(__file__).parent / "fixtures" / "devset" / "articles" / "04_eminov.txt"
            ).read_text(encoding="utf-8")
    for i in range(MIN_ITEMS + 2):
        (tmp_path / f"a{i:03}.txt").write_text(text, encoding="utf-8")
    one = run("awards", "-a", str(tmp_path), "-c", "order", "-j", "1", "-f", "jsonl")
    two = run("awards", "-a", str(tmp_path), "-c", "order", "-j", "2", "-f", "jsonl")
    assert one[0] == two[0] == 0 and one[1] == two[1]
    assert len(one[1].splitlines()) == MIN_ITEMS + 2   # one order each


@pytest.mark.parametrize("width", [60, 80, 100])
def test_awards_of_a_kind_fit_the_width(width: int) -> None:
    result = CliRunner().invoke(app, ["awards", "-c", "order", "-c", "prize"],
                                env={"NO_COLOR": "1", "COLUMNS": str(width)})
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and max(map(len, lines)) <= width
    text = " ".join(result.stdout.split())
    assert "Order of Merit" in text and "Alfred Moses Liberty Award" in text
