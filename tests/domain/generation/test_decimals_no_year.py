# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Four digits after "0." are a number's decimals, never a year to ask: «0.____ وحدة» keyed «1833»."""

from studyapp.domain.generation import generate

RATE_AR = """تعديل سعر الصرف

أعلن المصرف المركزي تعديل سعر صرف الدينار ليكون 0.1833 وحدة من وحدات حقوق السحب الخاصة، مقابل 0.1555 في التعديل السابق.

ويبدأ العمل بالسعر الجديد في شهر مارس المقبل.
"""
RATE_EN = """Rate changed

The central bank set the dinar at 0.1833 special drawing rights on Sunday, against 0.1555 before the change.

The new rate takes effect in March, the bank said.
"""


def test_the_decimals_of_a_rate_are_no_year():
    for text in (RATE_AR, RATE_EN):
        questions = generate(text, title="").questions
        assert not any("0.____" in q.prompt for q in questions), [q.prompt for q in questions]
        assert not any(q.category == "date" and q.answer[0] in ("1833", "1555") for q in questions)
        assert any(
            q.category == "date" and ("مارس" in q.answer or "March" in q.answer) for q in questions
        )
