"""Rules that hold on any news story, on short texts written for them: who a quotation belongs to,
what is a name, a count, a range or a dateline, and what is no list."""

import pytest

from studyapp.domain.generation import document, generate, mentions, propose, quotes
from studyapp.domain.generation.calibration import is_likely
from studyapp.domain.generation.distractors import field_of
from studyapp.domain.generation.keys import organisation_forms, place_forms
from studyapp.domain.generation.number_keys import number_forms
from studyapp.domain.grading import grade
from studyapp.domain.text import split_sentences


def _questions(text: str, language: str | None = None):
    return generate(text, language=language).questions


def _keys(questions) -> list[str]:
    return [q.answer[0] if isinstance(q.answer, list) else q.answer for q in questions]


COACH_EN = (
    "Coach admits defeat hurt\n\n"
    "The team lost 3-0 at home on Saturday night.\n\n"
    "Rovers coach Daniel Marsh was not too disappointed after the heavy defeat as he suggested "
    "that injuries to key players like Peter Vance and Liam Boyd changed the game.\n\n"
    "“We conceded from three set-pieces. Then important players (Peter Vance and Liam Boyd) got "
    "injured and it became difficult for us to keep the ball. It was just three points, not the "
    "end of the world.”\n"
)


def test_a_quotation_after_he_suggested_belongs_to_the_sentences_subject():
    # Questions that name whose words they quote: who-said, "what X said", "X said: «…____»".
    said = [q for q in _questions(COACH_EN) if q.category == "attribution" or " said" in q.prompt]
    assert said
    for q in said:
        if q.type == "cloze":  # by name, or by the role "Who is the Rovers coach?" asks
            assert "Daniel Marsh" in q.prompt or "Rovers coach said" in q.prompt, q.prompt
        else:
            assert "Vance" not in str(q.answer) and "Boyd" not in str(q.answer), q


TWO_SPEAKERS_EN = (
    "Costs keep rising for consumer firms\n\n"
    "Food makers and phone makers warned of higher costs on Tuesday.\n\n"
    "“We see inflationary pressures across the board and they will last into next year,” said "
    "the food group's finance chief Juergen Esser.\n\n"
    "“Late in the quarter we experienced some impact on sales from disturbances in the supply "
    "chain,” Chief Executive Officer Börje Ekholm said.\n"
)


def test_who_said_is_typed_with_the_surname_accepted_when_too_few_people_to_choose_from():
    who = [q for q in _questions(TWO_SPEAKERS_EN) if q.prompt.startswith("Who said")]
    by_answer = {q.answer[0]: q for q in who}
    # Esser is named after "said the food group's finance chief": far from the verb.
    assert "Juergen Esser" in by_answer
    for name, q in by_answer.items():
        assert q.type == "short" and name.split()[-1] in q.answer
        assert name.split()[-1] not in q.prompt


SATELLITE_AR = (
    "إطلاق قمر صناعي جديد الأسبوع المقبل\n\n"
    'أعلن الدكتور محمد القوصي الرئيس التنفيذي لوكالة الفضاء إطلاق القمر الصناعي "نجمة 3" '
    "يوم الخميس في تمام الساعة 11:08 مساءً، بعد لقاء الفنيين في جلسة تسمى "
    '"مراجعة الجاهزية النهائية".\n\n'
    "وأضاف أن عدد الفنيين المشاركين في المشروع يبلغ 60 شخصا من عدة جامعات.\n\n"
    "// انتهى // 13:23 ت م\n"
)


def test_names_in_quotation_marks_and_times_of_day_are_asked_whole():
    questions = propose(SATELLITE_AR).questions
    keys = _keys(questions)
    assert "مراجعة الجاهزية النهائية" in keys and "نجمة 3" in keys
    time = next(q for q in questions if q.type == "cloze" and q.answer[0] == "11:08")
    assert "11" not in time.answer  # the hour alone is not the time
    # The agency's sign-off is no part of the story.
    assert "13:23" not in keys and all("انتهى" not in q.source.text for q in questions)


WELLS_AR = (
    "المرحلة الأولى من المشروع تحتاج إلى 1300 بئر\n\n"
    "قال وزير الري إن المرحلة الأولى من المشروع تحتاج إلى 1300 بئر تم إنجاز 690 بئرا منها.\n\n"
    "واستعدت الوزارة للعام الدراسي 2014ـ2015 بتجهيز المدارس، بعد أن عطل وباء كوفيد - 19 "
    "العمل لعام كامل.\n"
)


def test_a_count_is_asked_as_a_number_and_names_and_ranges_keep_their_numbers():
    questions = _questions(WELLS_AR)
    count = [q for q in questions if q.type in ("cloze", "short") and q.answer[0] == "1300"]
    assert count and all(q.category == "number" for q in count)
    keys = _keys(questions)
    assert "19" not in keys  # "كوفيد - 19" is a name
    assert "2015" not in keys  # the second end of "2014ـ2015"


MARS_EN = (
    "Rover readied for launch\n\n"
    "Engineers showed the Mars 2020 Rover to reporters in Pasadena on Friday.\n\n"
    "The rover will be shipped to Cape Canaveral in February, where it will launch in July.\n\n"
    "Results from Procter & Gamble Co and Danone SA showed higher costs this year.\n"
)


def test_the_number_of_a_name_and_a_name_with_an_ampersand_are_never_split():
    keys = _keys(_questions(MARS_EN))
    assert "2020" not in keys
    assert "Gamble Co" not in keys and "Procter" not in keys


def test_spelt_out_latin_initials_do_not_end_an_arabic_sentence():
    text = 'أوضح الرئيس التنفيذي للشركة "سي. سي. وي" أن الطلب قوي. ثم غادر القاعة.'
    assert [s.text for s in split_sentences(text)] == [
        'أوضح الرئيس التنفيذي للشركة "سي. سي. وي" أن الطلب قوي.',
        "ثم غادر القاعة.",
    ]


DATELINE_AR = (
    "ماسك يتحدث عن السلامة في المدن\n\n"
    "نيويورك، 18 أبريل.\n\n"
    "وافق رجل الأعمال إيلون ماسك، بعد مقابلة مع مؤسس تطبيق المراسلة بافيل دوروف، على أن السلامة "
    "في المدن مهمة للأعمال، وذكر دوروف أنه تعرض لهجوم في سان فرانسيسكو والاهتمام الوثيق "
    "بالأمن ضروري.\n"
)


def test_a_dateline_on_its_own_and_a_list_of_unlike_things_are_not_asked():
    questions = _questions(DATELINE_AR)
    assert "18 أبريل" not in _keys(questions)
    assert not [q for q in questions if q.type == "multi" and "سان فرانسيسكو" in q.answer]


PHASES_EN = (
    "Vaccination plan announced\n\n"
    "The minister said the campaign has three phases. In the first phase, health workers will be "
    "vaccinated. In the second phase, people over 65 years of age will be vaccinated. In the "
    "third phase, the general public will be vaccinated.\n\n"
    "The country received 500,000 doses on Monday, and 500,000 doses more are expected in "
    "March.\n\n"
    "(Reuters) – Results from Procter & Gamble Co and Danone SA showed higher costs.\n"
)


def test_a_number_is_asked_once_and_not_beside_the_order_question_that_shows_it():
    questions = _questions(PHASES_EN)
    order = [q for q in questions if q.type == "order"]
    assert order and any("65" in step for step in order[0].answer)
    keys = _keys(questions)
    assert "65" not in keys  # the second step shows it
    assert keys.count("500,000") <= 1


def test_an_organisation_is_accepted_without_its_legal_form():
    gaps = {q.answer[0]: q.answer for q in _questions(PHASES_EN) if q.type == "cloze"}
    assert "Danone" in gaps.get("Danone SA", ["Danone"])
    assert "Results" not in gaps  # the first word after the dateline names nothing


def test_a_firm_of_partners_is_accepted_by_its_founders_name():
    """«ماكينزي وشركاؤه» keyed alone marked «ماكينزي» wrong in a held-out review."""
    assert organisation_forms("ماكينزي وشركاؤه") == ["ماكينزي"]
    assert organisation_forms("McKinsey & Company") == ["McKinsey"]
    assert organisation_forms("Goldman Sachs") == []


def test_a_club_is_accepted_as_its_fans_call_it():
    """ "Neroca FC" keyed alone marked "Neroca" wrong (set z, after its review)."""
    assert organisation_forms("Neroca FC") == ["Neroca"]
    assert organisation_forms("Odisha F.C.") == ["Odisha"]
    assert organisation_forms("Manchester United") == []


def test_a_number_in_words_lists_its_digits_among_the_answers():
    assert number_forms("three points") == ["3 points"]
    assert "4 آلاف" in number_forms("أربعة آلاف", "ar")
    assert number_forms("one of them") == []  # "one" is no count in running text


def test_a_share_written_in_words_is_accepted_with_the_sign_too():
    """A reviewer rejected 'Crop production dropped ____ below the 20 year average.' keyed '20
    per cent' alone: '20%' and '20 percent' were marked wrong."""
    questions = _questions(
        "Crops report\n\nCrop production dropped 20 per cent below the 20 year average.\n", "en"
    )
    gap = next(q for q in questions if q.answer[0] == "20 per cent")
    for typed in ("20", "20%", "20 percent", "20 per cent"):
        assert grade(gap, typed).correct, (typed, gap.answer)
    assert not grade(gap, "21%").correct
    assert number_forms("2.2 بالمئة", "ar")[:2] == ["2.2", "2.2%"]


def test_a_sum_in_the_accusative_and_a_time_with_a_point_take_the_forms_students_type():
    """Reviewers rejected «____ مليوناً» keyed «726 مليوناً» («726 مليون» marked wrong) and an
    arrival 'at ____ pm' keyed '6.05' ('6:05' marked wrong)."""
    questions = _questions(
        "تجارة مصر\n\nوبلغت صادرات مصر إلى الصين 726 مليوناً خلال العام الماضي.\n", "ar"
    )
    gap = next(q for q in questions if q.type == "cloze" and "726" in q.answer[0])
    assert grade(gap, "726 مليون").correct, gap.answer
    # The scale word is part of the sum the gap asks: "726" alone is another number (set s).
    assert not grade(gap, "726").correct
    flight = _questions(
        "Flight report\n\nThe first flight landed at 6.05 pm on Sunday in the city.\n", "en"
    )
    arrival = next(q for q in flight if q.type == "cloze" and q.answer[0] == "6.05")
    assert grade(arrival, "6:05").correct, arrival.answer
    price = _questions(
        "Deal report\n\nShareholders will receive $16.25 in cash for each share.\n", "en"
    )
    cash = next(q for q in price if "16.25" in q.answer)
    assert "16:25" not in cash.answer  # a price is no time


def test_a_year_beside_the_year_after_it_is_not_asked():
    """ "… 29.3 million tonnes in 2018 to ____" keyed 2019: a reviewer rejected it as trivial,
    the next year; "in ____ to 2019" gives itself away as well. Two years apart are two
    facts."""
    text = (
        "Crops report\n\n"
        "Winter crop production fell by 23 per cent to 29.3 million tonnes in 2018 to 2019.\n\n"
        "The bridge opened in 1990 and closed in 2012.\n"
    )
    keys = _keys(_questions(text, "en"))
    assert "2018" not in keys and "2019" not in keys, keys
    assert "1990" in keys and "2012" in keys, keys


def test_a_place_is_accepted_by_its_other_name():
    """A reviewer marked «أمريكا» wrong for a gap keyed «الولايات المتحدة», and «موسكو» for
    one keyed «العاصمة الروسية»."""
    assert "أمريكا" in place_forms("الولايات المتحدة")
    assert place_forms("العاصمة الروسية") == ["موسكو"]
    assert place_forms("موسكو") == []  # "the Russian capital" is no answer one types for it
    assert "America" in place_forms("the United States")
    assert place_forms("Lyon") == []


def test_english_abbreviations_of_law_and_dates_do_not_end_a_sentence():
    text = "In Brown v. Board of Education the court ruled. He was born (c. 1600) in Paris."
    assert len(split_sentences(text)) == 2


MEDIA_AR = (
    "وزيرة التجارة تحذر من نقص الرقائق\n\n"
    'وقالت وزيرة التجارة جينا رايموندو لشبكة "سي ان ان" إن النقص سيستمر حتى العام المقبل، '
    'وذكر الوزير في حوار لوكالة أنباء البحرين "بنا" أن المصانع تعمل بكامل طاقتها.\n\n'
    'وأطلقت الوزارة برنامجا جديدا باسم "رقائق للجميع" لدعم المصانع الصغيرة.\n'
)


def _gap_keys(text: str) -> list[str]:
    return _keys([q for q in _questions(text) if q.type == "cloze"])


def test_a_quoted_portal_the_words_were_given_to_is_no_gap():
    """«وأشار «القاضي» في تصريحات لبوابة «الهلال اليوم»، أن …» keyed «الهلال اليوم»: a blind
    reviewer rejected the outlet as boilerplate, as the channel and the agency above."""
    text = (
        "المرصد القديم لن يغلق\n\n"
        'وأشار رئيس المعهد في تصريحات لبوابة "الأخبار اليوم"، أن المرصد القديم سيتحول إلى '
        "مركز للتدريب بتكلفة 20 مليون جنيه.\n\n"
        'وأطلق المعهد برنامجا جديدا باسم "سماء للجميع" لتعليم الفلك.\n'
    )
    gaps = _gap_keys(text)
    assert "الأخبار اليوم" not in gaps and "سماء للجميع" in gaps, gaps


def test_a_quoted_name_with_its_latin_spelling_beside_it_is_no_gap():
    """«حيث تعد “____” (Shell) …» keyed «شل»: a blind reviewer rejected it as given away."""
    text = (
        "اكتشافات نفطية جديدة\n\n"
        "وتسعى الدولة إلى زيادة إنتاجها من النفط بمؤازرة شركات عالمية، حيث تعد “شل” (Shell) "
        "من أكبر المشغلين في البلاد، وأطلقت الوزارة برنامجا باسم “نفط الغد” لتدريب المهندسين.\n\n"
        "وبلغ الإنتاج 1.2 مليون برميل يوميا في العام الماضي.\n"
    )
    gaps = _gap_keys(text)
    assert "شل" not in gaps and "نفط الغد" in gaps, gaps


def test_a_quoted_channel_or_agency_is_no_gap_but_a_quoted_name_is():
    questions = _questions(MEDIA_AR)
    gaps = _keys([q for q in questions if q.type == "cloze"])
    assert "سي ان ان" not in gaps and "بنا" not in gaps
    assert "رقائق للجميع" in gaps
    # The channel is asked as where the minister spoke (test_venues.py), not as a gap.
    (venue,) = [q for q in questions if q.category == "venue"]
    # The minister is named by the role a "who is" question asks (test_role_names.py).
    assert venue.prompt == "لأي شبكة تحدثت وزيرة التجارة؟"


def test_a_range_with_thousands_commas_is_never_cut_inside_a_number():
    """«1،500» is one number: a range ends after it, not inside it ("من ____،500" keyed
    "5 إلى 1")."""
    text = (
        "أسعار الشقق في العاصمة\n\n"
        "تراوحت أسعار الشقق في العاصمة من 5 إلى 1،500 دينار خلال العام الماضي بحسب التقرير.\n\n"
        "وبلغ عدد الشقق المعروضة بين 1،200 و 1،500 شقة في الربع الأخير من العام.\n"
    )
    questions = _questions(text, "ar")
    for q in questions:
        assert "____،" not in q.prompt and "____٬" not in q.prompt, q.prompt
        for key in q.accepted_answers if q.type in ("cloze", "short") else []:
            assert not key.endswith(("إلى 1", "و 1", "-1")), (q.prompt, key)


def test_a_day_written_with_its_drawn_out_article_is_blanked_whole():
    """«يوم الـ____ الجاري» keyed "7 من شهر سبتمبر" was judged garbled: the gap left «الـ»
    hanging. The gap takes it, and the day is accepted without it."""
    text = (
        "عودة الطلاب إلى المدارس\n\n"
        "وذكر الوزير في حوار صحفي أنه بداية من يوم الـ7 من شهر سبتمبر الجاري سيتم استقبال "
        "الطلاب في جميع المدارس الحكومية بصورة طبيعية.\n"
    )
    dates = [q for q in _questions(text, "ar") if q.category == "date" and q.type != "mcq"]
    assert dates, "the date is not asked"
    for q in dates:
        assert "الـ____" not in q.prompt, q.prompt
        assert "7 سبتمبر" in q.accepted_answers, q.accepted_answers


def test_a_bodys_name_with_its_for_phrase_is_one_name():
    """A reviewer judged "the ____ for Industrialization" keyed "Arab Organization" garbled."""
    text = (
        "Ministers review the dam project\n\n"
        "The review was attended by engineers from the National Authority for Water Resources "
        "and the Regional Department of the Coastal Provinces, who presented the new plans.\n\n"
        "The dam will hold 40 million cubic metres of water when it opens in 2027.\n"
    )
    for q in _questions(text, "en"):
        keys = q.accepted_answers if q.type in ("cloze", "short") else []
        assert "____ for Water" not in q.prompt and "National Authority" not in keys, q.prompt
        assert "____ of the Coastal" not in q.prompt, q.prompt


def test_a_phase_said_by_when_it_starts_and_what_it_holds_is_what_it_holds():
    """«المرحلة الثالثة ستبدأ بعد ترسيخ التهدئة وستشمل تفعيل …» gave the step «بعد ترسيخ
    التهدئة وستشمل تفعيل …», judged garbled twice; the other steps are what they hold."""
    text = (
        "اتفاق على ثلاث مراحل\n\n"
        "وقال الوزير إن المرحلة الأولى تتضمن فتح الطرق الرئيسية بين المدن.\n\n"
        "وأضاف أن المرحلة الثانية تتضمن إعادة الكهرباء إلى القرى الشرقية.\n\n"
        "وتابع أن المرحلة الثالثة ستبدأ بعد عودة الهدوء وستشمل إعادة فتح المدارس في المحافظة.\n"
    )
    (order,) = [q for q in _questions(text, "ar") if q.type == "order"]
    assert order.answer[2].startswith("إعادة فتح المدارس"), order.answer


def test_a_sentences_opening_word_is_no_part_of_the_name_after_it():
    """ "Earlier Viking settlers …", "Between Bingen and Bonn, …": gaps keyed "Earlier Viking"
    and "Between Bingen" in a held-out review."""
    text = (
        "The river valley\n\n"
        "Between Bingen and Bonn, the Middle Rhine flows through a gorge made by erosion.\n\n"
        "Earlier Viking settlers had begun arriving in the 880s along the valley.\n"
    )
    for q in _questions(text, "en"):
        keys = q.accepted_answers if q.type in ("cloze", "short") else [str(q.answer)]
        assert not any(k.startswith(("Between ", "Earlier ")) for k in keys), (q.prompt, keys)


def test_a_names_number_alone_is_no_answer_for_the_name():
    """«بليكس 7» accepted a bare "7" in a held-out review."""
    text = (
        "مسلسلات الخيال العلمي\n\n"
        'أعيد إصدار الموسيقى الأصلية لمسلسل "بليكس 7" في التسعينات بعد نجاح المسلسل الكبير.\n\n'
        "وحقق المسلسل نجاحا كبيرا في عدة دول أوروبية خلال سنوات عرضه الأولى.\n"
    )
    for q in _questions(text, "ar"):
        if q.type == "cloze" and "بليكس 7" in q.accepted_answers:
            assert "7" not in q.accepted_answers, q.accepted_answers


def test_an_accusative_noun_after_a_name_is_no_part_of_it():
    """«… جوزيف ستيجليتز دليلًا على …»: the key «جوزيف ستيجليتز دليلًا» in a held-out review."""
    from studyapp.domain.generation import document, mentions

    text = (
        "عدم المساواة\n\n"
        "وقدم الخبير الاقتصادي جوزيف ستيجليتز دليلًا على أن عدم المساواة يبطئ النمو الاقتصادي.\n"
    )
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    assert list(doc.people) == ["جوزيف ستيجليتز"]


def test_a_number_that_says_which_one_is_no_gap():
    """ "diabetes mellitus type ____" keyed "1": a held-out reviewer's trivial gap."""
    text = (
        "Autoimmune diseases\n\n"
        "Common autoimmune diseases include rheumatoid arthritis, diabetes mellitus type 1, and "
        "lupus, which affect about 24 million people in the country.\n"
    )
    prompts = [q.prompt for q in _questions(text, "en") if q.type == "cloze"]
    assert not any("type ____" in p for p in prompts), prompts
    assert any("about ____" in p for p in prompts), prompts  # the count is still asked


def test_a_range_of_years_written_short_is_blanked_whole():
    """ "in ____–40" keyed "1038": a held-out reviewer's garbled gap."""
    text = (
        "Norman mercenaries\n\n"
        "Norman soldiers served with Lombard contingents in the Sicilian campaign of 1038–40, "
        "when the island was still held by its emirs.\n"
    )
    kinds = ("date", "number")
    dates = [q for q in _questions(text, "en") if q.category in kinds and q.type == "cloze"]
    assert dates, "no gap on the years"
    assert all("____–40" not in q.prompt for q in dates), [q.prompt for q in dates]
    assert any(q.answer[0] == "1038–40" for q in dates), [q.answer for q in dates]


# The list told without the coach's name in its sentence, so that both sentences make one.
COACH_APART_EN = COACH_EN.replace(
    "Rovers coach Daniel Marsh was not",
    "Rovers coach Daniel Marsh spoke after the match. He was not",
)


@pytest.mark.parametrize("text", [COACH_EN, COACH_APART_EN])
def test_players_named_as_a_list_are_asked_once_and_never_beside_the_coach(text):
    # "injuries to key players like Peter Vance and Liam Boyd", then "(Peter Vance and Liam
    # Boyd) got injured": one fact, asked at most once. With the coach the only other person,
    # there is no fair wrong choice for a select-all: reviewers rejected the coach offered
    # among the injured players (hundred-and-thirty-second review, and set w's).
    questions = _questions(text)
    assert not any(q.type == "multi" and "Daniel Marsh" in q.choices for q in questions)
    asked = [
        q
        for q in questions
        if any(name in map(str, q.answer) for name in ("Peter Vance", "Liam Boyd"))
    ]
    assert len(asked) <= 1, [(q.prompt, q.answer) for q in asked]


RAILWAY_EN = (
    "Railway chief named\n\n"
    "China appointed Sheng Guangzu as the new head of the national railway company on Monday, "
    "the ministry said.\n\n"
    'Sheng, 62, previously led the customs administration for five years. "The railway must '
    'serve the people first," Sheng said at a meeting in Beijing.\n'
)


def test_a_family_name_written_first_is_accepted_where_the_article_uses_it_alone():
    # "Sheng Guangzu … Sheng said": a student who types "Sheng" is right.
    drafts = propose(RAILWAY_EN).questions
    named = [q for q in drafts if "Sheng Guangzu" in q.answer]
    assert named, [q.answer for q in drafts]
    assert all("Sheng" in q.answer for q in named), [q.answer for q in named]


VACCINE_EN = (
    "Coronavirus vaccination campaign to be started today\n\n"
    "Minister for Planning and Development Asad Umar said on Tuesday that the campaign will "
    "begin today in the presence of Prime Minister Imran Khan.\n\n"
    "In a tweet, the minister said that the national COVID-19 vaccination campaign will begin in "
    "the provincial capitals, and that 500,000 doses reached Islamabad on Monday.\n"
)


def test_no_gap_on_what_the_headline_names_nor_on_half_of_a_ministry():
    # "the national ____ vaccination campaign" under "Coronavirus vaccination campaign …", and
    # "Minister for ____ and Development": the headline, or the rest of the name, gives it.
    keys = [q.answer[0] for q in _questions(VACCINE_EN) if q.type == "cloze"]
    assert "COVID-19" not in keys and "Planning" not in keys, keys
    assert "500,000" in keys, keys


@pytest.mark.parametrize(
    "text, key",
    [
        ("Minister for Planning and Development Asad Umar said", "Planning"),
        ("the Gulf of Mexico coast", "Mexico"),
    ],
)
def test_a_gap_after_a_capitalised_word_and_of_or_for_is_half_of_a_name(text, key):
    from studyapp.domain.generation.given import in_a_name

    start = text.index(key)
    assert in_a_name(text, start, start + len(key))


def test_a_first_name_is_not_accepted_for_standing_in_another_name():
    # "St. Michael Medical Center" and "Board Member Jacob George said" do not make "Michael"
    # or "George" the way the article calls Michael Anderson or George Barnes.
    from studyapp.domain.generation import document, mentions
    from studyapp.domain.generation.keys import person_forms

    text = (
        "Outbreak at hospital\n\n"
        "An outbreak at St. Michael Medical Center is linked to 30 cases, officials said.\n\n"
        "The outbreak has affected three units, chief medical officer Michael Anderson said. "
        "“We will reopen soon,” Superintendent George Barnes said. “Not soon enough,” Board "
        "Member Jacob George said.\n"
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    assert "Michael" not in person_forms(doc, "Michael Anderson")
    assert "George" not in person_forms(doc, "George Barnes")


def test_who_holds_a_role_is_not_asked_when_another_holds_a_fuller_name_of_it():
    # "Who is the County Commissioner?" where Allan Bradford is "Dade County Commissioner" too:
    # a reviewer found the wrong choice also right. "Prime Minister" beside "Deputy Prime
    # Minister" is another role, still asked.
    commissioners = (
        "Tax vote\n\n"
        "County Commissioner Mitchell Smith looked at the crowd before the vote on Thursday. "
        "Dade County Commissioner Allan Bradford took a deep breath and said no.\n"
    )
    who = [q.prompt for q in _questions(commissioners) if q.prompt.startswith("Who is")]
    assert "Who is the County Commissioner?" not in who, who
    ministers = (
        "Cabinet meets\n\n"
        "Prime Minister Imran Khan chaired the meeting in Islamabad on Monday. Deputy Prime "
        "Minister Ishaq Dar presented the budget of 14 ministries.\n"
    )
    who = [q.prompt for q in _questions(ministers) if q.prompt.startswith("Who is")]
    assert "Who is the Prime Minister?" in who, who


def test_the_country_the_headline_names_by_another_name_is_not_asked():
    # "United States" under "… commissioned in USA" is the article's own setting.
    text = (
        "250 MW solar park commissioned in USA\n\n"
        "Innergex has commissioned a 250 MW solar park in Texas, the company said on Tuesday. "
        "The farm covers 3,500 acres of land.\n\n"
        "The company now runs 40 wind and solar farms in Canada, France and the United States, "
        "where it plans to build six more by 2025.\n"
    )
    keys = [q.answer[0] for q in _questions(text)]
    assert "United States" not in keys and "3,500" in keys, keys


def test_according_to_which_body_is_not_asked_of_the_body_the_headline_names():
    # «بحسب أي جهة: …؟» keyed «وزارة الكهرباء» under the headline «الكهرباء العراقية: …».
    text = (
        "الكهرباء العراقية: بصدد التعاقد مع السعودية بشأن الطاقة الشمسية\n\n"
        "أعلنت وزارة الكهرباء، الأربعاء، أنها بصدد التعاقد مع السعودية بشأن الطاقة الشمسية.\n\n"
        "وقال المتحدث باسم الوزارة أحمد موسى إن الوزارة ستنتج 7500 ميغا واط من الطاقة.\n"
    )
    asked = [q for q in _questions(text, "ar") if q.prompt.startswith("بحسب أي جهة")]
    assert not asked, [q.prompt for q in asked]


def test_a_weekday_someone_spoke_on_or_between_other_days_is_no_gap():
    """«وأضاف صدقي، الخميس، أن …»: the day he spoke; «تبدأ يوم السبت، وتشتد يومي الأحد والاثنين»:
    each day of the run is given away by the days beside it."""
    text = (
        "منخفض جوي\n\n"
        "وأضاف صدقي، الخميس، أن المملكة تتأثر بمنخفض جوي يتمركز فوق جزيرة قبرص.\n\n"
        "وبين أن الأمطار تبدأ بالهطل يوم السبت، وتشتد يومي الأحد والاثنين.\n"
    )
    keys = [q.answer[0] for q in _questions(text, "ar") if q.category == "date"]
    assert not any(k in ("الخميس", "الأحد", "الاثنين") for k in keys), keys


OIL_AR = (
    "صادرات النفط العراقية\n\n"
    "ويحتلّ العراق المركز الخامس عالمياً باحتياطي نفط يبلغ 148 ملياراً و800 ألف برميل، وهو ثاني"
    " أكبر بلد منتج للنفط الخام في أوبك.\n\n"
    "وأشار البيان الذي تابعته كوردستان 24، أن مجموع الصادرات بلغ (99) مليوناً (867) ألفاً"
    " و(946) برميلاً، بإيرادات بلغت (8.231) مليار دولار.\n\n"
    "وبلغت الكميات المصدرة من حقول كركوك (2) مليون و( 363) ألفاً و(20)"
    " برميلاً.\n"
)


def test_a_sum_in_two_scales_is_one_key_and_parts_and_an_outlet_s_number_are_not_asked():
    """«148 ملياراً و800 ألف» was asked as «____ و800 ألف» keyed «148 ملياراً»; «(2) مليون
    و( 363) ألفاً» gave gaps on its bracketed parts, and «كوردستان 24» a gap keyed '24'."""
    gaps = [q for q in _questions(OIL_AR, "ar") if q.type == "cloze" and q.category == "number"]
    keys = [q.answer[0] for q in gaps]
    assert "148 ملياراً و800 ألف" in keys, keys
    whole = next(q for q in gaps if q.answer[0] == "148 ملياراً و800 ألف")
    assert grade(whole, "148 مليار و800 ألف").correct and not grade(whole, "148").correct
    assert not {"24", "2", "363", "99", "867", "946", "20"} & set(keys), keys
    assert "8.231" in keys, keys  # a bracketed number alone is a number


def test_a_storm_a_carrier_and_a_day_of_this_month_take_the_short_answer_too():
    """Reviewers marked rejected 'Hurricane Ida' keyed alone ('Ida' marked wrong), 'United
    Airlines' ('United'), and «يوم الجمعة ____ الجاري» keyed «26 من شهر سبتمبر» ('26')."""
    storm = _questions(
        "Rain ahead\n\nThe storm that started the week as Hurricane Ida weakened on Tuesday.\n",
        "en",
    )
    ida = next(q for q in storm if q.type == "cloze" and q.answer[0] == "Hurricane Ida")
    assert grade(ida, "Ida").correct and not grade(ida, "Hurricane").correct
    merger = _questions(
        "Merger vote\n\nShareholders of Continental backed the merger with United Airlines on"
        " Friday in Houston.\n",
        "en",
    )
    united = next(q for q in merger if q.type == "cloze" and q.answer[0] == "United Airlines")
    assert grade(united, "United").correct
    weather = _questions(
        "طقس مصر\n\nوتوقعت الهيئة سقوط أمطار يوم الجمعة 26 من شهر سبتمبر الجاري على السواحل.\n",
        "ar",
    )
    day = next(q for q in weather if q.type == "cloze" and q.category == "date")
    assert grade(day, "26").correct and grade(day, "26 سبتمبر").correct


SCARE_QUOTES_EN = (
    "Rail delays branded unacceptable\n\n"
    'Former transport secretary Grant Shapps said the new timetable was "bloody '
    'unacceptable" after more than 400 trains were cancelled on Monday.\n\n'
    'The rover, named "Perseverance", will land in a crater called "Jezero" next year, '
    "the agency said.\n"
)


def test_words_someone_said_in_quote_marks_are_no_name_to_ask():
    """'said the new timetable was "bloody unacceptable"': blind reviewers rejected the gap
    keyed "bloody unacceptable" as a duplicate of the who-said that quotes it; a quoted name
    with its capitals ("Perseverance") is still asked."""
    keys = [
        q.answer[0] for q in generate(SCARE_QUOTES_EN, language="en").questions if q.type == "cloze"
    ]
    assert "bloody unacceptable" not in keys, keys
    assert "Perseverance" in keys or "Jezero" in keys, keys


COUNTY_EN = (
    "County Opens New Storm Shelter\n\n"
    "Fairfield County opened a storm shelter on Buckeye Road on Friday, officials said.\n\n"
    "The shelter cost $1.2 million and took 14 months to build, said Mike Kochis, director of "
    "the county emergency agency.\n"
)


def test_the_kind_of_place_alone_is_no_right_answer_for_its_name():
    """A headline in title case writes "County" alone: "Fairfield County" keyed, a student
    typing "County" named no county and must be marked wrong; "Fairfield County" is right."""
    gaps = [
        q
        for q in generate(COUNTY_EN, language="en").questions
        if q.type == "cloze" and q.answer[0] == "Fairfield County"
    ]
    assert gaps, "the county is asked"
    assert grade(gaps[0], "Fairfield County").correct
    assert not grade(gaps[0], "County").correct, gaps[0].answer


@pytest.mark.parametrize("outlet", ["Sky Sports News", "GB News", "LBC News", "Times Radio News"])
def test_an_english_speakers_unknown_outlet_gets_no_arab_channel_as_a_wrong_choice(outlet):
    """ "Which news outlet did the former transport secretary speak to?" keyed "Channel 4 News"
    offered "Sky News Arabia": blind reviewers rejected it as implausible for a British MP."""
    text = (
        "Rail delays anger passengers\n\n"
        "Former transport secretary Grant Shapps said the new timetable had failed passengers "
        "after more than 400 trains were cancelled on Monday.\n\n"
        f'"This is not good enough," Shapps told {outlet} on Tuesday.\n\n'
        "Network Rail spokesman Tom Hill said services would be back to normal by Friday.\n"
    )
    venues = [q for q in generate(text, language="en").questions if q.category == "venue"]
    assert venues and venues[0].choices and outlet in venues[0].choices, venues
    arab = {"Al Jazeera", "Al Arabiya", "Sky News Arabia"}
    assert not arab & set(venues[0].choices), venues[0].choices


def _who_said(text: str) -> dict[str, str]:
    """{speaker: prompt} of the who-said questions (typed or with choices) on an English text."""
    return {
        q.answer if isinstance(q.answer, str) else q.answer[0]: q.prompt
        for q in generate(text, language="en").questions
        if q.category == "attribution" and q.type != "cloze"
    }


def test_a_reported_clause_opened_by_a_possessive_is_what_was_said():
    """ "Nick Saban said his team was not ready …" reports what he said as "said the team was"
    does; "said his goodbyes to the staff" says nothing."""
    text = (
        "Saban unhappy after loss\n\n"
        "Alabama coach Nick Saban said his team was not ready for the game against Georgia.\n\n"
        "Georgia coach Kirby Smart said the defence had played its best game of the season.\n\n"
        "Tom Hill said his goodbyes to the staff before leaving the club on Friday.\n"
    )
    who = _who_said(text)
    assert "Nick Saban" in who and "his team was not ready" in who["Nick Saban"], who
    assert "Tom Hill" not in who, who


def test_what_a_person_is_given_as_saying_after_according_to_is_theirs():
    """ "According to police spokesman Tom Brady, the driver fled …": his words, as after "said
    that"; "According to Reuters, …" names an outlet, no speaker."""
    text = (
        "Driver flees after crash\n\n"
        "According to police spokesman Tom Brady, the driver fled the scene on foot after the "
        "crash on Main Street.\n\n"
        "Fire chief Ann Lowe said two people were taken to hospital with minor injuries.\n\n"
        "According to Reuters, the car had been reported stolen earlier in the week.\n"
    )
    who = _who_said(text)
    assert "Tom Brady" in who and "the driver fled the scene" in who["Tom Brady"], who
    assert "Reuters" not in who, who


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Board chair Lisa Nguyen told reporters the vote would be held next week at the hall.",
            "the vote would be held next week at the hall",
        ),
        (
            "Mayor Ann Cole told CNN the city would reopen its schools on Monday morning.",
            "the city would reopen its schools on Monday morning",
        ),
        ("Mayor Ann Cole told the council the plan for the new park near the river.", None),
    ],
)
def test_what_someone_told_listeners_without_that_is_what_they_said(sentence, said):
    """ "told reporters the vote would be held …": whom she told, then what; "told the council
    the plan for …" (no auxiliary) names two objects, and nothing said."""
    doc = document.parse("Council news\n\n" + sentence, "en")
    mentions.spot(doc)
    found = [a.statement for a in quotes.find(doc)]
    assert found == ([said] if said else []), found


SOLAR_EN = (
    "Regulators approve solar farm\n\n"
    "State regulators approved a solar farm on Thursday, the utility said.\n\n"
    "Rebecca Valcq, chair of the Public Service Commission, said the project would keep costs "
    "low for customers.\n\n"
    "Matt Cullen, a spokesman for Madison Gas and Electric, said he expected construction to "
    "begin in 2027.\n\n"
    "Tom Reed, a local farmer, said he would lease 200 acres of his land to the project.\n"
)


def test_a_he_in_the_words_asked_leaves_no_woman_among_the_choices():
    """ "Who said that he expected construction to begin …?" offered Rebecca Valcq: blind
    reviewers rejected it as given away ("'he' rules out Rebecca Valcq"). Where the article
    says nothing of her gender, her given name does, as it does to a reader."""
    for question in generate(SOLAR_EN, language="en").questions:
        if question.category == "attribution" and "that he " in question.prompt:
            assert "Rebecca Valcq" not in (question.choices or []), question
            assert "Rebecca Valcq" not in question.accepted_answers, question


def test_a_body_the_article_writes_with_the_keeps_it_in_a_role_question():
    """ "Who is Public Service Commission's chair?" read badly: the article writes "the Public
    Service Commission", and so does the question."""
    prompts = [
        q.prompt for q in generate(SOLAR_EN, language="en").questions if q.category == "role"
    ]
    commission = [p for p in prompts if "Public Service Commission" in p]
    assert commission and all("the Public Service Commission" in p for p in commission), prompts


def test_a_cloud_of_ash_makes_no_tech_article_and_no_chief_executive_a_choice():
    """A volcano report says "cloud" three times: its field was read as tech, and a who-said
    offered Andy Jassy and Sam Altman beside the volcanologist (rejected as filler)."""
    text = (
        "Volcano erupts again\n\n"
        '"The eruption was bigger than last week, and the ash cloud rose nearly 10 miles," said '
        "John Shepherd, a volcanologist at the observatory.\n\n"
        "The cloud drifted west over the sea, and a second cloud followed an hour later, said "
        "Frank Hooper, the island's disaster chief.\n"
    )
    assert field_of(text) == ""
    for question in generate(text, language="en").questions:
        assert not {"Andy Jassy", "Sam Altman", "Satya Nadella"} & set(question.choices or []), (
            question
        )


SWIMMER_EN = (
    "Swimmer sets world record\n\n"
    "Natalie Coughlin set a world record in the 100-meter backstroke on Saturday, finishing in "
    "59.58 seconds at the national championships in Fort Lauderdale.\n\n"
    "Coughlin, who won the James E. Sullivan Award last year, said she had trained for several "
    "hundred hours since the Olympics.\n\n"
    'Channel 2\'s Tom Jones spoke with fans at the pool on Saturday. "She deserves it," said '
    "Mary Lee, a fan from Atlanta.\n\n"
    "(Visited 99 times, 1 visits today)\n"
)


def test_no_gap_on_a_page_counter_a_channel_number_or_a_bare_hundred_and_no_award_is_a_person():
    """Blind reviewers of fresh news rejected "(Visited ____ times, …)", "Channel ____'s"
    (boilerplate), "several ____ hours" keyed "hundred" (and 100 accepted), and "James E.
    Sullivan Award" offered as a speaker. The record time is still asked."""
    doc = document.parse(SWIMMER_EN, "en")
    mentions.spot(doc)
    assert "James E. Sullivan Award" not in doc.people, doc.people
    questions = propose(SWIMMER_EN, language="en").questions
    keys = [q.answer[0] for q in questions if q.type == "cloze"]
    assert "59.58" in keys, keys
    assert not {"99", "1", "2", "hundred"} & set(keys), keys
    assert not any("Visited" in q.prompt for q in questions)


def test_a_stations_number_after_its_call_letters_is_no_count_to_ask():
    """ "MILWAUKEE -- (CBS ____) After an increase in flu cases …" keyed 58: a blind reviewer
    rejected the station's number as trivial. The story's own numbers are still asked."""
    text = (
        "Flu cases rise\n\n"
        "MADISON -- (WKOW 27) After an increase in flu cases this season, doctors are urging "
        "people to get vaccinated.\n\n"
        "In Dane County, there have been 214 flu-related hospitalizations this season, and "
        "FOX 47 reported that clinics ran out of doses.\n"
    )
    keys = [q.answer[0] for q in generate(text, language="en").questions if q.type == "cloze"]
    assert "214" in keys, keys
    assert not {"27", "47"} & set(keys), keys


def test_the_two_of_people_named_before_is_no_count_to_ask():
    """ "Lawyers for Colorado and Segura said the ____ expect to be deported" keyed "two" (with
    "two expect" accepted): a blind reviewer rejected it; "the two" points back at them."""
    text = (
        "Men sentenced in bribery plot\n\n"
        "Francisco Colorado and Ramon Segura were sentenced on Monday to three years in prison "
        "for a plot to bribe a federal judge, prosecutors said.\n\n"
        "Lawyers for Colorado and Segura said the two expect to be deported soon.\n"
    )
    keys = [q.answer for q in generate(text, language="en").questions if q.type == "cloze"]
    assert not any("two" in key for key in keys), keys
    assert any("three" in key for key in keys), keys


def test_the_two_sides_of_a_dispute_is_no_count_to_ask():
    """ "small discussions between the ____ sides had been a game changer" keyed "two": a blind
    reviewer rejected it as trivial; "the two sides" points back at the parties named."""
    text = (
        "Teachers strike enters second week\n\n"
        "Teachers and the district met for nine hours on Friday as the strike entered its "
        "second week.\n\n"
        "The union president says small discussions between the two sides had been a game "
        "changer.\n"
    )
    keys = [q.answer for q in generate(text, language="en").questions if q.type == "cloze"]
    assert not any("two" in key for key in keys), keys
    assert any("nine" in key for key in keys), keys


def test_words_quoted_after_a_colon_are_said_not_a_name():
    """«قائلا: "الأوضاع المصرية مستقرة"» gave a gap keyed «الأوضاع المصرية مستقرة» as if it
    named a thing, shown first: a blind reviewer rejected it; after a colon a quotation is
    words said (the broad net may still offer it, folded with the phrases)."""
    text = (
        "وزير المالية: الاقتصاد مستقر\n\n"
        'طمأن الدكتور محمد معيط وزير المالية على الوضع الاقتصادي، قائلا: "الأوضاع المصرية '
        'مستقرة"، مشيرا إلى توفر السلع في الأسواق.\n\n'
        "وأضاف الوزير أن الحكومة ستدعم 500 مصنع خلال العام المقبل.\n"
    )
    questions = generate(text, language="ar").questions
    named = [q.answer[0] for q in questions if q.type == "cloze" and q.category == "entity"]
    shown = [q.answer[0] for q in questions if q.type == "cloze" and is_likely(q)]
    assert "الأوضاع المصرية مستقرة" not in named + shown, (named, shown)
    assert "500" in shown, shown


def test_an_office_listed_among_others_is_no_person():
    """ "including the Clerk of the Court, Property Appraiser, Sheriff and Tax Collector" made
    "Property Appraiser" a person holding the role "Clerk of the Court": a role question keyed by
    an office was rejected as a wrong key."""
    text = (
        "County budget vote\n\n"
        "The general fund pays for the county's constitutional offices, including the Clerk of "
        "the Court, Property Appraiser, Sheriff, Supervisor of Elections and Tax Collector.\n\n"
        "Commission Chair Ken Cornell said the budget would be adopted in September.\n"
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    assert list(doc.people) == ["Ken Cornell"], doc.people


def test_this_year_is_no_plural_to_count():
    """ "The millage rate will be 8.795 this year" was asked "How many this will the general fund
    millage rate be year this year?" (shown first, rejected as garbled): "this" is no noun."""
    text = (
        "County budget vote\n\n"
        "The general fund millage rate will be 8.795 this year, down slightly from 8.799 last "
        "year.\n\n"
        "Commission Chair Ken Cornell said the budget would be adopted in September.\n"
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.startswith("How many this") for p in prompts), prompts


def test_a_direction_of_travel_stays_in_the_prompt_of_a_lines_gap():
    """ "____ line services" keyed "Westbound Piccadilly" (set z, after its review): the line is
    the name, the direction stays in the sentence."""
    text = (
        "Tube delays\n\n"
        'A spokesman said: "Westbound Piccadilly line services were delayed this morning '
        'because of a signal fault at Knightsbridge."\n'
    )
    keys = {
        q.answer[0]: q.prompt for q in propose(text, language="en").questions if q.type == "cloze"
    }
    assert "Westbound Piccadilly" not in keys, keys
    assert '"Westbound ____ line services' in keys.get("Piccadilly", ""), keys
