"""Quizzes: which questions a quiz asks, how it is scored, when its time is up.

Drawing is round-robin over the categories: one question from each category in turn
(categories and the questions inside each shuffled by the seed), so a quiz of N questions
covers as many categories as it can before asking a second question of any one of them.
The same seed always draws the same questions in the same order.

The score is the share of questions answered right, out of every question drawn: a question
left unanswered (time up, handed in early) counts as wrong.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .percent import whole_percent_of
from .text import normalize

# A flashcard is rated by the student, not checked: it has no place in a scored quiz.
QUIZ_TYPES = ("mcq", "multi", "order", "cloze", "short", "truefalse", "numerical", "matching")

DEFAULT_QUESTIONS = 10
MAX_QUESTIONS = 50
# Time limits a quiz may have, in seconds: a minute to three hours.
MIN_TIME_LIMIT_S = 60
MAX_TIME_LIMIT_S = 3 * 60 * 60
# An answer sent in the last moment still counts: the page and the network take a while.
GRACE_S = 5


def draw(
    questions: Sequence[tuple[int, str]],
    n: int,
    seed: Hashable,
    clashes: Mapping[int, set[int]] | None = None,
) -> list[int]:
    """Up to `n` question ids of (id, category) pairs, spread across categories round-robin.

    Of two questions that `clashes` pairs (one's prompt shows the other's answer), the second
    is drawn only when nothing else is left to fill the quiz."""
    if n <= 0:
        return []
    clashes = clashes or {}
    rng = random.Random(str(seed))
    by_category: dict[str, list[int]] = {}
    for question_id, category in sorted(set(questions)):
        by_category.setdefault(category, []).append(question_id)
    queues = [by_category[category] for category in sorted(by_category)]
    rng.shuffle(queues)
    for queue in queues:
        rng.shuffle(queue)
    drawn: list[int] = []
    taken: set[int] = set()  # drawn, as a set: the clash test reads it for every candidate
    apart = True  # until no question left fits beside those drawn
    while len(drawn) < n and any(queues):
        added = False
        for queue in queues:
            if not queue or len(drawn) >= n:
                continue
            # The last in the queue that fits beside those drawn (any one, once none does).
            pick = next(
                (
                    q
                    for q in reversed(queue)
                    if not apart or clashes.get(q, set()).isdisjoint(taken)
                ),
                None,
            )
            if pick is not None:
                queue.remove(pick)
                drawn.append(pick)
                taken.add(pick)
                added = True
        apart = apart and added
    return drawn


def clashes(questions: Iterable[tuple[int, str, Sequence[str]]]) -> dict[int, set[int]]:
    """For (id, prompt, answers) triples, which questions give each other away: one's prompt
    shows one of the other's answers ("____ RPM and 1500 RPM" beside "1800 RPM and ____ RPM";
    "Who is the minister?" beside a gap whose sentence names her).

    Each prompt's runs of words are looked up among the answers, so a set of a thousand
    questions costs its prompts' length, not a million comparisons."""
    items = [(qid, normalize(prompt).split(), answers) for qid, prompt, answers in questions]
    owners: dict[str, set[int]] = {}
    for qid, _, answers in items:
        for answer in answers:
            key = normalize(answer)
            if key:
                owners.setdefault(key, set()).add(qid)
    longest = min(_LONGEST_ANSWER, max((len(key.split()) for key in owners), default=0))
    found: dict[int, set[int]] = {}
    for qid, words, _ in items:
        for size in range(1, longest + 1):
            for at in range(len(words) - size + 1):
                for other in owners.get(" ".join(words[at : at + size]), ()):
                    if other != qid:
                        found.setdefault(qid, set()).add(other)
                        found.setdefault(other, set()).add(qid)
    return found


# Answers longer than this many words are not looked for in other prompts: a clause that long
# shown elsewhere is a duplicate question, which the generator and the teacher handle.
_LONGEST_ANSWER = 8


@dataclass(frozen=True)
class Score:
    right: int
    total: int

    @property
    def fraction(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return whole_percent_of(self.right, self.total) if self.total else 0


def score(results: Iterable[bool], total: int) -> Score:
    """`results`: whether each answered question was right; `total`: questions drawn."""
    right = sum(1 for correct in results if correct)
    if right > total:
        raise ValueError(f"{right} right answers out of {total} questions")
    return Score(right=right, total=total)


def deadline(
    started_at: datetime, time_limit_s: int | None, closes_at: datetime | None = None
) -> datetime | None:
    """When the quiz ends: its time limit, or the close of a class quiz, whichever comes first."""
    ends = [closes_at] if closes_at is not None else []
    if time_limit_s is not None:
        ends.append(started_at + timedelta(seconds=time_limit_s))
    return min(ends) if ends else None


def is_late(ends: datetime | None, now: datetime, *, grace_s: int = GRACE_S) -> bool:
    """Past the deadline and its grace: an answer sent now no longer counts."""
    return ends is not None and now > ends + timedelta(seconds=grace_s)


def seconds_left(ends: datetime | None, now: datetime) -> int | None:
    if ends is None:
        return None
    return max(0, int((ends - now).total_seconds()))
