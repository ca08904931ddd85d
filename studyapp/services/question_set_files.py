"""Question sets from the database in the file shape, for export."""

from __future__ import annotations

from sqlalchemy import select

from ..domain.question_files import QuestionSet as SetFile
from ..extensions import db
from ..models import QuestionSet
from .question_sets import APPROVED, to_domain


def set_file(slug: str) -> SetFile | None:
    """The set with `slug` as its file shape, or None: the approved questions only, what
    students see (drafts and rejected questions are the teacher's work in progress)."""
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is None:
        return None
    return SetFile(
        slug=qset.slug,
        title=qset.title,
        language=qset.language,
        article=qset.article,
        questions=[to_domain(q) for q in qset.questions if q.status == APPROVED],
        tags=list(qset.tags or []),
        has_article=qset.has_article,
    )
