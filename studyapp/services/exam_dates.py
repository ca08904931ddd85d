"""Exam dates: a teacher's on a set given to a class, a student's own on a set they study, and
what the plan toward the next one (domain.exam_plan) predicts for a student.

A student works toward the nearest exam on the set that is today or later, theirs or one of
their classes'. Dates are days of each student's own calendar. Nothing needs clearing once an
exam has passed: the plan only reads dates still ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from ..domain import exam_plan
from ..domain.exam_plan import Exam, Forecast, Memory
from ..domain.progress import student_day
from ..domain.scheduling import CardState
from ..extensions import db
from ..models import (
    Assignment,
    Card,
    Classroom,
    Enrollment,
    Question,
    QuestionSet,
    StudentExam,
    User,
)
from .card_states import card_state
from .fsrs_fitting import parameters_for, parameters_of
from .question_sets import APPROVED

# How far ahead an exam may be set.
MAX_DAYS_AHEAD = 366


class ExamDateError(ValueError):
    """A date that may not be set: `reason` is "past" or "far"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class StudentPlan:
    """A student's next exam on a set, with the plan's forecast (None on the exam day)."""

    qset: QuestionSet
    day: date
    days_left: int
    forecast: Forecast | None


def check_day(day: date, *, today: date) -> None:
    """:raises ExamDateError: `day` is before `today` or more than MAX_DAYS_AHEAD after it."""
    if day < today:
        raise ExamDateError("past")
    if day > today + timedelta(days=MAX_DAYS_AHEAD):
        raise ExamDateError("far")


def set_own_exam(user: User, qset: QuestionSet, day: date | None, *, now: datetime) -> None:
    """The student's own exam date on the set; None removes it."""
    row = db.session.scalar(
        select(StudentExam).where(StudentExam.user_id == user.id, StudentExam.set_id == qset.id)
    )
    if day is None:
        if row is not None:
            db.session.delete(row)
    else:
        check_day(day, today=student_day(now, user.timezone))
        if row is None:
            db.session.add(StudentExam(user_id=user.id, set_id=qset.id, exam_on=day))
        else:
            row.exam_on = day
    db.session.flush()


def set_class_exam(assignment: Assignment, day: date | None, *, now: datetime) -> None:
    """The teacher's exam date on a set given to a class (in the teacher's calendar); None
    removes it."""
    if day is not None:
        check_day(day, today=student_day(now, assignment.classroom.teacher.timezone))
    assignment.exam_on = day
    db.session.flush()


def own_exams(user: User) -> dict[int, date]:
    """The dates the student set themselves, by set id."""
    rows = db.session.execute(
        select(StudentExam.set_id, StudentExam.exam_on).where(StudentExam.user_id == user.id)
    )
    return {set_id: day for set_id, day in rows}


def next_exams(user: User, set_ids: Sequence[int], *, now: datetime) -> dict[int, date]:
    """The nearest exam today or later per set, the student's own or their classes'."""
    if not set_ids:
        return {}
    today = student_day(now, user.timezone)
    own = select(StudentExam.set_id, StudentExam.exam_on).where(
        StudentExam.user_id == user.id,
        StudentExam.set_id.in_(set_ids),
        StudentExam.exam_on >= today,
    )
    given = (
        select(Assignment.set_id, Assignment.exam_on)
        .join(Enrollment, Enrollment.classroom_id == Assignment.classroom_id)
        .where(
            Enrollment.student_id == user.id,
            Assignment.set_id.in_(set_ids),
            Assignment.exam_on >= today,
        )
    )
    nearest: dict[int, date] = {}
    for set_id, day in [*db.session.execute(own), *db.session.execute(given)]:
        nearest[set_id] = min(day, nearest.get(set_id, day))
    return nearest


def memory_of(user: User, parameters: list[float] | None) -> Memory:
    return Memory(user.desired_retention, None if parameters is None else tuple(parameters))


def plans(user: User, sets: Sequence[QuestionSet], *, now: datetime) -> list[StudentPlan]:
    """The student's sets with an exam today or later, nearest first, with their forecasts."""
    days = next_exams(user, [s.id for s in sets], now=now)
    memory = memory_of(user, parameters_for(user))
    found = []
    for qset in sets:
        if qset.id not in days:
            continue
        exam = Exam(days[qset.id], user.timezone)
        left = exam.days_left(now)
        found.append(
            StudentPlan(
                qset,
                exam.day,
                left,
                _forecast(user, qset, exam, memory, now=now, questions=_approved(qset)),
            )
        )
    return sorted(found, key=lambda plan: (plan.day, plan.qset.title))


@dataclass(frozen=True)
class ClassExam:
    """The class's exam on a set, with each student's forecast (by student id)."""

    day: date
    days_left: int  # in the teacher's calendar
    forecasts: dict[int, Forecast]


def class_exam(
    classroom: Classroom, qset: QuestionSet, students: Sequence[User], *, now: datetime
) -> ClassExam | None:
    """The class's exam date on the set, if one is set and not past."""
    assignment = next((a for a in classroom.assignments if a.set_id == qset.id), None)
    if assignment is None or assignment.exam_on is None:
        return None
    days_left = (assignment.exam_on - student_day(now, classroom.teacher.timezone)).days
    if days_left < 0:
        return None
    forecasts = class_forecasts(assignment, students, now=now)
    return ClassExam(assignment.exam_on, days_left, forecasts)


def class_forecasts(
    assignment: Assignment, students: Sequence[User], *, now: datetime
) -> dict[int, Forecast]:
    """Each student's forecast toward the class's exam date on the set (by student id); none
    for a student whose exam day has come."""
    if assignment.exam_on is None:
        return {}
    parameters = parameters_of(students)
    qset = assignment.question_set
    questions = _approved(qset)  # the same for every student: counted once
    forecasts = {}
    for student in students:
        exam = Exam(assignment.exam_on, student.timezone)
        memory = memory_of(student, parameters[student.id])
        forecast = _forecast(student, qset, exam, memory, now=now, questions=questions)
        if forecast is not None:
            forecasts[student.id] = forecast
    return forecasts


def _approved(qset: QuestionSet) -> int:
    """How many approved questions the set has."""
    count = db.session.scalar(
        select(func.count(Question.id)).where(
            Question.set_id == qset.id, Question.status == APPROVED
        )
    )
    return count or 0


def _forecast(
    user: User,
    qset: QuestionSet,
    exam: Exam,
    memory: Memory,
    *,
    now: datetime,
    questions: int,
) -> Forecast | None:
    if exam.days_left(now) == 0:
        return None
    states, introduced_today = _cards(user, qset, now=now)
    return exam_plan.forecast(
        states,
        max(0, questions - len(states)),
        introduced_today=introduced_today,
        daily_limit=user.new_cards_per_day,
        now=now,
        exam=exam,
        memory=memory,
    )


def _cards(user: User, qset: QuestionSet, *, now: datetime) -> tuple[list[CardState], int]:
    """The student's cards on the set's approved questions (current answer), and how many of
    them were met today."""
    rows = db.session.scalars(
        select(Card)
        .join(Question, Card.question_id == Question.id)
        .where(
            Card.user_id == user.id,
            Question.set_id == qset.id,
            Question.status == APPROVED,
            Card.answer_version == Question.answer_version,
        )
    )
    cards = list(rows)
    today = student_day(now, user.timezone)
    met_today = sum(student_day(c.created_at, user.timezone) == today for c in cards)
    return [card_state(c) for c in cards], met_today
