"""Review history written straight into the database, for the FSRS fitting tests."""

from __future__ import annotations

from fsrs.scheduler import DEFAULT_PARAMETERS

from studyapp.domain.optimizer import PastReview
from studyapp.domain.simulation import simulate
from studyapp.extensions import db
from studyapp.models import Card, Question, QuestionSet, Review

# A student who forgets faster than the defaults expect.
FAST_FORGETTER = list(DEFAULT_PARAMETERS)
FAST_FORGETTER[0:4] = [0.05, 0.3, 0.8, 2.5]
FAST_FORGETTER[8] = 1.0
FAST_FORGETTER[20] = 0.5


def diligent(cards: int, seed: int, days: int = 300) -> list[PastReview]:
    """A fast forgetter who studies every card the day it is due. At 60 cards that is enough for
    the optimizer; reviews at scattered gaps would fall below its outlier filter's group sizes."""
    return simulate(FAST_FORGETTER, cards=cards, days=days, seed=seed, late_chance=0)


def store_history(user_id: int, history: list[PastReview]) -> None:
    """Log `history` as `user_id`'s reviews: one flashcard per simulated card, in a set of its own.

    Needs an app context; flushes, the caller commits.
    """
    keys = list(dict.fromkeys(review.card for review in history))
    qset = QuestionSet(slug=f"history-{user_id}", title="History", article="...")
    questions = [
        Question(
            key=f"q{n}",
            position=n,
            type="flashcard",
            prompt=f"{n}?",
            answer=str(n),
            source_start=0,
            source_end=3,
        )
        for n in range(len(keys))
    ]
    qset.questions = questions
    db.session.add(qset)
    cards = {}
    for key, question in zip(keys, questions, strict=True):
        first = min(r.reviewed_at for r in history if r.card == key)
        cards[key] = Card(user_id=user_id, question=question, state=2, due=first, reps=0)
    db.session.add_all(cards.values())
    for review in sorted(history, key=lambda r: r.reviewed_at):
        card = cards[review.card]
        db.session.add(
            Review(
                card=card,
                user_id=user_id,
                seq=card.reps,
                rating=review.rating,
                correct=review.rating > 1,
                score=float(review.rating > 1),
                response="",
                reviewed_at=review.reviewed_at,
            )
        )
        card.reps += 1
    db.session.flush()
