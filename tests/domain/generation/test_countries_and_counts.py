# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A country that announces something is no person, and a four-digit count after "more than"
is no year."""

from studyapp.domain.generation import generate

OUTBREAK_AR = """الصحة العالمية تنصح الدول بالاستعداد

وقال تيدروس أدهانوم غيبريسوس، المدير العام لمنظمة الصحة العالمية، السبت، إن تفشي الفيروس ما زال يمثل حالة طوارئ.

وأعلنت فرنسا، السبت، عن أول حالة وفاة بسبب الفيروس في أوروبا.

وأعلنت ماليزيا اكتشاف إصابة سائحة أمريكية قدمت إليها من كمبوديا.

وستبحث البعثة في كيفية إصابة أكثر من 1700 عامل من الأطقم الطبية بالفيروس.
"""

FLOOD_EN = """Floods hit the valley

The floods damaged nearly 1800 homes in the valley on Monday, the county sheriff said.

In 1990 a similar flood hit the town, officials said.
"""


def test_a_country_after_a_verb_of_saying_is_no_person():
    questions = generate(OUTBREAK_AR, language="ar").questions
    people = {
        a
        for q in questions
        if q.category in ("attribution", "role")
        for a in [q.answer if isinstance(q.answer, str) else q.answer[0], *(q.choices or [])]
    }
    assert not any(a.startswith(("فرنسا", "ماليزيا")) for a in people), people


def test_a_count_after_more_than_is_asked_as_a_number_not_a_year():
    for text, language, count in ((OUTBREAK_AR, "ar", "1700"), (FLOOD_EN, "en", "1800")):
        asked = [q for q in generate(text, language=language).questions if count in q.answer]
        assert asked and all(q.category == "number" for q in asked), [
            (q.category, q.prompt) for q in asked
        ]
    years = [q for q in generate(FLOOD_EN, language="en").questions if "1990" in q.answer]
    assert all(q.category == "date" for q in years), years
