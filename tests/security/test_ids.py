"""Ids no database column can hold, in every URL and form that takes one: a 404 or a clear
400, never a 500. Ids are PostgreSQL `integer`s (at most 2**31 - 1); SQLite overflows past
2**63 - 1."""

from __future__ import annotations

import re
import string

from tests.security.test_authorization import MATRIX, build_world, call, post

HUGE = [2**31, 2**63, 2**64, 10**30]
ID_FIELDS = ["set_id", "question_id", "class_id", "class_quiz_id", "attempt_id", "review_id"]


def id_fields_of(url: str) -> list[str]:
    return [
        name
        for _, name, _, _ in string.Formatter().parse(url)
        if name and (name in ID_FIELDS or name == "library_set_id")
    ]


def test_an_id_too_large_for_the_database_in_any_url_is_404(app, make_user, seed_set):
    world = build_world(app, make_user, seed_set)
    wrong = []
    for route in MATRIX:
        for field in id_fields_of(route.url):
            for huge in HUGE:
                for actor in ("teacher", "student"):
                    ids = {**world.ids, field: huge}
                    got = call(world.__class__(world.clients, world.users, ids), actor, route)
                    if got.status_code != 404:
                        wrong.append(
                            f"{route.method} {route.rule} {field}={huge} as {actor}: "
                            f"{got.status_code}"
                        )
    assert not wrong, "\n".join(wrong)


def test_a_negative_id_in_a_url_is_404(app, make_user, seed_set):
    world = build_world(app, make_user, seed_set)
    client = world.clients["teacher"]
    assert client.get(f"/teach/classes/-{world.ids['class_id']}").status_code == 404
    assert client.get("/quiz/classes/-1/new").status_code == 404


def test_an_id_too_large_in_a_form_or_query_is_never_a_500(app, make_user, seed_set):
    world = build_world(app, make_user, seed_set)
    teacher, student = world.clients["teacher"], world.clients["student"]
    slug, class_id = world.ids["slug"], world.ids["class_id"]
    wrong = []
    for huge in [*HUGE, -(2**63) - 1]:
        calls = {
            "study ?q=": student.get(f"/study/{slug}?q={huge}"),
            "teach ?q=": teacher.get(f"/teach/sets/{slug}?q={huge}"),
            "answer question_id": post(student, f"/study/{slug}/answer", question_id=huge),
            "answer seq": post(
                student,
                f"/study/{slug}/answer",
                question_id=world.ids["question_id"],
                seq=huge,
                rating="3",
                choice="0",
                answer="x",
            ),
            "assign set_id": post(teacher, f"/teach/classes/{class_id}/assign", set_id=huge),
            "class quiz set_id": post(teacher, f"/quiz/classes/{class_id}/new", set_id=huge),
        }
        wrong += [f"{name} {huge}: 500" for name, got in calls.items() if got.status_code >= 500]
    assert not wrong, "\n".join(wrong)
    page = student.get(f"/study/{slug}?q={2**63}")
    assert page.status_code == 200 and re.search(r'name="question_id"', page.get_data(as_text=True))
