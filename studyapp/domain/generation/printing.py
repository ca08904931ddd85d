"""What a question prints of another's answer: its prompt or choices show the key of a gap, in
Arabic with a proclitic too, or for a gap on a name a form it accepts (folding.py, apart.py)."""

from __future__ import annotations

import re

from ..questions import Question
from .drafts import gives_away, norm
from .ordinals import RANKED
from .repeats import first_answer

# Gaps on a name: printed by a form they accept as well.
NAMED = frozenset({"entity", "place"})


def prints(question: Question, gap: Question) -> bool:
    """True when `question`'s prompt or choices show the key of `gap`, or for a gap on a name
    another name it accepts ("Danone" of "Danone SA": reviewers rejected "… Procter & Gamble
    Co and ____" keyed "Danone SA" under "Who is Danone's finance chief?"). An ordinal shows
    only with the noun it ranks (ordinals.RANKED): "the third-largest city" gives away no "for
    the ____ time"."""
    answer = printed_key(gap)
    if not norm(answer):
        return False
    shown = " ".join([question.prompt, *(str(c) for c in question.choices or [])])
    if shows(shown, answer):
        return True
    if gap.type != "cloze" or gap.category not in NAMED:
        return False
    return any(shows(shown, form) for form in gap.accepted_answers if _a_name(form))


def printed_key(question: Question) -> str:
    """What another prompt must show to print `question`'s answer: its key, or an ordinal's
    key with the noun it ranks (ordinals.RANKED)."""
    return question.extra.get(RANKED) or first_answer(question)


# What Arabic writes onto the front of a word: «لوكالة أنباء البحرين», «بالمدارس», «وبغداد».
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PROCLITICS_AR = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


def shows(text: str, answer: str) -> bool:
    """True when `text` shows `answer` as whole words, in Arabic with a proclitic too."""
    if gives_away(text, answer):
        return True
    if not _ARABIC.match(answer):
        return False
    forms = [p + answer for p in _PROCLITICS_AR]
    if answer.startswith("ال"):  # «ل» + «المدارس» is written «للمدارس»
        forms += ["لل" + answer[2:], "ولل" + answer[2:]]
    padded = f" {norm(text)} "  # the prompt, normalised once for all the forms
    return any(f" {norm(form)} " in padded for form in forms)


def _a_name(form: str) -> bool:
    """An accepted form that names something on its own: a word of four letters or more."""
    return len(form.strip()) >= 4 and not any(ch.isdigit() for ch in form)
