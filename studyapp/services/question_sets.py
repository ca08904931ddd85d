"""Question sets in the database: load from the domain shape, keep students' progress."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..domain import questions as domain
from ..domain.question_files import QuestionSet as SetFile
from ..extensions import db
from ..models import Question, QuestionSet, User

# Questions dropped from a file are retired, not deleted, so progress survives a re-add.
RETIRED = "retired"
APPROVED = "approved"


@dataclass
class SyncReport:
    slug: str
    created: bool = False
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reset: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)


def to_domain(question: Question) -> domain.Question:
    article = question.question_set.article
    return domain.Question(
        id=question.key,
        type=question.type,
        category=question.category,
        prompt=question.prompt,
        choices=list(question.choices) if question.choices is not None else None,
        answer=question.answer,
        source=domain.Source(
            question.source_start,
            question.source_end,
            article[question.source_start : question.source_end],
        ),
        explanation=question.explanation,
        confidence=question.confidence,
        extra=dict(question.extra or {}),
    )


def answer_changed(old: Question, new: domain.Question) -> bool:
    """A changed answer (or type) resets progress; a fixed typo in the prompt does not."""
    if old.type == new.type == "multi" and isinstance(new.answer, list):
        return sorted(old.answer) != sorted(new.answer)  # the right choices, in any order
    return old.type != new.type or old.answer != new.answer


def sync(set_file: SetFile, *, owner: User | None = None, status: str = "published") -> SyncReport:
    """Create or update the set with `set_file`'s slug, matching questions by their id."""
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == set_file.slug))
    report = SyncReport(slug=set_file.slug, created=qset is None)
    if qset is None:
        qset = QuestionSet(slug=set_file.slug, owner=owner, status=status)
        db.session.add(qset)
    qset.title = set_file.title
    qset.language = set_file.language
    qset.article = set_file.article
    qset.has_article = set_file.has_article
    qset.tags = list(set_file.tags)
    existing = {q.key: q for q in qset.questions}
    for position, new in enumerate(set_file.questions):
        old = existing.pop(new.id, None)
        if old is None:
            qset.questions.append(_new_question(new, position))
            report.added.append(new.id)
            continue
        if answer_changed(old, new):
            old.answer_version += 1
            report.reset.append(new.id)
        elif old.status != RETIRED and _differs(old, new, position):
            report.updated.append(new.id)
        _apply(old, new, position)
    for old in existing.values():
        if old.status != RETIRED:
            old.status = RETIRED
            report.retired.append(old.key)
    db.session.flush()
    return report


def _new_question(new: domain.Question, position: int) -> Question:
    question = Question(key=new.id, status="approved", answer_version=1)
    _apply(question, new, position)
    return question


def _apply(question: Question, new: domain.Question, position: int) -> None:
    question.position = position
    copy_content(question, new)
    # From the file only: an edit in the app's form neither sees nor clears them.
    question.confidence = new.confidence
    question.extra = dict(new.extra) or None
    if question.status == RETIRED:
        question.status = "approved"


def copy_content(question: Question, new: domain.Question) -> None:
    """What a question asks and answers, from the domain shape onto the row (not its key,
    position, status or answer version: those are the caller's)."""
    question.type = new.type
    question.category = new.category
    question.prompt = new.prompt
    question.choices = list(new.choices) if new.choices is not None else None
    question.answer = new.answer
    question.source_start = new.source.start
    question.source_end = new.source.end
    question.explanation = new.explanation


def _differs(old: Question, new: domain.Question, position: int) -> bool:
    return (
        old.prompt,
        old.choices,
        old.category,
        old.explanation,
        old.extra or {},
        old.source_start,
        old.source_end,
        old.position,
    ) != (
        new.prompt,
        new.choices,
        new.category,
        new.explanation,
        new.extra,
        new.source.start,
        new.source.end,
        position,
    )


def published_sets() -> list[QuestionSet]:
    return list(
        db.session.scalars(
            select(QuestionSet).where(QuestionSet.status == "published").order_by(QuestionSet.title)
        )
    )


def get_published(slug: str) -> QuestionSet | None:
    return db.session.scalar(
        select(QuestionSet).where(QuestionSet.slug == slug, QuestionSet.status == "published")
    )


def all_sets() -> list[QuestionSet]:
    return list(db.session.scalars(select(QuestionSet).order_by(QuestionSet.slug)))


def teachers_of(slugs: list[str]) -> dict[str, User]:
    """The teacher owning each of these slugs' sets; the library's sets have none."""
    rows = db.session.execute(
        select(QuestionSet.slug, User)
        .join(User, QuestionSet.owner_id == User.id)
        .where(QuestionSet.slug.in_(slugs))
    )
    return {slug: teacher for slug, teacher in rows}
