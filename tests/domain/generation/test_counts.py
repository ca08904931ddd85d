"""A count asked as a question a teacher would write, not as a gap in its sentence: the
sentence's other facts stay out of the prompt, and the answer is graded as a number."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade
from studyapp.domain.questions import CLOZE_GAP

WELLS_AR = (
    "الحكومة تعلن خطة الآبار\n\n"
    "قال أحمد سالم، وزير الري، إن المرحلة الأولى من المشروع تحتاج إلى 1300 بئر تم إنجاز "
    "690 بئرا منها.\n\n"
    "وأضاف سالم أن الوزارة تعمل على 14 موقعا في 9 محافظات للانتهاء من الآبار.\n\n"
    "وأكد أن تجهيز الآبار يكلف 20 مليار جنيه لن تدفعها الدولة.\n"
)

ROVER_EN = (
    "Rover readied for launch\n\n"
    "Engineers showed the new rover to reporters in Pasadena on Friday.\n\n"
    "The rover will spend at least two years exploring Mars. It will be shipped to Florida in "
    "February, where it will launch in July.\n\n"
    "He counted 24 pairs, which would mean 48 chromosomes.\n"
)


def _counts(text: str, language: str):
    return [q for q in generate(text, language=language).questions if q.category == "number"]


def test_an_arabic_count_is_asked_with_kam_and_its_noun_in_the_accusative():
    # Framed by the minister's name: his role is asked among other ministers (role_names.py).
    questions = {q.prompt: q for q in _counts(WELLS_AR, "ar")}
    wells = questions.get("بحسب أحمد سالم، إلى كم بئرًا تحتاج المرحلة الأولى من المشروع؟")
    assert wells is not None, list(questions)
    assert wells.type == "short" and wells.answer[0] == "1300"
    assert grade(wells, "1300 بئر").correct and not grade(wells, "690").correct
    # After 11 to 99 the article wrote the accusative already; a sum of money is "how much".
    assert "بحسب أحمد سالم، على كم موقعا تعمل الوزارة؟" in questions
    cost = questions.get("بحسب أحمد سالم، كم يكلف تجهيز الآبار؟")
    assert cost is not None and cost.answer[0] == "20 مليار"
    assert grade(cost, "20 مليار جنيه").correct


def test_a_count_asked_as_a_question_is_not_asked_again_as_a_gap():
    for question in _counts(WELLS_AR, "ar"):
        if question.type == "cloze":
            assert question.answer[0] not in ("1300", "14", "20 مليار"), question.prompt


def test_a_count_after_three_to_ten_stays_a_gap():
    """«9 محافظات»: Arabic writes a plural there, and كم takes a singular no rule can make."""
    governorates = [q for q in _counts(WELLS_AR, "ar") if "9" in q.answer]
    assert governorates and all(q.type == "cloze" and CLOZE_GAP in q.prompt for q in governorates)


def test_an_english_count_turns_its_subject_and_auxiliary_round():
    questions = {q.prompt: q for q in _counts(ROVER_EN, "en")}
    years = questions.get("How many years will the rover spend exploring Mars?")
    assert years is not None, list(questions)
    assert grade(years, "two years").correct and grade(years, "2").correct
    assert not grade(years, "three").correct
    # The grader reads "2" for "two" anyway; the teacher sees it listed (a reviewer thought
    # "2 years" would be marked wrong).
    assert {"2", "2 years"} <= set(years.accepted_answers)


def test_a_relative_clause_is_no_subject_to_turn_round():
    prompts = [q.prompt for q in _counts(ROVER_EN, "en")]
    assert not any(p.startswith("How many") and "which" in p for p in prompts), prompts


def _prompts(text: str) -> dict[str, object]:
    return {q.prompt: q for q in generate(text, language="en").questions if q.type == "short"}


def test_the_opening_phrase_stays_and_the_qualifier_is_accepted():
    text = (
        "Networks before X.25\n\n"
        "Before the introduction of X.25 in 1973, about twenty different network technologies "
        "had been developed by several companies.\n"
    )
    asked = _prompts(text)
    question = asked.get(
        "How many different network technologies had been developed by several companies before "
        "the introduction of X.25 in 1973?"
    )
    assert question is not None, list(asked)
    assert grade(question, "about 20").correct and grade(question, "twenty").correct


def test_a_count_that_points_back_or_that_the_question_lists_is_not_asked():
    text = (
        "Light rail in the city\n\n"
        "The line opened in five phases between 1980 and 1984; two extensions were opened in "
        "1991 and 2002.\n\n"
        "A country with high inequality would take nearly 60 years to achieve the same "
        "reduction.\n\n"
        "About 29 of these elements are thought to play an active role in health.\n"
    )
    assert not any(p.startswith("How many") for p in _prompts(text)), list(_prompts(text))


def test_a_common_noun_that_opens_its_sentence_is_not_capitalised_inside_the_question():
    text = (
        "Wildebeest facts\n\n"
        "The wildebeest is an antelope. Wildebeest can live more than 40 years.\n\n"
        "NASA will spend at least two years testing rovers.\n"
    )
    asked = _prompts(text)
    assert "How many years can wildebeest live?" in asked, list(asked)
    assert "How many years will NASA spend testing rovers?" in asked, list(asked)


def test_a_sum_in_a_currency_word_is_no_how_many():
    """ "How many euros would the factory cost" asks a sum as a count of coins."""
    text = (
        "Turbine maker to build a chip plant\n\n"
        "The factory would cost about 2.4 billion euros when it opens in 2028.\n\n"
        "The new line will need at least 400 engineers in its first year.\n"
    )
    prompts = [q.prompt for q in generate(text, language="en").questions if q.type == "short"]
    assert not any("How many euros" in p or "how many euros" in p for p in prompts), prompts
    assert any(p.startswith("How many engineers") for p in prompts), prompts


STORM_EN = (
    "Storm hits the coast\n\n"
    "The storm damaged 200 homes in Rockport on Tuesday, officials said.\n\n"
    "Firefighters rescued 15 people from the flooded streets.\n\n"
    "The rain lasted 12 hours. It destroyed 40 bridges.\n\n"
    "Miller said the county hired 300 workers to clear the roads.\n"
)


def test_a_count_after_a_past_verb_is_asked_in_the_passive_with_its_doer():
    """ "The storm damaged 200 homes" asks "How many homes were damaged by the storm …?": the
    past form of a regular verb is its participle, so no verb needs its base form found."""
    asked = _prompts(STORM_EN)
    # "Rockport" is asked by a gap of its own, and hidden here as a gap's prompt would hide it.
    homes = asked.get("How many homes were damaged by the storm in … on Tuesday?")
    assert homes is not None, list(asked)
    assert grade(homes, "200").correct and grade(homes, "200 homes").correct
    assert not grade(homes, "15").correct
    assert "How many people were rescued by firefighters from the flooded streets?" in asked
    # The doer follows "said"; a pronoun is no doer to name; "lasted" takes no object.
    assert "How many workers were hired by the county to clear the roads?" in asked
    assert not any("by it" in p or "were lasted" in p for p in asked), list(asked)


def test_a_past_verb_after_no_plain_doer_or_before_a_time_stays_a_gap():
    text = (
        "Museum gifts\n\n"
        "The museum opened in 1852 with a small collection of paintings.\n\n"
        "In 1857 John Sheepshanks donated 233 paintings to the museum.\n\n"
        "The line reportedly connected 253,301 callers before it closed.\n\n"
        "Susan McDougal served 18 months in prison for contempt of court.\n\n"
        "The sphere contained four elements that come to rest at different places.\n"
    )
    asked = [p for p in _prompts(text) if p.startswith("How many")]
    assert asked == [], asked


TOLL_AR = (
    "حصيلة الفيضانات في الإقليم\n\n"
    "ارتفع عدد ضحايا الفيضانات في الإقليم إلى 48 قتيلا، بحسب وزارة الداخلية.\n\n"
    "وقال سامي الحربي، مدير الدفاع المدني، إن الفرق أنقذت الأهالي، مضيفا أن أحد المسعفين "
    "والبالغ عددهم 60 مسعفا أصيب بجروح.\n\n"
    "ويبلغ عدد سكان الإقليم نحو 300 ألف نسمة.\n"
)


def test_an_arabic_count_of_adad_asks_how_many_it_reached():
    """«ارتفع عدد ضحايا الفيضانات إلى 48 قتيلا» asks «كم بلغ عدد ضحايا الفيضانات في الإقليم؟»:
    the noun after «عدد» says what is counted, whatever its number and case."""
    questions = {q.prompt: q for q in _counts(TOLL_AR, "ar") if q.type == "short"}
    toll = questions.get("كم بلغ عدد ضحايا الفيضانات في الإقليم؟")
    assert toll is not None, list(questions)
    assert grade(toll, "48").correct and grade(toll, "48 قتيلا").correct
    assert not grade(toll, "60").correct
    # «والبالغ عددهم 60 مسعفا»: the count of the plural just before, in the words of the
    # director the sentence names (his second verb, «مضيفا أن», reports them).
    medics = questions.get("بحسب مدير الدفاع المدني، كم يبلغ عدد المسعفين؟")
    assert medics is not None and grade(medics, "60 مسعفا").correct
    people = questions.get("كم يبلغ عدد سكان الإقليم؟")
    assert people is not None and grade(people, "300 ألف").correct
    assert grade(people, "نحو 300 ألف نسمة").correct


def test_a_measure_named_before_its_number_is_asked_with_its_verb_agreeing():
    """«بلغت قيمة المشروع 20 مليون دينار» asks «كم بلغت قيمة المشروع؟»: the verb agrees with the
    measure («قيمة», «نسبة» feminine; «حجم» masculine), and a share keeps its sign in the key."""
    text = (
        "مشروع الطرق في المحافظة\n\n"
        "بلغت قيمة مشروع الطرق الجديد 20 مليون دينار.\n\n"
        "وارتفعت نسبة البطالة في المحافظة إلى 12% هذا العام.\n\n"
        "ويبلغ حجم الاستثمارات الأجنبية نحو 5 مليارات دولار.\n"
    )
    questions = {q.prompt: q for q in _counts(text, "ar") if q.type == "short"}
    cost = questions.get("كم بلغت قيمة مشروع الطرق الجديد؟")
    assert cost is not None, list(questions)
    assert grade(cost, "20 مليون").correct and grade(cost, "20 مليون دينار").correct
    # The year the share is of goes with it: a count of another year would answer it too.
    share = questions.get("كم بلغت نسبة البطالة في المحافظة هذا العام؟")
    assert share is not None, list(questions)
    assert grade(share, "12%").correct and grade(share, "12").correct
    assert not grade(share, "20").correct
    assert "كم يبلغ حجم الاستثمارات الأجنبية؟" in questions, list(questions)


def test_a_doer_is_never_half_of_a_name_joined_by_and():
    """ "… and the U.S. Fish and Wildlife Service closed two parks" asks no "How many parks
    were closed by Wildlife Service?"; "Police" opening a sentence is written small."""
    text = (
        "Storm hits the coast\n\n"
        "Firefighters rescued 15 people from the flooded streets, and the U.S. Fish and "
        "Wildlife Service closed two parks.\n\n"
        "Police arrested 12 people, and the city closed 30 roads.\n"
    )
    asked = _prompts(text)
    assert not any("by Wildlife Service" in p for p in asked), list(asked)
    assert "How many people were arrested by police?" in asked, list(asked)
    assert "How many roads were closed by the city?" in asked, list(asked)


def test_a_count_under_a_lines_label_or_beside_a_second_count_is_left_as_a_gap():
    """ "• Arabic: the pass rate reached 96.62%" five times over: «كم بلغت نسبة النجاح؟» would
    have five answers, so the label's line is not asked as a count; nor is a clause whose
    "and" carries a count of its own ("… take 52 seats and the opposition bloc only 11")."""
    rates = (
        "نتائج امتحانات الثانوية\n\n"
        "• اللغة العربية: وصلت نسبة النجاح إلى 96.62%.\n\n"
        "• الفيزياء: وصلت نسبة النجاح إلى 94.21%.\n"
    )
    assert not [q.prompt for q in _counts(rates, "ar") if q.type == "short"]
    seats = (
        "Ruling party leads the count\n\n"
        "The ruling party will take about 52 seats through the proportional system and the "
        "opposition bloc only about 11, officials said on Monday.\n"
    )
    asked = [q.prompt for q in _counts(seats, "en") if q.type == "short"]
    assert not any("11" in prompt for prompt in asked), asked


def test_a_figure_after_thanks_to_is_not_asked_as_what_it_measures():
    """«ارتفعت إيراداتها بنسبة 19 %، بفضل الارتفاع في معدل إقبال المرضى بنسبة 12 %» had been
    asked «ما نسبة بفضل الارتفاع في معدل إقبال المرضى …؟», ungrammatical (ninety-eighth
    review): what follows «بفضل» says why, and no measure question starts with it."""
    text = (
        "برجيل تحقق نموا في الأرباح\n\n"
        "وقال جون سونيل الرئيس التنفيذي لبرجيل، إن المجموعة شهدت أداء قويا خلال الربع الثاني، "
        "حيث ارتفعت إيراداتها بنسبة 19 %، بفضل الارتفاع في معدل إقبال المرضى على المنشآت "
        "التابعة لها بنسبة 12 %.\n"
    )
    questions = generate(text, language="ar").questions
    assert any("12 %" in q.accepted_answers for q in questions)
    assert not any("ما نسبة بفضل" in q.prompt for q in questions)


def test_an_object_and_its_adjective_are_asked_whole_without_their_endings():
    """«سجل الناتج المحلي الإجمالي نموًا طفيفًا بنسبة 5.2%» was asked «ما نسبة الطفيفً؟»: the
    adjective alone, its tanween kept."""
    text = (
        "البنك المركزي يثبت أسعار الفائدة\n\n"
        "على المستوى المحلي، سجل الناتج المحلي الإجمالي نموًا طفيفًا بنسبة 5.2% في الربع "
        "الثالث من العام.\n\n"
        "وقالت لجنة السياسة النقدية إن التضخم تراجع إلى 12.5% في أكتوبر.\n"
    )
    prompts = [q.prompt for q in generate(text, language="ar").questions if q.type == "short"]
    assert not any("الطفيفً" in p or p.startswith("ما نسبة الطفيف") for p in prompts), prompts
    assert any(p.startswith("ما نسبة النمو الطفيف") for p in prompts), prompts
