"""Shapes read off fresh news judged blind (set w of the twenty-third session, hundred-and-
thirty-fifth review): a dateline with its date and agency, the story's own month, a weekday
named as tomorrow, a key whose adjective a student leaves out, a court named with a plural
possessive. Each text is written for its test."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.grading import grade
from tests.generated_gaps import assert_gaps_leave_out, gaps


def test_a_dateline_with_date_and_agency_is_not_asked():
    text = (
        "Cholera cases in the district\n\n"
        "Rumphi, August 28, Mana: Rumphi District Hospital has confirmed four cholera cases with "
        "one death.\n\n"
        "The district health officer said 120 people had been tested since Monday.\n"
    )
    assert_gaps_leave_out(text, "en", ("August 28",), "120")


def test_the_storys_own_month_and_tomorrows_weekday_are_not_asked():
    text = (
        "تفشي الحصبة في المحافظة\n\n"
        "أعلنت السلطات الصحية في المحافظة تسجيل 230 حالة إصابة بالحصبة منذ مطلع يناير الجاري.\n\n"
        "وتُعرض، غداً الجمعة، مسرحية جديدة للفرقة ذاتها على مسرح قصر الثقافة.\n\n"
        "وتستمر الحملة حتى العاشر من فبراير المقبل.\n"
    )
    assert_gaps_leave_out(text, "ar", ("يناير", "الجمعة"), "230")


def test_the_noun_without_its_adjective_is_marked_right():
    text = (
        "Storm hits farms\n\n"
        'Farmer Benjamin Rice said: "We got four inches of rain, wind and some heavy hail on top '
        'of that, and the crop is gone."\n\n'
        'Inspector Ruth Ellis said: "My office will issue a formal report on the damage next '
        'week."\n'
    )
    keyed = [
        q
        for q in propose(text, language="en").questions
        if q.type == "cloze" and q.answer[0] in ("heavy hail", "formal report")
    ]
    assert keyed, "no gap on the adjective and noun"
    for q in keyed:
        assert grade(q, q.answer[0].split()[1]).correct, q.answer


def test_a_piece_of_a_court_named_with_a_plural_possessive_is_no_gap():
    text = (
        "Magistrate fined for littering\n\n"
        "Hall, who lives in east Cleveland, pleaded guilty at Hartlepool Magistrates' Court "
        "yesterday and was fined 220 pounds.\n"
    )
    assert "Hartlepool Magistrates" not in gaps(text, "en")


def test_a_quotation_running_over_paragraphs_is_one_statement():
    """Three who-said questions keyed Sian Jones, the second and third from one quotation
    running over three paragraphs: set w's reviewers rejected the third as a duplicate."""
    text = (
        "Magistrate fined for littering\n\n"
        "Sian Jones, the justices' clerk, said the matter would be referred to the committee.\n\n"
        'Ms Jones said: "When a magistrate commits a criminal offence, it is referred to the '
        "local advisory committee.\n\n"
        '"The committee will consider the case and make a recommendation.\n\n'
        '"It is unlikely that the committee will decide to take no action."\n\n'
        'Councillor Dave McLuckie said: "It is irrelevant who the individual is."\n'
    )
    asked = [
        q.prompt
        for q in generate(text, language="en").questions
        if q.prompt.startswith("Who said") and "Sian Jones" in q.answer
    ]
    quotation = ("When a magistrate", "The committee will", "It is unlikely")
    assert len([p for p in asked if any(words in p for words in quotation)]) == 1, asked
