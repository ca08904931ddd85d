"""Forms. Labels and messages are lazy so they follow the page's language."""

from __future__ import annotations

from datetime import date
from zoneinfo import available_timezones

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    DateTimeLocalField,
    EmailField,
    HiddenField,
    PasswordField,
    RadioField,
    SelectChoice,
    StringField,
)
from wtforms.validators import Email, EqualTo, InputRequired, Length, ValidationError

from ..domain import passwords

# WTForms' own Arabic catalogue leaves some plural forms of its length messages empty, so
# those errors came out in English; these are worded so that no number needs agreement.
AT_MOST = _l("Use at most %(max)d characters.")
BETWEEN = _l("Use between %(min)d and %(max)d characters.")
VALID_EMAIL = _l("Enter a valid e-mail address.")

# Dates a teacher may pick; far ones overflow once moved to another time zone.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
BETWEEN_DAYS = _l("Choose a date from %(first)s to %(last)s.")


def pickable_day(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def pickable_moment(form: FlaskForm, field: DateTimeLocalField) -> None:
    if field.data is not None and not pickable_day(field.data.date()):
        raise ValidationError(BETWEEN_DAYS % {"first": FIRST_DAY, "last": LAST_DAY})


def _known_timezone(form: FlaskForm, field: HiddenField) -> None:
    if field.data and field.data not in available_timezones():
        raise ValidationError(_l("Unknown time zone."))


def acceptable_password(form: FlaskForm, field: PasswordField) -> None:
    if passwords.is_blank(field.data):
        raise ValidationError(_l("A password of spaces alone is no password."))
    if passwords.is_common(field.data):
        raise ValidationError(
            _l("This is one of the most used passwords: choose another, a sentence for example.")
        )


class SignUpForm(FlaskForm):
    display_name = StringField(
        _l("Name"), validators=[InputRequired(), Length(max=80, message=AT_MOST)]
    )
    email = EmailField(
        _l("E-mail"),
        validators=[
            InputRequired(),
            Email(message=VALID_EMAIL),
            Length(max=254, message=AT_MOST),
        ],
    )
    password = PasswordField(
        _l("Password"),
        validators=[
            InputRequired(),
            Length(min=passwords.MIN_LENGTH, max=passwords.MAX_LENGTH, message=BETWEEN),
            acceptable_password,
        ],
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[InputRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )
    role = RadioField(
        _l("I am a"),
        choices=[SelectChoice("student", _l("Student")), SelectChoice("teacher", _l("Teacher"))],
        default="student",
        validators=[InputRequired()],
    )
    # Filled in by the browser (static/js/app.js) so that "today" follows the student's clock.
    timezone = HiddenField(validators=[_known_timezone])
    # The administrator's invitation, from the link's ?invite=, for teachers.
    invite = HiddenField(validators=[Length(max=500)])


class SignInForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[InputRequired(), Length(max=254, message=AT_MOST)])
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(), Length(max=passwords.MAX_LENGTH, message=AT_MOST)],
    )


class EmptyForm(FlaskForm):
    """A button that changes something: nothing but the CSRF token."""
