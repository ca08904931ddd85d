"""Quizzes a teacher sets a class: setting one, what is open, the results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..domain import quiz as domain
from ..extensions import db
from ..models import ClassQuiz, Classroom, Enrollment, Question, QuestionSet, QuizAttempt, User
from .quizzes import QuizError, check_size, quizzable


@dataclass(frozen=True)
class ClassQuizResult:
    """One student's line in a class quiz's results; `attempt` is None until they start."""

    student: User
    attempt: QuizAttempt | None
    correct: dict[int, bool]

    @property
    def score(self) -> domain.Score | None:
        if self.attempt is None or self.attempt.finished_at is None:
            return None
        return domain.score(self.correct.values(), len(self.attempt.question_ids))


def create_class_quiz(
    classroom: Classroom,
    qset: QuestionSet,
    *,
    n: int,
    time_limit_s: int | None,
    opens_at: datetime,
    closes_at: datetime,
    now: datetime,
) -> ClassQuiz:
    """:raises QuizError: bad count, time limit or window, or a set with nothing to ask."""
    check_size(n, time_limit_s)
    if closes_at <= opens_at:
        raise QuizError("closes_before_opens", "closes_at")
    if closes_at <= now:
        raise QuizError("closes_in_past", "closes_at")
    if not quizzable(qset):
        raise QuizError("empty", "set_id")
    class_quiz = ClassQuiz(
        classroom_id=classroom.id,
        set_id=qset.id,
        question_count=n,
        time_limit_s=time_limit_s,
        opens_at=opens_at,
        closes_at=closes_at,
        created_at=now,
    )
    db.session.add(class_quiz)
    db.session.flush()
    return class_quiz


def class_quizzes_of(classroom: Classroom) -> list[ClassQuiz]:
    return list(
        db.session.scalars(
            select(ClassQuiz)
            .where(ClassQuiz.classroom_id == classroom.id)
            .order_by(ClassQuiz.opens_at.desc())
        )
    )


def open_class_quizzes(student: User, now: datetime) -> list[ClassQuiz]:
    """Quizzes of the student's classes open now, closing soonest first."""
    return list(
        db.session.scalars(
            select(ClassQuiz)
            .join(Enrollment, Enrollment.classroom_id == ClassQuiz.classroom_id)
            .where(
                Enrollment.student_id == student.id,
                ClassQuiz.opens_at <= now,
                ClassQuiz.closes_at > now,
            )
            .order_by(ClassQuiz.closes_at)
        )
    )


def results(class_quiz: ClassQuiz) -> list[ClassQuizResult]:
    """Every student of the class, by name, with their attempt and answers."""
    attempts = {
        a.user_id: a
        for a in db.session.scalars(
            select(QuizAttempt)
            .where(QuizAttempt.class_quiz_id == class_quiz.id)
            .order_by(QuizAttempt.id.desc())
        )
    }
    rows = []
    for enrollment in class_quiz.classroom.enrollments:
        attempt = attempts.get(enrollment.student_id)
        correct = {a.question_id: a.correct for a in attempt.answers} if attempt else {}
        rows.append(ClassQuizResult(student=enrollment.student, attempt=attempt, correct=correct))
    return sorted(rows, key=lambda row: row.student.display_name.casefold())


def result_questions(class_quiz: ClassQuiz) -> list[Question]:
    """The questions the class's attempts asked, in the set's order: the results' columns."""
    ids = {
        i
        for ids in db.session.scalars(
            select(QuizAttempt.question_ids).where(QuizAttempt.class_quiz_id == class_quiz.id)
        )
        for i in ids
    }
    return list(
        db.session.scalars(
            select(Question).where(Question.id.in_(ids)).order_by(Question.position, Question.id)
        )
    )
