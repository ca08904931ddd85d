"""Item analysis of a class on a set: gathering the attempts domain.item_analysis reads.

Facility counts first attempts on each question's current answer version; discrimination is
measured on the sittings of one class quiz (the latest the class has sat on the set).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased, selectinload

from ..domain import item_analysis
from ..extensions import db
from ..models import (
    Card,
    ClassQuiz,
    Classroom,
    Question,
    QuestionSet,
    QuizAnswer,
    QuizAttempt,
    Review,
    TakenBackReview,
)
from . import challenge_outcomes


@dataclass(frozen=True)
class ClassItems:
    items: list[item_analysis.ItemStats]
    # Each (student, question)'s first attempt on the current answer, for the CSV.
    first: dict[tuple[int, int], item_analysis.Try]
    quiz: ClassQuiz | None  # the class quiz discrimination is measured on
    sittings: int


def analyse(
    classroom: Classroom,
    qset: QuestionSet,
    questions: Sequence[Question],
    student_ids: Sequence[int],
    *,
    now: datetime,
) -> ClassItems:
    versions = {q.id: q.answer_version for q in questions}
    tries = _tries(student_ids, qset)
    class_quiz = analysed_quiz(classroom, qset, now=now)
    sittings = _sittings(class_quiz, student_ids, versions, now=now)
    return ClassItems(
        items=item_analysis.analyse(
            versions, tries, sittings, challenge_outcomes.challenged(qset, student_ids)
        ),
        first=item_analysis.first_tries(tries, versions),
        quiz=class_quiz,
        sittings=len(sittings),
    )


def _tries(student_ids: Sequence[int], qset: QuestionSet) -> list[item_analysis.Try]:
    """Each card's first review on the question's current answer, every review taken back with
    undo and every quiz answer on it, of the students in the set."""
    earlier = aliased(Review)
    first_on_version = ~(
        select(earlier.id)
        .where(
            earlier.card_id == Review.card_id,
            earlier.seq < Review.seq,
            earlier.answer_version == Review.answer_version,
        )
        .exists()
    )
    reviews = db.session.execute(
        select(
            Review.user_id,
            Card.question_id,
            Review.correct,
            Review.reviewed_at,
            Review.answer_version,
        )
        .join(Card, Review.card_id == Card.id)
        .join(Question, Card.question_id == Question.id)
        .where(
            Review.user_id.in_(student_ids),
            Question.set_id == qset.id,
            Review.answer_version == Question.answer_version,
            first_on_version,
        )
    )
    # Reviews taken back with undo stay attempts: a first attempt stays first.
    taken_back = db.session.execute(
        select(
            TakenBackReview.user_id,
            TakenBackReview.question_id,
            TakenBackReview.correct,
            TakenBackReview.reviewed_at,
            TakenBackReview.answer_version,
        )
        .join(Question, TakenBackReview.question_id == Question.id)
        .where(
            TakenBackReview.user_id.in_(student_ids),
            Question.set_id == qset.id,
            TakenBackReview.answer_version == Question.answer_version,
        )
    )
    answers = db.session.execute(
        select(
            QuizAttempt.user_id,
            QuizAnswer.question_id,
            QuizAnswer.correct,
            QuizAnswer.answered_at,
            QuizAnswer.answer_version,
        )
        .join(QuizAttempt, QuizAnswer.attempt_id == QuizAttempt.id)
        .join(Question, QuizAnswer.question_id == Question.id)
        .where(
            QuizAttempt.user_id.in_(student_ids),
            QuizAttempt.set_id == qset.id,
            QuizAnswer.answer_version == Question.answer_version,
        )
    )
    return [item_analysis.Try(*row) for row in [*reviews, *taken_back, *answers]]


def analysed_quiz(classroom: Classroom, qset: QuestionSet, *, now: datetime) -> ClassQuiz | None:
    """The class quiz discrimination is measured on: the latest of the class on the set that
    has a sitting handed in or closed."""
    sat = (
        select(QuizAttempt.id)
        .where(
            QuizAttempt.class_quiz_id == ClassQuiz.id,
            QuizAttempt.finished_at.is_not(None) | (ClassQuiz.closes_at <= now),
        )
        .exists()
    )
    return db.session.scalar(
        select(ClassQuiz)
        .where(ClassQuiz.classroom_id == classroom.id, ClassQuiz.set_id == qset.id, sat)
        .order_by(ClassQuiz.opens_at.desc(), ClassQuiz.id.desc())
        .limit(1)
    )


def _sittings(
    class_quiz: ClassQuiz | None,
    student_ids: Sequence[int],
    versions: dict[int, int],
    *,
    now: datetime,
) -> list[item_analysis.Sitting]:
    """The class quiz's sittings, handed in or closed, scored out of the questions drawn. A
    question answered on an older answer version (its key was corrected since) is left out."""
    if class_quiz is None:
        return []
    attempts = db.session.scalars(
        select(QuizAttempt)
        .options(selectinload(QuizAttempt.answers))
        .where(QuizAttempt.class_quiz_id == class_quiz.id, QuizAttempt.user_id.in_(student_ids))
    )
    sittings = []
    for attempt in attempts:
        if attempt.finished_at is None and now < class_quiz.closes_at:
            continue  # still being sat
        stale = {
            a.question_id
            for a in attempt.answers
            if a.answer_version is not None and a.answer_version != versions.get(a.question_id)
        }
        sittings.append(
            item_analysis.Sitting(
                attempt_id=attempt.id,
                student_id=attempt.user_id,
                drawn=[q for q in attempt.question_ids if q not in stale],
                right=frozenset(a.question_id for a in attempt.answers if a.correct) - stale,
            )
        )
    return sittings
