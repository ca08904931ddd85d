"""Item analysis on a constructed class: known facility, discrimination and flags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from studyapp.domain import item_analysis
from studyapp.domain.item_analysis import QuizAnswerRow, Sitting, Try

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
GOOD, SPLIT, BACKWARDS, EASY = 1, 2, 3, 4


def sitting(student: int, answers: dict[int, bool], *, later: int = 0) -> Sitting:
    return Sitting(
        attempt_id=student * 10 + later,
        student_id=student,
        started_at=T0 + timedelta(days=later),
        answers=[QuizAnswerRow(q, right, 1.0 if right else 0.0) for q, right in answers.items()],
    )


def class_of_ten() -> list[Sitting]:
    """Ten students; students 1-3 score highest, 8-10 lowest (by their other answers).

    GOOD: right for 1-5, wrong for 6-10 -> upper 3/3, lower 0/3: D = 1.
    BACKWARDS: wrong for 1-3, right for 4-10 -> D = 0 - 1 = -1.
    EASY: right for everyone -> D = 0, facility 1.
    Filler questions 10.. set the ranking: student s has 10 - s of 9 fillers right.
    """
    sittings = []
    for student in range(1, 11):
        answers = {GOOD: student <= 5, BACKWARDS: student >= 4, EASY: True}
        answers.update({10 + f: f < 10 - student for f in range(9)})
        sittings.append(sitting(student, answers))
    return sittings


def stats_of(results: list[item_analysis.ItemStats]) -> dict[int, item_analysis.ItemStats]:
    return {s.question_id: s for s in results}


def test_groups_are_the_top_and_bottom_27_percent() -> None:
    upper, lower = item_analysis.groups(class_of_ten())
    assert [s.student_id for s in upper] == [1, 2, 3]
    assert [s.student_id for s in lower] == [8, 9, 10]


def test_discrimination_and_facility_of_a_constructed_class() -> None:
    sittings = class_of_ten()
    tries = [
        Try(s.student_id, a.question_id, a.correct, s.started_at)
        for s in sittings
        for a in s.answers
    ]
    result = stats_of(item_analysis.analyse([GOOD, BACKWARDS, EASY], tries, sittings))
    assert result[GOOD].facility == 0.5 and result[GOOD].discrimination == 1.0
    assert result[GOOD].flags == ()
    assert result[BACKWARDS].facility == 0.7 and result[BACKWARDS].discrimination == -1.0
    assert result[BACKWARDS].flags == (item_analysis.NEGATIVE,)
    assert result[EASY].facility == 1.0 and result[EASY].discrimination == 0.0
    assert result[EASY].flags == (item_analysis.TOO_EASY, item_analysis.LOW)
    assert result[EASY].quiz_answers == 10 and result[EASY].first_tries == 10


def test_facility_uses_each_students_earliest_try_of_review_or_quiz() -> None:
    tries = [
        Try(1, SPLIT, False, T0),  # first review wrong, later quiz right: counts wrong
        Try(1, SPLIT, True, T0 + timedelta(days=2)),
        Try(2, SPLIT, True, T0 + timedelta(days=1)),  # quiz first and right
        Try(2, SPLIT, False, T0 + timedelta(days=3)),
    ]
    result = stats_of(item_analysis.analyse([SPLIT, GOOD], tries, []))
    assert result[SPLIT].facility == 0.5 and result[SPLIT].first_tries == 2
    assert result[GOOD].facility is None and result[GOOD].discrimination is None
    assert result[SPLIT].flags == ()  # two tries are too few to judge


def test_only_each_students_first_sitting_counts_for_discrimination() -> None:
    first = [sitting(s, {GOOD: s == 1, 10: s == 1}) for s in (1, 2)]
    retake = sitting(2, {GOOD: True, 10: True}, later=1)
    chosen = item_analysis.first_sittings([retake, *first])
    assert {s.attempt_id for s in chosen} == {10, 20}
    assert item_analysis.discrimination(chosen, GOOD) == 1.0


def test_a_hard_question_is_flagged_only_with_enough_first_tries() -> None:
    hard = [Try(s, GOOD, s == 1, T0) for s in range(1, 7)]  # 1 of 6 right
    assert stats_of(item_analysis.analyse([GOOD], hard, []))[GOOD].flags == (
        item_analysis.TOO_HARD,
    )
    assert stats_of(item_analysis.analyse([GOOD], hard[:4], []))[GOOD].flags == ()


def test_low_discrimination_needs_ten_quiz_answers() -> None:
    # Four students ranked by a filler question; everyone gets GOOD right: D = 0.
    flat = [sitting(s, {GOOD: True, 10: s <= 2}) for s in range(1, 5)]
    stats = stats_of(item_analysis.analyse([GOOD], [], flat))[GOOD]
    assert stats.discrimination == 0.0
    assert stats.quiz_answers == 4 and stats.flags == ()
