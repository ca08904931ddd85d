# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""'"…," said X, adding that "…"': the quotation closed before "said" is what "said" reports; the
one after "adding" is the next verb's, attributed once."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.attributions import find
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.mentions import spot

GAS_EN = """Gas exploration to start next year

US Ambassador Frank Urbancic said on Monday that an American firm will begin exploring for gas off the southwest coast next year.

"The mineral wealth belongs to the Cypriot people," said trade minister Andonis Paskhalidhis, adding that "if there is a solution, Turkish Cypriots would benefit as well."

The firm will drill three wells, Urbancic said.
"""


def test_the_quotation_before_said_is_asked_as_the_speakers_words():
    questions = generate(GAS_EN, title="").questions
    who = [q for q in questions if q.category == "attribution" and q.type != "cloze"]
    asked = [q for q in who if "The mineral wealth belongs to the Cypriot people" in q.prompt]
    assert asked and asked[0].answer[0] == "Andonis Paskhalidhis", [q.prompt for q in who]


def test_each_quotation_of_the_sentence_is_attributed_once():
    doc = parse(GAS_EN, "en", "")
    spot(doc)
    statements = [
        a.statement.strip(" ,.") for a in find(doc) if a.speaker.name == "Andonis Paskhalidhis"
    ]
    assert statements == [
        "The mineral wealth belongs to the Cypriot people",
        "if there is a solution, Turkish Cypriots would benefit as well",
    ], statements
