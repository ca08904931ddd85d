"""A name in quotation marks after its role, as some Arabic agencies write people: «المفوض
السامي للأمم المتحدة لشؤون اللاجئين "فيليبو غراندي"», «قائد الجيش اللواء "عبد الفتاح
البرهان"». The quotation marks break the name for the other rules, which kept «عبد الفتاح»
alone or no one."""

from __future__ import annotations

from .arabic_names import is_verbish_ar, name_word_ar
from .document import Document, Sentence, fold, gap, without_preposition
from .names import HONORIFICS_AR, ORG_CUES_AR, ROLE_NOUNS_AR, is_given_name, is_role_word_ar

# A preposition standing alone, or one with a pronoun: a role is a chain of nouns without them.
_NOT_IN_A_ROLE = frozenset(
    fold(w) for w in "في على من إلى الى عن مع به بها بهم له لها لهم فيه فيها".split()
)
_OPEN = '"«“”'  # «مدرب منتخب مصر البرتغالي ” كارلوس كيروش”»: some papers open with ” too
_CLOSE = '"»”'
_MOST_WORDS = 4
# What stands between a role and the words its holder said, never his name.
_SAYING = frozenset(fold(w) for w in "قوله قولها قولهم إن أن ان انه إنه أنه انها إنها أنها".split())
_ROLE_REACH = 7  # words back from the name to the role's first word


def spot(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Add each quoted name a role stands right before, with that role; where they stand."""
    tokens = sentence.tokens
    found: list[tuple[int, int]] = []
    for k in range(1, len(tokens)):
        opening = gap(doc.text, tokens[k - 1], tokens[k]).strip()
        if not opening or opening[-1] not in _OPEN:
            continue
        end = _closing(doc, sentence, k)
        if end is None:
            continue
        words = tokens[k:end]
        if not 2 <= len(words) <= _MOST_WORDS or words[0].key.startswith("ال"):
            continue
        if not all(name_word_ar(t) and not is_role_word_ar(t) for t in words):
            continue
        if _named_after(doc, sentence, end):
            continue  # «مدير عام "تطوير المفرق"، ليزا الدغمي،»: the quoted words are the body
        last = k - 1
        if without_preposition(tokens[last].key) in ORG_CUES_AR:
            continue  # «المدير الإقليمي لشركة "أكوا باور"»: the quoted words are the company
        while last >= 0 and tokens[last].key in HONORIFICS_AR:
            last -= 1  # «قائد الجيش اللواء "…"»: the rank is no part of the role
        first = _role_start(doc, sentence, last)
        if first is None:
            continue
        if last - first >= 2 and is_given_name(doc, tokens[last - 1]):
            continue  # «الكاتب محمد الحفري «كواكب الجنة المفقودة»»: his novel's title, set k
        if any(t.key in _SAYING for t in tokens[first:k]):
            continue  # «عن المتحدث باسم الجيش قوله إن الحادث "حرج وخطير"»: his words, no name
        name = doc.text[words[0].start : words[-1].end]
        person = doc.add_person(name)
        # «وقائد الجيش»: the role, not the «و» that joins it to the one before.
        role_start = tokens[first].start + (0 if tokens[first].key in ROLE_NOUNS_AR else 1)
        role_end = tokens[last].end
        doc.add_role(person, doc.text[role_start:role_end], "", role_start, role_end)
        found.append((words[0].start, words[-1].end))
    return found


def _named_after(doc: Document, sentence: Sentence, end: int) -> bool:
    """True when the quotation closing before token `end` is followed by a comma and a name of
    two or three words set off by another comma: the role's holder comes after whose it is."""
    tokens = sentence.tokens
    if end >= len(tokens) or "،" not in doc.text[tokens[end - 1].end : tokens[end].start]:
        return False
    for stop in range(end + 2, min(end + 4, len(tokens))):
        if not all(name_word_ar(t) for t in tokens[end:stop]):
            return False
        if "،" in doc.text[tokens[stop - 1].end : tokens[stop].start]:
            return True
    return False


def _closing(doc: Document, sentence: Sentence, k: int) -> int | None:
    """The index after the last word of the quotation opened before token k, if it closes
    within a few words with nothing but spaces between them."""
    tokens = sentence.tokens
    for end in range(k + 1, min(k + _MOST_WORDS, len(tokens)) + 1):
        following = doc.text[tokens[end - 1].end : tokens[end - 1].end + 2].strip()
        if following[:1] in _CLOSE and following:
            return end
        if end < len(tokens) and gap(doc.text, tokens[end - 1], tokens[end]) != " ":
            return None
    return None


def _role_start(doc: Document, sentence: Sentence, last: int) -> int | None:
    """The first word of the role that ends at token `last`: the nearest role noun before it,
    with no punctuation or verb between."""
    tokens = sentence.tokens
    for r in range(last, max(-1, last - _ROLE_REACH), -1):
        if r < last and gap(doc.text, tokens[r], tokens[r + 1]) != " ":
            return None
        if is_verbish_ar(tokens[r]) or tokens[r].key in _NOT_IN_A_ROLE:
            return None  # «التعيينات على درجة وزير في الكويت بها "شبهة دستورية"»: no role
        if is_role_word_ar(tokens[r]):
            return r
    return None
