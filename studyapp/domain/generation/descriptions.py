"""Who the article describes in quoted words: «وصف هوانغ بأنه "رجل الخمسة تريليونات"» asked as
«من الذي وُصف بأنه "رجل الخمسة تريليونات"؟», 'dubbed Ellis "the iron chief"' as 'Who was
described as "the iron chief"?', the article's other people as wrong choices (a name is typed
when it has too few of them)."""

from __future__ import annotations

import re

from ..questions import Question
from . import distractors, keys
from .document import Document, Person, Sentence
from .drafts import draft, mcq

# «وصف هوانغ بأنه "…"», «ووصف رئيس النادي المدرب سامي حداد بأنه "…"», «إلى وصف هوانغ بأنه
# "…"»: who is described stands last before «بأنه». «وصفه العمري بأنه» names who described.
_DESCRIBED_AR = re.compile(
    r"(?<!\w)(?:و|إلى |الى )?(?:وصف|وصفت|يصف|تصف)\s+(?P<who>[^«»\"“”.،,\n]{2,80}?)\s+"
    r"(?P<as>بأنه|بانه|بأنها|بانها)\s*[«\"“](?P<what>[^«»\"“”\n]{3,60})[»\"”]"
)
# 'described coach Tomas Lindqvist as "…"', 'called Ellis "…"': who is described stands last.
_DESCRIBED_EN = re.compile(
    r"\b(?:described|called|dubbed|labell?ed|branded|hailed|nicknamed)\s+"
    r"(?P<who>[^“”\".,;\n]{2,80}?)\s+(?:as\s+)?[“\"](?P<what>[^“”\"\n]{3,60})[”\"]"
)
_ASK = {
    "ar": {"m": "من الذي وُصف بأنه «{what}»؟", "f": "من التي وُصفت بأنها «{what}»؟"},
    "en": 'Who was described as "{what}"?',
}
_WORDS = 8  # longer quoted words are someone's statement, asked as such (quotes.py)
CONFIDENCE = 0.6


def extract(doc: Document) -> list[Question]:
    questions = []
    pattern = _DESCRIBED_AR if doc.language == "ar" else _DESCRIBED_EN
    for sentence in doc.content:
        for match in pattern.finditer(sentence.text):
            person = _person(doc, match.group("who"))
            what = match.group("what").strip(" .،,")
            if person is None or len(what.split()) > _WORDS or _names(person, what):
                continue
            question = _ask(doc, sentence, person, what, match)
            if question:
                questions.append(question)
    return questions


def _person(doc: Document, words: str) -> Person | None:
    """The article's person the last words name ("coach Tomas Lindqvist", «رئيس النادي خالد
    العمري المدرب سامي حداد»: the one described comes last), by full name or surname."""
    parts = words.split()
    for n in (3, 2, 1):
        if len(parts) >= n:
            found = doc.resolve_person(" ".join(parts[-n:]))
            if found is not None and found.name in doc.people:
                return found
    return None


def _names(person: Person, what: str) -> bool:
    """True when the quoted words hold the person's name: they would give the answer away."""
    return any(part in what for part in person.name.split() if len(part) > 2)


def _ask(
    doc: Document, sentence: Sentence, person: Person, what: str, match: re.Match[str]
) -> Question | None:
    if doc.language == "ar":
        gender = "f" if match.group("as") in ("بأنها", "بانها") else "m"
        prompt = _ASK["ar"][gender].format(what=what)
    else:
        gender = person.gender or ""
        prompt = _ASK["en"].format(what=what)
    seed = f"{sentence.start}|{person.name}"
    wrong = distractors.people(doc, person.name, seed, gender, prompt)
    start, end = sentence.start, sentence.end
    question = mcq(doc, "description", prompt, person.name, wrong, start, end, CONFIDENCE)
    if question is None:
        forms = [person.name, *keys.person_forms(doc, person.name)]
        question = draft(doc, "short", "description", prompt, forms, start, end, CONFIDENCE)
    return question
