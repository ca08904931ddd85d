# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off the thirty-eighth session's blind reviews of fresh short news (sets hu, hv
and hw), each on a text written for it: count questions whose subject is an ordinal alone, whose
unit goes on past its plural or whose count is judged by "is"; a sentence-opening noun kept
capital inside a question; a count after "the hotter of the"; a scale and the head of a list of
letters taken for names; a name of two runs joined by "and"; a role cut at «ما» of «ما بعد»."""

from studyapp.domain.generation import document, generate, mentions
from studyapp.domain.generation.keys import other_forms, place_forms
from studyapp.domain.text import split_sentences

PLANETS_EN = """Three planets found in a star cluster

During the study, three alien planets were discovered, two of which orbit stars like the Sun while the third revolves around a red giant star. The first two planets each have orbits of seven and five days, while the third takes 122 days to make its orbit.
Temperature on the planet hovers around 2,000 degrees Fahrenheit, the team said.
Eighty planetary candidates is an impressive haul in its own right.
The observatory has 47 members, and the academy employs 300 people in Chile.
"""

BOARD_EN = """Board approves manual

Monday is expected to be the hotter of the two days, with the heat index reaching 100 in Hartford.
Finally, Sections C, D and E of the Policy and Procedures Manual were also approved by the board on Tuesday.
The board hired 12 new teachers for the district's three schools in August.
"""

RESEARCHER_AR = """اكتشاف كواكب جديدة

قال ماثيو بيني، الباحث فى دراسة ما بعد الدكتوراه فى جامعة ولاية أوهايو، إن الفريق رصد ثلاثة كواكب جديدة حول نجم قريب.
وأضاف بيني أن الدراسة استمرت عامين.
وقالت سارة محمود، مديرة المرصد، إن النتائج مهمة.
"""


def _questions(text: str, language: str):
    return generate(text, language=language).questions


def _counts(text: str, language: str) -> dict[str, str]:
    return {
        q.prompt: str(q.answer[0])
        for q in _questions(text, language)
        if q.type == "short" and q.category == "number"
    }


def test_a_count_whose_subject_is_an_ordinal_alone_is_not_asked_how_many():
    """ "How many days does the third take to make its orbit?": the third what, the question
    does not say. The gap still asks it, with the sentence before it for context."""
    counts = _counts(PLANETS_EN, "en")
    assert not any("the third" in prompt for prompt in counts), counts
    assert any(q.type == "cloze" and q.answer[0] == "122" for q in _questions(PLANETS_EN, "en"))


def test_a_unit_that_goes_on_past_its_plural_and_a_count_judged_by_is_are_not_asked():
    counts = _counts(PLANETS_EN, "en")
    assert not any("Fahrenheit" in p or "impressive haul" in p for p in counts), counts
    # the count the sentence states plainly still is
    assert any(p.startswith("How many members does the observatory have") for p in counts), counts


def test_a_scale_is_no_name_to_blank():
    found = _questions(PLANETS_EN, "en")
    keys = [str(q.answer[0]) for q in found if q.type == "cloze"]
    assert "Fahrenheit" not in keys, keys
    assert any(q.answer[0] == "2,000" and "degrees Fahrenheit" in q.prompt for q in found), [
        q.prompt for q in found
    ]


def test_a_sentence_opening_noun_before_its_phrase_is_lowered_inside_a_question():
    """ "How many degrees does Temperature on the planet hover …?" (set hw: garbled)."""
    text = "Stadium opens\n\nParking at the stadium has 4,000 spaces for fans, officials said."
    counts = _counts(text, "en")
    assert "How many spaces does parking at the stadium have for fans?" in counts, counts


def test_a_count_after_a_comparison_among_named_things_is_not_asked():
    found = _questions(BOARD_EN, "en")
    assert not any(
        q.type == "cloze" and str(q.answer[0]).lower().startswith("two") for q in found
    ), [q.prompt for q in found]
    assert any(q.answer[0] == "100" for q in found if q.type == "cloze")


def test_the_first_letter_of_a_list_with_its_plural_head_is_no_name():
    doc = document.parse(BOARD_EN, "en")
    mentions.spot(doc)
    assert "Sections C" not in doc.organisations, doc.organisations
    assert "Policy and Procedures Manual" in doc.organisations, doc.organisations
    rocket = document.parse("Launch\n\nAn Atlas V rocket lifted off on Friday from Florida.", "en")
    mentions.spot(rocket)
    assert "Atlas V" in rocket.organisations, rocket.organisations  # a name with a letter
    keys = [str(q.answer[0]) for q in _questions(BOARD_EN, "en") if q.type == "cloze"]
    assert "Sections C" not in keys and "Procedures Manual" not in keys, keys


def test_a_role_runs_through_ma_baad_and_stops_before_where_it_is_held():
    """«من هو الباحث فى دراسة ما؟» ("… in some study?"): the role was cut at «ما» of «ما بعد
    الدكتوراه» (postdoctoral)."""
    doc = document.parse(RESEARCHER_AR, "ar")
    mentions.spot(doc)
    roles = {role.role for role in doc.roles}
    assert "الباحث فى دراسة ما بعد الدكتوراه" in roles, roles
    prompts = [q.prompt for q in _questions(RESEARCHER_AR, "ar")]
    assert not any(p.endswith("دراسة ما؟") for p in prompts), prompts


COUNTS_EN = """Planets found in cluster

Berlin: Three new exoplanets have been discovered orbiting stars in the Messier 67 star cluster, according to the European Southern Observatory.
During the study, three alien planets were discovered, and the team watched them for 40 nights.
Exoplanets have become a focus for many astronomers since they were first discovered three decades ago.
"""

COUNTS_AR = """جامعة خليفة تكافح كورونا

نفذت جامعة خليفة 8 مشروعات بحثية لمكافحة كورونا خلال العام الماضي.
وضمت المشروعات ثمانية مشروعات بحثية وابتكارات في مختبرات الجامعة في أبوظبي.
ومولت الجامعة 14 مشروعا آخر في مستشفيات الدولة، ووقعت ثلاث اتفاقيات مع شركات عالمية.
"""


def _numbers(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (q.prompt, str(q.answer[0]))
        for q in _questions(text, language)
        if q.category == "number" and q.type in ("cloze", "short")
    ]


def test_a_count_of_the_same_things_in_other_words_is_asked_once():
    """ "How many alien planets were discovered?" and "____ new exoplanets have been discovered"
    (set hv's reviewers: a duplicate); «8 مشروعات» and «ثمانية مشروعات» (set hu's)."""
    english = _numbers(COUNTS_EN, "en")
    assert sum(key.lower() == "three" and "decades" not in p for p, key in english) == 1, english
    # three decades is another count of three: still asked
    assert any("decades" in p for p, _ in english), english
    arabic = _numbers(COUNTS_AR, "ar")
    assert sum(key in ("8", "ثمانية") for _, key in arabic) == 1, arabic
    assert any(key == "ثلاث" for _, key in arabic), arabic


# Set hx (the two-hundred-and-thirty-first review), each shape on a text of its own.

MISSION_AR = """كشف أثري جديد في سوهاج

نجحت البعثة المصرية الألمانية في الكشف عن مقبرة لم تكن معروفة من قبل في منطقة أبيدوس بسوهاج.
وأوضح أحمد سالم، الأمين العام للمجلس الأعلى للآثار، أن الدلائل الأولية تشير إلى أن المقبرة تعود إلى عصر الدولة الوسطى.
ومن جانبه، قال الدكتور كريم حسن، مدير عام آثار مصر الوسطى، رئيس البعثة من الجانب المصرى، إن البعثة مستمرة في أعمال التوثيق، الأمر الذى سيساهم في فهم المقبرة بشكل أوضح وكذلك عناصرها الفنية.
وقال خالد عبد الرحيم محامي أسرة الضحية لـ"رويترز" بعد زيارة الموقع إن القضية مختلفة.
وقال شاهد عيان إن الموقع شهد حضورا أمنيا كثيفا.
وأضاف الدكتور سامي نور، مدير موقع أبيدوس، أن المقبرة في حالة سيئة من الحفظ نتيجة السيول.
"""


def test_a_second_role_after_a_role_is_the_same_mans_and_no_one_is_named_by_a_role():
    """«فتحى ياسين، مدير عام آثار مصر العليا، رئيس البعثة …»: «آثار مصر العليا» was made a
    person holding the second role, offered among the speakers and keyed as the mission's head;
    «بشكل أوضح» ("more clearly") opened a name «وكذلك عناصرها الفنية»; «شاهد عيان» (an
    eyewitness) was someone."""
    doc = document.parse(MISSION_AR, "ar")
    mentions.spot(doc)
    assert set(doc.people) == {"أحمد سالم", "كريم حسن", "خالد عبد الرحيم", "سامي نور"}, list(
        doc.people
    )
    held = doc.people["كريم حسن"].roles
    assert any(role.startswith("رئيس البعثة") for role in held), held
    found = _questions(MISSION_AR, "ar")
    for q in found:
        assert "آثار مصر الوسطى" != q.answer and "آثار مصر الوسطى" not in (q.choices or []), q
        if q.type == "mcq" and q.prompt == "ما منصب كريم حسن؟":
            assert not any(c.startswith("رئيس البعثة") for c in q.choices), q.choices


def test_whom_a_lawyer_told_is_no_part_of_his_role():
    doc = document.parse(MISSION_AR, "ar")
    mentions.spot(doc)
    assert set(doc.people["خالد عبد الرحيم"].roles) == {"محامي أسرة الضحية"}, doc.people


def test_a_time_zone_spelt_out_goes_on_with_its_clock_time():
    """ "… at 3:51 p.m. | Pacific time on a ____" (set hx: a fragment, garbled to both)."""
    spans = split_sentences(
        "NASA's craft took off Wednesday at 3:51 p.m. Pacific time on a Falcon 9 rocket. It flew."
    )
    assert [s.text for s in spans][0].endswith("on a Falcon 9 rocket."), spans


def test_an_ocean_is_answered_by_its_name_alone():
    assert "Atlantic" in place_forms("Atlantic Ocean")
    assert "Andes" in place_forms("Andes Mountains")
    assert place_forms("Red Sea") == []  # "the Red" is no answer


def test_a_statement_leaning_on_the_sentence_before_is_not_offered():
    text = (
        "Festival returns\n\nBonnaroo sold 80,000 tickets in 2019, organizers said.\n"
        "Since then, though, things have been improving and sales rose quickly.\n"
        "It rose by a fifth in the spring after the line-up was announced in March."
    )
    found = _questions(text, "en")
    assert not any(q.type == "truefalse" for q in found), [q.prompt for q in found]


BURGLARY_EN = """Man arrested after burglary

Shortly before 1 p.m., a woman arrived at her house near 7100 South and 1800 East and found an unknown man inside, Salt Lake County Sheriff's Sgt. Paul Brenneman said.
On average, 31 analysts polled by Thomson Reuters expected the company to earn $0.71 per share.
Deputies found the man two blocks away with 14 stolen rings in his bag.
"""


def test_a_grid_street_an_analysts_poll_and_an_officers_body_are_not_asked():
    keys = [str(q.answer[0]) for q in _questions(BURGLARY_EN, "en") if q.type == "cloze"]
    for trivial in ("7100", "1800", "South", "31", "Thomson Reuters", "Salt Lake County Sheriff"):
        assert trivial not in keys, keys
    assert "0.71" in keys or "14" in keys, keys  # the report's own figures still are


def test_a_key_written_with_its_preposition_accepts_the_word_without_it():
    assert "الكتاب" in other_forms("للكتاب", "")
    assert "المعرض الدولي" in other_forms("بالمعرض الدولي", "")


def test_an_english_line_cut_inside_its_sentence_goes_on_to_the_next():
    """ "After May freezes wiped out around ____ of the crop in …, Henderson" (set hw: the
    sentence cut at the page's line break, garbled to both)."""
    text = (
        "Apple growers hopeful\n\nAfter May freezes wiped out around 80 percent of the crop "
        "in 2021, Henderson\nCounty growers are hopeful for a better harvest this year.\n"
        "Photo by Jane Doe for the Times News staff on Monday afternoon\nThe county has 200 orchards."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert any(s.startswith("After May") and s.endswith("this year.") for s in sentences), sentences
    assert "The county has 200 orchards." in sentences, sentences  # a caption's line stays apart
    assert sentences[0] == "Apple growers hopeful", sentences  # and the title
    highlight = "Launch\n\n• Launch had been pushed back after the satellite was damaged\nA thermal issue delayed it."
    assert "A thermal issue delayed it." in [s.text for s in split_sentences(highlight)]


def test_a_total_is_asked_without_the_parts_that_add_up_to_it():
    """«تشارك ____ فرقة … منها 9 فرق لدول … و9 فرق محلية»: 9 and 9 give the total away; the
    «و» written on the second 9 hid it (set hx: given away to both). The total is asked on its
    sentence cut before the parts."""
    text = (
        "مهرجان الفنون الشعبية\n\nتشارك في المهرجان 18 فرقة فنون شعبية منها 9 فرق أجنبية من "
        "آسيا وأفريقيا، و9 فرق محلية من المحافظات.\nويقام المهرجان في مدينة دمنهور لمدة 8 أيام."
    )
    found = _questions(text, "ar")
    numbers = {str(q.answer[0]): q.prompt for q in found if q.category == "number"}
    assert "18" in numbers and "9" not in numbers["18"], numbers
    assert "8" in numbers, numbers


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first():
    text = (
        "Court blocks limits\n\nThe court ruled 5-4 on Wednesday night. Dissenting votes came "
        "from Chief Justice John Roberts and Justices Sonia Sotomayor, Stephen Breyer and Elena "
        "Kagan. Governor Andrew Cuomo and Mayor Bill Blasio criticised the ruling on Thursday."
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    assert "Sonia Sotomayor" in doc.people and "Justices Sonia Sotomayor" not in doc.people
    for q in _questions(text, "en"):
        assert "Justices Sonia Sotomayor" not in [*(q.choices or []), *q.answer], q


def test_a_gap_in_a_sentence_of_three_words_is_not_asked():
    text = "Telescope launched\n\nMove over, Kepler. NASA's TESS took off on Wednesday at 3:51 p.m."
    prompts = [q.prompt for q in _questions(text, "en")]
    assert not any(p.startswith("Move over") for p in prompts), prompts
    assert prompts, prompts


def test_a_date_after_since_is_not_answered_by_its_month_alone():
    """«أعلى مستوى له منذ ____» keyed «سبتمبر 2008» took «سبتمبر» (set hx: wrong key to its
    reviewer); "in October 2025" still takes "October"."""
    text = (
        "النفط يرتفع\n\nوصعدت أسعار النفط الأميركي إلى 110 دولارات للبرميل وهو أعلى مستوى له منذ "
        "سبتمبر 2008.\nوتوقع المحللون أن تستمر الأسعار في الصعود خلال أكتوبر 2025 مع زيادة الطلب."
    )
    dates = {str(q.answer[0]): q.answer for q in _questions(text, "ar") if q.category == "date"}
    assert "سبتمبر" not in dates["سبتمبر 2008"], dates
    assert "أكتوبر" in dates["أكتوبر 2025"], dates


def test_an_indefinite_word_before_a_definite_one_is_half_a_bodys_name():
    """«ومؤسسة ____ الدولة الحديثة بجامعة كامبريدج» keyed «أبحاث» (set hx)."""
    text = (
        "كشف أثري\n\nنجحت البعثة المشتركة بين المجلس الأعلى للآثار ومؤسسة أبحاث الدولة الحديثة "
        "بجامعة كامبريدج في الكشف عن مقبرة ملكية.\nوقال أحمد سالم إن الكشف تم يوم 12 مارس."
    )
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert "أبحاث" not in doc.organisations, doc.organisations
    assert not any(q.answer == ["أبحاث"] for q in _questions(text, "ar"))


def test_an_outlet_a_statement_was_sent_to_is_not_asked():
    text = (
        "حريق في كربلاء\n\nوذكرت مديرية الدفاع المدني في بيان تلقته “دجلة نيوز”، أن فرقها سيطرت "
        "على الحريق خلال 40 دقيقة، وأنقذت 5 أشخاص."
    )
    keys = [str(q.answer[0]) for q in _questions(text, "ar")]
    assert "دجلة نيوز" not in keys, keys
    assert "5" in keys or "40" in keys, keys


def test_the_last_item_of_a_long_list_is_one_even_with_the_sentence_going_on():
    text = (
        "Snow warning\n\nA Winter Storm Warning is in effect from 3 p.m. Friday for Worth, Gentry, "
        "Harrison, Mercer, DeKalb, Daviess, Grundy, Caldwell, and Livingston counties until 3 p.m. "
        "Saturday. Up to 8 inches of snow is expected."
    )
    keys = [str(q.answer[0]) for q in _questions(text, "en") if q.type == "cloze"]
    assert "Livingston" not in keys, keys


def test_a_statement_goes_on_past_a_comma_before_fi():
    """«، فى …» is "in", no «ف» that opens a clause: the statement is not cut there (set hx:
    «فشلت البعثة … بجامعة كامبريدج.», what it failed at cut away)."""
    text = (
        "أسعار الذهب\n\nارتفعت أسعار الذهب في الأسواق المحلية اليوم بشكل ملحوظ، فى ظل الطلب "
        "الكبير على المعدن النفيس.\nوقال التجار إن الإقبال كبير."
    )
    statements = [q.prompt for q in _questions(text, "ar") if q.type == "truefalse"]
    assert statements and all("فى ظل الطلب" in s for s in statements), statements


# Set hy (the two-hundred-and-thirty-second review), each shape on a text of its own.


def test_an_acronym_spelt_out_in_the_bracket_after_it_is_not_asked():
    text = (
        "Satellite launched\n\nThe rocket carried the TDRS-M (Tracking and Data Relay Satellite) "
        "spacecraft to orbit on Friday. It was the third satellite of 2017 to fly from Florida."
    )
    keys = [str(q.answer[0]) for q in _questions(text, "en") if q.type == "cloze"]
    assert "TDRS-M" not in keys and "Data Relay Satellite" not in keys, keys


def test_the_short_forms_of_a_telescope_a_ministry_a_charity_and_a_charge_are_accepted():
    assert "Hubble" in other_forms("Hubble Space Telescope", "")
    assert "وزارة الصحة" in other_forms("وزارة الصحة والسكان", "")
    assert {"مؤسسة الغويري", "الغويري"} <= set(other_forms("مؤسسة الغويري الخيرية", ""))
    assert "القتل العمد" in other_forms("بتهمة القتل العمد", "")


def test_a_speed_written_with_stops_does_not_end_its_sentence():
    spans = split_sentences(
        "Winds of up to 40 m.p.h. drove the flames. Gusts hit 50 m.p.h. Then it ended."
    )
    assert [s.text for s in spans] == [
        "Winds of up to 40 m.p.h. drove the flames.",
        "Gusts hit 50 m.p.h.",
        "Then it ended.",
    ]


def test_a_count_whose_things_are_named_after_of_is_not_asked():
    text = (
        "Fuel prices\n\nOil firms will begin the scheme in the five cities of Udaipur, Jamshedpur, "
        "Puducherry, Chandigarh and Visakhapatnam. Petrol rose by 89 paise a litre on Wednesday."
    )
    keys = [str(q.answer[0]).lower() for q in _questions(text, "en") if q.category == "number"]
    assert "five" not in keys and "89" in keys, keys


def test_who_holds_a_role_is_not_asked_when_two_spokesmen_are_named():
    text = (
        "Brush fire\n\nThe fire got no closer than a few feet from the homes, said Steve "
        "Springborn, a spokesman for the privately operated Rural-Metro Fire Department.\n"
        "“The fire was burning faster than you could run,” said Colin Williams, a Rural-Metro "
        "Fire Department spokesman. About 8,000 acres burned."
    )
    prompts = [q.prompt for q in _questions(text, "en")]
    assert not any(p.startswith("Who is the") and "spokesman" in p for p in prompts), prompts


def test_a_papers_sources_an_officers_body_a_hedge_and_an_era_are_not_asked():
    arabic = (
        "الاتفاق لا يغير\n\nكشفت مصادر «الشرق الأوسط» عن أن إدارة نادي الاتفاق قررت عدم التعاقد "
        "مع لاعبين أجانب، وحددت 25 مليون ريال ثمنا للاعب."
    )
    assert "الشرق الأوسط" not in [str(q.answer[0]) for q in _questions(arabic, "ar")]
    english = (
        "Crash on I-95\n\nThe man was fleeing from deputies on I-95, Volusia County Sheriff’s "
        "officials told news outlets. He said the vaccine would reach 90 per cent of the children, "
        "if not 100 per cent. The tomb dates back to the 18th Dynasty of ancient Egypt, about "
        "3,500 years ago."
    )
    keys = [str(q.answer[0]) for q in _questions(english, "en") if q.type == "cloze"]
    for trivial in ("Volusia County Sheriff", "100 per cent", "Dynasty"):
        assert trivial not in keys, keys


# Set hz (the two-hundred-and-thirty-third review), read after it was judged.


def test_a_name_joined_by_a_dash_is_one_and_no_town_speaks():
    """ "said Fort Lauderdale—Hollywood International Airport Port Director Dylan J DeFrancisci"
    made "Fort Lauderdale" the speaker of two quotations and cut the airport's name in the role
    question (set hz: garbled, both reviewers)."""
    text = (
        "Cocaine seized\n\nOfficers found four bricks of cocaine in a bag on Monday.\n"
        "“CBP officers work vigilantly every day,” said Fort Lauderdale—Hollywood International "
        "Airport Port Director Dylan J DeFrancisci."
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    assert "Fort Lauderdale" not in doc.people, list(doc.people)
    prompts = [q.prompt for q in _questions(text, "en")]
    assert not any(
        "Fort Lauderdale said" in p or p.startswith("Who is the Hollywood") for p in prompts
    )


def test_a_role_before_a_name_with_initials_is_that_persons():
    text = (
        "Film festival opens\n\nThe festival opened on Friday in the presence of the chief guest, "
        "Chilean filmmaker Miguel Littin, state Cultural Affairs Minister M. A. Baby and actor "
        "Madhu. About 230 films will be screened."
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    roles = {(r.person, r.role) for r in doc.roles}
    assert not any("Baby" in role for _, role in roles), roles
