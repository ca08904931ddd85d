"""The teacher's forms. Messages are lazy so they speak the teacher's language."""

from __future__ import annotations

import unicodedata

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError


def one_line(form: FlaskForm, field: StringField) -> None:
    """A title or a name: words on one line (a line break would break the GIFT export)."""
    text = field.data or ""
    if not text.strip():
        raise ValidationError(_l("Write more than spaces."))
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in text):
        raise ValidationError(_l("Use one line, without tabs or control characters."))


BACKEND_LABELS = {
    "rules": _l("studyapp's own rules, on this server"),
    "llm": _l("The school's language model"),
    "mixed": _l("Both, ranked together"),
}


class ArticleForm(FlaskForm):
    title = StringField(_l("Title"), validators=[InputRequired(), Length(max=300), one_line])
    article = TextAreaField(_l("Article"), validators=[Optional()])
    upload = FileField(_l("Or upload a file (.txt, .md, .html, .docx)"))
    tags = StringField(_l("Tags (separated by commas)"), validators=[Optional(), Length(max=300)])
    # Shown only when a language model is configured (the view sets the choices).
    generator = SelectField(_l("Questions proposed by"), choices=[], validate_choice=False)

    def validate_generator(self, field: SelectField) -> None:
        offered = [choice[0] for choice in field.choices or []]
        if field.data and field.data not in offered:
            raise ValidationError(_l("Choose one of the generators listed."))

    def validate_article(self, field: TextAreaField) -> None:
        if not (field.data or "").strip() and not self.upload.data:
            raise ValidationError(_l("Paste the article or upload a file."))


class ArticleEditForm(FlaskForm):
    article = TextAreaField(_l("Article"), validators=[InputRequired()])


class SetDetailsForm(FlaskForm):
    title = StringField(_l("Title"), validators=[InputRequired(), Length(max=300), one_line])
    tags = StringField(_l("Tags (separated by commas)"), validators=[Optional(), Length(max=300)])


class ApproveBestForm(FlaskForm):
    count = IntegerField(
        _l("How many"), default=10, validators=[InputRequired(), NumberRange(min=1, max=200)]
    )


class ClassForm(FlaskForm):
    name = StringField(_l("Class name"), validators=[InputRequired(), Length(max=120), one_line])


class JoinForm(FlaskForm):
    code = StringField(_l("Class code"), validators=[InputRequired(), Length(min=4, max=12)])


class AssignForm(FlaskForm):
    set_id = SelectField(_l("Question set"), coerce=int, validators=[InputRequired()])
