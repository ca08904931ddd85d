"""Arabic counts asked with «كم» (counts.py): after «أن/إن», a subject that holds a definite
noun, an imperfect verb, perhaps a preposition, then the number and what it counts.

«أن الوزارة تعمل على 14 موقعا» asks «على كم موقعا تعمل الوزارة؟»; a sum of money «كم يكلف
تجهيز الآبار …؟»; «أن الزمن المتوقع … هو 48 ساعة» asks «ما الزمن المتوقع …؟». The counted
noun follows «كم» in the accusative singular: as written after 11 to 99, with tanween after a
hundred or a thousand. After 3 to 10 Arabic writes a plural, which no rule here turns back
into its singular: not asked.
"""

from __future__ import annotations

from .document import Document, Token, fold
from .keys import NUMBER
from .number_kinds import currency, value
from .precision import looks_like_verb_ar
from .spelled import MULTIPLIERS
from .token_spans import ends_clause, spaced_only, words_of

_MAX_SUBJECT = 9

_THAT_AR = frozenset(fold(w) for w in "أن إن".split())
_COPULA_AR = frozenset(fold(w) for w in "هو هي".split())
_PREPOSITIONS_AR = frozenset(fold(w) for w in "إلى الى على في".split())
_ABOUT_AR = frozenset(fold(w) for w in "نحو حوالي حوالى قرابة".split())


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """The question, key and further answers for the count in tokens[first:last + 1]."""
    key = words_of(doc.text, tokens[first : last + 1])
    after = last + 1
    scale = after < len(tokens) and tokens[after].key in MULTIPLIERS
    scaled = scale or any(t.key in MULTIPLIERS for t in tokens[first : last + 1])
    count_end = after + 1 if scale else after
    if count_end >= len(tokens):
        return None
    noun = tokens[count_end]
    if not spaced_only(doc.text, tokens[first : count_end + 1]) or not noun.is_arabic:
        return None
    count = words_of(doc.text, tokens[first:count_end])
    at = first - 1
    qualifier = tokens[at].text if at >= 0 and tokens[at].key in _ABOUT_AR else ""
    about = [f"{qualifier} {count}", f"{qualifier} {count} {noun.text}"] if qualifier else []
    at -= 1 if qualifier else 0
    # «أن الزمن المتوقع … هو 48 ساعة»: "What is …?", the count and its noun the answer.
    if at >= 1 and tokens[at].key in _COPULA_AR and ends_clause(doc.text, noun.end):
        subject = _subject_ar(doc, tokens, at)
        if subject is None:
            return None
        return f"ما {subject}؟", f"{count} {noun.text}", [count, *about]
    preposition = ""
    if at >= 0 and tokens[at].key in _PREPOSITIONS_AR:
        preposition, at = tokens[at].text, at - 1
    if at < 1 or not looks_like_verb_ar(tokens[at]) or tokens[at].key[:1] not in "يت":
        return None
    verb = tokens[at]
    subject = _subject_ar(doc, tokens, at)
    if subject is None or not spaced_only(doc.text, tokens[at:first]):
        return None
    lead = f"{preposition} " if preposition else ""
    if currency(noun.key):
        return f"{lead}كم {verb.text} {subject}؟", count, [f"{count} {noun.text}", *about]
    counted = _accusative(noun.text, _number(key), scaled)
    if counted is None:
        return None
    return f"{lead}كم {counted} {verb.text} {subject}؟", count, [f"{count} {noun.text}", *about]


def _subject_ar(doc: Document, tokens: list[Token], before: int) -> str | None:
    """The words between «أن/إن» and token `before`, when they read as a subject: a few words
    without a verb or a break, one of them definite («تجهيز الآبار اللازمة لمشروع …»)."""
    lowest = max(0, before - _MAX_SUBJECT - 1)
    that = next((k for k in range(before - 1, lowest - 1, -1) if tokens[k].key in _THAT_AR), None)
    if that is None or before - that < 2:
        return None
    words = tokens[that + 1 : before]
    text = doc.text[words[0].start : words[-1].end]
    opening = doc.text[tokens[that].end : words[0].start].strip(' “«"')
    if opening or not spaced_only(doc.text, words) or any(looks_like_verb_ar(t) for t in words):
        return None
    if not any(t.key.startswith("ال") or t.key.startswith("وال") for t in words[:2]):
        return None
    return text


def _number(key: str) -> float:
    """The value of the key's number: 20 for «20 مليار»."""
    found = NUMBER.search(key)
    return value(found.group()) if found else 0.0


def _accusative(noun: str, value: float, scaled: bool) -> str | None:
    """The counted noun as «كم» takes it: the accusative singular. After 11 to 99 the article
    wrote it so already («14 موقعا»); after a hundred, a thousand or a million it wrote the
    genitive singular («1300 بئر»), which takes tanween; after 3 to 10 it wrote a plural."""
    if value != int(value):
        return None
    if not scaled and 11 <= value <= 99:
        return noun
    if not scaled and value < 100:
        return None
    if noun.endswith("ة"):
        return noun + "ً"
    if noun.endswith(("ا", "ى", "ء")):
        return None
    return noun + "ًا"
