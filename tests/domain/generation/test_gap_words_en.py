"""A gap in someone's English words holds a thing named, never a contraction, an adverb, a
particle or a participle: reviewers of unseen news rejected "steps we've", "can't give",
"employees actually", "people back" and "games remaining" as garbled, and a noun with its
verb, "injury occurred" and "woman sustained" (set x)."""

import pytest

from studyapp.domain.generation import document
from studyapp.domain.generation.precision import worth_a_gap
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
        # A noun and its past verb (set x: "injury occurred", "woman sustained").
        ("The only injury occurred when a tree fell.", "injury occurred"),
        ("The woman sustained a minor injury in the crash.", "woman sustained"),
        ("A large oak tree fell across the county road.", "oak tree fell"),
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
        ("The county paid two hundred workers for the cleanup.", "two hundred"),
        ("The clinic bought a new hospital bed for the ward.", "hospital bed"),
        ("The town lowered the truck speed on the bridge.", "truck speed"),
    ],
)
def test_a_named_thing_is_still_a_gap(sentence, words):
    assert [t.text for t in _gap(sentence, words)] == words.split()


def test_no_gap_right_after_who():
    """ "Cossel, who ____ and reptiles" keyed "studies amphibians" (set x): what follows "who"
    is a verb and what it does, no thing named; the same words elsewhere stay a gap."""
    doc = document.parse(
        "Frogs\n\nJohn Cossel, who studies amphibians and reptiles, spoke on Monday.\n\n"
        "The college studies amphibians and reptiles in its greenhouse.\n",
        "en",
        None,
    )

    def worth(sentence):
        texts = [t.text for t in sentence.tokens]
        at = texts.index("studies")
        return worth_a_gap("en", sentence, at, sentence.tokens[at : at + 2])

    after_who, plain = doc.sentences[-2], doc.sentences[-1]
    assert not worth(after_who)
    assert worth(plain)
