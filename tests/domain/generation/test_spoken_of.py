"""Someone named inside what another says is spoken of, not the speaker of what follows."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.attributions import find
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.mentions import spot

OBSERVATORY_AR = (
    "مرصد الجبل القديم لن يغلق\n\n"
    "أكد رئيس هيئة الأرصاد أن الهيئة ستفتتح مرصدا جديدا في العام المقبل.\n\n"
    "وقال رئيس الهيئة، أن المرصد الجديد يتم بناؤه بتكلفة مليار جنيه، وتم تشكيل لجنة من قبل "
    "رئيس الوزراء الدكتور كمال منصور، مؤكداً أن فرص عمل جديدة ستتوفر منذ بدء الإنشاء.\n\n"
    "وأضاف أن المرصد القديم سيتحول إلى مركز تدريبي لإعداد الفنيين.\n\n"
    "وأوضح أن المرصد القديم قد يصبح مزارا سياحيا وعلميا.\n"
)


def test_the_prime_minister_named_in_the_words_is_not_their_speaker():
    doc = parse(OBSERVATORY_AR, "ar", None)
    spot(doc)
    assert not [a.statement for a in find(doc) if "منصور" in a.speaker.name]
    for question in generate(OBSERVATORY_AR, language="ar").questions:
        assert not question.prompt.startswith("بحسب رئيس الوزراء"), question.prompt
        if question.category == "attribution" and question.type != "cloze":
            assert "منصور" not in str(question.answer), question.prompt
