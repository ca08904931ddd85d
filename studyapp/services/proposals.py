"""Proposing questions again on a set's article as it now reads: the teacher edited it, and the
sentences it gained have no questions yet. The generator runs again, and what the set does not
hold yet joins the drafts (authoring.add_drafts); what the teacher approved, rejected or edited
stays as it is. A model, or the rules on a long article, work in the background as on a new
set (generation_jobs.py). Services flush; the caller commits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.generation import GenerationError
from ..models import Question, QuestionSet
from . import generation, generation_jobs
from .authoring import add_drafts


class StillGenerating(Exception):
    """The set's questions are being proposed already."""


def propose_again(qset: QuestionSet, config: Mapping[str, Any]) -> list[Question] | None:
    """The new drafts, or None when a background job will propose them.

    :raises StillGenerating: while the set's last job waits or runs.
    """
    job = generation_jobs.latest(qset)
    if job is not None and job.status in (generation_jobs.QUEUED, generation_jobs.RUNNING):
        raise StillGenerating
    # The back end the set was made with, while this installation still offers it.
    offered = generation.backends_offered(config)
    backend = job.backend if job is not None and job.backend in offered else "rules"
    if generation.in_background(config, backend, qset.article):
        generation_jobs.enqueue(qset, backend)
        return None
    try:
        result = generation.run(
            qset.article, config=config, backend=backend, language=qset.language, title=qset.title
        )
    except GenerationError:
        return []
    return add_drafts(qset, result.questions)
