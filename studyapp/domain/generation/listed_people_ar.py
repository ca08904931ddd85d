"""People an Arabic article names as examples of a group: «غياب بعض اللاعبين الأساسيين مثل
ديماراي غراي وجاك هندري», «عدد من الوزراء، من بينهم …». No role stands before each name, so the
role rules miss them; the group's plural noun says they are people.

A plural noun of people, then «مثل/منهم/بينهم/أبرزهم» at most four words on, then two or more
names of two or three name words joined by «و» or «،», at least one opened by a given name the
bundled list knows. The last name is taken as two words: what follows it («بسبب الإصابة») is
the sentence going on.
"""

from __future__ import annotations

from .arabic_names import article_nouns, name_word_ar
from .document import Document, Sentence, Token, fold, gap, strip_clitic
from .names import given_names

# Plural nouns of people that a list of names exemplifies.
_GROUPS_AR = frozenset(
    fold(w)
    for w in """اللاعبين لاعبين اللاعبون لاعبون النجوم نجوم المسؤولين مسؤولين المسؤولون
    الوزراء وزراء المدربين مدربين القادة قادة الفنانين فنانين الكتاب الشعراء العلماء علماء
    الباحثين باحثين المرشحين مرشحين النواب نواب الأعضاء أعضاء الرؤساء رؤساء المعتقلين
    المحتجزين الأسرى الضحايا المهاجمين المدافعين الحراس الممثلين ممثلين المطربين""".split()
)
_CUES_AR = frozenset(fold(w) for w in "مثل منهم ومنهم بينهم أبرزهم وأبرزهم أمثال".split())
_REACH = 4  # words between the group's noun and the cue: «بعض اللاعبين الأساسيين مثل»
_MAX_WORDS = 3


def spot(doc: Document, sentence: Sentence) -> None:
    """Add the people listed after a group of people and a cue."""
    tokens = sentence.tokens
    common = article_nouns(doc)
    for k, token in enumerate(tokens):
        if token.key not in _CUES_AR or not _group_before(doc, tokens, k):
            continue
        names = _names_after(doc, tokens, k + 1, common)
        if len(names) < 2 or not any(_opens_with_given(words) for words in names):
            continue
        for words in names:
            doc.add_person(doc.text[words[0].start + _conjunction(words[0]) : words[-1].end])


def _group_before(doc: Document, tokens: list[Token], cue: int) -> bool:
    for k in range(cue - 1, max(-1, cue - 1 - _REACH), -1):
        if gap(doc.text, tokens[k], tokens[k + 1]).strip():
            return False  # «الوزراء. مثل …»: another clause
        if tokens[k].key in _GROUPS_AR or strip_clitic(tokens[k].key) in _GROUPS_AR:
            return True
    return False


def _conjunction(token: Token) -> int:
    """1 for a name word carrying «و» («وجاك»), else 0."""
    return 1 if token.key[:1] == "و" and token.key[1:] in given_names("ar") else 0


def _opens_with_given(words: list[Token]) -> bool:
    key = words[0].key[_conjunction(words[0]) :]
    return key in given_names("ar")


def _names_after(
    doc: Document, tokens: list[Token], at: int, common: frozenset[str]
) -> list[list[Token]]:
    """The names from `at` on, each a list of its words; [] when what follows is no list."""
    names: list[list[Token]] = []
    current: list[Token] = []
    k = at
    while k < len(tokens):
        token = tokens[k]
        between = gap(doc.text, tokens[k - 1], token).strip() if k > at else ""
        starts_new = bool(current) and (between in {"،", ","} or _conjunction(token))
        if between and between not in {"،", ","}:
            break
        if starts_new:
            if not 2 <= len(current) <= _MAX_WORDS:
                return []
            names.append(current)
            current = []
        word = token.key[_conjunction(token) :] if not current else token.key
        if not name_word_ar(token) or word in common or word.startswith("ال"):
            break
        current.append(token)
        k += 1
        if names and len(current) == 2 and not _another_follows(doc, tokens, k):
            break  # the last name: two words, then the sentence goes on
    if len(current) == 2:
        names.append(current)
    return names


def _another_follows(doc: Document, tokens: list[Token], k: int) -> bool:
    if k >= len(tokens):
        return False
    return gap(doc.text, tokens[k - 1], tokens[k]).strip() in {"،", ","} or bool(
        _conjunction(tokens[k])
    )
