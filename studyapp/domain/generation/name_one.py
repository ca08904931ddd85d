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

from ..questions import Question
from . import keys
from .document import Document, Sentence
from .drafts import draft

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


def ask(doc: Document, sentence: Sentence, stem: str, items: list[str]) -> Question | None:
    """The typed question on the people `items`, who complete `stem`; None for a list too long
    to name the count of. Only people: a list the article's names make organisations holds
    counties, castles and officials' first names as often (set o: "Name one of the four
    organisations …" keyed "Mombasa")."""
    if not 2 <= len(items) <= max(_COUNT_EN):
        return None
    if doc.language == "ar":
        prompt = PROMPT["ar"].format(stem=stem)
    else:
        prompt = PROMPT["en"].format(count=_COUNT_EN[len(items)], stem=stem)
    answer = list(items)
    for item in items:
        answer += [form for form in keys.person_forms(doc, item) if form not in answer]
    return draft(doc, "short", CATEGORY, prompt, answer, sentence.start, sentence.end, 0.5)
