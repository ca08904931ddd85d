"""Keys that mark a student's natural answer right: shapes the blind reviewers of set ip (the
two-hundred-and-sixtieth review) called over-long keys, read after it was judged. The text is
written for the test."""

from studyapp.domain.generation import generate, keys
from studyapp.domain.grading import grade

CABINET_EN = (
    "Governor sends second cabinet list\n\n"
    "The governor on Tuesday sent the final list of 20 cabinet nominees to lawmakers.\n\n"
    "The Lagos State House of Assembly has already set up a 16-member committee to screen the "
    "nominees.\n\n"
    "The nominees understand the current needs of Lagos, a statement by the governor's office "
    "said.\n"
)


def test_a_body_named_with_its_place_accepts_the_body_alone() -> None:
    gaps = {
        q.answer[0]: q for q in generate(CABINET_EN, language="en").questions if q.type == "cloze"
    }
    assembly = gaps.get("Lagos State House of Assembly")
    assert assembly is not None, list(gaps)
    assert grade(assembly, "State House of Assembly").correct
    assert grade(assembly, "Lagos State House of Assembly").correct
    assert not grade(assembly, "Lagos").correct


def test_no_common_word_legal_form_or_unplaced_name_is_left_as_a_key() -> None:
    text = "Officials in Kajiado and a firm from Sweden met the Lagos Times editors."
    assert keys.local_forms("Kajiado MCAs", text) == ["MCAs"]
    assert keys.local_forms("Kajiado County", text) == []  # "County" alone names nothing
    assert keys.local_forms("Sweden AB", text) == []  # a legal form
    assert keys.local_forms("Lagos Times", text) == []  # one word of a name of its own left
    assert keys.local_forms("Tesla Electric Light", "a company in Tesla’s name") == []
