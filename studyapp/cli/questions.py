"""flask questions ...: question sets between files and the database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from ..domain.formats import EXPORTERS, IMPORTERS, format_of, read_sets
from ..domain.question_files import QuestionFileError, load_directory
from ..domain.question_files import QuestionSet as SetFile
from ..extensions import db
from ..services import question_set_files, question_sets


@click.group("questions", cls=AppGroup)  # commands run inside an app context
def questions_group() -> None:
    """Question sets: load, list, import, export."""


@questions_group.command("load")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
def load_command(directory: Path | None) -> None:
    """Load every question-set file of DIRECTORY (default: questions/) into the database.

    Sets are matched by slug and questions by id, so students keep their progress.
    All files load, or none does.
    """
    directory = directory or Path(current_app.config["QUESTIONS_DIR"])
    _store_all(partial(load_directory, directory))


@questions_group.command("list")
def list_command() -> None:
    """One line per set: slug, title, number of questions (tab-separated)."""
    for qset in question_sets.all_sets():
        count = sum(1 for q in qset.questions if q.status != question_sets.RETIRED)
        click.echo(f"{qset.slug}\t{qset.title}\t{count}")


@questions_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(IMPORTERS)), help="Default: from the extension."
)
@click.option("--slug", help="The set to create or update (one file only).")
@click.option(
    "--into-teacher-set",
    is_flag=True,
    help="Update a set of the same slug even when a teacher owns it.",
)
def import_command(
    files: tuple[Path, ...], fmt: str | None, slug: str | None, into_teacher_set: bool
) -> None:
    """Import question-set FILES (YAML, GIFT, Moodle XML or CSV) into the database.

    Every file is checked before anything is written; a set that exists is updated in
    place by slug and question id, so students keep their progress. A teacher's set of the
    same slug is left alone unless --into-teacher-set is given. Questions a file holds but
    this app cannot (a Moodle essay, say) are left out, each named on stderr.
    """
    _store_all(
        partial(read_sets, list(files), fmt=fmt, slug=slug), into_teacher_sets=into_teacher_set
    )


@questions_group.command("export")
@click.argument("slug")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), help="Default: from -o.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="File to write ('-': stdout)."
)
def export_command(slug: str, fmt: str | None, output: str | None) -> None:
    """Write the set SLUG as YAML, GIFT, CSV (to stdout by default) or an Anki .apkg (-o)."""
    fmt = fmt or (format_of(output) if output and output != "-" else None)
    if fmt not in EXPORTERS:
        raise click.ClickException(f"give --format ({', '.join(sorted(EXPORTERS))})")
    set_file = question_set_files.set_file(slug)
    if set_file is None:
        raise click.ClickException(f"no question set has the slug {slug!r}; see `questions list`")
    exported = EXPORTERS[fmt](set_file)
    if output is None or output == "-":
        if isinstance(exported, bytes):
            if output is None or sys.stdout.isatty():
                raise click.ClickException(f"{fmt} is a binary file; write it with -o FILE")
            sys.stdout.buffer.write(exported)
            sys.stdout.flush()
        else:
            click.echo(exported, nl=False)
        return
    try:
        with open(output, "wb") as out:
            out.write(exported if isinstance(exported, bytes) else exported.encode("utf-8"))
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write ({error.strerror or error})") from None
    click.echo(f"{slug}: {len(set_file.questions)} questions written to {output}", err=True)


def _store_all(read: Callable[[], list[SetFile]], *, into_teacher_sets: bool = False) -> None:
    """Every set read (any file's problem stops all), then written in one commit, each reported.

    A set a teacher owns is not written over unless `into_teacher_sets`: the command speaks
    for the library, and the teacher's questions and article would silently change.
    """
    try:
        sets = read()
    except QuestionFileError as error:
        raise click.ClickException(str(error)) from None
    teachers = {} if into_teacher_sets else question_sets.teachers_of([s.slug for s in sets])
    if teachers:
        raise click.ClickException(
            "\n".join(
                f"{slug}: a set of this slug belongs to the teacher {teacher.email}; "
                "give another --slug, or --into-teacher-set to update it"
                for slug, teacher in sorted(teachers.items())
            )
        )
    reports = [question_sets.sync(set_file) for set_file in sets]
    db.session.commit()
    for report in reports:
        _echo_report(report)
    for problem in (problem for set_file in sets for problem in set_file.skipped):
        click.echo(f"skipped: {problem}", err=True)


def _echo_report(report: question_sets.SyncReport) -> None:
    click.echo(
        f"{report.slug}: {'created' if report.created else 'updated'}, "
        f"{len(report.added)} added, {len(report.updated)} changed, "
        f"{len(report.reset)} reset, {len(report.retired)} retired"
    )
