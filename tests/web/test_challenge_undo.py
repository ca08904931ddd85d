# ruff: noqa: F811  (`world` is the fixture of test_challenges.py, imported to be shared)
"""A teacher takes a challenge decision back from the queue, in Arabic: an accepted answer
leaves the key and every student's answer is graded again; a rejection opens again; a key
edited since cannot be undone, and nothing changes."""

from __future__ import annotations

from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Challenge, Question, Review
from tests.challenge_world import KEY, OTHER, OTHER_SPELLED
from tests.conftest import sign_in
from tests.web.test_challenges import NOTE, answer, post, world  # noqa: F401


def _challenged(app, made, clients):  # type: ignore[no-untyped-def]
    """Salma and Omar give the same right answer the key lacks; both challenge."""
    for name, given in (("salma", OTHER), ("omar", OTHER_SPELLED)):
        review_id = answer(clients[name], made.slug, made.typed_id, given)
        post(clients[name], f"/study/{made.slug}/reviews/{review_id}/challenge", note=NOTE)
    with app.app_context():
        return db.session.scalars(select(Challenge.id).order_by(Challenge.id)).all()


def _decided(app, world, **decision):  # type: ignore[no-untyped-def]
    """Both challenged, the first decided by the teacher: (made, clients, queue path, ids)."""
    made, clients, _users = world
    first, second = _challenged(app, made, clients)
    queue = f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges"
    post(clients["teacher"], f"{queue}/{first}", **decision)
    return made, clients, queue, first, second


def test_undoing_an_acceptance_takes_the_answer_out_and_grades_everyone_again(app, world):
    made, clients, queue, first, second = _decided(app, world, accept="1", reply="")
    teacher = clients["teacher"]
    page = teacher.get(queue).get_data(as_text=True)
    assert "قرارات حديثة" in page and f'id="decided-{first}"' in page
    assert f"{queue}/{first}/undo" in page

    undone = post(teacher, f"{queue}/{first}/undo", undo="1")
    assert undone.status_code == 302
    after = teacher.get(undone.headers["Location"]).get_data(as_text=True)
    assert "تم التراجع: لم تعد الإجابة مقبولة" in after and "(2)" in after
    # Both challenges, decided together, are open again in the queue.
    assert f'id="challenge-{first}"' in after and f'id="challenge-{second}"' in after
    with app.app_context():
        assert db.session.get(Question, made.typed_id).answer == [KEY]
        assert not any(r.correct for r in db.session.scalars(select(Review)))
        assert {c.status for c in db.session.scalars(select(Challenge))} == {"open"}
    progress = clients["salma"].get(f"/progress/{made.slug}").get_data(as_text=True)
    assert "قُبل: إجابتك محسوبة صحيحة" not in progress


def test_undoing_a_rejection_opens_the_challenge_again_without_the_reply(app, world):
    made, clients, queue, first, _second = _decided(
        app, world, reject="1", reply="المطلوب اسم الشهرة"
    )
    teacher = clients["teacher"]
    undone = post(teacher, f"{queue}/{first}/undo", undo="1")
    assert "تم التراجع: الاعتراض مفتوح من جديد" in teacher.get(undone.headers["Location"]).text
    with app.app_context():
        challenge = db.session.get(Challenge, first)
        assert (challenge.status, challenge.reply, challenge.decided_at) == ("open", None, None)
    progress = clients["salma"].get(f"/progress/{made.slug}").get_data(as_text=True)
    assert "المطلوب اسم الشهرة" not in progress


def test_a_key_edited_since_the_decision_cannot_be_undone_and_nothing_changes(app, world):
    made, clients, queue, first, _second = _decided(app, world, accept="1", reply="")
    teacher = clients["teacher"]
    with app.app_context():
        question = db.session.get(Question, made.typed_id)
        question.answer_version += 1  # what the editor does when the teacher fixes the key
        db.session.commit()
    # The decision is settled by the edit: the queue offers no undo, and a forged one is refused.
    assert f"{queue}/{first}/undo" not in teacher.get(queue).get_data(as_text=True)
    refused = post(teacher, f"{queue}/{first}/undo", undo="1")
    assert "عُدِّل مفتاح السؤال بعد هذا القرار" in teacher.get(refused.headers["Location"]).text
    with app.app_context():
        assert db.session.get(Question, made.typed_id).answer == [KEY, OTHER]
        assert db.session.get(Challenge, first).status == "accepted"


def test_only_the_sets_teacher_undoes(app, world, make_user):
    made, clients, queue, first, _second = _decided(app, world, accept="1", reply="")
    other = app.test_client()
    sign_in(other, make_user("teacher"))
    assert post(other, f"{queue}/{first}/undo", undo="1").status_code == 404
    assert post(clients["salma"], f"{queue}/{first}/undo", undo="1").status_code == 403
    with app.app_context():
        assert db.session.get(Challenge, first).status == "accepted"
