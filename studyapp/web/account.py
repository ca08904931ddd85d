"""A user's own account: study pace, time zone and language, password, sessions on other
devices, and deleting the account (services/account_settings.py says what a teacher's sets
and classes become)."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, current_app, flash, redirect, render_template, session, url_for
from flask_babel import get_locale, refresh
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from wtforms import PasswordField

from ..extensions import db
from ..services import account_settings, sessions
from ..services.sign_in_limits import SignInAttempt
from . import limits
from .account_forms import DeleteAccountForm, PaceForm, PasswordForm
from .forms import EmptyForm

bp = Blueprint("account", __name__, url_prefix="/account")


def _pace_form(**formdata: object) -> PaceForm:
    """The pace form with the user's values; `formdata=None` when another form was sent."""
    user = current_user
    form = PaceForm(
        **formdata,
        new_cards_per_day=user.new_cards_per_day,
        retention_percent=round(user.desired_retention * 100),
        timezone=user.timezone,
        locale=str(get_locale()),
    )
    form.timezone.choices = list(account_settings.time_zones())
    form.locale.choices = list(current_app.config["LANGUAGES"].items())
    return form


def _page(status: int = 200, **forms: object):  # type: ignore[no-untyped-def]
    user = current_user._get_current_object()
    return render_template(
        "account/settings.html",
        form=EmptyForm(),
        pace=forms.get("pace") or _pace_form(formdata=None),
        password_form=forms.get("password_form") or PasswordForm(formdata=None),
        delete_form=forms.get("delete_form") or DeleteAccountForm(formdata=None),
        workload=account_settings.workload_of(user, now=datetime.now(UTC)),
        kept=account_settings.why_kept(user),
    ), status


@bp.get("/")
@login_required
def settings():
    return _page()


@bp.post("/pace")
@login_required
def save_pace():
    form = _pace_form()
    if not form.validate_on_submit():
        return _page(400, pace=form)
    account_settings.set_pace(
        current_user._get_current_object(),
        new_per_day=form.new_cards_per_day.data,
        retention=form.retention_percent.data / 100,
        timezone=form.timezone.data,
        locale=form.locale.data,
    )
    db.session.commit()
    session["locale"] = form.locale.data
    refresh()  # the message below is in the language just chosen
    flash(_("Your settings are saved."))
    return redirect(url_for("account.settings"))


def _password_attempt(field: PasswordField) -> SignInAttempt | None:
    """A check of the account's password counts like a sign-in against the same limits, so
    that a session left open is no way to guess it; None (and an error) while held back."""
    attempt = limits.sign_in_attempt(current_user.email, field.data)
    if wait := limits.sign_in_wait(attempt, current_user.email):
        field.errors.append(limits.try_again_message(wait))
        return None
    return attempt


@bp.post("/password")
@login_required
def change_password():
    form = PasswordForm()
    if not form.validate_on_submit() or not (attempt := _password_attempt(form.current_password)):
        return _page(400, password_form=form)
    user = current_user._get_current_object()
    changed = account_settings.change_password(
        user, current=form.current_password.data, new=form.password.data
    )
    limits.sign_in_done(attempt, succeeded=changed)
    if not changed:
        form.current_password.errors.append(_("This is not your current password."))
        return _page(400, password_form=form)
    db.session.commit()
    login_user(user)  # this device stays signed in under the new session version
    flash(_("Your password is changed. You are signed out on every other device."))
    return redirect(url_for("account.settings"))


@bp.post("/delete")
@login_required
def delete():
    form = DeleteAccountForm()
    user = current_user._get_current_object()
    if account_settings.why_kept(user) is not None:
        return _page(409)
    if not form.validate_on_submit() or not (attempt := _password_attempt(form.password)):
        return _page(400, delete_form=form)
    deleted = account_settings.delete_account(user, password=form.password.data)
    limits.sign_in_done(attempt, succeeded=deleted)
    if not deleted:
        form.password.errors.append(_("This is not your password."))
        return _page(400, delete_form=form)
    db.session.commit()
    logout_user()
    flash(_("Your account and everything in it are deleted."))
    return redirect(url_for("main.index"))


@bp.get("/waiting")
@login_required
def waiting():
    """Where a teacher waits until the administrator approves the account."""
    if current_user.status != "pending":
        return redirect(url_for("main.index"))
    return render_template("account/waiting.html")


@bp.post("/sign-out-everywhere")
@login_required
def sign_out_everywhere():
    """Every other device's session ends; this one is signed in again under the new version."""
    if EmptyForm().validate_on_submit():
        user = current_user._get_current_object()
        sessions.end_sessions(user)
        db.session.commit()
        login_user(user)
        flash(_("You are signed out on every other device."))
    return redirect(url_for("account.settings"))
