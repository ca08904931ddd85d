"""What a set holds already, when the generator proposes again on its article."""

from studyapp.domain.proposals import new_drafts
from studyapp.domain.questions import Question, Source

SENTENCE = "The bridge opened in 1932 after six years of work."


def _gap(prompt: str, key: str, source: str = SENTENCE) -> Question:
    return Question("g", "cloze", prompt, [key], Source(0, len(source), source), "date")


def test_a_reworded_question_on_the_same_key_and_sentence_is_held():
    held = [_gap("When did the bridge open? ____", "1932")]
    drafts = [
        _gap("The bridge opened in ____ after six years of work.", "1932"),
        _gap("The bridge opened in 1932 after ____ years of work.", "six"),
    ]
    assert [d.answer for d in new_drafts(held, drafts)] == [["six"]]


def test_the_same_prompt_is_held_whatever_its_key_and_the_first_of_two_new_ones_is_kept():
    held = [_gap("The bridge opened in ____ after six years of work.", "1931", "")]
    again = _gap("The bridge opened in ____ after six years of work.", "1932")
    other = _gap("The bridge opened in 1932 after ____ years of work.", "six")
    twice = _gap("The bridge opened in 1932 after ____ years of work.", "six years")
    assert new_drafts(held, [again, other, twice]) == [other]
