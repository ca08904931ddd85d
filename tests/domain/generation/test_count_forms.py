# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Numbers asked as questions a teacher writes, beyond the subject-verb counts of
test_counts.py: a figure given «بقيمة/بنسبة» of the thing before it, a count after a verb that
opens its sentence or after «هناك», a sum of money after an auxiliary. Each takes the place of
the gap it rewrites; the article's other answers stay out of the prompt. Dates stay gaps."""

import re

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade


def _keyed(questions: list, key: str) -> list:
    """The questions that accept `key`."""
    return [q for q in questions if key in q.answer]


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


def test_a_figure_after_a_phrase_opened_by_a_preposition_stays_a_gap():
    """«ونظام ناقل للمياه بطول 438 كيلومترا» was asked «ما طول الللمياه؟»: «للمياه» took an
    article on top of its own."""
    text = (
        "مشروع الناقل\n\nويتكون المشروع من محطة تحلية مياه في العقبة بطاقة استيعابية 300 مليون"
        " متر مكعب سنويا، ونظام ناقل للمياه بطول 438 كيلومترا لضخ المياه المحلاة إلى عمّان.\n"
    )
    questions = generate(text, language="ar").questions
    assert not any("الللمياه" in q.prompt for q in questions), [q.prompt for q in questions]
    gaps = {q.answer[0] for q in questions if q.type == "cloze" and q.category == "number"}
    assert "438" in gaps, gaps


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


def test_a_sum_after_an_auxiliary_or_a_verb_of_wanting_is_asked_how_much():
    text = (
        "City faces shortfall\n\n"
        "The city needs to come up with more than $40 million to repair its bridges.\n\n"
        "Officials said the council will spend $5 million on new parks next year.\n"
    )
    questions = _asked(text, "en")
    bridges = questions.get("How much does the city need to come up with to repair its bridges?")
    assert bridges is not None, list(questions)
    assert grade(bridges, "$40 million").correct and grade(bridges, "40 million").correct
    assert grade(bridges, "more than $40 million").correct
    assert not grade(bridges, "$5 million").correct
    parks = [q for q in questions.values() if "5 million" in q.answer]
    assert parks and all(q.type == "cloze" or q.prompt.startswith("How much") for q in parks)


def test_a_sum_after_has_is_asked_with_has_not_does_have():
    text = "Funding round\n\nThe start-up has raised $12 million from investors in Berlin.\n"
    questions = generate(text, language="en").questions
    prompts = [q.prompt for q in questions if q.type == "short"]
    assert "How much has the start-up raised from investors in Berlin?" in prompts, prompts


def test_a_count_asked_stops_before_a_second_clause_after_and():
    """ "has burned 150 homes and the toll may rise": the toll rising is another clause, no part
    of what the count asks (a development set: "How many homes has … burned and the toll may
    rise?")."""
    text = (
        "Wildfire\n\n"
        "A deadly wildfire in central California has burned 150 homes and the toll may rise, "
        "officials said.\n"
    )
    prompts = [q.prompt for q in generate(text, language="en").questions if q.type == "short"]
    asked = [p for p in prompts if p.startswith("How many homes")]
    assert asked and not any("toll" in p for p in asked), prompts


def test_a_sum_after_a_clause_is_not_asked_of_half_of_it():
    """ "Early projections show the U could lose $315 million": the words before "could" are a
    clause of their own, and "How much could early projections show the U lose?" is garbled."""
    text = (
        "Tuition freeze\n\n"
        "Early projections show the U could lose $315 million in revenue this year.\n"
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.startswith("How much could") for p in prompts), prompts


def test_a_date_is_asked_as_a_gap_not_turned_round():
    """«متى أعلن أحد الفنيين عدم جاهزيته؟» and "When will all of the equipment be sent to …?"
    were accepted 2 times in 11 on fresh news (seventy-third to seventy-ninth reviews: «متى
    صباح اليوم؟», "When will those flights resume?"), date gaps 38 times in 49: a date is
    asked as its gap, keyed as written."""
    arabic = (
        "تأجيل إطلاق القمر\n\n"
        "أعلنت وكالة الفضاء تأجيل إطلاق القمر الصناعي للمرة الثانية.\n\n"
        "وقال مدير الوكالة سالم الحربي إن الفريق جاهز الآن، مضيفا أنه يوم 12 مارس الماضي أعلن "
        "أحد الفنيين عدم جاهزيته، مما تسبب في التأجيل.\n"
    )
    english = (
        "Rover readied for launch\n\n"
        "Engineers showed the new rover to reporters in Pasadena on Friday.\n\n"
        "All of the equipment will be sent to Cape Canaveral, Florida this February.\n"
    )
    for text, language, date in ((arabic, "ar", "12 مارس"), (english, "en", "February")):
        questions = generate(text, language=language).questions
        assert not any(q.prompt.startswith(("متى", "When")) for q in questions), [
            q.prompt for q in questions
        ]
        gap = next((q for q in questions if q.type == "cloze" and q.answer[0] == date), None)
        assert gap is not None, [q.prompt for q in questions]
        assert grade(gap, date).correct


def test_a_count_someone_expected_is_not_asked_as_what_happened():
    """ "Analysts had expected that 217,000 new jobs would have been added in August" gave "How
    many new jobs would have been added in August?", whose natural answer is the 173,000 that
    were: a reviewer rejected its key. The forecast stays a gap, its frame in the prompt."""
    text = (
        "Jobs report\n\n"
        "The US economy added 173,000 new jobs in August, the Labor Department said.\n\n"
        "Analysts had expected on average that 217,000 new jobs would have been added in "
        "August, and some voiced disappointment.\n"
    )
    questions = generate(text, language="en").questions
    forecast = _keyed(questions, "217,000")
    assert forecast and all(q.prompt.startswith("Analysts had expected") for q in forecast), [
        q.prompt for q in questions
    ]


def test_has_as_the_only_verb_is_no_auxiliary_to_turn_round():
    """ "The dairy plant has a payroll of more than $20 million": "How much has the dairy plant a
    payroll of?" is garbled; the sum stays a gap."""
    text = "Plant closes\n\nThe dairy plant has a payroll of more than $20 million.\n"
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.startswith("How much") for p in prompts), prompts


def test_a_count_in_a_batch_received_is_asked_of_the_things_received():
    """ "received the batch of 500,000 doses from …" asks how many doses were received, by whom;
    the batch is what holds them."""
    text = (
        "Vaccines arrive\n\n"
        "Foreign Minister Omar Rashid received the first batch of 500,000 doses at the airport.\n"
    )
    questions = _asked(text, "en")
    # The minister's name is hidden where "Who is the Foreign Minister?" asks it.
    asked = "How many doses were received by Foreign Minister"
    doses = next((q for p, q in questions.items() if p.startswith(asked)), None)
    assert doses is not None, list(questions)
    assert grade(doses, "500,000").correct and grade(doses, "500000 doses").correct


def test_a_count_after_li_in_a_passive_clause_and_a_loss_named_by_its_noun():
    text = (
        "مشروع سقيا\n\n"
        "وأشار المهندس سالم، إلى أنه تم اعتماد مشروع سقيا لـ 500 مستفيد، إلى حين انتهاء "
        "الإصلاحات.\n\n"
        "وتكبدت الشركة خسارة مالية بقيمة 2.5 مليار دولار في الربع الأخير، مقابل خسارة 353 مليون "
        "دولار في نفس الفترة قبل عام.\n"
    )
    questions = _asked(text, "ar")
    beneficiaries = next(
        (q for p, q in questions.items() if p.endswith("لكم مستفيدًا تم اعتماد مشروع سقيا؟")), None
    )
    assert beneficiaries is not None, list(questions)
    assert grade(beneficiaries, "500").correct and grade(beneficiaries, "500 مستفيد").correct
    before = questions.get("ما قيمة الخسارة في نفس الفترة قبل عام؟")
    assert before is not None, list(questions)
    assert grade(before, "353 مليون دولار").correct and not grade(before, "2.5 مليار").correct


def test_no_count_question_cut_before_a_quotation_nor_on_the_end_of_a_range():
    text = (
        "Storm on the way\n\n"
        'More than 50 million people could be affected by the "potentially paralyzing storm," '
        "the director said on Thursday.\n\n"
        "Forecasters said the storm has dropped between four and eight inches on parts of the "
        "state.\n"
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.endswith(" the?") for p in prompts), prompts
    assert not any(p.startswith("How many inches") for p in prompts), prompts


def test_thousands_and_the_rest_are_one_number():
    """«بلغ عدد الزوار المصريين 10 آلاف و126 سائحاً» was asked keyed «10 آلاف» (and its gap
    «____ آلاف و126»); a reviewer rejected the cut-down key. The number is «10 آلاف و126»,
    10126 typed in digits is right, and 10 thousand alone is not."""
    text = (
        "السياحة في الأقصر\n\n"
        "وجاء المصريون في المرتبة الأولى، حيث بلغ عدد الزوار المصريين 10 آلاف و126 سائحاً "
        "وسائحة، يليهم السياح الصينيون الذين بلغ عددهم 987 زائراً.\n"
    )
    asked = [q for q in generate(text, language="ar").questions if "10 آلاف و126" in q.answer]
    assert asked, [(q.prompt, q.answer) for q in generate(text, language="ar").questions]
    for question in asked:
        assert question.answer[0] == "10 آلاف و126" and "آلاف و126" not in question.prompt
        assert grade(question, "10126").correct and grade(question, "10,126").correct
        assert not grade(question, "10 آلاف").correct


def test_a_share_in_a_clause_about_one_region_keeps_its_sentence():
    """«وتصدرت ولاية لبراكنه المناطق …، حيث بلغت نسبة المشاركة 37%» was asked «كم بلغت نسبة
    المشاركة؟», whose natural answer is the whole country's 31,24%: a reviewer rejected the key.
    A clause opened by «حيث» stays a gap; and a decimal comma is typed with a point too."""
    text = (
        "الانتخابات\n\n"
        "أظهر آخر تحديث للجنة الانتخابات أن نسبة المشاركة بلغت 31,24% في حدود الساعة الرابعة.\n\n"
        "وتصدرت ولاية لبراكنه المناطق الأعلى نسبة مشاركة، حيث بلغت نسبة المشاركة 37% تليها "
        "ولاية الحوض الغربي.\n"
    )
    questions = generate(text, language="ar").questions
    region = _keyed(questions, "37%")
    assert region and all("لبراكنه" in q.prompt for q in region), [q.prompt for q in questions]
    country = _keyed(questions, "31,24%")[0]
    assert grade(country, "31.24").correct and grade(country, "31.24%").correct


def _counts_asked(text: str, language: str) -> tuple[list[str], set[str]]:
    """The numbers asked as questions, and the keys of every number question or gap."""
    questions = generate(text, language=language).questions
    asked = [q.prompt for q in questions if q.type == "short" and q.category == "number"]
    return asked, {q.answer[0] for q in questions if q.category == "number"}


def test_the_rates_of_a_list_of_items_are_asked_as_gaps_not_as_broken_questions():
    """«لكل من الحلي والمجوهرات بنسبة 21.4%، والألبسة وتوابعها بنسبة 21.2%، إضافة إلى المواد
    الأخرى بنسبة 2.8%» asked «ما نسبة لكل من الحلي والمجوهرات؟», «ما نسبة الوتوابعه؟» and «ما نسبة
    إضافة إلى المواد الأخرى؟»: the rate is of each item's fall, which the verb before gives."""
    text = (
        "تراجع الصادرات\n\nوفي المقابل، تراجعت نسب الصادرات الوطنية خلال الشهر الماضي، لكل من "
        "الحلي والمجوهرات بنسبة 21.4%، والألبسة وتوابعها بنسبة 21.2%، إضافة إلى المواد الأخرى "
        "بنسبة 2.8%.\n"
    )
    asked, keys = _counts_asked(text, "ar")
    assert not any(w in p for p in asked for w in ("لكل", "إضافة", "الوتوابع")), asked
    assert {"21.4%", "2.8%"} <= keys, keys


def test_no_sum_asked_of_a_relative_clause_nor_a_count_cut_at_a_with_clause():
    """ "How much did is expect to cost …?" of "a scheme which is expected to cost £240,000",
    and "how many inches were received by Buffalo with Rochester?" of "Buffalo received eight
    inches with Rochester "probably a few inches shy"": reviewers rejected both as garbled
    (eighty-eighth review). The figures stay asked as gaps."""
    text = (
        "Parking and snow\n\nA resident has hit out at a proposed parking scheme in the village "
        "which is expected to cost £240,000 to deliver just five extra spaces.\n\n"
        'Buffalo received eight inches with Rochester "probably a few inches shy," Smith said.\n'
    )
    asked, keys = _counts_asked(text, "en")
    assert not any("did is" in p or p.endswith("with Rochester?") for p in asked), asked
    assert keys & {"240,000", "£240,000"} and keys & {"eight", "8"}, keys


def test_a_measure_is_asked_with_what_it_measures_and_no_phrasal_verb_in_the_passive():
    """ "How many inches were received by parts of Michigan of snow by Saturday evening?" and
    "How many inches were piled by snow …?" were rejected as garbled (ninetieth review): the
    "of" phrase goes with the measure, and "snow piled up to 6 inches" is no passive."""
    text = (
        "Snow across the West\n\nParts of Michigan received over 20 inches of snow by Saturday "
        "evening. In Seattle, snow piled up to 6 inches in some locations early Saturday.\n"
    )
    asked, keys = _counts_asked(text, "en")
    # "Michigan" is hidden ("parts of …") where a place gap of the list asks it.
    assert any(
        re.fullmatch(
            r"How many inches of snow were received by parts of (Michigan|…) by Saturday"
            r" evening\?",
            prompt,
        )
        for prompt in asked
    ), asked
    assert not any("piled by" in p for p in asked), asked
    assert "6" in keys, keys


def test_a_rank_given_by_a_ranking_takes_no_noun():
    """«التي تحتل المركز 16 وفق التصنيف العالمي»: «وفق» says by what she ranks; «16 وفق» had
    been accepted as the number with its noun."""
    text = (
        "جابر تتأهل إلى نصف النهائي\n\n"
        "فازت اللاعبة التونسية أنس جابر على المصنفة الأولى في ربع نهائي دورة شيكاغو.\n\n"
        "وتابعت النجمة التونسية، التي تحتل المركز 16 وفق التصنيف العالمي للاعبات المحترفات، "
        "أنها سعيدة بالفوز.\n"
    )
    questions = generate(text, language="ar").questions
    rank = next(q for q in questions if "16" in q.accepted_answers)
    assert not any("وفق" in str(a) for a in rank.accepted_answers)


def test_a_number_in_eastern_arabic_digits_shows_its_western_digits_too():
    """«بحبس المتهم ١٣ عاما»: keyed «١٣» alone, a blind reviewer took "13" to be marked wrong
    (ninety-eighth review). Grading reads both digit sets; the key now shows "13" too."""
    text = (
        "الحكم في قضية الأخبار الكاذبة\n\n"
        "قال المحامي أحمد علي إن المحكمة قضت بحبس المتهم الأول ١٣ عاما، بعد جلسة استمرت "
        "ساعتين.\n\n"
        "وأضاف أن الدفاع سيطعن في الحكم أمام محكمة النقض.\n"
    )
    questions = generate(text, language="ar").questions
    years = next(q for q in questions if "١٣" in q.accepted_answers)
    assert "13" in years.accepted_answers
    assert grade(years, "13").correct


def test_a_time_on_the_hour_accepts_the_hour_alone():
    """ "Alfred University will next host Elmira next Saturday at ____ PM." keyed "6:00" marked
    the natural "6" wrong (ninety-eighth review)."""
    text = (
        "Saxons win at home\n\n"
        "The Saxons beat Elmira 2-1 on Saturday, coach Craig Yanni said after the game.\n\n"
        "Alfred University will next host Houghton next Saturday at 6:00 PM.\n"
    )
    questions = generate(text, language="en").questions
    time = next(q for q in questions if "6:00" in q.accepted_answers)
    assert grade(time, "6").correct
    assert not grade(time, "7").correct


BUDGET_AR = """الحكومة تقر ميزانية العام المقبل

قال وزير المالية إن ميزانية العام المقبل تبلغ 150 تريليون دينار على أساس سعر للنفط قدره 70 دولارا للبرميل.

وتخصص الميزانية 40 تريليون دينار لمشاريع استثمارية في حين يذهب الباقي للإنفاق على الرواتب.
"""


def test_a_sum_in_trillions_keeps_what_it_is_for():
    # «كم تريليون تخصص الميزانية؟» dropped «لمشاريع استثمارية», and a second sum the article
    # allocates fitted it as well (a blind reviewer: unanswerable). «تريليون» scales the
    # number as «مليار» does: the sum of dinars stays in its sentence.
    questions = generate(BUDGET_AR, language="ar").questions
    asked = [q for q in questions if "40" in [str(a) for a in q.answer]]
    assert asked and all("لمشاريع استثمارية" in q.prompt for q in asked), [q.prompt for q in asked]


BRIDGE_AR = (
    "افتتاح جسر جديد\n\n"
    "افتتحت هيئة الطرق في دبي جسراً جديدًا بطول 1000 متر يربط بين شارعين رئيسيين.\n\n"
    "ويخدم الجسر نحو 8 آلاف مركبة في الساعة بحسب الهيئة.\n"
)


def test_a_measure_asked_as_a_question_accepts_its_unit_the_question_leaves_out():
    """«ما طول الجسر الجديد؟» names no unit: "1000 متر" is as right as "1000" (set ip: a
    reviewer's natural answer marked wrong)."""
    length = _asked(BRIDGE_AR, "ar").get("ما طول الجسر الجديد؟")
    assert length is not None, list(_asked(BRIDGE_AR, "ar"))
    assert grade(length, "1000").correct and grade(length, "1000 متر").correct
    assert not grade(length, "100 متر").correct
