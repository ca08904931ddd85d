"""The site administrator's page: teachers and their classes, approval, suspension, invites."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..extensions import db
from ..services import accounts, administration
from .access import admin_required
from .forms import EmptyForm

bp = Blueprint("admin", __name__, url_prefix="/admin")

INVITE_DAYS = 7


@bp.get("/")
@admin_required
def index():
    email = request.args.get("email", "").strip()[:254]
    found = accounts.find_by_email(email) if email else None
    return render_template(
        "admin/index.html",
        teachers=administration.teachers(),
        email=email,
        found=found,
        invite_url=url_for("auth.signup", invite=invite_token(), _external=True),
        invite_days=INVITE_DAYS,
        form=EmptyForm(),
    )


@bp.post("/accounts/<int:user_id>/status")
@admin_required
def set_status(user_id: int):
    user = administration.managed_account(user_id) or abort(404)
    status = request.form.get("status")
    if not EmptyForm().validate_on_submit() or status not in ("active", "suspended"):
        abort(400)
    administration.set_status(user, status)
    db.session.commit()
    if status == "suspended":
        flash(_("%(name)s is suspended and signed out.", name=user.display_name))
    else:
        flash(_("%(name)s may sign in and teach.", name=user.display_name))
    return redirect(url_for("admin.index"))


def _invites() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key or "", salt="teacher-invite")


def invite_token() -> str:
    return _invites().dumps("teacher")


def valid_invite(token: str | None) -> bool:
    """The administrator's invitation link, signed and less than INVITE_DAYS old."""
    if not token:
        return False
    try:
        return _invites().loads(token, max_age=INVITE_DAYS * 24 * 3600) == "teacher"
    except (BadSignature, SignatureExpired):
        return False


def new_account_status(role: str, invite: str | None) -> str | None:
    """The status a new account starts with under TEACHER_SIGNUP, or None when a teacher may
    not sign up (invite only, and no valid invitation)."""
    if role != "teacher" or valid_invite(invite):
        return "active"
    mode = current_app.config["TEACHER_SIGNUP"]
    return {"open": "active", "approval": "pending", "invite": None}[mode]
