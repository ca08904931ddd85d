"""Item analysis of a question set over a class: how hard each question is, whether it
separates the students who know the article from those who do not, and which look broken.

Definitions, as the class page states them:
- facility: of the students who have answered the question, the share right at their first
  attempt: the earliest of their first review and their first quiz answer of it.
- discrimination (upper-lower index, Kelley's 27%): each student's first finished quiz
  sitting of the set is scored by its mean answer score; the top 27% of students form the
  upper group, the bottom 27% the lower one (at least one each, never overlapping). For a
  question, D = (share right in the upper group) - (share right in the lower group), among the
  group members whose sitting drew it. None when either group has no answer to it.
- flags, only with enough answers: facility below 0.2 (too hard, or a wrong answer key) or
  above 0.95 (too easy) from 5 first attempts on; discrimination below 0.1 (the strong
  students do no better than the weak) from 10 quiz answers on; negative discrimination
  (the weak do better: often a wrong key or a misleading prompt) is flagged on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

GROUP_SHARE = 0.27
HARD_BELOW = 0.2
EASY_ABOVE = 0.95
LOW_DISCRIMINATION = 0.1
MIN_FIRST_TRIES = 5
MIN_QUIZ_ANSWERS = 10

TOO_HARD = "too_hard"
TOO_EASY = "too_easy"
LOW = "low_discrimination"
NEGATIVE = "negative_discrimination"


@dataclass(frozen=True)
class Try:
    """One answer of a student to a question, by review or by quiz."""

    student_id: int
    question_id: int
    correct: bool
    at: datetime


@dataclass(frozen=True)
class QuizAnswerRow:
    question_id: int
    correct: bool
    score: float


@dataclass(frozen=True)
class Sitting:
    """A finished quiz attempt of the set."""

    attempt_id: int
    student_id: int
    started_at: datetime
    answers: Sequence[QuizAnswerRow]

    @property
    def mean_score(self) -> float:
        return sum(a.score for a in self.answers) / len(self.answers) if self.answers else 0.0


@dataclass(frozen=True)
class ItemStats:
    question_id: int
    first_tries: int
    facility: float | None
    quiz_answers: int
    discrimination: float | None
    flags: tuple[str, ...]


def first_tries(tries: Iterable[Try]) -> dict[tuple[int, int], Try]:
    """The earliest try of each (student, question)."""
    first: dict[tuple[int, int], Try] = {}
    for attempt in tries:
        key = (attempt.student_id, attempt.question_id)
        if key not in first or attempt.at < first[key].at:
            first[key] = attempt
    return first


def first_sittings(sittings: Iterable[Sitting]) -> list[Sitting]:
    """Each student's first sitting (by start time, then attempt id)."""
    first: dict[int, Sitting] = {}
    for sitting in sorted(sittings, key=lambda s: (s.started_at, s.attempt_id)):
        first.setdefault(sitting.student_id, sitting)
    return list(first.values())


def groups(sittings: Sequence[Sitting]) -> tuple[list[Sitting], list[Sitting]]:
    """(upper, lower): the top and bottom 27% of sittings by mean score."""
    ranked = sorted(sittings, key=lambda s: (-s.mean_score, s.attempt_id))
    if len(ranked) < 2:
        return [], []
    size = min(max(1, round(GROUP_SHARE * len(ranked))), len(ranked) // 2)
    return ranked[:size], ranked[-size:]


def _share_right(sittings: Iterable[Sitting], question_id: int) -> tuple[int, int]:
    answers = [a for s in sittings for a in s.answers if a.question_id == question_id]
    return sum(1 for a in answers if a.correct), len(answers)


def discrimination(sittings: Sequence[Sitting], question_id: int) -> float | None:
    upper, lower = groups(sittings)
    right_upper, n_upper = _share_right(upper, question_id)
    right_lower, n_lower = _share_right(lower, question_id)
    if n_upper == 0 or n_lower == 0:
        return None
    return right_upper / n_upper - right_lower / n_lower


def flags(stats: ItemStats) -> tuple[str, ...]:
    found = []
    if stats.facility is not None and stats.first_tries >= MIN_FIRST_TRIES:
        if stats.facility < HARD_BELOW:
            found.append(TOO_HARD)
        elif stats.facility > EASY_ABOVE:
            found.append(TOO_EASY)
    if stats.discrimination is not None:
        if stats.discrimination < 0:
            found.append(NEGATIVE)
        elif stats.discrimination < LOW_DISCRIMINATION and stats.quiz_answers >= MIN_QUIZ_ANSWERS:
            found.append(LOW)
    return tuple(found)


def analyse(
    question_ids: Sequence[int], tries: Iterable[Try], sittings: Iterable[Sitting]
) -> list[ItemStats]:
    """Facility, discrimination and flags of each question, in the order given."""
    first = list(first_tries(tries).values())
    chosen = first_sittings(sittings)
    results = []
    for question_id in question_ids:
        answered = [t for t in first if t.question_id == question_id]
        right = sum(1 for t in answered if t.correct)
        stats = ItemStats(
            question_id=question_id,
            first_tries=len(answered),
            facility=right / len(answered) if answered else None,
            quiz_answers=_share_right(chosen, question_id)[1],
            discrimination=discrimination(chosen, question_id),
            flags=(),
        )
        results.append(replace(stats, flags=flags(stats)))
    return results
