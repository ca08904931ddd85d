"""A file imported into a teacher's set: first what it will change, then, once confirmed, the
change, in one transaction and only if the set is still as it was when the plan was shown.

What an import never does: replace a set's article with a file that carries none (GIFT, CSV
and card text hold questions, not an article), or touch the teacher's drafts and rejected
questions. The file's questions are matched to the set's published ones by id.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..domain import questions as domain
from ..domain.question_files import QuestionSet as SetFile
from ..domain.text import sentence_containing, split_sentences
from ..extensions import db
from ..models import Question, QuestionSet, User
from .authoring import DRAFT, REJECTED, SlugTaken, move_sources
from .question_sets import APPROVED, RETIRED, answer_changed, copy_content, sync

NEW_SET = "new"


class StaleImport(ValueError):
    """The set changed between the preview and the confirmation."""


@dataclass(frozen=True)
class Change:
    key: str
    prompt: str


@dataclass
class ImportPlan:
    """What importing the file will do to the set (nothing is written to make it)."""

    slug: str
    title: str
    created: bool
    added: list[Change] = field(default_factory=list)
    kept: list[Change] = field(default_factory=list)  # changed; students keep their progress
    reset: list[Change] = field(default_factory=list)  # answer changed; progress starts over
    retired: list[Change] = field(default_factory=list)
    unchanged: int = 0
    held_back: list[Change] = field(default_factory=list)  # id taken by a draft or rejected
    article_kept: bool = False
    version: str = NEW_SET

    @property
    def changes(self) -> bool:
        return bool(self.added or self.kept or self.reset or self.retired)


def plan(owner: User, set_file: SetFile) -> ImportPlan:
    """What importing `set_file` would do; raises SlugTaken for another teacher's set."""
    qset = _own_set(owner, set_file.slug)
    if qset is None:
        changes = [Change(q.id, q.prompt) for q in set_file.questions]
        return ImportPlan(set_file.slug, set_file.title, created=True, added=changes)
    result = ImportPlan(
        qset.slug,
        qset.title,
        created=False,
        article_kept=_keeps_article(qset, set_file),
        version=version(qset),
    )
    held = {q.key for q in qset.questions if q.status in (DRAFT, REJECTED)}
    managed = {q.key: q for q in qset.questions if q.status in (APPROVED, RETIRED)}
    for new in set_file.questions:
        change = Change(new.id, new.prompt)
        old = managed.pop(new.id, None)
        if new.id in held:
            result.held_back.append(change)
        elif old is None or old.status == RETIRED:
            result.added.append(change)
        elif answer_changed(old, new):
            result.reset.append(change)
        elif _content_differs(old, new):
            result.kept.append(change)
        else:
            result.unchanged += 1
    result.retired = [Change(q.key, q.prompt) for q in managed.values() if q.status == APPROVED]
    return result


def apply(owner: User, set_file: SetFile, expected_version: str) -> ImportPlan:
    """Import `set_file` as `plan` described it; StaleImport if the set changed since."""
    planned = plan(owner, set_file)
    if planned.version != expected_version:
        raise StaleImport(set_file.slug)
    if planned.created:
        sync(set_file, owner=owner, status="draft")
        return planned
    qset = _own_set(owner, set_file.slug)
    assert qset is not None  # the plan found it
    in_file = {q.id for q in set_file.questions}
    held = {c.key for c in planned.held_back}
    if not planned.article_kept:
        if set_file.article != qset.article:
            others = [q for q in qset.questions if q.key not in in_file or q.key in held]
            move_sources(qset, set_file.article, others)
        qset.article = set_file.article
        qset.has_article = set_file.has_article
        qset.language = set_file.language
    if set_file.has_article or not _title_is_file_name(set_file):
        qset.title = set_file.title
    if set_file.has_article:
        qset.tags = list(set_file.tags)
    rows = {q.key: q for q in qset.questions if q.status in (APPROVED, RETIRED)}
    for position, new in enumerate(q for q in set_file.questions if q.id not in held):
        _import_question(qset, rows.pop(new.id, None), new, position, planned.article_kept)
    for old in rows.values():
        old.status = RETIRED
    db.session.flush()
    return planned


def _import_question(
    qset: QuestionSet, old: Question | None, new: domain.Question, position: int, keep: bool
) -> None:
    """One question of the file onto its row (a new one if none); with `keep` (the set keeps
    its article) a matched question keeps its source, a new one gets the sentence of its
    answer, or the first sentence and a flag for the teacher to check."""
    question = old or Question(key=new.id, status=APPROVED, answer_version=1)
    source = (question.source_start, question.source_end) if old is not None else None
    if old is not None and answer_changed(old, new):
        old.answer_version += 1
    copy_content(question, new)
    question.position = position
    question.status = APPROVED
    if old is None:
        qset.questions.append(question)
    if not keep:
        question.needs_review = False
        return
    if source is None:
        located = _locate(qset.article, new)
        question.needs_review = located is None
        source = located or _first_sentence(qset.article)
    question.source_start, question.source_end = source


def version(qset: QuestionSet) -> str:
    """A digest of everything an import reads or writes in the set: a plan made against one
    version is refused against another."""
    rows = sorted(
        (
            q.key,
            q.status,
            q.type,
            q.prompt,
            q.choices,
            q.answer,
            q.answer_version,
            q.category,
            q.explanation,
            q.source_start,
            q.source_end,
        )
        for q in qset.questions
    )
    state = [qset.title, qset.article, qset.has_article, qset.tags, rows]
    encoded = json.dumps(state, ensure_ascii=False, default=str, sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _own_set(owner: User, slug: str) -> QuestionSet | None:
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is not None and qset.owner_id != owner.id:
        raise SlugTaken(slug)
    return qset


def _keeps_article(qset: QuestionSet, set_file: SetFile) -> bool:
    return qset.has_article and not set_file.has_article


def _title_is_file_name(set_file: SetFile) -> bool:
    """A CSV or card file's title is its file name: no reason to rename the set."""
    return set_file.path is not None and set_file.title == Path(set_file.path).stem.strip()


def _content_differs(old: Question, new: domain.Question) -> bool:
    return (old.prompt, old.choices, old.category, old.explanation or None) != (
        new.prompt,
        new.choices,
        new.category,
        new.explanation or None,
    )


def _locate(article: str, question: domain.Question) -> tuple[int, int] | None:
    """The sentence of `article` holding the question's answer, if it is there word for word."""
    answer = question.answer
    candidates = answer if isinstance(answer, list) else [answer]
    for candidate in candidates:
        if not isinstance(candidate, str) or len(candidate.strip()) < 2:
            continue
        start = article.find(candidate.strip())
        if start != -1:
            sentence = sentence_containing(article, start, start + len(candidate.strip()))
            if sentence is not None:
                return sentence.start, sentence.end
    return None


def _first_sentence(article: str) -> tuple[int, int]:
    sentences = split_sentences(article)
    return (sentences[0].start, sentences[0].end) if sentences else (0, len(article))
