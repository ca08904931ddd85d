"""Dates and numbers people ask about in encyclopaedic text are asked whole, with a clean key:
a day, month and year joined by "عام"/"سنة", a year with its era mark, an ordinal day, the two
dates of a lifespan, a share "في المائة"; and no choice or phrase gap on a piece of them."""

import pytest

from studyapp.domain.generation import generate


def _gaps(text: str, language: str) -> dict[str, list[str]]:
    """{key: accepted answers} of every gap-fill on a date or a number."""
    return {
        q.answer[0]: list(q.answer)
        for q in generate(text, language=language).questions
        if q.type == "cloze" and q.category in ("date", "number")
    }


def _choices(text: str, language: str) -> set[str]:
    return {str(q.answer) for q in generate(text, language=language).questions if q.type == "mcq"}


REVOLT_AR = (
    "اندلعت الاحتجاجات في 15 آذار عام 2011 في مدينة درعا الجنوبية، ثم امتدت إلى مدن أخرى "
    "خلال أسابيع قليلة من بدايتها."
)


def test_a_date_with_its_year_word_is_one_gap_keyed_whole():
    gaps = _gaps(REVOLT_AR, "ar")
    assert "15 آذار عام 2011" in gaps, gaps
    accepted = gaps["15 آذار عام 2011"]
    assert "15 آذار 2011" in accepted
    assert "15" not in accepted  # the day alone is not the date
    assert "2011" not in _choices(REVOLT_AR, "ar")  # no choice of the year cut out of the date


CITY_AR = (
    "حاصر الجيش المدينة أشهرا عديدة، ثم فتحها العثمانيون سنة 1453م ونقلوا إليها عاصمتهم، "
    "وقد أسس الفاطميون مدينة المهدية سنة 300هـ قبل ذلك بقرون."
)


def test_a_year_with_its_era_mark_is_asked_as_a_date():
    # The year is the key, «سنة» stays in the prompt (a reviewer rejected «سنة 2025» as an
    # over-long key); the year without its mark and the whole are right too.
    gaps = _gaps(CITY_AR, "ar")
    assert "1453م" in gaps, gaps
    assert {"1453", "سنة 1453م"} <= set(gaps["1453م"])
    assert "300هـ" in gaps and "سنة 300هـ" in gaps["300هـ"], gaps


WAR_AR = (
    "الحرب الكبرى حرب دولية بدأت في الأول من سبتمبر من عام 1939 في أوروبا، وشاركت فيها "
    "دول كثيرة من كل القارات."
)


def test_an_ordinal_day_before_the_month_belongs_to_the_date():
    gaps = _gaps(WAR_AR, "ar")
    assert "الأول من سبتمبر من عام 1939" in gaps, gaps
    assert "1939" not in _choices(WAR_AR, "ar")


LIFE_AR = (
    "سليم الكاتب (11 ديسمبر 1911 - 30 أغسطس 2006) روائي مصري، كتب عشرات الروايات عن "
    "الحارة القديمة في القاهرة."
)
LIFE_EN = (
    "Mary Holt (7 November 1867 - 4 July 1934) was a chemist who studied the salts of the "
    "rare metals in a small laboratory."
)


def test_both_dates_of_a_lifespan_are_asked_and_its_dash_is_no_dateline():
    arabic = _gaps(LIFE_AR, "ar")
    assert {"11 ديسمبر 1911", "30 أغسطس 2006"} <= set(arabic), arabic
    english = _gaps(LIFE_EN, "en")
    assert {"7 November 1867", "4 July 1934"} <= set(english), english
    assert "7" not in english["7 November 1867"]


RANGE_AR = (
    "بنى الفاطميون المدينة سنة 300هـ الموافقة لسنتي 912 - 913م، واتخذوها عاصمة لدولتهم "
    "الناشئة في الشمال."
)


def test_a_range_in_the_first_sentence_is_no_dateline_and_its_end_no_gap():
    gaps = _gaps(RANGE_AR, "ar")
    assert "912" in gaps, gaps
    keys = [q.answer[0] for q in generate(RANGE_AR, language="ar").questions if q.type == "cloze"]
    assert not any(key.startswith("913") for key in keys), keys


SHARE_AR = (
    "تعزى إلى العوامل الوراثية حوالي 85 في المائة من حالات المرض بحسب الدراسات الحديثة في "
    "الطب النفسي."
)


def test_a_share_in_words_is_keyed_with_them():
    gaps = _gaps(SHARE_AR, "ar")
    assert "85 في المائة" in gaps, gaps
    assert "85" in gaps["85 في المائة"]


COUNTS_AR = (
    "دامت الحرب الأهلية أربعة أعوام كاملة، وتقسم البلاد اليوم إلى ثماني مناطق وسبعة أقاليم "
    "اتحادية، ويضم الأرخبيل حوالي ثلاثة آلاف جزيرة صغيرة."
)
COUNTS_EN = (
    "The civil war lasted four years, and the country is now divided into seven provinces; "
    "two of the cities are ports."
)


def test_a_number_spelled_in_words_is_asked_like_digits():
    arabic = _gaps(COUNTS_AR, "ar")
    assert {"أربعة", "ثماني", "سبعة", "ثلاثة آلاف"} <= set(arabic), arabic
    assert "4" in arabic["أربعة"] and "3000" in arabic["ثلاثة آلاف"]
    english = _gaps(COUNTS_EN, "en")
    assert {"four", "seven"} <= set(english), english
    assert "two" not in english  # "two of the cities" counts no noun of its own


def test_a_spelled_range_or_fraction_is_no_count():
    text = (
        "يقوم على حراستها بين ثلاثين وأربعين رجلاً، وقد توفي عن عمر بلغ ستة وسبعين عامًا، "
        "وتحدث ثلاثة أرباع الوفيات في الجنوب."
    )
    gaps = _gaps(text, "ar")
    assert "76" in gaps.get("ستة وسبعين", []), gaps
    assert not {"ثلاثين", "أربعين", "ثلاثين وأربعين", "ثلاثة"} & set(gaps), gaps


CALENDARS_AR = (
    "استرد الأمير الشاب إمارة المدينة سنة 1319 هـ / 1902 من يد خصومه، ثم انتزع القلعتين "
    "في عام 1037م (429 هـ) بعد حصار طويل."
)


def test_a_year_given_again_in_the_other_calendar_is_asked_once():
    keys = set(_gaps(CALENDARS_AR, "ar"))
    assert {"1319", "1037م"} <= keys, keys
    assert not keys & {"1902", "429"}, keys


SIDES_AR = "الهند دولة كبيرة تقع في جنوب آسيا، ويبلغ عدد سكانها أكثر من مليار نسمة."


def test_a_place_is_asked_with_the_side_the_sentence_names():
    keys = {
        q.answer[0]
        for q in generate(SIDES_AR, language="ar").questions
        if q.type == "cloze" and q.category == "place"
    }
    assert "جنوب آسيا" in keys and "آسيا" not in keys, keys


CENTURY_AR = (
    "أصبح السلطان حاكما بارزا في أوروبا في القرن السادس عشر، بعد أن امتدت الدولة خلال القرن "
    "الثامن الميلاديّ إلى جنوب فرنسا."
)
CENTURY_EN = (
    "The portrait was painted in the 16th century by an Italian master, and it was moved to "
    "France in the nineteenth century by the king."
)


def test_a_century_is_asked_by_its_ordinal():
    arabic = _gaps(CENTURY_AR, "ar")
    assert "السادس عشر" in arabic, arabic
    assert "الثامن" in arabic.get("الثامن الميلاديّ", []), arabic
    english = _gaps(CENTURY_EN, "en")
    assert {"16th", "nineteenth"} <= set(english), english


BORDERS_AR = (
    "يحدها من الشمال تركيا، ومن الغرب سوريا والأردن، وتحدها الكويت من الجنوب الشرقي، كما "
    "يطل ساحلها القصير على الخليج."
)


def test_the_neighbours_of_each_side_are_asked_whole():
    keys = {
        q.answer[0]
        for q in generate(BORDERS_AR, language="ar").questions
        if q.type == "cloze" and q.category == "place"
    }
    # Each side's neighbours are asked: together as the article lists them, or each on its own
    # (the order follows the reviewed rates, which prefer one-word place gaps since the
    # fortieth review); the side itself is no answer.
    assert "الكويت" in keys, keys
    assert "سوريا والأردن" in keys or {"سوريا", "الأردن"} <= keys, keys
    assert "الجنوب الشرقي" not in keys and "الشرقي" not in keys


PHASES_EN = (
    "Amal Nasser, the head of the port authority, explained the plan to the council. "
    "The expansion has four phases. Initially, the authority dredges the channel. "
    "Then it builds a second quay for container ships. After that, it extends the rail line. "
    "Finally, it opens the new terminal to traffic."
)
PHASES_AR = (
    "شرحت أمل ناصر ، رئيسة هيئة الميناء ، الخطة للمجلس البلدي. "
    "ويمر التوسع في أربع مراحل. في البداية ، تعمق الهيئة القناة الملاحية. "
    "بعد ذلك ، تبني الهيئة رصيفاً ثانياً للسفن. ثم تمد الهيئة خط السكة الحديد. "
    "أخيراً ، تفتح الهيئة المحطة الجديدة للملاحة."
)


@pytest.mark.parametrize("text, language", [(PHASES_EN, "en"), (PHASES_AR, "ar")])
def test_the_count_of_steps_an_order_question_shows_is_not_asked(text, language):
    questions = generate(text, language=language).questions
    assert any(q.type == "order" and len(q.answer) == 4 for q in questions)
    assert "4" not in {
        a for q in questions if q.category == "number" and q.type == "cloze" for a in q.answer
    }


def test_an_arabic_compound_number_is_one_gap_never_cut_in_two():
    text = "عانت المدينة من ظروف إعصارية أكثر من اثنتي عشرة مرة خلال القرن الماضي بحسب السجلات."
    numbers = [q for q in generate(text, language="ar").questions if q.category == "number"]
    assert [q.answer[:2] for q in numbers] == [["اثنتي عشرة", "12"]], [q.prompt for q in numbers]


def test_an_arabic_ordinal_teen_is_asked_whole_never_as_its_ten():
    # "في عمر الثالثة عشرة" is at thirteen: a gap on "عشرة" keyed 10 was wrong.
    text = (
        "ولدت المغنية عام 1977 في مدينة ساحلية. وفي عمر الثالثة عشرة انتقلت إلى العاصمة مع أسرتها."
    )
    numbers = [q for q in generate(text, language="ar").questions if q.category == "number"]
    assert [q.answer for q in numbers] == [["الثالثة عشرة", "13"]], [q.prompt for q in numbers]


def test_the_second_end_of_three_or_four_is_no_count_of_its_own():
    text = "We have three or four players out and this is an important game for us."
    numbers = [q for q in generate(text, language="en").questions if q.category == "number"]
    assert not numbers, [(q.prompt, q.answer) for q in numbers]


def test_the_second_end_of_a_span_is_no_gap_of_any_kind():
    # "We have three or ____ out" keyed "four players" asked half of "three or four".
    text = (
        "Injuries hit the squad\n\nWe have three or four players out and this is an important "
        "game for us. The club has won five of its last seven games since the start of May.\n"
    )
    keys = [a for q in generate(text, language="en").questions for a in q.answer]
    assert not any(a.startswith(("four", "4")) for a in keys), keys


def test_one_or_two_is_a_vague_few_and_no_count_to_ask():
    """ "'one or ____ goals' -> two: the idiom fills itself" (reviewers of unseen news rejected
    such gaps as trivial); «واحد أو اثنين» alike."""
    english = (
        "Crops in the valley\n\nFarmers in the valley grow one or two crops a year, said Ann Lee, "
        "head of the farm board. The board paid 300 farmers in March.\n"
    )
    arabic = "وقال المدير إن الفريق يحتاج إلى لاعب واحد أو اثنين قبل بداية الموسم في أغسطس."
    for text, language in ((english, "en"), (arabic, "ar")):
        keys = [a for q in generate(text, language=language).questions for a in q.answer]
        assert not any(a.startswith(("two", "2", "اثنين")) for a in keys), keys
    keys = [a for q in generate(english, language="en").questions for a in q.answer]
    assert "300" in keys  # the count the article gives is still asked


def test_the_first_week_of_a_month_is_no_date():
    text = "عاد أكثر من 18 ألفا من المعلمين منذ مطلع الأسبوع الأول من سبتمبر إلى المدارس."
    dates = {
        a for q in generate(text, language="ar").questions if q.category == "date" for a in q.answer
    }
    assert not any("الأول" in a for a in dates), dates


@pytest.mark.parametrize(
    "text, language, first, again",
    [
        (
            "The state fund raised its capital by 20 billion yuan (S$4.04 billion) on Tuesday, "
            "the bank said in a statement.",
            "en",
            "20 billion",
            "4.04 billion",
        ),
        (
            "اقترضت الحكومة 1.5 مليار جنيه (نحو 95 مليون دولار) من البنك الدولي يوم الثلاثاء "
            "لتمويل مشروعات المياه.",
            "ar",
            "1.5 مليار",
            "95 مليون",
        ),
    ],
)
def test_a_sum_given_again_in_another_currency_is_asked_once_as_first_given(
    text, language, first, again
):
    # The converted sum in brackets is the same fact, and does not give the first away: no
    # student knows the rate.
    keys = [q.answer[0] for q in generate(text, language=language).questions]
    assert first in keys, keys
    assert again not in keys, keys


def test_a_dashed_range_with_its_scale_is_asked_whole():
    # "____-300 billion" keyed 200, then the other end: one range, asked once.
    text = "The government will set up a fund of 200-300 billion yuan to support chip makers."
    numbers = [q.answer for q in generate(text, language="en").questions]
    assert numbers and numbers[0][0] == "200-300 billion", numbers
    assert "200 to 300 billion" in numbers[0]
    assert not any(a[0] in ("200", "300") for a in numbers), numbers


def test_twelve_oclock_before_noon_is_no_gap():
    # "at ____ noon" keyed 12:00: the word after the gap gives it.
    text = "Registration opens at 12:00 noon on Friday and closes at 17:30 on Sunday, they said."
    keys = [q.answer[0] for q in generate(text, language="en").questions]
    assert "12:00" not in keys and "17:30" in keys, keys


def test_a_digit_inside_a_larger_number_does_not_hide_the_digits_form():
    # "the past ____ years" keyed "two" beside "2,000 MW": "2" is still accepted.
    text = (
        "Solar park opens\n\nWe had a goal of 2,000 MW by 2020, but our growth over the past two "
        "years has been such that we reached it early, the company said on Monday.\n"
    )
    two = next(q for q in generate(text, language="en").questions if q.answer[0] == "two")
    assert "2" in two.answer, two.answer


_THE_NUMBER_EN = (
    "Flu cases rise\n\nFrom Oct. 1 to Tuesday, 3,696 people have shown up to emergency "
    "rooms with flu symptoms. During the same period last year, the number was only 1,787. "
    "In Flagler, workers saw 259 residents with symptoms. This year, that number is 431.\n"
)
_LISTED_AR = (
    "تسمم طلاب\n\nوبلغ عدد الحالات 22 حالة، توزعت على ثلاث مستشفيات وهي مستشفى الملك فهد 12 "
    "حالة، مستشفى المدينة المركزي خمس حالات، مستشفى الولادة والأطفال خمس حالات، وتتراوح "
    "أعمارهم من الثانية عشرة حتى السادسة عشرة.\n"
)


@pytest.mark.parametrize(
    "text, language, unasked, asked",
    [
        # "During the same period last year, the number was only ____.", "This year, that
        # number is ____.": reviewers could not tell whose number either was.
        (_THE_NUMBER_EN, "en", {"1,787", "431"}, {"3,696", "259"}),
        # «توزعت على ____ مستشفيات وهي مستشفى …، مستشفى …، مستشفى …»: the prompt lists them.
        (_LISTED_AR, "ar", {"ثلاث", "3"}, {"22"}),
    ],
)
def test_a_figure_the_prompt_cannot_place_or_lists_itself_is_no_gap(text, language, unasked, asked):
    """Rejected in the ninetieth review as unanswerable and as given away."""
    keys = {a for q in generate(text, language=language).questions for a in q.accepted_answers}
    assert not keys & unasked, keys
    assert asked <= keys, keys


def test_a_phrase_gap_does_not_split_a_preposition_from_the_noun_it_makes_a_compound_with():
    """«ومن خلاله قرر جميع الفنيين …» keyed «خلاله قرر …», «وفي ____، قال» keyed «وقت سابق»:
    blind reviewers rejected gaps that split «من خلاله», «في وقت سابق», «من أجل», «على مدار» as
    garbled. The other phrases of the sentence are still asked."""
    text = (
        "عقد الفنيون اجتماعا طويلا في مقر الوكالة، ومن خلاله قرر جميع الفنيين جاهزيتهم للانطلاق. "
        "وفي وقت سابق، أعلنت الوكالة خطة شاملة من أجل تطوير محطات الرصد على مدار عامين كاملين."
    )
    keys = [q.answer[0] for q in generate(text, language="ar").questions if q.type == "cloze"]
    halves = ("خلاله", "وقت", "أجل", "مدار")
    assert not any(key.split()[0] in halves for key in keys), keys
    assert keys, "the sentence's other phrases are still asked"


def test_a_phrase_gap_ends_at_a_preposition_the_stop_list_leaves_out():
    """«… بعد ____ على الحكم» keyed «صافرة النهاية بسبب الاعتراض», «… ____» keyed «ديماراي غراي
    وجاك هندري بسبب الإصابة»: blind reviewers rejected phrase gaps that ran on past «بسبب»,
    «ضمن» and the like as over-long. Each side is a phrase of its own."""
    text = (
        "وتعرض الجناح البرتغالي للطرد بعد صافرة النهاية بسبب الاعتراض على الحكم خالد الطريس. "
        "ويتأهب الهلال لخوض مباراته مع الأهلي الثالث ضمن الجولة ذاتها في ملعب المملكة."
    )
    keys = [q.answer[0] for q in generate(text, language="ar").questions if q.type == "cloze"]
    assert not [k for k in keys if "بسبب" in k or "ضمن" in k], keys
    assert keys, "the sentence's phrases are still asked"


def test_a_spelt_count_after_its_verb_is_keyed_without_the_verb():
    # "then we ____ and lost two" keyed "won five": reviewers rejected it, since the natural
    # answer "five" was marked wrong. The gap is the number; the whole phrase is still right.
    text = (
        "Coach keeps faith\n\nToday we lost but if you see the last seven games then we won five "
        "and lost two, the coach said after the match in Goa.\n"
    )
    gaps = [q for q in generate(text, language="en").questions if q.type == "cloze"]
    five = [q for q in gaps if "five" in q.accepted_answers]
    assert five, [(q.prompt, q.answer) for q in gaps]
    for q in five:
        assert q.answer[0] == "five" and "won ____" in q.prompt, (q.prompt, q.answer)
        assert {"5", "won five"} <= set(q.accepted_answers)
