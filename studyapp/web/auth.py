"""Sign up, sign in, sign out."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db
from ..services import accounts, sessions
from . import admin, limits
from .forms import EmptyForm, SignInForm, SignUpForm
from .i18n import safe_next_url

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    form = SignUpForm(invite=request.args.get("invite", ""))
    if form.validate_on_submit():
        status = admin.new_account_status(form.role.data, form.invite.data)
        if status is None:
            form.role.errors.append(_("Teachers join with the administrator's invitation link."))
            return render_template("auth/signup.html", form=form), 400
        try:
            accounts.sign_up(
                email=form.email.data,
                password=form.password.data,
                display_name=form.display_name.data,
                role=form.role.data,
                locale=str(get_locale()),
                timezone=form.timezone.data or current_app.config["DEFAULT_TIMEZONE"],
                status=status,
                new_cards_per_day=current_app.config["NEW_CARDS_PER_DAY"],
                desired_retention=current_app.config["DESIRED_RETENTION"],
            )
        except accounts.EmailTaken:
            pass  # answered as a new account is, so that sign-up tells nobody who has one
        else:
            db.session.commit()
        flash(_("Now sign in with your e-mail and password."))
        return redirect(url_for("auth.login"))
    return render_template("auth/signup.html", form=form), 400 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = SignInForm()
    if form.validate_on_submit():
        attempt = limits.sign_in_attempt(form.email.data, form.password.data)
        if wait := limits.sign_in_wait(attempt, form.email.data):
            form.password.errors.append(limits.try_again_message(wait))
            page = render_template("auth/login.html", form=form)
            return page, 429, {"Retry-After": str(limits.seconds(wait))}
        user = accounts.authenticate(form.email.data, form.password.data)
        limits.sign_in_done(attempt, succeeded=user is not None)
        if user is not None and user.status == "suspended":
            form.password.errors.append(_("This account is suspended."))
        elif user is not None:
            login_user(user)
            limits.remember_device(form.email.data)
            return redirect(safe_next_url(request.args.get("next")) or url_for("main.index"))
        else:
            form.password.errors.append(_("Wrong e-mail or password."))
    return render_template("auth/login.html", form=form), 400 if form.errors else 200


@bp.post("/logout")
@login_required
def logout():
    if EmptyForm().validate_on_submit():
        # A copy of the cookie, kept or stolen, must not outlive the sign-out.
        sessions.end_sessions(current_user)
        db.session.commit()
        logout_user()
        flash(_("You are signed out."))
    return redirect(url_for("main.index"))
