"""A set of three gap-fills whose first two give each other away ("____ RPM and 1500 RPM"
beside "1800 RPM and ____ RPM"), the third apart: for the quiz draw and the draft page."""

from __future__ import annotations

from studyapp.models import Question, QuestionSet

ARTICLE = "The turbines run at 1800 RPM and 1500 RPM. Parsons built the first one in 1884."
FIRST = "The turbines run at 1800 RPM and 1500 RPM."
SECOND = "Parsons built the first one in 1884."


def gap(key: str, answer: str, sentence: str, **fields: object) -> Question:
    """A gap on `answer` in `sentence` of ARTICLE; `fields` set the status, category and so on."""
    start = ARTICLE.index(sentence)
    return Question(
        key=key,
        position=int(key[-1]),
        type="cloze",
        prompt=sentence.replace(answer, "____", 1),
        answer=[answer],
        source_start=start,
        source_end=start + len(sentence),
        **fields,
    )


def turbines_set(owner_id: int, status: str, **fields: object) -> QuestionSet:
    """The set with its three questions, all of `status`."""
    qset = QuestionSet(slug="turbines", title="Turbines", language="en", article=ARTICLE)
    qset.owner_id = owner_id
    qset.questions = [
        gap("q1", "1800", FIRST, status=status, category="number", **fields),
        gap("q2", "1500", FIRST, status=status, category="entity", **fields),
        gap("q3", "1884", SECOND, status=status, category="date", **fields),
    ]
    return qset
