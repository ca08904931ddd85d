"""A list asked without wrong choices: "Name one of the two people who complete the sentence …"
typed, every item of the list a right answer.

A select-all needs wrong choices of the list's kind that are surely wrong, and an article often
has none to give: "injuries to key players like Aridane Santana and Marcos Tebar" in a story whose
only other person is the coach who says it. Offering him as a wrong choice, or a name the article
never mentions, is the defect reviewers named most for select-alls of names (79 of 207 judged in
docs/reviews/ rejected as a bad distractor). A typed answer needs no wrong choice at all: each
item, and each natural form of it (a surname, a company without its legal form), is marked right.
"""

from __future__ import annotations

from dataclasses import replace

from ..questions import Question
from . import keys
from .calibration import calibrate
from .document import Document, Sentence, fold
from .drafts import draft, question_id

_COUNT_EN = {2: "two", 3: "three", 4: "four", 5: "five"}
PROMPT = {
    "ar": "اذكر اسمًا واحدًا مما يكمل العبارة بحسب المقال: «{stem} …»",
    "en": (
        "Name one of the {count} people who complete the sentence, according to the article: "
        '"{stem} …"'
    ),
}
# People, as the select-all of names it stands in for; typed, a kind no other rule makes
# ("short entity"): rated at the overall acceptance rate until reviewers have judged it
# (calibration.py's default), then at its own by bench/calibrate.py.
CATEGORY = "entity"
ITEMS = "items"  # the names a typed list asks, which no choice of another question may offer


def ask(doc: Document, sentence: Sentence, stem: str, items: list[str]) -> Question | None:
    """The typed question on the people `items`, who complete `stem`; None for a list too long
    to name the count of. Only people: a list the article's names make organisations holds
    counties, castles and officials' first names as often (set o: "Name one of the four
    organisations …" keyed "Mombasa")."""
    if not 2 <= len(items) <= max(_COUNT_EN):
        return None
    stem = _after_people(doc, stem)
    if doc.language == "ar":
        prompt = PROMPT["ar"].format(stem=stem)
    else:
        prompt = PROMPT["en"].format(count=_COUNT_EN[len(items)], stem=stem)
    answer = list(items)
    for item in items:
        answer += [form for form in keys.person_forms(doc, item) if form not in answer]
    question = draft(doc, "short", CATEGORY, prompt, answer, sentence.start, sentence.end, 0.5)
    question.extra[ITEMS] = list(items)
    return question


_FEWEST_STEM_WORDS = 4


def _after_people(doc: Document, stem: str) -> str:
    """The stem from after the last person it names, when enough words are left: "Rovers boss
    Daniel Mayer wasn’t too disappointed as he suggested that … players like" printed the name
    "Who is the Rovers boss?" asks."""
    ends = [
        stem.rfind(form) + len(form)
        for person in doc.people.values()
        for form in (person.name, *person.forms)
        if form in stem
    ]
    if not ends:
        return stem
    rest = stem[max(ends) :].strip(" ,،")
    return f"… {rest}" if len(rest.split()) >= _FEWEST_STEM_WORDS else stem


def typed_beside(questions: list[Question]) -> list[Question]:
    """`questions` with each choice question that offers a person a typed list asks ("Who is
    the Odisha boss?" among the two injured players "Name one of …" asks for) asked typed
    instead: the choices printed that list's answers (reviewers of news-dev 12 and set j
    rejected the typed list as a duplicate), and typed, a role or a who-said question asks the
    same without them (keyed with the name, the surname accepted)."""
    listed = {fold(item) for q in questions for item in q.extra.get(ITEMS, ())}
    if not listed:
        return questions
    out = []
    for question in questions:
        offered = question.choices or []
        if question.type == "mcq" and any(
            fold(c) in listed for c in offered if c != question.answer
        ):
            key = str(question.answer)
            answer = [key, *([key.split()[-1]] if len(key.split()) > 1 else [])]
            typed = replace(
                question,
                id=question_id(
                    "short", question.source.start, question.source.end, answer, question.prompt
                ),
                type="short",
                answer=answer,
                choices=None,
            )
            question = calibrate([typed])[0]
        out.append(question)
    return out
