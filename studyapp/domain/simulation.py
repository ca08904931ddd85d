"""Synthetic review histories drawn from known FSRS parameters, to check what the optimizer learns.

A simulated student studies each card when the app's schedule says it is due (sometimes a few
days late) and recalls it with the probability the student's *true* parameters predict. Until
parameters are fitted the app schedules with the fsrs defaults, so by default the schedule and
the memory disagree, as they would for a real student.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import fsrs

from .optimizer import PastReview

START = datetime(2026, 1, 5, tzinfo=UTC)
# How a student rates a card they recall (Hard, Good, Easy), and a card seen the first time.
RECALLED_RATINGS = ((2, 3, 4), (0.15, 0.75, 0.10))
FIRST_RATINGS = ((1, 2, 3, 4), (0.25, 0.15, 0.50, 0.10))


def simulate(
    parameters: Sequence[float],
    *,
    schedule_parameters: Sequence[float] | None = None,
    cards: int,
    days: int,
    seed: int,
    start: datetime = START,
    late_chance: float = 0.3,
) -> list[PastReview]:
    """Reviews of `cards` cards, introduced at random over `days` days and studied until then.

    :param parameters: the student's true memory, which decides each recall.
    :param schedule_parameters: what the app schedules with (None: the fsrs defaults).
    :param late_chance: how often a due review waits one to five extra days, so the history
        holds recalls at several retrievabilities, not only at the desired one.
    """
    rng = random.Random(seed)
    memory = fsrs.Scheduler(parameters=tuple(parameters), enable_fuzzing=False)
    app = (
        fsrs.Scheduler(enable_fuzzing=False)
        if schedule_parameters is None
        else fsrs.Scheduler(parameters=tuple(schedule_parameters), enable_fuzzing=False)
    )
    end = start + timedelta(days=days)
    history: list[PastReview] = []
    for card_number in range(cards):
        moment = start + timedelta(days=rng.uniform(0, days))
        recalled = fsrs.Card(card_id=card_number + 1, due=moment)  # what the student knows
        card = fsrs.Card(card_id=card_number + 1, due=moment)  # what the app schedules
        first = True
        while moment < end:
            if first:
                rating = rng.choices(*FIRST_RATINGS)[0]
                first = False
            elif rng.random() < memory.get_card_retrievability(recalled, moment):
                rating = rng.choices(*RECALLED_RATINGS)[0]
            else:
                rating = 1
            history.append(PastReview(card=card_number + 1, rating=rating, reviewed_at=moment))
            recalled, _ = memory.review_card(recalled, fsrs.Rating(rating), moment)
            card, _ = app.review_card(card, fsrs.Rating(rating), moment)
            moment = max(card.due, moment + timedelta(minutes=1))
            if card.due - card.last_review >= timedelta(days=1):
                # Due on a later day: studied at some hour of it, now and then some days late.
                late = rng.randint(1, 5) if rng.random() < late_chance else 0
                moment += timedelta(days=late, hours=rng.uniform(0, 12))
    return history
