"""Challenges of a marking: a student challenges an answer marked wrong, and the set's teacher
sees them queued by class and set. The teacher's decisions (accept, reject, undo) are in
challenge_decisions.py; fixing the key is editing the question (domain.challenges.KEY_FIXED)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from ..domain import challenges as domain
from ..extensions import db
from ..models import (
    Card,
    Challenge,
    Classroom,
    Enrollment,
    Question,
    QuestionSet,
    QuizAnswer,
    QuizAttempt,
    Review,
    User,
)
from .held_back import held_back
from .quizzes import answers_shown


class ChallengeError(Exception):
    """A challenge or decision that cannot be made; `kind` says why."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class Queued:
    """An open challenge as the teacher's queue shows it."""

    challenge: Challenge
    question: Question
    same_answer: int  # students who gave the same answer, the challenger included
    acceptable: bool


def challenge_review(student: User, review: Review, *, note: str, now: datetime) -> Challenge:
    """Challenge one of the student's own study reviews.

    :raises ChallengeError: not theirs, held back by an open class quiz, not marked wrong, on
        an older answer, a bad note, already challenged, or a set without a teacher.
    """
    question = review.card.question
    if review.user_id != student.id or question.id in held_back(student.id, question.set_id, now):
        raise ChallengeError("not_found")
    return _add(student, question, review, note, now, review_id=review.id)


def challenge_quiz_answer(
    student: User, answer: QuizAnswer, *, note: str, now: datetime
) -> Challenge:
    """Challenge an answer of the student's own quiz, once its review shows the answers (a
    class quiz only after it closes, and no question a class quiz open for them asks).

    :raises ChallengeError: as challenge_review.
    """
    attempt, question = answer.attempt, answer.question
    hidden = not answers_shown(attempt, now) or question.id in held_back(
        student.id, question.set_id, now
    )
    if attempt.user_id != student.id or attempt.finished_at is None or hidden:
        raise ChallengeError("not_found")
    return _add(student, question, answer, note, now, quiz_answer_id=answer.id)


def _add(
    student: User,
    question: Question,
    answered: Review | QuizAnswer,
    note: str,
    now: datetime,
    **target: int,
) -> Challenge:
    """The challenge of `answered` (the review or quiz answer named by `target`), after the
    checks both kinds share."""
    note = note.strip()
    if answered.answer_version != question.answer_version:
        raise ChallengeError("stale")
    if not note or len(note) > domain.NOTE_MAX:
        raise ChallengeError("note")
    if not domain.may_challenge(question.type, answered.correct):
        raise ChallengeError("not_wrong")
    owner = question.question_set.owner_id
    if owner is None or owner == student.id:
        raise ChallengeError("no_teacher")
    [(column, target_id)] = target.items()
    same_target = getattr(Challenge, column) == target_id
    still_open = (
        (Challenge.user_id == student.id)
        & (Challenge.question_id == question.id)
        & (Challenge.status == domain.OPEN)
        & (Challenge.answer_version == question.answer_version)
    )
    if db.session.scalar(select(Challenge.id).where(same_target | still_open)) is not None:
        raise ChallengeError("already")
    challenge = Challenge(
        user_id=student.id,
        question_id=question.id,
        response=answered.response,
        answer_version=question.answer_version,
        note=note,
        status=domain.OPEN,
        created_at=now,
        **target,
    )
    db.session.add(challenge)
    db.session.flush()
    return challenge


def _class_student_ids(classroom: Classroom) -> Sequence[int]:
    return list(
        db.session.scalars(
            select(Enrollment.student_id).where(Enrollment.classroom_id == classroom.id)
        )
    )


def _open_in(classroom: Classroom, qset: QuestionSet) -> tuple[Any, ...]:
    """The open challenges of the class's students on the set (with Question joined): an
    open one on an answer changed since was settled by fixing the key."""
    return (*_on_the_key(classroom, qset), Challenge.status == domain.OPEN)


def _on_the_key(classroom: Classroom, qset: QuestionSet) -> tuple[Any, ...]:
    """The class's students' challenges on the set, made on its questions' current keys (with
    Question joined)."""
    return (
        Question.set_id == qset.id,
        Challenge.answer_version == Question.answer_version,
        Challenge.user_id.in_(_class_student_ids(classroom)),
    )


def queue(classroom: Classroom, qset: QuestionSet) -> list[Queued]:
    """The open challenges of the class's students on the set, oldest first."""
    rows = list(
        db.session.execute(
            select(Challenge, Question)
            .join(Question, Challenge.question_id == Question.id)
            .where(*_open_in(classroom, qset))
            .order_by(Challenge.created_at, Challenge.id)
        )
    )
    givers = _students_by_answer({question for _, question in rows})
    return [
        Queued(
            challenge=challenge,
            question=question,
            same_answer=len(
                givers[question.id][domain.same_answer_key(question.type, challenge.response)]
            ),
            acceptable=domain.may_accept(question.type),
        )
        for challenge, question in rows
    ]


def recently_decided(classroom: Classroom, qset: QuestionSet, limit: int = 10) -> list[Challenge]:
    """The class's last decisions on the set that can still be undone (the key not edited
    since), latest first."""
    return list(
        db.session.scalars(
            select(Challenge)
            .join(Question, Challenge.question_id == Question.id)
            .where(*_on_the_key(classroom, qset), Challenge.status.in_(domain.DECISIONS))
            .order_by(Challenge.decided_at.desc(), Challenge.id.desc())
            .limit(limit)
        )
    )


def open_count(classroom: Classroom, qset: QuestionSet) -> int:
    return (
        db.session.scalar(
            select(func.count(Challenge.id))
            .join(Question, Challenge.question_id == Question.id)
            .where(*_open_in(classroom, qset))
        )
        or 0
    )


def _students_by_answer(questions: set[Question]) -> dict[int, dict[str, set[int]]]:
    """For each question, who gave each answer (as the grader tells answers apart) on its
    current key, by review or by quiz, among every student."""
    givers: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    if not questions:
        return givers
    by_id = {q.id: q for q in questions}
    reviews = select(Review.user_id, Card.question_id, Review.response, Review.answer_version).join(
        Card, Review.card_id == Card.id
    )
    answers = select(
        QuizAttempt.user_id, QuizAnswer.question_id, QuizAnswer.response, QuizAnswer.answer_version
    ).join(QuizAttempt, QuizAnswer.attempt_id == QuizAttempt.id)
    for statement, column in ((reviews, Card.question_id), (answers, QuizAnswer.question_id)):
        for user_id, question_id, response, version in db.session.execute(
            statement.where(column.in_(by_id))
        ):
            question = by_id[question_id]
            if version == question.answer_version:
                key = domain.same_answer_key(question.type, response)
                givers[question_id][key].add(user_id)
    return givers


def taught_challenge(
    teacher: User, classroom: Classroom, qset: QuestionSet, challenge_id: int
) -> Challenge | None:
    """The challenge if it is on the teacher's own set, by a student of this class."""
    challenge = db.session.get(Challenge, challenge_id)
    if (
        challenge is None
        or challenge.question.set_id != qset.id
        or qset.owner_id != teacher.id
        or challenge.user_id not in _class_student_ids(classroom)
    ):
        return None
    return challenge
