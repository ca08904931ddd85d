"""People whose given name no list knows, found by a word of origin, as sports and foreign news
names them («توج البرتغالي كريستيانو رونالدو», «أعرب الأورجوياني ماوريسيو مدرب الفريق», «وقال
مدرب الفريق البرتغالي لويس كاسترو إن …»), or by a role and a later mention («وقال وزير التربية
دارم طباع في تصريح …»)."""

from __future__ import annotations

from collections import Counter

from ..number_words import NUMBER_WORDS
from .arabic_name_ends import name_from_ar
from .arabic_names import (
    NAME_LINKS_AR,
    THAT_AR,
    article_nouns,
    is_nisba_ar,
    is_verbish_ar,
    name_word_ar,
    prefixed_noun,
)
from .arabic_roles import role_after_name_ar
from .document import STOP_AR, Document, Sentence, Token, fold, gap, strip_clitic
from .names import ORG_CUES_AR, ROLE_NOUNS_AR, folded_places, is_given_name, is_role_word_ar
from .precision import COMMON_AR


def spot_sentence(doc: Document, sentence: Sentence) -> None:
    """«أعرب البرتغالي جواو سيلفا مدرب فريق الشباب»: a nationality, a name and its role, as
    sports news names foreign coaches and players (the name is often no given name we list)."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens[:-2]):
        if not is_nisba_ar(strip_clitic(token.key)) or strip_clitic(token.key) in COMMON_AR:
            continue  # «وسجن الثاني أربع سنوات»: "the second", no word of origin
        first = tokens[k + 1]
        if gap(doc.text, token, first).strip() or is_role_word_ar(first):
            continue
        if first.key[0] in "وف" or is_verbish_ar(first):
            continue  # «الخط الأمامي وتأخر انسجام المهاجم»: a clause goes on, no name
        found = name_from_ar(doc, sentence, k + 1)
        if found is None or found[1] - found[0] > 3:
            continue
        if any(_to_a_noun(doc, tokens[n]) for n in range(*found)):
            continue  # «الرئيس التنفيذي لمطارات دبي», «الطبي علامة رائدة لمركز»: "of", no name
        if _role_before_origin(doc, sentence, k, found):
            continue
        if first.key[0] in "بل" and not is_role_word_ar(tokens[k + 2]):
            continue  # «التركي بولنت مدرب»: a name, but «الأمريكي لشركة …» a preposition
        if not role_after_name_ar(doc, sentence, found) and _named_alone(doc, sentence, found):
            doc.add_person(doc.text[tokens[found[0]].start : tokens[found[1] - 1].end])


def _to_a_noun(doc: Document, token: Token) -> bool:
    """«لمطارات», «لمركز», «للعالم»: «لـ» on a noun; no word of a name but a given one
    («لطفي», «ليلى») opens so."""
    key = token.key
    if key.startswith("لل"):
        return True  # «لمصر للطيران»: «لل» is «ل» and «ال»
    return key[:1] == "ل" and len(key) >= 5 and not is_given_name(doc, token)


def _role_before_origin(doc: Document, sentence: Sentence, k: int, found: tuple[int, int]) -> bool:
    """«وقال مدرب الفريق البرتغالي لويس كاسترو إن …»: a role, the word of origin at `k`, then
    a name of two words that «إن» or a break closes. True when the person was added."""
    tokens = sentence.tokens
    a, b = found
    closed = (
        b == len(tokens)
        or tokens[b].key in THAT_AR
        or bool(gap(doc.text, tokens[b - 1], tokens[b]).strip())
    )
    if b - a != 2 or not closed or _of_a_body(tokens[a]) or prefixed_noun(doc, tokens, a):
        return False  # «المدير الفني لمنتخب مصر،»: "of Egypt's team", not a person's name
    for r in range(k - 1, max(-1, k - 5), -1):
        if gap(doc.text, tokens[r], tokens[r + 1]).strip() or is_verbish_ar(tokens[r]):
            return False
        if tokens[r].key in STOP_AR:
            return False  # «لاعب في دوري روشن السعودي لشهر سبتمبر»: a phrase, no role
        if is_role_word_ar(tokens[r]):
            person = doc.add_person(doc.text[tokens[a].start : tokens[b - 1].end])
            start = tokens[r].start + (0 if tokens[r].key in ROLE_NOUNS_AR else 1)
            doc.add_role(person, doc.text[start : tokens[k].end], "", start, tokens[k].end)
            return True
    return False


def _named_alone(doc: Document, sentence: Sentence, found: tuple[int, int]) -> bool:
    """«توج البرتغالي كريستيانو رونالدو نجم النصر»: a word of origin before two name words
    names a person though no role follows, when the article names them again by the last word
    and neither word is one the article also writes with the article (a noun) or a common one."""
    a, b = found
    tokens = sentence.tokens
    if b - a != 2 or doc.resolve_person(doc.text[tokens[a].start : tokens[b - 1].end]):
        return False
    before = tokens[a - 2] if a >= 2 else None  # the word before the word of origin
    if before is not None and (before.key.startswith(("ال", "وال")) or is_role_word_ar(before)):
        return False  # «وزير الإعلام السوري حمزة»: the word of origin ends a role
    return _unlisted_name(doc, tokens[a:b])


def _unlisted_name(doc: Document, words: list[Token]) -> bool:
    """True for two words that read as a name no list knows: the article names them again by
    the last word («السويدي كايسون هدف الفوز»: a goal is not named again), and neither is a
    word the article also writes with the article (a noun), a common word, a verb or a place
    («ولي العهد السعودي وسلطان عُمان في موكب»: the sultan of Oman, no one named so)."""
    if _key_counts(doc)[words[-1].key] < 2:
        return False
    common = article_nouns(doc)
    places = folded_places("ar")
    return not any(
        t.key in COMMON_AR
        or t.text in NUMBER_WORDS
        or t.key in common
        or t.key in _FUTURE_AR
        or t.key.startswith("ال")
        or not name_word_ar(t)
        or is_verbish_ar(t)
        or t.key in places
        for t in words
    )


def spot_role_then_name(doc: Document, sentence: Sentence) -> None:
    """«وقال وزير التربية دارم طباع في تصريح …»: a role, its definite complement, then two
    name words no list of given names knows, closed by a break, «في», «إن/أن» or the end."""
    tokens = sentence.tokens
    for r, token in enumerate(tokens[:-2]):
        if not is_role_word_ar(token):
            continue
        a = r + 1
        while a < len(tokens) and a - r <= 3 and tokens[a].key.startswith("ال"):
            a += 1
        b = a + 2
        if a == r + 1 or b > len(tokens):
            continue  # «وزير التربية»: a complement says whose role it is
        if any(gap(doc.text, tokens[k - 1], tokens[k]).strip() for k in range(r + 1, b)):
            continue
        closed = (
            b == len(tokens)
            or tokens[b].key in THAT_AR
            or tokens[b].key in _CLOSERS
            or bool(gap(doc.text, tokens[b - 1], tokens[b]).strip())
        )
        name = doc.text[tokens[a].start : tokens[b - 1].end]
        if not closed or doc.resolve_person(name) or not _unlisted_name(doc, tokens[a:b]):
            continue
        if tokens[a].key in NAME_LINKS_AR:
            continue  # «الملك الباني الحسين بن طلال»: the name opens on «الحسين», no complement
        if _of_a_body(tokens[a]) or prefixed_noun(doc, tokens, a):
            continue  # «المدير الفني لمنتخب مصر،», «… للفريق على أن»: whose role, no name
        if any(_to_a_noun(doc, t) for t in tokens[a:b]):
            continue  # «… القابضة لمصر للطيران», «الرئيس التنفيذي لمطارات دبي»: "of", no name
        person = doc.add_person(name)
        start = token.start + (0 if token.key in ROLE_NOUNS_AR else 1)
        doc.add_role(person, doc.text[start : tokens[a - 1].end], "", start, tokens[a - 1].end)


_CLOSERS = frozenset(fold(w) for w in "في خلال".split())
# What a role belongs to, after «ل/ب»: «لمنتخب مصر», «لنادي الزمالك», «بشركة أرامكو».
_BODIES_AR = ORG_CUES_AR | frozenset(
    fold(w) for w in "منتخب نادي فريق مجلس هيئة جمعية اتحاد".split()
)


def _of_a_body(token: Token) -> bool:
    """True for «لمنتخب», «بشركة»: a team or an organisation after «ل/ب», never a name."""
    return token.key[:1] in "لب" and token.key[1:] in _BODIES_AR


# «سيتم استقبال الطلاب»: the future of the verbs that open a passive or a clause (a prefix
# test would take «سيلفا» for a verb).
_FUTURE_AR = frozenset(fold(w) for w in "سيتم ستتم سيكون ستكون سيجري ستجري".split())


def _key_counts(doc: Document) -> Counter[str]:
    """How often the article writes each word, counted once."""
    return doc.once("key_counts", lambda d: Counter(t.key for s in d.sentences for t in s.tokens))
