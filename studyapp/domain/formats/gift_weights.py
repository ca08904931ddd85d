"""Choice weights in GIFT (`~%50%half right`): what Moodle accepts, what a file's own were.

A question keeps its file's partial credit in `extra["weights"]` (choice text -> percent),
so an exported set gives Moodle back the weights it came with; without them a select-all
gets the even split, in weights Moodle's grade list holds.
"""

from __future__ import annotations

from ..questions import Question

# Moodle's grade list (question_bank::fraction_options_full): an imported weight outside it
# is refused. Each is a percentage, negated for wrong choices.
MOODLE_WEIGHTS = (
    100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
    14.28571, 12.5, 11.11111, 10, 5,
)  # fmt: skip


def choice_weights(question: Question) -> dict[str, float]:
    """Each choice's weight in percent: the file's own where it kept them and they still fit
    the choices, else the even split. For an mcq only its partly right or negative choices."""
    choices = question.choices or []
    stored = question.extra.get("weights")
    kept = {
        c: float(w)
        for c, w in (stored.items() if isinstance(stored, dict) else ())
        if c in choices and isinstance(w, int | float) and not isinstance(w, bool)
    }
    if question.type == "mcq":
        return {c: w for c, w in kept.items() if c != question.answer and w < 100}
    answer = question.answer if isinstance(question.answer, list) else [question.answer]
    if set(kept) == set(choices) and {c for c, w in kept.items() if w > 0} == set(answer):
        return kept
    return default_weights([a for a in answer if isinstance(a, str)], choices)


def read_weights(
    weights: list[float], answer: list[str] | str | bool, choices: list[str]
) -> dict[str, float]:
    """The weights read (one per choice) worth keeping: an mcq's partly right or negative
    choices, or a select-all's weights where they are not the even split."""
    by_choice = dict(zip(choices, weights, strict=True))
    if isinstance(answer, str):
        return {c: w for c, w in by_choice.items() if c != answer and w != 0}
    default = default_weights(answer if isinstance(answer, list) else [], choices)
    if all(abs(w - default[c]) < 1e-4 for c, w in by_choice.items()):
        return {}
    return by_choice


def default_weights(answer: list[str], choices: list[str]) -> dict[str, float]:
    """A select-all's weights from Moodle's grade list: the right choices' add up to 100 (even
    where possible), each wrong one takes the listed weight nearest -100 / wrong choices."""
    shares = iter(_shares(len(answer)))
    wrong_count = max(1, len(choices) - len(answer))
    wrong = -min(MOODLE_WEIGHTS, key=lambda w: abs(w - 100 / wrong_count))
    return {c: next(shares) if c in answer else wrong for c in choices}


def _shares(count: int) -> list[float]:
    """`count` weights from Moodle's list that add up to 100: equal up to 10, tens and fives
    up to 20 (the list has nothing between 5 and 10); beyond that Moodle cannot grade it."""
    if count <= 0:
        return []
    if count <= 10:
        return [float(f"{100 / count:.5f}")] * count
    if count <= 20:
        return [10.0] * (20 - count) + [5.0] * (2 * count - 20)
    return [100 / count] * count
