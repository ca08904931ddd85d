"""Scheduling: the wrapper must schedule exactly as fsrs does, and know a student's day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS

from studyapp.domain.scheduling import (
    CardState,
    end_of_day,
    is_due,
    retrievability,
    review,
    start_of_day,
)
from tests.recall import recall_at

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
# (rating, minutes after T0): learning steps, a lapse and relearning, then long gaps.
HISTORY = [
    (3, 0),
    (3, 10),
    (3, 60 * 24 * 2),
    (2, 60 * 24 * 6),
    (1, 60 * 24 * 20),
    (3, 60 * 24 * 20 + 10),
    (4, 60 * 24 * 30),
    (3, 60 * 24 * 75),
]


def fsrs_card_after(history: list[tuple[int, int]], scheduler: fsrs.Scheduler) -> fsrs.Card:
    card = fsrs.Card(card_id=1, due=T0)
    for rating, minutes in history:
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), T0 + timedelta(minutes=minutes))
    return card


def state_after(history: list[tuple[int, int]], **options: object) -> CardState:
    state = CardState.new(now=T0)
    for rating, minutes in history:
        state = review(state, rating, now=T0 + timedelta(minutes=minutes), **options).state  # type: ignore[arg-type]
    return state


def assert_same(state: CardState, card: fsrs.Card) -> None:
    assert state.state == card.state.value
    assert state.step == card.step
    assert state.stability == pytest.approx(card.stability)
    assert state.difficulty == pytest.approx(card.difficulty)
    assert state.due == card.due
    assert state.last_review == card.last_review


@pytest.mark.parametrize("length", range(1, len(HISTORY) + 1))
def test_state_after_a_history_matches_fsrs(length: int) -> None:
    history = HISTORY[:length]
    expected = fsrs_card_after(history, fsrs.Scheduler(enable_fuzzing=False))
    assert_same(state_after(history), expected)


def test_history_passes_through_every_state() -> None:
    seen = set()
    state = CardState.new(now=T0)
    for rating, minutes in HISTORY:
        state = review(state, rating, now=T0 + timedelta(minutes=minutes)).state
        seen.add(fsrs.State(state.state))
    assert seen == {fsrs.State.Learning, fsrs.State.Review, fsrs.State.Relearning}


def test_desired_retention_and_parameters_are_passed_to_fsrs() -> None:
    parameters = list(DEFAULT_PARAMETERS)
    parameters[2] = 5.0  # a longer first interval after Good
    scheduler = fsrs.Scheduler(parameters=parameters, desired_retention=0.8, enable_fuzzing=False)
    expected = fsrs_card_after(HISTORY, scheduler)
    assert_same(state_after(HISTORY, desired_retention=0.8, parameters=parameters), expected)


def test_lower_desired_retention_schedules_further_ahead() -> None:
    relaxed = state_after(HISTORY, desired_retention=0.8)
    strict = state_after(HISTORY, desired_retention=0.95)
    assert relaxed.due > strict.due


def test_same_history_always_gives_the_same_due_date() -> None:
    assert state_after(HISTORY) == state_after(HISTORY)


def test_review_result_records_the_review() -> None:
    result = review(CardState.new(now=T0), 4, now=T0, duration_ms=5200)
    assert (result.rating, result.reviewed_at, result.review_duration_ms) == (4, T0, 5200)
    assert result.state.last_review == T0
    assert result.state.due > T0 + timedelta(days=1)  # Easy graduates a new card at once


def test_review_accepts_any_aware_time_and_answers_in_utc() -> None:
    riyadh = T0.astimezone(ZoneInfo("Asia/Riyadh"))
    result = review(CardState.new(now=riyadh), 3, now=riyadh)
    assert result.reviewed_at == T0
    assert result.state.due.utcoffset() == timedelta(0)
    assert result.state == review(CardState.new(now=T0), 3, now=T0).state


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2025, 3, 1, 9, 30)
    with pytest.raises(ValueError, match="timezone-aware"):
        CardState.new(now=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        review(CardState.new(now=T0), 3, now=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        CardState(state=2, step=None, stability=3.0, difficulty=5.0, due=naive, last_review=None)
    with pytest.raises(ValueError, match="timezone-aware"):
        is_due(CardState.new(now=T0), now=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        start_of_day(naive, "Asia/Riyadh")


@pytest.mark.parametrize("rating", [0, 5, True, None])
def test_bad_rating_is_refused(rating: object) -> None:
    with pytest.raises(ValueError, match="rating"):
        review(CardState.new(now=T0), rating, now=T0)  # type: ignore[arg-type]


def test_bad_retention_is_refused() -> None:
    with pytest.raises(ValueError, match="desired_retention"):
        review(CardState.new(now=T0), 3, now=T0, desired_retention=1.5)


def test_new_card_is_due_at_once_and_reviewed_card_later() -> None:
    state = CardState.new(now=T0)
    assert is_due(state, now=T0)
    reviewed = review(state, 3, now=T0).state
    assert not is_due(reviewed, now=T0 + timedelta(minutes=9))
    assert is_due(reviewed, now=T0 + timedelta(minutes=10))


def test_retrievability_falls_with_time_and_matches_fsrs() -> None:
    state = state_after(HISTORY[:3])
    card = fsrs_card_after(HISTORY[:3], fsrs.Scheduler(enable_fuzzing=False))
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    assert state.last_review is not None
    values = []
    for days in (0, 1, 5, 30, 365):
        moment = state.last_review + timedelta(days=days)
        value = retrievability(state, now=moment)
        assert value == pytest.approx(scheduler.get_card_retrievability(card, moment))
        values.append(value)
    assert values[0] == pytest.approx(1.0)
    assert values == sorted(values, reverse=True)
    assert len(set(values)) == len(values)


def test_retrievability_of_a_new_card_is_zero() -> None:
    assert retrievability(CardState.new(now=T0), now=T0 + timedelta(days=3)) == 0.0


# --- the student's day --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "local_day_start_utc"),
    [
        ("Asia/Riyadh", datetime(2025, 6, 10, 1, 0, tzinfo=UTC)),  # UTC+3
        ("America/New_York", datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),  # EDT, UTC-4
    ],
)
def test_day_rolls_over_at_four_local(zone: str, local_day_start_utc: datetime) -> None:
    tz = ZoneInfo(zone)
    before = datetime(2025, 6, 10, 3, 59, tzinfo=tz)
    at = datetime(2025, 6, 10, 4, 0, tzinfo=tz)
    assert start_of_day(before, zone) == local_day_start_utc - timedelta(days=1)
    assert end_of_day(before, zone) == local_day_start_utc
    assert start_of_day(at, zone) == local_day_start_utc
    assert end_of_day(at, tz) == local_day_start_utc + timedelta(days=1)
    assert start_of_day(at, zone).tzinfo == UTC


def test_day_covers_late_night_study_and_accepts_utc_input() -> None:
    # 01:30 in Riyadh on 11 June is still the student's 10 June.
    late = datetime(2025, 6, 10, 22, 30, tzinfo=UTC)
    assert start_of_day(late, "Asia/Riyadh") == datetime(2025, 6, 10, 1, 0, tzinfo=UTC)


def test_day_of_a_clock_change_is_23_hours_long() -> None:
    # New York springs forward at 02:00 on 9 March 2025: the day from 8 March 04:00 EST
    # to 9 March 04:00 EDT is an hour short.
    noon = datetime(2025, 3, 8, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    start, end = start_of_day(noon, "America/New_York"), end_of_day(noon, "America/New_York")
    assert (start, end) == (
        datetime(2025, 3, 8, 9, 0, tzinfo=UTC),
        datetime(2025, 3, 9, 8, 0, tzinfo=UTC),
    )
    assert end - start == timedelta(hours=23)


def test_custom_rollover_hour() -> None:
    moment = datetime(2025, 6, 10, 0, 30, tzinfo=ZoneInfo("Asia/Riyadh"))
    assert start_of_day(moment, "Asia/Riyadh", rollover_hour=0) == datetime(
        2025, 6, 9, 21, 0, tzinfo=UTC
    )


def test_unknown_time_zone_and_bad_hour_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        start_of_day(T0, "Mars/Olympus")
    with pytest.raises(ValueError, match="rollover_hour"):
        end_of_day(T0, "Asia/Riyadh", rollover_hour=24)


def test_retrievability_counts_the_hours_since_the_last_review() -> None:
    """Failed twice minutes ago is not 100%: recall falls within the day, on fsrs's curve."""
    history = [(1, 0), (1, 1)]
    state = state_after(history)
    card = fsrs_card_after(history, fsrs.Scheduler(enable_fuzzing=False))
    later = T0 + timedelta(minutes=10)
    value = retrievability(state, now=later)
    assert value == pytest.approx(recall_at(card, later))
    assert value < 0.99
    # fsrs floors to whole days for scheduling: it says 1.0 here.
    assert fsrs.Scheduler(enable_fuzzing=False).get_card_retrievability(card, later) == 1.0


def test_retrievability_uses_the_parameters_given() -> None:
    """S = 10 after 90 days: 0.703 on the defaults, less on parameters that forget faster."""
    faster = list(DEFAULT_PARAMETERS)
    faster[20] = 0.5
    state = CardState(2, None, 10.0, 5.0, T0, T0)
    card = fsrs.Card(
        card_id=1, state=fsrs.State.Review, stability=10.0, difficulty=5.0, due=T0, last_review=T0
    )
    later = T0 + timedelta(days=90)
    assert retrievability(state, now=later) == pytest.approx(0.703, abs=5e-4)
    assert retrievability(state, now=later) == pytest.approx(recall_at(card, later))
    own = retrievability(state, now=later, parameters=faster)
    assert own == pytest.approx(recall_at(card, later, faster)) and own < 0.65
