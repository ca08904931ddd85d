"""An Arabic date asked with «متى» (counts.py): the clause the date is of, without the date.

Arabic asks "when" with no auxiliary to turn round, so the clause stands as written:
«… أنه يوم الجمعة الماضي أعلن أحد الفنيين عدم جاهزيته» asks «متى أعلن أحد الفنيين عدم
جاهزيته؟», and «أطلقت الوكالة القمر الصناعي يوم الاثنين.» «متى أطلقت الوكالة القمر الصناعي؟».

The date either opens its clause (after «أن/أنه», a comma or the start of the sentence) and a
verb follows it, or closes a clause that opens with a verb. «منذ» dates ask "since when", which
«متى» does not: not asked.
"""

from __future__ import annotations

import re

from .arabic_clauses import NOT_VERBS_AR, THAT_AR
from .document import SPEECH_VERBS_AR, Document, Token, fold, strip_clitic
from .token_spans import ends_clause, spaced_only, to_clause_end, words_of

# What a date is of: «يوم الجمعة الماضي», «سبتمبر الجاري».
_RELATIVE = frozenset(fold(w) for w in "الماضي الماضى المقبل الجاري القادم المنصرم".split())
_DAY = fold("يوم")
# Words that may stand between a clause's start and its date: «بداية من يوم …», «في …».
_OPENERS = (("بداية", "من"), ("ابتداء", "من"), ("اعتبارا", "من"), ("في",), ("خلال",))
_OPENERS_FOLDED = tuple(tuple(fold(w) for w in opener) for opener in _OPENERS)
_MAX_CLAUSE = 12
_DAY_WORDS = re.compile(r"(?:^|\s)(?:يوم|الموافق|يومي)(?:\s|$)")
_SINCE = frozenset(fold(w) for w in "منذ قبل بعد حتى".split())
_TIME_OF_DAY = frozenset(fold(w) for w in "مساء صباح ظهر فجر ليلة عصر".split())
_TO = frozenset(fold(w) for w in "إلى الى".split())


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, list[str]] | None:
    """The «متى» question of the date in tokens[first:last + 1], and the date as written with
    the words around it a student may write too («يوم 12 مارس الماضي»), or None."""
    after = last + 1
    if after < len(tokens) and tokens[after].key in _RELATIVE:
        after += 1
    start = _opening(doc, tokens, first)
    if start is not None and spaced_only(doc.text, tokens[after - 1 : after + 1]):
        clause = _clause_after(doc, tokens, after)
    elif ends_clause(doc.text, tokens[after - 1].end):
        clause = _clause_before(doc, tokens, first)
    else:
        return None
    if not clause or _DAY_WORDS.search(clause):
        return None  # «… العامة يوم السبت الموافق»: the date's own words left in the clause
    day = first - 1 if first > 0 and tokens[first - 1].key == _DAY else first
    forms = {words_of(doc.text, tokens[a : b + 1]) for a in (day, first) for b in (last, after - 1)}
    return f"متى {clause}؟", sorted(forms - {words_of(doc.text, tokens[first : last + 1])})


def _opening(doc: Document, tokens: list[Token], first: int) -> int | None:
    """The clause's first token when the date at `first` opens it, after its opener words."""
    k = first
    if k > 0 and tokens[k - 1].key == _DAY:
        k -= 1
    for opener in _OPENERS_FOLDED:
        size = len(opener)
        if k >= size and tuple(t.key for t in tokens[k - size : k]) == opener:
            k -= size
            break
    if k == 0:
        return k
    if not spaced_only(doc.text, tokens[k - 1 : first + 1]):
        between = doc.text[tokens[k - 1].end : tokens[k].start].strip()
        return k if between in ("،", ",") else None  # after a comma, not «(1911 - 2006)»
    return k if tokens[k - 1].key in THAT_AR | _THAT_HIM else None


_THAT_HIM = frozenset(fold(w) for w in "أنه إنه بأنه".split())


# Words that open a clause without being its verb: «لكنه», «عقب فض الاعتصام», «إثر …».
_NOT_VERBS = frozenset(fold(w) for w in "عقب إثر اثر جراء بسبب نتيجة لا سيما".split())
_BUT = fold("لكن")
# A noun the date is of («مع نهاية شهر سبتمبر», «مع بداية أكتوبر»): without the date it is
# left hanging («متى … مع نهاية شهر؟»).
_DATE_OF = frozenset(fold(w) for w in "نهاية بداية مطلع منتصف أواخر أوائل شهر".split())


def _verb_first(token: Token) -> bool:
    """A word a clause may open with as its verb: no article, particle or preposition, no noun
    in «ة» («وورشة العمرة …») and no word in «ـًا» («متوقعًا اعتدال الأجواء …», an adverb)."""
    key = strip_clitic(token.key)
    if not token.is_arabic or key.startswith("ال") or key in NOT_VERBS_AR | _RELATIVE:
        return False
    if key in _NOT_VERBS or key.startswith(_BUT):
        return False
    return not token.text.endswith(("ة", "ً", "ًا", "اً"))


def _clause_after(doc: Document, tokens: list[Token], start: int) -> str:
    """«أعلن أحد الفنيين عدم جاهزيته»: from token `start` to the end of its clause."""
    if start >= len(tokens) or not _verb_first(tokens[start]):
        return ""
    return to_clause_end(doc.text, tokens, start, _MAX_CLAUSE, shortest=2)


def _clause_before(doc: Document, tokens: list[Token], first: int) -> str:
    """«أطلقت الوكالة القمر الصناعي» before «يوم الاثنين.»: a clause that opens with a verb at
    the start of the sentence, after «أن» or a comma, and runs up to the date."""
    end = first
    if end > 0 and tokens[end - 1].key == _DAY:
        end -= 1
    if end > 0 and tokens[end - 1].key in (fold("في"), fold("خلال")):
        end -= 1
    k = end
    while k > 0 and end - k < _MAX_CLAUSE and spaced_only(doc.text, tokens[k - 1 : k + 1]):
        if tokens[k - 1].key in THAT_AR | _THAT_HIM:
            break
        k -= 1
    words = tokens[k:end]
    if len(words) < 2 or end - k >= _MAX_CLAUSE or not _verb_first(words[0]):
        return ""
    if words[-1].key in NOT_VERBS_AR | _SINCE | _TIME_OF_DAY | _DATE_OF:
        return ""  # «… منذ يوم الجمعة»: since when; «… إلى مساء الأربعاء»: the date goes on
    if any(t.key in _TO for t in words) and any(t.key == fold("من") for t in words):
        return ""  # «يمتد من يوم السبت إلى …»: a span, whose end alone is no answer
    if strip_clitic(words[0].key) in SPEECH_VERBS_AR or any(not t.is_arabic for t in words):
        return ""
    text = words_of(doc.text, words)
    return text[1:] if strip_clitic(words[0].key) != words[0].key else text
