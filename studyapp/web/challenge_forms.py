"""The forms of a challenge: the student's note, the teacher's decision."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from ..domain.challenges import NOTE_MAX, REPLY_MAX
from .forms import AT_MOST


class ChallengeForm(FlaskForm):
    note = TextAreaField(
        _l("Why your answer is right"),
        validators=[
            InputRequired(message=_l("Write a short note: why your answer is right.")),
            Length(max=NOTE_MAX, message=AT_MOST),
        ],
    )


class DecisionForm(FlaskForm):
    reply = TextAreaField(
        _l("Reply to the student"), validators=[Optional(), Length(max=REPLY_MAX, message=AT_MOST)]
    )
    accept = SubmitField(_l("Accept the answer"))
    reject = SubmitField(_l("Reject"))


class UndoForm(FlaskForm):
    """Taking a decision back: the request's CSRF token is all it carries."""

    undo = SubmitField(_l("Undo"))
