"""A teacher's view of a class on one set: each student's progress, item analysis of the
questions, the class memory map and the rows of the CSV export.

Rows come from a few set-wide queries (services.progress); the numbers are defined in
domain.progress and domain.item_analysis.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..domain import item_analysis, progress
from ..domain.progress import CardRow, Retention, ReviewRow
from ..domain.scheduling import CardState
from ..extensions import db
from ..models import (
    Card,
    ClassQuiz,
    Classroom,
    Enrollment,
    Question,
    QuestionSet,
    Review,
    User,
)
from . import class_items
from .fsrs_fitting import parameters_of
from .progress import approved_questions, card_state, current_cards, reviews_since


@dataclass(frozen=True)
class StudentRow:
    student: User
    studied: int
    due_today: int
    retention: Retention
    average_recall: float | None
    last_review: datetime | None


@dataclass(frozen=True)
class MemoryRow:
    question: Question
    today: progress.ClassRecall
    on: progress.ClassRecall


@dataclass(frozen=True)
class ClassSetView:
    classroom: Classroom
    qset: QuestionSet
    questions: list[Question]
    students: list[StudentRow]
    items: list[tuple[Question, item_analysis.ItemStats]]
    quiz: ClassQuiz | None  # the class quiz discrimination is measured on
    sittings: int
    memory: list[MemoryRow]
    on: date
    export: list[dict[str, Any]]


def assigned_set(classroom: Classroom, set_id: int) -> QuestionSet | None:
    return next((a.question_set for a in classroom.assignments if a.set_id == set_id), None)


def class_students(classroom: Classroom) -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .join(Enrollment, Enrollment.student_id == User.id)
            .where(Enrollment.classroom_id == classroom.id)
            .order_by(User.display_name, User.id)
        )
    )


def moment_of(day: date, tz: str) -> datetime:
    """Noon of `day` in the time zone: the moment a date picked by a teacher stands for."""
    return datetime.combine(day, time(12), tzinfo=ZoneInfo(tz))


def _states_at(cards: Sequence[Card], moment: datetime) -> dict[int, CardState]:
    """Each card's state as it stood at `moment` (cards not yet created then are left out).

    A review after `moment` stored the card as it was before it: the earliest such snapshot
    is the state at `moment`; without one, the card has not changed since.
    """
    states = {card.id: card_state(card) for card in cards if card.created_at <= moment}
    if not cards:
        return states
    later = db.session.execute(
        select(Review.card_id, Review.previous_state)
        .where(Review.card_id.in_([c.id for c in cards]), Review.reviewed_at > moment)
        .order_by(Review.card_id, Review.reviewed_at.desc(), Review.seq.desc())
    )
    for card_id, snapshot in later:  # the last assignment per card is its earliest review
        if snapshot is None:
            states.pop(card_id, None)
        else:
            states[card_id] = CardState(
                state=snapshot["state"],
                step=snapshot["step"],
                stability=snapshot["stability"],
                difficulty=snapshot["difficulty"],
                due=datetime.fromisoformat(snapshot["due"]),
                last_review=(
                    datetime.fromisoformat(snapshot["last_review"])
                    if snapshot["last_review"]
                    else None
                ),
            )
    return states


def class_set_view(
    classroom: Classroom, qset: QuestionSet, *, now: datetime, on: date | None = None
) -> ClassSetView:
    """Each student's progress, item analysis and the class memory map on `on` (default today).

    `on` is read in the teacher's time zone; its recall is predicted at noon that day (today:
    now, once noon has passed).
    """
    tz = classroom.teacher.timezone
    today = progress.student_day(now, tz)
    on = on or today
    students = class_students(classroom)
    student_ids = [s.id for s in students]
    questions = approved_questions([qset.id])
    question_ids = [q.id for q in questions]
    cards = [card for card, _ in current_cards(student_ids, [qset.id])]
    cards_of: dict[int, list[Card]] = defaultdict(list)
    for card in cards:
        cards_of[card.user_id].append(card)
    earliest = min(
        (progress.retention_window_start(now, s.timezone) for s in students), default=now
    )
    reviews_of: dict[int, list[ReviewRow]] = defaultdict(list)
    for user_id, _, review in reviews_since(student_ids, earliest, [qset.id]):
        reviews_of[user_id].append(review)
    # The parameters that schedule each student's cards: their own, else their class's pooled.
    parameters = parameters_of(students)
    analysis = class_items.analyse(classroom, qset, questions, student_ids, now=now)

    rows, export = [], []
    by_question = {q.id: q for q in questions}
    for student in students:
        own = [CardRow(c.question_id, card_state(c)) for c in cards_of[student.id]]
        recalls = progress.recall_now(question_ids, own, now=now, parameters=parameters[student.id])
        studied = [r.recall for r in recalls if r.recall is not None]
        rows.append(
            StudentRow(
                student=student,
                studied=len(own),
                due_today=progress.due_today(own, now=now, tz=student.timezone),
                retention=progress.true_retention(
                    reviews_of[student.id], now=now, tz=student.timezone
                ),
                average_recall=sum(studied) / len(studied) if studied else None,
                last_review=max(
                    (c.last_review for c in cards_of[student.id] if c.last_review), default=None
                ),
            )
        )
        card_by_question = {c.question_id: c for c in cards_of[student.id]}
        for recall in sorted(recalls, key=lambda r: by_question[r.question_id].position):
            export.append(
                _export_row(
                    student,
                    by_question[recall.question_id],
                    card_by_question.get(recall.question_id),
                    recall.recall,
                    analysis.first.get((student.id, recall.question_id)),
                )
            )

    # Past today's noon, today stands for now: else what the class studied since is left out.
    moment = max(moment_of(on, tz), now) if on == today else moment_of(on, tz)
    memory = _memory(questions, cards, parameters, now=now, on=moment)
    return ClassSetView(
        classroom=classroom,
        qset=qset,
        questions=questions,
        students=rows,
        items=[(by_question[s.question_id], s) for s in analysis.items],
        quiz=analysis.quiz,
        sittings=analysis.sittings,
        memory=memory,
        on=on,
        export=export,
    )


def _memory(
    questions: Sequence[Question],
    cards: Sequence[Card],
    parameters: dict[int, list[float] | None],
    *,
    now: datetime,
    on: datetime,
) -> list[MemoryRow]:
    """Average recall per question today and on the chosen day, what fades most first."""
    question_ids = [q.id for q in questions]

    def at(states: dict[int, CardState], moment: datetime) -> dict[int, progress.ClassRecall]:
        rows = [
            (CardRow(c.question_id, states[c.id]), parameters[c.user_id])
            for c in cards
            if c.id in states
        ]
        return progress.class_recall(question_ids, rows, moment=moment)

    current = {c.id: card_state(c) for c in cards}
    today = at(current, now)
    then = at(current if on >= now else _states_at(cards, on), on)
    memory = [MemoryRow(q, today[q.id], then[q.id]) for q in questions]
    return sorted(
        memory,
        key=lambda m: (m.on.average is None, m.on.average or 0.0, m.question.position),
    )


STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}

EXPORT_COLUMNS = (
    "student",
    "email",
    "question",
    "prompt",
    "state",
    "reviews",
    "first_attempt_correct",
    "due",
    "recall_now",
)


def _export_row(
    student: User,
    question: Question,
    card: Card | None,
    recall: float | None,
    first: item_analysis.Try | None,
) -> dict[str, Any]:
    return {
        "student": student.display_name,
        "email": student.email,
        "question": question.key,
        "prompt": question.prompt,
        "state": STATE_NAMES.get(card.state, "") if card else "new",
        "reviews": card.reps if card else 0,
        "first_attempt_correct": "" if first is None else ("yes" if first.correct else "no"),
        "due": card.due.isoformat() if card else "",
        "recall_now": "" if recall is None else f"{recall:.3f}",
    }
