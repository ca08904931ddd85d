"""Database models: data only. No url_for, no commit; services flush and the request commits."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from .extensions import db


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every database (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; store times timezone-aware in UTC")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


ROLES = ("student", "teacher", "admin")
# active; pending: a teacher waiting for the administrator's approval; suspended: no sign-in.
STATUSES = ("active", "pending", "suspended")


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="student")
    locale: Mapped[str] = mapped_column(String(8), default="ar")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    new_cards_per_day: Mapped[int] = mapped_column(Integer, default=20)
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9)
    # FSRS parameters fitted to this student's own reviews; None: the class's or the defaults.
    fsrs_parameters: Mapped[list[float] | None] = mapped_column(JSON, default=None)
    fsrs_fitted_reviews: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of the id the session cookie carries: bumping it ends every session of the account.
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")

    @property
    def is_teacher(self) -> bool:
        """A teacher the school let in: one waiting for approval may not teach yet."""
        return self.role == "teacher" and self.status == "active"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"


class QuestionSet(db.Model):
    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(8), default="ar")
    article: Mapped[str] = mapped_column(Text)
    # False for a set imported from GIFT or CSV: `article` then holds the imported file, the
    # questions' sources point into it, and students must never see it (it is the answer key).
    has_article: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16), default="published")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    owner: Mapped[User | None] = relationship()
    questions: Mapped[list[Question]] = relationship(
        back_populates="question_set", order_by="Question.position", cascade="all, delete-orphan"
    )


class Question(db.Model):
    """One question of a set; `key` is the stable id from the file, kept across edits."""

    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("set_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32), default="fact")
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    answer: Mapped[Any] = mapped_column(JSON)
    source_start: Mapped[int] = mapped_column(Integer)
    source_end: Mapped[int] = mapped_column(Integer)
    explanation: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(16), default="approved")
    confidence: Mapped[float | None] = mapped_column(Float, default=None)
    # The file's `extra` mapping, kept as it is for tools (a Moodle id, GIFT weights ...).
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # Set when an edit of the article changed or removed this question's source sentence.
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    # Bumped when the answer changes, so students' cards on the old answer start again.
    answer_version: Mapped[int] = mapped_column(Integer, default=1)

    question_set: Mapped[QuestionSet] = relationship(back_populates="questions")


class Card(db.Model):
    """A student's memory of one question: the FSRS state, created at the first answer."""

    __tablename__ = "cards"
    __table_args__ = (
        UniqueConstraint("user_id", "question_id"),
        Index("ix_cards_user_due", "user_id", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    state: Mapped[int] = mapped_column(Integer)
    step: Mapped[int | None] = mapped_column(Integer, default=None)
    stability: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty: Mapped[float | None] = mapped_column(Float, default=None)
    due: Mapped[datetime] = mapped_column(UTCDateTime)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    answer_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    question: Mapped[Question] = relationship()


class Review(db.Model):
    """One answer to a card. (card_id, seq) is unique: a double submit records one review."""

    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("card_id", "seq"),
        Index("ix_reviews_user_time", "user_id", "reviewed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    rating: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    response: Mapped[Any] = mapped_column(JSON, default=None)
    elapsed_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The card as it was before this review, so that undo can put it back exactly.
    previous_state: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # The question's answer version the review was given on (None: logged before it was kept).
    answer_version: Mapped[int | None] = mapped_column(Integer, default=None)

    card: Mapped[Card] = relationship()


class TakenBackReview(db.Model):
    """A review the student took back with undo, kept for the teacher's item analysis: a
    first attempt stays first, and a student cannot answer, read the answer, undo and answer
    again to turn a wrong first attempt into a right one."""

    __tablename__ = "taken_back_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_back_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answer_version: Mapped[int | None] = mapped_column(Integer, default=None)


class Classroom(db.Model):
    """A teacher's class; students join it with its short code."""

    __tablename__ = "classrooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    # FSRS parameters fitted to the pooled reviews of the class, for students without their own.
    fsrs_parameters: Mapped[list[float] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    teacher: Mapped[User] = relationship()
    enrollments: Mapped[list[Enrollment]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan"
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan", order_by="Assignment.assigned_at"
    )


class Enrollment(db.Model):
    __tablename__ = "enrollments"
    __table_args__ = (UniqueConstraint("classroom_id", "student_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id", ondelete="CASCADE"))
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="enrollments")
    student: Mapped[User] = relationship()


class Assignment(db.Model):
    """A question set given to a class; its students see it first."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("classroom_id", "set_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id", ondelete="CASCADE"))
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The teacher's exam date on the set, a date of each student's own calendar.
    exam_on: Mapped[date | None] = mapped_column(Date, default=None)

    classroom: Mapped[Classroom] = relationship(back_populates="assignments")
    question_set: Mapped[QuestionSet] = relationship()


class StudentExam(db.Model):
    """An exam date a student set themselves on a set they study."""

    __tablename__ = "student_exams"
    __table_args__ = (UniqueConstraint("user_id", "set_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    exam_on: Mapped[date] = mapped_column(Date)


class ClassQuiz(db.Model):
    """A quiz a teacher sets for a class, open between two times."""

    __tablename__ = "class_quizzes"

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(
        ForeignKey("classrooms.id", ondelete="CASCADE"), index=True
    )
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    question_count: Mapped[int] = mapped_column(Integer, default=10)
    time_limit_s: Mapped[int | None] = mapped_column(Integer, default=None)
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    classroom: Mapped[Classroom] = relationship()
    question_set: Mapped[QuestionSet] = relationship()


class QuizAttempt(db.Model):
    """One sitting of a quiz: the questions drawn, in order, and the score when finished."""

    __tablename__ = "quiz_attempts"
    __table_args__ = (
        Index("ix_quiz_attempts_user_set", "user_id", "set_id"),
        # One attempt per student at a class quiz; personal quizzes (no class quiz) are free.
        UniqueConstraint("user_id", "class_quiz_id", name="uq_quiz_attempts_user_class_quiz"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    class_quiz_id: Mapped[int | None] = mapped_column(
        ForeignKey("class_quizzes.id", ondelete="SET NULL"), default=None, index=True
    )
    question_ids: Mapped[list[int]] = mapped_column(JSON)
    time_limit_s: Mapped[int | None] = mapped_column(Integer, default=None)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)

    answers: Mapped[list[QuizAnswer]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="QuizAnswer.position"
    )
    question_set: Mapped[QuestionSet] = relationship()
    class_quiz: Mapped[ClassQuiz | None] = relationship()


class QuizAnswer(db.Model):
    __tablename__ = "quiz_answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("quiz_attempts.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    response: Mapped[Any] = mapped_column(JSON, default=None)
    correct: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # True when the answer also counted as a spaced-repetition review (the card was new or due).
    counted_as_review: Mapped[bool] = mapped_column(Boolean, default=False)
    # The question's answer version it was graded on (None: logged before it was kept).
    answer_version: Mapped[int | None] = mapped_column(Integer, default=None)

    attempt: Mapped[QuizAttempt] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()


class AttemptCounter(db.Model):
    """A count of failed attempts (sign-ins, join codes) that expires: the counters every app
    server shares through the database when there is no Redis."""

    __tablename__ = "attempt_counters"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Challenge(db.Model):
    """A student's challenge of a marking: a study review or a quiz answer marked wrong that
    they think was right, with their note, until the set's teacher decides.

    `status` is open, accepted or rejected; an open challenge whose question's answer has
    changed since (`answer_version`) was settled by the teacher fixing the key.
    """

    __tablename__ = "challenges"
    __table_args__ = (Index("ix_challenges_question_status", "question_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    # One challenge per review or quiz answer; undoing the review takes its challenge with it.
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), unique=True, default=None
    )
    quiz_answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("quiz_answers.id", ondelete="CASCADE"), unique=True, default=None
    )
    response: Mapped[Any] = mapped_column(JSON, default=None)
    answer_version: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    reply: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    question: Mapped[Question] = relationship()
    student: Mapped[User] = relationship()


class GenerationJob(db.Model):
    """Questions being proposed for a set off the request path (services/generation_jobs.py).

    Any app process's worker may claim a queued job, or a running one whose heartbeat has
    stopped (its process died); `attempts` is bumped by each claim, so two claimers cannot
    both win."""

    __tablename__ = "generation_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(
        ForeignKey("question_sets.id", ondelete="CASCADE"), index=True
    )
    backend: Mapped[str] = mapped_column(String(16), default="rules")
    # queued, running, done or failed
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    steps_done: Mapped[int] = mapped_column(Integer, default=0)
    steps_total: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(80), default=None)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # What the model proposed and why questions were dropped (domain/generation/backends).
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    question_set: Mapped[QuestionSet] = relationship()
