"""A name's small words ("da", "von der", "de la") belong to it: "Luiz Inacio Lula da Silva" was
read "Luiz Inacio Lula", keyed so, and the full name a student writes was marked wrong."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade
from tests.generated_gaps import spotted

RUNOFF_EN = (
    "Brazil votes in runoff\n\n"
    "Haddad is promoting policies backed by imprisoned former President Luiz Inacio Lula da "
    "Silva.\n\n"
    "European Commission President Ursula von der Leyen said the vote was calm.\n\n"
    "Voters in Rio de Janeiro queued from early morning.\n"
)


def test_a_names_particles_are_part_of_it_and_a_place_keeps_its_own():
    doc = spotted(RUNOFF_EN, "en")
    assert {"Luiz Inacio Lula da Silva", "Ursula von der Leyen"} <= set(doc.people), doc.people
    assert not any("Rio" in name for name in doc.people), doc.people


def test_the_full_name_with_its_particles_is_marked_right():
    asked = [
        q
        for q in generate(RUNOFF_EN, language="en").questions
        if q.type in ("short", "cloze") and "Silva" in " ".join(q.answer)
    ]
    assert asked, [q.prompt for q in generate(RUNOFF_EN, language="en").questions]
    assert all(grade(q, "Luiz Inacio Lula da Silva").correct for q in asked)
    assert all(grade(q, "Lula da Silva").correct for q in asked)
