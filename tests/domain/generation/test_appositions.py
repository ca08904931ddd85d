"""A role set off by commas after a name, read to where it ends: "the former governor of the
U.S. state of Virginia" is no governor of "U"; "spokeswoman for the state Department of Health"
is the department's spokeswoman, not "Health's spokeswoman for the state Department"; and her
words after the apposition are hers, not the department's."""

from studyapp.domain.generation import generate

COURT_EN = (
    "McDonnell sentenced to two years\n\n"
    "Robert McDonnell, the former governor of the U.S. state of Virginia, was sentenced on "
    "Tuesday to two years in prison for corruption.\n\n"
    '"I am very sorry," McDonnell said after the hearing.\n\n'
    "Linda Waring, spokeswoman for the state Department of Health, said 11 cases had been "
    "reported.\n\n"
    "Harry Stonecipher, former CEO of McDonnell Douglas, declined to comment.\n"
)


def _roles() -> dict[str, str]:
    return {
        q.prompt: q.answer if isinstance(q.answer, str) else q.answer[0]
        for q in generate(COURT_EN, language="en").questions
        if q.category == "role"
    }


def test_a_role_cut_at_an_initial_asks_no_body_of_one_letter():
    roles = _roles()
    assert not any("U's" in p or "U.S's" in p for p in roles), roles
    assert roles.get("Who is the former governor?") == "Robert McDonnell", roles


def test_a_role_for_a_named_body_is_asked_with_the_body_whole():
    roles = _roles()
    assert roles.get("Who is the spokeswoman at the Department of Health?") == "Linda Waring", roles
    assert not any("Health's" in p for p in roles), roles


def test_words_said_after_an_apposition_are_the_persons():
    for question in generate(COURT_EN, language="en").questions:
        assert not question.prompt.startswith("According to Department of Health"), question.prompt


HOMES_EN = (
    "Home sales rise\n\n"
    "Sales of existing homes rose by 1 percent in March, a real estate trade group reported.\n\n"
    '"We would like to see a bigger supply of homes," said Al Mansell, president of the '
    "Realtors group and head of Coldwell Banker Residential Brokerage in Salt Lake City.\n"
)


def test_a_long_apposition_of_two_roles_gives_the_first_with_its_body():
    # Cut at the length limit, the role had been read as a bare "president": no question.
    roles = {
        q.prompt: q.answer[0] if isinstance(q.answer, list) else q.answer
        for q in generate(HOMES_EN, language="en").questions
        if q.category == "role"
    }
    assert roles.get("Who is the president at the Realtors group?") == "Al Mansell", roles


HOSPITAL_EN = (
    "New surgical hospital opens\n\n"
    "The seven-story building includes 26 operating rooms, 59 recovery rooms and 80 private "
    "rooms.\n\n"
    '"The heart of this new facility are the nurses and surgeons who will work here," said Dr. '
    "Wesley Burks, CEO of UNC Health.\n\n"
    "The building encompasses 375,000 square feet and opened on Monday after five years of "
    "work.\n\n"
    '"After more than 5 years of building toward this moment, I continue to be so thankful for '
    'our medical staff and teammates," said Janet Hadar, President of UNC Hospitals.\n'
)


def test_who_holds_a_role_does_not_crowd_out_what_she_said():
    # The role question keyed Janet Hadar had counted as asking her answer already, so her
    # words fell below a gap in them and were only asked as "Complete what … said".
    first = generate(HOSPITAL_EN, language="en").questions[:10]
    who = {q.answer[0] for q in first if q.category == "attribution" and q.type == "short"}
    roles = {q.answer[0] for q in first if q.category == "role" and q.type == "short"}
    assert {"Wesley Burks", "Janet Hadar"} <= who, [(q.prompt, q.answer) for q in first]
    assert {"Wesley Burks", "Janet Hadar"} <= roles
