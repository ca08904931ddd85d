"""`flask generate FILE...`: propose comprehension questions for articles, printed as JSON or YAML.

No app context and no database: it reads files, calls the generator and echoes the result.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import yaml

from studyapp.domain.generation import GenerationError, generate


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
def generate_command(
    files: tuple[str, ...], fmt: str, limit: int | None, language: str | None
) -> None:
    """Propose comprehension questions for each article FILE ('-' reads stdin)."""
    documents = []
    for name in files:
        try:
            text = _read(name)
            result = generate(text, language=language, limit=limit)
        except click.ClickException as error:
            _fail(error.message)
        except GenerationError as error:
            _fail(f"{name}: {error}")
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
