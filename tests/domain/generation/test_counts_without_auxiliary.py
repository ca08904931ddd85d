"""Counts whose clause has no auxiliary to turn round are asked as questions too: after "there"
and a form of "be", after "have" or a verb in the present by do-support, a count that follows
"said", a count with words describing what it counts, and in Arabic a count the report opens
with «ارتفاع عدد» or a toll («حصيلة») reaches. Each stays a gap where the question would not
say what it asks."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

MEASLES_EN = (
    "Measles cases rise in the county\n\n"
    "There have been four confirmed cases of measles in nearby Oregon, officials said.\n\n"
    "The county health department has 47 nurses on call this winter.\n\n"
    "The department's new clinic employs about 120 people in the city.\n\n"
    "The health director said 500 families were contacted by phone last week.\n\n"
    "The county would open 12 new clinics in the south, the director added.\n"
)

LEFT_EN = (
    "A museum reopens\n\n"
    "The museum's curator met visitors on Monday morning.\n\n"
    "There were 300 visitors.\n\n"
    "Each had three tickets with a stamp.\n\n"
    "The museum opened in 1964 and employs 90 people.\n\n"
    "The city uses 163 buses manufactured by a local firm.\n"
)

FLOODS_AR = (
    "الأمطار تضرب المحافظة\n\n"
    "أعلنت وزارة الصحة اليوم ارتفاع عدد الإصابات بالحصبة في المحافظة إلى 56 حالة مؤكدة.\n\n"
    "ارتفعت حصيلة الوفيات جراء السيول في المنطقة إلى 18 شخصا.\n\n"
    "وقال مدير الدفاع المدني إن الفرق تعمل في المدينة منذ الصباح.\n"
)


def _typed(text: str, language: str) -> dict[str, object]:
    return {
        q.prompt: q
        for q in generate(text, language=language).questions
        if q.type == "short" and q.category == "number"
    }


def test_a_count_after_there_and_be_is_asked_with_there_turned_round():
    question = _typed(MEASLES_EN, "en").get(
        "How many confirmed cases of measles have there been in nearby Oregon?"
    )
    assert question is not None, list(_typed(MEASLES_EN, "en"))
    assert grade(question, "four").correct and grade(question, "4").correct
    assert not grade(question, "47").correct


def test_a_count_after_has_or_a_present_verb_is_asked_by_do_support():
    asked = _typed(MEASLES_EN, "en")
    nurses = asked.get(
        "How many nurses does the county health department have on call this winter?"
    )
    assert nurses is not None, list(asked)
    assert grade(nurses, "47 nurses").correct
    people = asked.get("How many people does the department's new clinic employ in the city?")
    assert people is not None, list(asked)
    assert grade(people, "about 120").correct and grade(people, "120").correct


def test_a_count_after_said_and_one_with_describing_words_are_asked():
    asked = _typed(MEASLES_EN, "en")
    assert "How many families were contacted by phone last week?" in asked, list(asked)
    clinics = asked.get("How many new clinics would the county open in the south?")
    assert clinics is not None, list(asked)
    assert grade(clinics, "12").correct


def test_counts_whose_question_would_not_say_what_it_asks_stay_gaps():
    asked = _typed(LEFT_EN, "en")
    # No place or time: "How many visitors were there?"; "each": of whom; a verb that has lost
    # its subject after "and"; the noun's describing words after it cut off.
    assert not asked, list(asked)
    gaps = {q.answer[0] for q in generate(LEFT_EN, language="en").questions if q.type == "cloze"}
    assert {"300", "90"} <= gaps, gaps


def test_an_arabic_report_of_a_rise_and_a_toll_are_asked_what_they_reached():
    asked = _typed(FLOODS_AR, "ar")
    cases = asked.get("كم بلغ عدد الإصابات بالحصبة في المحافظة؟")
    assert cases is not None, list(asked)
    assert grade(cases, "56").correct and grade(cases, "56 حالة").correct
    toll = asked.get("كم بلغت حصيلة الوفيات جراء السيول في المنطقة؟")
    assert toll is not None, list(asked)
    assert grade(toll, "18").correct


PRICES_EN = (
    "Consumer prices fall\n\n"
    "Energy prices fell 3.1 percent in August, led by fuel oil.\n\n"
    "Statewide averages for regular also rose by 9 cents in Idaho.\n\n"
    "Shares of the company have risen 12 percent this year.\n\n"
    "Revenue rose 7 percent to $5,000 a month.\n\n"
    "In the fourth quarter, deliveries had fallen 9.4 percent.\n"
)


def test_a_change_by_a_figure_is_asked_by_how_much_with_its_unit_in_the_key():
    asked = _typed(PRICES_EN, "en")
    energy = asked.get("By how much did energy prices fall in August?")
    assert energy is not None, list(asked)
    assert energy.answer[0] == "3.1 percent"
    assert grade(energy, "3.1%").correct and not grade(energy, "9").correct
    cents = asked.get("By how much did statewide averages for regular rise in Idaho?")
    assert cents is not None, list(asked)
    assert grade(cents, "9 cents").correct
    assert "By how much have shares of the company risen this year?" in asked, list(asked)
    # The time the sentence opens with stays with the question.
    assert "By how much had deliveries fallen in the fourth quarter?" in asked, list(asked)
    # "to $5,000 a month" would print a second figure: the gap stays.
    assert not any("revenue" in prompt.lower() for prompt in asked), list(asked)


def test_a_count_question_that_would_cut_either_from_its_or_stays_a_gap():
    text = (
        "Deliveries fall short\n\n"
        "About 2,750 vehicles were missed being counted as deliveries in the fourth quarter "
        "either due to last-minute delays, or cars in transit.\n"
    )
    assert not any("either" in prompt for prompt in _typed(text, "en")), list(_typed(text, "en"))
    gaps = [q for q in generate(text, language="en").questions if q.type == "cloze"]
    assert any(q.answer[0] == "2,750" for q in gaps), [q.prompt for q in gaps]
