# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""People an Arabic article names in Latin letters: after a role, after a verb of saying, or
beside their Arabic spelling; companies and products in Latin letters stay organisations."""

from studyapp.domain.generation import document, generate, mentions, propose, quotes

SERVERS_AR = """الطلب على الخوادم يرتفع

قال سامي الحداد، المدير التنفيذي لشركة Orbix، إن الطلب على الخوادم تضاعف هذا العام في الأسواق العربية.

من جانبه، أوضح الرئيس التنفيذي لـ Foxconn، "يونغ ليو Young Liu"، أن المصانع الجديدة "ستبدأ الإنتاج في مطلع الربيع المقبل بطاقة كاملة".

وقالت Jane Goodall إن الغابات تحتاج إلى حماية أكبر من الحكومات.

وقالت Samsung Electronics إن مبيعاتها ارتفعت، بينما أعلنت شركة SK Hynix أرباحا قياسية.
"""


def _doc(text: str) -> document.Document:
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    return doc


def _questions(text: str):
    return generate(text, language="ar").questions


def test_a_latin_name_beside_its_arabic_spelling_after_a_role_is_one_person():
    doc = _doc(SERVERS_AR)
    person = doc.resolve_person("Young Liu")
    assert person is not None and person is doc.resolve_person("يونغ ليو")
    assert person.name == "يونغ ليو" and person.forms == ["Young Liu"]
    assert "Foxconn" in doc.organisations and doc.resolve_person("Foxconn") is None


def test_what_he_said_is_his_and_he_is_a_wrong_choice_for_what_others_said():
    questions = _questions(SERVERS_AR)
    who = {q.prompt: q for q in questions if q.category == "attribution" and q.type == "mcq"}
    his = next(q for q in questions if "ستبدأ الإنتاج" in f"{q.prompt} {q.answer}")
    if his.prompt.startswith("من قال"):
        assert his.answer == "يونغ ليو", his
    else:  # «ماذا قال الرئيس التنفيذي في Foxconn عن …؟»: his words, called by his role
        assert "الرئيس التنفيذي في Foxconn" in his.prompt and "ستبدأ" in his.answer, his
    other = next(q for p, q in who.items() if "الطلب على الخوادم" in p)
    assert other.answer == "سامي الحداد" and "يونغ ليو" in other.choices


def test_the_role_he_holds_is_asked_with_the_company_the_role_names():
    questions = _questions(SERVERS_AR)
    roles = [f"{q.prompt} {q.answer}" for q in questions if q.category == "role"]
    assert any("يونغ ليو" in text and "Foxconn" in text for text in roles), roles


def test_a_latin_name_after_a_verb_of_saying_is_a_person_and_a_company_is_not():
    doc = _doc(SERVERS_AR)
    assert doc.people["Jane Goodall"].gender == "f"
    assert doc.resolve_person("Samsung Electronics") is None
    assert doc.resolve_person("SK Hynix") is None


def test_a_surname_after_initials_takes_the_full_name_and_its_latin_spelling():
    text = (
        "الرقائق في تايوان\n\n"
        'أوضح رئيس مجلس الإدارة "جيه. سي. لي J.C. Lee" أن الطلب على الرقائق قوي هذا العام في كل الأسواق.\n\n'
        'وقبل شهرين وصف "لي" المصنع الجديد بأنه الأكبر في المنطقة كلها.\n'
    )
    gaps = [q.answer for q in _questions(text) if q.type == "cloze" and q.answer[0] == "لي"]
    assert gaps and all("J.C. Lee" in g and "جيه. سي. لي" in g for g in gaps), gaps


ORDER_AR = """طلبات الرقائق

قال سامي الحداد، المدير التنفيذي لشركة Orbix، إن الطلب على الخوادم تضاعف هذا العام في الأسواق العربية.

من جانبه، أوضح الرئيس التنفيذي لـ Foxconn، "يونغ ليو Young Liu"، أن الحداد "طلب كميات أكبر من الخوادم" دون ذكر الرقم، مؤكدًا أن شركته "ستفي بكل الطلبات قبل نهاية العام الحالي".
"""


def test_a_participle_after_another_persons_deed_is_still_the_sentence_speakers():
    said = [(a.speaker.name, a.statement) for a in quotes.find(_doc(ORDER_AR))]
    assert {who for who, what in said if "ستفي بكل الطلبات" in what} == {"يونغ ليو"}, said


def test_another_persons_quoted_deed_is_not_asked_as_who_said_it():
    questions = _questions(ORDER_AR)
    who = [
        q.prompt for q in questions if q.category == "attribution" and q.type in ("mcq", "short")
    ]
    # "who said «طلب كميات أكبر»?" would be answered by who ordered them, not who said it
    assert not [p for p in who if "طلب كميات أكبر" in p], who
    assert [p for p in who if "ستفي بكل الطلبات" in p], who


def test_a_weekday_after_a_name_is_no_part_of_it():
    """A weekday after a name ("Detectives arrested 34-year-old Edward Gutierrez Thursday
    evening") had made the who-said asking for him keyed "Edward Gutierrez Thursday", with
    "Thursday" accepted alone."""
    text = (
        "Man arrested over graffiti\n\n"
        "Detectives arrested 34-year-old Edward Gutierrez Thursday evening and charged him with "
        "one count of graffiti.\n\n"
        'Gutierrez told the officer "I was upset about my bike being stolen," police said.\n\n'
        'Police Chief Will Johnson said: "We have to show intolerance to those crimes."\n'
    )
    questions = generate(text, language="en").questions
    keyed = [q for q in questions if "Gutierrez" in " ".join(map(str, q.accepted_answers))]
    assert keyed
    for question in keyed:
        assert not any("Thursday" in str(a) for a in question.accepted_answers), question


FIRE_EN = (
    "Wildfire forces evacuations\n\n"
    "Dubbed Fawn Fire, the fire started some 19 km north of Redding city on Wednesday night, "
    "according to the California Department of Forestry and Fire Protection (Cal Fire).\n\n"
    "“I would call it extreme,” Cal Fire spokesperson Robert Foxworthy said on Thursday.\n\n"
    "Cal Fire also announced that a 30-year-old woman, Alexandra Souverneva, was arrested on "
    "fire-related charges.\n\n"
    "Cal Fire said that it would submit the case to the Shasta County District Attorney.\n"
)


def test_a_body_short_name_an_event_and_a_named_woman_are_told_apart():
    """ "(Cal Fire)" is the short name of the department before it, not a person whose surname
    "Fire" a student may type; "Dubbed Fawn Fire" is a fire called so, neither a person nor a
    body; "a 30-year-old woman, Alexandra Souverneva," is a person, never an organisation to
    offer beside Cal Fire (fresh10: all three had been wrong choices or keys)."""
    doc = document.parse(FIRE_EN, "en")
    mentions.spot(doc)
    assert "Alexandra Souverneva" in doc.people
    assert "Cal Fire" not in doc.people and "Cal Fire" in doc.organisations
    assert not any("Fawn" in name for name in [*doc.people, *doc.organisations])
    questions = generate(FIRE_EN, language="en").questions
    for question in questions:
        assert "Fire" not in question.accepted_answers, question
        assert (
            "Alexandra Souverneva" not in (question.choices or [])
            or question.category != "attribution"
        )


SNOW_EN = (
    "Snow forecast rises for the weekend\n\n"
    "Up to six inches of snow are now expected in the higher elevations and along the western "
    "upslope of the Appalachians, the National Weather Service (NWS) said on Friday.\n\n"
    "The NWS also upgraded its Winter Storm Watch to a Winter Storm Warning this morning.\n\n"
    "In its warning, the NWS noted that “severe winter weather conditions are expected. "
    "Significant amounts of snow are forecast that will make travel dangerous.”\n"
)


def test_a_capital_after_a_full_stop_inside_a_quote_is_no_name():
    """ "… are expected. Significant amounts of snow …": the quote's second sentence opens with
    a capital; "Significant" had become an organisation and a gap keyed on it."""
    doc = document.parse(SNOW_EN, "en")
    mentions.spot(doc)
    assert "Significant" not in doc.organisations
    questions = generate(SNOW_EN, language="en").questions
    assert not any("Significant" in q.accepted_answers for q in questions)


def test_which_organisation_is_asked_among_bodies_only():
    """ "According to which organisation" had offered "Appalachians" and "Winter Storm Watch",
    capitalised words of a weather report, beside "NWS" (fresh10)."""
    questions = generate(SNOW_EN, language="en").questions
    for question in questions:
        if question.type == "mcq" and question.prompt.startswith("According to which"):
            assert "Appalachians" not in question.choices
            assert "Winter Storm Watch" not in question.choices


GAS_FIELD_AR = (
    "حقل ظهر\n\n"
    "اكتشفت شركة إيني ENI الإيطالية حقل ظهر في البحر المتوسط عام 2015 على عمق كبير.\n\n"
    "ومن المرجح أن يكلف النقص الصناعة 210 مليار دولار، وفقا لشركة استشارية AlixPartners هذا العام.\n"
)


def test_a_one_word_name_spelt_in_both_scripts_is_one_gap_taking_both():
    # «شركة ____ ENI» keyed «إيني» (and «إيني ____» keyed "ENI"): each spelling gave the other
    # away; a word beside a name that only shares its first letter is no spelling of it.
    gaps = [q for q in propose(GAS_FIELD_AR, language="ar").questions if q.type == "cloze"]
    eni = [q for q in gaps if "ENI" in q.accepted_answers or "إيني" in q.accepted_answers]
    assert eni and all({"إيني", "ENI"} <= set(q.accepted_answers) for q in eni), eni
    assert all("ENI" not in q.prompt and "إيني" not in q.prompt for q in eni), eni
    alix = [q for q in gaps if "AlixPartners" in q.accepted_answers]
    assert alix and all("استشارية" not in " ".join(q.accepted_answers) for q in alix), alix
