# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Gaps a reader fills without knowing the text: a year of a lifespan or a page of a reference in
brackets, a pronoun or a rank taken for a name, a number its neighbours in a list give away, a
number the sentence also spells out in words."""

from studyapp.domain.generation import generate


def _cloze_keys(text: str, language: str) -> dict[str, list[str]]:
    """Each cloze's key, with the prompts that blank it."""
    keys: dict[str, list[str]] = {}
    for q in generate(text, language=language).questions:
        if q.type == "cloze":
            key = q.answer[0] if isinstance(q.answer, list) else q.answer
            keys.setdefault(key, []).append(q.prompt)
    return keys


SCHOLARS_EN = (
    "Two physicians of old Baghdad\n\n"
    "The physician al-Razi (854–925) ran the great hospital of Baghdad for many years. "
    "His book on smallpox was copied in Damascus and Cairo (vol. 3, p. 41) for centuries. "
    "The Treaty of Nimes (signed 1629) ended the revolt in the south of France.\n"
)
SCHOLARS_AR = (
    "أطباء بغداد القدامى\n\n"
    "أدار الطبيب الرازي (854–925) البيمارستان الكبير في مدينة بغداد سنوات طويلة. "
    "وتوفي الطبيب ابن النفيس (ت 687 هـ) في مدينة القاهرة بعد أن ألف كتبا كثيرة. "
    "ونقل الرازي وصف المرض عن كتب الهند (ج 4، ص 112) في رسالته المشهورة.\n"
)


def test_a_year_of_a_lifespan_in_brackets_is_not_blanked_but_an_event_date_is():
    keys = _cloze_keys(SCHOLARS_EN, "en")
    assert "854" not in keys and "925" not in keys, keys
    assert "1629" in keys, keys  # "(signed 1629)": the date of what happened
    keys = _cloze_keys(SCHOLARS_AR, "ar")
    assert not {"854", "925", "687"} & set(keys), keys


def test_a_volume_or_page_in_a_reference_is_not_blanked():
    keys = _cloze_keys(SCHOLARS_EN, "en")
    assert "3" not in keys and "41" not in keys, keys
    keys = _cloze_keys(SCHOLARS_AR, "ar")
    assert "4" not in keys and "112" not in keys, keys


MUSEUM_AR = (
    "متحف الخرائط\n\n"
    "وأضافت المديرة أن «هم» سيأتون من كل مدن البلاد لرؤية الخرائط. "
    "وفي القاعة «هنا» خرائط قديمة للبحر المتوسط رسمها الإدريسي. "
    "وافتتح المتحف في مدينة «فاس» بحضور الوزير.\n"
)
MUSEUM_EN = (
    "A museum of maps\n\n"
    "Visitors may see the old maps of the Mediterranean in the main hall. "
    "The museum opened in March after four years of work in Lisbon. "
    "The Largest collection of sea charts belongs to the Navy in Lisbon. "
    "The university entered the Top 400 in the rankings of the Carnegie Foundation.\n"
)


def test_a_quoted_pronoun_or_deictic_is_not_taken_for_a_name():
    keys = _cloze_keys(MUSEUM_AR, "ar")
    assert "هم" not in keys and "هنا" not in keys, keys
    assert "فاس" in keys, keys


def test_a_lower_case_modal_is_not_the_month_of_may():
    keys = _cloze_keys(MUSEUM_EN, "en")
    assert "may" not in keys, keys
    assert "March" in keys, keys


def test_a_rank_alone_is_not_a_name():
    keys = _cloze_keys(MUSEUM_EN, "en")
    assert "Top" not in keys and "Largest" not in keys, keys


CHARTER_EN = (
    "A charter for scholars\n\n"
    "Articles 9 and 10 of the charter protect the freedom of scholars in Baghdad. "
    "Chapters 3, 4 and 5 of the book describe the hospitals of Cairo in detail. "
    "The caliph gave five gold coins to each student and 5 coins to every teacher in Basra. "
    "The city grew quickly in the fifties, and by 1956 its people had built 120 schools.\n"
)
CHARTER_AR = (
    "ميثاق العلماء\n\n"
    "وتنص المادتان 9 و10 من الميثاق على حرية العلماء في مدينة بغداد. "
    "ويلقب التاجر بصاحب الخمسة قصور لأنه بنى 5 قصور في مدينة البصرة. "
    "وشهدت المدينة نموا كبيرا في الخمسينات إذ بنت في عام 1956 نحو 120 مدرسة.\n"
)


def test_a_number_in_a_run_of_consecutive_numbers_is_not_blanked():
    keys = _cloze_keys(CHARTER_EN, "en")
    assert not {"9", "10", "3", "4"} & set(keys), keys
    keys = _cloze_keys(CHARTER_AR, "ar")
    assert "9" not in keys and "10" not in keys, keys


def test_a_number_the_sentence_spells_out_is_not_blanked():
    keys = _cloze_keys(CHARTER_EN, "en")
    assert "5" not in keys, keys
    assert "120" in keys, keys  # a number nothing gives away is still asked
    keys = _cloze_keys(CHARTER_AR, "ar")
    assert "5" not in keys, keys


def test_a_year_beside_its_decade_is_not_blanked():
    assert "1956" not in _cloze_keys(CHARTER_EN, "en")
    assert not {"1956", "عام 1956"} & set(_cloze_keys(CHARTER_AR, "ar"))


BYLINED_EN = """School board approves budget cut

By Dana Whitfield, Staff Writer | March 24, 2021 | 9:22 p.m.

On March 23, the school board voted 5-2 to approve the $1.5 million budget cut presented at the February meeting.

Board secretary Patricia Hackett said the cut would remove three teaching posts in the elementary schools.

Updated at 4:14 p.m. to reflect comment from the district.
"""

BYLINED_AR = """المجلس البلدي يقر مشروعات جديدة

كتب: محمد السالم

أقر المجلس البلدي في جلسته أمس رصف 12 شارعا في حي الهلال بتكلفة 3 ملايين ريال.

وقال رئيس المجلس عبدالكريم الصبيحة إن العمل يبدأ في شهر مارس المقبل.
"""


def test_a_byline_or_a_time_stamp_is_never_asked():
    for text, language, printed in (
        (BYLINED_EN, "en", ("Whitfield", "9:22", "4:14")),
        (BYLINED_AR, "ar", ("محمد السالم",)),
    ):
        questions = generate(text, language=language).questions
        assert questions, text
        shown = [f"{q.prompt} {q.answer}" for q in questions]
        assert not any(word in line for line in shown for word in printed), shown


DATED_AR = """ارتفاع معدل التضخم في المملكة

تاريخ النشر : الإثنين - am 12:00 | 2023-03-13

ارتفع الرقم القياسي العام لأسعار المستهلك في الشهرين الأولين من العام الحالي بنسبة 4.01 بالمئة، بحسب دائرة الإحصاءات العامة.

وقال مدير الدائرة حيدر فريحات إن أسعار الإيجارات ارتفعت 3.5 بالمئة.

الثلاثاء ٠٤ أكتوبر ٢٠١٦
"""


def test_a_publication_date_on_a_line_of_its_own_is_never_asked():
    questions = generate(DATED_AR, language="ar").questions
    assert questions
    shown = [f"{q.prompt} {q.answer}" for q in questions]
    assert not any(word in line for line in shown for word in ("12:00", "2023-03-13", "٢٠١٦")), (
        shown
    )


def test_the_day_a_report_was_made_is_no_phrase_gap():
    """«أعلنت المنشأة العامة للطيران المدني، ____، أن …» keyed «اليوم الأحد», «… عند تمام
    الساعة السادسة من ____» keyed «مساء اليوم السبت», or a date gap on its «السبت»: the day of
    the report, which the rubric calls trivial."""
    text = (
        "ارتفاع أعداد المسافرين\n\nأعلنت هيئة الطيران المدني، اليوم الأحد، أن مطار المدينة "
        "حقق خلال الربع الأول نموا ملحوظا في حركة المسافرين والطائرات القادمة من الخارج. "
        "وأغلقت الهيئة صالات الانتظار القديمة مساء اليوم السبت بعد افتتاح صالات جديدة للحجاج.\n"
    )
    questions = generate(text, language="ar").questions
    keys = [q.answer[0] for q in questions if q.type == "cloze"]
    assert keys and not any(set(k.split()) <= {"اليوم", "الأحد", "مساء", "السبت"} for k in keys)
