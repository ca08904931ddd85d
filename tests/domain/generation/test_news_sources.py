"""Where a story's words come from, read as no fact of it: the agency that carried them, the
dateline, an outlet's name in quotation marks. Shapes blind reviewers rejected on set ij (the
two-hundred-and-forty-eighth review), read after it was judged, and shapes read off a
development set of fresh articles; each text here is written for the test."""

from studyapp.domain.generation import document, generate, mentions, propose
from studyapp.domain.generation.attributions import find
from tests.generated_gaps import gaps

AGENCY_AR = (
    "وزير الدفاع: من المبكر معرفة المسؤولين عن التفجيرات\n\n"
    'نقلت وكالة "رويترز" عن وزير الدفاع لويد أوستن قوله إن "الوقت ما زال مبكرا للتكهن بهوية '
    'المسؤولين عن التفجيرات".\n\n'
    "وأضاف أوستن أن بلاده سترسل 12 خبيرا إلى الدنمارك خلال الأسبوع المقبل، وفق ما نقلته وكالة "
    "الأنباء الفرنسية.\n"
)


def test_the_agency_that_carried_the_words_is_no_gap_in_quotation_marks_or_after_wafq_ma():
    keys = gaps(AGENCY_AR, "ar", drafts=True)
    assert not {"رويترز", "وكالة الأنباء الفرنسية"} & set(keys), list(keys)
    assert "12" in keys  # the story's figure is still asked


DINOSAUR_EN = (
    "New horned dinosaur found in museum vaults\n\n"
    "London: Researchers have discovered the remains of a new horned dinosaur species that lay "
    "in the vaults of a British museum for nearly 100 years.\n\n"
    "The fossil was collected in Alberta in 1916, the team said.\n"
)


def test_a_town_and_a_colon_opening_the_story_is_its_dateline():
    questions = generate(DINOSAUR_EN, language="en").questions
    assert not any("London" in q.accepted_answers for q in questions if q.type == "cloze")
    hundred = next(q for q in questions if q.accepted_answers[:1] == ["100"])
    assert hundred.prompt.startswith("London: Researchers")  # shown, not hidden as a key


def test_the_word_after_a_datelines_double_hyphen_opens_the_story_and_names_nothing():
    text = (
        "City budget row\n\n"
        "MOBILE, Ala. (WKRG) -- Tension is brewing between city leaders after the council "
        "passed the budget with 12 changes.\n\n"
        "The mayor now has 10 days to approve or veto the budget.\n"
    )
    assert "Tension" not in gaps(text, "en", drafts=True)


BLAST_AR = (
    "تضارب في حصيلة انفجار المدينة\n\n"
    "وذكر سامر العلي -وهو أحد نواب رئيس الوزراء- أن الانفجار أسفر عن 15 جريحا، بينما قالت "
    'قناة "الأخبار اليوم" إن 20 شخصا أصيبوا ويتلقون العلاج في ثلاث مستشفيات.\n\n'
    "وقال المحافظ خالد يوسف للصحفيين إن المحققين يدرسون كل الافتراضات حول الانفجار.\n"
)


def test_a_channels_name_in_quotation_marks_is_no_one_s_words_and_its_report_not_his():
    doc = document.parse(BLAST_AR, "ar", None)
    mentions.spot(doc)
    said = {a.statement: a.speaker.name for a in find(doc)}
    assert said.get("الانفجار أسفر عن 15 جريحا") == "سامر العلي", said
    assert not any("الأخبار اليوم" in s or "20 شخصا" in s for s in said), said


def test_a_programmes_name_and_a_year_written_short_are_no_numbers_to_ask():
    show = (
        "المحافظ: الوضع لن يسوء أكثر\n\n"
        "وقال محافظ البنك المركزي، في لقاء ببرنامج 90 دقيقة، إن الوضع لن يسوء أكثر من ذلك.\n\n"
        "وأضاف أن الاحتياطي بلغ 35 مليار دولار.\n"
    )
    keys = gaps(show, "ar", drafts=True)
    assert "90" not in keys and "35 مليار" in keys, list(keys)
    season = (
        "School budget approved\n\n"
        "The operating fund for '08-'09 was $13.1 million compared to $12.7 million this year.\n"
    )
    keys = gaps(season, "en", drafts=True)
    assert not {"08", "09"} & set(keys) and "13.1 million" in keys, list(keys)


def test_todays_date_in_brackets_is_the_storys_own_and_asked_in_no_piece():
    text = (
        "رئيس الوزراء يرعى توقيع مذكرة\n\n"
        "رعى رئيس الوزراء محمد السوداني، اليوم الأحد (25 أيار 2025)، توقيع مذكرة تفاهم مع شركة "
        "سعودية بقيمة 300 مليون دولار.\n"
    )
    keys = gaps(text, "ar", drafts=True)
    assert not {"25", "2025"} & set(keys), list(keys)


def test_the_name_after_police_said_is_whom_the_words_are_about():
    text = (
        "Police: Driver crashes into garden, then runs with a knife\n\n"
        "LOWELL, Mass. — Lowell Police said they arrested a man who drove into a garden and "
        "brandished a knife on Monday.\n\n"
        "Police said the crash happened just after 2 PM on Pine Street. The driver, later "
        "identified as Marco Delgado of Boston, drove his van into the garden of a Pine Street "
        "home. When one of the neighbours walked up to the van, Police said Delgado jumped out "
        "holding a knife, and ran off.\n\n"
        "Officers found Delgado about 40 yards away within minutes.\n"
    )
    said = [q for q in propose(text, language="en").questions if q.category == "attribution"]
    assert not any("Delgado" in q.accepted_answers for q in said), [q.prompt for q in said]


def test_the_agency_after_wafq_and_the_outlet_that_saw_a_statement_are_no_gaps():
    text = (
        "النفط يعود إلى مستواه\n\n"
        "قالت المؤسسة الوطنية للنفط إن الإنتاج بلغ 1.3 مليون برميل اليوم، وفق وكالة "
        '"رويترز".\n\n'
        'وقالت الهيئة العامة لحماية البيئة في بيان اطلعت "العين الإخبارية" على نسخة منه إن '
        "فريقها فحص 40 موقعا على الساحل.\n"
    )
    keys = gaps(text, "ar", drafts=True)
    assert not {"رويترز", "العين الإخبارية"} & set(keys), list(keys)
    assert "40" in keys
