"""The teacher's decision on a challenge: accept it (the answer joins the key and every answer
giving it, of every student, is graded again), reject it with a reply, or undo either while the
question's key is the one decided on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ..domain import challenges as domain
from ..extensions import db
from ..models import Challenge
from .challenges import ChallengeError
from .regrading import Regraded, regrade_question


def accept(challenge: Challenge, *, reply: str, now: datetime) -> Regraded:
    """The challenged answer joins the question's accepted answers; every review and quiz
    answer of every student is graded again, and the open challenges giving the same answer
    are accepted with this one.

    :raises ChallengeError: decided already, or a question without accepted answers.
    """
    question = challenge.question
    _check_open(challenge)
    if not domain.may_accept(question.type):
        raise ChallengeError("cannot_accept")
    try:
        question.answer = domain.accepting(list(question.answer), str(challenge.response))
    except ValueError as error:
        raise ChallengeError("cannot_accept") from error
    for other in _giving_the_same(challenge, domain.OPEN):
        _decide(other, domain.ACCEPTED, reply, now)
    db.session.flush()
    return regrade_question(question)


def reject(challenge: Challenge, *, reply: str, now: datetime) -> None:
    """:raises ChallengeError: decided already, or no reply (the student is owed a reason)."""
    _check_open(challenge)
    if not reply.strip():
        raise ChallengeError("reply")
    _decide(challenge, domain.REJECTED, reply, now)
    db.session.flush()


def _check_open(challenge: Challenge) -> None:
    current = challenge.question.answer_version
    if domain.outcome(challenge.status, challenge.answer_version, current) != domain.OPEN:
        raise ChallengeError("decided")


def _decide(challenge: Challenge, status: str, reply: str, now: datetime) -> None:
    if len(reply) > domain.REPLY_MAX:
        raise ChallengeError("reply")
    challenge.status = status
    challenge.reply = reply.strip() or None
    challenge.decided_at = now


def undo(challenge: Challenge) -> Regraded | None:
    """The decision taken back: the challenge, and those accepted with it, are open again; an
    accepted answer leaves the key and every answer is graded again with the key as it was
    (the regrade's count, or None after a rejection).

    :raises ChallengeError: still open, or the key was edited since (the edit settled it).
    """
    question = challenge.question
    if challenge.status not in domain.DECISIONS:
        raise ChallengeError("not_decided")
    if challenge.answer_version != question.answer_version:
        raise ChallengeError("key_changed")
    if challenge.status == domain.REJECTED:
        _reopen(challenge)
        db.session.flush()
        return None
    try:
        question.answer = domain.withdrawing(question.type, question.answer, challenge.response)
    except ValueError as error:
        raise ChallengeError("key_changed") from error  # the answer was taken out by hand
    for other in _giving_the_same(challenge, domain.ACCEPTED):
        _reopen(other)
    db.session.flush()
    return regrade_question(question)


def _giving_the_same(challenge: Challenge, status: str) -> list[Challenge]:
    """The challenges of that status on the challenge's question and key that give the same
    answer (the challenge among them, if of that status): those one acceptance decides."""
    question = challenge.question
    key = domain.same_answer_key(question.type, challenge.response)
    rows = db.session.scalars(
        select(Challenge).where(
            Challenge.question_id == question.id,
            Challenge.status == status,
            Challenge.answer_version == question.answer_version,
        )
    )
    return [c for c in rows if domain.same_answer_key(question.type, c.response) == key]


def _reopen(challenge: Challenge) -> None:
    challenge.status = domain.OPEN
    challenge.reply = None
    challenge.decided_at = None
