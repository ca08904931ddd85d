"""The question editor's form: every question type in one form, each field checked for the
type chosen, filled from a domain question and turned back into one. Messages are lazy."""

from __future__ import annotations

import random

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from ..domain import matching
from ..domain import questions as domain
from ..domain.numerical import accepted_value, format_number, parse_number
from ..domain.text import normalize
from .forms import AT_MOST
from .templating import CATEGORY_LABELS, TYPE_LABELS


def lines(text: str | None) -> list[str]:
    """One item per non-empty line, outer spaces trimmed."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# A question's free text, checked here as the browser's limits can be bypassed.
TEXT_CHARS = 2000
LIST_CHARS = 5000


def _at_most(chars: int) -> Length:
    return Length(max=chars, message=AT_MOST)


class QuestionForm(FlaskForm):
    """Every question type in one form; the fields that matter depend on `type`."""

    type = SelectField(
        _l("Type"), choices=[SelectChoice(k, v) for k, v in TYPE_LABELS.items()], default="mcq"
    )
    category = SelectField(
        _l("Category"),
        choices=[SelectChoice(k, v) for k, v in CATEGORY_LABELS.items()],
        default="fact",
    )
    prompt = TextAreaField(_l("Question"), validators=[InputRequired(), Length(max=2000)])
    # No Optional() on the type-dependent fields: it would stop their inline checks.
    choices = TextAreaField(_l("Choices, one per line"), validators=[_at_most(LIST_CHARS)])
    right = TextAreaField(
        _l("Right answer (several for select-all: one per line)"),
        validators=[_at_most(LIST_CHARS)],
    )
    # Cloze and short: further answers graded as right; `right` is the one students are shown.
    accept = TextAreaField(_l("Also accept (one per line)"), validators=[_at_most(LIST_CHARS)])
    truth = RadioField(
        _l("The statement is"),
        choices=[SelectChoice("true", _l("True")), SelectChoice("false", _l("False"))],
        validate_choice=False,
    )
    back = TextAreaField(_l("Back of the card"), validators=[_at_most(TEXT_CHARS)])
    number = StringField(_l("The number"), validators=[_at_most(40)])
    tolerance = StringField(_l("Give or take (tolerance)"), validators=[_at_most(40)])
    pairs = TextAreaField(
        _l("Pairs, one per line: item -> its match"), validators=[_at_most(LIST_CHARS)]
    )
    source = SelectField(_l("Source sentence in the article"), validators=[InputRequired()])
    explanation = TextAreaField(
        _l("Explanation (optional)"), validators=[Optional(), _at_most(TEXT_CHARS)]
    )
    confirm_reset = HiddenField()

    def validate_choices(self, field: TextAreaField) -> None:
        kind = self.type.data
        if kind not in domain.TYPES_WITH_CHOICES:
            return
        items = lines(field.data)
        if kind == "order":
            if len(items) < 3:
                raise ValidationError(_l("An order question needs at least three steps."))
        elif len(items) < 3:
            raise ValidationError(_l("Give at least three choices."))
        folded = [normalize(item, drop_articles=False) for item in items]
        if len(set(folded)) != len(folded):
            raise ValidationError(_l("Two choices are the same."))

    def validate_right(self, field: TextAreaField) -> None:
        kind = self.type.data
        answers = lines(field.data)
        choices = lines(self.choices.data)
        if kind == "mcq":
            if len(answers) != 1 or answers[0] not in choices:
                raise ValidationError(_l("Write the right answer exactly as one of the choices."))
        elif kind == "multi":
            if not answers:
                raise ValidationError(_l("Mark at least one right choice."))
            if any(answer not in choices for answer in answers):
                raise ValidationError(_l("Every right answer must be one of the choices."))
        elif kind in domain.TYPED_TYPES and not answers:
            raise ValidationError(_l("Give at least one accepted answer."))

    def validate_accept(self, field: TextAreaField) -> None:
        if self.type.data in domain.TYPED_TYPES and not all(map(normalize, lines(field.data))):
            raise ValidationError(_l("Write each accepted answer with letters or digits."))

    def validate_prompt(self, field: TextAreaField) -> None:
        if self.type.data != "cloze":
            return
        if (field.data or "").count(domain.CLOZE_GAP) != 1:
            raise ValidationError(_l("Mark the gap with ____ (four underscores), once."))
        answers = lines(self.right.data)
        if answers and f" {normalize(answers[0])} " in f" {normalize(field.data)} ":
            raise ValidationError(_l("The question gives the answer away."))

    def validate_truth(self, field: RadioField) -> None:
        if self.type.data == "truefalse" and field.data not in ("true", "false"):
            raise ValidationError(_l("Say whether the statement is true or false."))

    def validate_back(self, field: TextAreaField) -> None:
        if self.type.data == "flashcard" and not (field.data or "").strip():
            raise ValidationError(_l("Write the back of the card."))

    def validate_number(self, field: StringField) -> None:
        if self.type.data == "numerical" and parse_number(field.data or "") is None:
            raise ValidationError(_l("Write the answer as a number, such as 3.5."))

    def validate_tolerance(self, field: StringField) -> None:
        if self.type.data != "numerical" or not (field.data or "").strip():
            return
        tolerance = parse_number(field.data)
        if tolerance is None or tolerance < 0:
            raise ValidationError(_l("Write the tolerance as a number, 0 or more."))

    def validate_pairs(self, field: TextAreaField) -> None:
        if self.type.data != "matching":
            return
        pairs, distractors = _pairs(field.data)
        if any(not left or not right for left, right in pairs) or any(not d for d in distractors):
            raise ValidationError(_l("Write each pair as item -> its match."))
        choices = matching.choices_for(pairs, distractors)
        if matching.problems([list(pair) for pair in pairs], choices):
            raise ValidationError(
                _l("Give at least two pairs, each item once, and no match twice in the list.")
            )

    def fill_from(self, question: domain.Question) -> None:
        """Show an existing question in the form (on GET)."""
        self.type.data = question.type
        self.category.data = question.category
        self.prompt.data = question.prompt
        self.explanation.data = question.explanation or ""
        self.source.data = f"{question.source.start}:{question.source.end}"
        answer = question.answer
        if question.type == "order":
            self.choices.data = "\n".join(answer)  # type: ignore[arg-type]
        elif question.choices is not None:
            self.choices.data = "\n".join(question.choices)
        if question.type == "truefalse":
            self.truth.data = "true" if answer else "false"
        elif question.type == "flashcard":
            self.back.data = str(answer)
        elif question.type in domain.TYPED_TYPES:
            canonical, *others = question.accepted_answers or [""]
            self.right.data, self.accept.data = canonical, "\n".join(others)
        elif question.type == "numerical" and isinstance(answer, list) and answer:
            best = next((a for a in answer if a["weight"] == 100), answer[0])  # type: ignore[index]
            self.number.data = format_number(best["value"])  # type: ignore[index]
            self.tolerance.data = format_number(best["tolerance"])  # type: ignore[index]
        elif question.type == "matching":
            used = {right for _, right in answer}  # type: ignore[misc]
            rows = [f"{left} -> {right}" for left, right in answer]  # type: ignore[misc]
            rows += [f"-> {c}" for c in question.choices or [] if c not in used]
            self.pairs.data = "\n".join(rows)
        elif question.type in ("mcq", "multi"):
            self.right.data = "\n".join(answer if isinstance(answer, list) else [str(answer)])

    def to_question(self, key: str, article: str) -> domain.Question:
        """The question this form describes (validate the form first)."""
        kind = self.type.data
        start, end = (int(x) for x in self.source.data.split(":"))
        answer: domain.Answer
        choices: list[str] | None = None
        if kind == "mcq":
            choices, answer = lines(self.choices.data), lines(self.right.data)[0]
        elif kind == "multi":
            choices, answer = lines(self.choices.data), lines(self.right.data)
        elif kind == "order":
            answer = lines(self.choices.data)
            choices = shuffled_steps(answer)
        elif kind == "truefalse":
            answer = self.truth.data == "true"
        elif kind == "flashcard":
            answer = self.back.data.strip()
        elif kind == "numerical":
            tolerance = parse_number(self.tolerance.data or "") or 0.0
            answer = [accepted_value(parse_number(self.number.data) or 0.0, tolerance)]
        elif kind == "matching":
            pairs, distractors = _pairs(self.pairs.data)
            answer = [list(pair) for pair in pairs]
            choices = matching.choices_for(pairs, distractors)
        else:
            answer = domain.distinct_answers([*lines(self.right.data), *lines(self.accept.data)])
        return domain.Question(
            id=key,
            type=kind,
            category=self.category.data,
            prompt=self.prompt.data.strip(),
            choices=choices,
            answer=answer,
            source=domain.Source(start, end, article[start:end]),
            explanation=(self.explanation.data or "").strip() or None,
        )


def _pairs(text: str | None) -> tuple[list[tuple[str, str]], list[str]]:
    """`item -> match` lines as pairs; `-> match` lines are matches for no item."""
    pairs, distractors = [], []
    for line in lines(text):
        left, _, right = line.partition("->")
        if left.strip():
            pairs.append((left.strip(), right.strip()))
        else:
            distractors.append(right.strip())
    return pairs, distractors


def shuffled_steps(steps: list[str]) -> list[str]:
    """The steps as shown to students: shuffled the same way each time, never in order."""
    shown = random.Random("\n".join(steps)).sample(steps, len(steps))
    return shown if shown != steps else steps[1:] + steps[:1]
