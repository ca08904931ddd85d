"""Numbers and dates asked as questions a teacher writes, beyond the subject-verb counts of
test_counts.py: a figure given «بقيمة/بنسبة» of the thing before it, a count after a verb that
opens its sentence or after «هناك», a sum of money after an auxiliary, and an Arabic date asked
with «متى». Each takes the place of the gap it rewrites; the article's other answers stay out
of the prompt."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade


def _asked(text: str, language: str) -> dict[str, object]:
    return {q.prompt: q for q in generate(text, language=language).questions}


LOSSES_AR = (
    "نتائج الشركة\n\n"
    "وأوضح التقرير أن الشركة تكبدت خسارة مالية بقيمة 2.5 مليار دولار في الأشهر الثلاثة الماضية.\n\n"
    "وأكد المهندس سالم، جاهزية شبكة المياه في مركز الشقيق بنسبة 95 % ولم يتبق إلا القليل.\n\n"
    "وارتفعت أسعار الوقود بنسبة 12% في المحافظة.\n\n"
    "وقال الوزير إن الحكومة أبرمت صفقة أسلحة بقيمة 3 مليارات دولار.\n"
)


def test_a_figure_given_bqima_or_bnisba_is_asked_of_the_thing_before_it():
    questions = _asked(LOSSES_AR, "ar")
    loss = questions.get("ما قيمة الخسارة المالية في الأشهر الثلاثة الماضية؟")
    assert loss is not None, list(questions)
    assert loss.type == "short" and grade(loss, "2.5 مليار دولار").correct
    assert grade(loss, "2.5 مليار").correct and not grade(loss, "3 مليارات").correct
    share = questions.get("ما نسبة جاهزية شبكة المياه في مركز الشقيق؟")
    assert share is not None, list(questions)
    assert grade(share, "95%").correct and grade(share, "95 في المئة").correct


def test_a_figure_of_a_change_or_of_a_chain_no_article_fits_stays_a_gap():
    """«ارتفعت أسعار الوقود بنسبة 12%» measures the rise, not the prices; «صفقة أسلحة» takes
    no article by rule («الصفقة الأسلحة» is wrong): both stay gaps."""
    questions = _asked(LOSSES_AR, "ar").values()
    asked = [q.prompt for q in questions if q.type == "short"]
    assert not any("أسعار" in p or "صفقة" in p or "الأسلحة" in p for p in asked), asked
    gaps = {q.answer[0] for q in questions if q.type == "cloze" and q.category == "number"}
    assert "12%" in gaps, gaps


def test_a_count_after_a_verb_that_opens_its_sentence_or_after_hunak_is_asked_with_kam():
    text = (
        "توقعات الإنتاج\n\n"
        "وخفضت الشركة الشهر الماضي توقعاتها للإنتاج إلى 25 ألف سيارة هذا العام.\n\n"
        "وأوضح الوزير أن هناك 300 ألف فدان أصبحت جاهزة للاستزراع.\n\n"
        "وفي الأسبوع الماضي 40 عاملا غادروا المصنع.\n"
    )
    questions = _asked(text, "ar")
    cars = questions.get("إلى كم سيارةً خفضت الشركة الشهر الماضي توقعاتها للإنتاج هذا العام؟")
    assert cars is not None, list(questions)
    assert grade(cars, "25 ألف").correct and grade(cars, "25 ألف سيارة").correct
    land = questions.get("كم فدانًا أصبحت جاهزة للاستزراع؟")
    assert land is not None, list(questions)
    assert grade(land, "300 ألف فدان").correct and not grade(land, "25 ألف").correct
    # «وفي» opens no verb: the count stays a gap.
    assert not any(p.startswith("كم عاملا") for p in questions), list(questions)
