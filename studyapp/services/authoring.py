"""A teacher's work on a set: from an article to reviewed drafts, edits, publishing."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..domain import proposals
from ..domain import questions as domain
from ..domain.generation import GenerationError, generate
from ..domain.generation.calibration import RARELY_ACCEPTED
from ..domain.question_files import QuestionSet as SetFile
from ..domain.text import detect_language, sentence_containing, slugify
from ..extensions import db
from ..models import Card, Question, QuestionSet, User
from .question_sets import (
    APPROVED,
    RETIRED,
    SyncReport,
    answer_changed,
    copy_content,
    sync,
    to_domain,
)

DRAFT, REJECTED = "draft", "rejected"


class ArticleError(ValueError):
    """The article cannot be used; `kind` is empty or too_long."""

    def __init__(self, kind: str, limit: int = 0) -> None:
        super().__init__(kind)
        self.kind = kind
        self.limit = limit


def clean_article(article: str, *, max_chars: int) -> str:
    """The article as stored: line endings normalised, outer space trimmed, length checked."""
    article = article.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not article:
        raise ArticleError("empty")
    if len(article) > max_chars:
        raise ArticleError("too_long", max_chars)
    return article


def create_set(
    owner: User,
    *,
    title: str,
    article: str,
    language: str | None,
    tags: list[str],
    max_chars: int,
    background: str | None = None,
) -> QuestionSet:
    """A draft set for `article`, with the rules' questions waiting for review; or, with
    `background` naming a back end, with a job that will propose them (generation_jobs.py)."""
    article = clean_article(article, max_chars=max_chars)
    language = language or detect_language(article)
    qset = QuestionSet(
        title=title.strip(),
        language=language,
        article=article,
        status="draft",
        tags=tags,
        owner_id=owner.id,
    )
    if background is None:
        try:
            add_drafts(qset, generate(article, language=language, title=title).questions)
        except GenerationError:
            pass
    # Added once generated: on SQLite the first write takes the lock every writer waits for.
    _add_with_free_slug(qset, slugify(title) or "set")
    if background is not None:
        from .generation_jobs import enqueue

        enqueue(qset, background)
    return qset


def add_drafts(qset: QuestionSet, drafts: list[domain.Question]) -> list[Question]:
    """The generator's questions, best first, as drafts waiting for review, after any the
    teacher wrote meanwhile (under keys of their own); none the set holds already
    (domain/proposals.py). The drafts added."""
    start = len(qset.questions)
    held = [to_domain(q) for q in qset.questions]
    added = []
    for position, draft in enumerate(proposals.new_drafts(held, drafts), start=start):
        question = _new_question(draft, position, status=DRAFT)
        question.key = _free_key(qset, draft.id) if start else draft.id
        question.confidence = draft.confidence
        qset.questions.append(question)
        added.append(question)
    db.session.flush()
    return added


def _add_with_free_slug(qset: QuestionSet, base: str) -> None:
    """Add the set under a slug no other set has, even one created at the same moment."""
    slug = base
    while True:
        if db.session.scalar(select(QuestionSet.id).where(QuestionSet.slug == slug)) is None:
            qset.slug = slug
            try:
                with db.session.begin_nested():
                    db.session.add(qset)
                return
            except IntegrityError:  # taken between the check and the insert
                pass
        slug = f"{base}-{secrets.token_hex(2)}"


def sets_owned(teacher: User) -> list[QuestionSet]:
    return list(
        db.session.scalars(
            select(QuestionSet)
            .where(QuestionSet.owner_id == teacher.id)
            .order_by(QuestionSet.updated_at.desc())
        )
    )


def set_status(question: Question, status: str) -> None:
    """Approve, reject or return to draft; only approved questions reach students."""
    if status not in (DRAFT, APPROVED, REJECTED):
        raise ValueError(status)
    question.status = status
    if status == APPROVED:
        question.needs_review = False
    db.session.flush()


def approve_best(qset: QuestionSet, count: int) -> int:
    """Approve the first `count` drafts in the generator's order, which the draft page shows
    (by confidence, with the questions that would give each other away on one sentence kept
    apart), never one of a kind reviewers rarely accept; returns how many."""
    drafts = sorted(
        (
            q
            for q in qset.questions
            if q.status == DRAFT
            and not q.needs_review
            and (q.confidence is None or q.confidence >= RARELY_ACCEPTED)
        ),
        key=lambda q: q.position,
    )[: max(0, count)]
    for question in drafts:
        question.status = APPROVED
    db.session.flush()
    return len(drafts)


class SlugTaken(ValueError):
    """The imported set's slug belongs to a set the teacher does not own."""


def import_set(owner: User, set_file: SetFile) -> SyncReport:
    """Create the teacher's set from a file, or update their own set of the same slug in place
    (by question id, so students keep their progress). A new set starts as a draft."""
    existing = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == set_file.slug))
    if existing is not None and existing.owner_id != owner.id:
        raise SlugTaken(set_file.slug)
    return sync(set_file, owner=owner, status="draft")


class NothingToPublish(ValueError):
    pass


def publish(qset: QuestionSet, published: bool) -> None:
    if published and not any(q.status == APPROVED for q in qset.questions):
        raise NothingToPublish(qset.slug)
    qset.status = "published" if published else "draft"
    db.session.flush()


def studied_by(question: Question) -> int:
    """How many students have a card on this question."""
    return (
        db.session.scalar(select(func.count(Card.id)).where(Card.question_id == question.id)) or 0
    )


@dataclass(frozen=True)
class ChangePreview:
    """What saving an edit will do to students' progress."""

    resets: bool
    students: int


def preview_change(question: Question, edited: domain.Question) -> ChangePreview:
    return ChangePreview(resets=answer_changed(question, edited), students=studied_by(question))


def save_question(
    qset: QuestionSet, question: Question | None, edited: domain.Question
) -> Question:
    """Create or update a question; a changed answer resets progress on it, a typo fix does not."""
    if question is None:
        question = _new_question(edited, len(qset.questions), status=APPROVED)
        question.key = _free_key(qset, edited.id)
        qset.questions.append(question)
    else:
        if answer_changed(question, edited):
            question.answer_version += 1
        _copy(question, edited)
        question.needs_review = False
    db.session.flush()
    return question


def _free_key(qset: QuestionSet, wanted: str) -> str:
    taken = {q.key for q in qset.questions}
    key = wanted or "q"
    while key in taken:
        key = f"{wanted or 'q'}-{secrets.token_hex(2)}"
    return key


def _new_question(draft: domain.Question, position: int, *, status: str) -> Question:
    question = Question(key=draft.id, position=position, status=status, answer_version=1)
    _copy(question, draft)
    return question


def _copy(question: Question, draft: domain.Question) -> None:
    copy_content(question, draft)
    question.explanation = draft.explanation or None  # an empty explanation is stored as none


def edit_article(qset: QuestionSet, article: str, *, max_chars: int) -> list[Question]:
    """Replace the article, move each source to its new place, flag those that changed.

    A question is flagged when the sentence holding its source is no longer in the new
    article word for word; its offsets then point at the nearest sentence for the teacher
    to fix.
    """
    new_article = clean_article(article, max_chars=max_chars)
    flagged = move_sources(qset, new_article, [q for q in qset.questions if q.status != RETIRED])
    qset.article = new_article
    db.session.flush()
    return flagged


def move_sources(qset: QuestionSet, new_article: str, questions: list[Question]) -> list[Question]:
    """Point each question's source at its text in `new_article` (the nearest occurrence);
    flag and return those whose sentence is gone. The set's article is not changed here."""
    old_article = qset.article
    flagged: list[Question] = []
    for question in questions:
        old_sentence = sentence_containing(old_article, question.source_start, question.source_end)
        source = old_article[question.source_start : question.source_end]
        found = _nearest(new_article, source, question.source_start)
        sentence_kept = old_sentence is not None and old_sentence.text in new_article
        if found is not None:
            question.source_start, question.source_end = found, found + len(source)
        else:
            question.source_start, question.source_end = _fallback(new_article, question)
        if found is None or not sentence_kept:
            question.needs_review = True
            flagged.append(question)
    return flagged


def _nearest(text: str, piece: str, near: int) -> int | None:
    if not piece:
        return None
    positions = [m.start() for m in re.finditer(re.escape(piece), text)]
    return min(positions, key=lambda p: abs(p - near)) if positions else None


def _fallback(article: str, question: Question) -> tuple[int, int]:
    sentence = sentence_containing(
        article, min(question.source_start, len(article) - 1), len(article)
    )
    if sentence is None:
        return 0, len(article)
    return sentence.start, sentence.end
