"""Background generation: a job per set in the database, claimed by any app process.

A claim is a compare-and-set on the row (`attempts` is the version), so on SQLite and on
PostgreSQL exactly one process wins a job, however many look at once. A job left `running`
by a process that died has a heartbeat that stops moving; after GENERATION_STALE_SECONDS
another process takes it over, up to GENERATION_ATTEMPTS claims. Services flush; the caller
commits, except `run_claimed`, which is the worker's whole unit of work and commits its steps
so that the draft page can show progress. Only the worker that holds the job ends it, and its
drafts and report are committed together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import and_, or_, select, update

from ..domain.generation import GenerationError
from ..domain.questions import Question
from ..extensions import db
from ..models import GenerationJob, QuestionSet
from . import generation

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def stale_after(config: Mapping[str, Any]) -> timedelta:
    """How long a running job's heartbeat may stay still: a call to the model may take
    LLM_TIMEOUT, so three of them, and never under two minutes."""
    seconds = config.get("GENERATION_STALE_SECONDS")
    if seconds is None:
        seconds = max(120.0, 3 * float(config["LLM_TIMEOUT"]))
    return timedelta(seconds=float(seconds))


def enqueue(qset: QuestionSet, backend: str) -> GenerationJob:
    job = GenerationJob(backend=backend, status=QUEUED)
    job.question_set = qset
    db.session.add(job)
    db.session.flush()
    return job


def latest(qset: QuestionSet) -> GenerationJob | None:
    return db.session.scalar(
        select(GenerationJob)
        .where(GenerationJob.set_id == qset.id)
        .order_by(GenerationJob.id.desc())
        .limit(1)
    )


def claim(worker: str, config: Mapping[str, Any], now: datetime | None = None) -> int | None:
    """Claim the oldest job waiting (or abandoned) for `worker`; its id, or None. Commits."""
    now = now or _now()
    stale = now - stale_after(config)
    claimable = or_(
        GenerationJob.status == QUEUED,
        and_(GenerationJob.status == RUNNING, GenerationJob.heartbeat_at < stale),
    )
    candidates = db.session.execute(
        select(GenerationJob.id, GenerationJob.attempts)
        .where(claimable)
        .order_by(GenerationJob.id)
        .limit(5)
    ).all()
    db.session.commit()
    for job_id, attempts in candidates:
        won = db.session.execute(
            update(GenerationJob)
            .where(GenerationJob.id == job_id, GenerationJob.attempts == attempts, claimable)
            .values(status=RUNNING, worker=worker, heartbeat_at=now, attempts=attempts + 1)
            .execution_options(synchronize_session=False)
        )
        db.session.commit()
        if won.rowcount == 1:
            return int(job_id)
    return None


def run_claimed(job_id: int, config: Mapping[str, Any]) -> None:
    """Generate the job's questions, committing its progress, then its drafts. A job claimed
    too often (it crashed its workers) fails; the article stays for the teacher."""
    job = db.session.get(GenerationJob, job_id)
    if job is None or job.status != RUNNING:
        return
    qset, mine = job.question_set, job.worker
    if job.attempts > int(config["GENERATION_ATTEMPTS"]):
        _finish(job, mine, FAILED, {"fallback": "crashed"})
        return
    article, language, title, backend = qset.article, qset.language, qset.title, job.backend
    db.session.commit()  # hold no transaction (nor SQLite's lock) while the model thinks

    def progress(done: int, total: int) -> None:
        _beat(job_id, mine, steps_done=done, steps_total=total)
        db.session.commit()

    try:
        result = generation.run(
            article,
            config=config,
            backend=backend,
            language=language,
            title=title,
            progress=progress,
        )
    except (GenerationError, generation.NoModel) as error:
        _finish(job, mine, FAILED, {"fallback": "error", "detail": str(error)})
        return
    _finish(job, mine, DONE, result.report, drafts=result.questions)


def _still_mine(job: GenerationJob, mine: str | None) -> bool:
    """Lock the job's row if `mine` still runs it, else roll back: another worker took it over.

    The conditional UPDATE holds SQLite's write lock (PostgreSQL's row lock) until the commit
    that ends the job, so no other worker claims or ends it in between."""
    if not _beat(job.id, mine):
        db.session.rollback()
        return False
    db.session.refresh(job)
    return True


def _beat(job_id: int, mine: str | None, **values: Any) -> bool:
    """Move the heartbeat of the job (and set `values`) if `mine` still runs it; whether it did."""
    held = db.session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.worker == mine)
        .where(GenerationJob.status == RUNNING)
        .values(heartbeat_at=_now(), **values)
        .execution_options(synchronize_session=False)
    )
    return held.rowcount == 1


def _finish(
    job: GenerationJob,
    mine: str | None,
    status: str,
    report: dict[str, Any] | None,
    drafts: Sequence[Question] = (),
) -> None:
    """End the job with its report and drafts in one commit, unless it is no longer `mine`.
    Questions the teacher wrote meanwhile stay, before the drafts."""
    if not _still_mine(job, mine):
        return
    if drafts:
        from .authoring import add_drafts

        add_drafts(job.question_set, list(drafts))
    job.status = status
    job.report = report
    job.finished_at = _now()
    if job.steps_total == 0:
        job.steps_done = job.steps_total = 1
    db.session.commit()
