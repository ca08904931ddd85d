"""The teacher's class pages: a new class, its page with the sets assigned, assigning one.

They live on the teach blueprint (URLs under /teach/classes, endpoints teach.*); teach.py
registers them with `register`.
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms import SelectChoice

from ..extensions import db
from ..models import QuestionSet
from ..services import authoring, classes
from .access import taught_class, teacher_required
from .forms import EmptyForm
from .ids import stored_int
from .teach_forms import AssignForm, ClassForm


def register(bp: Blueprint) -> None:
    bp.add_url_rule("/classes/new", view_func=new_class, methods=["GET", "POST"])
    bp.add_url_rule("/classes/<int:class_id>", view_func=classroom, methods=["GET"])
    bp.add_url_rule("/classes/<int:class_id>/assign", view_func=assign, methods=["POST"])
    bp.add_url_rule(
        "/classes/<int:class_id>/unassign/<int:set_id>", view_func=unassign, methods=["POST"]
    )


@teacher_required
def new_class():
    form = ClassForm()
    if form.validate_on_submit():
        classroom = classes.create_class(current_user, form.name.data)
        db.session.commit()
        return redirect(url_for("teach.classroom", class_id=classroom.id))
    return render_template("teach/new_class.html", form=form), 400 if form.errors else 200


@teacher_required
def classroom(class_id: int):
    classroom = taught_class(class_id)
    form = AssignForm()
    assigned = {a.set_id for a in classroom.assignments}
    form.set_id.choices = [
        SelectChoice(s.id, s.title)
        for s in authoring.sets_owned(current_user) + classes.library_sets()
        if s.status == "published" and s.id not in assigned
    ]
    return render_template(
        "teach/classroom.html", classroom=classroom, assign_form=form, form=EmptyForm()
    )


@teacher_required
def assign(class_id: int):
    classroom = taught_class(class_id)
    set_id = request.form.get("set_id", type=stored_int)
    qset = db.session.get(QuestionSet, set_id or 0)
    allowed = (
        qset is not None and qset.status == "published" and qset.owner_id in (None, current_user.id)
    )
    if not EmptyForm().validate_on_submit() or not allowed:
        abort(400)
    classes.assign(classroom, qset)
    db.session.commit()
    return redirect(url_for("teach.classroom", class_id=class_id))


@teacher_required
def unassign(class_id: int, set_id: int):
    classroom = taught_class(class_id)
    qset = db.session.get(QuestionSet, set_id) or abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    classes.unassign(classroom, qset)
    db.session.commit()
    return redirect(url_for("teach.classroom", class_id=class_id))
