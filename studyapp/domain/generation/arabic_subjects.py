"""A speaker named before the verb of saying, as Arabic news puts its subject first: «وكان أمين
الأحساء المشرف العام على المهرجان عادل الملحم شدد على نجاح المهرجان». The role before the
name runs past the words the other finders read back from it, and no verb precedes the name;
a given name and a family name right before the verb name the speaker."""

from __future__ import annotations

from .arabic_names import name_word_ar
from .document import SPEECH_VERBS_AR, Document, Sentence, gap, strip_clitic
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
