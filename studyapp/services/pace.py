"""A student's pace: the daily limit of new questions is one for all their sets together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select

from ..extensions import db
from ..models import Card, QuestionSet, User
from . import study, study_progress


def new_left_today(user: User, now: datetime) -> int:
    """How many questions the student may still meet for the first time today, in any set."""
    met = db.session.scalar(
        select(func.count(Card.id)).where(
            Card.user_id == user.id, Card.created_at >= study.day_start(user, now)
        )
    )
    return max(0, user.new_cards_per_day - (met or 0))


def day_progress(
    user: User, sets: Iterable[QuestionSet], *, now: datetime
) -> dict[int, study_progress.Progress]:
    """Each set's answers today and what is left, the sets taken in the order given: the new
    questions of the day go to the first sets that have some, so that what the sets show left
    today adds up to what the student can study today."""
    shown: dict[int, study_progress.Progress] = {}
    allowance = new_left_today(user, now)
    for qset in sets:
        progress = study_progress.progress(user, qset, now=now)
        new = min(progress.new, allowance)
        allowance -= new
        shown[qset.id] = replace(
            progress, remaining=progress.remaining - progress.new + new, new=new
        )
    return shown
