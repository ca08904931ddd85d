"""A speaker who goes on in one paragraph makes one point: "who said" is asked once for it, and
again for what the speaker says in another paragraph."""

from __future__ import annotations

from studyapp.domain.generation import generate

ARTICLE = (
    "City council weighs the capital budget\n\n"
    "Finance Director Frank Denbowski told the council that the city faces a shortfall of "
    '$40 million in its capital projects. "We will recommend the ARPA fund," Denbowski said. '
    '"But how much is the problem?" Denbowski said.\n\n'
    "Council Chair Maria Rodriguez said the council would vote on the plan in March. "
    '"Where does the money come from?" Rodriguez asked.\n\n'
    '"The roads come first," Denbowski said.'
)


def test_who_said_is_asked_once_per_speaker_and_paragraph():
    questions = generate(ARTICLE, language="en").questions
    who = [q for q in questions if q.category == "attribution" and "Who said" in q.prompt]
    paragraphs = [ARTICLE.count("\n\n", 0, q.source.start) for q in who]
    speakers = [q.answer if isinstance(q.answer, str) else q.answer[0] for q in who]
    assert len(set(zip(speakers, paragraphs, strict=True))) == len(who), [q.prompt for q in who]
    assert speakers.count("Frank Denbowski") == 2  # his two paragraphs, two points
    assert speakers.count("Maria Rodriguez") == 1
