# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Which way things went, asked true or false: a weather bulletin or a price report that names
no person, number or date to ask still gets questions, each a statement the article makes or
its contrary, keyed so, with the article's words in the explanation; words that name a height,
a name or a comparison are left alone."""

from studyapp.domain.generation import directions, document, generate
from studyapp.domain.grading import grade

WEATHER_AR = """حالة الطقس في المملكة

تتوقع الأرصاد أن يكون الجو اليوم صافيا في معظم المناطق والبحر هادئ.
ويوم غد الأحد يكون الجو حارا، ويطرأ ارتفاع على درجات الحرارة في المناطق الداخلية.
ويوم الاثنين يبقى الجو حارا ويطرأ انخفاض على درجات الحرارة في المناطق الساحلية.
وتنشط الرياح على المرتفعات والبحر خفيف ارتفاع الموج في الخليج.
وحذرت الدائرة المواطنين من التعرض لأشعة الشمس خلال ساعات الذروة.
"""

PRICES_EN = """Town budget update

Water bills rose across the county over the summer, the town manager said in a report.
Parking fees decreased in the center after the council voted to change the rates for residents.
Heating costs are expected to increase through the winter months in most older homes.
The library budget grew as the school district added evening hours for students.
Bus fares did not rise this year because the state covered the shortfall for the town.
"Costs went up for everyone," the manager told the council at the meeting.
The heavy snow plows at Sumitomo Heavy Industries are serviced at the depot in the north.
"""


def _statements(text: str, language: str):
    return [q for q in generate(text, language=language).questions if q.type == "truefalse"]


def _says(question, word: str) -> bool:
    return word in question.prompt


def test_a_weather_bulletin_asks_which_way_temperatures_go_keyed_by_what_it_says():
    found = _statements(WEATHER_AR, "ar")
    sunday = [q for q in found if "الأحد" in q.prompt]
    monday = [q for q in found if "الاثنين" in q.prompt]
    assert len(sunday) == 1 and len(monday) == 1, [q.prompt for q in found]
    # Sunday's temperatures rise and Monday's fall: the statement is true exactly when it says so.
    assert sunday[0].answer is _says(sunday[0], "ارتفاع")
    assert monday[0].answer is _says(monday[0], "انخفاض")
    for question in (sunday[0], monday[0]):
        assert question.prompt.endswith("الحرارة في المناطق الداخلية.") or question.prompt.endswith(
            "الحرارة في المناطق الساحلية."
        )
        assert not question.prompt.startswith("و"), question.prompt  # «ويوم غد» stands alone
        assert "يقول المقال" in question.explanation
    # The student who answers as the article says is marked right, the other wrong.
    assert grade(sunday[0], sunday[0].answer).correct
    assert not grade(sunday[0], not sunday[0].answer).correct


def test_a_height_is_no_direction():
    found = _statements(WEATHER_AR, "ar")
    # «البحر خفيف ارتفاع الموج» says how high the waves are, not that they rise.
    assert not any("الموج" in q.prompt for q in found), [q.prompt for q in found]


def test_english_changes_are_asked_both_ways_true_and_false():
    found = _statements(PRICES_EN, "en")
    by_subject = {q.prompt.split()[0]: q for q in found}
    assert {"Water", "Parking", "Heating", "The"} <= set(by_subject), [q.prompt for q in found]
    water, parking, heating = by_subject["Water"], by_subject["Parking"], by_subject["Heating"]
    assert water.answer is _says(water, " rose ")
    assert parking.answer is _says(parking, " decreased ")
    assert heating.answer is _says(heating, " increase ")
    # The kind is not always true nor always false: a student cannot answer by the kind alone.
    assert {q.answer for q in found} == {True, False}


def test_negations_quotations_and_names_are_not_asked():
    prompts = [q.prompt for q in _statements(PRICES_EN, "en")]
    assert not any("Bus fares" in p for p in prompts), (
        prompts
    )  # "did not rise": a swap turns on "not"
    assert not any("went" in p or "went down" in p for p in prompts), prompts
    assert not any("Sumitomo" in p for p in prompts), prompts  # "Heavy" of a name


def test_a_statement_keeps_who_says_it_and_its_sentence_whole_past_a_comma_of_the_same_clause():
    found = _statements(PRICES_EN, "en")
    water = next(q for q in found if q.prompt.startswith("Water"))
    # "…, the town manager said in a report" is the same clause: the statement keeps it.
    assert water.prompt in (
        "Water bills rose across the county over the summer, the town manager said in a report.",
        "Water bills fell across the county over the summer, the town manager said in a report.",
    )


FORECAST_EN = """Weekend forecast

Temperatures will rise on Friday across the valley, and winds from the north will ease by the evening hours.
The storm will move from north to south across the state through the weekend hours.
The valley is the second-largest farming region after the coast in the whole state, officials said.
Southern Vermont will get about a foot of snow by Sunday morning in the mountains.
"""


def test_the_first_word_to_turn_gives_the_statement_up_to_its_clause():
    found = _statements(FORECAST_EN, "en")
    friday = next(q for q in found if "Friday" in q.prompt)
    # The statement stops at the comma: the north wind of the next clause is not part of it.
    assert friday.prompt in (
        "Temperatures will rise on Friday across the valley.",
        "Temperatures will fall on Friday across the valley.",
    )
    assert friday.answer is ("rise" in friday.prompt)
    # "from north to south" turned would read "from south to south": not asked.
    assert not any("storm" in q.prompt for q in found), [q.prompt for q in found]

    # Before ranking too: "second-smallest … after the coast" says nothing, and "Northern
    # Vermont" is another place, not the contrary of "Southern Vermont".
    doc = document.parse(FORECAST_EN, "en")
    drafted = [q.prompt for q in directions.extract(doc)]
    assert any("Friday" in p for p in drafted), drafted
    assert not any("farming" in p or "Vermont" in p for p in drafted), drafted
