"""Exam dates against plain FSRS, on simulated students (results in docs/benchmarks.md).

    .venv/bin/python bench/exam_dates.py [--students 200] [--questions 80] [--days 28]

Each student's memory follows FSRS-6 with parameters of their own (the defaults with the
initial stabilities and the growth of stability scaled at random), and the app schedules with
those same parameters, as it does once a student's parameters are fitted. Every day but the
exam day the student opens one session, at a random hour, unless they skip the day (a chance of
`--skip`); the session studies everything the queue offers, as the app's queue does: cards due
(learning steps shown early when nothing else is left), cards the plan brings forward, new
questions up to the day's allowance. A card is recalled with the probability the student's
true memory gives (the ratings of domain.simulation). The same students, with the same skipped
days and the same dice, study once without an exam date (plain FSRS, the daily new limit) and
once with it (domain.exam_plan). Reported: recall on exam day (the share of the set's
questions recalled at noon, a question never met counting as forgotten), mean and 10th
percentile over students; the share of questions predicted below the desired retention on
the day; reviews per student over the period, and the peak day's (means over students).
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time as clock
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fsrs import State  # noqa: E402
from fsrs.scheduler import (  # noqa: E402
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

from studyapp.domain import exam_plan, scheduling  # noqa: E402
from studyapp.domain.exam_plan import Exam, Memory  # noqa: E402
from studyapp.domain.scheduling import CardState  # noqa: E402
from studyapp.domain.simulation import FIRST_RATINGS, RECALLED_RATINGS  # noqa: E402

START = date(2026, 3, 2)
TZ = "UTC"
LIMIT = 20
RETENTION = 0.9


@dataclass
class Outcome:
    recall: float
    below: float  # share of the questions below the desired retention on exam day
    reviews: int
    peak: int


def student_parameters(rng: random.Random) -> tuple[float, ...]:
    weights = list(DEFAULT_PARAMETERS)
    for index in (0, 1, 2, 3):  # initial stability after Again, Hard, Good, Easy
        weights[index] *= rng.lognormvariate(0, 0.4)
    weights[0:4] = sorted(weights[0:4])
    weights[8] *= rng.lognormvariate(0, 0.25)  # how fast stability grows
    bounds = zip(weights, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    return tuple(min(max(w, low), high) for w, low, high in bounds)


def study(
    parameters: tuple[float, ...],
    *,
    questions: int,
    days: int,
    skip: float,
    seed: int,
    with_exam: bool,
) -> Outcome:
    rng = random.Random(seed)
    memory = Memory(RETENTION, parameters)
    exam = Exam(START + timedelta(days=days), TZ)
    cards: list[CardState] = []
    per_day: list[int] = []
    for offset in range(days):
        day = START + timedelta(days=offset)
        hour = rng.uniform(7, 22)
        if rng.random() < skip:
            per_day.append(0)
            continue
        now = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(hours=hour)
        per_day.append(_session(cards, questions, now, exam, memory, rng, with_exam))
    recalls = [exam_plan.recall_on_exam(c, exam, memory) for c in cards]
    recalls += [0.0] * (questions - len(cards))
    return Outcome(
        recall=sum(recalls) / questions,
        below=sum(r < RETENTION for r in recalls) / questions,
        reviews=sum(per_day),
        peak=max(per_day),
    )


def _session(
    cards: list[CardState],
    questions: int,
    now: datetime,
    exam: Exam,
    memory: Memory,
    rng: random.Random,
    with_exam: bool,
) -> int:
    """One day's session: study until the queue is empty; returns the reviews made."""
    day_end = scheduling.end_of_day(now, TZ)
    unseen = questions - len(cards)
    if with_exam:
        allowed = exam_plan.new_today(unseen, 0, LIMIT, now=now, exam=exam)
    else:
        allowed = LIMIT
    reviews = 0
    while True:
        index = _next(cards, now, day_end, exam, memory, with_exam)
        if index is None and allowed > 0 and len(cards) < questions:
            cards.append(CardState.new(now=now))
            allowed -= 1
            index = len(cards) - 1
        if index is None:
            return reviews
        state = cards[index]
        rating = _rating(state, now, memory, rng)
        cards[index] = scheduling.review(
            state,
            rating,
            now=now,
            desired_retention=memory.desired_retention,
            parameters=memory.parameters,
        ).state
        reviews += 1
        now += timedelta(seconds=20)


def _next(
    cards: list[CardState],
    now: datetime,
    day_end: datetime,
    exam: Exam,
    memory: Memory,
    with_exam: bool,
) -> int | None:
    """The app's order: ready cards, most overdue first; then (with an exam) those brought
    forward; a learning step due within 20 minutes when nothing else is left. None: nothing."""
    ready = [
        i
        for i, c in enumerate(cards)
        if c.due <= now or (c.state == State.Review.value and c.due < day_end)
    ]
    if ready:
        return min(ready, key=lambda i: cards[i].due)
    if with_exam:
        for i, c in enumerate(cards):
            if exam_plan.brought_forward(c, now=now, exam=exam, memory=memory):
                return i
    ahead = [
        i
        for i, c in enumerate(cards)
        if c.state != State.Review.value and c.due <= now + timedelta(minutes=20)
    ]
    return min(ahead, key=lambda i: cards[i].due) if ahead else None


def _rating(state: CardState, now: datetime, memory: Memory, rng: random.Random) -> int:
    if state.last_review is None:
        return rng.choices(*FIRST_RATINGS)[0]
    recall = scheduling.retrievability(state, now=now, parameters=memory.parameters)
    return rng.choices(*RECALLED_RATINGS)[0] if rng.random() < recall else 1


def _tenth(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--questions", type=int, default=80)
    parser.add_argument("--days", type=int, default=28, help="days from the first study day")
    parser.add_argument("--skip", type=float, default=0.2, help="chance a day is skipped")
    args = parser.parse_args()
    started = clock.process_time()
    results: dict[bool, list[Outcome]] = {False: [], True: []}
    for number in range(args.students):
        parameters = student_parameters(random.Random(10_000 + number))
        for with_exam in (False, True):
            results[with_exam].append(
                study(
                    parameters,
                    questions=args.questions,
                    days=args.days,
                    skip=args.skip,
                    seed=number,
                    with_exam=with_exam,
                )
            )
    print(
        f"{args.students} students, {args.questions} questions, exam on day {args.days}, "
        f"{args.skip:.0%} of days skipped, daily new limit {LIMIT}, retention {RETENTION}"
    )
    print(
        "| schedule | recall on exam day, mean | 10th percentile | questions below "
        f"{RETENTION:.0%} | reviews | peak day |"
    )
    print("|---|---|---|---|---|---|")
    for with_exam, name in ((False, "plain FSRS"), (True, "with the exam date")):
        outcomes = results[with_exam]
        recalls = [o.recall for o in outcomes]
        print(
            f"| {name} | {statistics.mean(recalls):.3f} | {_tenth(recalls):.3f} "
            f"| {statistics.mean(o.below for o in outcomes):.1%} "
            f"| {statistics.mean(o.reviews for o in outcomes):.1f} "
            f"| {statistics.mean(o.peak for o in outcomes):.1f} |"
        )
    plain = statistics.mean(o.reviews for o in results[False])
    planned = statistics.mean(o.reviews for o in results[True])
    print(f"reviews with the exam date: {planned / plain - 1:+.1%} against plain FSRS")
    print(
        f"{platform.machine()}, Python {platform.python_version()}, "
        f"{clock.process_time() - started:.0f} s of CPU"
    )


if __name__ == "__main__":
    main()
