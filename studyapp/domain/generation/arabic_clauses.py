"""The clauses an Arabic count stands in that counts_ar.py turns round without a parser: a
sentence that opens with its verb in the past («وخفضت الشركة … إلى 25 ألف سيارة» asks «إلى كم
سيارةً خفضت الشركة …؟») and a passive «تم» clause whose count stands after a preposition («أنه تم
اعتماد مشروع سقيا لـ 500 مستفيد» asks «لكم مستفيدًا تم اعتماد مشروع سقيا؟»).
"""

from __future__ import annotations

from .document import SPEECH_VERBS_AR, Document, Token, fold
from .precision import looks_like_verb_ar
from .token_spans import spaced_only, words_of

_MAX_CLAUSE = 9
THAT_AR = frozenset(fold(w) for w in "أن إن".split())
RELATIVES_AR = frozenset(fold(w) for w in "ما الذي التي الذين اللذين".split())
# The passive of news Arabic: «تم اعتماد …», «سيتم توزيع …».
_DONE_AR = frozenset(fold(w) for w in "تم يتم سيتم تمت ستتم وتم".split())
_THAT_HIM_AR = frozenset(fold(w) for w in "أنه إنه بأنه".split())
# Words that open a sentence and are no verb: «وفي العام الماضي …», «كما أن …».
NOT_VERBS_AR = frozenset(
    fold(w)
    for w in """في من على عن إلى الى مع بعد قبل منذ خلال حيث إذ إذا كما لكن إن أن أما بين عند
    لدى حتى ثم هذا هذه ذلك تلك هناك هنا وفق وفقا بحسب حسب نحو""".split()
)


def done_clause(doc: Document, tokens: list[Token], at: int) -> str | None:
    """«تم اعتماد مشروع سقيا» of «… أنه تم اعتماد مشروع سقيا لـ 500 مستفيد»: a passive «تم»
    («يتم», «سيتم») opening its clause after «أن/أنه» or a comma, and the words up to token `at`
    before the preposition of the count; the thing done needs no pronoun back to the count."""
    start = next(
        (k for k in range(at, max(-1, at - _MAX_CLAUSE), -1) if tokens[k].key in _DONE_AR), None
    )
    if start is None or start == at:
        return None
    words = tokens[start : at + 1]
    before = tokens[start - 1] if start > 0 else None
    opened = (
        before is None
        or before.key in THAT_AR | _THAT_HIM_AR
        or not spaced_only(doc.text, [before, words[0]])
    )
    if not opened or not spaced_only(doc.text, words):
        return None
    if any(not t.is_arabic or looks_like_verb_ar(t) for t in words[1:]):
        return None
    return words_of(doc.text, words)


def opening_verb(doc: Document, tokens: list[Token], at: int) -> str | None:
    """«خفضت الشركة الشهر الماضي توقعاتها للإنتاج» of «وخفضت الشركة الشهر الماضي توقعاتها
    للإنتاج إلى 25 ألف سيارة»: a sentence that opens with its verb in the past, a definite
    subject after it, and the words up to token `at`, without a break or a second verb."""
    words = tokens[: at + 1]
    if not 2 <= len(words) <= _MAX_CLAUSE or not spaced_only(doc.text, words):
        return None
    verb = words[0].key
    if verb[:1] in "وف":
        if len(verb) < 5:
            return None  # «وصل», «وفي»: its first letter may be the verb's own
        verb = verb[1:]  # «وخفضت»
    subject = words[1].key
    if verb.startswith("ال") or verb in SPEECH_VERBS_AR | NOT_VERBS_AR:
        return None
    if not subject.startswith("ال") or subject in NOT_VERBS_AR:  # «الى» folds to an article
        return None
    if any(
        not t.is_arabic or looks_like_verb_ar(t) or t.key in THAT_AR | RELATIVES_AR
        for t in words[1:]
    ):
        return None
    text = words_of(doc.text, words)
    return text[1:] if verb != words[0].key else text
