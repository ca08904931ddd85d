# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""The people of a country the article names are its setting, not a fact: "called on Ghanaians
to disregard them" beside "Ghana's forest reserves", "the South Koreans announced" beside "in
South Korea" (read as a person, too). Nor is "thanks to Allah" a name to ask. Where the
country goes unnamed, its people are a fact like another."""

from studyapp.domain.generation import document, generate, mentions
from studyapp.domain.generation.names import is_demonym_en

FORESTS_EN = """Ministry denies misleading Parliament

The Ministry of Lands has denied claims that it misled Parliament about the state of Ghana's forest reserves.

In a statement released on Friday, the Ministry called on Ghanaians to disregard the claims.

"The health situation in the town is satisfactory, thanks to Allah," the statement said.
"""

PHONES_EN = """Apple and Samsung race to launch

Apple will unveil its new phone on Tuesday in California, its maker said.

At a news conference earlier on Tuesday, the South Koreans announced the Galaxy Note 8 to domestic media.

Its price starts at 1.09 million won in South Korea.
"""


def test_a_people_named_after_a_country_the_article_names_is_never_a_key():
    keys = [
        str(a)
        for text in (FORESTS_EN, PHONES_EN)
        for q in generate(text, language="en").questions
        for a in (q.answer if isinstance(q.answer, list) else [q.answer])
    ]
    assert not [k for k in keys if k in ("Ghanaians", "South Koreans", "Koreans", "Allah")], keys


def test_the_south_koreans_are_no_person():
    doc = document.parse(PHONES_EN, "en", None)
    mentions.spot(doc)
    assert "South Koreans" not in doc.people, list(doc.people)


def test_a_people_whose_country_goes_unnamed_is_still_a_fact():
    battle = "The Mongols defeated the Hungarians at Mohi in 1241."
    assert not is_demonym_en("Hungarians", battle)
    assert is_demonym_en("Hungarians", battle + " Hungary lost half its people.")
    assert not is_demonym_en("Samsung", PHONES_EN)


def test_a_people_beside_its_adjective_is_the_setting_too():
    # "the Nigerian Government … designed to put money into the pockets of ____" keyed
    # "Nigerians" (a blind reviewer: trivial); Nigeria itself goes unnamed.
    text = "The Nigerian Government will pay a stipend to the poorest Nigerians from May."
    assert is_demonym_en("Nigerians", text)
