"""What news gives as a person's words without a verb of saying: «وبحسب رئيس البلدية نادر سليم،
فإن أعمال الصيانة ستنتهي خلال شهرين», "According to police spokesman Tom Brady, the driver fled
on foot" (speakers.py and statements.py read the rest)."""

from __future__ import annotations

import re

from .document import Document, Person, Sentence, fold, is_body
from .names import ROLE_NOUNS_EN
from .outlets import is_outlet

# «وبحسب رئيس البلدية نادر سليم، فإن …»: what a person is given as saying, no verb of saying.
ACCORDING_AR = frozenset(fold(w) for w in "بحسب وبحسب".split())
_SO_THAT_AR = frozenset(fold(w) for w in "فإن فان".split())


def according_to_ar(doc: Document, sentence: Sentence, i: int) -> Person | None:
    """The person «بحسب» at token i names, when a comma and «فإن» follow the name: a body or an
    outlet given as the source («بحسب وكالة الأنباء») is no speaker to ask about."""
    tokens = sentence.tokens
    for end in range(i + 2, min(len(tokens), i + 10)):
        if (
            tokens[end].key in _SO_THAT_AR
            and "،" in doc.text[tokens[end - 1].end : tokens[end].start]
        ):
            return _named_between(doc, sentence, i + 1, end)
    return None


def according_to_en(doc: Document, sentence: Sentence, i: int) -> tuple[Person, int] | None:
    """The person "According to" at token i names, and the offset in the sentence after the
    comma that closes the name, where what they said begins."""
    tokens = sentence.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].key != "to":
        return None
    for end in range(i + 3, min(len(tokens), i + 10)):
        between = doc.text[tokens[end - 1].end : tokens[end].start]
        if "," in between:
            if tokens[end].key in _RELATIVE_EN:
                return None  # "…, according to deputy mayor X, who's suggesting …": the words
                # are before "according to"; what follows the comma is about him
            if i > 0 and tokens[end].key in ("a", "an"):
                return None  # "… seek a judicial review, according to Mr Gray, a process that
                # can cost …": the narrator's note on the words before (set p: garbled)
            if i > 0 and tokens[end].key in ROLE_NOUNS_EN:
                return None  # "…, according to Amanda Jacinto, spokeswoman for the fire
                # department …": her role, and her words are before "according to" (set z)
            person = _named_between(doc, sentence, i + 2, end)
            after = tokens[end - 1].end + between.index(",") + 1 - sentence.start
            return (person, after) if person is not None else None
        if between.strip():
            return None
    return None


_RELATIVE_EN = frozenset("who who's who’s whose whom which".split())
# "According to police spokesman Tom Brady, ": what follows is his, as after "said that".
AFTER_ACCORDING_EN = re.compile(r"(?:^|\s)[Aa]ccording to [^,]{3,80},\s*$")


def _named_between(doc: Document, sentence: Sentence, first: int, end: int) -> Person | None:
    """The person the words from token `first` to token `end` end with, named in full."""
    tokens = sentence.tokens
    for start in range(first, end):
        person = doc.resolve_person(doc.text[tokens[start].start : tokens[end - 1].end])
        if person is None or is_body(doc, person) or is_outlet(doc, person.name):
            continue
        if len(person.name.split()) < 2:
            continue  # «بحسب رويترز»: a word the article gives no full name is no one
        return person
    return None
