"""Forms. Labels and messages are lazy so they follow the page's language."""

from __future__ import annotations

from zoneinfo import available_timezones

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, RadioField, SelectChoice, StringField
from wtforms.validators import Email, EqualTo, InputRequired, Length, ValidationError


def _known_timezone(form: FlaskForm, field: HiddenField) -> None:
    if field.data and field.data not in available_timezones():
        raise ValidationError(_l("Unknown time zone."))


class SignUpForm(FlaskForm):
    display_name = StringField(_l("Name"), validators=[InputRequired(), Length(max=80)])
    email = EmailField(_l("E-mail"), validators=[InputRequired(), Email(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[InputRequired(), Length(min=8, max=200)])
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


class SignInForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[InputRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[InputRequired(), Length(max=200)])


class EmptyForm(FlaskForm):
    """A button that changes something: nothing but the CSRF token."""
