# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh set i after its blind review: each text is written for the shape."""

from studyapp.domain.generation import generate
from tests.generated_gaps import first_keys, spotted


def test_a_verb_of_feeling_opens_no_name_and_a_cup_of_nations_keeps_its_continent() -> None:
    text = (
        "السلامي: الانتصار للمدرب المغربي\n\n"
        "أبدى جمال السلامي، مدرب المنتخب المغربي المحلي، سعادته الكبيرة بعد الفوز على نيجيريا برباعية نظيفة، وحسم لقب كأس أمم أفريقيا للمحليين.\n\n"
        "وقال السلامي: «المنتخب النيجيري خلق لنا بعض المتاعب في البداية، ومع ذلك كنا حاضرين على المستوى الهجومي، وخلقنا فرصا كثيرة»."
    )
    assert "جمال السلامي" in spotted(text, "ar").people
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    assert not any("أبدى جمال" in p and "ما قاله" in p for p in prompts), prompts
    assert "أفريقيا" not in first_keys(text, "ar")


def test_two_bodies_a_possessive_role_a_decree_number_and_half_a_channel_name() -> None:
    text = (
        "افتتاح مصنع ملح في الأغوار الجنوبية\n\n"
        "وقال صاحب المصنع ومديره العام محمود ذياب ابو محفوظ ان المصنع وفر 25 فرصة عمل لأبناء المنطقة.\n\n"
        "وأطلقت المديرية حملة للتوعية الصحية بالتعاون مع وزارة الصحة واللجنة الوطنية للوقاية من السرطان ومكافحته.\n\n"
        "وقدمت الباحثة عرضا للتعريف بقانون المجالس البلدية وفقًا للمرسوم السلطاني رقم (38 / 2022)، بالإضافة إلى اختصاصات المجالس.\n\n"
        "وقال وزير النقل خلال مداخلة هاتفية لبرنامج 'الحكاية' المذاع عبر قناة 'إم بي سي مصر' إن عدد الركاب بلغ 150 ألفا."
    )
    questions = generate(text, language="ar").questions
    keys = [q.answer[0] if isinstance(q.answer, list) else q.answer for q in questions]
    assert not any("واللجنة" in k for k in keys), keys
    assert "38" not in keys and "مصر" not in keys, keys
    assert not any("مديره العام" in q.prompt and q.category == "role" for q in questions)
    assert "25" in keys or "150" in keys, keys
