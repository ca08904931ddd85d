"""Item analysis on constructed classes, against figures recomputed by hand.

Discrimination is checked against the textbook point-biserial formula,
r = (M1 - M0) / s * sqrt(p * q) over the rest scores (s: their population standard
deviation), which the code under test does not use (it computes a Pearson correlation).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.domain import item_analysis
from studyapp.domain.item_analysis import Sitting, Try

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
GOOD, SPLIT, BACKWARDS, EASY = 1, 2, 3, 4
FILLERS = list(range(10, 19))


def sitting(student: int, drawn: list[int], right: set[int]) -> Sitting:
    return Sitting(attempt_id=student * 10, student_id=student, drawn=drawn, right=frozenset(right))


def class_of_ten() -> list[Sitting]:
    """Ten students; student s has 10 - s of the 9 fillers right (1 strongest, 10 weakest).

    GOOD: right for 1-5. BACKWARDS: right for 4-10. EASY: right for everyone.
    """
    sittings = []
    for s in range(1, 11):
        right = {f for i, f in enumerate(FILLERS) if i < 10 - s} | {EASY}
        right |= {GOOD} if s <= 5 else set()
        right |= {BACKWARDS} if s >= 4 else set()
        sittings.append(sitting(s, [GOOD, BACKWARDS, EASY, *FILLERS], right))
    return sittings


def by_hand(sittings: list[Sitting], question: int) -> float:
    """Corrected point-biserial: right/wrong on the question against the share right of the
    other questions drawn, by the textbook formula."""
    rest = {
        s.student_id: len((s.right & set(s.drawn)) - {question}) / (len(s.drawn) - 1)
        for s in sittings
        if question in s.drawn
    }
    right = [rest[s.student_id] for s in sittings if question in s.drawn and question in s.right]
    wrong = [
        rest[s.student_id] for s in sittings if question in s.drawn and question not in s.right
    ]
    values = list(rest.values())
    mean = sum(values) / len(values)
    spread = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    p = len(right) / len(values)
    return (sum(right) / len(right) - sum(wrong) / len(wrong)) / spread * math.sqrt(p * (1 - p))


def stats_of(results: list[item_analysis.ItemStats]) -> dict[int, item_analysis.ItemStats]:
    return {s.question_id: s for s in results}


def versions(*questions: int, version: int = 1) -> dict[int, int]:
    return {q: version for q in questions}


def test_discrimination_is_the_corrected_point_biserial() -> None:
    sittings = class_of_ten()
    result = stats_of(item_analysis.analyse(versions(GOOD, BACKWARDS, EASY), [], sittings))
    assert result[GOOD].discrimination == pytest.approx(by_hand(sittings, GOOD))
    assert result[GOOD].discrimination > 0.5 and result[GOOD].flags == ()
    assert result[BACKWARDS].discrimination == pytest.approx(by_hand(sittings, BACKWARDS))
    assert result[BACKWARDS].discrimination < 0
    assert result[BACKWARDS].flags == (item_analysis.NEGATIVE,)
    # Everyone right: nothing to correlate, no figure.
    assert result[EASY].discrimination is None and result[EASY].sittings == 10


def test_the_question_is_left_out_of_the_score_it_is_correlated_with() -> None:
    """Uncorrected, a question counts in its own total and looks better than it is."""
    sittings = class_of_ten()
    corrected = item_analysis.discrimination(sittings, GOOD)
    totals = [len(s.right) / len(s.drawn) for s in sittings]
    item = [1.0 if GOOD in s.right else 0.0 for s in sittings]
    mean_t, mean_i = sum(totals) / 10, sum(item) / 10
    uncorrected = sum((t - mean_t) * (i - mean_i) for t, i in zip(totals, item, strict=True)) / (
        math.sqrt(sum((t - mean_t) ** 2 for t in totals) * sum((i - mean_i) ** 2 for i in item))
    )
    assert corrected is not None and corrected < uncorrected


def test_a_student_who_hands_in_early_is_scored_out_of_the_questions_drawn() -> None:
    """Answered 3 of 20, all right: 3/20, the bottom of the class, not 3/3 at the top."""
    drawn = list(range(100, 120))
    early = sitting(1, drawn, {100, 101, 102})
    others = [sitting(s, drawn, set(drawn[: 10 + s])) for s in range(2, 6)]
    assert early.score == pytest.approx(3 / 20)
    assert early.score < min(s.score for s in others)
    # Question 100: right for everyone, the early student included: no figure.
    # Question 113: right only for the two strongest: a positive figure, as by hand.
    stats = stats_of(item_analysis.analyse(versions(113), [], [early, *others]))[113]
    assert stats.discrimination == pytest.approx(by_hand([early, *others], 113))
    assert stats.discrimination > 0


def test_below_the_minimum_a_figure_is_shown_but_not_flagged() -> None:
    """One against one in a class of three: no flag, and the page says too few."""
    three = [
        sitting(1, [GOOD, 10], {10}),
        sitting(2, [GOOD, 10], {GOOD}),
        sitting(3, [GOOD, 10], set()),
    ]
    stats = stats_of(item_analysis.analyse(versions(GOOD), [], three))[GOOD]
    assert stats.discrimination == pytest.approx(by_hand(three, GOOD))
    assert stats.discrimination < 0
    assert stats.flags == () and not stats.discrimination_judged
    two = stats_of(item_analysis.analyse(versions(GOOD), [], three[:2]))[GOOD]
    assert two.discrimination is None


def test_facility_counts_only_attempts_on_the_current_answer() -> None:
    """All 8 wrong on the broken key, all 8 right after the fix: facility 1, not "too hard"."""
    broken = [Try(s, GOOD, False, T0, answer_version=1) for s in range(1, 9)]
    fixed = [Try(s, GOOD, True, T0 + timedelta(days=1), answer_version=2) for s in range(1, 9)]
    unknown = [Try(9, GOOD, False, T0, answer_version=None)]
    result = stats_of(
        item_analysis.analyse(versions(GOOD, version=2), [*broken, *fixed, *unknown], [])
    )
    assert result[GOOD].facility == 1.0 and result[GOOD].first_tries == 8
    assert item_analysis.TOO_HARD not in result[GOOD].flags
    before = stats_of(item_analysis.analyse(versions(GOOD, version=1), broken, []))[GOOD]
    assert before.facility == 0.0 and before.flags == (item_analysis.TOO_HARD,)


def test_facility_uses_each_students_earliest_try_of_review_or_quiz() -> None:
    tries = [
        Try(1, SPLIT, False, T0),  # first review wrong, later quiz right: counts wrong
        Try(1, SPLIT, True, T0 + timedelta(days=2)),
        Try(2, SPLIT, True, T0 + timedelta(days=1)),  # quiz first and right
        Try(2, SPLIT, False, T0 + timedelta(days=3)),
    ]
    result = stats_of(item_analysis.analyse(versions(SPLIT, GOOD), tries, []))
    assert result[SPLIT].facility == 0.5 and result[SPLIT].first_tries == 2
    assert result[GOOD].facility is None and result[GOOD].discrimination is None
    assert result[SPLIT].flags == () and not result[SPLIT].facility_judged


def test_a_hard_question_is_flagged_only_with_enough_first_tries() -> None:
    hard = [Try(s, GOOD, s == 1, T0) for s in range(1, 7)]  # 1 of 6 right
    assert stats_of(item_analysis.analyse(versions(GOOD), hard, []))[GOOD].flags == (
        item_analysis.TOO_HARD,
    )
    assert stats_of(item_analysis.analyse(versions(GOOD), hard[:4], []))[GOOD].flags == ()
