"""Arabic definitions with no هو/هي: «تعد الهند مهد حضارة وادي السند» ("India is considered
the cradle…") and «أوروبا إحدى قارات العالم السبع» ("Europe, one of the seven continents"), read
as the term, its definition and the pronoun a question on the term takes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document, fold
from .precision import FUNCTION_WORDS_AR

_CONSIDERED = frozenset(fold(w) for w in "يعد تعد يعتبر تعتبر".split())
_ONE_OF = frozenset(fold(w) for w in "أحد إحدى".split())
# Adverbs that may stand between the term and its definition: «يعد المؤرخون عموما…».
_ADVERBS = frozenset(fold(w) for w in "عموما غالبا تقليديا رسميا عادة حاليا أيضا".split())
_TERM_WORDS = 3


@dataclass(frozen=True)
class Copula:
    term: str
    written: str  # the definition as the article writes it: «قوةً إقليمية»
    pronoun: str  # هو or هي, as the question asks: «ما هي الهند؟»

    @property
    def definition(self) -> str:
        """The definition as a question on the term is answered: «قوة إقليمية»."""
        return _nominative(self.written)

    def as_written(self, part: str) -> str:
        """The words of the article that `part` of the definition stands for, one for one."""
        words, said = self.definition.split(), self.written.split()
        wanted = part.split()
        for at in range(len(words) - len(wanted) + 1):
            if words[at : at + len(wanted)] == wanted:
                return " ".join(said[at : at + len(wanted)])
        return part


def without_pronoun(doc: Document, text: str) -> Copula | None:
    """The term and definition of a sentence of either shape, or None. Not a ranking («أحد
    أعنف الصراعات»: the gap on the term asks it) nor a term cut inside its elative («الفترة
    الأكثر نجاحاً»)."""
    found = _considered(doc, text) or _one_of(text)
    if found is None:
        return None
    said = [fold(w) for w in found.written.split()[:2]]
    if len(said) == 2 and said[0] in _ONE_OF and _ELATIVE.match(said[1]):
        return None
    term = found.term.split()
    if len(term) >= 2 and _ELATIVE.match(fold(term[-1]).removeprefix("ال")):
        return None
    return found


# A folded elative: «أكبر», «أهم», «أعنف».
_ELATIVE = re.compile(r"^ا\w{2,3}$")


def _considered(doc: Document, text: str) -> Copula | None:
    """«تعد الهند مهد حضارة…»: the term is a definite noun or a place or organisation the
    article knows, with the definite words that follow it («الاقتصاد الصيني»); the definition
    starts at the first indefinite word after it, and the verb's person gives the pronoun
    (تعد: هي). Anything else («يعد أحد أنجح القادة», «خليج ماليان خليجاً») is left alone."""
    words = text.split()
    if len(words) < 4 or fold(words[0]).removeprefix("و") not in _CONSIDERED:
        return None
    verb = fold(words[0]).removeprefix("و")
    first = fold(words[1])
    known = words[1] in (*doc.places, *doc.organisations)
    if first in FUNCTION_WORDS_AR or first in _ONE_OF or not (first.startswith("ال") or known):
        return None
    end = 2
    while end <= _TERM_WORDS and end < len(words) - 1 and fold(words[end]).startswith("ال"):
        end += 1
    key = fold(words[end])
    if key in FUNCTION_WORDS_AR or key in _ADVERBS or key.startswith(("ال", "و", "ل")):
        return None  # «المنحة المالية لجامعة هارفارد»: the term goes on, no definition yet
    if key.endswith("يا") and len(key) >= 5:
        return None  # «يعد الحي تقليدياً مركز…»: an adverb; «فريقاً قوياً» is the definition
    pronoun = "هو" if verb.startswith("ي") else "هي"
    return Copula(" ".join(words[1:end]), " ".join(words[end:]), pronoun)


def _one_of(text: str) -> Copula | None:
    """«أوروبا إحدى قارات العالم السبع»: a term of up to four words said to be one of a kind."""
    match = re.match(r"^(\S+(?:\s\S+){0,3}?)\s+(\S+)\s", text)
    if match is None or fold(match.group(2)) not in _ONE_OF:
        return None
    if fold(match.group(1).split()[0]).removeprefix("و") in _CONSIDERED:
        return None  # «يعد أحد أنجح القادة»: the term is in an earlier sentence
    pronoun = "هي" if fold(match.group(2)) == fold("إحدى") else "هو"
    return Copula(match.group(1), text[match.start(2) :], pronoun)


_ACCUSATIVE_END = re.compile("(?:\u064b?\u0627\u064b?|(?<=\u0629)\u064b)$")  # «ـًا», «ـاً», «ـةً»


def _nominative(text: str) -> str:
    """The definition as a question on the term is answered: «قوةً إقليمية» -> «قوة إقليمية»,
    «مفترسا فوقيّا» -> «مفترس فوقيّ». The verb made its indefinite words accusative; words with
    the article, function words and short words keep their spelling."""
    words = []
    for word in text.split():
        key = fold(word)
        if key.startswith("ال") or key in FUNCTION_WORDS_AR or key in _ADVERBS or len(key) < 3:
            words.append(word)
        else:
            words.append(_ACCUSATIVE_END.sub("", word))
    return " ".join(words)
