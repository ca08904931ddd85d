"""`flask generate FILE...`: propose comprehension questions for articles, printed as JSON or YAML.

No database: it reads files, calls the generator and echoes the result. `--backend llm` (or
a configured model) sends each article to the model of LLM_BASE_URL; a failing model falls
back to the rules with a note on stderr, and the report is printed under "generator".
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
import yaml
from flask import current_app, has_app_context
from flask.cli import ScriptInfo

from studyapp import config as defaults
from studyapp.domain.generation import GenerationError
from studyapp.services import generation


def _read(name: str) -> str:
    """The UTF-8 text of FILE (or stdin for '-'), a BOM dropped; ClickException when unusable."""
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise click.ClickException(f"{name}: cannot read ({error.strerror or error})") from None
    if b"\x00" in raw:
        raise click.ClickException(f"{name}: looks binary (it holds NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise click.ClickException(
            f"{name}: is not UTF-8 text (bad byte at offset {error.start})"
        ) from None
    if not text.strip():
        raise click.ClickException(f"{name}: is empty")
    return text


def _config() -> Mapping[str, Any]:
    """The app's configuration when run as `flask --app studyapp generate`, else the code
    defaults and the environment."""
    if has_app_context():
        return current_app.config
    info = click.get_current_context().find_object(ScriptInfo)
    if info is not None and (info.app_import_path or info.create_app):
        return info.load_app().config
    return {**defaults.DEFAULTS, **defaults.from_environment(os.environ)}


_FALLBACK_NOTES = {
    "timeout": "the model did not answer in time",
    "error": "the model's server answered with an error",
    "bad_json": "the model's answer could not be read",
    "refusal": "the model declined",
    "nothing_grounded": "none of the model's questions could be found in the article",
}


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    raise click.exceptions.Exit(2)


@click.command("generate")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "yaml"]),
    default="json",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="Keep only the N best questions per article.",
)
@click.option(
    "--language",
    type=click.Choice(["ar", "en"]),
    default=None,
    help="Article language (detected when left out).",
)
@click.option(
    "--backend",
    type=click.Choice(["rules", "llm", "mixed"]),
    default=None,
    help="Who proposes: the rules, the configured language model, or both ranked together "
    "(default: GENERATOR_BACKEND, else the model when LLM_BASE_URL is set, else the rules).",
)
def generate_command(
    files: tuple[str, ...], fmt: str, limit: int | None, language: str | None, backend: str | None
) -> None:
    """Propose comprehension questions for each article FILE ('-' reads stdin)."""
    config = _config()
    try:
        backend = generation.backend_for(config, backend)
    except ValueError as error:
        _fail(str(error))
    documents = []
    for name in files:
        try:
            text = _read(name)
            result = generation.run(
                text, config=config, backend=backend, language=language, limit=limit
            )
        except click.ClickException as error:
            _fail(error.message)
        except GenerationError as error:
            _fail(f"{name}: {error}")
        fallback = (result.report or {}).get("fallback")
        if fallback:
            note = _FALLBACK_NOTES.get(str(fallback), str(fallback))
            click.echo(f"{name}: {note}; the rules' questions are given instead", err=True)
        documents.append(result.to_dict())
    for document in documents:
        if fmt == "yaml":
            click.echo(yaml.safe_dump(document, allow_unicode=True, sort_keys=False).rstrip("\n"))
            if len(documents) > 1:
                click.echo("---")
        elif len(documents) == 1:
            click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps(document, ensure_ascii=False))
