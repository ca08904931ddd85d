"""The questions/ YAML format itself, so a set can leave the database and come back unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..question_files import (
    FileProblem,
    QuestionFileError,
    QuestionSet,
    dump,
    load_text,
    valid_slug,
)


def export(qset: QuestionSet) -> str:
    """The set as a questions/ file with its article written inline."""
    return dump(dataclasses.replace(qset, article_file=None))


def parse(text: str, name: str, slug: str | None, base_dir: Path | None) -> QuestionSet:
    qset = load_text(text, name=name, base_dir=base_dir)
    if slug is not None:
        if not valid_slug(slug):
            message = f"{slug!r} cannot be a slug (lower-case letters, digits, - or _)"
            raise QuestionFileError([FileProblem(name, None, None, "slug", message)])
        qset.slug = slug
    return qset
