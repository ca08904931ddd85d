# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Ordinals a teacher asks about — the minute of a goal, the time a team won, the session of
a summit, a city's rank — asked as numbers with their digits accepted, in both languages; the
steps of a sequence and ordinals inside names are not."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade
from tests.generated_gaps import gaps

MATCH_AR = """العراق يهزم البحرين

حقق منتخب العراق انتصارا على منتخب البحرين بهدفين مقابل هدف. وجاء الهدف الأول عن طريق أيمن حسين في الدقيقة العاشرة. وأضاف مهند علي كاظم الهدف الثاني في الدقيقة الخامسة والعشرين. وتستضيف الرياض القمة الخليجية في دورتها الأربعين. ونفت الوزارة بدء الحظر وحتى ثالث أيام عيد الفطر. وتعد المدينة ثاني أكبر مدينة في البلاد.
"""

MATCH_EN = """Iraq beat Bahrain in Arab Cup opener

Iraq beat Bahrain 2-1 on Monday in the Arab Cup group stage. Aymen Hussein scored the opener in the 10th minute at the stadium. Iraq won the title for the third time in its history, coach Jesus Casas said. Qatar won its fourth title in 2019. Basra is the country's second-largest city by population, officials said.
"""

STEPS_AR = """خطة جديدة

أعلنت الوزارة خطة من ثلاث مراحل. وتبدأ المرحلة الثانية في مارس بتوسيع الشبكة. وحل المنتخب في المركز الأول في البطولة.
"""

NAMES_EN = """Court ruling

The 2nd Circuit Court of Appeals ruled on Tuesday that the city acted lawfully. The company will sell its shares to a third party next year. The second phase of the project starts in May. She finished in first place in the 400 meters. The team played the first round in Doha.
"""


def _question(text: str, language: str, key: str):
    return next(
        q for q in generate(text, language=language).questions
        if q.type == "cloze" and q.answer[0] == key
    )  # fmt: skip


def test_arabic_ordinals_after_what_they_rank_are_asked_and_digits_graded_right():
    found = gaps(MATCH_AR, "ar")
    assert any("في الدقيقة ____" in p for p in found["العاشرة"]), found
    assert any("في الدقيقة ____" in p for p in found["الخامسة والعشرين"]), found
    assert any("في دورتها ____" in p for p in found["الأربعين"]), found
    assert any("وحتى ____ أيام عيد الفطر" in p for p in found["ثالث"]), found
    assert any("____ أكبر مدينة" in p for p in found["ثاني"]), found
    assert grade(_question(MATCH_AR, "ar", "الخامسة والعشرين"), "25").correct
    assert grade(_question(MATCH_AR, "ar", "العاشرة"), "العاشره").correct  # folded spelling
    assert not grade(_question(MATCH_AR, "ar", "العاشرة"), "11").correct


def test_english_ordinals_before_what_they_rank_are_asked_in_any_spelling():
    found = gaps(MATCH_EN, "en")
    assert any("in the ____ minute" in p for p in found["10th"]), found
    assert any("for the ____ time" in p for p in found["third"]), found
    assert any("won its ____ title" in p for p in found["fourth"]), found
    assert any("country's ____-largest" in p for p in found["second"]), found
    minute = _question(MATCH_EN, "en", "10th")
    assert all(grade(minute, said).correct for said in ("10th", "10", "tenth"))
    assert not grade(minute, "9").correct
    third = _question(MATCH_EN, "en", "third")
    assert grade(third, "3rd").correct and grade(third, "3").correct


def test_steps_names_and_a_first_that_only_counts_are_no_ordinal_gap():
    ar = gaps(STEPS_AR, "ar", drafts=True)
    assert "الثانية" not in ar, ar["الثانية"]  # a step: sequences.py asks steps in order
    assert "الأول" in ar, ar  # a place in a ranking is a result
    en = gaps(NAMES_EN, "en", drafts=True)
    for key in ("2nd", "third", "second"):
        assert key not in en, (key, en[key])
    assert "first" in en and any("in ____ place" in p for p in en["first"]), en
    assert all("the ____ round" not in p for prompts in en.values() for p in prompts), en
