"""An English clause as the count and sum rules read it (counts_en.py, sums_en.py): where it
starts and ends, its subject as a question writes it after its verb, and the rest of it after
the count's noun."""

from __future__ import annotations

import re

from .document import SPEECH_VERBS_EN, STOP_EN, Document, Token
from .token_spans import CLAUSE_MARK, spaced_only, words_of

AUXILIARIES_EN = frozenset("will would can could should may might must has have had".split())
# The auxiliaries and the forms of "be" and "do" a clause's verb opens on after its subject:
# a name before one is what the words are about ("said boss X was …"), and reported words that
# open on one have lost their subject ("… had been listed up until ____").
FINITE_AUXILIARIES_EN = AUXILIARIES_EN | frozenset("is are was were did does".split())
_PRONOUNS_EN = frozenset("i we you he she it they this that there".split())
# "How many copies have her novels sold?": whose, the question does not say.
POSSESSIVE = frozenset("his her its their our my your".split())
# Adverbs standing where a subject would, after "and": "The factory opened in 1964 and once
# employed 900 people" is no "How many people were employed by once?".
_ADVERBS_EN = frozenset(
    """once also still then later now already recently previously eventually never always often
    since soon currently formerly initially generally usually typically normally sometimes mostly
    reportedly""".split()
)
_NO_SUBJECT = _PRONOUNS_EN | POSSESSIVE | AUXILIARIES_EN | _ADVERBS_EN
# Words a subject does not end on, its noun said before: "the third takes 122 days" ("How many
# days does the third take …?", set hv's reviewers: garbled to both), "the other", "the latter".
_HEADLESS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth last latter former other
    others rest remainder""".split()
)
ARTICLES_EN = frozenset("the a an".split())
# Words that open a clause of their own: the subject comes after them, never with them.
OPENERS_EN = frozenset(
    "and but or as while whereas although though because since if when where which who whom "
    "whose what that".split()
)

# Prepositions whose phrase an "and" or "or" may run through: "with probable or confirmed cases".
PHRASE_OPENERS = frozenset("with of in on at for from by to into".split())
# At most this many describing words between a count and its plural: "four new confirmed cases".
_MAX_DESCRIBING = 2
# Plurals without an "s" that news counts most.
_PLURALS_EN = frozenset("people children men women police".split())


def plural(word: str) -> bool:
    if word.lower() in _PLURALS_EN:
        return True
    return word.isalpha() and len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def subject_of(
    doc: Document, tokens: list[Token], start: int, stop: int, verb: list[Token]
) -> str | None:
    """The subject tokens[start:stop] as the question writes it after its verb ("the rover"),
    or None when it is no plain subject: empty, long, a pronoun or possessive, or broken by
    punctuation. After "said" or "that", the subject starts there ("Miller said the farm …")."""
    said = [k for k in range(start, stop) if tokens[k].key in SPEECH_VERBS_EN | {"that"}]
    if said:
        start = said[-1] + 1
    elif start >= 2 and tokens[start - 1].key == "and" and tokens[start - 2].text[:1].isupper():
        return None  # "the U.S. Fish and | Wildlife Service closed …": half of one name
    subject = tokens[start:stop]
    if not subject or len(subject) > 6 or not spaced_only(doc.text, [*subject, *verb]):
        return None
    if any(t.key in _NO_SUBJECT for t in subject) or subject[-1].key in _HEADLESS:
        return None
    words = words_of(doc.text, subject)
    first = subject[0].text
    if subject[0].key in ARTICLES_EN | STOP_EN or (
        start == 0
        and (
            re.search(rf"\b{re.escape(first.lower())}\b", doc.text)
            or _common(doc, first, subject[1] if len(subject) > 1 else None)
            or _before_its_phrase(doc, first, subject[1] if len(subject) > 1 else None)
        )
    ):  # "The rover", "All of the equipment"; "Wildebeest" opens the sentence, and the text
        # writes "wildebeest" too
        words = words[0].lower() + words[1:]
    return words


def _common(doc: Document, word: str, after: Token | None = None) -> bool:
    """True for a plural opening its sentence that names no one the article knows:
    "Firefighters rescued …", not "Democrats" when the article lists them as an organisation;
    so is a word before a common one ("Teaching certification lasts …")."""
    names = [*doc.people, *doc.organisations, *doc.places]
    common = plural(word) or (after is not None and _lowercase_word(after))
    return common and word[1:].islower() and not any(word in name for name in names)


def _before_its_phrase(doc: Document, word: str, after: Token | None) -> bool:
    """True for a word opening its sentence before a preposition's phrase, which names no one
    the article knows: "Temperature on the planet hovers …" (set hw's reviewers: "does
    Temperature on the planet hover", garbled), not "Apple in Cupertino"."""
    if after is None or after.key not in PHRASE_OPENERS or not word[1:].islower():
        return False
    return not any(word in name for name in [*doc.people, *doc.organisations, *doc.places])


def _lowercase_word(token: Token) -> bool:
    return token.text.isalpha() and token.text.islower() and token.key not in STOP_EN


def counted(tokens: list[Token], after: int, end: int) -> int | None:
    """The index of the plural a count counts, the count ending just before token `after`:
    the first plural after at most two lowercase words describing it ("four confirmed cases"),
    and a plural right after it that it describes ("two possible measles cases"; not "two
    years testing rovers"), or None."""
    for k in range(after, min(end, after + _MAX_DESCRIBING + 1)):
        if not _lowercase_word(tokens[k]):
            return None
        if plural(tokens[k].text):
            while k + 1 < end and _lowercase_word(tokens[k + 1]) and plural(tokens[k + 1].text):
                k += 1
            if k + 1 < len(tokens) and tokens[k + 1].key in _SCALES:
                return None  # "2,000 degrees Fahrenheit": "How many degrees … Fahrenheit?"
            return k
    return None


# Words a unit goes on with after its plural (set hw's reviewers: "How many degrees does …
# hover Fahrenheit?", garbled).
_SCALES = frozenset("fahrenheit celsius centigrade kelvin".split())


def of_what(noun: str, tail: str) -> tuple[str, str]:
    """The counted noun with the "of" phrase that says what it measures, and the rest: "inches
    of snow" and " by Saturday evening" of "received over 20 inches of snow by Saturday
    evening" (not "… were received by parts of Michigan of snow by …")."""
    words = tail.split()
    if not words or words[0] != "of":
        return noun, tail
    end = next((k for k in range(2, len(words)) if words[k] in PHRASE_OPENERS), len(words))
    rest = " ".join(words[end:])
    return f"{noun} {' '.join(words[:end])}", f" {rest}" if rest else ""


def rest_of(doc: Document, tokens: list[Token], after: int, end: int) -> str:
    """The rest of the clause after the count's noun, with its leading space."""
    return f" {words_of(doc.text, tokens[after + 1 : end])}" if end > after + 1 else ""


def clause_start(doc: Document, tokens: list[Token], first: int) -> int:
    """The first token of the clause holding token `first`: after punctuation or a word that
    opens a clause ("which", "but", "that" …)."""
    k = first
    while k > 0:
        between = doc.text[tokens[k - 1].end : tokens[k].start]
        if CLAUSE_MARK.search(between) or tokens[k - 1].key in OPENERS_EN:
            return k
        k -= 1
    return 0


# A mark inside a number or a time is theirs: "6:10 p.m." (set p: "derailed about 6?"), "2.5".
_IN_A_NUMBER = re.compile(r"\d+[:.,]\d+|[ap]\.m|(?<=[ap]\.)m\.\s+[a-z]+")


def clause_end(doc: Document, tokens: list[Token], after: int) -> int:
    """One past the last token of the clause holding token `after`."""
    k = after
    while k + 1 < len(tokens):
        between = doc.text[tokens[k].end : tokens[k + 1].start]
        if CLAUSE_MARK.search(between) and not _IN_A_NUMBER.fullmatch(
            doc.text, tokens[k].start, tokens[k + 1].end
        ):
            return k + 1
        if tokens[k + 1].key in ("and", "or", "but") and k + 2 < len(tokens):
            if (
                tokens[k + 2].key in ARTICLES_EN
                and k + 4 < len(tokens)
                and tokens[k + 4].key in FINITE_AUXILIARIES_EN
            ):
                return k + 1  # "burned 150 homes and the toll may rise": a second clause
            if tokens[k + 2].key not in ARTICLES_EN and tokens[k + 2].text.islower():
                # "cut 300 jobs and sell its stake": a second verb, a new clause; but
                # "hospitalized with probable or confirmed cases" is one phrase, left out whole.
                opened = [j for j in (k - 1, k) if j > after and tokens[j].key in PHRASE_OPENERS]
                return opened[0] if opened else k + 1
        k += 1
    return len(tokens)
