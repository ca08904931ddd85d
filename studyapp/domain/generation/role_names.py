"""A speaker whom a role question asks for is called by that role where the frames of other
questions name them: "According to the Odisha boss, how many …?" beside "Who is the Odisha
boss?".

Blind reviewers rejected "Who is the Minister of Information?" as a duplicate when the
questions around it opened «بحسب حمزة المصطفى، …» or "Josep Gombau said: …": the name it asks
was printed up to six times in the same list (news-dev, fifty-seventh and sixtieth reviews;
five such rejections of role questions on fresh news in the fifty-eighth and fifty-ninth). A
teacher writing the quiz names the speaker by their role in such frames, and both questions
then stand. Only the frames the generator writes around a speaker's words change, never the
article's own sentences.

A gap in someone's words is framed so too ("Complete what the Odisha boss said: …", «بحسب
وزيرة التجارة، …»): the seventy-seventh review rejected «من هو وزير الإعلام السوري؟» because
three gaps in the minister's words below it named him, and six such gaps on news-dev because
their frame printed the name a "who said?" or "who is?" question before them asks (three of
them printed another question's key too). The words are still asked as the speaker's. The
news-dev coverage count, which wants the speaker's name in the prompt of a "what did X say"
question, falls with it (top 20: 78.4% to 75.4%).

A minister is the exception (ask_the_role): "What is Hamza al-Mustafa's role?" among the same
government's other ministers (portfolios.py) asks the same pairing, and then the frames keep
his name and give nothing away. It takes the place of "Who is …?" when two or more frames name
him, and the list ranked so keeps it with no other question printing the role (ranker.rank
tries it and falls back: "Tourism Minister … has said" would give it away). On news-dev it
brings back 01's must, the minister's words on al-Hijri, and 08's commerce secretary's words.

The modules that write a frame record whom it names (framing): a count asked as someone's
(counts.py), "What did X say about …?" (quotes.py), the outlet a speaker spoke to (venues.py),
a gap in a quotation cut to its sentence (windows.py) and a gap in what a speaker said
(completions.py). The name stands first in each frame.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..questions import Question

# The key of Question.extra that names the speaker a frame written around a question names.
FRAMED = "framed"

# What a role question's prompt calls its holder: "Who is the Odisha boss?" -> "the Odisha
# boss", «من هو وزير الإعلام السوري؟» -> «وزير الإعلام السوري».
_ASKS_HOLDER = re.compile(r"^(?:Who is |من (?:هو|هي) )(?P<role>[^?؟]+)[?؟]$")
# The key of Question.extra that marks "What is X's role?" asked among other ministers
# (portfolios.py), naming the person alone: choices of its kind, unlike a company's officers
# offered for a water director.
AMONG_MINISTERS = "among_ministers"
# Frames naming a speaker that make their role, not their name, the thing to ask.
_FRAMES_TO_SWAP = 2


def framing(question: Question, speaker: str) -> Question:
    """`question`, whose prompt frames `speaker`'s words or deeds by their name, recorded so."""
    question.extra[FRAMED] = speaker
    return question


def ask_the_role(questions: Sequence[Question]) -> tuple[list[Question], list[Question]]:
    """(`questions` without "Who is the Syrian information minister?" where "What is Hamza
    al-Mustafa's role?" asks the same pairing and two or more other questions frame his words by
    his name, the role questions kept in their place). Those frames then keep the name, which
    the coverage count and a reader both want, and give nothing away."""
    framed = Counter(q.extra.get(FRAMED, "") for q in questions)
    asking = [
        q
        for q in questions
        if q.extra.get(AMONG_MINISTERS) and framed[q.extra.get("person", "")] >= _FRAMES_TO_SWAP
    ]
    swapped = {q.extra.get("person", "") for q in asking}
    return [q for q in questions if _holder(q)[0] not in swapped], asking


def name_by_role(questions: Sequence[Question]) -> list[Question]:
    """`questions` with each speaker whom a role question asks for ("Who is the Odisha boss?"
    keyed "Josep Gombau") called by that role in the frames of the others."""
    called: dict[str, str] = {}
    for question in questions:
        person, role = _holder(question)
        if person:
            called.setdefault(person, role)
    if not called:
        return list(questions)
    return [_renamed(q, called) for q in questions]


def _holder(question: Question) -> tuple[str, str]:
    """(the person, the role) a "who is the …?" question asks for, else ("", "")."""
    person = question.extra.get("person", "")
    found = _ASKS_HOLDER.match(question.prompt) if question.category == "role" else None
    if not person or found is None:
        return "", ""
    return person, found.group("role")


def _renamed(question: Question, called: dict[str, str]) -> Question:
    person = question.extra.get(FRAMED, "")
    role = called.get(person)
    at = question.prompt.find(person) if role else -1
    if at < 0:
        return question
    role = role[0].upper() + role[1:] if at == 0 else role
    return replace(
        question, prompt=question.prompt[:at] + role + question.prompt[at + len(person) :]
    )
