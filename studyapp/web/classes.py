"""A student joins a class with its code."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ..extensions import db
from ..services import classes
from . import limits
from .teach_forms import JoinForm

bp = Blueprint("classes", __name__, url_prefix="/classes")


@bp.route("/join", methods=["GET", "POST"])
@login_required
def join():
    form = JoinForm()
    if form.validate_on_submit():
        if wait := limits.join_wait(current_user.id):
            form.code.errors.append(limits.try_again_message(wait))
            page = render_template("classes/join.html", form=form)
            return page, 429, {"Retry-After": str(limits.seconds(wait))}
        try:
            classroom = classes.join(current_user, form.code.data)
        except classes.UnknownCode:
            limits.join_failed(current_user.id)
            form.code.errors.append(_("No class has this code. Check it with your teacher."))
        else:
            db.session.commit()
            flash(_("You joined %(name)s.", name=classroom.name))
            return redirect(url_for("main.index"))
    return render_template("classes/join.html", form=form), 400 if form.errors else 200
