"""A dated Arabic report of what people said asks its names, numbers, dates, roles and words
by their own rules; the broad net's phrases, which blind reviewers accepted 5 times in 79 on
fresh news, do not fill its first ten. The same words undated, as one paragraph (an
encyclopaedia passage's shape), keep them, short."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

BODY_AR = (
    "أكد مدير عام المياه بمنطقة الباحة المهندس سالم بن علي زهراني جاهزية شبكة المياه في مركز "
    "الحجرة بنسبة 90 في المئة، ولم يتبق إلا بعض العدادات في قرية الظفير وأجزاء من أحياء "
    "الحجرة.\n\n"
    "وقال زهراني إن سبب تأخر التشغيل يعود إلى تلفيات كبيرة في الخط الناقل من قبل أحد "
    "المقاولين.\n\n"
    "وأوضح أن المديرية اعتمدت مشروع سقيا مؤقت لـ 400 مستفيد إلى حين الانتهاء من إصلاحات الخط "
    "الناقل.\n"
)
TITLE_AR = "شبكة المياه في مركز الحجرة تدخل الخدمة قريبا\n\n"


def _phrases(text: str) -> list[str]:
    questions = generate(text, language="ar").questions
    return [q.answer[0] for q in questions if q.category == "fact" and q.type == "cloze"]


def test_a_dated_report_gets_no_phrase_gap_and_an_undated_text_does():
    dated = TITLE_AR + "الباحة - " + BODY_AR.replace("أكد مدير", "أكد اليوم الأحد مدير", 1)
    assert _phrases(dated) == [], _phrases(dated)
    passage = BODY_AR.replace("\n\n", " ").strip()
    assert _phrases(passage), "the undated text keeps its phrase gaps"
    numbers = [q.answer[0] for q in generate(dated, language="ar").questions]
    assert "400" in numbers or "90" in numbers, numbers  # its own facts are still asked


def test_a_year_after_its_word_is_keyed_by_the_year_the_word_left_in_the_prompt():
    """«مع موفى ____» keyed «سنة 2025»: a blind reviewer rejected the key as over-long (set y);
    the prompt keeps «سنة» and the year is the key, the whole still graded right."""
    text = (
        "أقسام جامعية جديدة\n\n"
        "قال وزير الصحة إنه سيتم فتح 18 قسما جديدا في المستشفيات الجامعية مع موفى سنة 2025، "
        "إضافة إلى تحسين خدمات الطوارئ.\n"
    )
    gap = next(
        q
        for q in generate(text, language="ar").questions
        if q.type == "cloze" and q.category == "date"
    )
    assert "مع موفى سنة ____" in gap.prompt, gap.prompt
    assert gap.answer[0] == "2025"
    assert grade(gap, "2025").correct and grade(gap, "سنة 2025").correct


def test_a_gloss_and_the_newspapers_own_name_are_no_gaps():
    """Two rejects of set z (after its review): «طليقين «أي مخلى سبيلهم»» keyed «أي مخلى
    سبيلهم», which the word before it says, and «"الوطن" حضرت … جلسات علنية» keyed «الوطن», the
    paper that prints the story."""
    text = (
        "محكمة الجنايات تحاكم يوميا 15 موقوفا\n\n"
        "تحاكم المحكمة متهمين سواء كانوا طليقين «أي مخلى سبيلهم» أم موقوفين في قضايا اقتصادية.\n\n"
        "«الوطن» حضرت على مدار أيام جلسات علنية كان آخرها أمس في قاعة المحكمة.\n\n"
        "وأجلت المحكمة «قضية الاتصالات» مرة أخرى إلى 28 آب.\n"
    )
    keys = [str(q.answer[0]) for q in generate(text, language="ar").questions]
    assert not any(k.startswith("أي ") or k == "الوطن" for k in keys), keys
    assert "قضية الاتصالات" in keys, keys


def test_a_range_is_not_asked_beside_a_figure_of_one_of_its_ends():
    """ "حتى ____ موقوفاً" keyed 15 and "بين 10 إلى ____" ask one fact (a reviewer rejected the
    second as a duplicate, set z after its review): one of the two is asked."""
    text = (
        "محكمة الجنايات الاقتصادية\n\n"
        "تحاكم محكمة الجنايات الاقتصادية يوميا حتى 15 موقوفا في قضايا الأموال العامة.\n\n"
        "وتمتاز المحكمة بالعدد الكبير للمتهمين، فتحاكم يوميا ما يتراوح بين 10 إلى 15 "
        "موقوفا.\n\n"
        "وأصدرت المحكمة أمس حكما بتغريم متهم 150 مليون ليرة.\n"
    )
    keys = [q.answer[0] for q in generate(text, language="ar").questions if q.category == "number"]
    ranges = [k for k in keys if "10" in k and "15" in k]
    assert ("15" in keys) != bool(ranges), keys
