"""What a desired retention costs a day, from FSRS's simulator."""

from __future__ import annotations

import pytest

from studyapp.domain.workload import minutes_per_day


def test_a_higher_retention_costs_more_time_and_more_reviews():
    found = minutes_per_day((0.8, 0.9, 0.95), questions=200, new_per_day=20)
    minutes = [w.minutes_per_day for w in found]
    reviews = [w.reviews_per_day for w in found]
    assert minutes == sorted(minutes) and minutes[0] < minutes[-1]
    assert reviews == sorted(reviews) and reviews[0] < reviews[-1]


def test_a_small_deck_still_orders_the_retentions():
    # 30 questions alone: the simulator's chance would hide a 5-point step.
    found = minutes_per_day((0.85, 0.9, 0.95), questions=30, new_per_day=20)
    minutes = [w.minutes_per_day for w in found]
    assert minutes[0] < minutes[1] < minutes[2]


def test_the_students_own_answer_time_scales_the_figure():
    quick, slow = (
        minutes_per_day((0.9,), questions=200, new_per_day=20, seconds_per_answer=s)[0]
        for s in (5.0, 10.0)
    )
    assert slow.minutes_per_day == pytest.approx(2 * quick.minutes_per_day)
    assert slow.reviews_per_day == quick.reviews_per_day


def test_more_new_questions_a_day_cost_more():
    few, many = (
        minutes_per_day((0.9,), questions=400, new_per_day=n)[0].minutes_per_day for n in (5, 20)
    )
    assert few < many


def test_nothing_to_learn_costs_nothing_and_bad_figures_are_refused():
    assert minutes_per_day((0.9,), questions=0, new_per_day=20)[0].minutes_per_day == 0
    assert minutes_per_day((0.9,), questions=50, new_per_day=0)[0].minutes_per_day == 0
    with pytest.raises(ValueError):
        minutes_per_day((1.2,), questions=50, new_per_day=10)
    with pytest.raises(ValueError):
        minutes_per_day((0.9,), questions=-1, new_per_day=10)
