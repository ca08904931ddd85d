"""A range in the text ("من 75% إلى 80%", "between 1914 and 1918") is asked whole: one gap takes
both ends, and the student who writes the range in its usual forms is marked right, one end
alone wrong."""

import pytest

from studyapp.domain.generation import propose
from studyapp.domain.grading import grade

RANGES_AR = (
    "سكان العراق\n\n"
    "يقدر عدد سكان الجمهورية العراقية بحوالي 37 مليون نسمة. "
    "وتصل نسبة العرب من 75% إلى 80% من الشعب العراقي، والأكراد إلى 15% من الشعب.\n\n"
    "حكمت الأسرة البلاد طويلا، ودام ملكهم من عام 1299م إلى عام 1922م. "
    "وكانت عاصمتهم إسطنبول منذ فتحها على يد السلطان محمد الفاتح.\n"
)

RANGES_EN = (
    "The Great War\n\n"
    "The First World War was fought between 1914 and 1918 across Europe and beyond. "
    "More than 16 million people died in the fighting, historians say.\n\n"
    "The old bridge was closed from 1990 to 2005 for repairs, the city said. "
    "Unemployment in the region rose from 5 percent to 9 percent last year, the ministry said.\n"
)


def _gap_on(text: str, language: str, words: str):
    """The gap drafted whose prompt holds `words` just before it."""
    for q in propose(text, language=language).questions:
        if q.type == "cloze" and f"{words} ____" in q.prompt:
            return q
    raise AssertionError(f"no gap after {words!r}")


@pytest.mark.parametrize(
    "text, language, words, right, wrong",
    [
        (RANGES_AR, "ar", "نسبة العرب من", ["75% إلى 80%", "75-80%", "من 75% إلى 80%"], ["75%"]),
        (RANGES_AR, "ar", "ودام ملكهم من", ["1299 إلى 1922", "عام 1299م إلى عام 1922م"], ["1299"]),
        (RANGES_EN, "en", "fought between", ["1914 and 1918", "1914-1918"], ["1914"]),
        (RANGES_EN, "en", "closed from", ["1990 to 2005", "1990-2005"], ["1990"]),
    ],
)
def test_a_range_is_one_gap_keyed_with_both_ends(text, language, words, right, wrong):
    question = _gap_on(text, language, words)
    after = question.prompt.split("____")[1]
    assert not any(ch.isdigit() for ch in after[:12]), question.prompt  # both ends in the gap
    for answer in right:
        assert grade(question, answer).correct, (answer, question.accepted_answers)
    for answer in wrong:
        assert not grade(question, answer).correct, (answer, question.accepted_answers)


def test_a_change_keeps_its_old_and_new_values_as_two_facts():
    """ "rose from 5 percent to 9 percent": the new value is a fact of its own, asked alone."""
    question = _gap_on(RANGES_EN, "en", "5 percent to")
    assert grade(question, "9 percent").correct, question.accepted_answers


def test_a_revision_after_a_comma_keeps_its_old_and_new_values_apart():
    """ "revised December job losses higher, from 65,000 to 150,000 jobs": a change, though a
    comma stands between its verb and "from" (set e's reviewers: garbled as one gap)."""
    text = (
        "Jobless rate falls\n\n"
        "The department also revised December job losses higher, from 65,000 to 150,000 "
        "jobs.\n"
    )
    keys = {q.answer[0] for q in propose(text, language="en").questions if q.type == "cloze"}
    assert "65,000 to 150,000" not in keys and {"65,000", "150,000"} & keys, keys


CRASH_EN = (
    "Two hurt in crash on Route 9\n\n"
    "Two people were taken to hospital after a crash on Route 9 in Canadian County on Monday, "
    "the sheriff's office said.\n\n"
    "A 2013 Honda Civic collided with a 2010 Ford pickup at about 7 a.m., Deputy Mark Ellis "
    "said. The road was closed for 2 or 3 hours while crews cleared the scene.\n\n"
    "Sheriff Chris West said the county had recorded 14 crashes on the same road since "
    "January.\n"
)


def test_neither_end_of_a_guess_nor_a_cars_model_year_is_asked():
    """ "closed for ____ or 3 hours" keyed "2" gives itself away, and so does its other end;
    "A ____ Honda Civic" asks a model year no teacher would (blind reviewers rejected all three
    shapes on unseen news). The counts of the story are still asked."""
    gaps = [q for q in propose(CRASH_EN, language="en").questions if q.type == "cloze"]
    keys = {q.answer[0] for q in gaps}
    assert not keys & {"2", "3", "2013", "2010"}, [q.prompt for q in gaps]
    assert "14" in keys, keys
