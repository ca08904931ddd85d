"""Grading: what a student sees marked right or wrong, and the FSRS rating the review gets."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.domain.grading import (
    AGAIN,
    CHECKERS,
    EASY,
    FAST_MS,
    FAST_MS_PER_CHAR,
    GOOD,
    HARD,
    SLOW_MS,
    SLOW_MS_PER_CHAR,
    InvalidResponse,
    Verdict,
    grade,
)
from studyapp.domain.number_words import words_in_digits
from studyapp.domain.questions import QUESTION_TYPES, Question, Source
from studyapp.domain.text import normalize

SOURCE = Source(0, 5, "Hello")


def make_question(type_: str, answer: Any, **fields: Any) -> Question:
    defaults: dict[str, Any] = {"prompt": "Which one?", "choices": None}
    if type_ == "cloze":
        defaults["prompt"] = "The capital is ____."
    defaults.update(fields)
    return Question(id="q1", type=type_, answer=answer, source=SOURCE, **defaults)


MCQ = make_question("mcq", "Paris", choices=["London", "Paris", "Rome"])
MULTI = make_question("multi", ["Red", "Blue"], choices=["Red", "Green", "Blue", "Black"])
ORDER_RIGHT = ["one", "two", "three", "four", "five"]
ORDER = make_question("order", ORDER_RIGHT, choices=["three", "one", "five", "two", "four"])
TRUEFALSE = make_question("truefalse", True, prompt="The sky is blue.")
FLASHCARD = make_question("flashcard", "The back of the card")


def typed(*answers: str, type_: str = "short") -> Question:
    return make_question(type_, list(answers))


def test_every_question_type_has_a_checker() -> None:
    assert set(CHECKERS) == set(QUESTION_TYPES)


# --- mcq, multi, truefalse, flashcard ---------------------------------------------------------


def test_mcq_right_choice_is_good_and_wrong_choice_is_again() -> None:
    assert grade(MCQ, "Paris") == Verdict(correct=True, rating=GOOD, score=1.0)
    assert grade(MCQ, "Rome") == Verdict(correct=False, rating=AGAIN, score=0.0)


def test_multi_needs_exactly_the_right_set_in_any_order() -> None:
    assert grade(MULTI, ["Blue", "Red"]).correct
    assert grade(MULTI, ["Red", "Blue"]).rating == GOOD
    for wrong in (["Red"], ["Red", "Blue", "Green"], [], ["Green", "Black"]):
        verdict = grade(MULTI, wrong)
        assert (verdict.correct, verdict.rating, verdict.score) == (False, AGAIN, 0.0), wrong


@pytest.mark.parametrize("response", [True, "true", "True", " TRUE "])
def test_truefalse_accepts_booleans_and_their_words(response: object) -> None:
    assert grade(TRUEFALSE, response).correct


@pytest.mark.parametrize("response", [False, "false", "False"])
def test_truefalse_wrong_answer_is_again(response: object) -> None:
    assert grade(TRUEFALSE, response).rating == AGAIN


def test_truefalse_false_statement_answered_false_is_right() -> None:
    statement = make_question("truefalse", False, prompt="The sun is cold.")
    assert grade(statement, "false").correct
    assert not grade(statement, True).correct


@pytest.mark.parametrize("self_rating", [1, 2, 3, 4])
def test_flashcard_self_rating_is_the_rating(self_rating: int) -> None:
    verdict = grade(FLASHCARD, None, self_rating=self_rating, elapsed_ms=100)
    assert verdict.rating == self_rating
    assert verdict.correct is (self_rating > 1)


# --- order ------------------------------------------------------------------------------------


def test_order_right_is_good_with_full_score() -> None:
    assert grade(ORDER, ORDER_RIGHT) == Verdict(correct=True, rating=GOOD, score=1.0)


def test_order_with_neighbours_swapped_is_hard_with_partial_score() -> None:
    verdict = grade(ORDER, ["one", "two", "four", "three", "five"])
    assert (verdict.correct, verdict.rating, verdict.feedback) == (False, HARD, "partial_order")
    assert verdict.score == pytest.approx(0.8)


def test_order_partial_stays_hard_even_when_fast() -> None:
    assert grade(ORDER, ["two", "one", "three", "four", "five"], elapsed_ms=1).rating == HARD


def test_order_item_moved_far_is_again() -> None:
    near = grade(ORDER, ["one", "three", "four", "two", "five"])  # "two" two places late
    far = grade(ORDER, ["one", "three", "four", "five", "two"])  # "two" three places late
    assert (near.rating, near.score) == (HARD, pytest.approx(0.6))
    assert (far.rating, far.score, far.feedback) == (AGAIN, pytest.approx(0.4), "")


def test_order_reversed_or_left_as_shuffled_is_again() -> None:
    reversed_order = grade(ORDER, list(reversed(ORDER_RIGHT)))
    assert (reversed_order.correct, reversed_order.rating, reversed_order.score) == (
        False,
        AGAIN,
        0.0,
    )
    as_shown = grade(ORDER, ORDER.choices)
    assert as_shown.rating == AGAIN


def test_order_swapping_two_of_three_is_again() -> None:
    three = make_question("order", ["a", "b", "c"], choices=["c", "a", "b"])
    assert grade(three, ["b", "a", "c"]).rating == AGAIN


def test_order_score_falls_as_more_items_are_out_of_place() -> None:
    one_swap = grade(ORDER, ["two", "one", "three", "four", "five"]).score
    two_swaps = grade(ORDER, ["two", "one", "four", "three", "five"]).score
    assert 1.0 > one_swap > two_swaps > 0


# --- typed answers: Arabic ----------------------------------------------------------------------

ARABIC = typed("المدرسة")


@pytest.mark.parametrize(
    "response",
    [
        "المدرسة",
        "مدرسة",  # without the article
        "المدرسه",  # ha for ta marbuta
        "الْمَدْرَسَةُ",  # with diacritics
        "المـــدرســة",  # with tatweel
        "والمدرسة",  # article after a clitic
    ],
)
def test_arabic_spelling_variants_are_right_without_typo(response: str) -> None:
    verdict = grade(ARABIC, response)
    assert (verdict.correct, verdict.typo, verdict.rating) == (True, False, GOOD)


@pytest.mark.parametrize("response", ["أحمد", "إحمد", "احمد", "آحمد"])
def test_arabic_hamza_forms_are_interchangeable(response: str) -> None:
    verdict = grade(typed("أحمد"), response)
    assert verdict.correct and not verdict.typo


def test_arabic_alef_maqsura_and_ya_are_interchangeable() -> None:
    assert grade(typed("مصطفى"), "مصطفي").correct
    assert not grade(typed("مصطفى"), "مصطفي").typo


def test_arabic_indic_digits_match_western_digits() -> None:
    verdict = grade(typed("عام 2024", type_="cloze"), "عام ٢٠٢٤")
    assert verdict.correct and not verdict.typo


def test_a_whole_number_in_digits_or_in_words_is_one_answer() -> None:
    assert grade(typed("Two", type_="cloze"), "2").correct  # "____ tourist railways …"
    assert grade(typed("7", type_="cloze"), "seven").correct
    assert grade(typed("سبعة", type_="cloze"), "7").correct
    assert grade(typed("4", type_="cloze"), "أربعة").correct
    assert not grade(typed("Two", type_="cloze"), "3").correct
    assert not grade(typed("70", type_="cloze"), "seven").correct  # never fuzzy on numbers
    assert not grade(typed("7 players", type_="cloze"), "seven").correct  # one word only


def test_a_number_inside_a_phrase_is_one_answer_in_digits_or_words() -> None:
    # "It was just ____, not the end of the world." keyed "three points"
    assert grade(typed("three points", type_="cloze"), "3 points").correct
    assert grade(typed("3 points", type_="cloze"), "Three Points").correct
    assert not grade(typed("three points", type_="cloze"), "4 points").correct
    # «وفي القرن ____» keyed "20": the century is written «العشرين» as often as in digits
    assert grade(typed("20", type_="cloze"), "العشرين").correct
    assert grade(typed("القرن 20", type_="cloze"), "القرن العشرين").correct
    assert not grade(typed("20", type_="cloze"), "الثلاثين").correct


def test_a_ten_and_its_unit_in_words_are_one_number() -> None:
    # "____, the first Armory Square pioneers …" keyed "Twenty-five years ago" listed
    # "20-5 years ago" as its other form, and "25 years ago" was marked wrong (set u).
    key = typed("Twenty-five years ago", type_="cloze")
    assert grade(key, "25 years ago").correct
    assert grade(key, "twenty five years ago").correct
    assert not grade(key, "20 years ago").correct
    assert grade(typed("خمسة وعشرين عاما", type_="cloze"), "25 عاما").correct
    assert words_in_digits("Twenty-five years ago") == "25 years ago"


def test_a_number_with_its_thousands_separated_is_the_same_number() -> None:
    # "an army of ____ troops" keyed "30000": a reviewer expected "30,000" to be marked right.
    assert grade(typed("30000", type_="cloze"), "30,000").correct
    assert grade(typed("30,000", type_="cloze"), "30000").correct
    assert grade(typed("1,500,000", type_="cloze"), "1500000").correct
    assert grade(typed("18000", type_="cloze"), "18٬000").correct
    assert not grade(typed("30000", type_="cloze"), "3,000").correct
    assert not grade(typed("1.5", type_="cloze"), "1,500").correct


def test_any_accepted_answer_counts() -> None:
    question = typed("جمال عبد الناصر", "عبد الناصر")
    assert grade(question, "عبدالناصر").typo  # run together: near enough to the second
    assert grade(question, "عبد الناصر").rating == GOOD


def test_arabic_typo_is_accepted_as_hard() -> None:
    verdict = grade(typed("القاهرة"), "القاهره")  # same after folding: not even a typo
    assert not verdict.typo
    verdict = grade(typed("الإسكندرية"), "الاسكندريا")  # one wrong letter
    assert (verdict.correct, verdict.typo, verdict.rating, verdict.feedback) == (
        True,
        True,
        HARD,
        "typo",
    )


def test_arabic_different_word_is_wrong() -> None:
    assert grade(typed("القاهرة"), "دمشق").rating == AGAIN


# --- typed answers: English ---------------------------------------------------------------------


@pytest.mark.parametrize("response", ["the Eiffel Tower", "EIFFEL TOWER.", "  eiffel   tower!"])
def test_english_case_articles_and_punctuation_do_not_matter(response: str) -> None:
    verdict = grade(typed("Eiffel Tower"), response)
    assert (verdict.correct, verdict.typo) == (True, False)


def test_one_letter_typo_in_a_medium_word_is_accepted_and_flagged() -> None:
    verdict = grade(typed("London"), "Londin")
    assert (verdict.correct, verdict.typo, verdict.rating, verdict.feedback) == (
        True,
        True,
        HARD,
        "typo",
    )


def test_two_typos_are_accepted_only_in_long_answers() -> None:
    assert grade(typed("Washington"), "Washingtin ").typo  # 10 chars, distance 1
    assert grade(typed("Washington"), "Woshingtin").correct  # 10 chars, distance 2
    assert not grade(typed("Washington"), "Woshengtin").correct  # distance 3
    assert not grade(typed("Berlin"), "Borlen").correct  # 6 chars, distance 2


def test_short_answers_allow_no_typo() -> None:
    assert not grade(typed("cat"), "cot").correct
    assert grade(typed("cats"), "cots").correct  # four letters allow one


@pytest.mark.parametrize(
    ("answer", "response"),
    [("40 million", "40 billion"), ("2.5 billion", "2.5 million"), ("3 ملايين", "3 مليارات")],
)
def test_another_scale_is_no_typo(answer: str, response: str) -> None:
    # One letter apart, a thousand times the number: wrong, not a slip.
    assert not grade(typed(answer), response).correct


def test_a_slip_beside_the_right_scale_is_still_a_typo() -> None:
    assert grade(typed("40 million dollars"), "40 million dollers").typo


def test_typo_stays_hard_even_when_fast() -> None:
    assert grade(typed("London"), "Londin", elapsed_ms=1).rating == HARD


def test_numbers_are_never_fuzzy() -> None:
    assert not grade(typed("2024"), "2025").correct
    assert not grade(typed("12345678"), "12345679").correct
    assert not grade(typed("in 1948"), "in 1949").correct
    assert not grade(typed("1948"), "1948a").correct
    assert grade(typed("founded in 1948"), "fonded in 1948").typo  # the words may have a typo


@pytest.mark.parametrize("response", ["", "   ", "?!", "the"])
def test_empty_typed_answer_is_again(response: str) -> None:
    verdict = grade(typed("London", type_="cloze"), response)
    assert (verdict.correct, verdict.rating, verdict.feedback) == (False, AGAIN, "empty")


# --- speed --------------------------------------------------------------------------------------


def reading_chars(question: Question) -> int:
    return len(question.prompt) + sum(len(c) for c in question.choices or [])


def test_fast_right_answer_is_easy_and_slow_one_is_hard() -> None:
    chars = reading_chars(MCQ)
    fast = FAST_MS["mcq"] + FAST_MS_PER_CHAR * chars
    slow = SLOW_MS["mcq"] + SLOW_MS_PER_CHAR * chars
    assert grade(MCQ, "Paris", elapsed_ms=fast - 1).rating == EASY
    assert grade(MCQ, "Paris", elapsed_ms=fast).rating == GOOD
    assert grade(MCQ, "Paris", elapsed_ms=slow).rating == GOOD
    assert grade(MCQ, "Paris", elapsed_ms=slow + 1).rating == HARD


def test_no_elapsed_time_means_good() -> None:
    assert grade(MCQ, "Paris", elapsed_ms=None).rating == GOOD


def test_a_long_prompt_gives_more_time_before_counting_as_slow() -> None:
    short_prompt = make_question("mcq", "B", choices=["A", "B", "C"], prompt="Pick?")
    long_prompt = make_question("mcq", "B", choices=["A", "B", "C"], prompt="Pick? " * 100)
    elapsed = 25_000
    assert grade(short_prompt, "B", elapsed_ms=elapsed).rating == HARD
    assert grade(long_prompt, "B", elapsed_ms=elapsed).rating == GOOD
    assert grade(long_prompt, "B", elapsed_ms=6_000).rating == EASY


def test_typing_gets_more_time_than_clicking() -> None:
    assert FAST_MS["short"] > FAST_MS["mcq"] > FAST_MS["truefalse"]
    cloze = typed("Paris", type_="cloze")
    clicked_fast_ms = FAST_MS["mcq"] + FAST_MS_PER_CHAR * reading_chars(cloze)
    assert grade(cloze, "Paris", elapsed_ms=clicked_fast_ms).rating == EASY


def test_a_fast_wrong_answer_is_still_again() -> None:
    assert grade(MCQ, "Rome", elapsed_ms=1).rating == AGAIN


# --- invalid responses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (MCQ, None),
        (MCQ, "Madrid"),
        (MCQ, ["Paris"]),
        (MCQ, 1),
        (MULTI, "Red"),
        (MULTI, None),
        (MULTI, ["Red", "Purple"]),
        (MULTI, [1, 2]),
        (ORDER, ["one", "two"]),
        (ORDER, ORDER_RIGHT + ["six"]),
        (ORDER, ["one", "one", "three", "four", "five"]),
        (ORDER, "one two three four five"),
        (typed("London"), None),
        (typed("London"), ["London"]),
        (typed("London", type_="cloze"), 42),
        (TRUEFALSE, None),
        (TRUEFALSE, "yes"),
        (TRUEFALSE, 1),
    ],
)
def test_bad_response_shapes_raise_invalid_response(question: Question, response: object) -> None:
    with pytest.raises(InvalidResponse):
        grade(question, response)


@pytest.mark.parametrize("self_rating", [None, 0, 5, True, 2.0, "3"])
def test_flashcard_without_a_valid_self_rating_is_refused(self_rating: object) -> None:
    with pytest.raises(InvalidResponse, match="self_rating"):
        grade(FLASHCARD, None, self_rating=self_rating)  # type: ignore[arg-type]


def test_self_rating_on_a_question_that_is_checked_is_refused() -> None:
    with pytest.raises(InvalidResponse, match="flashcards only"):
        grade(MCQ, "Paris", self_rating=4)


@pytest.mark.parametrize("elapsed_ms", [-1, 1.5, "100", True])
def test_bad_elapsed_time_is_refused(elapsed_ms: object) -> None:
    with pytest.raises(InvalidResponse, match="elapsed_ms"):
        grade(MCQ, "Paris", elapsed_ms=elapsed_ms)  # type: ignore[arg-type]


def test_invalid_response_message_names_the_bad_choice() -> None:
    with pytest.raises(InvalidResponse, match="'Madrid' is not one of the choices"):
        grade(MCQ, "Madrid")


# --- properties ---------------------------------------------------------------------------------

TYPED_QUESTIONS = [typed("المدرسة"), typed("Eiffel Tower", "tower", type_="cloze"), typed("1948")]


@given(
    question=st.sampled_from(TYPED_QUESTIONS),
    response=st.text(),
    elapsed_ms=st.none() | st.integers(min_value=0, max_value=10**8),
)
def test_any_text_for_a_typed_question_gets_a_verdict(
    question: Question, response: str, elapsed_ms: int | None
) -> None:
    verdict = grade(question, response, elapsed_ms=elapsed_ms)
    assert verdict.rating in (AGAIN, HARD, GOOD, EASY)
    assert 0.0 <= verdict.score <= 1.0
    assert verdict.correct is (verdict.rating > AGAIN)


@given(response=st.none() | st.integers() | st.lists(st.text()) | st.floats() | st.binary())
def test_non_text_for_a_typed_question_raises_only_invalid_response(response: object) -> None:
    with pytest.raises(InvalidResponse):
        grade(typed("London"), response)


# --- issue 12: letters, كال, three-item orders --------------------------------------------------


def test_the_typo_allowance_counts_letters_not_spaces() -> None:
    """ "New York": 7 letters (8 characters with the space) allow one typo, not two."""
    assert len("NewYork") == 7
    assert grade(typed("New York"), "New Yorq").typo  # distance 1
    assert not grade(typed("New York"), "Nev Yorq").correct  # distance 2
    # "ab cd": 4 letters allow one; "a b c": 3 letters allow none.
    assert grade(typed("ab cd"), "ab ce").correct
    assert not grade(typed("a b c"), "a b d").correct


@pytest.mark.parametrize("name", ["كاليفورنيا", "كالفن"])
def test_a_name_beginning_with_kal_keeps_its_letters(name: str) -> None:
    assert normalize(name) == name
    assert grade(typed(name), name).correct
    assert not grade(typed(name), name[3:]).correct  # "يفورنيا" is not California


def test_an_article_after_a_clitic_is_still_dropped() -> None:
    assert normalize("والكتاب") == normalize("بالكتاب") == normalize("الكتاب") == "كتاب"


def test_a_three_item_order_has_no_partial_credit_because_guessing_would_pass() -> None:
    """Of the 6 orders of three items, the best wrong ones (one neighbour swap) score
    tau = 1 - 2 * 1/3 = 0.33, by hand. Were they Hard, a student who guesses would pass 3 in 6
    (1 right + 2 one swap away): the 0.5 cut-off keeps them Again."""
    right = ["a", "b", "c"]
    question = make_question("order", right, choices=["c", "a", "b"])
    passed = 0
    for order in itertools.permutations(right):
        swapped = sum(
            1
            for i in range(3)
            for j in range(i + 1, 3)
            if right.index(order[i]) > right.index(order[j])
        )
        verdict = grade(question, list(order))
        assert verdict.score == pytest.approx(
            1.0 if swapped == 0 else max(0.0, 1 - 2 * swapped / 3)
        )
        passed += verdict.rating > AGAIN
    assert passed == 1
    # With four items one neighbour swap scores 0.67 and earns Hard: 3 of 24 orders.
    four = make_question("order", ["a", "b", "c", "d"], choices=["d", "c", "b", "a"])
    hard = [o for o in itertools.permutations("abcd") if grade(four, list(o)).rating == HARD]
    assert len(hard) == 3


def test_a_fast_right_first_sight_of_a_guessable_question_is_good_not_easy() -> None:
    """bench/first_sight_easy.py: 14 to 46% of those are lucky guesses (docs/benchmarks.md)."""
    assert grade(MCQ, "Paris", elapsed_ms=1).rating == EASY
    assert grade(MCQ, "Paris", elapsed_ms=1, first_sight=True).rating == GOOD
    assert grade(TRUEFALSE, True, elapsed_ms=1, first_sight=True).rating == GOOD
    assert grade(MCQ, "Rome", elapsed_ms=1, first_sight=True).rating == AGAIN
    # A typed answer cannot be guessed: Easy stays.
    assert grade(typed("London"), "London", elapsed_ms=1, first_sight=True).rating == EASY


@pytest.mark.parametrize(
    ("answer", "response"),
    [("الثلاثاء", "الثالثاء"), ("London", "Lodnon"), ("Friar", "Frair")],
)
def test_two_neighbouring_letters_swapped_are_one_typo(answer: str, response: str) -> None:
    """A swap is one slip of the fingers: a six-letter word forgives it as it forgives one
    wrong letter (a plain edit distance counts it as two and marks it wrong)."""
    verdict = grade(typed(answer), response)
    assert (verdict.correct, verdict.typo, verdict.rating) == (True, True, HARD)


def test_a_swap_and_a_wrong_letter_are_two_slips() -> None:
    assert not grade(typed("London"), "Lodnin").correct
