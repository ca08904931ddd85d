# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Select-all questions on what a cause leads to: the effects right, their opposites wrong."""

from studyapp.domain.generation import propose

FLOODS_AR = (
    "ضربت الفيضانات المناطق الساحلية في الأسبوع الماضي.\n\n"
    "وأدت الفيضانات إلى رفع أسعار الخضروات الطازجة والمجمدة، وتأخير رحلات القطارات، وزيادة الضغط على المستشفيات.\n\n"
    "وقال وزير الزراعة إن الحكومة ستعوض المزارعين."
)
DROUGHT_EN = (
    "The region has had no rain for six months.\n\n"
    "Officials say the drought has led to higher food prices, longer queues at the wells and rising unemployment in farming towns.\n\n"
    "The government plans to truck in water next week."
)


def _effects(text: str, language: str) -> list:
    questions = propose(text, language=language).questions
    return [q for q in questions if q.type == "multi" and q.category == "effect"]


def test_an_arabic_cause_with_three_effects_asks_them_with_their_opposites() -> None:
    (question,) = _effects(FLOODS_AR, "ar")
    # «الطازجة والمجمدة» are the adjectives of one effect, not a fourth item.
    assert question.answer == ["رفع أسعار الخضروات", "تأخير رحلات القطارات", "زيادة الضغط"]
    wrong = set(question.choices) - set(question.answer)
    assert wrong == {"خفض أسعار الخضروات", "تسريع رحلات القطارات", "تقليل الضغط"}
    assert "أدت الفيضانات إلى" in question.prompt


def test_an_english_cause_with_three_effects_asks_them_with_their_opposites() -> None:
    (question,) = _effects(DROUGHT_EN, "en")
    assert question.answer == ["higher food prices", "longer queues", "rising unemployment"]
    wrong = set(question.choices) - set(question.answer)
    assert wrong == {"lower food prices", "shorter queues", "falling unemployment"}
    assert "the drought has led to" in question.prompt


def test_effects_without_a_known_opposite_or_a_single_effect_give_no_question() -> None:
    assert len(_effects(DROUGHT_EN, "en")) == 1
    no_opposites = DROUGHT_EN.replace(
        "higher food prices, longer queues at the wells and rising unemployment",
        "empty wells, dead cattle and angry farmers",
    )
    assert _effects(no_opposites, "en") == []
    one = DROUGHT_EN.replace(
        "higher food prices, longer queues at the wells and rising unemployment",
        "higher food prices",
    )
    assert _effects(one, "en") == []
    one_ar = FLOODS_AR.replace(
        "رفع أسعار الخضروات الطازجة والمجمدة، وتأخير رحلات القطارات، وزيادة الضغط",
        "رفع أسعار الخضروات الطازجة والمجمدة",
    )
    assert _effects(one_ar, "ar") == []  # two adjectives of one effect are no list
