"""flask commands: parse, call a service, echo."""

from __future__ import annotations

from flask import Flask

from .fsrs import fsrs_group
from .generate import generate_command
from .questions import questions_group
from .users import users_group


def register(app: Flask) -> None:
    app.cli.add_command(generate_command)
    app.cli.add_command(questions_group)
    app.cli.add_command(fsrs_group)
    app.cli.add_command(users_group)
