"""Item analysis of a question set over a class: how hard each question is, whether it
separates the students who know the article from those who do not, and which look broken.

Definitions, as the class page states them:
- facility: of the students who have answered the question's current answer (its answer
  version: a corrected key starts the count again), the share right at their first attempt
  on it: the earliest of their first review and their first quiz answer of it.
- discrimination: the corrected point-biserial correlation, over the sittings of one class
  quiz that drew the question, between being right on it (1 or 0) and the share right of
  the sitting's other questions. Each sitting is scored out of the questions drawn, an
  unanswered one counting as wrong, so handing in early does not lift a student. "Corrected":
  the question itself is left out of the score it is correlated with. None when fewer than
  MIN_CORRELATED sittings drew it, or when all of them got it right (or all wrong).
- flags, only with enough students: facility below 0.2 (too hard, or a wrong answer key) or
  above 0.95 (too easy) from MIN_FIRST_TRIES first attempts on; discrimination below 0.2
  (the strong students do little better than the weak) or below 0 (the weak do better:
  often a wrong key or a misleading prompt) from MIN_SITTINGS sittings on. Below those the
  page says there are too few students to judge.
- challenges: how many challenges of a marking the question drew from the class's students,
  and how many the teacher accepted; an accepted one flags the question (its key changed).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

HARD_BELOW = 0.2
EASY_ABOVE = 0.95
LOW_DISCRIMINATION = 0.2
MIN_FIRST_TRIES = 5
MIN_SITTINGS = 10
# A correlation needs at least three points to say anything.
MIN_CORRELATED = 3

TOO_HARD = "too_hard"
TOO_EASY = "too_easy"
LOW = "low_discrimination"
NEGATIVE = "negative_discrimination"
CHALLENGE_ACCEPTED = "challenge_accepted"


@dataclass(frozen=True)
class Try:
    """One answer of a student to a question, by review or by quiz, on one answer version
    (None: not known, as for answers logged before versions were recorded)."""

    student_id: int
    question_id: int
    correct: bool
    at: datetime
    answer_version: int | None = 1


@dataclass(frozen=True)
class Sitting:
    """A student's sitting of one class quiz: the questions drawn and those answered right."""

    attempt_id: int
    student_id: int
    drawn: Sequence[int]
    right: frozenset[int]

    @property
    def score(self) -> float:
        """Share right out of the questions drawn; an unanswered question is wrong."""
        return len(self.right & set(self.drawn)) / len(self.drawn) if self.drawn else 0.0


@dataclass(frozen=True)
class Challenged:
    """A student's challenge of a marking on the question, and whether it was accepted."""

    question_id: int
    accepted: bool


@dataclass(frozen=True)
class ItemStats:
    question_id: int
    first_tries: int
    facility: float | None
    sittings: int
    discrimination: float | None
    flags: tuple[str, ...]
    challenges: int = 0
    challenges_accepted: int = 0

    @property
    def facility_judged(self) -> bool:
        return self.first_tries >= MIN_FIRST_TRIES

    @property
    def discrimination_judged(self) -> bool:
        return self.sittings >= MIN_SITTINGS


def first_tries(tries: Iterable[Try], versions: Mapping[int, int]) -> dict[tuple[int, int], Try]:
    """The earliest try of each (student, question) on the question's current answer version;
    tries of questions not in `versions` are left out."""
    first: dict[tuple[int, int], Try] = {}
    for attempt in tries:
        if attempt.answer_version is None or versions.get(attempt.question_id) != (
            attempt.answer_version
        ):
            continue
        key = (attempt.student_id, attempt.question_id)
        if key not in first or attempt.at < first[key].at:
            first[key] = attempt
    return first


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / math.sqrt(sxx * syy)


def drew(sittings: Iterable[Sitting], question_id: int) -> list[Sitting]:
    """The sittings that drew the question (and at least one other, to score the rest)."""
    return [s for s in sittings if question_id in s.drawn and len(s.drawn) > 1]


def discrimination(sittings: Sequence[Sitting], question_id: int) -> float | None:
    """Corrected point-biserial correlation of the question in the sittings that drew it."""
    chosen = drew(sittings, question_id)
    if len(chosen) < MIN_CORRELATED:
        return None
    item = [1.0 if question_id in s.right else 0.0 for s in chosen]
    rest = [
        (len(s.right & set(s.drawn)) - x) / (len(s.drawn) - 1)
        for s, x in zip(chosen, item, strict=True)
    ]
    return _pearson(item, rest)


def flags(stats: ItemStats) -> tuple[str, ...]:
    found = []
    if stats.facility is not None and stats.facility_judged:
        if stats.facility < HARD_BELOW:
            found.append(TOO_HARD)
        elif stats.facility > EASY_ABOVE:
            found.append(TOO_EASY)
    if stats.discrimination is not None and stats.discrimination_judged:
        if stats.discrimination < 0:
            found.append(NEGATIVE)
        elif stats.discrimination < LOW_DISCRIMINATION:
            found.append(LOW)
    if stats.challenges_accepted:
        found.append(CHALLENGE_ACCEPTED)
    return tuple(found)


def analyse(
    versions: Mapping[int, int],
    tries: Iterable[Try],
    sittings: Sequence[Sitting],
    challenges: Iterable[Challenged] = (),
) -> list[ItemStats]:
    """Facility, discrimination, challenges and flags of each question (id -> current answer
    version), in the order given. `sittings`: those of one class quiz, one per student."""
    first = list(first_tries(tries, versions).values())
    challenges = list(challenges)
    results = []
    for question_id in versions:
        answered = [t for t in first if t.question_id == question_id]
        right = sum(1 for t in answered if t.correct)
        stats = ItemStats(
            question_id=question_id,
            first_tries=len(answered),
            facility=right / len(answered) if answered else None,
            sittings=len(drew(sittings, question_id)),
            discrimination=discrimination(sittings, question_id),
            flags=(),
            challenges=sum(1 for c in challenges if c.question_id == question_id),
            challenges_accepted=sum(
                1 for c in challenges if c.question_id == question_id and c.accepted
            ),
        )
        results.append(replace(stats, flags=flags(stats)))
    return results
