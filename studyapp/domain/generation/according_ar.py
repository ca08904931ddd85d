"""What Arabic news gives as a person's words without a verb of saying: «وبحسب رئيس البلدية
نادر سليم، فإن أعمال الصيانة ستنتهي خلال شهرين» (speakers.py reads the rest)."""

from __future__ import annotations

from .document import Document, Person, Sentence, fold
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
            for start in range(i + 1, end):
                person = doc.resolve_person(doc.text[tokens[start].start : tokens[end - 1].end])
                body = person is not None and doc.people.get(person.name) is not person
                if person is None or body or is_outlet(doc, person.name):
                    continue
                if len(person.name.split()) < 2:
                    continue  # «بحسب رويترز»: a word the article gives no full name is no one
                return person
            return None
    return None
