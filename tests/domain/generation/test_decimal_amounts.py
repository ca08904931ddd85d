# ruff: noqa: E501  (the article is paragraphs, one line each)
"""An amount written with a decimal and a short unit ("£4.5m", "$1.2bn") is one gap: the gap
never takes the digits before the point and leaves ".5m" in the sentence."""

import re

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

RESULTS_EN = """Profits fall at Acme

Acme said on Tuesday that its profit fell to £4.5m in the year to March, from £6.2m a year earlier, as costs rose.

Chief executive John Smith said the company would cut 300 jobs and sell its $1.2bn stake in a rival.
"""


def _number_gaps(text):
    return [q for q in generate(text, language="en").questions if q.category == "number"]


def test_a_decimal_amount_with_a_short_unit_is_asked_whole():
    gaps = _number_gaps(RESULTS_EN)
    keys = [q.answer[0] for q in gaps]
    assert {"4.5m", "6.2m", "1.2bn"} <= set(keys), keys
    # The gap and a hidden number ("…") stand for the whole amount, its decimals too.
    assert not any(re.search(r"(?:____|…)[.,]\d", q.prompt) for q in gaps), [q.prompt for q in gaps]


def test_the_amount_without_its_unit_is_marked_right():
    gap = next(q for q in _number_gaps(RESULTS_EN) if q.answer[0] == "4.5m")
    assert grade(gap, "4.5").correct
    assert not grade(gap, "4").correct
