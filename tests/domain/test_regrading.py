"""The replay of a card's corrected log, against fsrs's own Scheduler run in the test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, ReviewLog, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS

from studyapp.domain.regrading import LoggedReview, replay

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TIMES = [T0, T0 + timedelta(minutes=10), T0 + timedelta(days=1), T0 + timedelta(days=6, hours=3)]
OWN = list(DEFAULT_PARAMETERS)
OWN[0:4] = [0.1, 0.5, 1.5, 4.0]


def _by_fsrs(ratings: list[int], retention: float, parameters: list[float] | None) -> list[Card]:
    """Each state fsrs reaches, reviewing a fresh card step by step."""
    scheduler = (
        Scheduler(desired_retention=retention, enable_fuzzing=False)
        if parameters is None
        else Scheduler(parameters=parameters, desired_retention=retention, enable_fuzzing=False)
    )
    card, cards = Card(card_id=7, due=TIMES[0]), []
    for rating, at in zip(ratings, TIMES, strict=False):
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=at)
        cards.append(card)
    logs = [
        ReviewLog(card_id=7, rating=Rating(r), review_datetime=t, review_duration=None)
        for r, t in zip(ratings, TIMES, strict=False)
    ]
    # fsrs's own replay of the log agrees with the step by step run.
    assert scheduler.reschedule_card(Card(card_id=7, due=TIMES[0]), logs).due == cards[-1].due
    return cards


@pytest.mark.parametrize(
    ("ratings", "retention", "parameters"),
    [([1, 1, 3, 3], 0.9, None), ([3, 3, 3, 4], 0.9, None), ([2, 3, 1, 3], 0.85, OWN)],
)
def test_the_replayed_states_are_those_fsrs_gives_for_the_log(ratings, retention, parameters):
    log = [LoggedReview(r, t, 9_000) for r, t in zip(ratings, TIMES, strict=False)]
    states = replay(log, desired_retention=retention, parameters=parameters)
    expected = _by_fsrs(ratings, retention, parameters)
    assert len(states) == len(expected)
    for state, card in zip(states, expected, strict=True):
        assert (state.state, state.step, state.due, state.last_review) == (
            card.state.value,
            card.step,
            card.due,
            card.last_review,
        )
        assert state.stability == pytest.approx(card.stability)
        assert state.difficulty == pytest.approx(card.difficulty)


def test_a_corrected_rating_moves_every_later_state():
    wrong = replay([LoggedReview(r, t) for r, t in zip([1, 3, 3], TIMES, strict=False)])
    right = replay([LoggedReview(r, t) for r, t in zip([3, 3, 3], TIMES, strict=False)])
    assert all(a.stability != b.stability for a, b in zip(wrong, right, strict=True))
    assert right[-1].due > wrong[-1].due


def test_an_empty_or_unordered_log_is_refused():
    with pytest.raises(ValueError, match="at least one"):
        replay([])
    with pytest.raises(ValueError, match="time order"):
        replay([LoggedReview(3, TIMES[1]), LoggedReview(3, TIMES[0])])
