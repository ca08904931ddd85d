"""Generation does work in proportion to the text, whatever the text: a paste built to make
it quadratic must not hold a worker for minutes. Work is counted in function calls (the same
on every machine), not timed; bench/generation_scaling.py gives the times."""

from __future__ import annotations

import cProfile
import pstats

import pytest

from studyapp.domain.generation import generate

SHAPES = {
    "english speakers": lambda i: (
        f"Name{i} Surname{i}, the chief engineer of City{i}, said that the plan would cost "
        f"{i} million dollars."
    ),
    "one english speaker": lambda i: (
        f'"We will build plant {i} this year," said Sarah Friar, the chief financial officer.'
    ),
    "arabic speakers": lambda i: (
        f"وقال المهندس أحمد{i} بن خالد{i}، رئيس شركة المدينة{i}، إن الخطة ستكلف {i} مليون دولار."
    ),
    "lists and steps": lambda i: (
        f"The first phase {i} includes schools, roads, clinics and water. Then the second "
        f"phase covers power, housing and {i} villages."
    ),
    "one endless sentence": lambda i: f"word{i} and Other{i} Name{i} with {i}% of the market, ",
}


def _calls(text: str) -> int:
    generate(text)  # warm the caches, so that both sizes are counted alike
    profile = cProfile.Profile()
    profile.enable()
    generate(text)
    profile.disable()
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("shape", SHAPES)
def test_four_times_the_text_is_about_four_times_the_work(shape: str) -> None:
    make = SHAPES[shape]
    small = " ".join(make(i) for i in range(60))
    large = " ".join(make(i) for i in range(240))
    ratio = _calls(large) / _calls(small)
    # Linear work gives about 4; the quadratic ranker and person lookups this replaces gave
    # over 12 on the first shape.
    assert ratio < 6, f"{shape}: {ratio:.1f} times the work for 4 times the text"
