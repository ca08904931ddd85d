"""Wrong choices a reader cannot rule out by the prompt alone: years that fit the sentence's
chronology, the article's own people of the same kind, Arabic roles of the person's gender."""

from studyapp.domain.generation import propose


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
