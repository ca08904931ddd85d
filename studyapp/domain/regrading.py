"""Re-grading a card's history: when a review's rating changes, every later state of the card
changes with it, so the card's FSRS state is replayed from its whole corrected log.

Pure: the log (its times included) comes in, the state after each review comes out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from . import scheduling
from .scheduling import CardState


@dataclass(frozen=True)
class LoggedReview:
    """One review of a card as the replay needs it."""

    rating: int
    reviewed_at: datetime
    duration_ms: int | None = None


def replay(
    log: Sequence[LoggedReview],
    *,
    desired_retention: float = scheduling.DEFAULT_RETENTION,
    parameters: Sequence[float] | None = None,
) -> list[CardState]:
    """The card's state after each review of `log`, oldest first, starting from a new card at
    the first review (as the study loop starts one), with the scheduler that schedules the
    card now (its parameters and desired retention).

    :raises ValueError: an empty log, or one out of time order.
    """
    if not log:
        raise ValueError("a card's log has at least one review")
    times = [review.reviewed_at for review in log]
    if times != sorted(times):
        raise ValueError("the log must be in time order")
    state = CardState.new(now=log[0].reviewed_at)
    states = []
    for review in log:
        state = scheduling.review(
            state,
            review.rating,
            now=review.reviewed_at,
            desired_retention=desired_retention,
            parameters=parameters,
            duration_ms=review.duration_ms,
        ).state
        states.append(state)
    return states
