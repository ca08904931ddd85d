# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes blind reviewers rejected in fresh news, each on a text written for the test: a name
asked again by its surname, …"""

from studyapp.domain.generation import generate

MARATHON_EN = """Korir wins Lakeside Marathon again

Amina Korir sped past more than 40,000 other runners on Sunday to win the women’s race at the Lakeside Marathon for the third time in five years.

According to the Daily Runner, Korir joins Helena Strand as the only women to win the Lakeside Marathon more than twice. She will have to win a few more times to beat Strand’s record, though. Between 1990 and 2004, the Swedish runner won the race seven times.

Korir finished more than two minutes ahead of Ruth Chepkoech and Maria Lindqvist, who came second and third.
"""


def test_a_name_asked_by_a_gap_is_not_asked_again_by_its_surname():
    """'Korir joins ____' keyed "Helena Strand" (accepting "Strand"), then "to beat ____’s
    record" keyed "Strand": one name asked twice ("Waitz" after "Grete Waitz" was rejected as
    a duplicate)."""
    gaps = [q for q in generate(MARATHON_EN, language="en").questions if q.type == "cloze"]
    named = [q.prompt for q in gaps if "Strand" in q.answer]
    assert len(named) == 1, named
