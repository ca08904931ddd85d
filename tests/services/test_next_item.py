"""Which card study.next_item shows: due cards, then new questions, then a learning step early."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from studyapp.domain.scheduling import State
from studyapp.extensions import db
from studyapp.models import Card, Question, QuestionSet, Review, User
from studyapp.services import study, study_statements

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


@pytest.fixture
def student(app, seed_set, make_user):  # type: ignore[no-untyped-def]
    """A student with the seed set's questions in order, and a way to give them cards."""
    student_id = make_user("student").id
    with app.app_context():
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        questions = list(
            db.session.scalars(
                select(Question)
                .where(Question.set_id == qset.id, Question.status == study_statements.STUDYABLE)
                .order_by(Question.position)
            )
        )
        yield db.session.get(User, student_id), qset, questions


def give_card(user: User, question: Question, state: State, due: datetime) -> None:
    db.session.add(
        Card(
            user_id=user.id,
            question_id=question.id,
            state=state.value,
            due=due,
            reps=1,
            answer_version=question.answer_version,
            created_at=NOW - timedelta(days=3),  # not met today: the daily limit is untouched
        )
    )
    db.session.flush()


def shown(user: User, qset: QuestionSet) -> tuple[int, State | None] | None:
    item = study.next_item(user, qset, now=NOW)
    if item is None:
        return None
    return item.question.id, State(item.card.state) if item.card else None


def test_a_due_card_comes_before_new_questions_and_learning_steps(student):
    user, qset, questions = student
    give_card(user, questions[0], State.Learning, NOW + 5 * MINUTE)
    give_card(user, questions[1], State.Review, NOW - 60 * MINUTE)
    assert shown(user, qset) == (questions[1].id, State.Review)


def test_a_learning_step_already_due_comes_before_new_questions(student):
    user, qset, questions = student
    give_card(user, questions[0], State.Learning, NOW - MINUTE)
    assert shown(user, qset) == (questions[0].id, State.Learning)


def test_new_questions_come_before_a_learning_step_that_is_not_due_yet(student):
    user, qset, questions = student
    give_card(user, questions[0], State.Learning, NOW + 5 * MINUTE)
    assert shown(user, qset) == (questions[1].id, None)


def test_with_nothing_due_or_new_the_next_learning_step_is_shown_early(student):
    user, qset, questions = student
    *others, last = questions
    # Reviews due tomorrow (after the 4 a.m. rollover) wait for tomorrow.
    for question in others:
        give_card(user, question, State.Review, NOW + timedelta(hours=20))
    give_card(user, last, State.Relearning, NOW + 10 * MINUTE)
    assert shown(user, qset) == (last.id, State.Relearning)


def test_a_review_due_later_today_is_studyable_from_the_start_of_its_day(student):
    """As in Anki, and as the progress page's "due today" counts it. The student's day (UTC
    here) ends at 04:00 tomorrow, by hand."""
    user, qset, questions = student
    day_end = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
    for question in questions:
        give_card(user, question, State.Review, day_end)  # tomorrow's
    assert shown(user, qset) is None
    cards = {c.question_id: c for c in db.session.scalars(select(Card))}
    cards[questions[1].id].due = day_end - MINUTE
    db.session.flush()
    assert shown(user, qset) == (questions[1].id, State.Review)
    cards[questions[2].id].due = NOW + 2 * MINUTE
    db.session.flush()
    assert shown(user, qset) == (questions[2].id, State.Review)  # the earlier first


def test_today_is_the_students_own_day(student):
    """In Riyadh (UTC+3) the day ends at 04:00 local, 01:00 UTC: a review due at 02:00 UTC
    is tomorrow's there, though it would be today's in UTC."""
    user, qset, questions = student
    user.timezone = "Asia/Riyadh"
    for question in questions:
        give_card(user, question, State.Review, datetime(2026, 3, 3, 2, 0, tzinfo=UTC))
    assert shown(user, qset) is None
    user.timezone = "UTC"
    assert shown(user, qset) is not None


def test_a_learning_step_is_studyable_only_once_due(student):
    """Learning steps stay minute-exact: one due later today waits (past the learn-ahead)."""
    user, qset, questions = student
    *others, last = questions
    for question in others:
        give_card(user, question, State.Review, NOW + timedelta(days=3))
    give_card(user, last, State.Learning, NOW + timedelta(hours=2))
    assert shown(user, qset) is None


def test_a_learning_step_due_later_than_the_learn_ahead_window_waits(student):
    user, qset, questions = student
    *others, last = questions
    for question in others:
        give_card(user, question, State.Review, NOW + timedelta(days=3))
    give_card(user, last, State.Learning, NOW + study.LEARN_AHEAD + MINUTE)
    assert shown(user, qset) is None


def test_past_the_daily_limit_of_new_questions_a_learning_step_is_shown_early(student):
    user, qset, questions = student
    user.new_cards_per_day = 0
    give_card(user, questions[0], State.Learning, NOW + 5 * MINUTE)
    assert shown(user, qset) == (questions[0].id, State.Learning)


def _apart(questions: list[Question]) -> None:
    """Each question on a sentence of its own (made-up spans: only their overlap matters)."""
    for n, question in enumerate(questions):
        question.source_start, question.source_end = 100 * n, 100 * n + 50
    db.session.flush()


def test_a_question_on_the_sentence_just_answered_comes_after_the_rest(student):
    """Two gaps on one sentence give each other away: once one is answered today, the other
    waits for the rest of the queue, as Anki buries a note's other cards."""
    user, qset, questions = student
    first, sibling, other, *rest = questions
    _apart(questions)
    sibling.source_start, sibling.source_end = first.source_start + 10, first.source_end + 10
    answered_at(user, first, NOW - MINUTE)
    assert shown(user, qset) == (other.id, None)  # a new question, though sibling is earlier
    give_card(user, sibling, State.Review, NOW - 60 * MINUTE)
    give_card(user, other, State.Review, NOW - 30 * MINUTE)
    assert shown(user, qset) == (other.id, State.Review)  # the less overdue card first
    card_of(user, other).due = NOW + timedelta(days=3)
    for question in rest:
        give_card(user, question, State.Review, NOW + timedelta(days=3))
    # With nothing else left it is shown: it waits, it is not lost.
    assert shown(user, qset) == (sibling.id, State.Review)


def answered_at(user: User, question: Question, when: datetime) -> None:
    """The student answered `question` at `when` (its card now due in three days)."""
    give_card(user, question, State.Review, NOW + timedelta(days=3))
    card = card_of(user, question)
    card.last_review = when
    db.session.add(
        Review(
            card_id=card.id, user_id=user.id, seq=1, rating=3, correct=True, score=1.0, response="",
            reviewed_at=when,
        )
    )  # fmt: skip
    db.session.flush()


def card_of(user: User, question: Question) -> Card:
    return db.session.scalar(
        select(Card).where(Card.user_id == user.id, Card.question_id == question.id)
    )


def test_a_question_answered_before_today_keeps_its_siblings_in_their_place(student):
    user, qset, questions = student
    first, sibling, *_ = questions
    _apart(questions)
    sibling.source_start, sibling.source_end = first.source_start, first.source_end
    answered_at(user, first, NOW - timedelta(days=1))
    assert shown(user, qset) == (sibling.id, None)


def test_a_resting_question_comes_before_a_learning_step_shown_early(student):
    """Resting is for after the rest of the queue, not for after the answered card again."""
    user, qset, questions = student
    first, sibling, *rest = questions
    _apart(questions)
    sibling.source_start, sibling.source_end = first.source_start, first.source_end
    for question in rest:
        give_card(user, question, State.Review, NOW + timedelta(days=3))
    answered_at(user, first, NOW - MINUTE)
    card_of(user, first).state, card_of(user, first).due = State.Learning.value, NOW + 5 * MINUTE
    db.session.flush()
    assert shown(user, qset) == (sibling.id, None)


def test_of_the_resting_questions_a_ready_card_comes_before_a_new_one(student):
    user, qset, questions = student
    first, new_sibling, due_sibling, *rest = questions
    _apart(questions)
    for sibling in (new_sibling, due_sibling):
        sibling.source_start, sibling.source_end = first.source_start, first.source_end
    for question in rest:
        give_card(user, question, State.Review, NOW + timedelta(days=3))
    give_card(user, due_sibling, State.Review, NOW - 60 * MINUTE)
    answered_at(user, first, NOW - MINUTE)
    assert shown(user, qset) == (due_sibling.id, State.Review)
