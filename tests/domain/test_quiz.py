"""Drawing a quiz's questions, scoring it, its deadline."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.domain import quiz

QUESTIONS = (
    [(i, "date") for i in range(1, 9)]
    + [(i, "place") for i in range(11, 14)]
    + [(21, "role")]
    + [(i, "fact") for i in range(31, 41)]
)
CATEGORY = dict(QUESTIONS)


def test_draw_covers_every_category_before_repeating_one():
    drawn = quiz.draw(QUESTIONS, 4, seed=7)
    assert {CATEGORY[i] for i in drawn} == {"date", "place", "role", "fact"}


def test_draw_spreads_evenly_and_uses_up_small_categories():
    drawn = quiz.draw(QUESTIONS, 10, seed="x")
    counts = Counter(CATEGORY[i] for i in drawn)
    # One role question exists; the other nine are shared as evenly as the rest allow.
    assert counts == {"role": 1, "place": 3, "date": 3, "fact": 3}
    assert len(set(drawn)) == 10


def test_draw_is_the_same_for_a_seed_and_differs_across_seeds():
    assert quiz.draw(QUESTIONS, 10, seed=1) == quiz.draw(list(reversed(QUESTIONS)), 10, seed=1)
    draws = {tuple(quiz.draw(QUESTIONS, 10, seed=s)) for s in range(20)}
    assert len(draws) > 1


def test_draw_never_asks_more_than_there_is():
    assert sorted(quiz.draw(QUESTIONS, 100, seed=3)) == sorted(i for i, _ in QUESTIONS)
    assert quiz.draw([], 10, seed=3) == []
    assert quiz.draw(QUESTIONS, 0, seed=3) == []


def test_score_counts_unanswered_questions_as_wrong():
    score = quiz.score([True, False, True], total=4)
    assert (score.right, score.total, score.fraction, score.percent) == (2, 4, 0.5, 50)
    assert quiz.score([], total=0).fraction == 0.0
    with pytest.raises(ValueError):
        quiz.score([True, True], total=1)


def test_deadline_is_the_time_limit_or_the_close_whichever_is_first():
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    assert quiz.deadline(start, None) is None
    assert quiz.deadline(start, 600) == start + timedelta(minutes=10)
    closes = start + timedelta(minutes=5)
    assert quiz.deadline(start, 600, closes) == closes
    assert quiz.deadline(start, None, closes) == closes


def test_an_answer_just_after_the_deadline_still_counts_within_the_grace():
    ends = datetime(2025, 3, 1, 9, 10, tzinfo=UTC)
    assert not quiz.is_late(ends, ends + timedelta(seconds=quiz.GRACE_S))
    assert quiz.is_late(ends, ends + timedelta(seconds=quiz.GRACE_S + 1))
    assert quiz.is_late(ends, ends + timedelta(seconds=1), grace_s=0)
    assert not quiz.is_late(None, ends)
    assert quiz.seconds_left(ends, ends - timedelta(seconds=90)) == 90
    assert quiz.seconds_left(ends, ends + timedelta(seconds=90)) == 0


# Two gaps of one sentence, each prompt showing the other's answer, and a question apart.
RPM = [
    (1, "The turbines run at ____ RPM and 1500 RPM.", ["1800"]),
    (2, "The turbines run at 1800 RPM and ____ RPM.", ["1500"]),
    (3, "Who built the first turbine?", ["Charles Parsons", "Parsons"]),
    (4, "Parsons built it in ____.", ["1884"]),
]


def test_clashes_pair_the_questions_whose_prompt_shows_another_answer():
    found = quiz.clashes(RPM)
    assert found[1] == {2} and found[2] == {1}
    # The fourth prompt names Parsons, the answer the third asks for.
    assert found[3] == {4} and found[4] == {3}


def test_a_quiz_keeps_apart_two_questions_that_give_each_other_away_while_it_can():
    categories = [(1, "number"), (2, "number"), (3, "entity"), (4, "date")]
    shown = quiz.clashes(RPM)
    for seed in range(40):
        drawn = set(quiz.draw(categories, 2, seed, shown))
        assert drawn not in ({1, 2}, {3, 4})
    # Asked for every question, the quiz still holds them all.
    assert sorted(quiz.draw(categories, 4, "all", shown)) == [1, 2, 3, 4]
    # Without clashes the draw is the plain round-robin of before.
    assert quiz.draw(categories, 4, 9) == quiz.draw(categories, 4, 9, {})
