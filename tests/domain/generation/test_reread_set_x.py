"""Shapes set x's blind reviewer rejected that the session's code still wrote, once the set's
texts were found again (twenty-seventh session): each text here is written for the test."""

from studyapp.domain.generation import generate

TRIAL_EN = (
    "Jury finds man guilty in shooting of youth coach\n\n"
    "BUFFALO, N.Y. (WKBW) — A jury has found a Buffalo man guilty of manslaughter in connection "
    "to the shooting of a local youth football coach in 2019.\n\n"
    "The Erie County District Attorney's Office announced after four hours of deliberation that "
    "a jury found 20-year-old Jason L. Washington, Jr. guilty.\n\n"
    "Washington was 17-years-old when the shooting occurred on August 31, 2019.\n\n"
    "He faces a maximum of 32 years in prison and is scheduled to be sentenced April 21.\n\n"
    "It's a verdict the family had waited for, reports WKBW correspondent Dana Myers.\n"
)


def test_a_year_and_the_full_date_of_the_same_day_are_asked_once():
    keys = [q.accepted_answers[0] for q in generate(TRIAL_EN, language="en").questions]
    assert not ("2019" in keys and "August 31, 2019" in keys), keys
    assert "2019" in keys or "August 31, 2019" in keys, keys


def test_the_reporter_who_files_the_story_is_no_gap():
    keys = {q.accepted_answers[0] for q in generate(TRIAL_EN, language="en").questions}
    assert "Dana Myers" not in keys, keys


def test_a_mans_surname_is_no_place():
    for question in generate(TRIAL_EN, language="en").questions:
        assert question.category != "place" or "Washington" not in question.accepted_answers


COUNCIL_AR = (
    "مجلس الوزراء ينفي نقل الخدمات\n\n"
    'وجاء في البيان المنشور على الصفحة الرسمية للمجلس على "الفيسبوك"، أن كافة خدمات '
    "المواطنين ستظل في أماكنها دون نقل أو تعطيل.\n\n"
    'وقال رئيس لجنة الخدمات النائب أحمد الأنصاري إن هناك تقصيرا، وأضاف: "لا شيء متعمد، لكن '
    'الوزارة تأخرت 3 سنوات في تنفيذ المشروع".\n'
)


def test_neither_the_platform_posted_on_nor_what_is_denied_is_a_gap():
    keys = {q.accepted_answers[0] for q in generate(COUNCIL_AR, language="ar").questions}
    assert not {"الفيسبوك", "شيء متعمد"} & keys, keys
    assert "3" in keys, keys  # the years of delay are still asked
