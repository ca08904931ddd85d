# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Who the article describes in quoted words, asked "Who was described as …?" among its
people (descriptions.py), on texts written for the test."""

from studyapp.domain.generation import generate

CUP_EN = """Harbour City coach praised after cup win

Harbour City beat Northfield 3-1 on Sunday to reach the cup final for the first time since 1998.

Club chairman Peter Walsh described coach Tomas Lindqvist as "the best thing to happen to this club" after the match.

Lindqvist said his players had worked hard all season. Striker Daniel Okafor scored twice.
"""

CUP_AR = """المدرب يقود الفريق إلى النهائي

فاز نادي الشباب على الأهلي بثلاثة أهداف مقابل هدف يوم الأحد وتأهل إلى نهائي الكأس.

ووصف رئيس النادي خالد العمري المدرب سامي حداد بأنه "أفضل ما حدث للنادي" بعد المباراة.

وقال حداد إن اللاعبين عملوا بجد طوال الموسم.
"""


def _described(text: str, language: str) -> list:
    return [q for q in generate(text, language=language).questions if q.category == "description"]


def test_the_one_described_is_asked_among_the_articles_people_not_the_one_describing():
    [question] = _described(CUP_EN, "en")
    assert question.prompt == 'Who was described as "the best thing to happen to this club"?'
    assert question.answer == "Tomas Lindqvist"
    assert {"Peter Walsh", "Daniel Okafor"} <= set(question.choices)


def test_in_arabic_the_name_last_before_the_quoted_words_is_the_one_described():
    """«ووصف رئيس النادي خالد العمري المدرب سامي حداد بأنه …»: the chairman describes, the
    coach is described."""
    [question] = _described(CUP_AR, "ar")
    assert question.prompt == "من الذي وُصف بأنه «أفضل ما حدث للنادي»؟"
    # Two people only: typed, the family name accepted.
    assert question.type == "short"
    assert question.answer[:2] == ["سامي حداد", "حداد"]


def test_described_by_a_pronoun_or_as_a_thing_asks_nothing():
    """«ووصفه العمري بأنه …» names who described, not who was; "the deal" is no person."""
    text = CUP_AR.replace(
        "ووصف رئيس النادي خالد العمري المدرب سامي حداد بأنه", "ووصفه رئيس النادي خالد العمري بأنه"
    )
    assert _described(text, "ar") == []
    text = CUP_EN.replace("described coach Tomas Lindqvist as", "described the win as")
    assert _described(text, "en") == []


SPOKE_AR = """هوانغ: الطلب على الرقائق غير مسبوق

وفي تصريحات أدلى بها خلال فعالية في مدينة هسينشو التايوانية، قال جنسن هوانغ إن الطلب العالمي على الرقائق يشهد ارتفاعًا غير مسبوق.

وقال سي. سي. وي إن شركته تعمل بطاقتها الكاملة، ووصف هوانغ بأنه "رجل الخمسة تريليونات".
"""


def test_who_was_described_stays_though_other_prompts_name_him():
    """«قال جنسن هوانغ إن …» prints the answer of «من الذي وُصف بأنه …؟», but the article's
    other people are its choices: nothing is given away (it was dropped as a clash)."""
    questions = generate(SPOKE_AR, language="ar").questions
    assert any(q.category == "description" for q in questions), [q.prompt for q in questions]
