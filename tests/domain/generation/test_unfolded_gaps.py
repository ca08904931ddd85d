# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A gap folded because another question printed its key is asked as its kind again when,
once the first ten hide each other's keys, no question among them prints it: over the fresh
sets of 6-7 December such gaps, rated as printed and folded, were accepted 61 times in 81."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.calibration import PRINTED, RARELY_ACCEPTED, is_likely
from studyapp.domain.generation.folding import fold_printed, unfold_unprinted
from studyapp.domain.generation.printing import shows
from studyapp.domain.questions import CLOZE_GAP, Question, Source

CUP_EN = """World Cup history in numbers

The World Cup has been held 21 times, 78 countries have taken part in the finals, 8 teams have won the trophy so far, and Brazil has won it 5 times, in 1958, 1962, 1970, 1994 and 2002.

The next finals open on 11 June, the organisers said on Monday.
"""
# With "Germany and Italy have each won it 4 times" as its second sentence, the two place gaps
# (rated 0.47 since the rates were fitted on fresh news, shown) fill the ten beside the count
# gap that prints them, and are left out with the long sentence's gaps that hid their keys:
# three questions are asked where six were.


def _asking(questions: list[Question], key: str) -> Question:
    return next(q for q in questions if q.type == "cloze" and q.answer[0] == key)


def test_gaps_of_one_long_sentence_that_hide_each_other_are_shown_first():
    questions = generate(CUP_EN, title="").questions
    for key in ("1962", "1994"):
        gap = _asking(questions, key)
        # Shown on the draft page with the rate of a date gap, not "confidence 3%".
        assert is_likely(gap) and gap.confidence > RARELY_ACCEPTED, (key, gap.confidence)
        others = [q for q in questions[:10] if q is not gap]
        assert not any(shows(" ".join([q.prompt, *(q.choices or [])]), key) for q in others)


def _question(kind: str, prompt: str, key: str, confidence: float) -> Question:
    text = prompt.replace(CLOZE_GAP, key).replace("?", ".")
    return Question(
        f"g-{key}", kind, prompt, [key], Source(0, len(text), text), "number", confidence=confidence
    )


def test_a_gap_whose_key_a_question_of_the_ten_still_prints_stays_folded():
    # "How many homes …?" prints 2026, which no "…" can hide in a question that is not a gap.
    asks = _question("short", "How many homes will the farm power from 2026?", "1 million", 0.82)
    gap = _question("cloze", "The farm will power homes from ____.", "2026", 0.78)
    kept, folded = fold_printed([asks, gap])
    assert kept == [asks] and folded[0].confidence == PRINTED
    ten = unfold_unprinted([asks, *folded], 10)
    assert ten[1].confidence == PRINTED and not is_likely(ten[1])
    # Without the question that prints it, the gap is a date gap again.
    alone = unfold_unprinted(folded, 10)
    assert alone[0].confidence == 0.78 and is_likely(alone[0])


def test_a_gap_asked_again_comes_before_the_folded_questions_of_the_ten():
    asks = _question("short", "How many homes will the farm power?", "1 million", 0.82)
    gap = _question("cloze", "The farm will power homes from ____.", "2026", 0.78)
    rare = _question("cloze", "The farm is ____ to the grid.", "linked", 0.2)
    _, folded = fold_printed([_question("short", "What opens in 2026?", "farm", 0.8), gap])
    ten = unfold_unprinted([asks, rare, *folded], 10)
    assert [q.answer[0] for q in ten] == ["1 million", "2026", "linked"]
    assert [is_likely(q) for q in ten] == [True, True, False]
