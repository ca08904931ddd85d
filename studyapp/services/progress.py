"""Progress pages: a student's own numbers, and a teacher's view of a class on one set.

Rows are gathered in a few set-wide queries (never one per card) and handed to
domain.progress and domain.item_analysis, which define every number shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..domain import progress
from ..domain.progress import CardCounts, CardRow, HeatCell, Recall, Retention, ReviewRow
from ..extensions import db
from ..models import (
    Card,
    Question,
    QuestionSet,
    Review,
    User,
)
from . import classes
from .card_states import card_state
from .fsrs_fitting import parameters_for
from .study_statements import STUDYABLE


@dataclass(frozen=True)
class Report:
    """One student's numbers over some questions."""

    counts: CardCounts
    due_today: int
    forecast: list[int]
    retention: Retention
    heatmap: list[HeatCell]
    streak: int
    reviewed_today: bool


@dataclass(frozen=True)
class SetRow:
    qset: QuestionSet
    counts: CardCounts
    due_today: int
    retention: Retention


@dataclass(frozen=True)
class Overview:
    report: Report
    sets: list[SetRow]


@dataclass(frozen=True)
class QuestionRecall:
    question: Question
    recall: Recall


@dataclass(frozen=True)
class SetProgress:
    qset: QuestionSet
    report: Report
    questions: list[QuestionRecall]


# --- gathering rows (shared with services.class_progress) ---------------------------


def approved_questions(set_ids: Sequence[int]) -> list[Question]:
    return list(
        db.session.scalars(
            select(Question)
            .where(Question.set_id.in_(set_ids), Question.status == STUDYABLE)
            .order_by(Question.set_id, Question.position)
        )
    )


def current_cards(user_ids: Sequence[int], set_ids: Sequence[int]) -> list[tuple[Card, int]]:
    """(card, set id) of the users' cards on the current answer of approved questions."""
    rows = db.session.execute(
        select(Card, Question.set_id)
        .join(Question, Card.question_id == Question.id)
        .where(
            Card.user_id.in_(user_ids),
            Question.set_id.in_(set_ids),
            Question.status == STUDYABLE,
            Card.answer_version == Question.answer_version,
        )
    )
    return [(row.Card, row.set_id) for row in rows]


def reviews_since(
    user_ids: Sequence[int], since: datetime, set_ids: Sequence[int] | None
) -> list[tuple[int, int, ReviewRow]]:
    """(user id, set id, review) of the users' reviews since `since`."""
    query = (
        select(
            Review.user_id,
            Review.rating,
            Review.reviewed_at,
            Review.previous_state,
            Review.answer_version,
            Question.id,
            Question.set_id,
        )
        .join(Card, Review.card_id == Card.id)
        .join(Question, Card.question_id == Question.id)
        .where(Review.user_id.in_(user_ids), Review.reviewed_at >= since)
    )
    if set_ids is not None:
        query = query.where(Question.set_id.in_(set_ids))
    return [
        (
            row.user_id,
            row.set_id,
            ReviewRow(
                question_id=row.id,
                rating=row.rating,
                reviewed_at=row.reviewed_at,
                state_before=state_before(row.previous_state, row.answer_version),
            ),
        )
        for row in db.session.execute(query)
    ]


def state_before(previous: dict[str, Any] | None, answer_version: int | None) -> int | None:
    """The fsrs state of the card when a review was given; None for a new card. The first
    answer after the question's answer changed restarted the card: a new card's first answer,
    though the review keeps the old card's snapshot for undo."""
    if previous is None:
        return None
    if answer_version is not None and previous.get("answer_version") != answer_version:
        return None
    return previous.get("state")


def _review_times(
    user: User, set_ids: Sequence[int] | None, since: datetime | None
) -> list[datetime]:
    query = select(Review.reviewed_at).where(Review.user_id == user.id)
    if set_ids is not None:
        query = (
            query.join(Card, Review.card_id == Card.id)
            .join(Question, Card.question_id == Question.id)
            .where(Question.set_id.in_(set_ids))
        )
    if since is not None:
        query = query.where(Review.reviewed_at >= since)
    return list(db.session.scalars(query))


# --- a student's own progress ----------------------------------------------------------


def _report(
    user: User,
    question_ids: Sequence[int],
    cards: list[CardRow],
    reviews: list[ReviewRow],
    set_ids: Sequence[int] | None,
    *,
    now: datetime,
) -> Report:
    zone = ZoneInfo(user.timezone)
    today = progress.student_day(now, zone)
    window_start = today - timedelta(days=today.weekday() + 7 * (progress.HEATMAP_WEEKS - 1))
    since = datetime.combine(window_start - timedelta(days=1), time(), tzinfo=zone)
    per_day = progress.reviews_per_day(_review_times(user, set_ids, since), zone)
    streak = progress.streak(per_day, today)
    if today - timedelta(days=streak) <= window_start:
        # The streak runs past the calendar: count it over the whole history.
        streak = progress.streak(
            progress.reviews_per_day(_review_times(user, set_ids, None), zone), today
        )
    return Report(
        counts=progress.card_counts(question_ids, cards),
        due_today=progress.due_today(cards, now=now, tz=zone),
        forecast=progress.forecast(cards, now=now, tz=zone),
        retention=progress.true_retention(reviews, now=now, tz=zone),
        heatmap=progress.heatmap(per_day, today),
        streak=streak,
        reviewed_today=per_day.get(today, 0) > 0,
    )


def sets_with_progress(user: User) -> list[QuestionSet]:
    """The sets the student may study, and any other they have cards in."""
    visible = classes.visible_sets(user)
    # DISTINCT over the ids only: PostgreSQL cannot compare the sets' JSON columns.
    studied_ids = (
        select(Question.set_id)
        .join(Card, Card.question_id == Question.id)
        .where(Card.user_id == user.id)
        .distinct()
    )
    studied = db.session.scalars(select(QuestionSet).where(QuestionSet.id.in_(studied_ids)))
    return list(dict.fromkeys([*visible, *studied]))


def may_see(user: User, qset: QuestionSet) -> bool:
    return qset in sets_with_progress(user)


def overview(user: User, *, now: datetime) -> Overview:
    """The student's numbers over every set, and per set."""
    qsets = sets_with_progress(user)
    set_ids = [s.id for s in qsets]
    questions = approved_questions(set_ids)
    cards = [
        (CardRow(c.question_id, card_state(c)), set_id)
        for c, set_id in current_cards([user.id], set_ids)
    ]
    since = progress.retention_window_start(now, user.timezone)
    reviews = [(set_id, r) for _, set_id, r in reviews_since([user.id], since, set_ids)]
    zone = ZoneInfo(user.timezone)
    rows = []
    for qset in qsets:
        set_cards = [card for card, set_id in cards if set_id == qset.id]
        rows.append(
            SetRow(
                qset=qset,
                counts=progress.card_counts(
                    [q.id for q in questions if q.set_id == qset.id], set_cards
                ),
                due_today=progress.due_today(set_cards, now=now, tz=zone),
                retention=progress.true_retention(
                    [r for set_id, r in reviews if set_id == qset.id], now=now, tz=zone
                ),
            )
        )
    report = _report(
        user,
        [q.id for q in questions],
        [card for card, _ in cards],
        [r for _, r in reviews],
        None,
        now=now,
    )
    return Overview(report=report, sets=rows)


def set_progress(user: User, qset: QuestionSet, *, now: datetime) -> SetProgress:
    """The student's numbers on one set, and every question's predicted recall, weakest first."""
    questions = approved_questions([qset.id])
    cards = [CardRow(c.question_id, card_state(c)) for c, _ in current_cards([user.id], [qset.id])]
    since = progress.retention_window_start(now, user.timezone)
    reviews = [r for _, _, r in reviews_since([user.id], since, [qset.id])]
    report = _report(user, [q.id for q in questions], cards, reviews, [qset.id], now=now)
    by_id = {q.id: q for q in questions}
    recalls = progress.recall_now(
        [q.id for q in questions], cards, now=now, parameters=parameters_for(user)
    )
    return SetProgress(
        qset=qset,
        report=report,
        questions=[QuestionRecall(by_id[r.question_id], r) for r in recalls],
    )
