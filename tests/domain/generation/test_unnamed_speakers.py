# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Words of someone the article does not name are no one's it names: «وقال النائب: …» and
«وسأل نائب آخر رئيس الوزراء، قائلا: …» are unnamed members' words, not the prime minister's
nor the last named speaker's (a fresh Kuwaiti article keyed them to the prime minister)."""

from studyapp.domain.generation import document, generate, mentions, quotes

GRILLING_AR = """مجلس الأمة الكويتي يستجوب رئيس الوزراء

بدأ مجلس الأمة الكويتي، في جلسته العادية أمس الثلاثاء، مناقشة الاستجواب الموجه إلى رئيس مجلس الوزراء الشيخ صباح خالد الحمد الصباح.

وأكد رئيس مجلس الأمة توفيق الغانم، أن استجواب رئيس الوزراء يمكن أن يمتد لـ10 ساعات. وخلال الاستجواب، تعجب أحد النواب من أن "حقوق الناس لا تأتي إلا بالاستجوابات"، حسب تعبيره.

وقال النائب: "المساومات كانت تصير تحت الطاولة لكن اليوم على رؤوس الأشهاد". وسأل نائب آخر رئيس الوزراء، قائلا: "لماذا تأخرت 3 أشهر في تشكيل الحكومة؟"، مؤكداً أن الأمر وصل إلى "المساومة على حقوق الناس لإنقاذ وزير".
"""


def _doc():
    doc = document.parse(GRILLING_AR, "ar")
    mentions.spot(doc)
    return doc


def test_a_name_a_comma_and_that_close_is_the_speaker():
    doc = _doc()
    assert "توفيق الغانم" in doc.people and "تعبيره" not in doc.people, list(doc.people)
    said = {f.statement: f.speaker.name for f in quotes.find(_doc())}
    assert any("يمكن أن يمتد" in s and who == "توفيق الغانم" for s, who in said.items()), said


def test_an_unnamed_member_s_words_go_to_no_one_named():
    said = {f.statement: f.speaker.name for f in quotes.find(_doc())}
    assert not any("المساومة" in statement or "تأخرت" in statement for statement in said), said
    questions = generate(GRILLING_AR, language="ar").questions
    keyed = [
        (q.prompt, q.answer)
        for q in questions
        if q.category == "attribution" and "المساوم" in q.prompt
    ]
    assert not keyed, keyed
