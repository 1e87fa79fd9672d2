"""The labels of the periods `stats` counts by: the English ordinal of a
century is the language's ordinal rule (lang.ordinal_category), not a copy."""

from __future__ import annotations

import pytest

from crimea_cli.stats import period_key


@pytest.mark.parametrize(("year", "period", "label"), [
    (2018, "year", "2018"), (2018, "decade", "2010s"), (1999, "decade", "1990s"),
    (50, "century", "1st century"), (150, "century", "2nd century"),
    (250, "century", "3rd century"), (350, "century", "4th century"),
    (1050, "century", "11th century"), (1150, "century", "12th century"),
    (1250, "century", "13th century"), (1950, "century", "20th century"),
    (2000, "century", "20th century"), (2001, "century", "21st century"),
    (2150, "century", "22nd century"), (11050, "century", "111th century"),
    (11150, "century", "112th century"), (12050, "century", "121st century"),
])
def test_period_labels(year: int, period: str, label: str) -> None:
    assert period_key(year, period) == label
