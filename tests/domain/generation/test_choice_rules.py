"""Wrong choices a reader cannot rule out by the prompt alone: years that fit the sentence's
chronology, the article's own people of the same kind, Arabic roles of the person's gender."""

from studyapp.domain.generation import distractors, propose


def _choice_questions(text: str, language: str | None = None):
    return [q for q in propose(text, language=language).questions if q.type == "mcq"]


BAND_EN = (
    "A band that kept changing\n\n"
    "The Harbour Lights were formed in a small coastal town by four school friends.\n\n"
    "The group released its best known albums in 1972, 1979 and 1985, each with a new singer.\n\n"
    "The band played its last concert in 1991 in front of a small crowd.\n"
)


def test_year_choices_fit_the_years_the_sentence_lists():
    asked = [q for q in _choice_questions(BAND_EN) if q.answer == "1979"]
    assert asked, "the gap on 1979 is still asked among choices"
    for q in asked:
        wrong = [int(c) for c in q.choices if c != "1979"]
        # between the listed 1972 and 1985, neither shown year, not all before the key
        assert all(1972 < y < 1985 for y in wrong), q.choices
        assert any(y > 1979 for y in wrong) and any(y < 1979 for y in wrong), q.choices


CITY_EN = (
    "City faces a budget shortfall\n\n"
    "The interim city needs more money for its building plans, officials said on Monday.\n\n"
    "Chief Financial Officer Laura Pike said not all sources of funding have been found.\n\n"
    "Deputy Manager Oscar Reyes said the plans would be ranked by need.\n\n"
    "Managing Director Hugo Brandt said the council will vote on the list next month.\n\n"
    "Part of the money came from a bill signed by President Walter Grant last year.\n"
)


def test_a_head_of_state_is_no_wrong_choice_for_a_city_official():
    asked = [q for q in _choice_questions(CITY_EN, "en") if q.answer == "Laura Pike"]
    assert asked, "the finance officer is still asked about"
    for q in asked:
        assert "Walter Grant" not in q.choices, (q.prompt, q.choices)


EMBASSY_EN = (
    "Vaccine doses arrive\n\n"
    "The first batch of vaccine doses reached the capital on Monday.\n\n"
    "Foreign Minister Tariq Hassan received the doses from Chinese Ambassador Li Wen at a "
    "ceremony held at the airbase.\n\n"
    "Health Minister Sana Malik said the campaign will begin in the provincial capitals.\n\n"
    "Prime Minister Omar Latif thanked the donors for their help.\n"
)


def test_the_foreign_envoy_is_not_asked_among_local_officials_only():
    # the other officials are local: only the key would be foreign
    asked = [q for q in _choice_questions(EMBASSY_EN, "en") if q.answer == "Li Wen"]
    assert not asked, [(q.prompt, q.choices) for q in asked]


def test_a_person_the_prompt_names_is_no_wrong_choice():
    for q in _choice_questions(EMBASSY_EN, "en"):
        shown = [c for c in q.choices if c != q.answer and c.split()[-1] in q.prompt]
        assert not shown, (q.prompt, q.choices)


BOARD_AR = (
    "شركة النور تعلن نتائجها\n\n"
    "قالت سلوى العتيبي، رئيسة مجلس الإدارة في شركة النور، إن الأرباح ارتفعت هذا العام.\n\n"
    "وقال خالد الحربي، المدير المالي لشركة النور، إن الشركة ستوزع أرباحا على المساهمين.\n\n"
    "وأضاف الحربي أن الشركة تخطط لافتتاح فروع جديدة في المدن الكبرى خلال العام المقبل.\n"
)


def test_arabic_role_choices_agree_with_the_mans_gender():
    asked = [q for q in _choice_questions(BOARD_AR, "ar") if q.prompt.startswith("ما منصب خالد")]
    assert asked, "the man's role is still asked"
    for q in asked:
        assert not any(c.split()[0].endswith("ة") for c in q.choices), q.choices


def test_arabic_role_choices_agree_with_the_womans_gender():
    asked = [q for q in _choice_questions(BOARD_AR, "ar") if q.prompt.startswith("ما منصب سلوى")]
    assert asked, "the woman's role is still asked"
    for q in asked:
        assert all(c.split()[0].endswith("ة") for c in q.choices), q.choices


# Wrong choices of a number are numbers of its kind: the same unit or counted noun, the same
# name before a label, a year for a year; never the figure numbers, ages or shares around it.
WARMING_FIGURES_EN = (
    "Warming over the last century\n\n"
    "The report has many figures; Figure 3.20 and Figure 2.21 show the records of the stations.\n\n"
    "They judge that global mean surface air temperature has increased by 0.3 to 0.6 °C over "
    "the last 100 years.\n\n"
    "The measurements were taken over 8 days at each of the 45 stations by 12 teams.\n"
)
WARMING_EN = (
    "Warming over the last century\n\n"
    "They judge that global mean surface air temperature has increased by 0.3 to 0.6 °C over "
    "the last 100 years.\n\n"
    "The northern stations recorded a rise of 0.2 °C, the coastal ones 0.4 °C and the mountain "
    "ones 0.5 °C.\n\n"
    "The measurements were taken over 8 days at each of the 45 stations by 12 teams.\n"
)


def test_a_warming_has_no_wrong_choices_among_figure_and_day_numbers():
    asked = [q for q in _choice_questions(WARMING_FIGURES_EN, "en") if q.answer == "0.3"]
    assert not asked, [(q.prompt, q.choices) for q in asked]


def test_a_range_end_is_offered_among_temperatures_below_the_other_end():
    asked = [q for q in _choice_questions(WARMING_EN, "en") if q.answer == "0.3"]
    assert asked, "the warming is still asked among choices"
    for q in asked:
        wrong = {c for c in q.choices if c != "0.3"}
        assert wrong <= {"0.2", "0.4", "0.5"}, q.choices


ROADS_AR = (
    "الطريق السريع الجديد\n\n"
    "افتتحت الحكومة الطريق 99 الذي يربط المدينتين الساحليتين بعد سنوات من العمل.\n\n"
    "{roads}"
    "وارتفعت نسبة المسافرين بالسيارات إلى 70.4 بالمئة، فيما بلغت نسبة المسافرين بالقطار 43.8 "
    "بالمئة.\n\n"
    "وقال المهندس سالم الحربي البالغ من العمر 65 عاما إن الطريق سيخفف الازدحام.\n"
)
OTHER_ROADS_AR = "ويمتد الطريق الجديد بمحاذاة الطريق 5 القديم، ويلتقي شمالا بالطريق 9 الجبلي.\n\n"


def test_a_road_number_has_no_wrong_choices_among_shares_and_ages():
    asked = [q for q in _choice_questions(ROADS_AR.format(roads=""), "ar") if q.answer == "99"]
    assert not asked, [(q.prompt, q.choices) for q in asked]


def test_a_road_number_is_offered_among_the_articles_other_roads():
    text = ROADS_AR.format(roads=OTHER_ROADS_AR)
    asked = [q for q in _choice_questions(text, "ar") if q.answer == "99"]
    assert asked, "the road is still asked among the other roads"
    for q in asked:
        assert set(q.choices) == {"99", "5", "9"}, q.choices


PRIMES_EN = (
    "Primes\n\n"
    "The fundamental theorem of arithmetic says that any integer greater than 1 can be written "
    "as a product of primes.\n\n"
    "Twin primes are pairs of primes with difference 2, and cousin primes have difference 4.\n\n"
    "The primes 3, 5 and 7 form the only prime triplet of that shape.\n"
)


def test_a_bound_has_no_wrong_choices_that_keep_the_sentence_true():
    # "greater than 2" or "greater than 5" is as true as "greater than 1"
    asked = [q for q in _choice_questions(PRIMES_EN, "en") if "greater than" in q.prompt]
    assert not asked, [(q.prompt, q.choices) for q in asked]


COLONY_EN = (
    "A colony on the river\n\n"
    "The area was first settled in 1564 by 40 families from the coast.\n\n"
    "The fort held 550 soldiers and 12 cannons at its height.\n\n"
    "A town was laid out beside the fort in 1822 and named after the governor.\n"
)


def test_a_year_before_1900_is_offered_among_years():
    asked = [q for q in _choice_questions(COLONY_EN, "en") if q.answer == "1564"]
    assert asked, "the year is still asked among choices"
    for q in asked:
        assert all(abs(int(c) - 1564) <= 6 for c in q.choices), q.choices


CARBON_EN = (
    "Dating by carbon\n\n"
    "The half-life of carbon-14 is about 5,730 years, which limits the age of a sample.\n\n"
    "The method was developed in 1949 by a team at the University of Chicago.\n"
)


def test_a_count_of_years_is_no_year_among_the_wrong_choices():
    asked = [q for q in _choice_questions(CARBON_EN, "en") if q.answer == "1949"]
    assert asked, "the year is still asked among choices"
    for q in asked:
        assert "5,730" not in q.choices, q.choices


def test_a_role_spelt_out_is_no_wrong_choice_beside_its_initials():
    # "chief executive officer" is also right when the key is "Google CEO".
    pool = ["chief executive officer", "chief financial officer", "spokesman", "chairman"]
    wrong = distractors.pick("Google CEO", [pool])
    assert "chief executive officer" not in wrong
    assert wrong == ["chief financial officer", "spokesman", "chairman"]
