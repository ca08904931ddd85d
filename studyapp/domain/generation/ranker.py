"""Ranking the overgenerated drafts: best first, spread over the article, no near-duplicates."""

from __future__ import annotations

import heapq

from rapidfuzz import fuzz

from ..questions import Question
from .drafts import norm

_SAME_SENTENCE = 0.12
_SAME_ANSWER = 0.2
_NEAR_DUPLICATE = 85
_USED_WORDS = 0.08


def answer_key(question: Question) -> str:
    if isinstance(question.answer, list):
        return " | ".join(sorted(norm(a) for a in question.answer))
    return norm(str(question.answer))


def answer_words(question: Question) -> set[str]:
    answers = question.answer if isinstance(question.answer, list) else [str(question.answer)]
    return {word for answer in answers for word in norm(answer).split()}


def _is_near_duplicate(question: Question, kept: list[Question]) -> bool:
    prompt = norm(question.prompt)
    return any(
        other.type == question.type and fuzz.ratio(prompt, norm(other.prompt)) >= _NEAR_DUPLICATE
        for other in kept
    )


def rank(questions: list[Question], limit: int | None = None) -> list[Question]:
    """Greedy selection by confidence with penalties for repeating a sentence or an answer.

    Penalties only grow, so a lazy heap gives the same order as re-scoring everything each step.
    """
    heap = [(-(q.confidence or 0.0), n, q) for n, q in enumerate(questions)]
    heapq.heapify(heap)
    by_sentence: dict[tuple[int, int], int] = {}
    by_answer: dict[str, list[Question]] = {}
    chosen: list[Question] = []
    ids: set[str] = set()
    used: set[str] = set()  # answer words already asked about, to spread the answers
    while heap and (limit is None or len(chosen) < limit):
        negative, n, question = heapq.heappop(heap)
        if question.id in ids:
            continue  # the same question found by two extractors
        where = (question.source.start, question.source.end)
        key = answer_key(question)
        same_answer = by_answer.get(key, [])
        if _is_near_duplicate(question, same_answer):
            continue
        base = question.confidence or 0.0
        score = base - _SAME_SENTENCE * by_sentence.get(where, 0)
        score -= _SAME_ANSWER * min(len(same_answer), 3)
        words = answer_words(question)
        if words:
            score -= _USED_WORDS * sum(1 for w in words if w in used) / len(words)
        if heap and score < -heap[0][0] - 1e-9 and score < -negative - 1e-9:
            heapq.heappush(heap, (-score, n, question))
            continue
        chosen.append(question)
        ids.add(question.id)
        used.update(words)
        by_sentence[where] = by_sentence.get(where, 0) + 1
        by_answer.setdefault(key, []).append(question)
    return chosen
