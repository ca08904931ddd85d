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

# fsrs-rs `compute_parameters` needs a few hundred training items (one item per review on a
# later day than the card's previous one): its outlier filter first drops items whose (first
# rating, first interval) group is small, and with too few left it returns its defaults, only
# rescales the initial stabilities, or fails (NotEnoughData). On simulated students it fitted
# every parameter from about 300 items on, never below 250; MIN_ITEMS keeps a margin.
MIN_ITEMS = 400
# A fit is judged on the later quarter of the history's days, having been fitted on the rest.
HOLD_OUT_SHARE = 0.25
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


def _dated_items(
    history: Iterable[PastReview], tz: str, rollover_hour: int
) -> list[tuple[date, datetime, fsrs_rs.FSRSItem]]:
    """(study day, time, item) of each item, the day and time of the review it ends with."""
    zone = ZoneInfo(tz)
    items: list[tuple[date, datetime, fsrs_rs.FSRSItem]] = []
    for reviews in _by_card(history):
        sequence: list[fsrs_rs.FSRSReview] = []
        previous_day: date | None = None
        for review in reviews:
            day = _study_day(review.reviewed_at, zone, rollover_hour)
            delta_t = 0 if previous_day is None else (day - previous_day).days
            sequence.append(fsrs_rs.FSRSReview(review.rating, delta_t))
            if delta_t > 0:
                items.append((day, review.reviewed_at, fsrs_rs.FSRSItem(list(sequence))))
            previous_day = day
    return items


def to_items(
    history: Iterable[PastReview], *, tz: str = "UTC", rollover_hour: int = ROLLOVER_HOUR
) -> list[fsrs_rs.FSRSItem]:
    """The training items fsrs-rs expects: for each review on a later study day than the card's
    previous one, the card's reviews up to it, each with delta_t = whole days since the one before.
    """
    return [item for _, _, item in _dated_items(history, tz, rollover_hour)]


def split_items(
    history: Iterable[PastReview],
    *,
    tz: str = "UTC",
    rollover_hour: int = ROLLOVER_HOUR,
    share: float = HOLD_OUT_SHARE,
) -> tuple[list[fsrs_rs.FSRSItem], list[fsrs_rs.FSRSItem]]:
    """(training, hold-out) items in time order, split in time: the hold-out holds the items of
    the later `share` of the study days from the first review to the last (at least the last
    day)."""
    reviews = list(history)
    if not reviews:
        return [], []
    zone = ZoneInfo(tz)
    days = [_study_day(review.reviewed_at, zone, rollover_hour) for review in reviews]
    first, last = min(days), max(days)
    held_days = max(1, round(share * ((last - first).days + 1)))
    cutoff = last - timedelta(days=held_days - 1)
    # In time order: fsrs-rs weighs later items more, in training and in its loss.
    dated = sorted(_dated_items(reviews, tz, rollover_hour), key=lambda entry: entry[1])
    return (
        [item for day, _, item in dated if day < cutoff],
        [item for day, _, item in dated if day >= cutoff],
    )


def fit_items(items: Sequence[fsrs_rs.FSRSItem]) -> list[float] | None:
    """Parameters fitted to `items`; None when the optimizer has too few to learn anything."""
    if len(items) < MIN_ITEMS:
        return None
    try:
        fitted = fsrs_rs.FSRS(fsrs_rs.DEFAULT_PARAMETERS).compute_parameters(list(items))
    except ValueError:  # NotEnoughData: the outlier filter left too few
        return None
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
    """FSRS parameters fitted to one student's history; None (keep the defaults) below
    MIN_ITEMS reviews on a later day than their card's previous review."""
    return fit_items(to_items(history, tz=tz, rollover_hour=rollover_hour))


def holdout_log_loss(
    parameters: Sequence[float] | None, items: Sequence[fsrs_rs.FSRSItem]
) -> float | None:
    """The optimizer's own loss (fsrs-rs `evaluate`: the log loss `compute_parameters`
    minimises) of `parameters` (None: the defaults) on `items`; None without items."""
    if not items:
        return None
    weights = list(fsrs_rs.DEFAULT_PARAMETERS) if parameters is None else list(parameters)
    return float(fsrs_rs.FSRS(weights).evaluate(list(items)).log_loss)


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
