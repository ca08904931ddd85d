# ruff: noqa: F811  (the fixture imported from test_next_item is used as an argument)
"""Toward an exam date the study queue spreads the set's new questions over the days left;
without one, or once the exam has come, the daily limit alone decides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from studyapp.domain.scheduling import State
from studyapp.extensions import db
from studyapp.models import Card, StudentExam
from studyapp.services import study, study_progress
from tests.services.test_next_item import NOW, give_card, student  # noqa: F401

MINUTE = timedelta(minutes=1)


def met_two_today(user, questions) -> None:  # type: ignore[no-untyped-def]
    """Two new questions met this morning, their next learning step later today."""
    for question in questions[:2]:
        give_card(user, question, State.Learning, NOW + 60 * MINUTE)
    for card in db.session.scalars(select(Card).where(Card.user_id == user.id)):
        card.created_at = NOW - 60 * MINUTE
    db.session.flush()


@pytest.mark.parametrize(
    ("exam_day", "new_shown"),
    [
        (None, True),  # no exam: 2 of the 20 a day met, more to come
        (date(2026, 4, 1), False),  # 40 questions over 27 days: 2 a day, met already
        (date(2026, 3, 4), True),  # two days left: all of them now
        (date(2026, 3, 2), True),  # the exam is today: plain FSRS again
        (date(2026, 2, 20), True),  # an exam that has passed changes nothing
    ],
)
def test_new_questions_are_spread_up_to_the_exam_and_not_after_it(
    student,
    exam_day,
    new_shown,
) -> None:  # type: ignore[no-untyped-def]
    user, qset, questions = student
    met_two_today(user, questions)
    if exam_day is not None:
        db.session.add(StudentExam(user_id=user.id, set_id=qset.id, exam_on=exam_day))
        db.session.flush()
    item = study.next_item(user, qset, now=NOW)
    assert (item is not None and item.card is None) == new_shown
    progress = study_progress.progress(user, qset, now=NOW)
    assert (progress.remaining > 2) == new_shown  # the two learning steps, then new ones
