# ruff: noqa: E501  (the articles are paragraphs, one line each)
""" "… the website quoted X as saying": the words are X's, not those of the last person named."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.attributions import find
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.mentions import spot

FINAL_EN = """Swiatek wins in Paris

Iga Swiatek beat American Sofia Kenin on Saturday to win the title without dropping a set.

"I am not very good at speeches, but I want to thank every person who made this tournament possible," the tournament website quoted Swiatek as saying.

"I am pretty happy we can still do our job and entertain people," she added.
"""


def test_the_words_go_to_the_one_quoted_as_saying_them():
    doc = parse(FINAL_EN, "en", "")
    spot(doc)
    speakers = [a.speaker.name for a in find(doc)]
    assert speakers == ["Iga Swiatek", "Iga Swiatek"], speakers


def test_no_question_gives_her_words_to_the_player_she_beat():
    prompts = [q.prompt for q in generate(FINAL_EN, title="").questions]
    assert not any("Kenin said" in p or "According to Sofia Kenin" in p for p in prompts), prompts
