# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Where a speaker said it: the outlet named beside a statement is asked once per speaker."""

from studyapp.domain.generation import propose
from studyapp.domain.generation.calibration import is_likely
from studyapp.domain.grading import grade

CHIPS_AR = (
    "أزمة الرقائق تضرب مصانع السيارات\n\n"
    'وقالت وزيرة التجارة هند سالم لشبكة "سي ان ان" إن نقص الرقائق "مشكلة كبيرة جدا لكل المصانع". '
    "وأضافت أن الحكومة ستجتمع مع المصنعين هذا الأسبوع.\n\n"
    'وذكر وزير الصناعة خالد عمر في حوار خاص لوكالة الأنباء الوطنية "وانا" أن المصانع ستعمل بنصف طاقتها حتى نهاية العام.\n\n'
    "وأعلن الدكتور سامي فؤاد الرئيس التنفيذي لوكالة الفضاء الوطنية إطلاق القمر الصناعي غدا."
)
BUDGET_EN = (
    "City faces budget gap\n\n"
    '"We will not raise taxes this year," Mayor Ann Lee told the city council on Monday. '
    "Finance officer Mark Dunn said the city needs 12 million dollars for a new police station.\n\n"
    "In an interview with The Boston Globe, Dunn said the city would seek state subsidies."
)


def _venues(text: str, language: str) -> list:
    return [q for q in propose(text, language=language).questions if q.category == "venue"]


def test_an_arabic_network_and_agency_are_asked_with_outlets_of_their_kind() -> None:
    network, agency = _venues(CHIPS_AR, "ar")
    assert network.prompt == "لأي شبكة تحدثت هند سالم؟"
    assert network.answer == "سي ان ان"
    # An American network's wrong choices are networks of the world, not Arab channels.
    assert {"فرانس 24", "بي بي سي", "فوكس نيوز", "سي إن بي سي"} & set(network.choices)
    assert not {"الجزيرة", "العربية", "سكاي نيوز عربية", "أم بي سي مصر"} & set(network.choices)
    # An Arabic network is shown first; the agency, rated as agencies are, is not.
    assert is_likely(network) and not is_likely(agency)
    assert agency.prompt == "لأي وكالة تحدث خالد عمر؟"
    assert agency.answer == "وكالة الأنباء الوطنية"
    assert all(choice.startswith("وكالة") for choice in agency.choices)


def test_where_someone_works_is_no_place_where_they_spoke() -> None:
    # «الرئيس التنفيذي لوكالة الفضاء الوطنية» names his employer, beside no statement.
    assert all("سامي فؤاد" not in q.prompt for q in _venues(CHIPS_AR, "ar"))


def test_an_english_paper_is_asked_among_papers_and_a_council_is_not_an_outlet() -> None:
    (question,) = _venues(BUDGET_EN, "en")
    assert question.prompt == "Which news outlet did Mark Dunn speak to?"
    assert question.answer == "Boston Globe"
    # Every choice drops its "The", so the key does not stand out by lacking one.
    assert not any(choice.startswith("The ") for choice in question.choices)
    assert len(question.choices) == 4


def test_a_programme_without_choices_is_typed_and_accepts_its_long_form() -> None:
    text = (
        "وزير الري: المرحلة الأولى تحتاج إلى 1300 بئر\n\n"
        'وقال وزير الري حسن فاروق، خلال لقائه ببرنامج "مساء الخير" على قناة "النهار"، إن المرحلة الأولى تحتاج إلى 1300 بئر.'
    )
    (question,) = _venues(text, "ar")
    assert question.type == "short"
    assert question.prompt == "في أي برنامج تحدث حسن فاروق؟"
    assert grade(question, "مساء الخير").correct
    assert grade(question, "برنامج مساء الخير").correct
    assert not grade(question, "النهار").correct


OIL_EN = (
    "Oil prices rise after output cut\n\n"
    "Saudi Energy Minister Faisal Hamad told Al Arabiya on Sunday that the kingdom would cut output by one million barrels a day. "
    "Russian Deputy Prime Minister Alexander Novak said Moscow would keep its own cut until the end of the year.\n\n"
    '"We are not targeting a price," Novak told AP in an interview.'
)


def test_the_outlet_after_a_quotation_is_found_and_the_listener_is_no_speaker() -> None:
    questions = propose(OIL_EN, language="en").questions
    venues = {q.prompt: q for q in questions if q.category == "venue"}
    # "told Al Arabiya" names who listened: the minister speaks, the channel is where.
    hamad = venues["Which news outlet did Faisal Hamad speak to?"]
    assert hamad.answer == "Al Arabiya"
    assert all("Al Arabiya" not in q.answer for q in questions if q.category == "attribution")
    # "“…,” Novak told AP": the outlet follows the quotation; "Associated Press" is the same
    # agency and never a wrong choice beside it. An agency is asked as one, and rated as
    # reviewers rate agencies; in English any outlet is rated as reviewers rate English venue
    # questions (calibration.ENGLISH_VENUE): both below the questions shown first.
    novak = venues["Which news agency did Alexander Novak speak to?"]
    assert novak.answer == "AP"
    assert "Associated Press" not in novak.choices
    assert not is_likely(novak) and not is_likely(hamad)
    assert novak.confidence < hamad.confidence
