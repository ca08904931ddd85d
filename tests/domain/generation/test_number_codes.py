# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Numbers a teacher never blanks: part of a code or a name, a place in the document, a date
marked for update, or any number in a sentence the article lost words from."""

from studyapp.domain.generation import generate


def _gaps(text: str, language: str) -> list[tuple[str, str]]:
    """(key, prompt) of every gap on a date or a number, whatever rule proposed it."""
    gaps = []
    for q in generate(text, language=language).questions:
        key = q.answer[0] if isinstance(q.answer, list) else str(q.answer)
        if q.category in ("number", "date") or key[:1].isdigit():
            gaps.append((key, q.prompt))
    return gaps


CODES_EN = (
    "Old computer networks\n\n"
    "The foundation is a 501(c)(3) organisation that employed 45 people in 2012.\n\n"
    "Thurston studied 3-manifolds and won the prize in 1982 for this work.\n\n"
    "The layout is shown in figure 3.20 of the manual that 200 engineers wrote in 1990.\n\n"
    "The results are listed in table 2 and discussed in chapter 4 of the report from 1999.\n\n"
    "The city had 120 schools in 2010.[21] Its population grew to 90,000 people.\n\n"
    "As of January 2016[update], the company employed 3,000 engineers in its offices.\n"
)

CODES_AR = (
    "الشبكات القديمة\n\n"
    "استخدمت الشبكات العامة الأولى بروتوكول إكس 25 الذي اعتمدته الشركات عام 1976 في أوروبا.\n\n"
    "وباعت الشركة حاسوب بي دي بي 11 إلى 600 جامعة منذ عام 1970.\n\n"
    "والمؤسسة منظمة 501(سي)(3) توظف 45 شخصا منذ عام 2012.\n\n"
    "ويظهر ترتيب الطبقات في الشكل 3.20 من الدليل الذي كتبه 200 مهندس عام 1990.\n\n"
    "واعتبارا من يناير 2016[تحديث]، وظفت الشركة 3000 مهندس في مكاتبها.\n"
)


def test_a_number_inside_a_code_or_a_name_is_never_the_gap():
    for text, language in ((CODES_EN, "en"), (CODES_AR, "ar")):
        keys = {key for key, _ in _gaps(text, language)}
        assert not keys & {"501", "3", "25", "11"}, keys
        assert "45" in keys  # a real count beside the code is still asked


def test_a_figure_table_or_footnote_number_is_never_the_gap():
    for text, language in ((CODES_EN, "en"), (CODES_AR, "ar")):
        keys = {key for key, _ in _gaps(text, language)}
        assert not keys & {"3.20", "2", "4", "21"}, keys
        assert "200" in keys


def test_a_date_marked_for_update_is_not_asked_but_the_count_beside_it_is():
    for text, language in ((CODES_EN, "en"), (CODES_AR, "ar")):
        gaps = _gaps(text, language)
        assert not [k for k, _ in gaps if "2016" in k], gaps
        assert {"3,000", "3000"} & {k for k, _ in gaps}


def test_a_footnote_mark_ends_the_sentence_before_the_next_one():
    prompts = [p for key, p in _gaps(CODES_EN, "en") if key == "120"]
    assert prompts and all("population" not in p for p in prompts), prompts


LOST_EN = (
    "A border station\n\n"
    "The station lies between 1.5 km and . from the border crossing.\n\n"
    "About 400 people lived in the village beside the station in 1950.\n"
)
LOST_AR = (
    "محطة على الحدود\n\n"
    "وتقع المحطة بين 1.5 كيلومتر و. من المعبر الحدودي.\n\n"
    "وعاش نحو 400 شخص في القرية المجاورة للمحطة عام 1950.\n"
)


def test_no_number_is_blanked_where_the_sentence_lost_words():
    for text, language in ((LOST_EN, "en"), (LOST_AR, "ar")):
        gaps = _gaps(text, language)
        assert not [k for k, _ in gaps if k.startswith("1.5")], gaps
        assert "400" in {k for k, _ in gaps}


INITIAL_AR = (
    "رئاسة الهيئة الدولية للمناخ\n\n"
    "ترأس الهيئة الباحث راجندرا ك. باتشوري منذ عام 2002 حتى استقالته.\n\n"
    "وانتخبت الهيئة رئيسها الجديد بعد 13 عاما من العمل.\n"
)


def test_an_arabic_initial_does_not_end_the_sentence():
    prompts = [p for _, p in _gaps(INITIAL_AR, "ar")]
    assert prompts
    assert not [p for p in prompts if p.startswith("باتشوري")], prompts


CONTACT_EN = (
    "Flood relief cheques\n\n"
    "The ministry has distributed 1,800 relief cheques to families in the central region.\n\n"
    "Affected persons may call the toll free hotline at 800 – 4RELIEF or the family services "
    "division at 623 – 2608; Ext 6300 – 6307, for further information.\n"
)
CONTACT_AR = (
    "مساعدات للأسر المتضررة\n\n"
    "وزعت الوزارة 1800 شيك على الأسر المتضررة من السيول في المنطقة الوسطى.\n\n"
    "ويمكن للمواطنين الاتصال على الخط الساخن 800 - 1244 أو على الهاتف 623 - 2608 للاستفسار.\n"
)


def test_a_telephone_number_or_extension_is_no_gap():
    for text, language in ((CONTACT_EN, "en"), (CONTACT_AR, "ar")):
        keys = [key for key, _ in _gaps(text, language)]
        assert any(key.startswith("1,800") or key.startswith("1800") for key in keys), keys
        assert not any(k[:3] in ("800", "623", "260", "630") for k in keys), keys


def test_a_dashed_pair_of_years_is_still_one_span():
    text = "Two wars\n\nThe country fought two wars in 1914–1918, when 300 towns were destroyed.\n"
    keys = [key for key, _ in _gaps(text, "en")]
    assert "1914–1918" in keys, keys


LIST_ITEMS_AR = (
    "أسعار الذهب اليوم\n\n"
    "سجلت أسعار الذهب اليوم حالة من التذبذب في الأسواق المحلية والعالمية خلال تعاملات الصباح.\n\n"
    "وجاءت أسعار الأنواع في السوق بدون مصنعية كالتالي:\n\n"
    "1- سعر الذهب عيار 24 قيراط في مصر 877.04 جنيه وعالميا 55.78 دولار\n\n"
    "2- سعر الذهب عيار 21 قيراط في مصر 767.41 جنيه وعالميا 48.80 دولار\n\n"
    "3- سعر الذهب عيار 18 قيراط في مصر 657.78 جنيه وعالميا 41.83 دولار\n"
)

LIST_ITEMS_EN = (
    "How to apply for the grant\n\n"
    "The county opened applications on Monday for 300 grants to small farms.\n\n"
    "Applicants should follow these steps:\n\n"
    "1. Register on the county website before March 15.\n\n"
    "2) Upload the farm's tax return for 2023.\n\n"
    "3 - Wait for an inspector, who will visit within 30 days.\n"
)


def test_the_number_of_a_list_item_is_never_the_gap():
    # "____- سعر الذهب عيار 24" keyed 1 asks where the item stands in the list, no fact.
    for text, language, facts in (
        (LIST_ITEMS_AR, "ar", {"877.04", "767.41", "24", "21"}),
        (LIST_ITEMS_EN, "en", {"300", "30"}),
    ):
        gaps = _gaps(text, language)
        keys = {key for key, _ in gaps}
        assert not [p for _, p in gaps if p.lstrip().startswith("____")], gaps
        assert not keys & {"1", "2", "3"}, keys
        assert keys & facts, keys  # the prices and counts of the items are still asked


def test_the_first_word_of_a_numbered_item_is_no_name():
    # "2) Upload the farm's tax return": capitalised because it opens the item (the order
    # question on the steps holds the whole item, as it should).
    questions = generate(LIST_ITEMS_EN, language="en").questions
    asked = [q for q in questions if q.type != "order"]
    assert not [q for q in asked if "Upload" in str(q.answer)], questions
    # the item is still asked: as a step (three steps are asked by their order question alone,
    # so its date is no gap of its own)
    assert [q for q in questions if q.type == "order" and "Upload the farm" in " ".join(q.answer)]


STANDINGS_AR = (
    "ليفربول يتصدر الدوري\n\n"
    "أقيمت اليوم أربع مباريات في الدوري الإنجليزي الممتاز ضمن منافسات الجولة الثالثة.\n\n"
    "جدول ترتيب الدوري الإنجليزي الممتاز\n\n"
    "1- ليفربول - 9 نقاط\n\n"
    "2- تشيلسي - 7 نقاط\n\n"
    "3- أرسنال - 6 نقاط\n\n"
    "4- توتنهام - 5 نقاط\n"
)


def test_in_a_ranking_the_number_of_an_item_is_its_place_and_is_asked():
    # A blind reviewer accepted «____- ليفربول - … نقاط» keyed 1: the table's first place.
    keys = {key for key, _ in _gaps(STANDINGS_AR, "ar")}
    assert {"1", "2", "3"} & keys, keys


def test_the_grade_of_gold_names_the_price_beside_it():
    # «سعر الذهب عيار … قيراط فى مصر ____ جنيه»: with the grade hidden no one could tell
    # which price is asked; the grade says which, and is no gap of its own.
    gaps = _gaps(LIST_ITEMS_AR, "ar")
    prices = [p for key, p in gaps if key in {"877.04", "767.41", "657.78"}]
    assert prices and all("عيار …" not in p for p in prices), prices
    assert not {"24", "21", "18"} & {key for key, _ in gaps}


RATES_EN = """City sets its tax rate

The proposed property tax rate is $0.515 per $100 valuation, which is 3 cents less than last year's rate, the council said on Tuesday.

The county recorded 41 cases of the flu for every 1,000 residents in March, up from 12 in February.
"""

RATES_AR = """المدينة تسجل انخفاضا في الحوادث

سجلت المدينة 12 حادثا لكل 100 ألف نسمة خلال العام الماضي، مقابل 19 حادثا في العام الذي سبقه، بحسب تقرير صادر عن إدارة المرور يوم الأحد.
"""


def test_the_base_a_rate_counts_by_is_no_fact():
    # "per $____ valuation" keyed "100" (a blind reviewer: trivial, the way tax rates are
    # always quoted); the rate itself is asked.
    keys = {str(q.answer[0]) for q in generate(RATES_EN, language="en").questions if q.answer}
    assert "0.515" in keys and "41" in keys
    assert not keys & {"100", "1,000", "1000"}, keys
    arabic = generate(RATES_AR, language="ar").questions
    keys = {str(q.answer[0]) for q in arabic if q.answer}
    assert "12" in keys and not keys & {"100", "100 ألف", "ألف نسمة"}, keys
    # «كم حادثا سجلت المدينة …؟» would drop «لكل 100 ألف نسمة»: the rate stays a gap.
    assert all(q.type == "cloze" for q in arabic if q.answer[0] == "12"), [q.prompt for q in arabic]


NAIRA_EN = """Government releases funds for capital projects

The federal government on Friday said it has released about N420 billion for capital projects this year, the Minister of Finance, Ada Okoro, said in Abuja.

Another N60 billion would be released for school feeding, and N5,000 would be paid monthly to the poorest households.

Health workers in the state still wear N95 masks, the minister said.
"""


def test_a_sum_in_naira_is_a_number_gap_keyed_without_its_sign():
    # "about ____ billion" keyed "N420" (read as a name), marking a bare 420 wrong.
    answers = [q.answer for q in generate(NAIRA_EN, language="en").questions]
    keys = [str(a[0]) for a in answers]
    # The gap takes the scale word: a bare 420 is no longer right (set s: "1" for "1 billion
    # escudos" marked right, a wrong key to both reviewers).
    assert ["420 billion"] in answers and "60 billion" in keys, answers
    assert not {"N420", "N60", "Another N60", "N5,000"} & set(keys), keys
    assert "95" not in keys  # "N95 masks": a mask's name, no sum
