"""Challenges of a marking: the student's challenge from a result page or a quiz review,
the teacher's queue per class and set, and the teacher's decision."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from ..domain import challenges as rules
from ..extensions import db
from ..models import Challenge, Classroom, Question, QuestionSet, QuizAnswer, QuizAttempt, Review
from ..services import (
    answering,
    challenge_decisions,
    challenge_outcomes,
    challenges,
    class_progress,
    quizzes,
)
from . import clock
from .access import studyable_set, taught_class, teacher_required
from .challenge_forms import ChallengeForm, DecisionForm, UndoForm
from .rendering import source_context

bp = Blueprint("challenges", __name__)


def error_message(kind: str) -> str:
    return {
        "note": _("Write a short note: why your answer is right."),
        "not_wrong": _("Only an answer marked wrong can be challenged."),
        "no_teacher": _("This set has no teacher to decide a challenge."),
        "already": _("You have already challenged this marking: your teacher will decide."),
        "stale": _("The answer to this question has changed since: answer it again."),
        "cannot_accept": _("Only a typed answer can join the accepted answers: fix the key."),
        "reply": _("Write a reply: the student should know why."),
        "decided": _("This challenge has been decided already."),
        "not_decided": _("This challenge has not been decided: there is nothing to undo."),
        "key_changed": _(
            "The question's key was edited since this decision, which settled it: edit the"
            " question to change the key again."
        ),
    }.get(kind, kind)


def _challenge(make, back: str):  # type: ignore[no-untyped-def]
    """Validate the note, make the challenge, commit; back to the page either way."""
    form = ChallengeForm()
    if not form.validate_on_submit():
        flash(error_message("note"), "error")
        return redirect(back)
    try:
        make(form.note.data)
    except challenges.ChallengeError as error:
        if error.kind == "not_found":
            abort(404)
        flash(error_message(error.kind), "error")
        return redirect(back)
    db.session.commit()
    flash(_("Your challenge is sent: the outcome will be on your progress page."))
    return redirect(back)


@bp.post("/study/<slug>/reviews/<int:review_id>/challenge")
@login_required
def challenge_review(slug: str, review_id: int):
    qset = studyable_set(slug)
    answered = answering.answered(current_user, review_id)
    if answered is None or answered.question.set_id != qset.id:
        abort(404)
    review: Review = answered.review
    back = url_for("study.result", slug=slug, review_id=review_id, _anchor="challenge")
    return _challenge(
        lambda note: challenges.challenge_review(current_user, review, note=note, now=clock.now()),
        back,
    )


@bp.post("/quiz/attempts/<int:attempt_id>/questions/<int:question_id>/challenge")
@login_required
def challenge_quiz_answer(attempt_id: int, question_id: int):
    attempt = db.session.get(QuizAttempt, attempt_id)
    if attempt is None or attempt.user_id != current_user.id:
        abort(404)
    answer: QuizAnswer | None = next(
        (a for a in attempt.answers if a.question_id == question_id), None
    )
    if answer is None or not quizzes.answers_shown(attempt, clock.now()):
        abort(404)  # nothing to challenge, or a class quiz still open: its key stays hidden
    back = url_for("quiz.review", attempt_id=attempt_id, _anchor=f"review-{question_id}")
    return _challenge(
        lambda note: challenges.challenge_quiz_answer(
            current_user, answer, note=note, now=clock.now()
        ),
        back,
    )


@bp.app_template_global()
def review_challenge(review: Review) -> Challenge | None:
    """The student's challenge of this review, for its result page."""
    return challenge_outcomes.challenged_reviews(current_user, [review.id]).get(review.id)


@bp.app_template_global()
def quiz_challenges(attempt: QuizAttempt) -> dict[int, Challenge]:
    """The student's challenges of the attempt's answers, by question id."""
    by_answer = challenge_outcomes.challenged_answers(current_user, [a.id for a in attempt.answers])
    return {a.question_id: by_answer[a.id] for a in attempt.answers if a.id in by_answer}


@bp.app_template_global()
def may_challenge(question: Question, correct: bool) -> bool:
    """Whether the page offers to challenge this marking: a wrong answer on a set with a
    teacher who is not the one answering."""
    owner = question.question_set.owner_id
    return rules.may_challenge(question.type, correct) and owner not in (
        None,
        current_user.id,
    )


@bp.app_template_global()
def challenge_outcome(challenge: Challenge) -> str:
    current = challenge.question.answer_version
    return rules.outcome(challenge.status, challenge.answer_version, current)


def _owned_class_set(class_id: int, set_id: int) -> tuple[Classroom, QuestionSet]:
    """The class the teacher teaches and its set, if the set is theirs: only the set's
    teacher decides a challenge (it changes the set's key for every class)."""
    classroom = taught_class(class_id)
    qset = class_progress.assigned_set(classroom, set_id)
    if qset is None or qset.owner_id != current_user.id:
        abort(404)
    return classroom, qset


@bp.get("/teach/classes/<int:class_id>/sets/<int:set_id>/challenges")
@teacher_required
def queue(class_id: int, set_id: int):
    classroom, qset = _owned_class_set(class_id, set_id)
    items = [
        (
            queued,
            source_context(qset.article, queued.question.source_start, queued.question.source_end),
        )
        for queued in challenges.queue(classroom, qset)
    ]
    return render_template(
        "challenges/queue.html",
        classroom=classroom,
        qset=qset,
        items=items,
        decided=challenges.recently_decided(classroom, qset),
        form=DecisionForm(),
    )


def _taught(class_id: int, set_id: int, challenge_id: int) -> Challenge:
    """The challenge of a student of the teacher's class on the teacher's own set, or a 404."""
    classroom, qset = _owned_class_set(class_id, set_id)
    challenge = challenges.taught_challenge(current_user, classroom, qset, challenge_id)
    if challenge is None:
        abort(404)
    return challenge


def _settle(class_id: int, set_id: int, decide) -> Response:  # type: ignore[no-untyped-def]
    """Run the decision (it returns the message to flash), commit it, back to the queue; a
    decision refused is rolled back and its reason flashed."""
    back = redirect(url_for("challenges.queue", class_id=class_id, set_id=set_id))
    try:
        message = decide()
    except challenges.ChallengeError as error:
        db.session.rollback()
        flash(error_message(error.kind), "error")
        return back
    db.session.commit()
    flash(message)
    return back


@bp.post("/teach/classes/<int:class_id>/sets/<int:set_id>/challenges/<int:challenge_id>")
@teacher_required
def decide(class_id: int, set_id: int, challenge_id: int):
    challenge = _taught(class_id, set_id, challenge_id)
    form = DecisionForm()
    if not form.validate_on_submit() or form.accept.data == form.reject.data:
        abort(400)  # a forged form: the page always sends one of the two buttons
    reply = form.reply.data or ""

    def decision() -> str:
        if form.accept.data:
            regraded = challenge_decisions.accept(challenge, reply=reply, now=clock.now())
            return _(
                "Accepted: the answers of %(num)d students were graded again.",
                num=len(regraded.students),
            )
        challenge_decisions.reject(challenge, reply=reply, now=clock.now())
        return _("Rejected: the student will see your reply.")

    return _settle(class_id, set_id, decision)


@bp.post("/teach/classes/<int:class_id>/sets/<int:set_id>/challenges/<int:challenge_id>/undo")
@teacher_required
def undo(class_id: int, set_id: int, challenge_id: int):
    challenge = _taught(class_id, set_id, challenge_id)
    if not UndoForm().validate_on_submit():
        abort(400)

    def taken_back() -> str:
        regraded = challenge_decisions.undo(challenge)
        if regraded is None:
            return _("Undone: the challenge is open again.")
        return _(
            "Undone: the answer is no longer accepted, and the answers of %(num)d students"
            " were graded again.",
            num=len(regraded.students),
        )

    return _settle(class_id, set_id, taken_back)
