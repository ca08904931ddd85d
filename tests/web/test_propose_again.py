"""Proposing again after the article was edited: the sentences it gained get drafts; what the
teacher approved, rejected or reworded stays as it is and is not proposed a second time."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import GenerationJob, Question
from tests.conftest import sign_in
from tests.web.test_teach import create_set, english, post, the_set

ARTICLE = (
    "Harbor Rail plans a new line to the port.\n\n"
    'Company chief Maria Lopez said: "The first trains will run in 2027 on 42 kilometres of '
    'track."'
)
ADDED = (
    "\n\nCity planner Tom Reyes said the line would carry 18,000 passengers a day and cost "
    "$3.4 billion, paid by the state."
)


@pytest.fixture
def teacher(client, make_user):  # type: ignore[no-untyped-def]
    user = make_user("teacher")
    sign_in(client, user)
    return user


def _questions(app, slug):  # type: ignore[no-untyped-def]
    with app.app_context():
        qset = the_set(app, slug)
        return [
            (q.id, q.status, q.prompt, qset.article[q.source_start : q.source_end])
            for q in qset.questions
        ]


def test_new_sentences_get_drafts_and_decided_questions_stay(app, client, teacher):
    english(client)
    slug = create_set(client, title="Harbor Rail", article=ARTICLE)
    before = _questions(app, slug)
    assert len(before) >= 2
    rejected, approved = before[0], before[1]
    post(client, f"/teach/sets/{slug}/questions/{rejected[0]}/status", status="rejected")
    post(client, f"/teach/sets/{slug}/questions/{approved[0]}/status", status="approved")
    with app.app_context():  # the teacher rewords a draft; the generator's wording is not back
        reworded = db.session.get(Question, before[-1][0])
        reworded.prompt = "Reworded by the teacher: " + reworded.prompt
        db.session.commit()
    post(client, f"/teach/sets/{slug}/article", article=ARTICLE + ADDED)

    page = post(client, f"/teach/sets/{slug}/propose-again")
    assert page.status_code == 302
    first_new = _questions(app, slug)[len(before)][0]
    assert page.headers["Location"].endswith(f"#question-{first_new}")  # the page opens there
    shown = client.get(f"/teach/sets/{slug}").get_data(as_text=True)

    after = _questions(app, slug)
    assert [i for i, *_ in after[: len(before)]] == [i for i, *_ in before]
    statuses = {i: s for i, s, _, _ in after}
    assert statuses[rejected[0]] == "rejected" and statuses[approved[0]] == "approved"
    new = after[len(before) :]
    assert new and all(status == "draft" for _, status, _, _ in new)
    # The page says how many were added, in the singular for one.
    told = "1 new question was" if len(new) == 1 else f"{len(new)} new questions were"
    assert f"{told} proposed, at the end of the drafts to review" in shown
    assert all("Tom Reyes" in source for _, _, _, source in new), new
    prompts = [p for _, _, p, _ in after]
    assert len(prompts) == len(set(prompts))
    assert rejected[2] in prompts and prompts.count(rejected[2]) == 1
    assert not any(p == before[-1][2] for p in prompts[len(before) :])

    post(client, f"/teach/sets/{slug}/propose-again")
    assert "No new questions" in client.get(f"/teach/sets/{slug}").get_data(as_text=True)
    assert len(_questions(app, slug)) == len(after)


def test_nothing_is_proposed_while_a_job_still_works_on_the_set(app, client, teacher):
    english(client)
    slug = create_set(client, title="Harbor Rail", article=ARTICLE)
    with app.app_context():
        qset = the_set(app, slug)
        db.session.add(GenerationJob(backend="rules", status="running", question_set=qset))
        db.session.commit()
    count = len(_questions(app, slug))
    post(client, f"/teach/sets/{slug}/article", article=ARTICLE + ADDED)
    post(client, f"/teach/sets/{slug}/propose-again")
    page = client.get(f"/teach/sets/{slug}").get_data(as_text=True)
    assert "still being proposed" in page
    assert len(_questions(app, slug)) == count
    with app.app_context():
        assert len(db.session.scalars(select(GenerationJob)).all()) == 1
