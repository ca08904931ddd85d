"""Quiz forms: a student's own quiz, a teacher's quiz for a class."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, IntegerField, SelectField
from wtforms.validators import InputRequired, NumberRange, Optional

from ..domain import quiz
from .forms import pickable_moment

BETWEEN = _l("Enter a whole number from %(min)d to %(max)d.")
LOCAL_TIME = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]


def _question_count() -> IntegerField:
    return IntegerField(
        _l("Number of questions"),
        default=quiz.DEFAULT_QUESTIONS,
        validators=[
            InputRequired(),
            NumberRange(min=1, max=quiz.MAX_QUESTIONS, message=BETWEEN),
        ],
    )


def _time_limit() -> IntegerField:
    return IntegerField(
        _l("Time limit in minutes (leave empty for none)"),
        validators=[
            Optional(),
            NumberRange(
                min=quiz.MIN_TIME_LIMIT_S // 60, max=quiz.MAX_TIME_LIMIT_S // 60, message=BETWEEN
            ),
        ],
    )


class StartQuizForm(FlaskForm):
    question_count = _question_count()
    time_limit = _time_limit()

    @property
    def time_limit_s(self) -> int | None:
        return self.time_limit.data * 60 if self.time_limit.data else None


class ClassQuizForm(StartQuizForm):
    set_id = SelectField(_l("Question set"), coerce=int, validators=[InputRequired()])
    # The browser sends wall-clock times; the view reads them in the teacher's time zone.
    opens_at = DateTimeLocalField(
        _l("Opens"),
        format=LOCAL_TIME,
        validators=[InputRequired(_l("Choose when it opens.")), pickable_moment],
    )
    closes_at = DateTimeLocalField(
        _l("Closes"),
        format=LOCAL_TIME,
        validators=[InputRequired(_l("Choose when it closes.")), pickable_moment],
    )
