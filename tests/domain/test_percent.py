"""Percentages shown round halves up, as a teacher checking by hand would: 62.5% is 63%."""

from __future__ import annotations

import pytest

from studyapp.domain.percent import whole_percent, whole_percent_of
from studyapp.domain.quiz import score


@pytest.mark.parametrize(
    ("part", "total", "shown"),
    [
        (5, 8, 63),
        (1, 8, 13),
        (3, 8, 38),
        (1, 3, 33),
        (2, 3, 67),
        (1, 40, 3),
        (0, 7, 0),
        (7, 7, 100),
    ],
)
def test_halves_round_up(part: int, total: int, shown: int) -> None:
    assert whole_percent_of(part, total) == shown
    assert whole_percent(part / total) == shown


def test_a_quiz_of_five_right_in_eight_shows_63_percent() -> None:
    assert round(62.5) == 62  # what it showed: Python rounds halves to even
    assert score([True] * 5 + [False] * 3, 8).percent == 63
