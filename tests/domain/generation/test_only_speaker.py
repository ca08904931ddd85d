# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""An article with one speaker, or one person: her name is what the article prints throughout,
so no question asks for it among strangers' names; her words are asked as hers, and her role.
Also: two counts spelt out in one sentence, asked as two gaps, hide each other's answer."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.generation.role_names import name_by_role

ONE_SPEAKER_EN = """OpenAI wants its own data centers

OpenAI's chief financial officer Sarah Friar said on Tuesday that cloud providers are "learning on our dime".

"What I want to make sure of is that we are not giving away our intellectual property," Friar said.

She said the company would build its own data centers over time, a project that will take years.
"""


def test_an_only_speaker_is_asked_what_she_said_and_her_role_never_who_said():
    questions = generate(ONE_SPEAKER_EN, language="en").questions
    prompts = [q.prompt for q in questions]
    # "Who said …?" or "Who is OpenAI's CFO?" among well-known women of the field: the one
    # name the article prints (blind reviewers rejected both as duplicates).
    assert not [p for p in prompts if p.startswith("Who ")], prompts
    said = [q for q in questions if q.category == "attribution"]
    assert said and all("Sarah Friar" in q.prompt and q.type == "cloze" for q in said), prompts
    assert ["intellectual property"] in [q.answer for q in said]
    roles = [q for q in questions if q.category == "role"]
    assert [(q.prompt, q.answer) for q in roles] == [
        ("What is Sarah Friar's role at OpenAI?", "chief financial officer")
    ]


MINISTER_AR = """وزير الإعلام: اتفاق السويداء يدخل حيز التنفيذ

قال وزير الإعلام السوري حمزة المصطفى في دمشق، يوم الأحد، إن الاتفاق يمنح الأطراف مهلة 48 ساعة لفض الاشتباك.

وأضاف المصطفى أن الحكومة شكلت لجنة طوارئ لإدخال المساعدات الطبية إلى المحافظة.
"""


def test_where_a_speaker_spoke_calls_them_by_the_role_another_question_asks():
    # «من هو وزير الإعلام السوري؟» asks his name: «في أي مكان تحدث حمزة المصطفى؟» printed it.
    questions = generate(MINISTER_AR, language="ar").questions
    asked = {q.prompt: q.answer for q in questions}
    assert "من هو وزير الإعلام السوري؟" in asked
    assert not [p for p in asked if "المصطفى" in p], list(asked)
    # Here the place is a gap of the sentence, which gives way to its number gap (reviewers of
    # fresh news took 2 of 18 "where did … speak?" questions); where one is asked, it too calls
    # him by the role.
    drafts = propose(MINISTER_AR, language="ar").questions
    who = next(q for q in drafts if q.prompt == "من هو وزير الإعلام السوري؟")
    where = next(q for q in drafts if q.prompt.startswith("في أي مكان تحدث"))
    renamed = name_by_role([who, where])
    assert (renamed[1].prompt, renamed[1].answer) == (
        "في أي مكان تحدث وزير الإعلام السوري؟",
        "دمشق",
    )


WON_AND_LOST_EN = """Odisha lose at home

Odisha FC lost 3-0 to Bengaluru on Wednesday, coach Josep Gombau said.

Today we lost but if you see the last seven games then we won five and lost two.

The team plays Mumbai City on Sunday.
"""


def test_two_counts_spelt_in_one_sentence_hide_each_others_answer():
    # "we won ____ and lost two" beside "we won five and lost ____": each printed the other's
    # key (a blind reviewer rejected one of the two as a duplicate).
    questions = generate(WON_AND_LOST_EN, language="en").questions
    gaps = {
        q.answer[0]: q.prompt
        for q in questions
        if q.answer in (["five", "5", "won five"], ["two", "2", "lost two"])
    }
    assert set(gaps) == {"five", "two"}, gaps
    assert gaps["five"].endswith("won ____ and lost ….")
    assert gaps["two"].endswith("won … and lost ____.")
