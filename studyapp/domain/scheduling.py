"""Spaced repetition: a thin wrapper over the fsrs library (FSRS-6).

Pure functions: the card state and `now` come in, a new state comes out. The algorithm is
fsrs's own; this module only converts between what the database stores (`CardState`) and
fsrs's `Card`, and says when a student's day starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fsrs import Card, Rating, Scheduler, State

DEFAULT_RETENTION = 0.9
# A student's day ends at 4 a.m. local time, so a late-night session still counts as "today".
DEFAULT_ROLLOVER_HOUR = 4
# Cards still stepping through short intervals (learning or relearning), not yet in review.
LEARNING_STATES = (State.Learning.value, State.Relearning.value)


def _utc(moment: datetime, name: str = "now") -> datetime:
    """`moment` in UTC as fsrs wants it (tzinfo is timezone.utc); naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {moment.isoformat()}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class CardState:
    """What the database stores per card; `state` is an fsrs.State value."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None

    def __post_init__(self) -> None:
        if self.state not in {s.value for s in State}:
            raise ValueError(f"state must be one of {[s.value for s in State]}, not {self.state!r}")
        _utc(self.due, "due")
        if self.last_review is not None:
            _utc(self.last_review, "last_review")

    @classmethod
    def new(cls, *, now: datetime) -> CardState:
        """A card never reviewed, due at once."""
        return cls(
            state=State.Learning.value,
            step=0,
            stability=None,
            difficulty=None,
            due=_utc(now),
            last_review=None,
        )


@dataclass(frozen=True)
class ReviewResult:
    state: CardState
    rating: int
    reviewed_at: datetime
    review_duration_ms: int | None


@lru_cache(maxsize=32)
def _scheduler(desired_retention: float, parameters: tuple[float, ...] | None) -> Scheduler:
    if not 0 < desired_retention < 1:
        raise ValueError(f"desired_retention must lie between 0 and 1, not {desired_retention}")
    # No fuzzing: the same history always gives the same due date, so schedules are
    # reproducible and testable.
    if parameters is None:
        return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)
    return Scheduler(
        parameters=parameters, desired_retention=desired_retention, enable_fuzzing=False
    )


def _parameters_key(parameters: Sequence[float] | None) -> tuple[float, ...] | None:
    return None if parameters is None else tuple(float(p) for p in parameters)


def _to_card(state: CardState) -> Card:
    return Card(
        card_id=0,  # fsrs would otherwise derive an id from the clock (and sleep 1 ms)
        state=State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_utc(state.due, "due"),
        last_review=None if state.last_review is None else _utc(state.last_review, "last_review"),
    )


def _from_card(card: Card) -> CardState:
    return CardState(
        state=card.state.value,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def review(
    state: CardState,
    rating: int,
    *,
    now: datetime,
    desired_retention: float = DEFAULT_RETENTION,
    parameters: Sequence[float] | None = None,
    duration_ms: int | None = None,
) -> ReviewResult:
    """The card's state after a review rated `rating` (1 Again .. 4 Easy) at `now`."""
    if isinstance(rating, bool) or rating not in {r.value for r in Rating}:
        raise ValueError(f"rating must be 1 (Again) to 4 (Easy), not {rating!r}")
    reviewed_at = _utc(now)
    scheduler = _scheduler(desired_retention, _parameters_key(parameters))
    card, _ = scheduler.review_card(
        _to_card(state), Rating(rating), review_datetime=reviewed_at, review_duration=duration_ms
    )
    return ReviewResult(_from_card(card), int(rating), reviewed_at, duration_ms)


def retrievability(
    state: CardState, *, now: datetime, parameters: Sequence[float] | None = None
) -> float:
    """Predicted chance (0..1) that the student recalls the card at `now`; 0 if never reviewed.

    For display: the elapsed time counts in fractional days. fsrs floors it to whole days
    (right for scheduling, which works in days), which shows 100% for everything studied
    today, a card failed a minute ago included. Same forgetting curve as fsrs (FSRS-6:
    R = (1 + factor * t / S) ** -w20, factor = 0.9 ** (-1 / w20) - 1), with the parameters
    that schedule the card.
    """
    if state.last_review is None or state.stability is None:
        return 0.0
    weights = _scheduler(DEFAULT_RETENTION, _parameters_key(parameters)).parameters
    decay = -weights[20]
    factor = 0.9 ** (1 / decay) - 1
    elapsed = (_utc(now) - _utc(state.last_review, "last_review")).total_seconds() / 86400
    return float((1 + factor * max(0.0, elapsed) / state.stability) ** decay)


def is_due(state: CardState, *, now: datetime) -> bool:
    return _utc(state.due, "due") <= _utc(now)


def _zone(tz: str | ZoneInfo) -> ZoneInfo:
    if isinstance(tz, ZoneInfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {tz!r}") from error


def _student_date(now: datetime, zone: ZoneInfo, rollover_hour: int) -> date:
    """The calendar date of the student's day that holds `now`."""
    if not 0 <= rollover_hour <= 23:
        raise ValueError(f"rollover_hour must be 0 to 23, not {rollover_hour}")
    local = _utc(now).astimezone(zone)
    return local.date() if local.hour >= rollover_hour else local.date() - timedelta(days=1)


def start_of_day(
    now: datetime, tz: str | ZoneInfo, rollover_hour: int = DEFAULT_ROLLOVER_HOUR
) -> datetime:
    """When the student's "today" began: the last local rollover at or before `now`, in UTC."""
    zone = _zone(tz)
    day = _student_date(now, zone, rollover_hour)
    return datetime.combine(day, time(rollover_hour), tzinfo=zone).astimezone(UTC)


def end_of_day(
    now: datetime, tz: str | ZoneInfo, rollover_hour: int = DEFAULT_ROLLOVER_HOUR
) -> datetime:
    """When the student's "today" ends: the next local rollover after `now`, in UTC."""
    zone = _zone(tz)
    day = _student_date(now, zone, rollover_hour) + timedelta(days=1)
    return datetime.combine(day, time(rollover_hour), tzinfo=zone).astimezone(UTC)
