# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""English names read wrong on fresh news: a three-word name after a role cut at its given
name ("spokeswoman | Leigh Ann Porter" asked as "Ann Porter"), a source named in passing given
the writer's next clause as their words, and a state after "said" taken for a speaker."""

from studyapp.domain.generation import document, generate, mentions

APPEAL_EN = """State appeals marriage ruling

COLUMBIA, SC - Attorney General Alan Wilson has filed an appeal of Wednesday's federal court ruling.

"Today's ruling does not change the obligation of this Office to defend the law," Wilson said in a statement.

The attorney general said South Carolina's laws on marriage are unlike those in any other state.

That filing was made Thursday morning, according to office spokesman Mark Dunn, and comes a day after District Judge Ruth Hale issued a permanent injunction.

"We expect a quick answer from the court," office spokeswoman Leigh Ann Porter said on Friday.
"""


def _people():
    doc = document.parse(APPEAL_EN, "en")
    mentions.spot(doc)
    return list(doc.people)


def test_a_name_after_a_role_keeps_its_first_word_though_no_list_knows_it():
    assert "Leigh Ann Porter" in _people() and "Ann Porter" not in _people()
    roles = [q for q in generate(APPEAL_EN, language="en").questions if q.category == "role"]
    keyed = {q.answer[0] for q in roles if q.type == "short"} | {
        q.answer for q in roles if q.type == "mcq"
    }
    assert "Ann Porter" not in keyed, [(q.prompt, q.answer) for q in roles]


def test_a_state_after_said_is_no_speaker():
    assert "South Carolina" not in _people()
    for question in generate(APPEAL_EN, language="en").questions:
        assert "South Carolina" not in (question.choices or []), question.prompt


def test_what_follows_a_source_named_in_passing_is_not_their_words():
    for question in generate(APPEAL_EN, language="en").questions:
        if question.category == "attribution":
            assert "comes a day after" not in question.prompt, question.prompt


WIND_EN = """Utility plans more wind farms

The company plans to spend $2.7 billion on wind farms, Mark Dalton, chief executive officer of the Ridgeway, Ohio-based power company, said today during a conference call.

"We have signed more contracts this year than in any year before," Dalton said.
"""


def test_a_role_is_not_cut_inside_the_place_that_describes_its_company():
    # "…, chief executive officer of the Juno Beach, Florida-based power company," was asked
    # "Who is the chief executive officer at the Juno Beach?": the comma is the description's.
    doc = document.parse(WIND_EN, "en")
    mentions.spot(doc)
    assert doc.roles and all("Ridgeway" not in m.role for m in doc.roles), doc.roles
    roles = [q for q in generate(WIND_EN, language="en").questions if q.category == "role"]
    assert roles and all("Ridgeway" not in q.prompt for q in roles), [q.prompt for q in roles]


MUSEUM_EN = """Museum opens a new gallery

The city museum will open its newest permanent exhibit this Saturday.

"We hope that visitors will be curious and eager to find out new things," said Jane Holt, the museum's exhibit developer.

The gallery opens to the public on June 25.
"""


def test_an_exhibit_developer_is_a_role_to_ask_for():
    # The museum's only speaker, "the museum's exhibit developer", was asked nothing about: the
    # job nouns of culture and schools (developer, curator, teacher, principal …) were no roles.
    roles = [q for q in generate(MUSEUM_EN, language="en").questions if q.category == "role"]
    assert [(q.prompt, q.answer[0]) for q in roles] == [
        ("Who is the museum's exhibit developer?", "Jane Holt")
    ], [(q.prompt, q.answer) for q in roles]
