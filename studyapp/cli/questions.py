"""flask questions ...: question sets between files and the database."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app

from ..domain.question_files import QuestionFileError, load_directory
from ..extensions import db
from ..services import question_sets


@click.group("questions")
def questions_group() -> None:
    """Question sets: load, list."""


@questions_group.command("load")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
def load_command(directory: Path | None) -> None:
    """Load every question-set file of DIRECTORY (default: questions/) into the database.

    Sets are matched by slug and questions by id, so students keep their progress.
    All files load, or none does.
    """
    directory = directory or Path(current_app.config["QUESTIONS_DIR"])
    try:
        sets = load_directory(directory)
    except QuestionFileError as error:
        raise click.ClickException(str(error)) from None
    reports = [question_sets.sync(set_file) for set_file in sets]
    db.session.commit()
    for report in reports:
        click.echo(
            f"{report.slug}: {'created' if report.created else 'updated'}, "
            f"{len(report.added)} added, {len(report.updated)} changed, "
            f"{len(report.reset)} reset, {len(report.retired)} retired"
        )


@questions_group.command("list")
def list_command() -> None:
    """One line per set: slug, title, number of questions (tab-separated)."""
    for qset in question_sets.all_sets():
        count = sum(1 for q in qset.questions if q.status != question_sets.RETIRED)
        click.echo(f"{qset.slug}\t{qset.title}\t{count}")
