"""«على»: the preposition, or the given name «علي» written without its dots. An Arabic name
that may open or close on it is read with these (arabic_name_ends.py)."""

from __future__ import annotations

from .arabic_names import is_nisba_ar
from .document import SPEECH_VERBS_AR, Document, Token, fold, gap, strip_clitic
from .names import HONORIFICS_AR, is_role_word_ar

# Nouns that follow the preposition «على» in set phrases: «على مستوى», «على هامش».
ON_PHRASES = frozenset(
    fold(w)
    for w in """مستوى صعيد هامش رأس الرغم حد نحو طول مدار أساس غرار خلفية مدى وجه إثر ضوء يد
    ملعب طريق أرض سبيل لسان قدم عكس خلاف""".split()
)
# Folded verbs that take «على أن»: «شدد على أن», «أكد على أن», «حرص على أن».
_ON_VERBS = frozenset(
    fold(w) for w in "شدد أكد حرص اتفق وافق نص أصر ركز حث شددت أكدت حرصت وافقت أصرت ركزت".split()
)


def on_that(tokens: list[Token], i: int, j: int) -> bool:
    """True when «على» at j is followed by «أن» and a verb that takes «على أن» stands at most
    two words before the name at i (a title between)."""
    if j + 1 >= len(tokens) or tokens[j + 1].key != fold("أن"):
        return False
    return verb_on(tokens, i, within=3)


def verb_on(tokens: list[Token], i: int, within: int = 5) -> bool:
    """True when a verb that takes «على» stands at most `within` words before the name at i, a
    role between: «شدد وزير الثقافة غسان سلامة على ضرورة …» stressed the need; «على» is his
    verb's."""
    return any(strip_clitic(tokens[k].key) in _ON_VERBS for k in range(max(0, i - within), i))


def object_of_on(token: Token) -> bool:
    """A word «على» governs as a preposition: definite, or carrying a pronoun («موقعه»)."""
    return token.key.startswith("ال") or token.text.endswith(("ه", "ها", "هم", "ي"))


def after_a_word(doc: Document, tokens: list[Token], i: int) -> bool:
    """True when the word before token i runs on into it and is none that opens a name: no
    role, honorific, verb of saying or word of origin («وقال على …», «المهندس على …»). A bare
    definite role is the subject of a verb before it: «واطلع الوزير على سير العمل»."""
    if i == 0 or gap(doc.text, tokens[i - 1], tokens[i]).strip():
        return False
    before = tokens[i - 1]
    bare = strip_clitic(before.key)
    if before.key.startswith("ال") and is_role_word_ar(before) and before.key not in HONORIFICS_AR:
        return True
    return not (
        is_role_word_ar(before)
        or before.key in HONORIFICS_AR
        or bare in HONORIFICS_AR
        or bare in SPEECH_VERBS_AR
        or before.key in SPEECH_VERBS_AR
        or is_nisba_ar(bare)
    )
