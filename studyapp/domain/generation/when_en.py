"""English dates asked with "When" (when.py): a subject, an auxiliary and the rest of the
clause, the time phrase left out and the auxiliary turned round. "The rover will launch in
July" asks "When will the rover launch?"; "On Monday, the meeting was postponed" asks "When
was the meeting postponed?".

Only a clause with an auxiliary is turned round. A verb in the simple past ("reached Pakistan
on Monday") would need "did" and the verb's base form, which no rule here finds reliably;
a present perfect ("has cut") does not take "When"; a subject that is a pronoun ("it will
launch") names nothing once the question stands alone. None of these is asked.
"""

from __future__ import annotations

from ..number_words import NUMBER_WORDS
from .counts_en import OPENERS_EN, clause_end, clause_start, moved_subject, plain_subject_word
from .date_words import MONTHS_EN, WEEKDAYS_EN
from .document import Document, Token
from .precision import FUNCTION_WORDS_EN
from .token_spans import CLAUSE_MARK, spaced_only, words_of

# "will" only: "When would …", "When might …" ask of something the article does not say happened.
_MODALS = frozenset({"will"})
_BE = frozenset("is are was were".split())
# Words of the time phrase before its date: "on Monday", "as early as this July", "in the
# late 18th century", "by 2030", "between 1914 and 1918", "from 1990 to 2005".
_TIME_WORDS = frozenset(
    "on in at by during between from the this last next early late mid as earlier".split()
)
_AFTER_DATE = frozenset("morning afternoon evening night century centuries".split())
_NEGATIONS = frozenset("not never n't".split())
# What may follow a date that ends its time phrase: a preposition opening the rest of the
# clause. A noun there makes the date a modifier ("the 2014 MLS season", "by 2000 guests").
_PREPOSITIONS = frozenset(
    """at in on by for from with after before to against during under over near as into across
    through""".split()
)
# Participles that do not end in -ed, -en or -ing, after "was": "When was the bridge built?"
_PARTICIPLES = frozenset(
    """built held made born known found sent set put sold led paid lost brought bought told left
    begun run won hit cut shut split spent struck taught caught fought thought met read kept
    sung hung""".split()
)
# Words that open a sentence with a capital and stand lower-case inside a question.
_LOWERED = FUNCTION_WORDS_EN | NUMBER_WORDS.keys() | {"many", "several", "most", "all", "some"}
# Words of another time: "introduced the following year", "ruled … in the period": a question
# that holds one asks "When" of two times at once.
_TIMES = (
    frozenset(
        """year years month months week weeks day days period century centuries decade decades
    season era today yesterday tomorrow""".split()
    )
    | frozenset(MONTHS_EN.split("|"))
    | {d.lower() for d in WEEKDAYS_EN}
)
_POINTING = frozenset("them these those such".split())
_MAX_WORDS = 16


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """The question, key and further answers for the date in tokens[first:last + 1]."""
    start, end = _phrase(doc, tokens, first, last)
    opens = clause_start(doc, tokens, start)
    after = end + 1
    if opens == start:  # "On Monday, the meeting was postponed": the clause after it
        if after >= len(tokens) or not CLAUSE_MARK.search(_between(doc, tokens, end, after)):
            return None
        opens, before = after, []
    else:
        before = tokens[opens:start]
    if opens > 0 and _between(doc, tokens, opens - 1, opens).strip() == ".":
        return None  # "E.I. du Pont": the full stop of an initial, not the end of a clause
    closes = clause_end(doc, tokens, end if before else after)
    rest = tokens[after:closes] if before else []
    body = before or tokens[opens:closes]
    aux = next((k for k, t in enumerate(body) if t.key in _MODALS | _BE), None)
    if aux is None or aux == 0 or aux + 1 >= len(body):
        return None
    subject = moved_subject(doc, tokens, opens, opens + aux, body[aux : aux + 2])
    predicate = [*body[aux + 1 :], *rest]
    if subject is None or not _plain(body[:aux]) or not _verb_after(body[aux], body[aux + 1 :]):
        return None
    if not spaced_only(doc.text, body[aux:]) or (rest and not spaced_only(doc.text, rest)):
        return None
    if rest and rest[0].key not in _PREPOSITIONS:
        return None  # "the 2014 MLS season": the date says which season, not when
    if len(predicate) + aux > _MAX_WORDS or not _whole(predicate):
        return None
    if opens == 0 and subject.split()[0].lower() in _LOWERED:
        subject = subject[0].lower() + subject[1:]  # "Two related battles were fought …"
    said = " ".join(words_of(doc.text, run) for run in (body[aux + 1 :], rest) if run)
    key = words_of(doc.text, tokens[first : last + 1])
    accept = [
        words_of(doc.text, tokens[start : end + 1]),
        words_of(doc.text, tokens[first : end + 1]),
    ]
    question = f"When {body[aux].key} {subject} {said}?"
    return question, key, [a for a in dict.fromkeys(accept) if a != key]


def _plain(subject: list[Token]) -> bool:
    """A subject of plain words: no preposition ("Even after Byzantine rule"), no word that
    points back ("Most of them")."""
    return all(plain_subject_word(t) and t.key not in _POINTING for t in subject)


def _verb_after(auxiliary: Token, rest: list[Token]) -> bool:
    """A verb after the auxiliary: a base form after a modal, a participle after "was"
    (perhaps after an adverb: "was later converted"), never a noun phrase ("was the name")."""
    words = [t for t in rest if t.text.islower()]
    if not words or words[0] is not rest[0]:
        return False
    if auxiliary.key in _MODALS:
        return rest[0].text.isalpha() and rest[0].key not in FUNCTION_WORDS_EN
    for token in rest[:2]:
        if token.key.endswith(("ed", "en", "ing")) or token.key in _PARTICIPLES:
            return True
        if not token.key.endswith("ly") and token.key not in ("later", "first", "also", "then"):
            return False
    return False


def _whole(predicate: list[Token]) -> bool:
    """A predicate that reads to its end: no negation, no number or word of time (another date
    would make the question ambiguous), no clause of its own, not ending on a word that needs
    more."""
    if any(
        t.key in _NEGATIONS | OPENERS_EN | _TIMES or any(c.isdigit() for c in t.text)
        for t in predicate
    ):
        return False
    return predicate[-1].key not in FUNCTION_WORDS_EN and predicate[-1].key not in _PREPOSITIONS


def _phrase(doc: Document, tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The time phrase around the date: "on", "as early as this" before, "night" after."""
    start = first
    while start > 0 and tokens[start - 1].key in _TIME_WORDS:
        if _between(doc, tokens, start - 1, start).strip():
            break
        start -= 1
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].key in _AFTER_DATE:
        if _between(doc, tokens, end, end + 1).strip():
            break
        end += 1
    return start, end


def _between(doc: Document, tokens: list[Token], a: int, b: int) -> str:
    return doc.text[tokens[a].end : tokens[b].start]
