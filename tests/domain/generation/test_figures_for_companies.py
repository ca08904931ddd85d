"""Well-known chief executives are wrong choices only for a company's people (or someone the
article gives no role): a blind reviewer rejected US technology chiefs offered for a Jordanian
university's president in an article on artificial intelligence (set x)."""

from studyapp.domain.generation import distractors, document, generate, mentions

UNIVERSITY_AR = (
    "رئيس الجامعة الأردنية: مراكز للذكاء الاصطناعي خلال سنتين\n\n"
    'قال رئيس الجامعة الاردنية الدكتور نذير عبيدات إن "الذكاء الاصطناعي اداة يمكن استخدامها '
    'لتحسين التعليم، حيث تم انشاء مختبرات للذكاء الاصطناعي والامن السيبراني في كليات الجامعة".\n\n'
    "وأضاف عبيدات خلال لقاء مع الطلبة بحضور وزير الاقتصاد الرقمي والريادة مهند المبيضين، أن "
    '"الجامعة تأمل خلال سنة او سنتين أن تكون مراكز الذكاء الاصطناعي قائمة".\n\n'
    'وتابع: "تم تصنيف الجامعة الاردنية كجامعة مرتبطة بموضوع الذكاء الاصطناعي، حيث حصلت على '
    'المرتبة 12 عربيا".\n\n'
    "وبين أن الجامعة خصصت 3 ملايين دينار لتجهيز المختبرات الجديدة.\n"
)
COMPANY_EN = (
    "Chipmaker raises its forecast\n\n"
    "Nova Chips chief executive Karim Saad said on Wednesday that demand for artificial "
    "intelligence chips from cloud and data center customers would keep rising.\n\n"
    "The company expects revenue of 12 billion dollars as cloud providers buy its AI software, "
    "GPU chips and data center servers.\n"
)


def _figures(language: str) -> set[str]:
    return {name for name, _ in document.bundled(f"figures-{language}")}


def test_a_university_president_is_never_offered_among_technology_chiefs():
    questions = generate(UNIVERSITY_AR, language="ar").questions
    role = next(q for q in questions if q.prompt == "من هو رئيس الجامعة الاردنية؟")
    assert role.accepted_answers[0] == "نذير عبيدات"
    assert not _figures("ar") & set(role.choices or []), role.choices


def test_a_companys_chief_executive_is_still_offered_among_them():
    doc = document.parse(COMPANY_EN, "en")
    mentions.spot(doc)
    wrong = distractors.people(doc, "Karim Saad", "seed")
    assert len(wrong) >= 2 and set(wrong) <= _figures("en"), wrong
