"""The import form: the file, how to read it, and what carries it from preview to import."""

from __future__ import annotations

import base64
import binascii
import hashlib

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import HiddenField, RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import Length, Optional, StopValidation, ValidationError

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


_KNOWN = {"term": TERM_SEPARATORS, "card": CARD_SEPARATORS}


class _TypedWhenCustom:
    """Custom ticked asks for the separator. It stops the chain itself: Optional, after it,
    would stop an empty field's chain before any check of the form's own."""

    def __init__(self, radio: str) -> None:
        self.radio = radio

    def __call__(self, form: FlaskForm, field: StringField) -> None:
        if form[self.radio].data == CUSTOM and not field.data:
            raise StopValidation(_l("Type the separator."))


def _separator_choice(label: str, *known: SelectChoice) -> RadioField:
    """A separator's choices: guess it, the ones named in `known`, or type one."""
    return RadioField(
        label, choices=[GUESS, *known, SelectChoice(CUSTOM, _l("Custom"))], default=""
    )


def _custom_separator(radio: str) -> StringField:
    validators = [_TypedWhenCustom(radio), Optional(), Length(max=10)]
    return StringField(_l("Custom separator"), validators=validators)


class ImportForm(FlaskForm):
    upload = FileField(_l("Question-set file (.yaml, .gift, .xml, .csv, .txt)"))
    file_format = SelectField(
        _l("Read it as"), choices=[SelectChoice(k, v) for k, v in FORMATS.items()], default=""
    )
    term_separator = _separator_choice(
        _l("Between term and definition"),
        SelectChoice("tab", _l("Tab")),
        SelectChoice("comma", _l("Comma")),
    )
    term_custom = _custom_separator("term_separator")
    card_separator = _separator_choice(
        _l("Between cards"),
        SelectChoice("newline", _l("New line")),
        SelectChoice("semicolon", _l("Semicolon")),
    )
    card_custom = _custom_separator("card_separator")
    # The file as read at the preview, so that the import reads the very same bytes.
    content = HiddenField()
    file_name = HiddenField()
    # The set's state and the reading the preview showed; the import is refused if either moved.
    version = HiddenField()
    reading = HiddenField()

    def validate_upload(self, field: FileField) -> None:
        if (not field.data or not field.data.filename) and not self.content.data:
            raise ValidationError(_l("Choose a file."))

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
        return Separators(self._chosen("term"), self._chosen("card"))

    def _chosen(self, part: str) -> str | None:
        """The `part` separator ticked, or typed when Custom is ticked; None to guess it."""
        radio, custom = self[f"{part}_separator"], self[f"{part}_custom"]
        typed = custom.data if radio.data == CUSTOM else None
        return typed or _KNOWN[part].get(radio.data or "")

    def show_separators(self, separators: Separators) -> None:
        """Tick the separators the file was read with (guessed ones included)."""
        for part, value in (("term", separators.term), ("card", separators.card)):
            known = _KNOWN[part].items()
            name = next((key for key, known_value in known if known_value == value), None)
            self[f"{part}_separator"].data = name or CUSTOM
            self[f"{part}_custom"].data = None if name else value

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
