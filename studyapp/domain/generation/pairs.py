"""Two or three gaps of one sentence, asked apart: each prompt hides the others' answers.

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


Span = tuple[int, int]
# A gap and at most two others of its sentence: more hidden would leave little to read.
_MOST = 3


def asked_apart(
    kept: list[Question], again: list[Question], clash: Callable[[Question, Question], bool]
) -> tuple[list[Question], list[Question], list[Question]]:
    """Of `again` (the questions a kept one gives away, and that give it away), the number and
    date gaps of a sentence grouped with the one kept gap they clash with, each rewritten to hide
    the others' answers: `kept` with those partners rewritten, the rewritten others, and the
    rest of `again`."""
    kept = list(kept)
    groups: dict[int, list[tuple[Question, Span]]] = {}
    later: list[Question] = []
    for question in again:
        partners = [k for k, other in enumerate(kept) if clash(question, other)]
        span = _gap_span(question)
        if len(partners) == 1 and span is not None:
            k = partners[0]
            group = groups.get(k, [])
            if not group and kept[k].source == question.source:
                first = _gap_span(kept[k])
                group = [(kept[k], first)] if first is not None else []
            text = question.source.text
            if 0 < len(group) < _MOST and all(_apart(text, span, other) for _, other in group):
                groups[k] = [*group, (question, span)]
                continue
        later.append(question)
    apart: list[Question] = []
    for k, group in groups.items():
        rewritten = [
            _with(question, span, [other for _, other in group if other != span])
            for question, span in group
        ]
        kept[k] = rewritten[0]
        apart += rewritten[1:]
    return kept, apart, later


def _apart(text: str, one: Span, other: Span) -> bool:
    """True for two gaps that neither overlap nor are the two ends of one range."""
    (a1, b1), (a2, b2) = one, other
    if a1 < b2 and a2 < b1:
        return False  # one answer inside the other
    between = text[min(b1, b2) : max(a1, a2)].strip(" $£€")
    return len(between) > 1 and between not in _RANGE_JOINS  # "12 to ____", "2014-____"


def _gap_span(question: Question) -> Span | None:
    """Where a number or date gap's answer stands in its sentence, when the prompt is the
    sentence with the gap and nothing else changed."""
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


def _with(question: Question, gap: Span, hidden: list[Span]) -> Question:
    text = question.source.text
    cuts = sorted([(gap, CLOZE_GAP), *((span, HIDDEN) for span in hidden)])
    prompt, at = "", 0
    for (a, b), shown in cuts:
        prompt += text[at:a] + shown
        at = b
    prompt += text[at:]
    source = question.source
    new_id = question_id("cloze", source.start, source.end, question.answer, prompt)
    return replace(question, id=new_id, prompt=prompt, extra=dict(question.extra))
