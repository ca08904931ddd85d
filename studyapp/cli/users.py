"""flask users ...: accounts that only the command line may create."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from ..domain import passwords
from ..extensions import db
from ..services import accounts, administration


@click.group("users", cls=AppGroup)  # commands run inside an app context
def users_group() -> None:
    """Accounts."""


def _password(value: str) -> str:
    if passwords.is_blank(value) or not passwords.MIN_LENGTH <= len(value) <= passwords.MAX_LENGTH:
        raise click.BadParameter(
            f"use {passwords.MIN_LENGTH} to {passwords.MAX_LENGTH} characters, not only spaces"
        )
    if passwords.is_common(value):
        raise click.BadParameter("one of the most used passwords: choose another")
    return value


@users_group.command("create-admin")
@click.argument("email")
@click.option("--name", "display_name", default="Administrator", show_default=True)
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    envvar="STUDYAPP_ADMIN_PASSWORD",
    help="Asked for when not given (or in STUDYAPP_ADMIN_PASSWORD).",
)
def create_admin_command(email: str, display_name: str, password: str) -> None:
    """Create the site administrator, who approves and suspends teachers and invites them."""
    try:
        _password(password)
    except click.BadParameter as error:
        raise click.ClickException(f"password: {error.message}") from None
    if "@" not in email or len(email) > 254:
        raise click.ClickException(f"not an e-mail address: {email!r}")
    try:
        user = administration.create_admin(
            email=email, password=password, display_name=display_name.strip()[:80], locale="ar"
        )
    except accounts.EmailTaken:
        raise click.ClickException(f"an account with the e-mail {email} exists already") from None
    db.session.commit()
    click.echo(f"administrator {user.email} created; sign in at /auth/login, then open /admin/")
