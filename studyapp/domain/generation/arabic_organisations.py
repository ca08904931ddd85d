"""Arabic organisations named by a head noun and its definite complements: «وزارة المالية»,
«وكالة الفضاء المصرية», «مكتب التحقيقات الفيدرالي», «وزارة التربية والتعليم». (A head noun
before a name of its own, «شركة ريفيان», is mentions.py's.)

The head may carry «و», «ب» or «ل» («بالتعاون مع وزارة المالية», «لوكالة الفضاء المصرية»);
the name starts after it. Its complements are the definite words right after it, up to four,
none across a comma; a word of time («اليوم», «الماضي») or a relative pronoun ends them.
"""

from __future__ import annotations

from .document import (
    STOP_AR,
    Document,
    Sentence,
    Token,
    fold,
    gap,
    strip_clitic,
    without_preposition,
)
from .names import is_role_word_ar

BODY_HEADS_AR = frozenset(
    fold(w)
    for w in """وزارة هيئة لجنة مجلس شركة مؤسسة وكالة جامعة منظمة بنك مصرف مجموعة جهاز صندوق
    اتحاد محكمة بلدية مديرية مصلحة نقابة جمعية حزب مكتب""".split()
)
_MAX_COMPLEMENTS = 4
# Definite words that end a name rather than go on with it.
_ENDS_AR = frozenset(
    fold(w)
    for w in """اليوم الأمس الماضي الماضية الجاري الجارية الحالي الحالية المقبل المقبلة القادم
    الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الذي التي الذين اللذين اللتين""".split()
)
# Heads whose complement names a part of something, not a body: «مجلس الإدارة» (a company's
# board), «مكتب الرئيس».
_NOT_NAMES_AR = frozenset(fold(w) for w in ("مجلس الإدارة", "مكتب الرئيس"))


# A head before one of these alone names a part of that institution, not a body of its own.
_INSTITUTIONS_AR = frozenset(
    fold(w)
    for w in """المحكمة الدولة الحكومة الشركة البلدية المدينة المحافظة الوزارة الجامعة المؤسسة
    المجلس الهيئة اللجنة النادي المنظمة البنك""".split()
)


_QUOTE_MARKS = frozenset('"«“')


def spot(doc: Document, sentence: Sentence) -> None:
    """Add each organisation named by a head noun and its definite complements."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens[:-1]):
        prefix = _head_prefix(token)
        if prefix is None:
            continue
        end = _complements_end(doc, tokens, k)
        if end == k + 1:
            continue
        if k > 0 and not prefix and _in_a_role(doc, tokens[k - 1], token):
            continue  # «نائب رئيس مجلس الوزراء»: the body is part of someone's title
        name = doc.text[token.start + len(prefix) : tokens[end - 1].end]
        if fold(name) in _NOT_NAMES_AR:
            continue
        if end == k + 2 and tokens[k + 1].key in _INSTITUTIONS_AR:
            continue  # «هيئة المحكمة», «إدارة الشركة»: a part of a body the story names
        if doc.text[tokens[end - 1].end :].lstrip()[:1] in _QUOTE_MARKS:
            continue  # «شركة السيارات الكهربائية "ريفيان"»: a description before the name
        doc.add_entity(doc.organisations, name)


def _in_a_role(doc: Document, before: Token, head: Token) -> bool:
    return not gap(doc.text, before, head).strip() and is_role_word_ar(before)


def _head_prefix(token: Token) -> str | None:
    """The clitic before a head noun («ب» of «بوزارة», «وب» of «وبوزارة»), "" for none; None for
    no head noun."""
    key = token.key
    for bare in (key, strip_clitic(key), without_preposition(strip_clitic(key))):
        if bare in BODY_HEADS_AR:
            return token.text[: len(key) - len(bare)]
    return None


def _definite(key: str) -> bool:
    return key.startswith("ال") or (key.startswith("وال") and len(key) > 4)


def _complements_end(doc: Document, tokens: list[Token], head: int) -> int:
    end = head + 1
    while end < len(tokens) and end - head <= _MAX_COMPLEMENTS:
        token = tokens[end]
        if gap(doc.text, tokens[end - 1], token).strip():
            break
        key = token.key.removeprefix("و") if token.key.startswith("وال") else token.key
        if not _definite(token.key) or key in _ENDS_AR or key in STOP_AR:
            break
        if token.key.startswith("وال") and is_role_word_ar(token):
            break  # «وزارة الصحة والقائد الميداني»: "and the commander", another who acted
        end += 1
    return end
