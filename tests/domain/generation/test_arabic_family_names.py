"""Arabic speakers as the news names them: a family name in «ة» after a given name
(«موسى المعايطة أن …») completes the name, and «وفقا لرئيس مجلس الوزراء» names a role after
its preposition, not a person called «لرئيس مجلس الوزراء» to whom others' words are credited."""

from studyapp.domain.generation import generate

PARLIAMENT_AR = (
    "البرلمان يناقش قانون الأحزاب\n\n"
    "قال النائب صالح العرموطي إن القانون الجديد يحتاج إلى تعديل قبل التصويت عليه.\n\n"
    "وقال رئيس مجلس النواب عبد الكريم الدغمي إن المجلس سيناقش القانون يوم الأحد.\n\n"
    "وأكد وزير الشؤون السياسية موسى المعايطة أن الحكومة ترحب بالنقاش، وفقا لرئيس مجلس "
    "الوزراء.\n"
)


def _who(question) -> str:
    return question.answer if isinstance(question.answer, str) else question.answer[0]


def test_a_family_name_in_ta_marbuta_completes_the_name_and_the_role():
    questions = generate(PARLIAMENT_AR, language="ar").questions
    roles = {q.prompt: _who(q) for q in questions if q.category == "role"}
    assert roles.get("من هو وزير الشؤون السياسية؟") == "موسى المعايطة", roles


def test_a_role_after_its_preposition_is_no_speaker():
    questions = generate(PARLIAMENT_AR, language="ar").questions
    said = {
        q.prompt: _who(q) for q in questions if q.category == "attribution" and q.type != "cloze"
    }
    assert not any("لرئيس" in who for who in said.values()), said
    assert said.get("من قال: «المجلس سيناقش القانون يوم الأحد»؟") == "عبد الكريم الدغمي", said


SCHOOLS_AR = (
    "وزير التعليم يتحدث عن العام الدراسي\n\n"
    "أكد وزير التربية والتعليم الدكتور خالد بن سالم الراشد أن كافة المدارس استكملت "
    "استعداداتها لاستقبال نحو 140 ألف طالب وطالبة.\n\n"
    "وقال الراشد إن الوزارة درّبت نحو 3500 معلم هذا العام.\n"
)


def test_a_family_name_that_is_a_given_name_with_the_article_completes_the_name():
    questions = generate(SCHOOLS_AR, language="ar").questions
    roles = {q.prompt: q.answer for q in questions if q.category == "role"}
    key = roles.get("من هو وزير التربية والتعليم؟")
    assert key and key[0] == "خالد بن سالم الراشد" and "الراشد" in key, roles
