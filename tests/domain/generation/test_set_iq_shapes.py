"""Shapes the blind reviewers of set iq (the two-hundred-and-sixty-first review) rejected, read
after it was judged. The text is written for the test."""

from studyapp.domain.generation import propose

MINISTERS_EN = (
    "Parliament approves ministers\n\n"
    "Parliament on Tuesday approved seven ministers vetted by the Appointments Committee.\n\n"
    "They are Mr Kofi Mensah, Minister designate for Local Government and Rural Development, "
    "Ama Owusu, Minister designate for Gender, Children and Social Protection, and Yaw Boateng, "
    "Minister designate for Environment.\n\n"
    "The committee chairman, Kwame Asante, said the vetting took two days.\n"
)


def test_a_role_other_people_hold_for_something_is_not_asked_bare() -> None:
    """ "Who is the Minister designate?" offered three ministers designate, all right (set iq:
    both reviewers); the roles that say what they are for are still asked."""
    asked = {q.prompt: q for q in propose(MINISTERS_EN, language="en").questions}
    assert "Who is the Minister designate?" not in asked
    gender = asked.get("Who is the Minister designate for Gender?")
    assert gender is not None, [p for p in asked if p.startswith("Who is")]
    assert gender.answer == "Ama Owusu"
