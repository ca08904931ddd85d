"""People an article names who make no wrong choice for a person: those it reports dead, who
are no choice for words said in it (set f's reviewers: "the murdered deputy cannot plausibly be
the speaker"), and those only someone's words name, a character of a quotation ("First half was
Mr Hyde": "Hyde" offered for the interim manager)."""

from __future__ import annotations

import re

from .document import QUOTE, Document, Person, Sentence, Token, fold, strip_clitic
from .quotation_marks import in_open_quotation

# Words that report a death, folded: "fatally shot Deputy Darren Goforth", «مقتل الشاب …».
_DEATH_EN = frozenset(
    """killed killing slain slaying murdered murder murdering fatally dead died dies death deaths
    funeral widow widower victim victims mourned mourning""".split()
)
_DEATH_AR = frozenset(
    fold(word)
    for word in """مقتل قتل قتيل قتيلا اغتيال اغتيل وفاة توفي توفيت استشهاد استشهد استشهدت شهيد
    الشهيد الشهيدة الراحل الراحلة المرحوم المرحومة الفقيد الفقيدة ضحية الضحية جثة جثمان تشييع
    رحيل نعى أرملة""".split()
)
# How many words from the name a word of death still speaks of that person.
_REACH = 6


def reported_dead(doc: Document, person: Person) -> bool:
    """True when a sentence names the person within a few words of a word that reports a death:
    "charges he fatally shot Deputy Darren Goforth", "Goforth's widow", «مقتل الشاب أحمد»."""
    return _last_word(person) in doc.once("unlikely people: near a death", _near_a_death)


def _near_a_death(doc: Document) -> frozenset[str]:
    """The words (possessive taken off) within `_REACH` words of a word of death, read once."""
    deaths = _DEATH_AR if doc.language == "ar" else _DEATH_EN
    near: set[str] = set()
    for sentence in doc.sentences:
        tokens = sentence.tokens
        for k, token in enumerate(tokens):
            key = strip_clitic(token.key) if doc.language == "ar" else token.key
            if key in deaths:
                near.update(_bare(t) for t in tokens[max(0, k - _REACH) : k + _REACH + 1])
    return frozenset(near)


def only_quoted(doc: Document, person: Person) -> bool:
    """True when every mention of the person stands inside someone's quoted words."""
    mentions = _mentions(doc).get(_last_word(person), ())
    return bool(mentions) and all(_quoted(doc, s, s.tokens[k]) for s, k in mentions)


def _mentions(doc: Document) -> dict[str, list[tuple[Sentence, int]]]:
    """Where each word stands, by its key with an English possessive taken off ("Goforth's"):
    read once per article, for every person asked about (an article may name hundreds)."""

    def read(doc: Document) -> dict[str, list[tuple[Sentence, int]]]:
        found: dict[str, list[tuple[Sentence, int]]] = {}
        for sentence in doc.sentences:
            for k, token in enumerate(sentence.tokens):
                found.setdefault(_bare(token), []).append((sentence, k))
        return found

    return doc.once("unlikely people: mentions", read)


def _quoted(doc: Document, sentence: Sentence, token: Token) -> bool:
    """Inside the sentence's quote marks, or in a paragraph of a quotation not closed yet."""
    at = token.start - sentence.start
    marks = [*QUOTE.finditer(sentence.text), *_SINGLE.finditer(sentence.text)]
    return any(m.start() < at < m.end() for m in marks) or in_open_quotation(doc, token)


# Words in single quote marks, as headlines quote: "'First half was Mr Hyde, …' - Rangnick".
_SINGLE = re.compile(r"(?<!\w)[‘']\w[^‘’']*[’'](?!\w)")


def _bare(token: Token) -> str:
    """A word's key without an English possessive: "Goforth's" is Goforth."""
    return token.key.removesuffix("'s").removesuffix("’s")


def _last_word(person: Person) -> str:
    words = re.findall(r"\w+", fold(person.name))
    return words[-1] if words else ""
