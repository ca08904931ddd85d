"""Arabic roles of protocol news that reach further than a role usually does: an envoy's
(«سفير جمهورية مصر العربية لدى المملكة أحمد فاروق») and a role written before a title that is
a role word too («مساعد وزير الدولة لشؤون الدول الإفريقية السفير الدكتور سامي الصالح»).

Reports of official visits list who attended this way, and set ia's reviewer of the
fortieth session saw none of them asked: the envoy's role ran past the five words a role is
looked for before a name, and the assistant minister was called «السفير» ("the ambassador").
"""

from __future__ import annotations

from .arabic_names import is_verbish_ar
from .arabic_roles import MAX_ROLE, ends_role_ar
from .document import SPEECH_VERBS_AR, Document, Token, fold, gap, strip_clitic
from .names import HONORIFICS_AR, is_role_word_ar

# «لدى» ("to", of an envoy): «سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية» is one role
# of eight words, the sender's name and the receiver's.
_ACCREDITED_TO = fold("لدى")
_ENVOY_ROOM = 3
# Deputies a role noun may follow: «مساعد وزير …», «نائب رئيس …».
_DEPUTIES_AR = frozenset(fold(w) for w in "نائب نائبة مساعد مساعدة وكيل وكيلة".split())


def reach(tokens: list[Token], k: int, base: int) -> int:
    """How many words before tokens[k] (the name, or its first title) a role may open: `base`,
    three more when an envoy's «لدى» stands among them."""
    window = tokens[max(0, k - base - _ENVOY_ROOM) : k]
    return base + _ENVOY_ROOM if any(t.key == _ACCREDITED_TO for t in window) else base


def role_before_title(doc: Document, tokens: list[Token], title: int, k: int) -> int | None:
    """The role word a title-like role word at tokens[title] («السفير», «الوزير», written with
    «ال» right before the name or its honorifics at tokens[k]) follows, when a role phrase ends
    there: «مساعد وزير الدولة لشؤون الدول الإفريقية السفير الدكتور …» is the assistant
    minister's, «السفير» his title. None when the phrase could be a verb's subject with this
    person its object («استقبل وزير الخارجية السفير …»): the role must open the sentence, follow
    punctuation or a word with «ال» (no verb has one)."""
    if tokens[title].key[:2] != "ال" or not all(
        strip_clitic(t.key) in HONORIFICS_AR for t in tokens[title + 1 : k]
    ):
        return None
    for r in range(title - 1, max(-1, title - 1 - MAX_ROLE), -1):
        if gap(doc.text, tokens[r], tokens[r + 1]).strip():
            return None
        if is_role_word_ar(tokens[r]):
            return r if _opens_a_phrase(doc, tokens, r) else None
        if is_verbish_ar(tokens[r]) or strip_clitic(tokens[r].key) in SPEECH_VERBS_AR:
            return None
        if ends_role_ar(tokens[r]):
            return None
    return None


def _opens_a_phrase(doc: Document, tokens: list[Token], r: int) -> bool:
    while r > 0 and strip_clitic(tokens[r - 1].key) in _DEPUTIES_AR:
        if gap(doc.text, tokens[r - 1], tokens[r]).strip():
            break
        r -= 1
    if r == 0 or gap(doc.text, tokens[r - 1], tokens[r]).strip():
        return True
    return strip_clitic(tokens[r - 1].key)[:2] == "ال"
