"""Who speaks and what a dateline is, on shapes news wires write: a speaker set off by a long
apposition, a day after a name, a relative clause after a name, an outlet after «لـ», a
state's abbreviation in a dateline; and a month asked with its year, whose month alone is the
natural answer."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.grading import grade
from studyapp.domain.text import split_sentences
from tests.generated_gaps import gaps as gap_keys

LAUNCH_EN = (
    "Rocket lifts off with a weather satellite\n\n"
    "CAPE HARBOR, Fla. - Orbital Freight declared Friday's launch a success, local news "
    "partner Coast Today reported.\n\n"
    '"Thanks to every one of our partners on the mission," Dana Whitlock, Orbital Freight vice '
    'president for launch and recovery programs, said in a statement. "The team is proud to put '
    'another weather satellite in orbit for the national service."\n\n'
    "The rocket lifted off at 9:09 a.m. and reached orbit 14 minutes later, Omar Reyes told "
    "reporters.\n\n"
    "“We have a hard year ahead of us,” said Reyes, who became flight director of the launch "
    "company two months ago.\n\n"
    "The fee rose by $13 upon recommendation by President Emeritus Alan Pruitt; however, Reyes "
    "said he wanted it to stay at $10.\n"
)

MINISTER_AR = (
    "الحكومة تبحث العجز في الموازنة\n\n"
    "رام الله (صوت المدينة)- قال رئيس الحكومة سامر حداد الثلاثاء، إن العجز في الموازنة بلغ "
    "900 مليون دولار بسبب تراجع المساعدات.\n\n"
    "وقال سامر حداد في تصريح لـ صوت24، إن الحكومة ستدفع 70 في المئة من الرواتب.\n\n"
    "وأكد سامر حداد أن الوزارات ستخفض نفقاتها.\n"
)


def test_a_speaker_set_off_by_a_long_apposition_is_credited_with_both_quotations():
    questions = generate(LAUNCH_EN, language="en").questions
    who = [q for q in questions if q.category == "attribution" and q.type != "cloze"]
    assert who, [q.prompt for q in questions]
    for question in who:
        answer = question.answer if isinstance(question.answer, str) else question.answer[0]
        assert "Coast Today" not in answer, question.prompt  # the outlet reported, no one said
    assert any("Dana Whitlock" in str(q.answer) for q in who)


def test_a_relative_clause_is_no_role_and_emeritus_is_no_given_name():
    questions = generate(LAUNCH_EN, language="en").questions
    assert not any("Who is the who" in q.prompt for q in questions), questions
    keys = " ".join(str(q.answer) + str(q.choices) for q in questions)
    assert "Alan Pruitt" in keys and "Emeritus Alan" not in keys


def test_a_name_in_the_clause_before_a_semicolon_does_not_speak_after_it():
    questions = generate(LAUNCH_EN, language="en").questions
    stay = [q for q in questions if q.category == "attribution" and "stay at" in q.prompt]
    assert stay and all("Pruitt" not in str(q.answer) for q in stay), stay


def test_a_state_abbreviation_in_a_dateline_ends_no_sentence():
    first = split_sentences("CAPE HARBOR, Fla. - Orbital Freight declared it. It flew.")[0]
    assert first.text == "CAPE HARBOR, Fla. - Orbital Freight declared it."
    # At the end of a sentence it still ends one.
    assert len(split_sentences("The storm hit Jackson, Miss. Then it moved on.")) == 2
    gaps = {q.answer[0] for q in generate(LAUNCH_EN, language="en").questions if q.type == "cloze"}
    assert "Fla" not in gaps


def test_the_day_is_no_part_of_a_name_and_the_outlet_is_no_person():
    questions = generate(MINISTER_AR, language="ar").questions
    role = next(q for q in questions if q.prompt == "من هو رئيس الحكومة؟")
    assert role.answer[0] == "سامر حداد"
    keys = {str(q.answer[0] if isinstance(q.answer, list) else q.answer) for q in questions}
    assert "صوت24" not in keys and "24" not in keys  # the outlet, and the dateline's number


def test_a_family_name_after_b_written_twice_with_the_given_name_is_the_name():
    text = MINISTER_AR.replace("سامر حداد", "مسعود بارزان")
    questions = propose(text, language="ar").questions
    said = [q for q in questions if q.category == "attribution"]
    # Named whole, or by the role a role question asks him by (role_names.py).
    assert said and all(
        "مسعود بارزان" in q.prompt or "مسعود بارزان" in str(q.answer) or "رئيس الحكومة" in q.prompt
        for q in said
    )
    shown = " ".join(f"{q.prompt} {q.answer}" for q in questions)
    assert "مسعود" not in shown.replace("مسعود بارزان", ""), shown


def test_a_month_and_its_year_accept_the_month_alone():
    text = (
        "Prices rise\n\nConsumer prices rose 1.8% in October 2025, after 1.2% in September "
        "2025, the statistics office said.\n"
    )
    september = _date_keyed(text, "en", "September 2025")
    assert grade(september, "September").correct and not grade(september, "October").correct


def test_the_first_year_of_a_school_year_is_no_gap():
    text = (
        "نتائج الشهادة الإعدادية\n\n"
        "أعلن المحافظ نتيجة الفصل الدراسي الأول للشهادة الإعدادية للعام الدراسي 2025 / 2026، "
        "بنسبة نجاح بلغت 85 في المئة.\n"
    )
    gaps = set(gap_keys(text, "ar"))
    assert "2025" not in gaps and "2026" not in gaps, gaps


def test_an_ordinal_day_is_accepted_without_the_word_month():
    text = (
        "حملة الفحص\n\nوقالت الوزيرة إن الحملة انطلقت في الأول من شهر أكتوبر الماضي وفحصت "
        "18 مليون مواطن.\n"
    )
    day = _date_keyed(text, "ar", "الأول من شهر أكتوبر")
    assert grade(day, "الأول من أكتوبر").correct


def test_mt_is_no_sentence_end():
    spans = split_sentences("The plant is in Mt. Pocono, officials said. It opens in May.")
    assert [s.text for s in spans][0] == "The plant is in Mt. Pocono, officials said."


def _date_keyed(text, language, key):
    dates = [q for q in generate(text, language=language).questions if q.category == "date"]
    return next(q for q in dates if q.answer[0] == key)


def test_a_word_that_opens_with_the_saudi_agencys_letters_ends_no_dateline():
    # «واس» signs the Saudi agency's dateline; «واستخدم» after a year is a verb of the story,
    # and the year before it is a fact to ask, not the dateline's date.
    text = (
        "قوانين اللعبة\n\n"
        "وضعت قوانين كرة القدم في إنجلترا سنة 1863 واستخدم اسم جديد ليميز اللعبة عن غيرها.\n\n"
        "وانتشرت اللعبة بعد ذلك في أوروبا ثم في أمريكا الجنوبية.\n"
    )
    keys = gap_keys(text, "ar")
    assert any("1863" in key for key in keys), keys
