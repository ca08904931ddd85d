"""Words a role phrase runs on into that are no part of the role: «حامد حمدان لاعب بتروجت
أساسيا» (he played as a starter), "Vice-Chancellor Professor Ivelaw Griffith" (his title), and
«ووجه الوزير التهنئة للمهندس …», where what the minister offered is no role of the man."""

from __future__ import annotations

from ..text import fold

# Adverbs in the accusative after a role: how or when the person acts, not what they are
# («سابقاً» and «مؤقتاً» stay: a former or an interim governor is the role the article gives).
_ADVERBS_AR = frozenset(
    fold(w)
    for w in "أساسيا أساسياً احتياطيا احتياطياً حاليا حالياً رسميا رسمياً أيضا أيضاً كذلك".split()
)
# What someone offers a person «لـ»: thanks, congratulations, an invitation, condolences.
_OFFERED_AR = frozenset(
    fold(w) for w in "التهنئة التهاني الشكر التحية الدعوة التعازي التعزية الترحيب التقدير".split()
)
# A title between a role and the name: "Vice-Chancellor Professor …", "Director Dr. …".
_TITLES_EN = frozenset("professor prof prof. dr dr. doctor sir dame".split())


def trimmed(role: str, language: str) -> str | None:
    """`role` without the words after it that are no part of it; None when what was read as a
    role is something offered to the person."""
    head, _, last = role.rstrip().rpartition(" ")
    if not head.strip():
        return role
    if language == "ar" and fold(last) in _OFFERED_AR:
        return None
    if language == "ar" and fold(last) in _ADVERBS_AR:
        return head.rstrip()
    if language == "en" and last.casefold() in _TITLES_EN:
        return head.rstrip()
    return role
