"""Envoys named after the state that sends them: «وسفير جمهورية الهند مانيش تشوهان،»,
«والسفيرة غير المقيمة لجمهورية مالاوي كاثرين نوروجين كونجي،». Reports of credentials
presented list ambassadors so, one after the other, with foreign names no list of given names
knows; the comma after each name, or «إن», says where it ends. Set id's reviewer found three of
seven ambassadors of such a list named, and the other four unused while the founding king was
offered as an ambassador. Read by people_ar.spot_sentence."""

from __future__ import annotations

from .arabic_names import THAT_AR, name_word_ar
from .document import Document, Sentence, Token, fold, gap, strip_clitic, without_preposition
from .names import HONORIFICS_AR, folded_places, is_role_word_ar
from .token_spans import spaced_only

_ENVOYS_AR = frozenset(
    fold(w) for w in "سفير سفيرة السفير السفيرة قنصل قنصلة القنصل مبعوث مبعوثة المبعوث".split()
)
# «جمهورية الهند», «لجمهورية زامبيا», «سلطنة عمان», «دولة الكويت»: the state the envoy speaks for.
_STATES_AR = frozenset(fold(w) for w in "جمهورية دولة مملكة المملكة سلطنة إمارة اتحاد".split())
_NOT_RESIDENT_AR = fold("غير")
_CLOSERS = frozenset("،,.")
_MAX_NAME = 4


def spot(doc: Document, sentence: Sentence) -> None:
    """Adds each envoy of `sentence` whose role names a state and whose name a comma, «إن/أن»
    or the sentence's end closes."""
    tokens = sentence.tokens
    for r, token in enumerate(tokens):
        if strip_clitic(token.key) not in _ENVOYS_AR:
            continue
        a = _after_state(doc, tokens, r)
        if a is None:
            continue
        role_end = a - 1
        while a < len(tokens) and strip_clitic(tokens[a].key) in HONORIFICS_AR:
            a += 1  # «… لجمهورية زامبيا الدكتور ويليام …»: his title, then his name
        b = _name_end(doc, tokens, a)
        if b is None:
            continue
        name = doc.text[tokens[a].start : tokens[b - 1].end]
        if doc.resolve_person(name):
            continue
        person = doc.add_person(name, "f" if strip_clitic(token.key).endswith("ه") else "")
        start = token.start + (1 if token.key != strip_clitic(token.key) else 0)
        end = tokens[role_end].end
        doc.add_role(person, doc.text[start:end], "", start, end)


def _after_state(doc: Document, tokens: list[Token], r: int) -> int | None:
    """Where the words after the envoy's state and its country («جمهورية الهند», «جمهورية
    بنغلادش الشعبية») end, the role with them; None when no state follows the envoy."""
    k = r + 1
    if k + 1 < len(tokens) and tokens[k].key == _NOT_RESIDENT_AR:
        k += 2  # «السفير غير المقيم لجمهورية زامبيا»
    if k + 1 >= len(tokens) or not spaced_only(doc.text, tokens[r : k + 2]):
        return None
    if without_preposition(tokens[k].key) not in _STATES_AR:
        return None
    k += 2  # the state and the country's name
    while k < len(tokens) and tokens[k].key[:2] == "ال" and _joined(doc, tokens, k):
        k += 1  # «الشعبية», «العربية السعودية»
    return k if k < len(tokens) and _joined(doc, tokens, k) else None


def _name_end(doc: Document, tokens: list[Token], a: int) -> int | None:
    """The end of a name of two to four words opening at tokens[a] and closed right after it;
    None when the words are no such name."""
    b = a
    places = folded_places("ar")
    while b < len(tokens) and b - a < _MAX_NAME:
        word = tokens[b]
        if b > a and not _joined(doc, tokens, b):
            break
        if not name_word_ar(word) or word.key[:2] == "ال" or word.key in THAT_AR:
            break
        if is_role_word_ar(word) or word.key in places:
            return None
        b += 1
    if b - a < 2:
        return None
    if b == len(tokens) or tokens[b].key in THAT_AR:
        return b
    return b if gap(doc.text, tokens[b - 1], tokens[b]).strip()[:1] in _CLOSERS else None


def _joined(doc: Document, tokens: list[Token], k: int) -> bool:
    """True when only a space stands between tokens[k - 1] and tokens[k]."""
    return spaced_only(doc.text, tokens[k - 1 : k + 1])
