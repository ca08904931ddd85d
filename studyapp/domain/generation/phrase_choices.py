"""A long Arabic phrase gap asked with choices: «وبين أن سبب تأخر ____ يعود إلى …» keyed
«تشغيل شبكات المياه بالشقيق», offered among phrases of about its length from the article's
other sentences.

Blind reviewers accepted typed phrase gaps of three words about one time in eight and of four or
more about one time in two hundred (8 of 1,725 in the held-out reviews): no student types six
words as the article wrote them. The broad net keeps them for the answers people ask about
(ARCD answer recall rests on them), so the long ones are offered to recognise instead of to
recall. The choice form takes the gap's place once the ranker has ordered and folded the drafts:
the same prompt, key and confidence, where the gap stood.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..questions import Question
from .document import STOP_AR, fold, tokenize
from .drafts import gives_away, question_id, shuffled
from .precision import looks_like_verb_ar

# Keys of fewer words are typed well enough (about one in nine accepted at two words).
_LONGEST_TYPED = 2
_NEAR = 1  # a wrong choice is within this many words of the key's length
_WRONG = 3
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def offered(ordered: list[Question], pool: list[Question]) -> list[Question]:
    """`ordered` with each long Arabic phrase gap that has two rivals in `pool` (the drafts
    proposed) asked with choices instead."""
    phrases = [q for q in pool if _is_phrase_gap(q)]
    if not any(_is_long(q) for q in ordered):
        return ordered
    return [_as_choice(q, phrases) if _is_long(q) else q for q in ordered]


def _is_phrase_gap(question: Question) -> bool:
    return (
        question.type == "cloze"
        and question.category == "fact"
        and isinstance(question.answer, list)
        and bool(question.answer)
        and bool(_ARABIC.search(question.answer[0]))
    )


def _is_long(question: Question) -> bool:
    """A phrase gap longer than a student types, with no shorter form accepted (a noun whose
    adjectives may be left off, «المحاصيل» for «المحاصيل الأخرى», is typed well enough)."""
    return (
        _is_phrase_gap(question)
        and len(question.answer) == 1
        and len(question.answer[0].split()) > _LONGEST_TYPED
    )


def _as_choice(question: Question, phrases: list[Question]) -> Question:
    key = question.answer[0]
    size = len(key.split())
    seen = {fold(key)}
    rivals = []
    for other in phrases:
        answer = other.answer[0]
        if other.source.start == question.source.start or fold(answer) in seen:
            continue  # a phrase of the same sentence may be the right one put otherwise
        if abs(len(answer.split()) - size) > _NEAR or _definite(answer) != _definite(key):
            continue
        if gives_away(question.prompt, answer) or _overlaps(answer, key):
            continue
        if not _clean(answer) or _opens_with_particle(answer) != _opens_with_particle(key):
            continue  # «رغم غياب», «سان فرانسيسكو وحاولوا …»: a fragment no one would offer
        seen.add(fold(answer))
        rivals.append(answer)
    if len(rivals) < 2:
        return question
    rivals.sort(key=lambda r: hashlib.sha1(f"{key}|{r}".encode()).hexdigest())
    choices = shuffled([key, *rivals[:_WRONG]], f"{question.prompt}|{key}")
    source = question.source
    return replace(
        question,
        id=question_id("mcq", source.start, source.end, key, question.prompt),
        type="mcq",
        answer=key,
        choices=choices,
        extra=dict(question.extra),
    )


def _clean(phrase: str) -> bool:
    """A phrase that reads whole on its own: no «و» joining a second part, no verb, no function
    word first («رغم غياب», «لدى تنفيذه»)."""
    tokens = tokenize(phrase)
    if not tokens or tokens[0].key in STOP_AR or tokens[0].key in _LEADS_AR:
        return False
    if any(t.key[:1] == "و" and len(t.key) > 3 for t in tokens[1:]):
        return False
    return not any(looks_like_verb_ar(t) for t in tokens)


# Words that lead into what follows them, or say when or how much, and make no phrase of their
# own: «رغم غياب», «قريبا إنشاء شبكة».
_LEADS_AR = frozenset(
    fold(w)
    for w in """رغم لدى عند بعد قبل خلال حتى منذ نحو ضمن عبر بين قريبا حاليا مؤخرا سابقا
    لاحقا أيضا تقريبا غالبا دائما أحيانا جدا فقط""".split()
)


def _opens_with_particle(phrase: str) -> bool:
    """True when «ب» or «ل» is written on the phrase's first word («لجذب الأعمال», «بمحافظة
    الدرب»): a choice without it would not fit the same gap."""
    first = fold(phrase.split()[0])
    return first[:1] in ("ب", "ل") and not first.startswith("ال")


def _definite(phrase: str) -> bool:
    """True when the phrase opens with the article, with or without «و», «ب», «ل», «ك» on it."""
    first = fold(phrase.split()[0])
    return first.startswith(("ال", "بال", "لل", "وال", "كال"))


def _overlaps(one: str, other: str) -> bool:
    """True when two phrases share a word of four letters or more: the rival would read as a
    part or a paraphrase of the key."""
    words = {fold(w) for w in one.split() if len(w) >= 4}
    return bool(words & {fold(w) for w in other.split() if len(w) >= 4})
