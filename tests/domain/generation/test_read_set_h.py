"""Shapes read off fresh news (set h of the twenty-eighth session, judged blind before it was
read). Each text is written for its test."""

from studyapp.domain.generation import generate, mentions
from studyapp.domain.generation.document import parse


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
