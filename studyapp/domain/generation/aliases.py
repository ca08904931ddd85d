"""Other names: the name a term is also known by, asked as a gap on that name alone.

"الاضطراب ثنائي القطب، المعروف سابقا باسم ____، هو…" keyed "الاكتئاب الهوسي"; "ويسمى
بالتقويم الغريغوري" keyed with its «بـ» and without; "a process known as ____" keyed "mining".
The name runs from after the cue ("باسم", a word carrying «بـ», "known as", "called") to the
end of its clause, four words at most.
"""

from __future__ import annotations

import re

from ..questions import Question
from .document import Document, Sentence, Token, fold
from .drafts import cloze
from .precision import FUNCTION_WORDS_AR, FUNCTION_WORDS_EN

# Words that end a name: a preposition or a relative word (definitions' heads end at them too).
CLAUSE_STARTS = {
    "ar": frozenset(fold(w) for w in "من في على عن إلى التي الذي الذين حيث".split()),
    "en": frozenset("of in on at for from by with that which who whose where".split()),
}

# Other names: "المعروف سابقا باسم ____", "ويسمى ____", "عرف عند الغرب باسم ____", "also known
# as ____". The cue, then words that may stand between it and the name, then the name.
_NAMED_CUES = {
    "ar": frozenset(
        fold(w)
        for w in """المعروف المعروفة يعرف تعرف ويعرف وتعرف عرف عرفت يسمى تسمى ويسمى وتسمى سمي
        سميت الملقب الملقبة يلقب ويلقب لقب""".split()
    ),
    "en": frozenset("known called nicknamed dubbed".split()),
}
_BETWEEN = {
    "ar": frozenset(fold(w) for w in "أيضا سابقا حاليا عادة أحيانا".split()),
    "en": frozenset("also formerly sometimes commonly as".split()),
}
_NAME_WORDS = 4
# What turns "called" into another verb: "called upon", "called for", "called off".
_PARTICLES_EN = frozenset("upon on for off out up back in into at to".split())
_AFTER_NAME = frozenset(fold(w) for w in "حاليا قديما سابقا أيضا نسبة".split())
CONFIDENCE = 0.5
# FUNCTION_WORDS_* hold the STOP_* words already.
_NOT_NAMING = {
    "ar": FUNCTION_WORDS_AR | _BETWEEN["ar"] | _NAMED_CUES["ar"],
    "en": FUNCTION_WORDS_EN | _BETWEEN["en"] | _NAMED_CUES["en"],
}


def extract(doc: Document, sentence: Sentence) -> list[Question]:
    """A gap on the name a term is also known by, the name alone: after "باسم", or a word
    carrying «بـ» ("ويسمى بالتقويم الغريغوري": "التقويم الغريغوري" accepted too)."""
    questions = []
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.key not in _NAMED_CUES[doc.language] or i + 1 >= len(tokens):
            continue
        if not _named_before(doc, tokens[:i]):
            continue  # "It is also known as ____": the sentence does not say what is
        j = i + 1
        between = _BETWEEN[doc.language]
        while j < len(tokens) and (tokens[j].key in between or tokens[j].key.endswith("ly")):
            j += 1  # "المعروف سابقا باسم", "also commonly known as", "called variously"
        if doc.language == "ar" and j + 1 < len(tokens) and tokens[j].key == "عند":
            j += 2  # "عرف عند الغرب باسم"
        if j >= len(tokens):
            continue
        if doc.language == "ar":
            if tokens[j].key == "باسم":
                j += 1
            elif not tokens[j].key.startswith("بال"):
                continue
        elif tokens[j - 1].key != "as" and token.key == "known":
            continue
        elif tokens[j].key in _PARTICLES_EN:
            continue  # "residents who called upon the committee": a verb, no name after it
        name = _name_at(doc, tokens, j)
        if not name:
            continue
        start, end = name[0].start, name[-1].end
        text = doc.text[start:end]
        accept = [text[1:]] if doc.language == "ar" and text.startswith("بال") else []
        q = cloze(doc, sentence, start, end, "entity", CONFIDENCE, accept=accept)
        if q:
            questions.append(q)
    return questions


def _named_before(doc: Document, before: list[Token]) -> bool:
    """True when a word of the sentence before the cue can name the thing: a content word, not
    a pronoun, a number or a function word ("ومن المعروف أيضا", "It is also")."""
    not_naming = _NOT_NAMING[doc.language]
    for token in before:
        key = token.key
        if doc.language == "ar" and key.startswith("و") and key[1:] in not_naming:
            continue
        if key not in not_naming and re.search(r"[^\W\d_]{2}", key):
            return True
    return False


def _name_at(doc: Document, tokens: list[Token], j: int) -> list[Token]:
    """The words of a name from token j to the end of its clause (a comma, a bracket, a
    preposition, a relative or function word), or [] when it runs on past `_NAME_WORDS`."""
    stops = doc.stop_words()  # CLAUSE_STARTS are stop words too
    name: list[Token] = []
    for k in range(j, len(tokens)):
        if k > j and re.search(r"[^\s\"'«»“”]", doc.text[tokens[k - 1].end : tokens[k].start]):
            break  # punctuation: the name has ended
        key = tokens[k].key
        if k > j and (key in stops or key in _AFTER_NAME or key.startswith("وال")):
            break  # "بالعراق | حاليا", "بالعربي البسكري | والحكيم": the name has ended
        name.append(tokens[k])
    if not name or len(name) > _NAME_WORDS or name[0].key in stops:
        return []
    return name
