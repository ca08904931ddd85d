"""A speaker called by the role a "Who is …?" question asks, where another question frames a
count or a venue with their name: «بحسب وزير الري والموارد المائية، كم بئرًا …؟» and «في أي
برنامج تحدث وزير الري …؟» beside «من هو وزير الري والموارد المائية؟», not «بحسب حسام مغازى، …».
Blind reviewers rejected the questions framed by the name as giving the role question away
("the prompt's 'بحسب مروان الزرعوني' prints item 1's answer"). Only the speaker's slot in a
frame the generator writes changes: "According to …,", "Which news outlet did … speak to?",
"Where did … speak?", «بحسب …،», «… تحدث …؟». What someone said ("Complete what X said", «بحسب
X، ____») is asked as theirs and keeps the name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..questions import Question
from .drafts import question_id
from .ranker import FIRST

# What a "Who is …?" prompt asks for: «من هو وزير التربية والتعليم؟», "Who is Danone's
# finance chief?", "Who is the Chinese Ambassador?".
_WHO = {
    "ar": re.compile(r"^من (?:هو|هي) (?P<role>[^؟]+)؟$"),
    "en": re.compile(r"^Who is (?P<role>[^?]+)\?$"),
}
# The frames that name a speaker, the name between the two groups.
_SLOTS = {
    "ar": (r"^(بحسب ){name}(، )", r"( تحدثت? ){name}(؟)$"),
    "en": (r"^(According to ){name}(, )", r"( did ){name}( speak)"),
}


def by_role(questions: list[Question], language: str) -> list[Question]:
    """`questions` with each speaker a "Who is …?" question of the first ten asks for called,
    in the frames of the others, by the role it asks."""
    holders = _holders(questions[:FIRST], language)
    if not holders:
        return questions
    out = []
    for question in questions:
        prompt = question.prompt
        # What someone said is asked as theirs: it keeps the name.
        if not _asks_the_holder(question) and question.category != "attribution":
            for name, role in holders:
                for slot in _slots(language, name):
                    prompt = slot.sub(
                        lambda m, role=role: f"{m.group(1)}{role}{m.group(2)}", prompt
                    )
        if prompt != question.prompt:
            source = question.source
            new_id = question_id(question.type, source.start, source.end, question.answer, prompt)
            question = replace(question, id=new_id, prompt=prompt, extra=dict(question.extra))
        out.append(question)
    return out


def _asks_the_holder(question: Question) -> bool:
    """True for a role question asked either way: "Who is …?" or "What is X's role?"."""
    return question.category == "role" and "person" in question.extra


def _holders(questions: list[Question], language: str) -> list[tuple[str, str]]:
    """(a written form of the person's name, the role) for each "Who is …?" question, the
    longest forms first: the full name, then the surname the article also uses."""
    who = _WHO.get(language)
    found: list[tuple[str, str]] = []
    for question in questions:
        person = question.extra.get("person")
        asked = who.match(question.prompt) if who and person else None
        if not _asks_the_holder(question) or asked is None:
            continue
        answers = question.answer if isinstance(question.answer, list) else [question.answer]
        if str(answers[0]) != person:
            continue  # "What is X's role?": the role is the answer
        found += [(str(form), asked["role"]) for form in answers if str(form).strip()]
    return sorted(found, key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=256)
def _slots(language: str, name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(slot.format(name=re.escape(name))) for slot in _SLOTS[language])
