"""A news story's source and the bare lines of a list are no gaps: "obtained by the ____"
keyed "Gazette" asks which paper the reader holds, and a line "Dewey Creek Road" blanked
whole leaves a prompt of nothing but the gap."""

from studyapp.domain.generation import generate

ROADS = (
    "County awards paving contract\n\n"
    "County commissioners approved a $1,097,205 contract to pave county roads on Monday, "
    "after a recommendation from the county engineer.\n\n"
    "Phase one includes roads that will be funded locally, according to a copy of the "
    "contract obtained by the Gazette.\n\n"
    "The second phase is set to be awarded by July 19, engineer Charlie Ortman said.\n\n"
    "The first phase of the contract includes paving on the following roads:\n\n"
    "Stingy Lane\n\nDebord Road\n\nDewey Creek Road\n\nFirehouse Drive\n\nPolk Hollow Road\n"
)


def _gaps():
    return [q for q in generate(ROADS, language="en").questions if q.type == "cloze"]


def test_the_paper_that_obtained_the_document_is_no_gap():
    gaps = _gaps()
    assert not [q for q in gaps if "Gazette" in q.answer], [q.prompt for q in gaps]
    assert any(q.answer[0] == "July 19" for q in gaps)  # the sentence's date is still asked


def test_a_gap_leaves_words_of_its_line_to_read():
    gaps = _gaps()
    bare = [q for q in gaps if len(q.prompt.replace("____", "").split()) < 2]
    assert not bare, [(q.prompt, q.answer) for q in bare]
    assert any(q.answer[0].startswith("1,097,205") for q in gaps)
