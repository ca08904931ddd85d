"""Fitting FSRS parameters to a student's own review history, torch-free (fsrs-rs-python).

Pure functions: past reviews in, parameters (or a log loss) out. The optimizer is fsrs-rs's
own; this module turns review rows into the items it trains on, applies its minimum, and
scores parameters with the fsrs library's predictions (the ones the app schedules with).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs
import fsrs_rs_python as fsrs_rs
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

# fsrs-rs `compute_parameters` returns its defaults when it has fewer than 8 training items
# (one item per review on a later day than the card's previous one), and below 64 items it
# only sets the four initial stabilities (src/training.rs, `train_set.len() < 8` / `< 64`).
# Its outlier filter first drops items whose (first rating, first interval) group is small,
# so a few dozen cards reviewed at scattered gaps can still leave it with nothing: it then
# returns its defaults too, and `fit_items` says None.
MIN_ITEMS = 8
FULL_TRAINING_ITEMS = 64
# The day of a review ends at 4 a.m. local time, as in scheduling and in Anki.
ROLLOVER_HOUR = 4
# Predictions are kept off 0 and 1 so one surprising review cannot make the loss infinite.
_EPSILON = 1e-6


@dataclass(frozen=True)
class PastReview:
    """One logged answer. `card` names one memory: a card restarted on a new answer is a new one."""

    card: Hashable
    rating: int
    reviewed_at: datetime


def _by_card(history: Iterable[PastReview]) -> list[list[PastReview]]:
    cards: dict[Hashable, list[PastReview]] = defaultdict(list)
    for review in history:
        if review.reviewed_at.tzinfo is None:
            raise ValueError(f"reviewed_at must be timezone-aware, got {review.reviewed_at}")
        if review.rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1 (Again) to 4 (Easy), not {review.rating!r}")
        cards[review.card].append(review)
    # sorted() is stable: reviews logged at the same instant keep their order.
    return [sorted(reviews, key=lambda r: r.reviewed_at) for reviews in cards.values()]


def _study_day(moment: datetime, zone: ZoneInfo, rollover_hour: int) -> date:
    return (moment.astimezone(zone) - timedelta(hours=rollover_hour)).date()


def to_items(
    history: Iterable[PastReview], *, tz: str = "UTC", rollover_hour: int = ROLLOVER_HOUR
) -> list[fsrs_rs.FSRSItem]:
    """The training items fsrs-rs expects: for each review on a later study day than the card's
    previous one, the card's reviews up to it, each with delta_t = whole days since the one before.
    """
    zone = ZoneInfo(tz)
    items: list[fsrs_rs.FSRSItem] = []
    for reviews in _by_card(history):
        sequence: list[fsrs_rs.FSRSReview] = []
        previous_day: date | None = None
        for review in reviews:
            day = _study_day(review.reviewed_at, zone, rollover_hour)
            delta_t = 0 if previous_day is None else (day - previous_day).days
            sequence.append(fsrs_rs.FSRSReview(review.rating, delta_t))
            if delta_t > 0:
                items.append(fsrs_rs.FSRSItem(list(sequence)))
            previous_day = day
    return items


def fit_items(items: Sequence[fsrs_rs.FSRSItem]) -> list[float] | None:
    """Parameters fitted to `items`; None when the optimizer has too few to learn anything."""
    if len(items) < MIN_ITEMS:
        return None
    fitted = fsrs_rs.FSRS(fsrs_rs.DEFAULT_PARAMETERS).compute_parameters(list(items))
    if list(fitted) == list(fsrs_rs.DEFAULT_PARAMETERS):
        return None
    # fsrs-rs works in float32 and clips to its own bounds; the fsrs library checks its own.
    return [
        min(max(round(value, 6), low), high)
        for value, low, high in zip(
            fitted, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
        )
    ]


def fit(
    history: Iterable[PastReview], *, tz: str = "UTC", rollover_hour: int = ROLLOVER_HOUR
) -> list[float] | None:
    """FSRS parameters fitted to one student's history; None (keep the defaults) below the
    optimizer's minimum of MIN_ITEMS reviews on a later day than their card's previous review."""
    return fit_items(to_items(history, tz=tz, rollover_hour=rollover_hour))


def predictions(
    parameters: Sequence[float] | None, history: Iterable[PastReview]
) -> list[tuple[float, bool]]:
    """(predicted recall, recalled) for each review a day or more after its card's previous one.

    The card is replayed through the fsrs Scheduler. Reviews less than a day after the previous
    one are left out: fsrs predicts certain recall there, and the optimizer does not train on them.
    """
    scheduler = (
        fsrs.Scheduler(enable_fuzzing=False)
        if parameters is None
        else fsrs.Scheduler(parameters=tuple(parameters), enable_fuzzing=False)
    )
    pairs: list[tuple[float, bool]] = []
    for reviews in _by_card(history):
        card = fsrs.Card(card_id=0, due=reviews[0].reviewed_at.astimezone(UTC))
        for review in reviews:
            moment = review.reviewed_at.astimezone(UTC)
            if card.last_review is not None and (moment - card.last_review).days >= 1:
                recall = scheduler.get_card_retrievability(card, current_datetime=moment)
                pairs.append((float(recall), review.rating > 1))
            card, _ = scheduler.review_card(card, fsrs.Rating(review.rating), moment)
    return pairs


def log_loss(parameters: Sequence[float] | None, history: Iterable[PastReview]) -> float | None:
    """Mean log loss of `parameters` (None: the defaults) predicting recall (rating > 1) in
    `history`; lower is better. None when no review can be predicted."""
    pairs = predictions(parameters, history)
    if not pairs:
        return None
    total = 0.0
    for recall, passed in pairs:
        p = min(max(recall, _EPSILON), 1 - _EPSILON)
        total -= math.log(p if passed else 1 - p)
    return total / len(pairs)
