"""The account page's forms: study pace, time zone and language, password, deleting the
account. Messages are lazy so they follow the page's language."""

from __future__ import annotations

from zoneinfo import available_timezones

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, PasswordField, SelectField
from wtforms.validators import (
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    StopValidation,
    ValidationError,
)

from ..domain import passwords
from ..services.account_settings import MAX_NEW_PER_DAY, RETENTION_PERCENTS
from .forms import AT_MOST, BETWEEN, acceptable_password

WHOLE_NUMBER = _l("Enter a whole number from %(min)d to %(max)d.")


class WholeNumberField(IntegerField):
    """A number field whose text that is no number gets the range's message alone, not
    WTForms' own (whose Arabic speaks of a "real number") followed by the range's."""

    def pre_validate(self, form: FlaskForm) -> None:
        if not self.process_errors or not self.raw_data or not self.raw_data[0].strip():
            return
        self.errors = []
        for validator in self.validators:
            if isinstance(validator, NumberRange):
                raise StopValidation(
                    str(validator.message) % {"min": validator.min, "max": validator.max}
                )


def _known_zone(form: FlaskForm, field: SelectField) -> None:
    if field.data not in available_timezones():
        raise ValidationError(_l("Choose a time zone from the list."))


def _offered_language(form: FlaskForm, field: SelectField) -> None:
    if field.data not in current_app.config["LANGUAGES"]:
        raise ValidationError(_l("Choose a language from the list."))


class PaceForm(FlaskForm):
    new_cards_per_day = WholeNumberField(
        _l("New questions a day"),
        validators=[
            InputRequired(_l("Enter how many new questions a day.")),
            NumberRange(min=0, max=MAX_NEW_PER_DAY, message=WHOLE_NUMBER),
        ],
    )
    retention_percent = WholeNumberField(
        _l("Desired retention, in percent"),
        validators=[
            InputRequired(_l("Enter the share of answers you want to get right.")),
            NumberRange(min=RETENTION_PERCENTS[0], max=RETENTION_PERCENTS[1], message=WHOLE_NUMBER),
        ],
    )
    # Choices are filled in by the view; an unknown value is an error of ours, not WTForms'.
    timezone = SelectField(_l("Time zone"), validate_choice=False, validators=[_known_zone])
    locale = SelectField(
        _l("Interface language"), validate_choice=False, validators=[_offered_language]
    )


class PasswordForm(FlaskForm):
    current_password = PasswordField(
        _l("Current password"),
        validators=[
            InputRequired(_l("Enter your current password.")),
            Length(max=passwords.MAX_LENGTH, message=AT_MOST),
        ],
    )
    password = PasswordField(
        _l("New password"),
        validators=[
            InputRequired(_l("Enter a new password.")),
            Length(min=passwords.MIN_LENGTH, max=passwords.MAX_LENGTH, message=BETWEEN),
            acceptable_password,
        ],
    )
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[InputRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class DeleteAccountForm(FlaskForm):
    # Its own id: the settings page also shows the password form's `password`.
    password = PasswordField(
        _l("Your password"),
        validators=[
            InputRequired(_l("Enter your password to delete the account.")),
            Length(max=passwords.MAX_LENGTH, message=AT_MOST),
        ],
        id="delete-password",
    )
