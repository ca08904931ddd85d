"""Shapes read off set z, a fresh set of news stories read (not judged) in the twenty-seventh
session: each text here is written for the test, not taken from an article."""

from studyapp.domain.generation import document, generate, mentions, propose

SIGNING_EN = (
    "Everton sign Turkish striker\n\n"
    "Everton have signed striker Cenk Arslan from Besiktas on a four-year deal.\n\n"
    "The forward, who has scored 41 goals in 96 league games, said boss Sam Fielding was a key "
    "factor in his decision to move to England.\n\n"
    '"It feels great to be an Everton player," Arslan said.\n\n'
    '"He has scored goals everywhere and he is desperate to play in the Premier League," said '
    "the Everton boss.\n"
)


def test_the_premier_league_is_nobody():
    doc = document.parse(SIGNING_EN, "en")
    mentions.spot(doc)
    assert "League" not in doc.people
    assert "Premier League" in doc.organisations
    for question in generate(SIGNING_EN, language="en").questions:
        assert "League" not in (question.choices or []), question.prompt


def test_a_name_after_said_with_its_verb_after_it_is_what_the_words_are_about():
    # "…, said boss Sam Fielding was a key factor": the forward speaks, of his new boss.
    questions = generate(SIGNING_EN, language="en").questions
    for question in questions:
        if question.category == "attribution" and "key factor" in question.prompt:
            assert question.accepted_answers[0] != "Sam Fielding", question.prompt
        assert not question.prompt.startswith("Who said that the forward, who"), question.prompt


COUNCIL_EN = (
    "Council approves the 2040 plan\n\n"
    "The Riverton City Council voted 10-1 on Friday to approve the Riverton 2040 housing plan.\n\n"
    '"Following Friday’s vote, Mayor Jacob Reyes released a statement praising the council.\n\n'
    'Council President Lisa Brandt said: "As we move forward, I know that the commitment of '
    'this council to affordable housing will stay front and center."\n'
)


def test_neither_an_opening_participle_nor_a_verb_after_we_is_a_gap():
    doc = document.parse(COUNCIL_EN, "en")
    mentions.spot(doc)
    assert not any(org.startswith("Following") for org in doc.organisations)
    keys = {q.accepted_answers[0] for q in generate(COUNCIL_EN, language="en").questions}
    assert not keys & {"Following", "Following Friday", "move forward"}, keys


METEORITE_EN = (
    "Museums share a rare meteorite\n\n"
    "Private collector Robert Haag owned the meteorite and contacted Mina Patel, director of the "
    "state university's meteorite centre.\n\n"
    "Field Museum curator Philipp Heck said the piece would be cut into five sections.\n\n"
    "Heat exhaustion is a milder form of heatstroke, caused by long exposure to hot weather.\n\n"
    "Assistant District Attorneys Jason Napoli and Laura Rodrigue appeared pleased with the "
    "verdict.\n"
)


def test_a_capital_that_only_opens_the_sentence_is_not_asked():
    prompts = [q.prompt for q in generate(METEORITE_EN, language="en").questions]
    assert "Who is the private collector?" in prompts, prompts
    assert "Who is the Private collector?" not in prompts
    assert "What is Heat exhaustion?" not in prompts


def test_a_given_name_answers_only_after_another_given_name_and_and():
    # "Jason Napoli and ____" is two people, unlike "Tyler and ____ McPhail" (set q).
    drafts = propose(METEORITE_EN, language="en").questions
    laura = [q for q in drafts if q.accepted_answers[0] == "Laura Rodrigue"]
    assert laura
    assert all("Laura" not in q.accepted_answers for q in laura), laura[0].accepted_answers


FROGS_EN = (
    "University researchers identify frog species\n\n"
    "When the frogs arrived at the college in July, they discovered one was not the species "
    "they were told, said John Cossel, a biologist at the college.\n\n"
    '"We looked through pages and pages of literature and none of this matched," said Austin '
    "Reich, an ecology student at the college.\n\n"
    "Cossel, who studies amphibians and reptiles, said these frogs are found in the rainforests "
    "of Central America.\n\n"
    "\"Long after I'm gone and Austin is gone, we'll have the claim to fame of naming that "
    'species," Cossel said.\n'
)


def test_who_said_asks_neither_the_speakers_own_name_nor_words_naming_the_other():
    # Set x: "Who said that Cossel, who studies amphibians and reptiles?" and a quotation
    # naming Austin, the only other speaker (rejected as given away).
    said = [q.prompt for q in generate(FROGS_EN, language="en").questions if "Who said" in q.prompt]
    assert said, "the two speakers' words are still asked"
    assert not any("Cossel, who" in p or "Austin is gone" in p for p in said), said


def test_a_gap_in_someones_words_is_never_another_persons_given_name():
    keys = {q.accepted_answers[0] for q in generate(FROGS_EN, language="en").questions}
    assert "Austin" not in keys, keys
