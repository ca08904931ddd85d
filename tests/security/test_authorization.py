"""Every route, called by everyone: who gets the page, who is sent to sign in, who gets 403
or 404, and that nobody outside a class reads anything of it.

The world: teacher T owns a published set made from an article, a class with a join code, the
set assigned to it and a class quiz; student S joined, studied and took the quiz. The other
actors: anonymous, student S2 (in no class), teacher T2 (owns nothing of T's).

The decisions the table encodes, read from the views:
- signed-in pages send the anonymous to /auth/login; teachers' pages (`teacher_required`)
  answer 403 to students; another owner's set, class, quiz, attempt or review is 404, as if
  it did not exist, to a teacher and a student alike;
- the article page is public for the library's sets, so for a teacher's set an anonymous
  visitor gets 404 rather than the sign-in page;
- a class quiz's results are a teacher's page: a student gets 403 even for their own class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Challenge, ClassQuiz, Question, QuestionSet, QuizAttempt, Review, User
from tests.answering import page_answer
from tests.conftest import csrf_token, sign_in

SEED = (
    Path(__file__).resolve().parents[2] / "questions" / "openai-data-centers.article.txt"
).read_text(encoding="utf-8")

ACTORS = ("anonymous", "student", "other student", "teacher", "other teacher")
LOGIN = "to sign-in"  # a 302 to /auth/login


@dataclass(frozen=True)
class Route:
    method: str
    rule: str
    url: str
    expect: tuple[int | str, ...]  # one per actor, in the order of ACTORS
    body: dict[str, str] = field(default_factory=dict)


def everyone(status: int | str) -> tuple[int | str, ...]:
    return (status,) * len(ACTORS)


SIGNED_IN = (LOGIN, 200, 200, 200, 200)
TEACHERS = (LOGIN, 403, 403, 200, 200)
# A page of T's set, class or quiz: the owner only.
OWNER = (LOGIN, 403, 403, 200, 404)
# A set T assigned to S's class: its owner and the class.
STUDIED = (LOGIN, 200, 404, 200, 404)
# S's own attempt or review.
STUDENTS_OWN = (LOGIN, 200, 404, 404, 404)

GETS = [
    Route("GET", "/", "/", everyone(200)),
    Route("GET", "/healthz", "/healthz", everyone(200)),
    Route("GET", "/auth/login", "/auth/login", everyone(200)),
    Route("GET", "/auth/signup", "/auth/signup", everyone(200)),
    Route("GET", "/classes/join", "/classes/join", SIGNED_IN),
    Route("GET", "/account/", "/account/", SIGNED_IN),
    # Only a teacher waiting for approval stays; anyone else is sent home.
    Route("GET", "/account/waiting", "/account/waiting", (LOGIN, 302, 302, 302, 302)),
    # The administrator's (tests/web/test_admin.py signs one in); nobody else's.
    Route("GET", "/admin/", "/admin/", (LOGIN, 403, 403, 403, 403)),
    Route("GET", "/sets/<slug>/article", "/sets/{slug}/article", (404, 200, 404, 200, 404)),
    Route("GET", "/study/<slug>", "/study/{slug}", STUDIED),
    Route("GET", "/study/<slug>/exam", "/study/{slug}/exam", STUDIED),
    Route(
        "GET",
        "/study/<slug>/reviews/<int:review_id>",
        "/study/{slug}/reviews/{review_id}",
        STUDENTS_OWN,
    ),
    Route("GET", "/progress/", "/progress/", SIGNED_IN),
    Route("GET", "/progress/<slug>", "/progress/{slug}", STUDIED),
    Route("GET", "/quiz/", "/quiz/", SIGNED_IN),
    Route("GET", "/quiz/sets/<slug>", "/quiz/sets/{slug}", STUDIED),
    # S's attempt is finished: its question page sends them on to the review.
    Route(
        "GET",
        "/quiz/attempts/<int:attempt_id>",
        "/quiz/attempts/{attempt_id}",
        (LOGIN, 302, 404, 404, 404),
    ),
    Route(
        "GET",
        "/quiz/attempts/<int:attempt_id>/review",
        "/quiz/attempts/{attempt_id}/review",
        STUDENTS_OWN,
    ),
    Route(
        "GET",
        "/quiz/class-quizzes/<int:class_quiz_id>/results",
        "/quiz/class-quizzes/{class_quiz_id}/results",
        OWNER,
    ),
    Route("GET", "/quiz/classes/<int:class_id>/new", "/quiz/classes/{class_id}/new", OWNER),
    Route("GET", "/teach/", "/teach/", TEACHERS),
    Route("GET", "/teach/sets/new", "/teach/sets/new", TEACHERS),
    Route("GET", "/teach/import", "/teach/import", TEACHERS),
    Route("GET", "/teach/classes/new", "/teach/classes/new", TEACHERS),
    Route("GET", "/teach/sets/<slug>", "/teach/sets/{slug}", OWNER),
    Route("GET", "/teach/sets/<slug>/article", "/teach/sets/{slug}/article", OWNER),
    Route("GET", "/teach/sets/<slug>/details", "/teach/sets/{slug}/details", OWNER),
    Route("GET", "/teach/sets/<slug>/export.<fmt>", "/teach/sets/{slug}/export.yaml", OWNER),
    Route("GET", "/teach/sets/<slug>/questions/new", "/teach/sets/{slug}/questions/new", OWNER),
    Route(
        "GET",
        "/teach/sets/<slug>/questions/<int:question_id>/edit",
        "/teach/sets/{slug}/questions/{question_id}/edit",
        OWNER,
    ),
    Route("GET", "/teach/classes/<int:class_id>", "/teach/classes/{class_id}", OWNER),
    Route(
        "GET",
        "/teach/classes/<int:class_id>/sets/<int:set_id>",
        "/teach/classes/{class_id}/sets/{set_id}",
        OWNER,
    ),
    Route(
        "GET",
        "/teach/classes/<int:class_id>/sets/<int:set_id>/exam",
        "/teach/classes/{class_id}/sets/{set_id}/exam",
        OWNER,
    ),
    Route(
        "GET",
        "/teach/classes/<int:class_id>/sets/<int:set_id>/export.csv",
        "/teach/classes/{class_id}/sets/{set_id}/export.csv",
        OWNER,
    ),
    # The challenges of the class's students on the set: its teacher's, who owns the set.
    Route(
        "GET",
        "/teach/classes/<int:class_id>/sets/<int:set_id>/challenges",
        "/teach/classes/{class_id}/sets/{set_id}/challenges",
        OWNER,
    ),
]

# POSTs carry a valid CSRF token and a body that is empty (the form's errors, 400, show that
# the caller got past the checks of who they are) or changes nothing for the owner.
POSTS = [
    Route("POST", "/auth/login", "/auth/login", everyone(400)),
    Route("POST", "/auth/signup", "/auth/signup", everyone(400)),
    Route("POST", "/language/<code>", "/language/en", everyone(302), {"next": "/"}),
    Route("POST", "/classes/join", "/classes/join", (LOGIN, 400, 400, 400, 400)),
    Route("POST", "/study/<slug>/answer", "/study/{slug}/answer", (LOGIN, 400, 404, 400, 404)),
    Route("POST", "/quiz/sets/<slug>", "/quiz/sets/{slug}", (LOGIN, 400, 404, 400, 404)),
    # No date and no "remove": the form's error.
    Route("POST", "/study/<slug>/exam", "/study/{slug}/exam", (LOGIN, 400, 404, 400, 404)),
    Route(
        "POST",
        "/teach/classes/<int:class_id>/sets/<int:set_id>/exam",
        "/teach/classes/{class_id}/sets/{set_id}/exam",
        (LOGIN, 403, 403, 400, 404),
    ),
    # Starting a class quiz already taken returns the attempt; only the class's students may.
    Route(
        "POST",
        "/quiz/class/<int:class_quiz_id>/start",
        "/quiz/class/{class_quiz_id}/start",
        (LOGIN, 302, 404, 404, 404),
    ),
    Route(
        "POST",
        "/quiz/attempts/<int:attempt_id>/answer",
        "/quiz/attempts/{attempt_id}/answer",
        (LOGIN, 400, 404, 404, 404),
    ),
    Route(
        "POST",
        "/quiz/attempts/<int:attempt_id>/finish",
        "/quiz/attempts/{attempt_id}/finish",
        (LOGIN, 302, 404, 404, 404),
    ),
    Route(
        "POST",
        "/quiz/classes/<int:class_id>/new",
        "/quiz/classes/{class_id}/new",
        (LOGIN, 403, 403, 400, 404),
    ),
    # S challenges their own review (no note: sent back to it); nobody else's is found.
    Route(
        "POST",
        "/study/<slug>/reviews/<int:review_id>/challenge",
        "/study/{slug}/reviews/{review_id}/challenge",
        (LOGIN, 302, 404, 404, 404),
    ),
    # S's attempt is at a class quiz still open: no answer of it can be challenged yet, as
    # the challenge would show its key (tests/web/test_challenges.py covers after the close).
    Route(
        "POST",
        "/quiz/attempts/<int:attempt_id>/questions/<int:question_id>/challenge",
        "/quiz/attempts/{attempt_id}/questions/{question_id}/challenge",
        (LOGIN, 404, 404, 404, 404),
    ),
    # Only the set's teacher decides S's challenge (no decision sent: 400).
    Route(
        "POST",
        "/teach/classes/<int:class_id>/sets/<int:set_id>/challenges/<int:challenge_id>",
        "/teach/classes/{class_id}/sets/{set_id}/challenges/{challenge_id}",
        (LOGIN, 403, 403, 400, 404),
    ),
    # Only the set's teacher undoes a decision on S's challenge (open, so nothing to undo:
    # back to the queue with a message).
    Route(
        "POST",
        "/teach/classes/<int:class_id>/sets/<int:set_id>/challenges/<int:challenge_id>/undo",
        "/teach/classes/{class_id}/sets/{set_id}/challenges/{challenge_id}/undo",
        (LOGIN, 403, 403, 302, 404),
    ),
    Route("POST", "/teach/sets/new", "/teach/sets/new", (LOGIN, 403, 403, 400, 400)),
    Route("POST", "/teach/import", "/teach/import", (LOGIN, 403, 403, 400, 400)),
    Route("POST", "/teach/classes/new", "/teach/classes/new", (LOGIN, 403, 403, 400, 400)),
    Route(
        "POST",
        "/teach/sets/<slug>/questions/<int:question_id>/status",
        "/teach/sets/{slug}/questions/{question_id}/status",
        (LOGIN, 403, 403, 302, 404),
        {"status": "approved"},
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/approve-best",
        "/teach/sets/{slug}/approve-best",
        (LOGIN, 403, 403, 400, 404),
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/propose-again",
        "/teach/sets/{slug}/propose-again",
        (LOGIN, 403, 403, 302, 404),
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/publish",
        "/teach/sets/{slug}/publish",
        (LOGIN, 403, 403, 302, 404),
        {"published": "1"},
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/details",
        "/teach/sets/{slug}/details",
        (LOGIN, 403, 403, 302, 404),
        {"title": "{title}", "tags": ""},
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/article",
        "/teach/sets/{slug}/article",
        (LOGIN, 403, 403, 400, 404),
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/questions/new",
        "/teach/sets/{slug}/questions/new",
        (LOGIN, 403, 403, 400, 404),
    ),
    Route(
        "POST",
        "/teach/sets/<slug>/questions/<int:question_id>/edit",
        "/teach/sets/{slug}/questions/{question_id}/edit",
        (LOGIN, 403, 403, 400, 404),
    ),
    Route(
        "POST",
        "/teach/classes/<int:class_id>/assign",
        "/teach/classes/{class_id}/assign",
        (LOGIN, 403, 403, 302, 404),
        {"set_id": "{set_id}"},
    ),
    # The library set is not assigned to the class: taking it off changes nothing.
    Route(
        "POST",
        "/teach/classes/<int:class_id>/unassign/<int:set_id>",
        "/teach/classes/{class_id}/unassign/{library_set_id}",
        (LOGIN, 403, 403, 302, 404),
    ),
    Route(
        "POST",
        "/admin/accounts/<int:user_id>/status",
        "/admin/accounts/1/status",
        (LOGIN, 403, 403, 403, 403),
        {"status": "suspended"},
    ),
    # Each actor's own other sessions end; this one stays signed in.
    Route(
        "POST",
        "/account/sign-out-everywhere",
        "/account/sign-out-everywhere",
        (LOGIN, 302, 302, 302, 302),
    ),
    # Each actor's own settings, and nobody else's: the account is the signed-in one.
    Route(
        "POST",
        "/account/pace",
        "/account/pace",
        (LOGIN, 302, 302, 302, 302),
        {"new_cards_per_day": "20", "retention_percent": "90", "timezone": "UTC", "locale": "ar"},
    ),
    Route(
        "POST",
        "/account/password",
        "/account/password",
        (LOGIN, 400, 400, 400, 400),
        {"current_password": "wrong", "password": "a new long one", "confirm": "a new long one"},
    ),
    # A wrong password deletes nothing; T, who has a set and a class, may not delete at all.
    Route(
        "POST",
        "/account/delete",
        "/account/delete",
        (LOGIN, 400, 400, 409, 400),
        {"password": "wrong"},
    ),
    # Last: undo takes back S's last answer, logout ends the session.
    Route("POST", "/study/<slug>/undo", "/study/{slug}/undo", (LOGIN, 302, 404, 302, 404)),
    Route("POST", "/auth/logout", "/auth/logout", (LOGIN, 302, 302, 302, 302)),
]

MATRIX = GETS + POSTS


@dataclass
class World:
    """T's set, class and quiz, S's review and attempt, and a client per actor."""

    clients: dict[str, FlaskClient]
    users: dict[str, User]
    ids: dict[str, Any]


def client_of(app: Flask, user: User | None) -> FlaskClient:
    client = app.test_client()
    if user is not None:
        sign_in(client, user)
    return client


def post(client: FlaskClient, path: str, **data: Any):  # type: ignore[no-untyped-def]
    data["csrf_token"] = csrf_token(client, "/auth/login")
    return client.post(path, data=data)


def some_answer(question: Question, page: str) -> dict[str, Any]:
    """A readable answer, right or wrong, to any type of question, from the page showing it
    (choices are sent as opaque codes)."""
    return page_answer(page, question)


def local_minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def open_class_quiz(teacher: FlaskClient, class_id: int, set_id: int):  # type: ignore[no-untyped-def]
    """Assign the set to the class and set a two-question class quiz on it, open for a week."""
    post(teacher, f"/teach/classes/{class_id}/assign", set_id=str(set_id))
    now = datetime.now(UTC)
    return post(
        teacher,
        f"/quiz/classes/{class_id}/new",
        set_id=str(set_id),
        question_count="2",
        time_limit="",
        opens_at=local_minute(now - timedelta(hours=1)),
        closes_at=local_minute(now + timedelta(days=7)),
    )


def build_world(app: Flask, make_user, library_slug: str) -> World:  # type: ignore[no-untyped-def]
    users = {
        "teacher": make_user(
            "teacher", email="tariq.private@example.org", display_name="Tariq Owner"
        ),
        "student": make_user(
            "student", email="salma.private@example.org", display_name="Salma Classmate"
        ),
        "other student": make_user("student"),
        "other teacher": make_user("teacher"),
    }
    clients = {actor: client_of(app, users.get(actor)) for actor in ACTORS}
    teacher, student = clients["teacher"], clients["student"]
    title = "Tariq's private set"

    created = post(teacher, "/teach/sets/new", title=title, article=SEED, tags="")
    assert created.status_code == 302, created.get_data(as_text=True)
    slug = unquote(created.headers["Location"].rsplit("/", 1)[-1])
    post(teacher, f"/teach/sets/{slug}/approve-best", count="6")
    assert post(teacher, f"/teach/sets/{slug}/publish", published="1").status_code == 302
    class_path = post(teacher, "/teach/classes/new", name="Tariq's class").headers["Location"]
    class_id = int(class_path.rsplit("/", 1)[-1])
    code = re.search(r'id="join-code">(\w+)<', teacher.get(class_path).get_data(as_text=True))
    assert code
    with app.app_context():
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
        set_id = qset.id
        question_id = next(q.id for q in qset.questions if q.status == "approved")
        library_set_id = db.session.scalar(
            select(QuestionSet.id).where(QuestionSet.slug == library_slug)
        )
    quiz_set = open_class_quiz(teacher, class_id, set_id)
    assert quiz_set.status_code == 302, quiz_set.get_data(as_text=True)

    assert post(student, "/classes/join", code=code.group(1)).status_code == 302
    shown = student.get(f"/study/{slug}").get_data(as_text=True)
    asked = int(re.search(r'name="question_id" value="(\d+)"', shown).group(1))  # type: ignore[union-attr]
    with app.app_context():
        fields = some_answer(db.session.get(Question, asked), shown)
        class_quiz_id = db.session.scalar(select(ClassQuiz.id))
    answered = post(student, f"/study/{slug}/answer", question_id=str(asked), **fields)
    assert answered.status_code == 200, answered.status_code
    assert "/reviews/" in answered.headers["Content-Location"]
    started = post(student, f"/quiz/class/{class_quiz_id}/start")
    attempt_id = int(started.headers["Location"].rsplit("/", 1)[-1])
    assert post(student, f"/quiz/attempts/{attempt_id}/finish").status_code == 302
    with app.app_context():
        review_id = db.session.scalar(
            select(Review.id).where(Review.user_id == users["student"].id)
        )
        assert db.session.get(QuizAttempt, attempt_id).finished_at is not None
        # S's challenge of their review, for the teacher's decision.
        challenge = Challenge(
            user_id=users["student"].id,
            question_id=asked,
            review_id=review_id,
            response="?",
            answer_version=1,
            note="S's note",
        )
        db.session.add(challenge)
        db.session.commit()
        challenge_id = challenge.id
    ids = {
        "slug": slug,
        "title": title,
        "set_id": set_id,
        "question_id": question_id,
        "class_id": class_id,
        "class_name": "Tariq's class",
        "join_code": code.group(1),
        "class_quiz_id": class_quiz_id,
        "attempt_id": attempt_id,
        "review_id": review_id,
        "challenge_id": challenge_id,
        "library_slug": library_slug,
        "library_set_id": library_set_id,
    }
    return World(clients=clients, users=users, ids=ids)


def call(world: World, actor: str, route: Route):  # type: ignore[no-untyped-def]
    client = world.clients[actor]
    url = route.url.format(**world.ids)
    if route.method == "GET":
        return client.get(url)
    body = {name: value.format(**world.ids) for name, value in route.body.items()}
    return post(client, url, **body)


def outcome(response) -> int | str:  # type: ignore[no-untyped-def]
    if response.status_code == 302 and response.headers["Location"].startswith("/auth/login"):
        return LOGIN
    return response.status_code


def test_every_route_of_the_app_has_a_decision_in_the_matrix(app):
    """A route added without a line here fails: someone has to decide who may call it."""
    rules = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
        for method in rule.methods - {"HEAD", "OPTIONS"}  # type: ignore[operator]
    }
    decided = {(route.method, route.rule) for route in MATRIX}
    assert not rules - decided, f"routes with no line in MATRIX: {sorted(rules - decided)}"
    assert not decided - rules, f"lines in MATRIX for no route: {sorted(decided - rules)}"
    assert len(decided) == len(MATRIX), "a route has two lines in MATRIX"


def test_every_route_answers_each_actor_as_the_matrix_says(app, make_user, seed_set):
    world = build_world(app, make_user, seed_set)
    wrong = []
    for route in MATRIX:
        for actor, expected in zip(ACTORS, route.expect, strict=True):
            got = outcome(call(world, actor, route))
            if got != expected:
                wrong.append(f"{route.method} {route.rule} as {actor}: {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def test_nobody_outside_the_class_reads_its_students_or_its_teachers_private_data(
    app, make_user, seed_set
):
    world = build_world(app, make_user, seed_set)
    private = {
        "S's name": world.users["student"].display_name,
        "S's e-mail": world.users["student"].email,
        "T's name": world.users["teacher"].display_name,
        "T's e-mail": world.users["teacher"].email,
        "T's set": world.ids["title"],
        "T's class": world.ids["class_name"],
        "the join code": world.ids["join_code"],
    }
    seen = []
    for actor in ("anonymous", "other student", "other teacher"):
        for route in MATRIX:
            text = call(world, actor, route).get_data(as_text=True)
            seen += [
                f"{route.method} {route.rule} as {actor} shows {what}"
                for what, value in private.items()
                if value in text or value.replace("'", "&#39;") in text
            ]
    assert not seen, "\n".join(seen)
    # The same pages do show them to the class's teacher: the markers are real.
    results = f"/quiz/class-quizzes/{world.ids['class_quiz_id']}/results"
    assert world.users["student"].display_name in world.clients["teacher"].get(results).text


def test_a_review_is_found_only_under_its_own_set(app, make_user, seed_set):
    """S's review of T's set, asked for under the library's slug, would show T's question
    against the library's article, and stay readable after the set is taken off the class."""
    world = build_world(app, make_user, seed_set)
    student = world.clients["student"]
    review_id = world.ids["review_id"]
    assert student.get(f"/study/{world.ids['slug']}/reviews/{review_id}").status_code == 200
    assert student.get(f"/study/{seed_set}/reviews/{review_id}").status_code == 404


def test_a_question_is_edited_only_under_its_own_set(app, make_user, seed_set):
    """T owns her set, not the library's: a library question's id under T's own slug would let
    T open, and save over, a question of a set that is not hers."""
    world = build_world(app, make_user, seed_set)
    with app.app_context():
        library = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        other_id = library.questions[0].id
    teacher = world.clients["teacher"]
    own = f"/teach/sets/{world.ids['slug']}/questions"
    assert teacher.get(f"{own}/{world.ids['question_id']}/edit").status_code == 200
    assert teacher.get(f"{own}/{other_id}/edit").status_code == 404


def test_every_export_format_answers_each_actor_as_the_yaml_export_does(app, make_user, seed_set):
    """The matrix asks for export.yaml; the set's other formats (GIFT, CSV, Anki, Moodle XML)
    leak the same questions and keys, so each answers every actor the same way."""
    from studyapp.domain.formats import EXPORTERS

    world = build_world(app, make_user, seed_set)
    yaml_route = next(r for r in MATRIX if r.rule == "/teach/sets/<slug>/export.<fmt>")
    wrong = []
    for fmt in EXPORTERS:
        route = Route("GET", yaml_route.rule, yaml_route.url.replace("yaml", fmt), OWNER)
        for actor, expected in zip(ACTORS, yaml_route.expect, strict=True):
            got = outcome(call(world, actor, route))
            if got != expected:
                wrong.append(f"export.{fmt} as {actor}: {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)
    assert set(EXPORTERS) >= {"yaml", "gift", "csv", "apkg", "xml"}
