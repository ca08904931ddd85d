"""A gap in someone's English words holds a thing named, never a contraction, an adverb, a
particle or a participle: reviewers of unseen news rejected "steps we've", "can't give",
"employees actually", "people back" and "games remaining" as garbled."""

import pytest

from studyapp.domain.generation import document
from studyapp.domain.generation.statement_gaps import clean_gap


def _gap(sentence: str, words: str):
    doc = document.parse(f"Storm repairs\n\n{sentence}\n", "en", None)
    tokens = doc.sentences[-1].tokens
    texts = [t.text for t in tokens]
    wanted = words.split()
    at = next(k for k in range(len(texts)) if texts[k : k + len(wanted)] == wanted)
    return clean_gap(doc, tokens, at, tokens[at : at + len(wanted)])


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("We know the steps we've taken will help the town.", "steps we've"),
        ("We can't give every family a heater this year.", "can't give"),
        ("It didn't work for the farmers in the valley.", "didn't work"),
        ("Our employees actually worked through the night.", "employees actually"),
        ("Earlier people waited for weeks for the crews.", "Earlier people"),
        ("We brought the people back after the storm hit.", "people back"),
        ("There are four games remaining in the season.", "games remaining"),
    ],
)
def test_no_gap_swallows_a_contraction_an_adverb_or_a_participle(sentence, words):
    assert _gap(sentence, words) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The repair crews reached the valley on Monday.", "repair crews"),
        ("The council's budget pays for the heating oil.", "heating oil"),
        ("The Fisher's Guild training program opens in May.", "training program"),
    ],
)
def test_a_named_thing_is_still_a_gap(sentence, words):
    assert [t.text for t in _gap(sentence, words)] == words.split()
