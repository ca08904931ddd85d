"""Progress numbers from plain rows: student days with the 4 a.m. rollover, streaks, the
forecast, true retention, the review calendar and recall now."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Card, Rating, Scheduler, State

from studyapp.domain import progress
from studyapp.domain.progress import CardRow, ReviewRow
from studyapp.domain.scheduling import CardState
from tests.recall import recall_at

RIYADH = ZoneInfo("Asia/Riyadh")  # UTC+3, no daylight saving
NEW_YORK = ZoneInfo("America/New_York")


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone).astimezone(UTC)


def days_of(moments: list[datetime], zone: ZoneInfo) -> Counter[date]:
    return progress.reviews_per_day(moments, zone)


def test_a_review_before_4_am_counts_for_the_day_before() -> None:
    late = local(RIYADH, 2026, 3, 1, 23, 0)
    small_hours = local(RIYADH, 2026, 3, 2, 3, 59)
    morning = local(RIYADH, 2026, 3, 2, 4, 0)
    per_day = days_of([late, small_hours, morning], RIYADH)
    assert per_day == {date(2026, 3, 1): 2, date(2026, 3, 2): 1}


def test_studying_late_at_night_does_not_make_a_two_day_streak() -> None:
    per_day = days_of([local(RIYADH, 2026, 3, 1, 22, 0), local(RIYADH, 2026, 3, 2, 2, 0)], RIYADH)
    today = progress.student_day(local(RIYADH, 2026, 3, 2, 3, 0), RIYADH)
    assert today == date(2026, 3, 1)
    assert progress.streak(per_day, today) == 1


def test_a_night_session_after_midnight_keeps_the_streak_going() -> None:
    # Day 1 in the evening, day 2 only at 3 a.m. on day 3's calendar date: still two days.
    per_day = days_of([local(RIYADH, 2026, 3, 1, 20, 0), local(RIYADH, 2026, 3, 3, 3, 0)], RIYADH)
    now = local(RIYADH, 2026, 3, 3, 10, 0)  # day 3, nothing studied yet today
    assert progress.streak(per_day, progress.student_day(now, RIYADH)) == 2


def test_the_same_instants_make_different_days_in_different_time_zones() -> None:
    moments = [datetime(2026, 3, 1, 2, 0, tzinfo=UTC), datetime(2026, 3, 1, 10, 0, tzinfo=UTC)]
    # UTC: 02:00 is before the rollover (still 28 February), 10:00 is 1 March.
    assert set(days_of(moments, ZoneInfo("UTC"))) == {date(2026, 2, 28), date(2026, 3, 1)}
    # Tokyo (UTC+9): 11:00 and 19:00 on 1 March, one day.
    assert set(days_of(moments, ZoneInfo("Asia/Tokyo"))) == {date(2026, 3, 1)}
    # New York (UTC-5): 21:00 and (next day) 05:00 -> 28 February and 1 March.
    assert set(days_of(moments, NEW_YORK)) == {date(2026, 2, 28), date(2026, 3, 1)}


def test_rollover_follows_daylight_saving() -> None:
    # New York springs forward on 8 March 2026: 4 a.m. local is 08:00 UTC, not 09:00.
    before = datetime(2026, 3, 8, 7, 59, tzinfo=UTC)
    after = datetime(2026, 3, 8, 8, 0, tzinfo=UTC)
    assert progress.student_day(before, NEW_YORK) == date(2026, 3, 7)
    assert progress.student_day(after, NEW_YORK) == date(2026, 3, 8)


def test_streak_counts_today_only_once_studied_and_a_gap_breaks_it() -> None:
    today = date(2026, 5, 10)
    run = {today - timedelta(days=n) for n in (1, 2, 3, 5)}
    assert progress.streak(run, today) == 3
    assert progress.streak(run | {today}, today) == 4
    assert progress.streak({today - timedelta(days=2)}, today) == 0
    assert progress.streak(set(), today) == 0


def state(kind: State, due: datetime, *, last: datetime | None = None) -> CardState:
    return CardState(
        state=kind.value,
        step=None if kind == State.Review else 0,
        stability=3.0,
        difficulty=5.0,
        due=due,
        last_review=last or due - timedelta(days=3),
    )


def test_forecast_puts_overdue_cards_today_and_splits_days_at_4_am() -> None:
    now = local(RIYADH, 2026, 4, 10, 12, 0)
    cards = [
        CardRow(1, state(State.Review, now - timedelta(days=5))),  # overdue: today
        CardRow(2, state(State.Review, local(RIYADH, 2026, 4, 11, 3, 59))),  # before rollover
        CardRow(3, state(State.Review, local(RIYADH, 2026, 4, 11, 4, 0))),  # tomorrow
        CardRow(4, state(State.Review, local(RIYADH, 2026, 5, 9, 12, 0))),  # day 29
        CardRow(5, state(State.Review, local(RIYADH, 2026, 5, 10, 12, 0))),  # day 30: beyond
    ]
    buckets = progress.forecast(cards, now=now, tz=RIYADH)
    assert len(buckets) == 30
    assert buckets[0] == 2 and buckets[1] == 1 and buckets[29] == 1 and sum(buckets) == 4
    assert progress.due_today(cards, now=now, tz=RIYADH) == 2


def test_card_counts_treat_relearning_as_learning_and_unstudied_as_new() -> None:
    due = datetime(2026, 1, 1, tzinfo=UTC)
    cards = [
        CardRow(1, state(State.Review, due)),
        CardRow(2, state(State.Relearning, due)),
        CardRow(3, state(State.Learning, due)),
        CardRow(99, state(State.Review, due)),  # another set's question
    ]
    counts = progress.card_counts([1, 2, 3, 4, 5], cards)
    assert (counts.new, counts.learning, counts.review) == (2, 2, 1)


def test_true_retention_counts_only_reviews_of_cards_in_review_within_30_days() -> None:
    now = local(RIYADH, 2026, 6, 30, 12, 0)
    day_start = local(RIYADH, 2026, 6, 30, 4, 0)
    window = day_start - timedelta(days=29)
    reviews = [
        ReviewRow(1, Rating.Good, now - timedelta(hours=1), State.Review.value),  # passed
        ReviewRow(1, Rating.Hard, now - timedelta(days=3), State.Review.value),  # passed
        ReviewRow(1, Rating.Again, now - timedelta(days=4), State.Review.value),  # failed
        ReviewRow(2, Rating.Again, window, State.Review.value),  # first moment: in, failed
        ReviewRow(2, Rating.Good, window - timedelta(seconds=1), State.Review.value),  # too old
        ReviewRow(3, Rating.Again, now, None),  # a new card: not counted
        ReviewRow(3, Rating.Good, now, State.Learning.value),  # learning step: not counted
        ReviewRow(4, Rating.Good, now, State.Relearning.value),  # relearning: not counted
    ]
    retention = progress.true_retention(reviews, now=now, tz=RIYADH)
    assert (retention.passed, retention.total) == (2, 4)
    assert retention.rate == 0.5
    assert progress.true_retention([], now=now, tz=RIYADH).rate is None


def test_heatmap_covers_26_weeks_up_to_today_with_levels() -> None:
    today = date(2026, 7, 15)  # a Wednesday
    first = date(2026, 1, 19)  # the Monday 25 weeks before this week's
    per_day = Counter(
        {today: 3, today - timedelta(days=1): 60, first: 10, first - timedelta(days=1): 99}
    )
    cells = progress.heatmap(per_day, today)
    assert cells[-1].day == today and cells[-1].weekday == 2 and cells[-1].week == 25
    assert cells[0].day == first and cells[0].week == 0 and cells[0].weekday == 0
    assert len(cells) == 25 * 7 + 3
    by_day = {cell.day: cell for cell in cells}
    assert by_day[today].level == 1 and by_day[today - timedelta(days=1)].level == 4
    assert by_day[first].count == 10 and by_day[first].level == 2
    assert sum(cell.count for cell in cells) == 73  # the day before the first is left out


def test_recall_now_is_fsrs_retrievability_weakest_first() -> None:
    scheduler = Scheduler(enable_fuzzing=False)
    start = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    strong, _ = scheduler.review_card(Card(card_id=1, due=start), Rating.Easy, start)
    weak, _ = scheduler.review_card(Card(card_id=2, due=start), Rating.Again, start)
    now = start + timedelta(days=6, hours=2)

    def row(question_id: int, card: Card) -> CardRow:
        return CardRow(
            question_id,
            CardState(
                card.state.value,
                card.step,
                card.stability,
                card.difficulty,
                card.due,
                card.last_review,
            ),
        )

    recalls = progress.recall_now([7, 8, 9], [row(7, strong), row(8, weak)], now=now)
    assert [r.question_id for r in recalls] == [8, 7, 9]
    assert recalls[0].recall == pytest.approx(recall_at(weak, now))
    assert recalls[1].recall == pytest.approx(recall_at(strong, now))
    assert recalls[0].recall < recalls[1].recall < 1
    assert recalls[2].recall is None
