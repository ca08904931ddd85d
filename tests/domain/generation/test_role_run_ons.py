"""The words a role phrase runs on into are no part of it, and no part of a name: an adverb after
it, a title before the name, what someone offers the person, a hyphenated role before a name.
Shapes read off a development set of fresh articles; each text here is written for the test."""

from studyapp.domain.generation import document, mentions


def _roles(text: str, language: str) -> dict[str, str]:
    doc = document.parse(text, language, None)
    mentions.spot(doc)
    return {m.person: m.role for m in doc.roles}


def test_a_role_ends_before_an_adverb_and_a_greeting_offered_is_no_role():
    played = "وشارك حامد حمدان لاعب بتروجت أساسيا مع منتخب بلاده حتى الدقيقة 88.\n"
    assert _roles(f"فوز مثير\n\n{played}", "ar").get("حامد حمدان") == "لاعب بتروجت"
    greeted = (
        "افتتاح فندق جديد\n\n"
        "ووجه الوزير التهنئة للمهندس باسل سامي سعد على افتتاح الفندق الذي يضم 200 غرفة.\n"
    )
    assert "باسل سامي سعد" not in _roles(greeted, "ar")


def test_a_title_between_an_english_role_and_the_name_is_no_part_of_the_role():
    text = (
        "University to review fee increase\n\n"
        "University Chief Executive Professor Ivelaw Griffith has committed to reverse a 5% "
        "increase in tuition fees.\n"
    )
    assert _roles(text, "en").get("Ivelaw Griffith") == "University Chief Executive"


def test_a_hyphenated_role_before_a_name_is_no_part_of_the_name():
    text = (
        "Party waits for results\n\n"
        "The People's Party's Secretary-General Somchai Rattana said the party had won 40 seats.\n"
    )
    roles = _roles(text, "en")
    assert roles.get("Somchai Rattana") == "Secretary-General", roles


def test_a_place_named_after_a_king_names_no_person_before_the_title():
    text = (
        "التعاون يفوز على سباهان\n\n"
        "فاز التعاون على سباهان بثلاثية نظيفة خلال المباراة التي جمعتهما مساء يوم أمس (الخميس) "
        "على استاد "
        "مدينة الملك عبدالله الرياضية في بريدة.\n"
    )
    assert _roles(text, "ar") == {}
