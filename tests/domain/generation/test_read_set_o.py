# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh set o after its blind review: each text is written for the shape."""

from studyapp.domain.generation import document, generate, mentions


def _people(text: str, language: str) -> dict:
    doc = document.parse(text, language, None)
    mentions.spot(doc)
    return {name: person.roles for name, person in doc.people.items()}


def test_a_role_whose_organisation_is_quoted_keeps_it() -> None:
    text = (
        "المطار يستقبل مليون مسافر\n\n"
        "استقبل مطار المدينة مليون مسافر خلال الشهر الماضي بزيادة نسبتها 12%.\n\n"
        'وتعليقًا على ذلك، قال جان ماري، الرئيس التنفيذي لـ "مجموعة المطار الدولي": "شهد الشهر عودة تدريجية إلى مستويات الحركة المعتادة".'
    )
    roles = [q.prompt for q in generate(text, language="ar").questions if q.category == "role"]
    assert roles, "no question on his role"
    assert all(not p.rstrip("؟").endswith("لـ") for p in roles), roles
    assert any("مجموعة المطار الدولي" in p for p in roles), roles


def test_one_of_after_an_arabic_name_is_no_part_of_it() -> None:
    text = (
        "اكتشاف حفرية جديدة\n\n"
        "وقال سكوت سامبسون أحد العلماء الذين اكتشفوا الحفرية إن الديناصور عاش قبل 76 مليون سنة في غرب القارة."
    )
    assert "سكوت سامبسون" in _people(text, "ar")
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    assert prompts and all("سامبسون أحد،" not in p for p in prompts), prompts


def test_an_office_in_letters_and_the_next_officer_are_no_name_and_role() -> None:
    text = (
        "Collector reviews exam arrangements\n\n"
        "District Collector Rajarshi Shah held a meeting on Monday to review the exams for 18,880 students.\n\n"
        "The meeting was attended by DSP Jeevan Reddy, DEO Ravinder, District Education Officer Praneeth, and other officials."
    )
    people = _people(text, "en")
    assert not any(name.startswith(("DEO ", "DSP ")) for name in people), people
    assert not any("Praneeth" in role for roles in people.values() for role in roles), people
    questions = generate(text, language="en").questions
    assert not any("Praneeth?" in q.prompt for q in questions)
    assert not any("DEO Ravinder" in (q.choices or []) for q in questions)


def test_first_names_listed_by_rote_are_no_gap() -> None:
    text = (
        "Coach pleased with young players\n\n"
        "The Springboks beat England 42-39 in Johannesburg on Saturday.\n\n"
        '"There is nothing more rewarding than to see guys like Sibusiso, Lukhanyo, Aphiwe, RG and the others playing well," coach Rassie Erasmus said.\n\n'
        "The meeting was attended by other officials, including Ganesh, Dhanraj, and Srinivas from the examinations department."
    )
    keys = [
        q.answer[0] if isinstance(q.answer, list) else q.answer
        for q in generate(text, language="en").questions
    ]
    for name in ("Sibusiso", "Lukhanyo", "Aphiwe", "Ganesh", "Dhanraj", "Srinivas"):
        assert name not in keys, keys
    places = text.replace(
        "including Ganesh, Dhanraj, and Srinivas from the examinations department",
        "in Mombasa, Kwale, Kilifi and Lamu counties",
    )
    places_keys = [
        q.answer[0] for q in generate(places, language="en").questions if q.type == "cloze"
    ]
    assert set(places_keys) & {"Mombasa", "Kwale", "Kilifi", "Lamu"}, (
        places_keys
    )  # places are asked


def test_he_said_after_a_clause_naming_a_player_is_still_the_coach() -> None:
    text = (
        "Springboks fit for second Test\n\n"
        "Fullback Willie le Roux and flyhalf Handré Pollard are expected to be fit for Bloemfontein at the weekend.\n\n"
        "Coach Rassie Erasmus confirmed that Le Roux struggled with minor cramps.\n\n"
        "Le Roux was replaced by Warrick Gelant after 64 minutes, while Pollard lasted the whole game.\n\n"
        '"Willie was just cramps and Handré has a bit of a shoulder problem," he said.'
    )
    who = [
        q
        for q in generate(text, language="en").questions
        if q.category == "attribution" and q.type != "cloze"
    ]
    assert all("Pollard" not in str(q.answer) for q in who), [(q.prompt, q.answer) for q in who]
    doc = document.parse(text, "en", None)
    mentions.spot(doc)
    assert doc.resolve_person("Handré") is not None  # a flyhalf is a person by his position
