"""Shapes read off fresh news (set h of the twenty-eighth session, judged blind before it was
read). Each text is written for its test."""

from studyapp.domain.generation import generate, mentions
from studyapp.domain.generation.document import parse
from studyapp.domain.grading import grade


def _people(text: str, language: str = "ar") -> list[str]:
    doc = parse(text, language)
    mentions.spot(doc)
    return list(doc.people)


def test_an_athlete_with_a_foreign_name_opening_in_waw_is_named_in_full():
    text = (
        "ذهبية عربية في بطولة العالم\n\n"
        "فازت السباحة المغربية ويلهيلمينا كوستيرا نادو بلقب سباق 200 متر حرة في ختام البطولة.\n\n"
        "وسجلت نادو زمنا قدره دقيقة و55 ثانية، متقدمة على منافستها الأسترالية.\n\n"
        "وقالت نادو بعد السباق إنها تدربت طويلا لهذه اللحظة.\n"
    )
    assert "ويلهيلمينا كوستيرا نادو" in _people(text), _people(text)
    roles = [q for q in generate(text, language="ar").questions if q.category == "role"]
    assert any(q.answer[0] == "ويلهيلمينا كوستيرا نادو" for q in roles), [
        (q.prompt, q.answer) for q in roles
    ]


def test_a_role_then_and_and_a_verb_names_no_one():
    text = (
        "المنتخب يستعد للبطولة\n\n"
        "وصل المدرب الوطني ويتابع الفريق تدريباته اليومية في الملعب الرئيسي.\n\n"
        "وقال المدرب إن اللاعبين في حالة جيدة.\n"
    )
    assert not any(name.startswith("ويتابع") for name in _people(text)), _people(text)


def _gap_keyed(questions, key: str):
    found = [q for q in questions if q.type == "cloze" and q.answer[0] == key]
    assert found, [(q.prompt, q.answer) for q in questions]
    return found[0]


def test_a_maghreb_month_is_graded_right_by_its_other_names():
    text = (
        "توزيع السكنات في ولاية وهران\n\n"
        "أعلن والي الولاية أن عملية توزيع 3200 وحدة سكنية ستجري يوم 5 جويلية المقبل "
        "بمناسبة عيد الاستقلال.\n\n"
        "وقال الوالي إن الأشغال بدأت في شهر أفريل الماضي وتسير وفق الجدول المحدد.\n"
    )
    questions = generate(text, language="ar").questions
    july = _gap_keyed(questions, "5 جويلية")
    assert grade(july, "5 يوليو").correct and grade(july, "5 تموز").correct
    assert not grade(july, "5 أوت").correct


def test_a_month_of_a_year_is_graded_right_without_of_the_year():
    text = (
        "مخزون الحبوب يكفي حتى الربيع المقبل\n\n"
        "قال مدير الشركة العامة للحبوب سامر الحديثي إن المخزون الحالي يكفي لتأمين الطحين "
        "للمواطنين حتى شهر نيسان من عام 2027 على الأقل.\n\n"
        "وأضاف الحديثي أن الشركة تسلمت 400 ألف طن من الفلاحين منذ بداية الموسم.\n"
    )
    questions = generate(text, language="ar").questions
    april = [q for q in questions if q.type == "cloze" and "2027" in q.answer[0]]
    assert april, [(q.prompt, q.answer) for q in questions]
    assert grade(april[0], "نيسان 2027").correct and grade(april[0], "أبريل 2027").correct
