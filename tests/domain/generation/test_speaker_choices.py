# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""The wrong choices of a "who said" question are people who could have said the words: the
article's other speakers first, whatever their gender (quoted words tell none), a president
among them; never someone the article reports dead, nor a character only a quotation names.
Set f's reviewers rejected every such question that offered the murdered deputy, or "Hyde" of
a coach's "first half was Mr Hyde", while a quoted president went unused."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.document import Person, parse
from studyapp.domain.generation.mentions import spot
from studyapp.domain.generation.unlikely_people import only_quoted, reported_dead

SHOOTING_EN = """Suspect in killing of county deputy appears in court

A man charged with capital murder in the killing of a deputy appeared in court on Monday in a case the county sheriff has tied to anger at the police.

Jared Pike, 31, did not enter a plea on charges he fatally shot Deputy Owen Marsh on Friday evening as the deputy filled his patrol car at a gas station.

"Targeting police officers is completely unacceptable," President Daniel Reeve said in a statement on Monday.

"I will keep highlighting the bravery that officers show in our towns every day," Reeve said.

Deputies found a loaded gun in the suspect's garage and the same brand of ammunition as the casings found at the station, District Attorney Laura Benton said. The gun was the one fired at the scene, she said.

Sheriff Carl Hodges has linked the shooting to rhetoric against the police.
"""


def _who_said(text: str, language: str = "en"):
    questions = generate(text, language=language).questions
    return [
        q for q in questions if q.type == "mcq" and q.prompt.startswith(("Who said", "من قال"))
    ], questions


def test_the_dead_deputy_is_no_choice_for_words_said_and_the_president_who_speaks_is():
    asked, questions = _who_said(SHOOTING_EN)
    by_answer = {q.answer: q for q in asked}
    assert {"Daniel Reeve", "Laura Benton"} <= set(by_answer), [
        (q.prompt, q.answer) for q in questions
    ]
    for question in asked:
        assert "Owen Marsh" not in question.choices, (question.prompt, question.choices)
    # "she" Laura Benton's words are offered beside the other speaker, a man and a president.
    assert "Daniel Reeve" in by_answer["Laura Benton"].choices, by_answer["Laura Benton"].choices


def test_the_dead_are_read_from_words_of_death_near_their_name():
    doc = parse(SHOOTING_EN, "en", None)
    spot(doc)
    dead = {name for name, person in doc.people.items() if reported_dead(doc, person)}
    assert dead == {"Owen Marsh"}, dead


COACH_EN = """'First half was Mr Hyde, second half Dr Jekyll' - Moreno hails comeback

Rovers interim manager Tomas Moreno praised his side's second-half improvement in the win over City.

Kevin Ashby scored twice after the break before Liam Doyle was sent off for a foul on Sam Petit.

"First half was Mr Hyde; second half Dr Jekyll - and for a change the result was different," Moreno said.

"We were hoping to get rid of it with medication, but he did not feel well and that is why we played with Ryan Kell instead," he said of the absent defender.
"""


def test_a_character_only_a_quotation_names_is_no_choice():
    doc = parse(COACH_EN, "en", None)
    spot(doc)
    assert "Hyde" in doc.people and only_quoted(doc, doc.people["Hyde"])
    assert not any(only_quoted(doc, p) for n, p in doc.people.items() if n != "Hyde")
    for question in generate(COACH_EN, language="en").questions:
        if question.type == "mcq":
            assert "Hyde" not in question.choices, (question.prompt, question.choices)


KILLING_AR = """محاكمة المتهم بقتل الشرطي

مثل المتهم أمام المحكمة الجنائية في عمان أمس بتهمة مقتل الشرطي سامر الخطيب أثناء عمله في محطة وقود على الطريق الصحراوي.

وقال وزير الداخلية يوسف النجار في بيان: «استهداف رجال الشرطة أمر مرفوض تماما، وسنلاحق كل من يعتدي عليهم حتى ينال جزاءه العادل».

وقالت المدعية العامة ليلى حداد إن المحققين عثروا على السلاح المستخدم في الجريمة داخل منزل المتهم في حي النزهة بعد يومين من الحادث.

وأكد مدير الأمن العام كريم العلي أن الحراسة على محطات الوقود ستشدد خلال الأسابيع المقبلة في جميع المحافظات.
"""


def test_an_arabic_victim_is_read_as_dead_and_the_speakers_are_not():
    doc = parse(KILLING_AR, "ar", None)
    assert reported_dead(doc, Person("سامر الخطيب"))
    assert not any(
        reported_dead(doc, Person(name)) for name in ("يوسف النجار", "ليلى حداد", "كريم العلي")
    )


def test_a_lone_capital_a_opening_reported_words_is_lowered():
    asked, questions = _who_said(
        SHOOTING_EN.replace(
            "The gun was the one fired at the scene, she said.",
            "The gun was the one fired at the scene, she said.\n\nA witness identified the suspect in a lineup, Benton said.",
        )
    )
    prompts = [q.prompt for q in questions]
    assert "Who said that a witness identified the suspect in a lineup?" in prompts, prompts
