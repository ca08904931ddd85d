"""Fitted FSRS parameters: whose schedule they drive, what a fit stores, and what it keeps."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import fsrs
import fsrs_rs_python as fsrs_rs
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS
from sqlalchemy import select

from studyapp.domain.optimizer import to_items
from studyapp.extensions import db
from studyapp.models import Card, Classroom, Question, User
from studyapp.services import answering, classes, fsrs_fitting, study
from tests.fsrs_history import FAST_FORGETTER, diligent, store_history

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OWN = FAST_FORGETTER
POOLED = list(DEFAULT_PARAMETERS)
POOLED[0:4] = [1.0, 3.0, 6.0, 20.0]


@pytest.fixture
def people(app, make_user):  # type: ignore[no-untyped-def]
    """A teacher with two classes, and a student in both."""
    teacher, student = make_user("teacher"), make_user("student")
    with app.app_context():
        first = classes.create_class(db.session.get(User, teacher.id), "الأول")
        second = classes.create_class(db.session.get(User, teacher.id), "الثاني")
        classes.join(db.session.get(User, student.id), first.join_code)
        classes.join(db.session.get(User, student.id), second.join_code)
        db.session.commit()
        return student.id, first.id, second.id


def test_a_students_own_parameters_come_before_their_classes_and_the_defaults(app, people):
    student_id, first_id, second_id = people
    with app.app_context():
        student = db.session.get(User, student_id)
        assert fsrs_fitting.parameters_for(student) is None  # the fsrs defaults
        db.session.get(Classroom, first_id).fsrs_parameters = POOLED
        assert fsrs_fitting.parameters_for(student) == POOLED
        student.fsrs_parameters = OWN
        assert fsrs_fitting.parameters_for(student) == OWN


def test_answering_schedules_the_card_with_the_students_parameters(app, people, seed_set):
    student_id, first_id, _ = people
    with app.app_context():
        student = db.session.get(User, student_id)
        db.session.get(Classroom, first_id).fsrs_parameters = POOLED
        student.fsrs_parameters = OWN
        question = db.session.scalar(select(Question).where(Question.type == "flashcard"))
        expected = fsrs.Card(card_id=1, due=T0)
        scheduler = fsrs.Scheduler(parameters=OWN, enable_fuzzing=False)
        moments = [T0, T0 + timedelta(minutes=10), T0 + timedelta(days=3)]
        for seq, (moment, rating) in enumerate(zip(moments, (3, 3, 2), strict=True)):
            answering.answer(
                student,
                study.item_of(student, question),
                seq=seq,
                response=None,
                now=moment,
                self_rating=rating,
            )
            expected, _ = scheduler.review_card(expected, fsrs.Rating(rating), moment)
        card = db.session.scalar(select(Card).where(Card.user_id == student_id))
        assert (card.stability, card.difficulty, card.due) == (
            pytest.approx(expected.stability),
            pytest.approx(expected.difficulty),
            expected.due,
        )
        # The defaults would have scheduled it otherwise: the parameters made a difference.
        assert card.due != _due_with_defaults(moments, (3, 3, 2))


def _due_with_defaults(moments: list[datetime], ratings: tuple[int, ...]) -> datetime:
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    card = fsrs.Card(card_id=1, due=moments[0])
    for moment, rating in zip(moments, ratings, strict=True):
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), moment)
    return card.due


def test_a_fit_stores_the_students_parameters_and_how_many_reviews_it_used(app, people):
    student_id, *_ = people
    history = diligent(60, seed=3)
    with app.app_context():
        student = db.session.get(User, student_id)
        store_history(student_id, history)
        report = fsrs_fitting.fit_student(student)
        assert report.reviews == len(history)
        assert report.stored and report.log_loss_fitted < report.log_loss_before
        assert student.fsrs_parameters == report.fitted
        assert student.fsrs_fitted_reviews == len(history)
        assert fsrs_fitting.parameters_for(student) == report.fitted


def test_too_few_reviews_change_nothing_but_wait_for_more(app, people):
    student_id, first_id, _ = people
    with app.app_context():
        db.session.get(Classroom, first_id).fsrs_parameters = POOLED
        student = db.session.get(User, student_id)
        store_history(student_id, diligent(3, seed=3, days=20))
        report = fsrs_fitting.fit_student(student)
        assert report.fitted is None and not report.stored
        assert student.fsrs_parameters is None
        assert student.fsrs_fitted_reviews == report.reviews > 0
        assert fsrs_fitting.parameters_for(student) == POOLED


def test_a_class_fit_pools_its_students_reviews(app, people, make_user):
    student_id, first_id, second_id = people
    newcomer = make_user("student")
    with app.app_context():
        store_history(student_id, diligent(60, seed=4))
        classroom = db.session.get(Classroom, first_id)
        classes.join(db.session.get(User, newcomer.id), classroom.join_code)
        report = fsrs_fitting.fit_class(classroom)
        assert report.stored and classroom.fsrs_parameters == report.fitted
        # A new student, with no reviews of their own, is scheduled with the class's.
        assert fsrs_fitting.parameters_for(db.session.get(User, newcomer.id)) == report.fitted
        assert db.session.get(Classroom, second_id).fsrs_parameters is None


def test_students_are_due_for_a_refit_after_enough_new_reviews(app, people):
    student_id, *_ = people
    with app.app_context():
        history = diligent(10, seed=5, days=60)
        store_history(student_id, history)
        assert [u.id for u in fsrs_fitting.due_for_refit(len(history))] == [student_id]
        assert fsrs_fitting.due_for_refit(len(history) + 1) == []
        fsrs_fitting.fit_student(db.session.get(User, student_id))
        assert fsrs_fitting.due_for_refit(1) == []


def test_a_card_restarted_on_a_changed_answer_counts_as_a_new_memory(app, people, seed_set):
    student_id, *_ = people
    with app.app_context():
        student = db.session.get(User, student_id)
        question = db.session.scalar(select(Question).where(Question.type == "flashcard"))
        for seq, day in enumerate((0, 2)):
            answering.answer(
                student,
                study.item_of(student, question),
                seq=seq,
                response=None,
                now=T0 + timedelta(days=day),
                self_rating=3,
            )
        question.answer_version += 1  # the teacher corrected the answer
        answering.answer(
            student,
            study.item_of(student, question),
            seq=2,
            response=None,
            now=T0 + timedelta(days=5),
            self_rating=3,
        )
        history = fsrs_fitting.history_of(student)
        assert len(history) == 3
        assert history[0].card == history[1].card != history[2].card


def _held_out_by_hand(history, cutoff):  # type: ignore[no-untyped-def]
    """The item of each review from `cutoff` on that comes a day or more after its card's
    previous one (the card's reviews up to it), in time order."""
    held = []
    for review in sorted(history, key=lambda r: r.reviewed_at):
        if review.reviewed_at < cutoff:
            continue
        own = [r for r in history if r.card == review.card and r.reviewed_at <= review.reviewed_at]
        items = to_items(own)
        if items and _reviews(items[-1])[-1][1] > 0 and len(_reviews(items[-1])) == len(own):
            held.append(items[-1])
    return held


def _reviews(item) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [(int(r), int(d)) for r, d in re.findall(r"rating: (\d), delta_t: (\d+)", repr(item))]


@pytest.mark.parametrize(("current", "expect_stored"), [(None, True), (OWN, False)])
def test_a_fit_is_stored_only_if_it_beats_the_current_parameters_on_the_later_days(
    app, people, current, expect_stored
):  # type: ignore[no-untyped-def]
    """Judged on the later quarter of the days, with fsrs-rs's own loss, recomputed here. The
    defaults lose to a fit of a fast forgetter; the student's true parameters do not."""
    student_id, *_ = people
    history = diligent(60, seed=3)
    days = [(r.reviewed_at - timedelta(hours=4)).date() for r in history]  # UTC, 4 a.m.
    first, last = min(days), max(days)
    held_days = round(0.25 * ((last - first).days + 1))
    cutoff = datetime.combine(last - timedelta(days=held_days - 1), time(4), UTC)
    held_out = _held_out_by_hand(history, cutoff)
    with app.app_context():
        student = db.session.get(User, student_id)
        student.fsrs_parameters = current
        store_history(student_id, history)
        report = fsrs_fitting.fit_student(student)
        assert report.held_out == len(held_out) > 0
        baseline = list(fsrs_rs.DEFAULT_PARAMETERS) if current is None else current
        before = fsrs_rs.FSRS(baseline).evaluate(held_out).log_loss
        after = fsrs_rs.FSRS(report.fitted).evaluate(held_out).log_loss
        assert report.log_loss_before == pytest.approx(before, rel=1e-5)
        assert report.log_loss_fitted == pytest.approx(after, rel=1e-5)
        assert report.stored is expect_stored is (after < before)
        assert student.fsrs_parameters == (report.fitted if expect_stored else current)
