"""A student's progress in numbers: card counts, what falls due, true retention, the review
calendar and its streak, and how well each question is remembered now.

Pure functions over plain rows; `now` and the student's time zone come in. Days are the
student's days (scheduling.start_of_day: local time, rolling over at 4 a.m.).

Definitions, as the pages state them:
- new: an approved question with no card on its current answer; learning: a card in fsrs's
  Learning or Relearning state; in review: a card in the Review state.
- due today: cards due before the student's day ends (overdue ones included).
- true retention (as Anki's "true retention"): of the reviews in the last 30 student days
  (today included) of cards that were in the Review state when answered, the share rated
  above Again. Reviews of new or (re)learning cards are left out: they measure learning steps,
  not memory.
- streak: consecutive student days with at least one review, ending today if the student has
  reviewed today, otherwise ending yesterday (a day not yet studied does not break it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fsrs import Rating, State

from . import scheduling
from .scheduling import CardState

RETENTION_DAYS = 30
FORECAST_DAYS = 30
HEATMAP_WEEKS = 26
# Reviews a day needs to reach heat levels 1, 2, 3 and 4.
HEAT_LEVELS = (1, 10, 25, 50)


@dataclass(frozen=True)
class CardRow:
    """A card on its question's current answer."""

    question_id: int
    state: CardState


@dataclass(frozen=True)
class ReviewRow:
    """One review; `state_before` is the fsrs state of the card when answered (None: new)."""

    question_id: int
    rating: int
    reviewed_at: datetime
    state_before: int | None


@dataclass(frozen=True)
class CardCounts:
    new: int
    learning: int
    review: int

    @property
    def studied(self) -> int:
        return self.learning + self.review

    @property
    def total(self) -> int:
        return self.new + self.studied


@dataclass(frozen=True)
class Retention:
    passed: int
    total: int

    @property
    def rate(self) -> float | None:
        """Share passed; None when there is nothing to measure yet."""
        return None if self.total == 0 else self.passed / self.total


@dataclass(frozen=True)
class HeatCell:
    day: date
    count: int
    level: int
    week: int  # column, 0 = oldest week
    weekday: int  # row, 0 = Monday


@dataclass(frozen=True)
class Recall:
    """Predicted recall of one question; None when the student has not studied it."""

    question_id: int
    recall: float | None


def student_day(moment: datetime, tz: str | ZoneInfo) -> date:
    """The date of the student's day (4 a.m. rollover, local time) that holds `moment`."""
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return scheduling.start_of_day(moment, zone).astimezone(zone).date()


def card_counts(question_ids: Iterable[int], cards: Iterable[CardRow]) -> CardCounts:
    """New, learning and in-review among the questions; cards of other questions are ignored."""
    questions = set(question_ids)
    states = {card.question_id: card.state.state for card in cards if card.question_id in questions}
    review = sum(1 for state in states.values() if state == State.Review.value)
    learning = len(states) - review
    return CardCounts(new=len(questions) - len(states), learning=learning, review=review)


def due_today(cards: Iterable[CardRow], *, now: datetime, tz: str | ZoneInfo) -> int:
    """Cards due before the next rollover; one due at the rollover itself is tomorrow's."""
    day_end = scheduling.end_of_day(now, tz)
    return sum(1 for card in cards if card.state.due < day_end)


def forecast(
    cards: Iterable[CardRow], *, now: datetime, tz: str | ZoneInfo, days: int = FORECAST_DAYS
) -> list[int]:
    """Cards due on each of the next `days` student days; day 0 (today) holds the overdue ones."""
    today = student_day(now, tz)
    buckets = [0] * days
    for card in cards:
        offset = max(0, (student_day(card.state.due, tz) - today).days)
        if offset < days:
            buckets[offset] += 1
    return buckets


def retention_window_start(
    now: datetime, tz: str | ZoneInfo, days: int = RETENTION_DAYS
) -> datetime:
    """When the last `days` student days (today included) began."""
    return scheduling.start_of_day(now, tz) - timedelta(days=days - 1)


def true_retention(
    reviews: Iterable[ReviewRow], *, now: datetime, tz: str | ZoneInfo, days: int = RETENTION_DAYS
) -> Retention:
    since = retention_window_start(now, tz, days)
    counted = [
        review
        for review in reviews
        if review.state_before == State.Review.value and since <= review.reviewed_at <= now
    ]
    passed = sum(1 for review in counted if review.rating > Rating.Again.value)
    return Retention(passed=passed, total=len(counted))


def reviews_per_day(moments: Iterable[datetime], tz: str | ZoneInfo) -> Counter[date]:
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return Counter(student_day(moment, zone) for moment in moments)


def streak(days: Iterable[date], today: date) -> int:
    """Consecutive days with reviews up to today (or up to yesterday, today not yet studied)."""
    studied = set(days)
    day = today if today in studied else today - timedelta(days=1)
    count = 0
    while day in studied:
        count += 1
        day -= timedelta(days=1)
    return count


def heat_level(count: int) -> int:
    return sum(1 for threshold in HEAT_LEVELS if count >= threshold)


def heatmap(per_day: Counter[date], today: date, weeks: int = HEATMAP_WEEKS) -> list[HeatCell]:
    """One cell per day of the last `weeks` weeks (Monday-first columns), up to today."""
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    cells = []
    for offset in range((today - first).days + 1):
        day = first + timedelta(days=offset)
        count = per_day.get(day, 0)
        cells.append(HeatCell(day, count, heat_level(count), offset // 7, day.weekday()))
    return cells


def recall_now(
    question_ids: Sequence[int],
    cards: Iterable[CardRow],
    *,
    now: datetime,
    parameters: Sequence[float] | None = None,
) -> list[Recall]:
    """Each question's predicted recall, weakest first; questions not studied come last."""
    by_question = {card.question_id: card.state for card in cards}
    recalls = [
        Recall(
            question_id,
            None
            if question_id not in by_question
            else scheduling.retrievability(
                by_question[question_id], now=now, parameters=parameters
            ),
        )
        for question_id in question_ids
    ]
    order = {question_id: index for index, question_id in enumerate(question_ids)}
    return sorted(
        recalls,
        key=lambda r: (r.recall is None, r.recall or 0.0, order[r.question_id]),
    )


@dataclass(frozen=True)
class ClassRecall:
    """A question's average predicted recall over the students who had studied it by then."""

    question_id: int
    students: int
    average: float | None


def class_recall(
    question_ids: Sequence[int],
    cards: Iterable[tuple[CardRow, Sequence[float] | None]],
    *,
    moment: datetime,
) -> dict[int, ClassRecall]:
    """Average retrievability at `moment` per question, from each student's (card, parameters)."""
    totals: dict[int, list[float]] = {question_id: [] for question_id in question_ids}
    for card, parameters in cards:
        if card.question_id in totals:
            totals[card.question_id].append(
                scheduling.retrievability(card.state, now=moment, parameters=parameters)
            )
    return {
        question_id: ClassRecall(
            question_id, len(values), sum(values) / len(values) if values else None
        )
        for question_id, values in totals.items()
    }
