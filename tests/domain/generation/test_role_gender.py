# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Who holds which role, told apart by gender in Arabic: «من هو وزير …؟» offers no minister who
is a woman, «من هي وزيرة …؟» says «هي», and a woman named before her role with a comma is found
(blind reviewers rejected four role questions of one article whose choices mixed «وزير» and
«وزيرة» holders, leaving two that fit the pronoun; eighty-second review)."""

from studyapp.domain.generation import document, generate, mentions

CABINET_AR = """مصر تفتتح محطة طاقة شمسية جديدة في أسوان

وقال الدكتور محمود عصمت، وزير الكهرباء والطاقة المتجددة، إن المحطة الجديدة في أسوان تبلغ قدرتها 500 ميجاوات.

وشاركت الدكتورة رانيا المشاط، وزيرة التخطيط والتنمية الاقتصادية، في الافتتاح، وقالت إن المشروع يوفر 3 آلاف فرصة عمل.

كما حضرت الدكتورة منال عوض، وزيرة التنمية المحلية، وأكدت أن المحافظة ستستفيد من المشروع.

وقال المهندس محمد الشيمي، وزير قطاع الأعمال العام، إن الشركات الوطنية نفذت 60 في المئة من الأعمال.

وأضاف الدكتور عمرو طلعت، وزير الاتصالات وتكنولوجيا المعلومات، أن المحطة مربوطة بشبكة الألياف الضوئية.
"""

WOMEN = {"رانيا المشاط", "منال عوض"}


def _questions():
    return generate(CABINET_AR, language="ar").questions


def test_a_role_question_on_a_man_offers_no_woman_and_one_on_a_woman_says_hi():
    roles = [q for q in _questions() if q.category == "role" and q.prompt.startswith("من ")]
    assert len(roles) >= 4, [q.prompt for q in roles]
    for question in roles:
        first = question.answer if isinstance(question.answer, str) else question.answer[0]
        if first in WOMEN:
            assert question.prompt.startswith("من هي وزيرة"), question.prompt
        else:
            assert question.prompt.startswith("من هو وزير"), question.prompt
            assert not WOMEN & set(question.choices or []), (question.prompt, question.choices)


def test_a_woman_named_before_a_comma_and_her_role_is_a_person_and_speaks():
    doc = document.parse(CABINET_AR, "ar")
    mentions.spot(doc)
    assert "رانيا المشاط" in doc.people, list(doc.people)
    said = [q for q in _questions() if q.category == "attribution" and "3 آلاف" in q.prompt]
    assert said, [q.prompt for q in _questions()]
    for question in said:
        first = question.answer if isinstance(question.answer, str) else question.answer[0]
        assert first == "رانيا المشاط", (question.prompt, question.answer)
