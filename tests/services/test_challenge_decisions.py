"""Accepting a challenge: the answer joins the key, every student's answers giving it are
graded again, each card's FSRS state is replayed from its corrected log (checked against
fsrs itself), quiz scores follow; rejecting leaves everything as it was."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card as FsrsCard
from fsrs import Rating, ReviewLog, Scheduler
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Card, Challenge, Classroom, Question, QuizAttempt, Review, User
from studyapp.services import (
    answering,
    authoring,
    challenge_decisions,
    challenge_outcomes,
    challenges,
    quizzes,
    study,
)
from studyapp.services.question_sets import to_domain
from tests.challenge_world import KEY, OTHER, OTHER_SPELLED, build

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# Neither fast nor slow for the short question: a right answer is Good.
STEADY_MS = 12_000


def _answer(user_id: int, question_id: int, response: str, at: datetime) -> Review:
    user = db.session.get(User, user_id)
    item = study.item_of(user, db.session.get(Question, question_id))
    outcome = answering.answer(
        user, item, seq=item.seq, response=response, now=at, elapsed_ms=STEADY_MS
    )
    db.session.commit()
    return outcome.review


def _fsrs_card(user: User, ratings: list[int], times: list[datetime]) -> FsrsCard:
    """What fsrs itself makes of the history, replayed with its own reschedule_card."""
    scheduler = Scheduler(desired_retention=user.desired_retention, enable_fuzzing=False)
    logs = [
        ReviewLog(card_id=1, rating=Rating(r), review_datetime=t, review_duration=None)
        for r, t in zip(ratings, times, strict=True)
    ]
    return scheduler.reschedule_card(FsrsCard(card_id=1, due=times[0]), logs)


@pytest.fixture
def world(app, make_user):  # type: ignore[no-untyped-def]
    teacher = make_user("teacher")
    students = [make_user("student") for _ in range(3)]
    with app.app_context():
        made = build(teacher.id, [s.id for s in students])
    return made, teacher, students


def test_accepting_regrades_every_student_and_replays_their_cards_as_fsrs_would(app, world):
    made, _teacher, (salma, omar, huda) = world
    with app.app_context():
        times = [T0, T0 + timedelta(days=1), T0 + timedelta(days=3, hours=2)]
        # Salma writes the other right answer twice, then the key; Omar spells it his way once.
        # Huda writes a wrong answer, which stays wrong.
        for at, response in zip(times, [OTHER, OTHER, KEY], strict=True):
            _answer(salma.id, made.typed_id, response, at)
        first = db.session.scalar(
            select(Review).where(Review.user_id == salma.id).order_by(Review.seq)
        )
        _answer(omar.id, made.typed_id, OTHER_SPELLED, T0 + timedelta(hours=5))
        _answer(huda.id, made.typed_id, "ابن سينا", T0 + timedelta(hours=6))
        assert [r.rating for r in db.session.scalars(select(Review).order_by(Review.id))] == [
            1,
            1,
            3,
            1,
            1,
        ]

        user = db.session.get(User, salma.id)
        challenge = challenges.challenge_review(
            user, first, note="هذا اسمه الكامل في المقال", now=T0 + timedelta(days=4)
        )
        db.session.commit()
        regraded = challenge_decisions.accept(challenge, reply="", now=T0 + timedelta(days=5))
        db.session.commit()

        assert regraded.students == {salma.id, omar.id}
        question = db.session.get(Question, made.typed_id)
        assert question.answer == [KEY, OTHER]
        assert question.answer_version == 1  # an answer accepted is no new key: nobody restarts
        assert db.session.get(Challenge, challenge.id).status == "accepted"

        for student_id, ratings, at in (
            (salma.id, [3, 3, 3], times),
            (omar.id, [3], [T0 + timedelta(hours=5)]),
        ):
            card = db.session.scalar(select(Card).where(Card.user_id == student_id))
            reviews = db.session.scalars(
                select(Review).where(Review.card_id == card.id).order_by(Review.seq)
            ).all()
            assert [r.rating for r in reviews] == ratings
            assert all(r.correct for r in reviews)
            expected = _fsrs_card(db.session.get(User, student_id), ratings, at)
            assert card.state == expected.state.value
            assert card.step == expected.step
            assert card.stability == pytest.approx(expected.stability)
            assert card.difficulty == pytest.approx(expected.difficulty)
            assert card.due == expected.due
            assert card.last_review == expected.last_review
        huda_review = db.session.scalar(select(Review).where(Review.user_id == huda.id))
        assert (huda_review.correct, huda_review.rating) == (False, 1)


def test_undo_after_a_regrade_puts_back_the_replayed_state(app, world):
    made, _teacher, (salma, _omar, _huda) = world
    with app.app_context():
        first = _answer(salma.id, made.typed_id, OTHER, T0)
        _answer(salma.id, made.typed_id, KEY, T0 + timedelta(days=1))
        user = db.session.get(User, salma.id)
        challenge = challenges.challenge_review(user, first, note="الاسم الكامل", now=T0)
        challenge_decisions.accept(challenge, reply="", now=T0 + timedelta(days=2))
        db.session.commit()
        answering.undo_last(db.session.get(User, salma.id), now=T0 + timedelta(days=2))
        db.session.commit()
        card = db.session.scalar(select(Card).where(Card.user_id == salma.id))
        expected = _fsrs_card(db.session.get(User, salma.id), [3], [T0])
        assert (card.due, card.stability) == (expected.due, pytest.approx(expected.stability))


def test_accepting_recomputes_the_quiz_scores_of_every_student(app, world):
    made, _teacher, (salma, omar, _huda) = world
    with app.app_context():
        scores = {}
        for student, response in ((salma, OTHER), (omar, OTHER_SPELLED)):
            user = db.session.get(User, student.id)
            attempt = quizzes.start_attempt(
                user,
                db.session.get(Question, made.typed_id).question_set,
                n=2,
                time_limit_s=None,
                now=T0,
                seed="fixed",
            )
            for question in quizzes.questions_of(attempt):
                answer = response if question.type == "short" else "بغداد"
                quizzes.answer(user, attempt, question, answer, now=T0 + timedelta(minutes=1))
            db.session.commit()
            scores[student.id] = attempt.id
            assert attempt.score == 0.5
        attempt = db.session.get(QuizAttempt, scores[salma.id])
        wrong = next(a for a in attempt.answers if not a.correct)
        challenge = challenges.challenge_quiz_answer(
            db.session.get(User, salma.id), wrong, note="الاسم الكامل", now=T0 + timedelta(hours=1)
        )
        challenge_decisions.accept(challenge, reply="", now=T0 + timedelta(hours=2))
        db.session.commit()
        for attempt_id in scores.values():
            assert db.session.get(QuizAttempt, attempt_id).score == 1.0


def test_rejecting_needs_a_reply_and_changes_no_marking(app, world):
    made, _teacher, (salma, _omar, _huda) = world
    with app.app_context():
        first = _answer(salma.id, made.typed_id, OTHER, T0)
        user = db.session.get(User, salma.id)
        challenge = challenges.challenge_review(user, first, note="الاسم الكامل", now=T0)
        with pytest.raises(challenges.ChallengeError, match="reply"):
            challenge_decisions.reject(challenge, reply="  ", now=T0)
        challenge_decisions.reject(challenge, reply="السؤال عن اسم الشهرة", now=T0)
        db.session.commit()
        assert db.session.get(Question, made.typed_id).answer == [KEY]
        assert db.session.get(Review, first.id).correct is False
        outcome = challenge_outcomes.outcomes(
            user, db.session.get(Question, made.typed_id).question_set, now=T0
        )
        assert [(o.outcome, o.challenge.reply) for o in outcome] == [
            ("rejected", "السؤال عن اسم الشهرة")
        ]


def test_a_student_challenges_only_a_wrong_answer_of_their_own_once(app, world):
    made, _teacher, (salma, omar, _huda) = world
    with app.app_context():
        wrong = _answer(salma.id, made.typed_id, OTHER, T0)
        right = _answer(omar.id, made.typed_id, KEY, T0)
        user, other = db.session.get(User, salma.id), db.session.get(User, omar.id)
        with pytest.raises(challenges.ChallengeError, match="not_found"):
            challenges.challenge_review(other, wrong, note="…", now=T0)
        with pytest.raises(challenges.ChallengeError, match="not_wrong"):
            challenges.challenge_review(other, right, note="…", now=T0)
        with pytest.raises(challenges.ChallengeError, match="note"):
            challenges.challenge_review(user, wrong, note="   ", now=T0)
        challenges.challenge_review(user, wrong, note="الاسم الكامل", now=T0)
        with pytest.raises(challenges.ChallengeError, match="already"):
            challenges.challenge_review(user, wrong, note="مرة أخرى", now=T0)


def test_undoing_a_challenged_answer_takes_its_challenge_with_it(app, world):
    made, _teacher, (salma, _omar, _huda) = world
    with app.app_context():
        wrong = _answer(salma.id, made.typed_id, OTHER, T0)
        user = db.session.get(User, salma.id)
        challenges.challenge_review(user, wrong, note="الاسم الكامل", now=T0)
        db.session.commit()
        answering.undo_last(db.session.get(User, salma.id), now=T0 + timedelta(minutes=1))
        db.session.commit()
        db.session.expire_all()
        assert db.session.scalar(select(Challenge)) is None


def test_fixing_the_key_in_the_editor_settles_the_challenge(app, world):
    made, teacher, (salma, _omar, _huda) = world
    with app.app_context():
        wrong = _answer(salma.id, made.typed_id, OTHER, T0)
        user = db.session.get(User, salma.id)
        challenges.challenge_review(user, wrong, note="الاسم الكامل", now=T0)
        db.session.commit()
        question = db.session.get(Question, made.typed_id)
        qset = question.question_set
        classroom = db.session.get(Classroom, made.class_id)
        assert len(challenges.queue(classroom, qset)) == 1
        edited = to_domain(question)
        edited.answer = [OTHER]
        authoring.save_question(qset, question, edited)
        db.session.commit()
        assert challenges.queue(classroom, qset) == []
        [outcome] = challenge_outcomes.outcomes(user, qset, now=T0)
        assert outcome.outcome == "key_fixed"
        with pytest.raises(challenges.ChallengeError, match="decided"):
            challenge_decisions.reject(outcome.challenge, reply="…", now=T0)
