"""Shapes of American wire copy: a title before a name no list knows, a telephone number by its
shape, an organisation beside its initials, and a state named as a place."""

from studyapp.domain.generation import document, generate, mentions
from studyapp.domain.generation.distractors import is_variant
from studyapp.domain.grading import grade
from tests.generated_gaps import gaps as gap_keys

JOBS_EN = (
    "State jobless rate falls\n\n"
    "The state's jobless rate fell to 6.5 percent in January, the labor office said on "
    "Thursday.\n\n"
    "The fall was welcomed by Gov. Deval Thomas at a jobs fair in Little Rock.\n\n"
    "State officials said the rate would fall further in Arkansas and Ohio.\n\n"
    "Those with questions can contact the labor office at 319-291-4312.\n"
)


def test_a_titled_name_is_one_person_and_the_surname_is_accepted():
    doc = document.parse(JOBS_EN, "en")
    mentions.spot(doc)
    assert "Deval Thomas" in doc.people
    gaps = [q for q in generate(JOBS_EN, language="en").questions if q.type == "cloze"]
    named = next(q for q in gaps if q.answer[0] == "Deval Thomas")
    assert grade(named, "Thomas").correct


def test_a_telephone_number_is_no_gap_and_a_state_is_a_place():
    doc = document.parse(JOBS_EN, "en")
    mentions.spot(doc)
    assert "Arkansas" in doc.places and "Arkansas" not in doc.organisations
    gaps = set(gap_keys(JOBS_EN, "en"))
    assert not gaps & {"319", "291", "4312"}, gaps


def test_initials_are_the_same_organisation_as_their_name():
    assert is_variant("AAA", "American Automobile Association")
    assert is_variant("American Automobile Association", "AAA")
    assert not is_variant("AAA", "Automobile Club of America")
    # "CBR", the Central Bank of Russia, for "Bank of Russia": one word the name leaves out
    # (set f: offered as a wrong choice beside it, and also right).
    assert is_variant("CBR", "Bank of Russia") and is_variant("Bank of Russia", "CBR")
    assert not is_variant("JPM", "Bank of Russia")


def test_a_place_in_the_clause_after_said_is_not_where_the_speaker_spoke():
    text = JOBS_EN + "\nGov. Deval Thomas said the rate would fall further in Texas.\n"
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.startswith("Where did") for p in prompts), prompts


def test_the_reports_window_is_no_gap():
    text = (
        "Jobs report\n\nThe state gained 50,500 private sector jobs in the past 12 months, "
        "according to Thursday's report.\n"
    )
    gaps = set(gap_keys(text, "en"))
    assert "50,500" in gaps and "12" not in gaps, gaps


def test_a_role_set_off_after_a_name_ends_before_the_verb():
    text = (
        "County reports a case\n\nThe county reported its first case on Friday.\n\n"
        'Karen Lowe, Holmes County Health Officer stated, "We will trace every contact."\n'
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert "Who is the Holmes County Health Officer?" in prompts, prompts


def test_a_nicknamed_name_is_asked_by_none_of_its_pieces():
    text = (
        "Retailer cuts jobs\n\nThe retailer will cut 100 jobs, it said on Monday.\n\n"
        '"We are operating in a very tough economic environment," said Millard “Mickey” Drexler, '
        "the company's chairman.\n"
    )
    gaps = set(gap_keys(text, "en"))
    assert not gaps & {"Mickey", "Millard", "Drexler"}, gaps
