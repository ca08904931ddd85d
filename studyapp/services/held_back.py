"""Questions held back from a student while a class quiz asks them.

While a quiz set for one of the student's classes is open (from its opening to its close,
whether or not the student has handed it in), the questions it asks are neither studied nor
asked in a personal quiz on the same set, and no page shows their answers: else a student
could read the answers in study, or hand a personal quiz in at once and read its review, and
pass them round the class. They come back when the quiz closes.

The questions a class quiz asks are those its attempts drew, and those a start now would
draw (every student of the class draws the same, from the quiz's seed).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ..domain import quiz as domain
from ..extensions import db
from ..models import ClassQuiz, Enrollment, QuizAttempt
from .question_sets import APPROVED
from .quiz_draw import draw


def class_quiz_draw(class_quiz: ClassQuiz) -> list[int]:
    """The questions a start of the class quiz draws now: the same for the whole class."""
    questions = [
        q
        for q in class_quiz.question_set.questions
        if q.status == APPROVED and q.type in domain.QUIZ_TYPES
    ]
    return draw(questions, class_quiz.question_count, f"class-quiz:{class_quiz.id}")


def open_class_quizzes_on(student_id: int, set_id: int, now: datetime) -> list[ClassQuiz]:
    """The quizzes on the set, of the student's classes, open now."""
    return list(
        db.session.scalars(
            select(ClassQuiz)
            .join(Enrollment, Enrollment.classroom_id == ClassQuiz.classroom_id)
            .where(
                Enrollment.student_id == student_id,
                ClassQuiz.set_id == set_id,
                ClassQuiz.opens_at <= now,
                ClassQuiz.closes_at > now,
            )
        )
    )


def held_back(student_id: int, set_id: int, now: datetime) -> frozenset[int]:
    """Ids of the set's questions the student may not study or see answered now."""
    open_quizzes = open_class_quizzes_on(student_id, set_id, now)
    if not open_quizzes:
        return frozenset()
    held = {i for class_quiz in open_quizzes for i in class_quiz_draw(class_quiz)}
    drawn = db.session.scalars(
        select(QuizAttempt.question_ids).where(
            QuizAttempt.class_quiz_id.in_([class_quiz.id for class_quiz in open_quizzes])
        )
    )
    held.update(i for ids in drawn for i in ids)
    return frozenset(held)
