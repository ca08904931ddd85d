# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh set o after its blind review: each text is written for the shape."""

import re

from studyapp.domain.generation import document, generate, mentions
from studyapp.domain.grading import grade
from tests.generated_gaps import first_keys


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


MUSEUM = (
    "National Museum reopens after renovation\n\n"
    "President Akufo-Addo says the government has invested $10million to rehabilitate heritage centres across the country.\n\n"
    "The renovated museum is expected to attract more than one hundred and twenty thousand visitors annually.\n\n"
    "Seven Vehicles used by former Heads of State have been exhibited at the Museum.\n\n"
    "He tasked the Ministry of Tourism, Arts and Culture to achieve two million international arrivals by 2024, and rake in $4 Billion."
)


def test_a_sum_a_number_in_words_and_a_ministry_are_asked_whole_or_not_at_all() -> None:
    keys = first_keys(MUSEUM, "en")
    for piece in ("twenty thousand", "Seven Vehicles", "Arts", "Culture", "Billion"):
        assert piece not in keys, keys
    sums = [q for q in generate(MUSEUM, language="en").questions if "10million" in str(q.answer)]
    assert sums, keys
    for typed in ("$10 million", "10 million", "10 million dollars"):
        assert any(grade(q, typed).correct for q in sums), typed


def test_the_papers_own_reporting_a_scare_quote_and_a_councils_kind_are_no_gaps() -> None:
    text = (
        "Council drops rates plan\n\n"
        "The Manawatu District Council will retain the existing rating system after councillors voted 7-4 yesterday.\n\n"
        "An app for citizens is now less than 12 months away, PublicTechnology understands.\n\n"
        'The magistrate, 62, warned his friend that he had become aware of a "file" on investigations into the factory.'
    )
    keys = first_keys(text, "en")
    for piece in ("District Council", "PublicTechnology", "file"):
        assert piece not in keys, keys
    assert "62" in keys and "12" in keys, keys


def test_the_two_ends_of_one_range_are_asked_once() -> None:
    text = (
        "Long rains to last until June\n\n"
        "A forecast report for the March-to-May long rains season indicates that western counties are likely to receive near-normal rainfall.\n\n"
        "Farmers should plant drought-resistant crops, the director said on Tuesday."
    )
    keys = first_keys(text, "en")
    assert ("March" in keys) != ("May" in keys), keys


def test_a_count_in_someones_words_is_not_rewritten_round_their_we() -> None:
    text = (
        "Hospital wards locked\n\n"
        "The Premier, Bob Carr, said the wards had not been closed.\n\n"
        '"Two wards have been shifted to another part of the hospital because we are pouring money into rebuilding emergency," Mr Carr said.'
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.startswith("According to") and " we " in p for p in prompts), prompts


def test_a_window_never_opens_on_in_addition_to_nor_inside_a_bracket() -> None:
    text = (
        "تكليفات من وزير التعليم العالي لرؤساء الجامعات\n\n"
        "تقدم الدكتور سامي حداد وزير التعليم العالي والبحث العلمي، بالتهنئة لأعضاء هيئة التدريس بالجامعات والمعاهد، بمناسبة بدء العام الجامعي الجديد.\n\n"
        "وأوضح وزير التعليم العالي والبحث العلمي، أن منظومة التعليم العالي تتميز بالتنوع الكبير في مؤسساتها التعليمية، حيث تضم 132 جامعة (جامعات حكومية، جامعات خاصة، جامعات أهلية، أفرع للجامعات الأجنبية، معاهد)، بالإضافة إلى جامعات باتفاقيات دولية وإطارية، وقوانين خاصة وأكاديمية، إضافة إلى 185 معهد عالي، لافتًا إلى أن هذا التنوع ساهم في تنوع المسارات التعليمية التي تلبي احتياجات سوق العمل."
    )
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    assert prompts
    # «بحسب وزير …، بالإضافة إلى …»: no main clause; «… حيث تضم ____ جامعة (جامعات حكومية»: a
    # bracket opened and never closed
    assert not any(re.match(r"بحسب [^،]+، (?:بالإضافة|إضافة|معاهد)", p) for p in prompts), prompts
    assert not any(p.count("(") != p.count(")") for p in prompts), prompts


def test_stock_names_are_no_gaps_and_a_clause_opener_is_written_small() -> None:
    text = (
        "Jabil profit beats estimates\n\n"
        "Jabil Inc. said on Thursday its earnings for the second quarter surged 40% from a year ago and trumped Wall Street estimates.\n\n"
        "Mayor Helen Worboys said the council made some errors in presenting the plan.\n\n"
        "Although unlikely, it was possible that ratepayers could order a judicial review of the council’s process, chief executive Richard Templer said."
    )
    questions = generate(text, language="en").questions
    assert "Wall Street" not in [q.answer[0] for q in questions if q.type == "cloze"]
    prompts = [q.prompt for q in questions]
    assert not any("that Although" in p for p in prompts), prompts
    jury = (
        "مهرجان الكويت المسرحي يعلن جوائزه\n\n"
        "فاز عرض (أنتم مدعوون إلى حفلة) بجائزة أفضل عرض متكامل في مهرجان الكويت المسرحي بدورته 24 التي اختتمت أمس.\n\n"
        "وقدمت لجنة التحكيم جائزة الإخراج إلى المخرج محمد الأنصاري عن عرض (تحت الظلال) لفرقة مسرح الخليج."
    )
    keys = [q.answer[0] for q in generate(jury, language="ar").questions if q.type == "cloze"]
    assert "لجنة التحكيم" not in keys, keys


def test_the_earth_is_no_gap_in_a_news_story() -> None:
    text = (
        "Rover passes its tests\n\n"
        "The rover's mission is to gather rock and soil samples and return them to Earth by 2031.\n\n"
        "It will launch from Cape Canaveral in July, NASA said on Monday."
    )
    keys = [q.answer[0] for q in generate(text, language="en").questions if q.type == "cloze"]
    assert "Earth" not in keys, keys
    assert "2031" in keys, keys


def test_a_quoted_meaning_in_small_letters_is_still_asked() -> None:
    # 'aware of a "file"' is held at arm's length; 'translates as "grey skull"' is the name's
    # meaning, which the held-out set k's reviewers accepted as a gap.
    text = (
        "New dinosaur species found\n\n"
        'Scientists named the new species Ngwevu intloko, which translates as "grey skull" in the Xhosa language.\n\n'
        "The animal lived about 200 million years ago, the researchers said on Tuesday."
    )
    assert "grey skull" in first_keys(text, "en")
