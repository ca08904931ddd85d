"""Quiz attempts: starting one, answering it, finishing it; who may start a class quiz.

A quiz answer also counts as a review (through `answering.answer`) when the student's card is
due or on an older answer; a question never studied counts as its first review only while
the daily limit of new questions lets one more in (services/pace.py), so a quiz of 30 new
questions does not put 30 learning steps in today's study; past it the question stays new.
Otherwise the schedule is left alone. The start page says so, with the new questions left.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..domain import grading
from ..domain import quiz as domain
from ..extensions import db
from ..models import (
    Card,
    ClassQuiz,
    Classroom,
    Question,
    QuestionSet,
    QuizAnswer,
    QuizAttempt,
    User,
)
from . import answering, pace, study
from .held_back import class_quiz_draw, held_back
from .question_sets import to_domain
from .quiz_draw import draw
from .study_statements import STUDYABLE

QUIZ_TYPES = domain.QUIZ_TYPES


class QuizError(Exception):
    """A quiz request that cannot be done; `kind` says why, `field` which input is wrong."""

    def __init__(self, kind: str, field: str | None = None) -> None:
        super().__init__(kind if field is None else f"{field}: {kind}")
        self.kind = kind
        self.field = field


def quizzable(qset: QuestionSet) -> list[Question]:
    return [q for q in qset.questions if q.status == STUDYABLE and q.type in QUIZ_TYPES]


def quizzable_for(user: User, qset: QuestionSet, now: datetime) -> list[Question]:
    """What a personal quiz may ask the student: not the questions of a class quiz open for
    them (services/held_back.py), whose answers its review would show."""
    held = held_back(user.id, qset.id, now)
    return [q for q in quizzable(qset) if q.id not in held]


def check_size(n: int, time_limit_s: int | None) -> None:
    if not 1 <= n <= domain.MAX_QUESTIONS:
        raise QuizError("count", "question_count")
    if time_limit_s is not None and not (
        domain.MIN_TIME_LIMIT_S <= time_limit_s <= domain.MAX_TIME_LIMIT_S
    ):
        raise QuizError("time_limit", "time_limit")


def start_attempt(
    user: User,
    qset: QuestionSet,
    *,
    n: int,
    time_limit_s: int | None,
    class_quiz: ClassQuiz | None = None,
    now: datetime,
    seed: object = None,
) -> QuizAttempt:
    """Draw the questions and start the clock. A class quiz: its own count and limit, only
    while open and for its students; a second start returns the first attempt.

    :raises QuizError: bad count or time limit, nothing to ask, a class quiz not open.
    """
    if class_quiz is not None:
        earlier = attempt_at(user, class_quiz)
        if earlier is not None:
            return earlier
        if not is_student_of(user, class_quiz.classroom):
            raise QuizError("not_in_class")
        if not is_open(class_quiz, now) or class_quiz.question_set.status != "published":
            raise QuizError("closed")
        time_limit_s, qset = class_quiz.time_limit_s, class_quiz.question_set
        # Everyone in the class gets the same questions, so that the results compare.
        ids = class_quiz_draw(class_quiz)
    else:
        check_size(n, time_limit_s)
        candidates = quizzable_for(user, qset, now)
        ids = draw(candidates, n, secrets.token_hex(8) if seed is None else seed)
    if not ids:
        raise QuizError("empty")
    attempt = QuizAttempt(
        user_id=user.id,
        set_id=qset.id,
        class_quiz_id=class_quiz.id if class_quiz else None,
        question_ids=ids,
        time_limit_s=time_limit_s,
        started_at=now,
    )
    if class_quiz is None:
        db.session.add(attempt)
        db.session.flush()
        return attempt
    try:
        with db.session.begin_nested():
            db.session.add(attempt)
    except IntegrityError:  # a simultaneous start of the same class quiz got there first
        first = attempt_at(user, class_quiz)
        assert first is not None
        return first
    return attempt


def deadline(attempt: QuizAttempt) -> datetime | None:
    closes = attempt.class_quiz.closes_at if attempt.class_quiz else None
    return domain.deadline(attempt.started_at, attempt.time_limit_s, closes)


def seconds_left(attempt: QuizAttempt, now: datetime) -> int | None:
    return domain.seconds_left(deadline(attempt), now)


def finish_if_late(attempt: QuizAttempt, now: datetime, *, grace: bool = True) -> bool:
    """Finish an attempt whose time is up; True when it is finished (now or before).

    An answer sent just before the end still counts (`grace`); a page asked for after the
    end shows none of the quiz (no grace): the countdown sends the student on at zero.
    """
    grace_s = domain.GRACE_S if grace else 0
    if attempt.finished_at is None and domain.is_late(deadline(attempt), now, grace_s=grace_s):
        finish(attempt, now)
    return attempt.finished_at is not None


def questions_of(attempt: QuizAttempt) -> list[Question]:
    """The attempt's questions in the order asked; one deleted, or no longer approved, since
    is left out (it is neither asked nor shown with its answer)."""
    found = {
        q.id: q
        for q in db.session.scalars(
            select(Question).where(
                Question.id.in_(attempt.question_ids), Question.status == STUDYABLE
            )
        )
    }
    return [found[i] for i in attempt.question_ids if i in found]


def asked_question(attempt: QuizAttempt, question_id: int | None) -> Question | None:
    """The attempt's question `question_id` if it is still approved; None for any other id
    (a draft, another set's question, a number no row could have)."""
    if question_id not in attempt.question_ids:
        return None
    question = db.session.get(Question, question_id)
    return question if question is not None and question.status == STUDYABLE else None


def next_question(attempt: QuizAttempt) -> Question | None:
    answered = {a.question_id for a in attempt.answers}
    return next((q for q in questions_of(attempt) if q.id not in answered), None)


def answer_to(attempt: QuizAttempt, question: Question) -> QuizAnswer | None:
    return db.session.scalar(
        select(QuizAnswer).where(
            QuizAnswer.attempt_id == attempt.id, QuizAnswer.question_id == question.id
        )
    )


def counts_as_review(
    card: Card | None, question: Question, now: datetime, *, new_left: int
) -> bool:
    """The rule: a quiz answer is also a review when the card is due or on an older answer,
    or new while the daily limit of new questions has `new_left` > 0."""
    if card is None:
        return new_left > 0
    return card.answer_version != question.answer_version or card.due <= now


def answer(
    user: User,
    attempt: QuizAttempt,
    question: Question,
    response: Any,
    *,
    now: datetime,
    elapsed_ms: int | None = None,
) -> QuizAnswer:
    """Grade and keep an answer; a second answer to the same question returns the first.

    :raises grading.InvalidResponse: the response does not fit the question.
    :raises QuizError: not this attempt's question, the attempt is finished or its time is up.
    """
    if attempt.user_id != user.id or question.id not in attempt.question_ids:
        raise QuizError("not_in_quiz")
    if question.status != STUDYABLE:  # the teacher withdrew it since the quiz began
        raise QuizError("not_in_quiz")
    earlier = answer_to(attempt, question)
    if earlier is not None:
        return earlier
    if finish_if_late(attempt, now):
        raise QuizError("finished")
    item = study.item_of(user, question)
    new_left = pace.new_left_today(user, now) if item.card is None else 0
    counted = counts_as_review(item.card, question, now, new_left=new_left)
    if counted:
        verdict = answering.answer(
            user, item, seq=item.seq, response=response, now=now, elapsed_ms=elapsed_ms
        ).verdict
    else:
        verdict = grading.grade(to_domain(question), response, elapsed_ms=elapsed_ms)
    recorded = QuizAnswer(
        question_id=question.id,
        position=attempt.question_ids.index(question.id),
        response=response,
        correct=verdict.correct,
        score=verdict.score,
        answered_at=now,
        counted_as_review=counted,
        answer_version=question.answer_version,
    )
    try:
        with db.session.begin_nested():
            attempt.answers.append(recorded)
            db.session.flush()
    except IntegrityError:
        # Another request answered this question first: keep its answer (and its review).
        db.session.rollback()
        earlier = answer_to(attempt, question)
        if earlier is None:
            raise
        return earlier
    if next_question(attempt) is None:
        finish(attempt, now)
    return recorded


def finish(attempt: QuizAttempt, now: datetime) -> domain.Score:
    """Hand the attempt in (again is harmless): unanswered questions count as wrong."""
    result = score_of(attempt)
    if attempt.finished_at is None:
        ends = deadline(attempt)
        attempt.finished_at = min(now, ends) if ends is not None else now
        attempt.score = result.fraction
        db.session.flush()
    return result


def answers_shown(attempt: QuizAttempt, now: datetime) -> bool:
    """A class quiz shows the right answers only once it closes: the class shares questions."""
    return attempt.class_quiz is None or now >= attempt.class_quiz.closes_at


def answers_held_back(attempt: QuizAttempt, now: datetime) -> frozenset[int]:
    """Questions of a personal attempt whose answers its review may not show now: those a
    class quiz open for the student asks (the attempt began before that quiz opened)."""
    if attempt.class_quiz_id is not None:
        return frozenset()
    return held_back(attempt.user_id, attempt.set_id, now) & set(attempt.question_ids)


def score_of(attempt: QuizAttempt) -> domain.Score:
    return domain.score((a.correct for a in attempt.answers), len(attempt.question_ids))


def attempts_of(user: User, qset: QuestionSet | None = None) -> list[QuizAttempt]:
    """The user's attempts, newest first; of one set when `qset` is given."""
    query = select(QuizAttempt).where(QuizAttempt.user_id == user.id)
    if qset is not None:
        query = query.where(QuizAttempt.set_id == qset.id)
    return list(db.session.scalars(query.order_by(QuizAttempt.started_at.desc())))


# Class quizzes: who may start one, and when.


def is_open(class_quiz: ClassQuiz, now: datetime) -> bool:
    return class_quiz.opens_at <= now < class_quiz.closes_at


def is_student_of(user: User, classroom: Classroom) -> bool:
    return any(e.student_id == user.id for e in classroom.enrollments)


def attempt_at(user: User, class_quiz: ClassQuiz) -> QuizAttempt | None:
    return db.session.scalar(
        select(QuizAttempt)
        .where(QuizAttempt.user_id == user.id, QuizAttempt.class_quiz_id == class_quiz.id)
        .order_by(QuizAttempt.id)
        .limit(1)
    )
