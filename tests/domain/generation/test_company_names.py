"""Companies and venues as a reader knows them: "Apple (AAPL)" is Apple, never the ticker on
its own; "iPhone 6" and "Level 3 Communications" are names a number runs through, never a
gap on the number or on half the name; "the Flint Center" is right for the Flint Center for
the Performing Arts; and the article's own subject is not asked as the body that said a thing."""

from studyapp.domain.generation import document, generate, mentions, propose
from studyapp.domain.grading import grade
from tests.generated_gaps import answers

LAUNCH_EN = (
    "Apple unveils a faster phone\n\n"
    "Apple (AAPL) unveiled the iPhone 6 at the Flint Center for the Performing Arts in "
    "Cupertino on Tuesday.\n\n"
    '"Today we are launching the biggest advancement in the history of iPhone," chief '
    "executive Tim Cook said.\n\n"
    "Apple said the iPhone 6 is up to 50% faster than the original iPhone.\n\n"
    "The phones will be carried by Level 3 Communications and the Maine Department of "
    "Environmental Protection will test them, said spokesman David Madore.\n"
)


def _questions():
    return generate(LAUNCH_EN, language="en").questions


def test_a_ticker_in_brackets_is_no_answer_and_no_choice():
    for question in _questions():
        assert "AAPL" not in answers(question) and "AAPL" not in (question.choices or []), question


def test_a_number_inside_a_name_is_not_asked_alone():
    keys = {k for q in _questions() for k in answers(q)}
    assert not keys & {"6", "3", "Level", "Communications"}, keys
    prompts = " ".join(q.prompt for q in _questions())
    assert "iPhone ____" not in prompts and "Level ____" not in prompts, prompts


def test_a_venue_is_right_by_its_short_name():
    drafts = propose(LAUNCH_EN, language="en").questions
    venue = next(q for q in drafts if "Flint Center for the Performing Arts" in answers(q))
    assert grade(venue, "Flint Center").correct
    assert not grade(venue, "Performing Arts").correct


NETWORK_EN = (
    "Internet2 expands its network\n\n"
    "In 2006, Internet2 announced a partnership with Level 3 Communications to launch a new "
    "nationwide network, boosting its capacity from 10 Gbit/s to 100 Gbit/s.\n\n"
    "Samsung said it would sell the routers, and Google said it would not.\n"
)


def test_the_articles_own_subject_is_not_asked_as_the_body_that_said_it():
    questions = generate(NETWORK_EN, language="en").questions
    bodies = [q for q in questions if "which organisation" in q.prompt]
    assert not any("Internet2" in answers(q) for q in bodies), [q.prompt for q in bodies]


CLUB_EN = (
    "Capras name new coach for next season\n\n"
    "The CQ Capras have named former halfback Jason Ruell as their head coach for the 2027 "
    "season, the club said on Tuesday.\n\n"
    "Ruell, 41, spent six seasons with the Brisbane Tigers before moving into coaching with "
    "the Townsville Blackhawks in 2019.\n\n"
    "The Capras finished ninth last season, winning eight of their 20 games.\n"
)
CHIP_EN = (
    "Qualcomm unveils a faster chip for phones\n\n"
    "Qualcomm Inc on Tuesday unveiled a chip that it said would let phones download films in "
    "seconds, and named Samsung Electronics as its first customer.\n\n"
    "Qualcomm said the chip would reach shops in 2027 in phones made by Samsung and Xiaomi.\n"
)


def test_the_headlines_body_is_not_asked_by_its_full_name_either():
    """ "The ____ have named …" keyed "CQ Capras" under "Capras name new coach …", and "____ on
    Tuesday unveiled" keyed "Qualcomm Inc" under "Qualcomm unveils …": blind reviewers rejected
    both as the article's own subject. The other bodies are still asked."""
    for text, subject, others in [
        (CLUB_EN, "Capras", ("Brisbane Tigers", "Townsville Blackhawks")),
        (CHIP_EN, "Qualcomm", ("Samsung",)),
    ]:
        keys = [answers(q) for q in generate(text, language="en").questions if q.type == "cloze"]
        assert not any(subject in key for found in keys for key in found), keys
        assert any(other in key for other in others for found in keys for key in found), keys


UTILITY_EN = (
    "Regulators approve new solar farm\n\n"
    "State regulators on Thursday approved a solar farm that Madison Gas and Electric will "
    "build east of the city.\n\n"
    '"This project will keep costs low for customers," said Rebecca Valcq, chair of the '
    "Public Service Commission.\n\n"
    "Matt Cullen, a spokesman for Madison Gas and Electric, said construction would begin in "
    "2027.\n"
)


def test_a_utility_named_for_what_it_supplies_is_one_body_and_no_person():
    """ "Madison Gas and Electric" is one company: blind reviewers rejected three questions that
    offered "Madison Gas" as a person and asked for the spokesman "for Madison Gas"."""
    doc = document.parse(UTILITY_EN, "en")
    mentions.spot(doc)
    assert "Madison Gas and Electric" in doc.organisations, doc.organisations
    assert sorted(doc.people) == ["Matt Cullen", "Rebecca Valcq"], doc.people
    for question in generate(UTILITY_EN, language="en").questions:
        shown = [question.prompt, *(str(c) for c in question.choices or [])]
        assert not any("Madison Gas" in s and "Electric" not in s for s in shown), question


PHONES_EN = (
    "New chip for phones\n\n"
    "The first phones with the chip will come from South Korea's Samsung Electronics and "
    "China's Xiaomi early next year, said Cristiano Amon, president of the chip maker, at an "
    "event in San Diego.\n"
)


def test_the_country_a_company_is_from_is_no_gap():
    """ "come from ____'s Samsung Electronics" keyed "South Korea": blind reviewers rejected it
    as general knowledge, not something read in the article. The companies and the city where
    the event was are still asked."""
    keys = [q.answer[0] for q in generate(PHONES_EN, language="en").questions if q.type == "cloze"]
    assert not {"South Korea", "China"} & set(keys), keys
    assert "San Diego" in keys, keys
