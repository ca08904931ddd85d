"""Challenge rules: what may be challenged and accepted, when answers are the same one, what
accepting does to the key, and the outcome a student reads."""

from __future__ import annotations

import pytest

from studyapp.domain import challenges
from studyapp.domain.item_analysis import Challenged, analyse


def test_only_a_wrong_graded_answer_may_be_challenged():
    assert challenges.may_challenge("short", correct=False)
    assert challenges.may_challenge("mcq", correct=False)
    assert not challenges.may_challenge("short", correct=True)
    assert not challenges.may_challenge("flashcard", correct=False)  # the student's own rating


def test_only_typed_answers_can_join_the_accepted_answers():
    assert challenges.may_accept("cloze") and challenges.may_accept("short")
    assert not challenges.may_accept("mcq") and not challenges.may_accept("order")


def test_answers_are_the_same_as_the_grader_normalises_them():
    key = challenges.same_answer_key
    assert key("short", "مُحمد  بن موسى") == key("short", "محمد بن موسى")
    assert key("short", "إبراهيم") == key("short", "ابراهيم")
    assert key("short", "محمد") != key("short", "أحمد")
    assert key("multi", ["b", "a"]) == key("multi", ["a", "b"])
    assert key("order", ["b", "a"]) != key("order", ["a", "b"])
    assert key("truefalse", True) != key("truefalse", False)


def test_accepting_keeps_the_canonical_answer_first_and_adds_no_twin():
    assert challenges.accepting(["الخوارزمي"], " محمد بن موسى ") == ["الخوارزمي", "محمد بن موسى"]
    assert challenges.accepting(["الخوارزمي", "محمد"], "مُحَمَّد") == ["الخوارزمي", "محمد"]
    with pytest.raises(ValueError):
        challenges.accepting(["الخوارزمي"], " ؟ ")


def test_an_open_challenge_on_a_changed_key_was_settled_by_fixing_it():
    assert challenges.outcome("open", 1, 1) == "open"
    assert challenges.outcome("open", 1, 2) == "key_fixed"
    assert challenges.outcome("rejected", 1, 2) == "rejected"


def test_item_analysis_counts_challenges_and_flags_an_accepted_one():
    stats = analyse(
        {1: 1, 2: 1},
        [],
        [],
        [Challenged(1, accepted=True), Challenged(1, accepted=False), Challenged(2, False)],
    )
    assert [(s.challenges, s.challenges_accepted) for s in stats] == [(2, 1), (1, 0)]
    assert "challenge_accepted" in stats[0].flags
    assert "challenge_accepted" not in stats[1].flags


def test_withdrawing_takes_back_what_accepting_added_and_nothing_else():
    answers = challenges.accepting(["الخوارزمي"], "محمد بن موسى")
    assert challenges.withdrawing("short", answers, "مُحمد  بن موسى") == ["الخوارزمي"]
    with pytest.raises(ValueError):
        challenges.withdrawing("short", ["الخوارزمي"], "الخوارزمي")  # the key itself stays
