# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A surname of two words ("De Haan", "Van Dyke") is the person the article named in full:
one speaker, never two, and a prompt that keeps the speaker's name keeps all of it."""

from studyapp.domain.generation import document, generate, mentions, quotes

ONE_SPEAKER = """Gas prices drop ahead of the holiday weekend

"Gas prices are sliding significantly ahead of Thanksgiving," explained GasBuddy's Patrick De Haan.

According to De Haan, all 50 states saw a decline in gas prices last week, and 27 states now have a station under $3.

As for why prices are falling, De Haan said there are several factors in play, including reduced demand.

De Haan said he believes prices will drop another 10 cents per gallon over the next 12 days.
"""

TWO_SPEAKERS = """Gas prices fall before the holiday

Gas prices are falling in every state, explained Patrick De Haan, head of petroleum analysis at GasBuddy.

Patrick De Haan said prices will drop another 10 cents over the next 12 days.

The national average price of $3.64 is down 14 cents from a week ago, said Andrew Gross of AAA.
"""


def test_a_two_word_surname_is_the_person_named_in_full():
    doc = document.parse(ONE_SPEAKER, "en", None)
    mentions.spot(doc)
    person = doc.resolve_person("De Haan")
    assert person is not None and person.name == "Patrick De Haan"
    assert doc.resolve_person("Haan") is person


def test_the_only_speaker_is_not_asked_who_said_again_and_again():
    # Read as two people, "Patrick De Haan" and "De Haan", he had three typed who-saids.
    questions = generate(ONE_SPEAKER, language="en").questions
    who = [q for q in questions if q.prompt.startswith("Who said")]
    assert not who, [q.prompt for q in who]
    assert any(q.answer[0] == "50" for q in questions if q.type == "cloze")


def test_a_prompt_shows_or_hides_a_two_word_surname_whole():
    # "Patrick De Haan said …" opens two gaps' prompts; beside "Who is GasBuddy's head of
    # petroleum analysis?" the name is hidden, and never a part of it ("De … said").
    questions = generate(TWO_SPEAKERS, language="en").questions
    prompts = [q.prompt for q in questions if q.type == "cloze"]
    assert len(prompts) == 2, [q.prompt for q in questions]
    for prompt in prompts:
        shown = "Patrick De Haan said" in prompt
        assert shown or prompt.startswith("… said prices will drop"), prompt
        assert "De …" not in prompt and "… Haan" not in prompt, prompt


SEASON = """New Rep announces its season

"We are thrilled to bring these stories to our audiences," shares Artistic Director Michael J. Bobbitt.

"Theatre is a mirror," continues Tony Award-winning playwright Tony Kushner in a statement.

The season opens with Aaron Posner's adaptation of Anton Chekhov's The Seagull in October.
"""


def test_a_capitalised_word_joined_to_a_participle_is_no_persons_name():
    # "Tony Award-winning playwright Tony Kushner" made a person "Tony Award-winning", then
    # keyed a who-said and offered as a wrong choice.
    doc = document.parse(SEASON, "en", None)
    mentions.spot(doc)
    assert "Tony Award-winning" not in doc.people, list(doc.people)
    assert "Tony Kushner" in doc.people
    keys = [str(q.answer) for q in generate(SEASON, language="en").questions]
    assert not [k for k in keys if "Award-winning" in k], keys


PRESS_RELEASE = """New Rep announces its season

The season includes Aaron Posner's adaptation of The Seagull and John Patrick Shanley's drama DOUBT.

"I am so thrilled to announce this season and the artists we will hire" shares New Rep Artistic Director Michael J. Bobbitt.

"This is the first season that I was able to plan in its entirety, with the whole staff."
"""


def test_a_quotation_whose_speaker_is_named_after_it_without_a_verb_of_saying_is_theirs():
    # '"…" shares Director X.': "shares" is no verb of saying the rules know, and the quotation
    # went to the last person named before it, a playwright in a possessive.
    doc = document.parse(PRESS_RELEASE, "en", None)
    mentions.spot(doc)
    said = {a.statement: a.speaker.name for a in quotes.find(doc)}
    assert said and set(said.values()) == {"Michael J. Bobbitt"}, said
    assert not any("shares New Rep" in statement for statement in said), said
    # The only speaker: asked for by the role he holds, never "Who said …?" (quotes.py).
    questions = generate(PRESS_RELEASE, language="en").questions
    assert not [q for q in questions if q.prompt.startswith("Who said")]
    assert any(q.answer == "Michael J. Bobbitt" for q in questions if q.category == "role")
