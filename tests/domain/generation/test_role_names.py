"""A speaker a "who is the …?" question asks for is named by that role in the frames the other
questions put around their words, gaps in their words included, so that the list does not print
the answer it asks; the article's own sentences keep the name."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.role_names import framing, name_by_role
from studyapp.domain.questions import Question, Source

# Not a minister: a minister's role is asked among other ministers instead, where no gap prints
# it (role_names.ask_the_role), and his words are then framed by his name.
MINISTER_AR = (
    "الحكومة تعلن خطة الآبار\n\n"
    "قال أحمد سالم، رئيس هيئة الري، إن المرحلة الأولى من المشروع تحتاج إلى 1300 بئر تم إنجاز "
    "690 بئرا منها.\n\n"
    "وأضاف سالم أن الهيئة تعمل على 14 موقعا في 9 محافظات للانتهاء من الآبار.\n\n"
    "وأكد أن تجهيز الآبار يكلف 20 مليار جنيه لن تدفعها الدولة.\n"
)

COACH_EN = (
    "Harbour City lose at home\n\n"
    "Harbour City coach Tomas Lindqvist was calm after the 2-0 defeat against Northfield on "
    "Sunday.\n\n"
    "“We made mistakes that we must study. The first half was good and we had the ball most of "
    "the time. We have as many as 14 young players in the squad and they are learning.”\n"
)


def test_the_minister_a_role_question_asks_for_is_named_by_role_in_the_count_questions():
    questions = generate(MINISTER_AR, language="ar").questions
    prompts = [q.prompt for q in questions]
    role = next(q for q in questions if q.prompt == "من هو رئيس هيئة الري؟")
    assert role.answer[0] == "أحمد سالم"
    counts = [p for p in prompts if "كم" in p]
    assert "بحسب رئيس هيئة الري، إلى كم بئرًا تحتاج المرحلة الأولى من المشروع؟" in counts, prompts
    # No question but the role question itself prints the name it asks for in a frame.
    assert not any(p.startswith("بحسب أحمد سالم") for p in prompts), prompts


def test_the_coach_is_named_by_role_where_his_words_are_shown_and_where_a_gap_is_in_them():
    questions = generate(COACH_EN, language="en").questions
    prompts = [q.prompt for q in questions]
    assert "Who is the Harbour City coach?" in prompts
    said = [p for p in prompts if p.startswith("The Harbour City coach said: “")]
    assert said, prompts
    assert not any(p.startswith("Tomas Lindqvist said:") for p in prompts)
    # A gap in his words asks them as the coach's: the list prints his name only where the
    # article's own sentence does.
    gaps = [q.prompt for q in questions if q.type == "cloze" and q.category == "attribution"]
    assert gaps and all(p.startswith("Complete what the Harbour City coach said") for p in gaps)
    assert not any("Complete what Tomas Lindqvist" in p for p in prompts), prompts


def _question(prompt, category="number", person=None, kind="short"):
    source = Source(0, len(prompt), prompt)
    question = Question(prompt[:8], kind, prompt, ["x"], source, category)
    if person:
        question.extra["person"] = person
    return question


def test_only_the_generators_frames_change_and_only_beside_a_who_is_question():
    role = _question("Who is the mayor?", "role", person="Ann Lee")
    framed = framing(
        _question("According to Ann Lee, how many buses will the city buy?"), "Ann Lee"
    )
    outlet = framing(
        _question("Which news outlet did Ann Lee speak to?", "venue", kind="mcq"), "Ann Lee"
    )
    sentence = _question("Mayor Ann Lee said the city will buy ____ buses.", kind="cloze")
    # The article's own sentence, worded as a frame is: its name stays.
    reported = _question("According to Ann Lee, the city will buy ____ buses.", kind="cloze")
    words = _question(
        'Complete what Ann Lee said: "We need ____ buses."', "attribution", None, "cloze"
    )
    renamed = [q.prompt for q in name_by_role([role, framed, outlet, sentence, reported, words])]
    assert renamed == [
        "Who is the mayor?",
        "According to the mayor, how many buses will the city buy?",
        "Which news outlet did the mayor speak to?",
        "Mayor Ann Lee said the city will buy ____ buses.",
        "According to Ann Lee, the city will buy ____ buses.",
        'Complete what Ann Lee said: "We need ____ buses."',
    ]
    # "What is Ann Lee's role?" asks for the role: nothing is renamed beside it alone.
    what = _question("What is Ann Lee's role?", "role", person="Ann Lee", kind="mcq")
    assert [q.prompt for q in name_by_role([what, framed])][1] == framed.prompt


DROUGHT_EN = (
    "Ministers meet over the drought\n\n"
    "Foreign Minister Elena Marsh met her neighbours on Tuesday to discuss the drought.\n\n"
    "Marsh said that 14 rivers had dried up since March and that 300 villages now depended on "
    "water brought by lorry.\n\n"
    "She added that the government would spend 2 billion dollars on new pipelines over 5 years.\n\n"
    "Marsh said that 12 wells had been dug in the northern provinces since April.\n"
)


def test_a_ministers_role_is_asked_among_other_ministers_and_her_words_keep_her_name():
    questions = generate(DROUGHT_EN, language="en").questions
    prompts = [q.prompt for q in questions]
    role = next(q for q in questions if q.category == "role")
    assert (role.prompt, role.answer) == ("What is Elena Marsh's role?", "Foreign Minister")
    wrong = set(role.choices) - {"Foreign Minister"}
    assert len(wrong) == 3 and all(c.endswith(" Minister") for c in wrong), role.choices
    # The water the article speaks of makes the likeliest confusion a wrong choice.
    assert "Water Resources Minister" in wrong
    assert "Who is the Foreign Minister?" not in prompts
    assert "According to Elena Marsh, how many rivers had dried up since March?" in prompts


TOURISM_EN = (
    "Tourism target within reach\n\n"
    "Tourism Minister Abdul Rahim has said the ministry is confident of reaching the target of "
    "1.6 million tourist arrivals this year.\n\n"
    "Rahim said that arrivals from the two largest markets had fallen by 40 percent since "
    "March.\n\n"
    "He added that 12 new resorts would open before the end of the year.\n"
)


def test_a_ministers_role_printed_by_a_sentence_of_the_list_is_asked_as_who_holds_it():
    """The opening sentence's gap prints "Tourism Minister" beside the minister's name: asked
    "What is Abdul Rahim's role?", the list would print its answer; "Who is …?" stands, the name
    hidden in that sentence."""
    questions = generate(TOURISM_EN, language="en").questions
    prompts = [q.prompt for q in questions]
    assert "Who is the Tourism Minister?" in prompts, prompts
    assert not any(p.startswith("What is Abdul Rahim") for p in prompts), prompts
    assert any(p.startswith("Tourism Minister … has said") for p in prompts), prompts
