"""The import form: the file, how to read it, and what carries it from preview to import."""

from __future__ import annotations

import base64
import binascii
import hashlib

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import HiddenField, RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import Length, Optional, ValidationError

from ..domain.formats.card_text import CARD_SEPARATORS, TERM_SEPARATORS, Separators

FORMATS = {
    "": _l("Tell from the file (a .txt file is recognised by its text)"),
    "yaml": _l("studyapp YAML"),
    "gift": _l("Moodle GIFT"),
    "csv": _l("CSV, or Anki notes in plain text"),
    "cards": _l("Terms and definitions (Quizlet)"),
}
GUESS = SelectChoice("", _l("Guess"))
CUSTOM = "custom"


class ImportForm(FlaskForm):
    upload = FileField(_l("Question-set file (.yaml, .gift, .xml, .csv, .txt)"))
    file_format = SelectField(
        _l("Read it as"), choices=[SelectChoice(k, v) for k, v in FORMATS.items()], default=""
    )
    term_separator = RadioField(
        _l("Between term and definition"),
        choices=[
            GUESS,
            SelectChoice("tab", _l("Tab")),
            SelectChoice("comma", _l("Comma")),
            SelectChoice(CUSTOM, _l("Custom")),
        ],
        default="",
    )
    term_custom = StringField(_l("Custom separator"), validators=[Optional(), Length(max=10)])
    card_separator = RadioField(
        _l("Between cards"),
        choices=[
            GUESS,
            SelectChoice("newline", _l("New line")),
            SelectChoice("semicolon", _l("Semicolon")),
            SelectChoice(CUSTOM, _l("Custom")),
        ],
        default="",
    )
    card_custom = StringField(_l("Custom separator"), validators=[Optional(), Length(max=10)])
    # The file as read at the preview, so that the import reads the very same bytes.
    content = HiddenField()
    file_name = HiddenField()
    # The set's state and the reading the preview showed; the import is refused if either moved.
    version = HiddenField()
    reading = HiddenField()

    def validate_upload(self, field: FileField) -> None:
        if (not field.data or not field.data.filename) and not self.content.data:
            raise ValidationError(_l("Choose a file."))

    def validate_term_custom(self, field: StringField) -> None:
        if self.term_separator.data == CUSTOM and not field.data:
            raise ValidationError(_l("Type the separator."))

    def validate_card_custom(self, field: StringField) -> None:
        if self.card_separator.data == CUSTOM and not field.data:
            raise ValidationError(_l("Type the separator."))

    def the_file(self) -> tuple[str, bytes]:
        """(name, bytes): the file just chosen, else the one carried from the preview."""
        upload = self.upload.data
        if upload and upload.filename:
            return upload.filename, upload.read()
        try:
            return self.file_name.data or "", base64.b64decode(self.content.data, validate=True)
        except (binascii.Error, ValueError):
            return self.file_name.data or "", b""

    def separators(self) -> Separators:
        term = self.term_custom.data if self.term_separator.data == CUSTOM else None
        card = self.card_custom.data if self.card_separator.data == CUSTOM else None
        return Separators(
            term or TERM_SEPARATORS.get(self.term_separator.data or ""),
            card or CARD_SEPARATORS.get(self.card_separator.data or ""),
        )

    def show_separators(self, separators: Separators) -> None:
        """Tick the separators the file was read with (guessed ones included)."""
        pairs = (
            (self.term_separator, self.term_custom, TERM_SEPARATORS, separators.term),
            (self.card_separator, self.card_custom, CARD_SEPARATORS, separators.card),
        )
        for radio, custom, known, value in pairs:
            name = next((key for key, known_value in known.items() if known_value == value), None)
            radio.data = name or CUSTOM
            custom.data = None if name else value

    def carry(self, name: str, raw: bytes, version: str) -> None:
        """Keep the file and what the preview showed for the confirmation."""
        self.content.data = base64.b64encode(raw).decode("ascii")
        self.file_name.data = name
        self.version.data = version
        self.reading.data = self.reading_of(raw)

    def reading_of(self, raw: bytes) -> str:
        """A digest of the file and how it is read, so an import confirms what was previewed."""
        separators = self.separators()
        parts = [hashlib.sha256(raw).hexdigest(), self.file_format.data or ""]
        parts += [separators.term or "", separators.card or ""]
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
