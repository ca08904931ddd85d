"""Two gaps of one sentence, asked apart: each prompt hides the other's answer.

"بلغت المبيعات ____ درهم وصافي الأرباح 48 مليون درهم" beside "بلغت المبيعات 558 مليون درهم
وصافي الأرباح ____ درهم": each question prints the other's answer, and blind reviewers reject
the second as a duplicate (18% of such questions accepted against 74% of the first on their
sentence, twenty-eighth review). With the other's answer shown as "…" in each, both are asked:
"بلغت المبيعات ____ درهم وصافي الأرباح … درهم".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..questions import CLOZE_GAP, Question
from .drafts import question_id

HIDDEN = "…"
# Numbers and dates only: a name hidden takes the sentence's subject with it ("China's …'s
# vaccine"), and a phrase gap or a quote completion is no fact worth a hidden neighbour.
_KINDS = frozenset({"number", "date"})
# What joins the two ends of a range: "$12 to $15 million" is one fact, asked by its first end.
_RANGE_JOINS = frozenset("to and or - – — / و او أو إلى الى حتى".split())


def asked_apart(
    kept: list[Question], again: list[Question], clash: Callable[[Question, Question], bool]
) -> tuple[list[Question], list[Question], list[Question]]:
    """Of `again` (the questions a kept one gives away, and that give it away), each number or
    date gap paired with the one kept gap of its sentence it clashes with, both rewritten to
    hide each other's answer: `kept` with the partners rewritten, the rewritten seconds, and
    the rest of `again`. A kept gap is paired once: a third gap of its sentence stays behind."""
    kept = list(kept)
    paired: set[int] = set()
    apart: list[Question] = []
    later: list[Question] = []
    for question in again:
        partners = [k for k, other in enumerate(kept) if clash(question, other)]
        hidden = None
        if len(partners) == 1 and partners[0] not in paired:
            hidden = _hide_each_other(kept[partners[0]], question)
        if hidden is None:
            later.append(question)
            continue
        kept[partners[0]] = hidden[0]
        apart.append(hidden[1])
        paired.add(partners[0])
    return kept, apart, later


def _hide_each_other(first: Question, second: Question) -> tuple[Question, Question] | None:
    """The two gaps with the other's answer hidden, or None when they are not two named gaps
    whose prompts are their sentence as written."""
    if first.source != second.source:
        return None
    spans = [_gap_span(question) for question in (first, second)]
    if spans[0] is None or spans[1] is None:
        return None
    (a1, b1), (a2, b2) = spans
    if a1 < b2 and a2 < b1:
        return None  # overlapping gaps: one answer inside the other
    text = first.source.text
    between = text[min(b1, b2) : max(a1, a2)].strip(" $£€")
    if len(between) <= 1 or between in _RANGE_JOINS:
        return None  # "12 to ____", "2014-____": the other end of one range
    return _with(first, text, (a1, b1), (a2, b2)), _with(second, text, (a2, b2), (a1, b1))


def _gap_span(question: Question) -> tuple[int, int] | None:
    """Where a named gap's answer stands in its sentence, when the prompt is the sentence with
    the gap and nothing else changed."""
    if question.type != "cloze" or question.category not in _KINDS:
        return None
    prompt, text = question.prompt, question.source.text
    if prompt.count(CLOZE_GAP) != 1:
        return None
    a = prompt.index(CLOZE_GAP)
    b = len(text) - (len(prompt) - a - len(CLOZE_GAP))
    if b <= a or text[:a] != prompt[:a] or text[b:] != prompt[a + len(CLOZE_GAP) :]:
        return None
    return a, b


def _with(question: Question, text: str, gap: tuple[int, int], hidden: tuple[int, int]) -> Question:
    cuts = sorted([(gap, CLOZE_GAP), (hidden, HIDDEN)])
    prompt, at = "", 0
    for (a, b), shown in cuts:
        prompt += text[at:a] + shown
        at = b
    prompt += text[at:]
    source = question.source
    answer = question.answer
    new_id = question_id("cloze", source.start, source.end, answer, prompt)
    return replace(question, id=new_id, prompt=prompt, extra=dict(question.extra))
