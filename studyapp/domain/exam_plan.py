"""Studying toward an exam date: which cards come due early, how many new questions a day,
and how much of the set the student should recall on the day.

Pure functions: card states, `now`, the exam and the student's settings come in. A plan changes
only *when* a card is reviewed; the review itself is an ordinary FSRS review
(scheduling.review), and recall is FSRS's retrievability with the parameters that schedule the
card (scheduling.retrievability). Once the exam day has come nothing here applies, so the
schedule is plain FSRS again with nothing to undo.

The rules, for each study day from today to the day before the exam:

- a review card whose predicted recall on exam day is below the desired retention, and that
  the plain schedule would next show only on the last study day (SPARE_DAYS) or later, comes
  due on the first day a review answered Good would keep it at that retention until the exam;
  the day before the exam, every such card not yet reviewed that day comes due (one more
  review is the last chance to raise it);
- new questions are spread evenly over the days left, all met LEARN_DAYS before the exam (at
  once when it is closer), never more a day than the student's daily limit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from fsrs import Rating, State

from . import scheduling
from .progress import student_day
from .scheduling import DEFAULT_ROLLOVER_HOUR as ROLLOVER
from .scheduling import CardState

# Recall on exam day is predicted at noon (as the class page predicts a date picked).
EXAM_TIME = time(12)
# New questions are all met this many days before the exam, when there is time (else at
# once): time for their learning steps and a review or two.
LEARN_DAYS = 3
# The plan does not count on the last study days: a card the plain schedule would first show
# on one of them is brought forward too, so that a day skipped or a lapse then leaves time.
SPARE_DAYS = 1
# Learning steps a simulated card goes through before it is in review (fsrs has two).
MAX_STEPS = 6


@dataclass(frozen=True)
class Exam:
    """An exam on `day`, a date of the student's calendar (time zone `tz`)."""

    day: date
    tz: str

    @property
    def moment(self) -> datetime:
        """When recall on exam day is predicted."""
        return _at(self.day, EXAM_TIME, self.tz)

    @property
    def starts(self) -> datetime:
        """When the student's exam day begins: no study day is left from then on."""
        return _at(self.day, time(ROLLOVER), self.tz)

    def today(self, now: datetime) -> date:
        """The student's date at `now` (their day starts at the rollover hour)."""
        return student_day(now, self.tz)

    def days_left(self, now: datetime) -> int:
        """Study days before the exam, today included (0 on the exam day and after it)."""
        return max(0, (self.day - self.today(now)).days)


@dataclass(frozen=True)
class Memory:
    """How the student's cards are scheduled: the retention wanted and the FSRS parameters."""

    desired_retention: float
    parameters: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Forecast:
    """What the plan expects, each planned review answered Good.

    Recall figures are the predicted share of the set's questions recalled on exam day (a
    question never met counts as forgotten): now, after today's planned reviews, and after
    every planned review until the exam.
    """

    recall_now: float
    recall_after_today: float
    recall_planned: float
    reviews_per_day: list[tuple[date, int]]
    new_per_day_needed: int  # new questions a day the date needs
    too_close: bool  # the daily new-card limit is below what the date needs


@lru_cache(maxsize=4096)  # a forecast asks it of each card every day until the card changes
def recall_on_exam(state: CardState, exam: Exam, memory: Memory) -> float:
    return scheduling.retrievability(state, now=exam.moment, parameters=memory.parameters)


def _at(day: date, clock: time, tz: str) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo(tz))


def _reviewed_good(state: CardState, at: datetime, memory: Memory) -> CardState:
    return scheduling.review(
        state,
        Rating.Good.value,
        now=max(at, state.last_review or at),
        desired_retention=memory.desired_retention,
        parameters=memory.parameters,
    ).state


def _carries(state: CardState, day: date, exam: Exam, memory: Memory) -> bool:
    """Whether a review answered Good on `day` (at noon) keeps the card at the desired
    retention until the exam."""
    after = _reviewed_good(state, _at(day, EXAM_TIME, exam.tz), memory)
    return recall_on_exam(after, exam, memory) >= memory.desired_retention


@dataclass(frozen=True)
class _Day:
    """A study day before the exam, as the rules read it (worked out once per day)."""

    day: date
    starts: datetime
    ends: datetime
    cutoff: datetime  # a card the plain schedule shows from then on is left too late
    eve: bool

    @classmethod
    def of(cls, day: date, exam: Exam) -> _Day:
        starts = _at(day, time(ROLLOVER), exam.tz)
        ends = _at(day + timedelta(days=1), time(ROLLOVER), exam.tz)
        last = _at(exam.day - timedelta(days=SPARE_DAYS), time(ROLLOVER), exam.tz)
        return cls(day, starts, ends, max(last, ends), day == exam.day - timedelta(days=1))


def brought_forward(state: CardState, *, now: datetime, exam: Exam, memory: Memory) -> bool:
    """Whether the plan has the card due today, when the plain schedule does not.

    That is a review card predicted below the desired retention on exam day that the plain
    schedule shows neither today nor before the last SPARE_DAYS study days. A card reviewed
    today already waits for another day, but on the day before the exam, when one more review
    today would still bring it to the desired retention.
    """
    if exam.days_left(now) == 0:
        return False
    return _brought_forward(state, _Day.of(exam.today(now), exam), exam, memory)


def _brought_forward(state: CardState, today: _Day, exam: Exam, memory: Memory) -> bool:
    if (
        state.state != State.Review.value
        or state.due < today.cutoff
        or recall_on_exam(state, exam, memory) >= memory.desired_retention
    ):
        return False
    reviewed_today = state.last_review is not None and state.last_review >= today.starts
    if reviewed_today and not today.eve:
        return False
    return _carries(state, today.day, exam, memory) or (today.eve and not reviewed_today)


def _introduction_days(days_left: int) -> int:
    """Of the study days left, those on which new questions are met."""
    return max(1, days_left - LEARN_DAYS)


def new_per_day_needed(unseen: int, *, now: datetime, exam: Exam) -> int:
    """New questions a day that meet the `unseen` ones in time (0 once the exam has come)."""
    days_left = exam.days_left(now)
    if days_left == 0 or unseen <= 0:
        return 0
    return math.ceil(unseen / _introduction_days(days_left))


def new_today(
    unseen: int, introduced_today: int, daily_limit: int, *, now: datetime, exam: Exam
) -> int:
    """How many new questions the student meets today in all: the even share of what was
    unseen at the start of the day, at most the daily limit."""
    share = new_per_day_needed(unseen + introduced_today, now=now, exam=exam)
    return min(daily_limit, share)


def _learnt(state: CardState, at: datetime, memory: Memory) -> tuple[CardState, int]:
    """The card after a session answering Good until it is in review; the reviews it took."""
    reviews = 0
    while reviews == 0 or (state.state != State.Review.value and reviews < MAX_STEPS):
        state = _reviewed_good(state, max(at, state.due), memory)
        reviews += 1
    return state, reviews


def _share(states: Sequence[CardState], total: int, exam: Exam, memory: Memory) -> float:
    if total == 0:
        return 0.0
    return sum(recall_on_exam(s, exam, memory) for s in states) / total


def forecast(
    states: Sequence[CardState],
    unseen: int,
    *,
    introduced_today: int,
    daily_limit: int,
    now: datetime,
    exam: Exam,
    memory: Memory,
) -> Forecast:
    """Run the plan day by day until the exam, each review answered Good.

    :param states: the student's cards on the set (their current answer).
    :param unseen: the set's questions the student has not met.
    """
    total = len(states) + unseen
    needed = new_per_day_needed(unseen + introduced_today, now=now, exam=exam)
    recall_now = _share(states, total, exam, memory)
    cards = list(states)
    days: list[tuple[date, int]] = []
    after_today = recall_now
    today = exam.today(now)
    for offset in range(exam.days_left(now)):
        day = today + timedelta(days=offset)
        moment = max(now, _at(day, EXAM_TIME, exam.tz))
        reviews = 0
        plan_day = _Day.of(day, exam)
        for index, state in enumerate(cards):
            if state.due < plan_day.ends or _brought_forward(state, plan_day, exam, memory):
                cards[index], count = _learnt(state, moment, memory)
                reviews += count
        met = introduced_today if offset == 0 else 0
        new = new_today(unseen, met, daily_limit, now=moment, exam=exam) - met
        for _ in range(max(0, min(new, unseen))):
            state, count = _learnt(CardState.new(now=moment), moment, memory)
            cards.append(state)
            reviews += count
            unseen -= 1
        days.append((day, reviews))
        if offset == 0:
            after_today = _share(cards, total, exam, memory)
    return Forecast(
        recall_now=recall_now,
        recall_after_today=after_today,
        recall_planned=_share(cards, total, exam, memory),
        reviews_per_day=days,
        new_per_day_needed=needed,
        too_close=needed > daily_limit,
    )
