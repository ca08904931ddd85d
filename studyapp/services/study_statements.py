"""The pieces the study statements share: the set's studied questions, the student's cards.

The study pages' statements are built once, with these parameters bound per call: building
a statement costs more CPU than SQLite takes to run it.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import aliased

from ..models import Card, Question, QuestionSet, Review, User

STUDYABLE = "approved"
# Ids are integer columns (4 bytes on PostgreSQL): a larger number names no row, and binding
# it would fail rather than find nothing.
MAX_ID = 2**31 - 1

USER = bindparam("user_id")
SET = bindparam("set_id")


def in_set(held: bool = False):  # type: ignore[no-untyped-def]
    """The set's studied questions; with `held`, not those of the "held" list."""
    studied = (Question.set_id == SET) & (Question.status == STUDYABLE)
    return studied & Question.id.not_in(bindparam("held", expanding=True)) if held else studied


def current_card():  # type: ignore[no-untyped-def]
    """Cards on the question's current answer; older ones count as new again."""
    return (Card.user_id == USER) & (Card.answer_version == Question.answer_version)


def students_card():  # type: ignore[no-untyped-def]
    """Join condition: the student's card on the question, whatever answer it was on."""
    return (Card.question_id == Question.id) & (Card.user_id == USER)


def resting_today():  # type: ignore[no-untyped-def]
    """True for a question whose sentence another question shares that the student answered
    since `start`: the two give each other away (a gap's prompt shows the rest of its
    sentence), so it waits for the rest of the queue, as Anki buries the other cards of a note.
    Spans that only touch, or are empty (a set without its article), share nothing.

    The resting questions are one list, found from the day's reviews (ix_reviews_user_time)
    once per statement: no subquery runs per candidate row."""
    answered, sibling, card = aliased(Question), aliased(Question), aliased(Card)
    overlapping = (
        (answered.id != sibling.id)
        & (answered.source_start < sibling.source_end)
        & (sibling.source_start < answered.source_end)
    )
    today = (
        select(sibling.id)
        .join(answered, (answered.set_id == SET) & overlapping)
        .join(card, card.question_id == answered.id)
        .join(Review, Review.card_id == card.id)
        .where(sibling.set_id == SET, Review.user_id == USER)
        .where(Review.reviewed_at >= bindparam("start"))
    )
    return Question.id.in_(today)


def published_slug():  # type: ignore[no-untyped-def]
    return (QuestionSet.slug == bindparam("slug")) & (QuestionSet.status == "published")


def introduced_since():  # type: ignore[no-untyped-def]
    """How many cards the student has met for the first time since `start`."""
    return select(func.count(Card.id)).where(
        Card.user_id == USER, Card.created_at >= bindparam("start")
    )


def ids(user: User, qset: QuestionSet) -> dict[str, int]:
    return {"user_id": user.id, "set_id": qset.id}


def held_ids(held: frozenset[int]) -> dict[str, list[int]]:
    """The "held" parameter of the statements built with held=True."""
    return {"held": sorted(held)} if held else {}
