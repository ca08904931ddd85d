"""Fitting FSRS parameters: the items the optimizer sees, its minimum, and how well they predict."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta

import fsrs
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS

from studyapp.domain.optimizer import (
    MIN_ITEMS,
    PastReview,
    fit,
    fit_items,
    holdout_log_loss,
    log_loss,
    predictions,
    split_items,
    to_items,
)
from studyapp.domain.simulation import simulate

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# A student who forgets faster than the defaults expect, on a steeper curve.
TRUE = list(DEFAULT_PARAMETERS)
TRUE[0:4] = [0.05, 0.3, 0.8, 2.5]
TRUE[8] = 1.0
TRUE[20] = 0.5
# Clearly wrong: a first review "remembered" for months, and a flat forgetting curve.
WRONG = list(DEFAULT_PARAMETERS)
WRONG[0:4] = [40.0, 60.0, 80.0, 99.0]
WRONG[20] = 0.8


def reviews_of(item) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(rating, delta_t) of each review of an fsrs-rs item (it exposes them only in its repr)."""
    return [(int(r), int(d)) for r, d in re.findall(r"rating: (\d), delta_t: (\d+)", repr(item))]


def at(days: float, hours: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


@pytest.fixture(scope="module")
def history() -> list[PastReview]:
    return simulate(TRUE, cards=150, days=240, seed=7)


def test_a_cards_reviews_become_one_item_per_later_day_with_days_between():
    history = [
        PastReview("a", 3, at(0)),
        PastReview("a", 3, at(0, 0.2)),  # a learning step the same day
        PastReview("a", 3, at(2)),
        PastReview("a", 1, at(8)),
        PastReview("a", 3, at(8, 0.2)),
        PastReview("b", 4, at(1)),  # another card, given in no particular order
        PastReview("b", 3, at(5)),
    ]
    items = to_items(reversed(history))
    assert sorted(map(reviews_of, items)) == sorted(
        [
            [(3, 0), (3, 0), (3, 2)],
            [(3, 0), (3, 0), (3, 2), (1, 6)],
            [(4, 0), (3, 4)],
        ]
    )


def test_days_are_the_students_own_with_a_4am_rollover():
    # 22:00 and 03:00 the next night in Riyadh (UTC+3) are the same study day; 05:00 is the next.
    evening = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
    history = [
        PastReview("a", 3, evening),
        PastReview("a", 3, evening + timedelta(hours=5)),
        PastReview("a", 3, evening + timedelta(hours=7)),
    ]
    assert [reviews_of(i) for i in to_items(history, tz="Asia/Riyadh")] == [
        [(3, 0), (3, 0), (3, 1)]
    ]
    # In UTC all three come before 04:00 of the next morning: one study day, nothing to predict.
    assert to_items(history) == []


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        to_items([PastReview("a", 3, datetime(2026, 3, 2))])


def test_fit_keeps_the_defaults_below_the_optimizers_minimum():
    # MIN_ITEMS - 1 cards each reviewed on two days: one training item apiece.
    history = [
        PastReview(card, rating, at(day))
        for card in range(MIN_ITEMS - 1)
        for rating, day in ((3, 0), (3, 3))
    ]
    assert len(to_items(history)) == MIN_ITEMS - 1
    assert fit(history) is None
    assert fit([]) is None


def test_the_true_parameters_predict_better_than_clearly_wrong_ones(history):
    assert log_loss(TRUE, history) < log_loss(WRONG, history)
    assert log_loss(TRUE, history) < log_loss(None, history)


def test_fitted_parameters_schedule_in_fsrs_and_predict_better_than_the_defaults(history):
    fitted = fit(history)
    assert fitted is not None and fitted != list(DEFAULT_PARAMETERS)
    fsrs.Scheduler(parameters=fitted)  # within the bounds the fsrs library checks
    assert log_loss(fitted, history) < log_loss(None, history)


def test_only_reviews_a_day_or_more_after_the_last_are_predicted():
    history = [
        PastReview("a", 3, at(0)),
        PastReview("a", 1, at(0, 0.2)),  # fsrs predicts certain recall here: left out
        PastReview("a", 3, at(3)),
    ]
    [(recall, passed)] = predictions(None, history)
    assert passed and 0 < recall < 1
    assert log_loss(None, history[:1]) is None


# --- the time-split hold-out (issue 12) --------------------------------------------------------


def test_the_hold_out_is_the_later_quarter_of_the_days_in_time_order():
    """Eight cards reviewed on days 0, 10, 30, 60 and 99: 100 days, the last 25 (75 to 99)
    held out, by hand. Items: one per review after the first; held out, the day-99 ones."""
    days = (0, 10, 30, 60, 99)
    history = [PastReview(card, 3, at(day)) for card in range(8) for day in days]
    training, held_out = split_items(history)
    assert len(training) == 8 * 3 and len(held_out) == 8
    assert all(
        reviews_of(item) == [(3, 0), (3, 10), (3, 20), (3, 30), (3, 39)] for item in held_out
    )
    assert [reviews_of(item)[-1][1] for item in training] == [10] * 8 + [20] * 8 + [30] * 8


def test_the_hold_out_loss_is_the_optimizers_own_by_fsrs_formulas():
    """One item, Good then recalled 5 days later: loss -ln R, R = (1 + f * 5 / w2) ** -w20."""
    history = [PastReview(1, 3, at(0)), PastReview(1, 3, at(5))]
    _, held_out = split_items(history)
    decay = -DEFAULT_PARAMETERS[20]
    recall = (1 + (0.9 ** (1 / decay) - 1) * 5 / DEFAULT_PARAMETERS[2]) ** decay
    assert holdout_log_loss(None, held_out) == pytest.approx(-math.log(recall), rel=1e-5)
    assert holdout_log_loss(None, []) is None


def test_the_minimum_is_what_the_optimizer_needs():
    """Below a few hundred items fsrs-rs returns its defaults, rescales only the initial
    stabilities, or fails; from MIN_ITEMS on it fits every parameter."""
    assert MIN_ITEMS >= 370
    items = to_items(simulate(TRUE, cards=500, days=200, seed=1))
    assert len(items) >= MIN_ITEMS
    fitted = fit_items(items[:MIN_ITEMS])
    assert fitted is not None and fitted[4:] != list(DEFAULT_PARAMETERS)[4:]
    assert fit_items(items[: MIN_ITEMS - 1]) is None
