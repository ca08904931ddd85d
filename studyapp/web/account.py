"""A user's own account: what it is, and ending its sessions on other devices."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user

from ..extensions import db
from ..services import sessions
from .forms import EmptyForm

bp = Blueprint("account", __name__, url_prefix="/account")


@bp.get("/")
@login_required
def settings():
    return render_template("account/settings.html", form=EmptyForm())


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
