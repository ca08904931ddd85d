"""One name joined by "and" is one name: "U.S. Fish and Wildlife Service" is never asked as
"The ____ and Wildlife Service", nor half of it keyed; and the words before ", said spokesman
Carl Reed" are his, not a person's whose role is "said spokesman Carl Reed"."""

from studyapp.domain.generation import completions, document, generate, mentions, propose
from tests.generated_gaps import answers

PANTHERS_EN = (
    "Panther deaths rise in Florida\n\n"
    "The U.S. Fish and Wildlife Service said on Monday that 30 panthers died this year.\n\n"
    "Officials from the Florida Fish and Wildlife Conservation Commission counted the deaths "
    "in Brown and Coleman Counties, said spokesman Carl Reed.\n\n"
    "Patients were moved to the Heart and Vascular Unit of Mercy Hospital, Reed said.\n\n"
    "Microsoft and Google said they would fund the study, as did Sky Movies and Sky Box Office.\n"
)


def _questions():
    return generate(PANTHERS_EN, language="en").questions


def _drafts():
    return propose(PANTHERS_EN, language="en").questions


def test_a_name_joined_by_and_is_asked_whole_or_not_at_all():
    questions = _drafts()
    keys = {k for q in questions for k in answers(q)}
    halves = {"U.S. Fish", "Fish", "Wildlife Service", "Florida Fish", "Coleman Counties"}
    assert not keys & halves, keys
    assert "U.S. Fish and Wildlife Service" in keys, keys
    prompts = " ".join(q.prompt for q in questions)
    assert "____ and Wildlife" not in prompts and "Fish and ____" not in prompts, prompts


def test_two_names_joined_by_and_stay_two():
    """ "Microsoft and Google", "Sky Movies and Sky Box Office": two bodies, each its own."""
    keys = {k for q in _drafts() for k in answers(q)}
    assert "Google" in keys, keys
    assert not any("Movies and" in k or "Microsoft and" in k for k in keys), keys


def test_the_words_before_said_and_a_role_are_the_speakers_not_a_persons_role():
    roles = [(q.prompt, answers(q)) for q in _questions() if q.category == "role"]
    assert not any("said" in prompt or "Coleman Counties" in keys for prompt, keys in roles), roles


def test_reported_words_framed_by_their_speaker_lose_the_sentences_capital():
    doc = document.parse(PANTHERS_EN, "en")
    mentions.spot(doc)
    for said, framed in [
        ("Patients were moved to the ____", "According to Carl Reed, patients were moved"),
        ("Officials from the ____ counted", "According to Carl Reed, officials from the"),
        ("U.S. officials said ____", "According to Carl Reed, U.S. officials"),
    ]:
        prompt = completions.reported(doc, "Carl Reed", said)
        assert prompt.startswith(framed), prompt


BUREAUS_EN = (
    "Crop report\n\n"
    "Winter crop production fell by 23 per cent, according to the Australian Bureau of "
    "Agricultural and Resource Economics and Sciences.\n\n"
    "The Harlan County Commissioner’s Court approved by a 4-1 margin a plan to repair 12 roads.\n\n"
    "Danone’s finance chief Juergen Esser said costs rose.\n"
)


def test_the_last_word_of_a_bodys_name_is_never_asked_alone():
    """A reviewer rejected gaps keyed "Sciences" (of "… Resource Economics and Sciences") and
    "Court" (of "Potter County Commissioner’s Court"): a word of a body's name, the rest of it
    printed around the gap."""
    questions = generate(BUREAUS_EN, language="en").questions
    keys = {k for q in questions for k in answers(q)}
    assert not keys & {"Sciences", "Court", "Harlan County Commissioner"}, keys
    prompts = " ".join(q.prompt for q in questions)
    assert "and ____." not in prompts and "Commissioner’s ____" not in prompts, prompts
    # "Danone’s finance chief" is whose the role is, not one body's name.
    assert "Who is Danone's finance chief?" in [q.prompt for q in questions]
