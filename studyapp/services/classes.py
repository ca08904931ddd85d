"""Classes: a teacher's students, the join code, the sets given to them; who may study what."""

from __future__ import annotations

import secrets
from functools import cache

from sqlalchemy import Select, bindparam, select

from ..extensions import db
from ..models import Assignment, Classroom, Enrollment, QuestionSet, User

# No 0/O, 1/I/L: a code read aloud in a classroom or copied from a board stays unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6


class UnknownCode(LookupError):
    pass


def create_class(teacher: User, name: str) -> Classroom:
    classroom = Classroom(name=name.strip(), teacher_id=teacher.id, join_code=_free_code())
    db.session.add(classroom)
    db.session.flush()
    return classroom


def _free_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Classroom.id).where(Classroom.join_code == code)) is None:
            return code


def normalize_code(code: str) -> str:
    return "".join(code.split()).upper().replace("-", "")


def join(student: User, code: str) -> Classroom:
    """Put `student` in the class with this code (joining twice is harmless).

    :raises UnknownCode: no class has this code.
    """
    classroom = db.session.scalar(
        select(Classroom).where(Classroom.join_code == normalize_code(code))
    )
    if classroom is None:
        raise UnknownCode(code)
    already = db.session.scalar(
        select(Enrollment).where(
            Enrollment.classroom_id == classroom.id, Enrollment.student_id == student.id
        )
    )
    if already is None:
        db.session.add(Enrollment(classroom=classroom, student_id=student.id))
        db.session.flush()
    return classroom


def assign(classroom: Classroom, qset: QuestionSet) -> bool:
    """Give the set to the class; False when it already had it."""
    if any(a.set_id == qset.id for a in classroom.assignments):
        return False
    classroom.assignments.append(Assignment(set_id=qset.id))
    db.session.flush()
    return True


def unassign(classroom: Classroom, qset: QuestionSet) -> None:
    for assignment in list(classroom.assignments):
        if assignment.set_id == qset.id:
            classroom.assignments.remove(assignment)
    db.session.flush()


def classes_taught(teacher: User) -> list[Classroom]:
    return list(
        db.session.scalars(
            select(Classroom).where(Classroom.teacher_id == teacher.id).order_by(Classroom.name)
        )
    )


def classes_joined(student: User) -> list[Classroom]:
    return list(
        db.session.scalars(
            select(Classroom)
            .join(Enrollment, Enrollment.classroom_id == Classroom.id)
            .where(Enrollment.student_id == student.id)
            .order_by(Classroom.name)
        )
    )


def assigned_sets(student: User) -> list[QuestionSet]:
    """Published sets given to any of the student's classes, newest assignment first."""
    rows = db.session.scalars(
        select(QuestionSet)
        .join(Assignment, Assignment.set_id == QuestionSet.id)
        .join(Enrollment, Enrollment.classroom_id == Assignment.classroom_id)
        .where(Enrollment.student_id == student.id, QuestionSet.status == "published")
        .order_by(Assignment.assigned_at.desc())
    )
    return list(dict.fromkeys(rows))


def library_sets() -> list[QuestionSet]:
    """Published sets that belong to no teacher: the ones loaded from questions/."""
    return list(
        db.session.scalars(
            select(QuestionSet)
            .where(QuestionSet.owner_id.is_(None), QuestionSet.status == "published")
            .order_by(QuestionSet.title)
        )
    )


def visible_sets(user: User | None) -> list[QuestionSet]:
    """What a user may study, the sets assigned to their classes first."""
    if user is None:
        return library_sets()
    own: list[QuestionSet] = []
    if user.is_teacher:
        own = list(
            db.session.scalars(
                select(QuestionSet)
                .where(QuestionSet.owner_id == user.id, QuestionSet.status == "published")
                .order_by(QuestionSet.title)
            )
        )
    return list(dict.fromkeys([*assigned_sets(user), *own, *library_sets()]))


def can_study(user: User, qset: QuestionSet) -> bool:
    """A published set of the library, of the user's own, or given to one of their classes.

    It runs on every study page of a teacher's set, so the last case is one EXISTS rather than
    the student's assigned sets loaded to look through."""
    if qset.status != "published":
        return False
    if qset.owner_id is None or qset.owner_id == user.id:
        return True
    params = {"set_id": qset.id, "student_id": user.id}
    return bool(db.session.scalar(_assigned_statement(), params))


@cache
def _assigned_statement() -> Select:
    given = (
        select(Assignment.id)
        .join(Enrollment, Enrollment.classroom_id == Assignment.classroom_id)
        .where(
            Assignment.set_id == bindparam("set_id"),
            Enrollment.student_id == bindparam("student_id"),
        )
    )
    return select(given.exists())
