"""The plan toward an exam date: reviews brought forward only when recall on the day would fall
below the desired retention, new questions spread over the days left, plain FSRS after it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import fsrs
import pytest

from studyapp.domain import exam_plan
from studyapp.domain.exam_plan import Exam, Memory
from studyapp.domain.scheduling import CardState
from tests.recall import recall_at

REVIEW = fsrs.State.Review.value
EXAM = Exam(date(2026, 4, 1), "UTC")
EXAM_NOON = datetime(2026, 4, 1, 12, tzinfo=UTC)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def card(*, last_review: datetime, stability: float, due: datetime) -> CardState:
    return CardState(REVIEW, None, stability, 5.0, due, last_review)


def fsrs_card(state: CardState) -> fsrs.Card:
    return fsrs.Card(
        card_id=1,
        state=fsrs.State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due,
        last_review=state.last_review,
    )


def recall_after_good_review(state: CardState, at: datetime, retention: float) -> float:
    """Recall at the exam after a review answered Good at `at`, by fsrs itself."""
    scheduler = fsrs.Scheduler(desired_retention=retention, enable_fuzzing=False)
    reviewed, _ = scheduler.review_card(fsrs_card(state), fsrs.Rating.Good, at)
    return recall_at(reviewed, EXAM_NOON)


# Scheduled at retention 0.9 (due when recall reaches 0.9, 20 days on), then the student asked
# for 0.95: on exam day, 15 days on, recall is about 0.93 and the plain schedule shows the
# card only after the exam.
LAST = datetime(2026, 3, 17, 12, tzinfo=UTC)
RAISED = card(last_review=LAST, stability=20.0, due=LAST + timedelta(days=20))
WANT_95 = Memory(desired_retention=0.95)


def test_the_card_of_the_example_would_fall_below_the_wanted_retention() -> None:
    assert 0.9 < recall_at(fsrs_card(RAISED), EXAM_NOON) < 0.95


def test_a_card_below_the_target_on_exam_day_comes_due_on_the_first_day_a_review_carries_it() -> (
    None
):
    days = [date(2026, 3, 18) + timedelta(days=n) for n in range(14)]
    due = [
        d for d in days if exam_plan.brought_forward(RAISED, now=noon(d), exam=EXAM, memory=WANT_95)
    ]
    assert due, "never brought forward"
    first = due[0]
    assert first < date(2026, 3, 31)  # before the day before the exam: spread, not piled up
    assert recall_after_good_review(RAISED, noon(first), 0.95) >= 0.95
    assert recall_after_good_review(RAISED, noon(first - timedelta(days=1)), 0.95) < 0.95
    assert due == days[days.index(first) :]  # stays due until reviewed


def test_a_card_that_stays_above_the_target_until_the_exam_is_left_to_fsrs() -> None:
    memory = Memory(desired_retention=0.9)
    for offset in range(14):
        now = noon(date(2026, 3, 18) + timedelta(days=offset))
        assert not exam_plan.brought_forward(RAISED, now=now, exam=EXAM, memory=memory)


def test_a_card_the_plain_schedule_shows_before_the_exam_is_left_to_it() -> None:
    soon = card(last_review=LAST, stability=20.0, due=datetime(2026, 3, 30, 12, tzinfo=UTC))
    assert not exam_plan.brought_forward(
        soon, now=noon(date(2026, 3, 29)), exam=EXAM, memory=WANT_95
    )


def test_the_day_before_nothing_below_target_is_left_that_a_review_today_could_fix() -> None:
    eve = noon(date(2026, 3, 31))
    weak = [
        card(
            last_review=LAST - timedelta(days=n),
            stability=20.0 + n,
            due=EXAM_NOON + timedelta(days=1),
        )
        for n in range(0, 10)
    ]
    checked = 0
    for state in weak:
        fixable = recall_after_good_review(state, eve, 0.95) >= 0.95
        below = recall_at(fsrs_card(state), EXAM_NOON) < 0.95
        if below and fixable:
            assert exam_plan.brought_forward(state, now=eve, exam=EXAM, memory=WANT_95)
            checked += 1
    assert checked >= 5


def test_a_card_reviewed_today_waits_for_another_day_but_on_the_eve() -> None:
    now = noon(date(2026, 3, 25))
    just = card(last_review=now - timedelta(hours=1), stability=3.0, due=now + timedelta(days=9))
    assert not exam_plan.brought_forward(just, now=now, exam=EXAM, memory=WANT_95)


def test_after_the_exam_the_schedule_is_plain_fsrs_again() -> None:
    for day in (date(2026, 4, 1), date(2026, 4, 2), date(2026, 6, 1)):
        assert not exam_plan.brought_forward(RAISED, now=noon(day), exam=EXAM, memory=WANT_95)
        assert exam_plan.new_per_day_needed(50, now=noon(day), exam=EXAM) == 0
        assert exam_plan.new_today(50, 0, 20, now=noon(day), exam=EXAM) == 0


@pytest.mark.parametrize(
    ("unseen", "today", "expected"),
    [
        (60, date(2026, 3, 2), 3),  # 30 days left, the last 3 kept for learning: 60 / 27
        (60, date(2026, 3, 25), 15),  # 7 days left, 3 kept for learning: 60 / 4
        (60, date(2026, 3, 29), 60),  # 3 days left: all of them at once
        (10, date(2026, 3, 31), 10),  # the day before: everything left
    ],
)
def test_new_questions_are_spread_over_the_days_left(
    unseen: int, today: date, expected: int
) -> None:
    assert exam_plan.new_per_day_needed(unseen, now=noon(today), exam=EXAM) == expected


def test_new_questions_never_pile_up_at_the_end() -> None:
    """Day by day, the new questions met stay even, and all are met before the last days."""
    unseen, met = 54, []
    for offset in range(30):
        day = date(2026, 3, 2) + timedelta(days=offset)
        today = exam_plan.new_today(unseen, 0, 20, now=noon(day), exam=EXAM)
        met.append(today)
        unseen -= today
    assert unseen == 0
    assert max(met) == 2
    assert sum(met[-3:]) == 0


def test_the_daily_limit_still_holds_and_the_forecast_says_the_date_is_too_close() -> None:
    now = noon(date(2026, 3, 25))  # 7 days left, 4 to meet new questions on
    assert exam_plan.new_today(100, 0, 20, now=now, exam=EXAM) == 20
    forecast = exam_plan.forecast(
        [], 100, introduced_today=0, daily_limit=20, now=now, exam=EXAM, memory=WANT_95
    )
    assert forecast.too_close
    assert forecast.new_per_day_needed == 25
    roomy = exam_plan.forecast(
        [], 100, introduced_today=0, daily_limit=25, now=now, exam=EXAM, memory=WANT_95
    )
    assert not roomy.too_close


def test_the_forecast_counts_each_day_and_predicts_higher_recall_after_studying() -> None:
    now = noon(date(2026, 3, 18))
    forecast = exam_plan.forecast(
        [RAISED], 20, introduced_today=0, daily_limit=20, now=now, exam=EXAM, memory=WANT_95
    )
    assert [day for day, _ in forecast.reviews_per_day] == [
        date(2026, 3, 18) + timedelta(days=n) for n in range(14)
    ]
    assert forecast.recall_now == pytest.approx(recall_at(fsrs_card(RAISED), EXAM_NOON) / 21)
    assert forecast.recall_now < forecast.recall_after_today < forecast.recall_planned
    assert forecast.recall_planned >= 0.95
    assert not forecast.too_close
    # 20 new questions (each met once and stepped through learning) and reviews of them
    assert sum(count for _, count in forecast.reviews_per_day) > 40


def test_a_card_the_plain_schedule_shows_only_on_the_last_day_is_not_left_to_that_day() -> None:
    """A skipped last day, or a lapse on it, would leave it below target on the day."""
    last = datetime(2026, 3, 21, 12, tzinfo=UTC)
    on_eve = card(last_review=last, stability=10.0, due=datetime(2026, 3, 31, 12, tzinfo=UTC))
    memory = Memory(desired_retention=0.9)
    assert recall_at(fsrs_card(on_eve), EXAM_NOON) < 0.9
    days = [date(2026, 3, 22) + timedelta(days=n) for n in range(9)]
    due = [
        d for d in days if exam_plan.brought_forward(on_eve, now=noon(d), exam=EXAM, memory=memory)
    ]
    assert due and due[0] < date(2026, 3, 31)
    assert recall_after_good_review(on_eve, noon(due[0]), 0.9) >= 0.9
