"""Arabic shapes read off set t, a fresh set of news stories read (not judged) in the
twenty-seventh session: each text here is written for the test, not taken from an article."""

from studyapp.domain.generation import document, generate, mentions

COACH_AR = (
    "كاتانيتش: المواجهة لم تكن سهلة\n\n"
    "قال ماركو بيتروفيتش مدرب المنتخب العراقي لكرة القدم إن المباراة أمس أمام المنتخب اليمني "
    "لم تكن سهلة رغم تأهلنا المسبق إلى نصف النهائي من بطولة خليجي 24.\n\n"
    "وقال المدرب المساعد حسام فوزي إن الفريق تخطى خسارته في دوري أبطال آسيا 2 ونجح في اختتام "
    "تحضيراته، مشيرا إلى أن 23 لاعبا شاركوا في الوحدة التدريبية الأخيرة.\n"
)


def test_the_sport_a_coach_trains_is_no_name_and_an_editions_number_no_gap():
    doc = document.parse(COACH_AR, "ar")
    mentions.spot(doc)
    assert "لكرة القدم" not in doc.people, list(doc.people)
    questions = generate(COACH_AR, language="ar").questions
    keys = {q.accepted_answers[0] for q in questions}
    assert not {"24", "2", "لكرة القدم"} & keys, keys
    assert "23" in keys, keys  # a count is still asked


EARNINGS_AR = (
    "أرباح الشركة ترتفع 4.2%\n\n"
    "ارتفع صافي أرباح الشركة الوطنية للتعليم بنسبة 4.2% في الربع الأول.\n\n"
    "وقد تدعمت الأرباح بانخفاض تكلفة الإيرادات في كل من بند رواتب وأجور ومزايا الموظفين بنسبة "
    "7%، وبند المواد المستهلكة بنحو 37%.\n\n"
    "وسجل نشاط الشحن تحسنا بنسبة 30 في المئة، في حين أن شحن الفوسفاط سجل انخفاضا بنسبة 6 في "
    "المئة.\n"
)


def test_no_rate_is_asked_of_a_lists_last_item_or_of_a_change_alone():
    prompts = [q.prompt for q in generate(EARNINGS_AR, language="ar").questions]
    assert not any(
        p.startswith(("ما نسبة ومزايا", "ما نسبة الانخفاض؟", "ما نسبة التحسن؟")) for p in prompts
    ), prompts
