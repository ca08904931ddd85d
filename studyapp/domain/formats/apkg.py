"""An Anki deck (.apkg) through genanki: cloze notes for cloze questions, basic notes for the rest.

Ids are derived, never random: the note types from a fixed constant (one pair per text
direction), the deck from the set's slug and each note's GUID from (slug, question id), so
importing a newer export into Anki updates the same notes instead of adding copies. A cloze
note's GUID also names its kind: Anki refuses to change a note's type on import, so a question
that becomes (or stops being) a cloze arrives as a new note, and the old one stays in Anki.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile

import genanki

from ..question_files import QuestionSet
from ..questions import CLOZE_GAP, Question
from .cards import back_text

_ID_SEED = "studyapp-anki-1"
_DIRECTION = {"ar": "rtl", "en": "ltr"}

_CSS = """.card {{
  font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif;
  font-size: 22px; line-height: 1.6; direction: {direction}; text-align: {align};
  color: #1d1d1d; background: #fffdf8;
}}
.choices {{ margin: .5em 0; padding-inline-start: 1.5em; }}
.explanation {{ font-size: 18px; margin-top: .8em; }}
.source {{ font-size: 16px; color: #555; border-inline-start: 3px solid #ccc;
  margin: .8em 0 0; padding-inline-start: .6em; }}
.cloze {{ font-weight: bold; color: #0b5cad; }}
"""
_FRONT = '<div dir="auto" class="prompt">{{Prompt}}</div>\n{{#Choices}}{{Choices}}{{/Choices}}'
_BACK = (
    '{{FrontSide}}\n<hr id="answer">\n<div dir="auto" class="answer">{{Answer}}</div>\n'
    '{{#Explanation}}<div dir="auto" class="explanation">{{Explanation}}</div>{{/Explanation}}\n'
    '{{#Source}}<blockquote dir="auto" class="source">{{Source}}</blockquote>{{/Source}}'
)
_CLOZE_FRONT = '<div dir="auto">{{cloze:Text}}</div>'
_CLOZE_BACK = (
    '<div dir="auto">{{cloze:Text}}</div>\n'
    '{{#Extra}}<div dir="auto" class="explanation">{{Extra}}</div>{{/Extra}}\n'
    '{{#Source}}<blockquote dir="auto" class="source">{{Source}}</blockquote>{{/Source}}'
)


def stable_id(*parts: str) -> int:
    """A fixed id in Anki's customary range [2**30, 2**31) derived from `parts`."""
    digest = hashlib.sha256(":".join((_ID_SEED, *parts)).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def basic_model(language: str) -> genanki.Model:
    direction = _DIRECTION.get(language, "ltr")
    return genanki.Model(
        stable_id("basic", direction),
        f"studyapp question ({direction})",
        fields=[{"name": n} for n in ("Prompt", "Choices", "Answer", "Explanation", "Source")],
        templates=[{"name": "Question", "qfmt": _FRONT, "afmt": _BACK}],
        css=_css(direction),
    )


def cloze_model(language: str) -> genanki.Model:
    direction = _DIRECTION.get(language, "ltr")
    return genanki.Model(
        stable_id("cloze", direction),
        f"studyapp cloze ({direction})",
        fields=[{"name": n} for n in ("Text", "Extra", "Source")],
        templates=[{"name": "Cloze", "qfmt": _CLOZE_FRONT, "afmt": _CLOZE_BACK}],
        css=_css(direction),
        model_type=genanki.Model.CLOZE,
    )


def deck(qset: QuestionSet) -> genanki.Deck:
    """The set as a genanki deck, notes in the set's order."""
    result = genanki.Deck(stable_id("deck", qset.slug), qset.title)
    for question in qset.questions:
        result.add_note(note(qset, question))
    return result


def note(qset: QuestionSet, question: Question) -> genanki.Note:
    guid = genanki.guid_for(qset.slug, question.id)
    tags = [question.category.replace(" ", "_")]
    explanation = _html(question.explanation or "")
    source = _html(question.source.text)
    accepted = question.accepted_answers if question.type == "cloze" else []
    if accepted and not any(mark in accepted[0] for mark in ("::", "}}")):
        before, _, after = question.prompt.partition(CLOZE_GAP)
        text = f"{_html(before)}{{{{c1::{_html(accepted[0])}}}}}{_html(after)}"
        fields = [text, explanation, source]
        guid = genanki.guid_for(qset.slug, question.id, "cloze")
        return genanki.Note(cloze_model(qset.language), fields, guid=guid, tags=tags)
    choices = ""
    if question.choices and question.type != "truefalse":
        tag = "ol" if question.type == "order" else "ul"
        items = "".join(f'<li dir="auto">{_html(c)}</li>' for c in question.choices)
        choices = f'<{tag} class="choices">{items}</{tag}>'
    if question.type == "matching":  # the items, then their matches sorted: stored, they pair up
        lefts = "".join(f'<li dir="auto">{_html(left)}</li>' for left, _ in question.answer)  # type: ignore[misc]
        rights = "".join(f'<li dir="auto">{_html(c)}</li>' for c in sorted(question.choices or []))
        choices = f'<ol class="choices">{lefts}</ol><ul class="choices">{rights}</ul>'
    answer = question.answer
    if question.type == "matching":
        rows = (f'<li dir="auto">{_html(a)}: {_html(b)}</li>' for a, b in answer)  # type: ignore[misc]
        shown = "<ul>" + "".join(rows) + "</ul>"
    elif isinstance(answer, list) and question.type in ("order", "multi"):
        tag = "ol" if question.type == "order" else "ul"
        shown = (
            f"<{tag}>" + "".join(f'<li dir="auto">{_html(a)}</li>' for a in answer) + f"</{tag}>"
        )
    else:
        shown = _html(back_text(question, qset.language))
    fields = [_html(question.prompt), choices, shown, explanation, source]
    return genanki.Note(basic_model(qset.language), fields, guid=guid, tags=tags)


def export(qset: QuestionSet, *, now: float | None = None) -> bytes:
    """The .apkg file's bytes; `now` stamps the notes (Anki updates notes only when newer)."""
    timestamp = time.time() if now is None else now
    package = genanki.Package(deck(qset))
    # genanki's write_to_file leaves its temporary database behind; this cleans up after itself.
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "collection.anki2")
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")
    return out.getvalue()


def _css(direction: str) -> str:
    return _CSS.format(direction=direction, align="right" if direction == "rtl" else "left")


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")
