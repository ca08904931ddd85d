"""Shapes blind reviewers rejected on set r (the hundred-and-sixty-second review, twenty-seventh
session), read after it was judged: each text here is written for the test."""

from studyapp.domain.generation import document, keys, mentions, propose
from studyapp.domain.text import split_sentences


def _keys(text: str, language: str) -> dict[str, list[str]]:  # key: its accepted forms
    drafts = propose(text, language=language).questions
    return {q.accepted_answers[0]: q.accepted_answers for q in drafts}


def test_santa_shortened_ends_no_sentence():
    text = "The hospital opened in Tayuman, Sta. Cruz, Manila. It has 700 beds."
    assert len(split_sentences(text)) == 2


SCHOOLS_EN = (
    "Schools celebrate exam results\n\n"
    "At St. Joseph’s Boys National School, Deputy Principal Nahashon Tsuma said all 50 students "
    "who sat for the exams achieved a grade of C+ or higher.\n\n"
    "Star man Akinwunmi Amoo sporting jersey No 13 was named Man of the Match after 4 goals.\n\n"
    "Skipper Samson Tijani also shone in defence, the coach said.\n\n"
    "Police said the man reacted in an aggressive manner and ran towards the main road.\n"
)


def test_no_gap_on_half_of_a_saints_school_or_on_a_jersey_number():
    keys = _keys(SCHOOLS_EN, "en")
    assert not {"St. Joseph", "Boys National School", "13"} & set(keys), list(keys)
    assert "50" in keys  # the count is still asked


def test_a_skippers_name_is_the_name_alone_and_a_filler_noun_is_optional():
    doc = document.parse(SCHOOLS_EN, "en")
    mentions.spot(doc)
    assert "Samson Tijani" in doc.people, list(doc.people)
    assert "aggressive" in keys.plain_forms("aggressive manner")
    assert "dark" in keys.plain_forms("dark conditions")
    assert keys.plain_forms("Supreme Court") == []


TWINS_AR = (
    "تأجيل الحكم في قضية الإهمال الطبي\n\n"
    'ترجع أحداث الواقعة إلى عام 2018، حيث وضعت أنغام جابر طفلين توأم "عمر وتسبيح" في أحد '
    "المستشفيات الخاصة بمحافظة قنا، وبقيت الطفلة في الحضانة لمدة 45 يوماً.\n"
)


def test_two_quoted_names_are_no_one_gap():
    keys = _keys(TWINS_AR, "ar")
    assert "عمر وتسبيح" not in keys, list(keys)
    assert "45" in keys, list(keys)
