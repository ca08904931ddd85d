"""A date asked as a question, as a teacher asks it: «متى سيتم استقبال الطلاب؟», "When will
the rover launch?". The other form of a date gap, as counts.py makes of a number gap: the gap
shows its whole sentence, the question only what it asks; the ranker keeps one of the two.

The rules are per language (when_ar.py: «متى» before the clause, its time phrase left out;
when_en.py: "When" with the auxiliary turned round), in RULES. The answers are the gap's own
and the date with the words said of it («يوم الجمعة الماضي», "on Monday").
"""

from __future__ import annotations

from ..questions import Question
from . import counts, when_ar, when_en
from .document import Document
from .drafts import gives_away
from .repeats import key_of

RULES: dict[str, counts.Rule] = {"ar": when_ar.asked, "en": when_en.asked}


# Gaps of these kinds are accepted as often as a date's (calibration's rates: numbers 0.82,
# dates 0.73): a question that would print their key is not made, and the date stays a gap
# that hides the other's key ("grew by … in ____"). A name or place it prints (rated 0.23 to
# 0.40) is left to the question, and its gap folds as printed.
_NAMED = ("number", "date")


def add_when_forms(doc: Document, drafts: list[Question]) -> list[Question]:
    """`drafts` and, after them, the "when" question of each date gap that has one."""
    forms = counts.rewrites(doc, drafts, "date", RULES, _answers)
    return drafts + [form for form in forms if not _prints_a_key(form, drafts)]


def _prints_a_key(form: Question, drafts: list[Question]) -> bool:
    """True when the question prints the key of another number or date gap of its sentence:
    "When will sales reach 40 million?" beside "reach ____ in 2030" keyed "40 million"."""
    return any(
        gap.type == "cloze"
        and gap.category in _NAMED
        and gap.source.start < form.source.end
        and form.source.start < gap.source.end
        and gives_away(form.prompt, key_of(gap))
        for gap in drafts
    )


def _answers(doc: Document, gap: Question, asked: counts.Asked) -> list[str]:
    _, key, accept = asked
    own = gap.answer if isinstance(gap.answer, list) else []
    return [key, *own, *accept]
