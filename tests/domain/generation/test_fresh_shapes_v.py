# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh news (set v), each on a text written for the test."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

TOUR_AR = """المحافظ يتفقد المستشفى الجديد

قام اللواء دكتور سامي حداد محافظ الجنوب، اليوم، بجولة تفقدية في المستشفى المركزي لمتابعة سير العمل.

وأكد المحافظ أن المستشفى سيفتح أبوابه للمرضى الشهر المقبل.
"""


def test_an_indefinite_doctor_after_a_rank_is_a_title_not_part_of_the_key():
    """«اللواء دكتور سامي حداد» keyed «دكتور سامي حداد»: "Sami Haddad" was marked wrong."""
    [question] = [
        q
        for q in generate(TOUR_AR, language="ar").questions
        if q.category == "role" and q.type == "short"
    ]
    assert question.answer[0] == "سامي حداد"
    assert grade(question, "سامي حداد").correct
