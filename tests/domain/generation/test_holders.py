"""A speaker a "Who is …?" question asks for is called by that role where another question
frames a count or a venue with their name; what they said keeps the name. Blind reviewers
rejected the questions framed by the name as giving the role question away."""

from dataclasses import replace

from studyapp.domain.generation import generate, holders

MINISTER_AR = (
    "الوزارة تعلن خطة الآبار\n\n"
    'قال أحمد سالم، وزير الري، في حوار مع برنامج "صباح الخير" إن المرحلة الأولى من المشروع '
    "تحتاج إلى 1300 بئر.\n"
)

NO_ROLE_AR = (
    "الوزارة تعلن خطة الآبار\n\nقال أحمد سالم إن المرحلة الأولى من المشروع تحتاج إلى 1300 بئر.\n"
)

JOBS_EN = """Acme to cut jobs

Acme chief executive John Smith said on Tuesday that the company would cut 200 jobs this year.

"It was just a bad year, not the end of the world," Smith told the BBC.
"""


def _prompts(text: str, language: str) -> list[str]:
    return [q.prompt for q in generate(text, language=language).questions]


def test_a_count_and_a_venue_are_framed_by_the_role_the_role_question_asks():
    prompts = _prompts(MINISTER_AR, "ar")
    assert prompts == [
        "من هو وزير الري؟",
        "بحسب وزير الري، إلى كم بئرًا تحتاج المرحلة الأولى من المشروع؟",
        "مع أي برنامج تحدث وزير الري؟",
    ]
    prompts = _prompts(JOBS_EN, "en")
    assert "Who is the Acme chief executive?" in prompts, prompts
    assert (
        "According to the Acme chief executive, how many jobs would the company cut this year?"
        in prompts
    ), prompts
    assert "Which news outlet did the Acme chief executive speak to?" in prompts, prompts


def test_without_a_role_question_the_name_frames_the_count():
    prompts = _prompts(NO_ROLE_AR, "ar")
    assert prompts == ["بحسب أحمد سالم، إلى كم بئرًا تحتاج المرحلة الأولى من المشروع؟"]


def test_what_the_speaker_said_keeps_their_name():
    questions = generate(JOBS_EN, language="en").questions
    role = next(q for q in questions if q.category == "role")
    said = replace(
        role,
        type="cloze",
        category="attribution",
        prompt="According to John Smith, it was just a bad year, not the end of the ____",
        answer=["world"],
        extra={},
    )
    assert holders.by_role([role, said], "en")[1].prompt == said.prompt
