"""Arabic roles of protocol news that reach further than a role usually does: an envoy's
(«سفير جمهورية مصر العربية لدى المملكة أحمد فاروق»), a role written before a title that is a
role word too («مساعد وزير الدولة لشؤون الدول الإفريقية السفير الدكتور سامي الصالح») and two
roles of one person written one after the other («وزير البيئة والمياه والزراعة رئيس مجلس
إدارة المؤسسة العامة لتحلية المياه المالحة المهندس عبدالرحمن بن عبدالمحسن الفضلي»).

Reports of official visits list who attended this way, and set ia's reviewer of the
fortieth session saw none of them asked: the envoy's role ran past the five words a role is
looked for before a name, the assistant minister was called «السفير» ("the ambassador"), and
the minister's second role ran past the seven words looked for after an honorific.
"""

from __future__ import annotations

from .arabic_names import is_verbish_ar
from .arabic_roles import DEPUTIES_AR, MAX_ROLE, ends_role_ar
from .document import SPEECH_VERBS_AR, Document, Person, Token, fold, gap, strip_clitic
from .names import HONORIFICS_AR, ROLE_NOUNS_AR, is_role_word_ar

# «لدى» ("to", of an envoy): «سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية» is one role
# of eight words, the sender's name and the receiver's.
_ACCREDITED_TO = fold("لدى")
_ENVOY_ROOM = 3


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
    r = _role_word_before(doc, tokens, title)
    return r if r is not None and _opens_a_phrase(doc, tokens, r) else None


def add_role_before(doc: Document, tokens: list[Token], role: int, person: Person) -> None:
    """Gives `person` the role written right before their role opening at tokens[role], if
    there is one (role_before_role)."""
    first = role_before_role(doc, tokens, role)
    if first is not None:
        start = tokens[first].start + (0 if tokens[first].key in ROLE_NOUNS_AR else 1)
        end = tokens[role - 1].end
        doc.add_role(person, doc.text[start:end], "", start, end)


def role_before_role(doc: Document, tokens: list[Token], role: int) -> int | None:
    """Where a role of the same person opens that is written right before the role opening at
    tokens[role] («وزير البيئة والمياه والزراعة | رئيس مجلس إدارة …»), under the same terms as
    role_before_title; None when there is none, or the word before is the role's own deputy
    («مساعد | وزير»)."""
    r = _role_word_before(doc, tokens, role)
    if r is None or r == role - 1 or not _opens_a_phrase(doc, tokens, r):
        return None
    return with_deputies(doc, tokens, r)


def _role_word_before(doc: Document, tokens: list[Token], k: int) -> int | None:
    """The nearest role word before tokens[k], within a role's length, with no punctuation,
    verb or word a role stops at between; None when there is none."""
    for r in range(k - 1, max(-1, k - 1 - MAX_ROLE), -1):
        if gap(doc.text, tokens[r], tokens[r + 1]).strip():
            return None
        if is_role_word_ar(tokens[r]):
            return r
        if is_verbish_ar(tokens[r]) or strip_clitic(tokens[r].key) in SPEECH_VERBS_AR:
            return None
        if ends_role_ar(tokens[r]):
            return None
    return None


def with_deputies(doc: Document, tokens: list[Token], r: int) -> int:
    """Where a role opening at tokens[r] opens with the deputies' words written right before it:
    «نائب أمير المنطقة الشرقية», «مساعد وزير الخارجية» are not the minister's."""
    while r > 0 and strip_clitic(tokens[r - 1].key) in DEPUTIES_AR:
        if gap(doc.text, tokens[r - 1], tokens[r]).strip():
            break
        r -= 1
    return r


def _opens_a_phrase(doc: Document, tokens: list[Token], r: int) -> bool:
    r = with_deputies(doc, tokens, r)
    if r == 0 or gap(doc.text, tokens[r - 1], tokens[r]).strip():
        return True
    return strip_clitic(tokens[r - 1].key)[:2] == "ال"
