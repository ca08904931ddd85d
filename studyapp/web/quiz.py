"""Quizzes: start one on a set, one question per page, the score and a review at the end;
teachers set quizzes for a class and read the results."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms import SelectChoice

from ..domain.grading import InvalidResponse
from ..extensions import db
from ..models import ClassQuiz, Classroom, QuestionSet, QuizAttempt
from ..services import authoring, class_quizzes, classes, pace, quizzes
from . import clock
from .access import studyable_set, taught_class, teacher_required
from .forms import EmptyForm
from .ids import stored_int
from .quiz_forms import ClassQuizForm, StartQuizForm
from .rendering import source_context
from .responses import answer_problem, elapsed_ms_since, parse_response, student_codes

bp = Blueprint("quiz", __name__, url_prefix="/quiz")


def _own_attempt(attempt_id: int) -> QuizAttempt:
    attempt = db.session.get(QuizAttempt, attempt_id)
    if attempt is None or attempt.user_id != current_user.id:
        abort(404)
    return attempt


def _taught_quiz(class_quiz_id: int) -> ClassQuiz:
    class_quiz = db.session.get(ClassQuiz, class_quiz_id)
    if class_quiz is None or class_quiz.classroom.teacher_id != current_user.id:
        abort(404)
    return class_quiz


def quiz_error(error: quizzes.QuizError) -> str:
    messages = {
        "count": _("Choose how many questions the quiz asks."),
        "time_limit": _("The time limit is out of range."),
        "empty": _("This set has no question a quiz can ask."),
        "closed": _("This quiz is not open now."),
        "not_in_class": _("This quiz is for another class."),
        "finished": _("This quiz is over: your time was up or you handed it in."),
        "not_in_quiz": _("That question is not part of this quiz."),
        "closes_before_opens": _("The quiz must close after it opens."),
        "closes_in_past": _("The closing time has already passed."),
    }
    return messages.get(error.kind, str(error))


@bp.get("/")
@login_required
def index():
    now = clock.now()
    open_quizzes = class_quizzes.open_class_quizzes(current_user, now)
    return render_template(
        "quiz/index.html",
        sets=classes.visible_sets(current_user),
        open_quizzes=[(cq, quizzes.attempt_at(current_user, cq)) for cq in open_quizzes],
        attempts=quizzes.attempts_of(current_user),
        form=EmptyForm(),
    )


@bp.route("/sets/<slug>", methods=["GET", "POST"])
@login_required
def start(slug: str):
    qset = studyable_set(slug)
    form = StartQuizForm()
    if form.validate_on_submit():
        try:
            attempt = quizzes.start_attempt(
                current_user,
                qset,
                n=form.question_count.data,
                time_limit_s=form.time_limit_s,
                now=clock.now(),
            )
        except quizzes.QuizError as error:
            form.question_count.errors = [quiz_error(error)]
        else:
            db.session.commit()
            return redirect(url_for("quiz.question", attempt_id=attempt.id))
    return render_template(
        "quiz/start.html",
        qset=qset,
        form=form,
        available=len(quizzes.quizzable_for(current_user, qset, clock.now())),
        new_left=pace.new_left_today(current_user, clock.now()),
        attempts=quizzes.attempts_of(current_user, qset),
    ), 400 if form.errors else 200


@bp.post("/class/<int:class_quiz_id>/start")
@login_required
def start_class_quiz(class_quiz_id: int):
    class_quiz = db.session.get(ClassQuiz, class_quiz_id)
    if class_quiz is None or not quizzes.is_student_of(current_user, class_quiz.classroom):
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        attempt = quizzes.start_attempt(
            current_user,
            class_quiz.question_set,
            n=0,
            time_limit_s=None,
            class_quiz=class_quiz,
            now=clock.now(),
        )
    except quizzes.QuizError as error:
        flash(quiz_error(error), "error")
        return redirect(url_for("quiz.index")), 303
    db.session.commit()
    return redirect(url_for("quiz.question", attempt_id=attempt.id))


@bp.get("/attempts/<int:attempt_id>")
@login_required
def question(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    now = clock.now()
    if attempt.finished_at is not None:
        return redirect(url_for("quiz.review", attempt_id=attempt.id))
    if quizzes.finish_if_late(attempt, now, grace=False):
        db.session.commit()
        flash(_("Time is up."))
        return redirect(url_for("quiz.review", attempt_id=attempt.id))
    asked = quizzes.next_question(attempt)
    if asked is None:  # every question answered, or none left to ask
        quizzes.finish(attempt, now)
        db.session.commit()
        return redirect(url_for("quiz.review", attempt_id=attempt.id))
    return render_template(
        "quiz/question.html",
        attempt=attempt,
        qset=attempt.question_set,
        q=asked,
        number=len(attempt.answers) + 1,
        seconds_left=quizzes.seconds_left(attempt, now),
        shown_at=int(time.time() * 1000),
        form=EmptyForm(),
    )


@bp.post("/attempts/<int:attempt_id>/answer")
@login_required
def answer(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    question_id = request.form.get("question_id", type=stored_int)
    if not EmptyForm().validate_on_submit() or question_id is None:
        abort(400)
    asked = quizzes.asked_question(attempt, question_id)
    if asked is None:  # not an approved question of this attempt: a draft, another set's...
        abort(404)
    try:
        response, _rating = parse_response(asked, request.form, student_codes())
        quizzes.answer(
            current_user,
            attempt,
            asked,
            response,
            now=clock.now(),
            elapsed_ms=elapsed_ms_since(request.form.get("shown_at", type=int)),
        )
    except InvalidResponse as error:
        flash(answer_problem(error), "error")
    except quizzes.QuizError as error:
        db.session.commit()  # a quiz whose time ran out stays finished
        flash(quiz_error(error), "error")
        return redirect(url_for("quiz.review", attempt_id=attempt_id))
    else:
        db.session.commit()
    return redirect(url_for("quiz.question", attempt_id=attempt_id))


@bp.post("/attempts/<int:attempt_id>/finish")
@login_required
def finish(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    quizzes.finish(attempt, clock.now())
    db.session.commit()
    return redirect(url_for("quiz.review", attempt_id=attempt_id))


@bp.get("/attempts/<int:attempt_id>/review")
@login_required
def review(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    now = clock.now()
    if not quizzes.finish_if_late(attempt, now, grace=False):
        return redirect(url_for("quiz.question", attempt_id=attempt_id))
    db.session.commit()
    qset = attempt.question_set
    given = {a.question_id: a for a in attempt.answers}
    held = quizzes.answers_held_back(attempt, now)
    items = (
        [
            (q, given.get(q.id), source_context(qset.article, q.source_start, q.source_end))
            for q in quizzes.questions_of(attempt)
            if q.id not in held
        ]
        if quizzes.answers_shown(attempt, now)
        else None  # a class quiz still open: its answers would travel round the class
    )
    return render_template(
        "quiz/review.html",
        attempt=attempt,
        qset=qset,
        score=quizzes.score_of(attempt),
        items=items,
        held=len(held),
    )


# The teacher's side.


def _set_choices() -> list[SelectChoice]:
    sets = authoring.sets_owned(current_user) + classes.library_sets()
    return [SelectChoice(s.id, s.title) for s in dict.fromkeys(sets) if s.status == "published"]


def _utc(local: datetime, zone: str) -> datetime:
    """A wall-clock time from a datetime-local input, read in `zone`."""
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None, second=0, microsecond=0)


def class_quiz_form() -> ClassQuizForm:
    """The form, on a fresh page open from now for a week (in the teacher's time zone)."""
    form = ClassQuizForm()
    form.set_id.choices = _set_choices()
    if not form.is_submitted():
        now = clock.now()
        form.opens_at.data = _local(now, current_user.timezone)
        form.closes_at.data = _local(now + timedelta(days=7), current_user.timezone)
    return form


@bp.route("/classes/<int:class_id>/new", methods=["GET", "POST"])
@teacher_required
def new_class_quiz(class_id: int):
    classroom = taught_class(class_id)
    form = class_quiz_form()
    if form.validate_on_submit():
        # The set is one of the form's choices: the teacher's own or the library's.
        qset = db.session.get(QuestionSet, form.set_id.data) or abort(400)
        try:
            class_quizzes.create_class_quiz(
                classroom,
                qset,
                n=form.question_count.data,
                time_limit_s=form.time_limit_s,
                opens_at=_utc(form.opens_at.data, current_user.timezone),
                closes_at=_utc(form.closes_at.data, current_user.timezone),
                now=clock.now(),
            )
        except quizzes.QuizError as error:
            getattr(form, error.field or "set_id").errors = [quiz_error(error)]
        else:
            db.session.commit()
            flash(_("The quiz is set."))
            return redirect(url_for("teach.classroom", class_id=class_id, _anchor="quizzes"))
    status = 400 if form.errors else 200
    return render_template("quiz/new_class_quiz.html", classroom=classroom, form=form), status


@bp.get("/class-quizzes/<int:class_quiz_id>/results")
@teacher_required
def results(class_quiz_id: int):
    class_quiz = _taught_quiz(class_quiz_id)
    return render_template(
        "quiz/results.html",
        class_quiz=class_quiz,
        rows=class_quizzes.results(class_quiz),
        columns=class_quizzes.result_questions(class_quiz),
    )


@bp.app_template_global()
def class_quiz_panel(classroom: Classroom) -> dict[str, Any]:
    """What the class page shows of its quizzes: the list and the form to set one."""
    return {
        "quizzes": class_quizzes.class_quizzes_of(classroom),
        "form": class_quiz_form(),
        "now": clock.now(),
    }
