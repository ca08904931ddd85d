# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A gap in a sentence that opens by pointing back ("That's up from …", "The first …",
«وتلك …») is asked with the sentence before it, which says what it points to."""

from studyapp.domain.generation import generate

RESULTS_EN = """Reebok's president resigns

Reebok said on Thursday that its president, Paul Fireman, would run the business again.

Reebok reported third-quarter net income of $81.8 million, or $1.36 a share, for the period ended Sept. 30.

That's up from the prior year's $62.7 million, or 96 cents a share.
"""

DEATHS_AR = """الصحة العالمية تحذر من انتشار الفيروس

وأعلنت السلطات الفرنسية، السبت، عن أول حالة وفاة بسبب الفيروس في أوروبا.

وتلك رابع حالة وفاة خارج الصين، بعد إعلان ثلاث وفيات في القارة الآسيوية.
"""


def _gap(text: str, language: str, key: str):
    return next(
        q
        for q in generate(text, language=language).questions
        if q.type == "cloze" and q.answer[0] == key
    )


def test_a_gap_after_thats_up_from_shows_what_that_is():
    gap = _gap(RESULTS_EN, "en", "62.7 million")
    assert "third-quarter net income" in gap.prompt, gap.prompt
    # The per-share figure another question asks may be hidden ("or … cents a share").
    assert "That's up from the prior year's $____, or " in gap.prompt, gap.prompt


def test_an_arabic_gap_after_tilka_shows_what_it_points_to_on_one_line():
    gap = _gap(DEATHS_AR, "ar", "ثلاث")
    assert "أول حالة وفاة بسبب الفيروس في أوروبا" in gap.prompt, gap.prompt
    assert "\n" not in gap.prompt and "وتلك رابع حالة وفاة" in gap.prompt, gap.prompt


def test_a_sentence_that_points_nowhere_is_asked_alone():
    gap = _gap(RESULTS_EN, "en", "81.8 million")
    assert not gap.prompt.startswith("Reebok said"), gap.prompt


CASES_EN = """Flu hospitalizations rise

Doctors are urging people to get vaccinated as flu cases rise across the county.

In Dane County, there have been 214 flu-related hospitalizations this season.

Of those, 163 were in the city of Madison.
"""


def test_a_gap_after_of_those_shows_what_those_are():
    gap = _gap(CASES_EN, "en", "163")
    assert "hospitalizations this season. Of those, ____ were in" in gap.prompt, gap.prompt
