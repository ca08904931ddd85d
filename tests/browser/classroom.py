"""A class in use, built through the services: a teacher owning the seed set (with drafts to
review), a class it is given to, a student who has studied and sat the class quiz. The page
tours (accessibility, screenshots) walk every page of it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from studyapp.domain.question_files import load_directory
from studyapp.extensions import db
from studyapp.models import Question, QuestionSet, User
from studyapp.services import answering, class_quizzes, classes, question_sets, quizzes, study
from tests.conftest import PASSWORD, REPO


@dataclass(frozen=True)
class Classroom:
    teacher: User
    student: User
    slug: str
    class_id: int
    set_id: int
    class_quiz_id: int
    attempt_id: int
    review_id: int
    draft_id: int


def build(app: Flask, make_user: Callable[..., User], locale: str = "ar") -> Classroom:
    teacher = make_user("teacher", display_name="الأستاذة منى", locale=locale)
    student = make_user("student", display_name="Layla 60 Minutes", locale=locale)
    now = datetime.now(UTC)
    with app.app_context():
        owner = db.session.get(User, teacher.id)
        learner = db.session.get(User, student.id)
        assert owner is not None and learner is not None
        set_file = load_directory(REPO / "questions")[0]
        question_sets.sync(set_file, owner=owner)
        qset = db.session.scalar(select(QuestionSet).filter_by(slug=set_file.slug))
        assert qset is not None
        by_key = {q.key: q for q in qset.questions}
        by_key["tf-top-customer"].status = "draft"  # one draft for the review page
        room = classes.create_class(owner, "الصف العاشر")
        classes.assign(room, qset)
        classes.join(learner, room.join_code)
        # A wrong choice studied: the result page has a review to show.
        friar = by_key["friar-role"]
        wrong = next(c for c in friar.choices or [] if c != friar.answer)
        outcome = answering.answer(
            learner, study.item_of(learner, friar), seq=0, response=wrong, now=now
        )
        # A class quiz sat yesterday and closed since: its review shows the answers.
        then = now - timedelta(days=1)
        class_quiz = class_quizzes.create_class_quiz(
            room,
            qset,
            n=10,
            time_limit_s=None,
            opens_at=then - timedelta(minutes=5),
            closes_at=then + timedelta(hours=1),
            now=then,
        )
        attempt = quizzes.start_attempt(
            learner, qset, n=10, time_limit_s=None, class_quiz=class_quiz, now=then
        )
        for question_id in attempt.question_ids[:4]:
            question = db.session.get(Question, question_id)
            assert question is not None
            quizzes.answer(learner, attempt, question, _some_answer(question), now=then)
        quizzes.finish(attempt, then)
        db.session.commit()
        return Classroom(
            teacher=teacher,
            student=student,
            slug=qset.slug,
            class_id=room.id,
            set_id=qset.id,
            class_quiz_id=class_quiz.id,
            attempt_id=attempt.id,
            review_id=outcome.review.id,
            draft_id=by_key["tf-top-customer"].id,
        )


def _some_answer(question: Question) -> object:
    """The right answer, as the grader takes it."""
    if question.type in ("cloze", "short"):
        return question.answer[0]
    return question.answer


def sign_in(page: Page, user: User) -> None:
    page.goto("/auth/login")
    page.fill("input[name=email]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    expect(page).not_to_have_url(re.compile(r"/auth/login$"))


def student_pages(world: Classroom, question_ids: dict[str, int]) -> dict[str, str]:
    """Name -> path of every page a student sees."""
    slug = world.slug
    pages = {
        "home": "/",
        "join": "/classes/join",
        "article": f"/sets/{slug}/article",
        "progress": "/progress/",
        "progress-set": f"/progress/{slug}",
        "quizzes": "/quiz/",
        "quiz-start": f"/quiz/sets/{slug}",
        "quiz-review": f"/quiz/attempts/{world.attempt_id}/review",
        "result": f"/study/{slug}/reviews/{world.review_id}",
        "account": "/account/",
    }
    for kind, key in QUESTION_KINDS.items():
        pages[f"study-{kind}"] = f"/study/{slug}?q={question_ids[key]}"
    return pages


def teacher_pages(world: Classroom) -> dict[str, str]:
    slug = world.slug
    return {
        "teaching": "/teach/",
        "new-set": "/teach/sets/new",
        "import": "/teach/import",
        "review": f"/teach/sets/{slug}",
        "details": f"/teach/sets/{slug}/details",
        "edit-article": f"/teach/sets/{slug}/article",
        "write-question": f"/teach/sets/{slug}/questions/new",
        "edit-question": f"/teach/sets/{slug}/questions/{world.draft_id}/edit",
        "new-class": "/teach/classes/new",
        "class": f"/teach/classes/{world.class_id}",
        "class-set": f"/teach/classes/{world.class_id}/sets/{world.set_id}",
        "quiz-results": f"/quiz/class-quizzes/{world.class_quiz_id}/results",
    }


PUBLIC_PAGES = {"welcome": "/", "sign-in": "/auth/login", "sign-up": "/auth/signup"}

# One question of each type of the seed set, by its key in questions/.
QUESTION_KINDS = {
    "mcq": "friar-role",
    "multi": "compute-needs",
    "order": "phases-order",
    "cloze": "cloze-first-party",
    "truefalse": "tf-know-how",
    "flashcard": "card-friar",
}
