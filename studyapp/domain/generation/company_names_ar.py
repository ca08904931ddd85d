"""A company's chief named after his role and the company's one-word name, which no list of
given names knows: «الرئيس التنفيذي لشركة «تيسلا» إيلون ماسك، …» (people_ar.py reads it)."""

from __future__ import annotations

from .arabic_name_ends import name_closed_at
from .arabic_names import THAT_AR, is_verbish_ar, name_word_ar
from .arabic_roles import ADVERBS_AR
from .document import Document, Token, fold, gap
from .names import is_role_word_ar
from .precision import AUXILIARIES_AR

# Bodies a one-word name follows: «لشركة تيسلا», «لمجموعة stc».
_COMPANIES_AR = frozenset(fold(w) for w in "شركة مجموعة بنك مصرف منصة".split())


def named_after_company(doc: Document, tokens: list[Token], k: int) -> bool:
    """True for two words no list knows after a role of a company and the company's one-word
    name, closed there by a comma, «أن/إن» or a word of time: «الرئيس التنفيذي لشركة «تيسلا»
    إيلون ماسك، …», «الرئيس التنفيذي لشركة أرامكو أمين الناصر اليوم …». The company's name
    says where the role ends, the close where the name does."""
    if k < 4 or k + 2 > len(tokens) or not name_closed_at(doc, tokens, k + 2):
        return False
    body, company = tokens[k - 2], tokens[k - 1]
    if body.key[:1] != "ل" or body.key[1:] not in _COMPANIES_AR or company.key[:2] == "ال":
        return False
    if not any(is_role_word_ar(tokens[r]) for r in range(max(0, k - 5), k - 2)):
        return False
    opened = gap(doc.text, body, company).strip()
    if opened and not gap(doc.text, company, tokens[k]).strip():
        return False  # «لشركة "نور باور" للطاقة»: the quoted name goes on past its first word
    if tokens[k + 1].key.startswith("لل"):
        return False
    # A foreign family name may look like a verb («تاناكا»); the given name may not.
    first = tokens[k]
    return all(
        name_word_ar(t) and t.key not in THAT_AR | ADVERBS_AR | AUXILIARIES_AR
        for t in tokens[k : k + 2]
    ) and not (is_verbish_ar(first) or first.key[:2] == "ال")
