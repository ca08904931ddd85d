"""A speaker named before the verb of saying, as Arabic news puts its subject first: «وكان أمين
الأحساء المشرف العام على المهرجان عادل الملحم شدد على نجاح المهرجان». The role before the
name runs past the words the other finders read back from it, and no verb precedes the name;
a given name and a family name right before the verb name the speaker."""

from __future__ import annotations

from .arabic_names import name_word_ar
from .document import (
    SPEECH_VERBS_AR,
    Document,
    Person,
    Sentence,
    Token,
    fold,
    gap,
    strip_clitic,
)
from .names import is_given_name


def spot(doc: Document, sentence: Sentence) -> None:
    """Add the person a given name and one more name word just before a verb of saying name."""
    tokens = sentence.tokens
    for i in range(2, len(tokens)):
        if strip_clitic(tokens[i].key) not in SPEECH_VERBS_AR:
            continue
        given, family = tokens[i - 2], tokens[i - 1]
        if any(gap(doc.text, a, b).strip() for a, b in ((given, family), (family, tokens[i]))):
            continue  # «…، عادل، شدد»: a list or a clause, not one name before its verb
        if given.key[:1] in "وف" or not is_given_name(doc, given) or not name_word_ar(family):
            continue  # «وعلي …»: the conjunction joins it to what came before
        doc.add_person(doc.text[given.start : family.end])


# «وبحضور …», «بمشاركة …», «برفقة …»: who was there, listed after the one who acts and speaks.
PRESENT_AR = frozenset(
    fold(w) for w in "بحضور وبحضور بمشاركة وبمشاركة برفقة وبرفقة يرافقه ويرافقه".split()
)
_PRESENT_REACH = 15  # words of the list of those present


def present_ar(tokens: list[Token], start: int, end: int) -> set[int]:
    """Indices in tokens[start:end] of the people listed as present: «استعرض الوالي …،
    وبحضور رئيس المجلس الشعبي الولائي بن علي بيداي، رئيس الديوان، …، حيث أشار إلى أن …»: the
    governor speaks, not the president of the assembly named last before the verb."""
    found: set[int] = set()
    for k in range(start, end):
        if tokens[k].key in PRESENT_AR:
            found.update(range(k, min(end, k + _PRESENT_REACH)))
    return found


def first_named_ar(
    doc: Document, tokens: list[Token], end: int, present: set[int]
) -> Person | None:
    """The first person named before token `end`, when not among those `present`."""
    for k in range(end):
        person = doc.resolve_person(tokens[k].text) if len(tokens[k].key) >= 3 else None
        if person is not None:
            return None if k in present else person
    return None
