"""Background generation jobs in the database: one claimer wins, a dead worker's job is
resumed, progress is committed as it goes, and the drafts land in the set."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import GenerationJob, QuestionSet
from studyapp.services import authoring, generation_jobs
from tests.model import replies as recorded
from tests.model.server import Reply, model_server_fixture

model_server = pytest.fixture(model_server_fixture)


@pytest.fixture
def queued(app, make_user):
    """A teacher's set whose questions the model is to propose; yields the set's id."""
    teacher = make_user("teacher")
    with app.app_context():
        owner = db.session.get(type(teacher), teacher.id)
        qset = authoring.create_set(
            owner,
            title="Water plan",
            article=recorded.ARTICLE,
            language=None,
            tags=[],
            max_chars=100_000,
            background="llm",
        )
        db.session.commit()
        return qset.id


def config(app, server=None, **settings):
    return {**app.config, **(server.config() if server else {}), **settings}


def test_a_set_made_in_the_background_keeps_its_article_and_waits(app, queued):
    with app.app_context():
        qset = db.session.get(QuestionSet, queued)
        assert qset.article == recorded.ARTICLE and qset.questions == []
        assert generation_jobs.latest(qset).status == "queued"


def test_only_one_of_several_simultaneous_claimers_wins_a_job(app, queued):
    # Threads with sessions of their own: on the database, the same as separate processes.
    won: list[int | None] = []
    start = threading.Barrier(4)

    def claimer(n: int) -> None:
        with app.app_context():
            start.wait()
            won.append(generation_jobs.claim(f"worker-{n}", app.config))
            db.session.remove()

    threads = [threading.Thread(target=claimer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 4
    winners = [w for w in won if w is not None]
    with app.app_context():
        job = db.session.scalar(select(GenerationJob))
        assert winners == [job.id]
        assert job.attempts == 1 and job.status == "running"


def test_a_claimed_job_runs_and_its_drafts_land_in_the_set(app, queued, model_server):
    model_server.replies = [Reply(recorded.MIXED_BAG)]
    settings = config(app, model_server)
    with app.app_context():
        job_id = generation_jobs.claim("w", settings)
        generation_jobs.run_claimed(job_id, settings)
        job = db.session.get(GenerationJob, job_id)
        assert job.status == "done" and (job.steps_done, job.steps_total) == (1, 1)
        assert job.report["kept"] == 4 and job.report["dropped"]["no_source"] == 2
        qset = db.session.get(QuestionSet, queued)
        assert len(qset.questions) == 4
        assert {q.status for q in qset.questions} == {"draft"}
        for question in qset.questions:
            assert qset.article[question.source_start : question.source_end]


def test_a_job_left_running_by_a_dead_process_is_resumed_later(app, queued):
    with app.app_context():
        job_id = generation_jobs.claim("died", app.config)
        assert job_id is not None
        assert generation_jobs.claim("other", app.config) is None  # its heartbeat is fresh
        later = datetime.now(timezone.utc) + generation_jobs.stale_after(app.config)
        later += timedelta(seconds=1)
        assert generation_jobs.claim("other", app.config, now=later) == job_id
        job = db.session.get(GenerationJob, job_id)
        assert (job.worker, job.attempts) == ("other", 2)


def test_a_job_that_keeps_crashing_fails_and_the_article_stays(app, queued):
    settings = config(app, GENERATION_ATTEMPTS=1, GENERATION_STALE_SECONDS=0)
    with app.app_context():
        first = generation_jobs.claim("a", settings)
        later = datetime.now(timezone.utc) + timedelta(seconds=1)
        again = generation_jobs.claim("b", settings, now=later)
        assert first == again
        generation_jobs.run_claimed(again, settings)
        job = db.session.scalar(select(GenerationJob))
        assert job.status == "failed" and job.report["fallback"] == "crashed"
        assert db.session.get(QuestionSet, queued).article == recorded.ARTICLE
