"""Arabic organisations that speak (speakers.speaker_of): named right after a verb of saying
(«قالت شركة السيارات الكهربائية «ريفيان»», «أعلنت وزارة الصحة») or opening its clause before
it («وكانت وزارة الآثار المصرية قد قالت …»)."""

from __future__ import annotations

from functools import lru_cache

from .date_words import TIMES_OF_DAY_AR
from .document import QUOTE, Document, Person, Sentence, Token, fold, gap, strip_clitic
from .names import ORG_CUES_AR
from .portfolio_list import portfolios_of
from .token_spans import spaced_only

_BODIES_AR = ORG_CUES_AR | frozenset(
    fold(w) for w in "هيئة الهيئة لجنة اللجنة مجلس قوات الجيش الشرطة".split()
)
# Bodies a news story names by one word, there being one of them: «ويقول الجيش إنه …».
_NAMED_ALONE_AR = frozenset(fold(w) for w in "الجيش الشرطة".split())
# The words of a body's name after its cue: «وزارة الاقتصاد والمالية وإصلاح الإدارة».
_BODY_WORDS = 6
# Words between a body's cue and its quoted name: «شركة السيارات الكهربائية «ريفيان»».
_QUOTED_WITHIN = 3
_ENDS_BODY_AR = frozenset(fold(w) for w in "في خلال عبر على من عن بعد أمس اليوم".split())


def body_before_ar(doc: Document, sentence: Sentence, i: int) -> Person | None:
    """The organisation that opens the clause of the verb at token i, before it: «وكانت وزارة
    الآثار المصرية قد قالت …» (its cue and the words naming it, «قد» between)."""
    tokens = sentence.tokens
    k = i - 1 if i > 0 and tokens[i - 1].key == _MAY_AR else i
    start = next((n for n in range(max(0, k - 4), k) if _cue(tokens[n])), None)
    if start is None or k - start < 2 or not spaced_only(doc.text, tokens[start : i + 1]):
        return None
    if (
        start > 0
        and tokens[start - 1].key not in _WAS_AR
        and not gap(doc.text, tokens[start - 1], tokens[start]).strip()
    ):
        return None  # «… مع وزارة الصحة قالت»: the body is not the clause's head
    feminine = tokens[start].key.endswith("ه")
    name = doc.text[tokens[start].start : tokens[k - 1].end]
    cue = tokens[start].key if tokens[start].key in _BODIES_AR else strip_clitic(tokens[start].key)
    return Person(name, "f" if feminine else "m", [cue])


_MAY_AR = fold("قد")
_WAS_AR = frozenset(fold(w) for w in "كانت وكانت كان وكان".split())


def body_after_ar(doc: Document, sentence: Sentence, near: list[Token]) -> Person | None:
    """The organisation right after a verb of saying: its quoted name ("شركة السيارات
    الكهربائية «ريفيان»") or the cue and the words naming it ("وزارة الصحة")."""
    if not near or not _cue(near[0]):
        return None
    feminine = near[0].key.endswith("ه")
    cue = [strip_clitic(near[0].key)]  # kept as its role: a company is asked among companies
    # The quoted name follows the cue within a few words: «أعلنت وزارة الصحة نجاح أول عملية
    # جراحية روبوتية "عن بعد"» quotes a manner seven words on, no body's name.
    a = near[0].start - sentence.start
    b = near[: _QUOTED_WITHIN + 1][-1].end - sentence.start + 1
    for match in QUOTE.finditer(sentence.text):
        if a <= match.start() < b and len(match.group().split()) <= 3:
            name = next(g for g in match.groups() if g is not None).strip()
            return Person(name, "f" if feminine else "m", cue)
    words = [near[0]]
    for token in near[1:_BODY_WORDS]:
        if token.key in _ENDS_BODY_AR | TIMES_OF_DAY_AR or gap(doc.text, words[-1], token).strip():
            break
        if _definite(words[-1]) and not _definite(token) and not token.key.startswith("و"):
            break  # «أعلنت وزارة الصحة نجاح …»: what it announced, after its name
        words.append(token)
    words = _after_portfolio(words)
    if len(words) < 2 and strip_clitic(near[0].key) not in _NAMED_ALONE_AR:
        return None  # "قالت الشركة": which one, the sentence does not say
    name = doc.text[words[0].start : words[-1].end]
    return Person(name, "f" if feminine else "m", cue)


def _definite(token: Token) -> bool:
    return strip_clitic(token.key).startswith("ال") or token.key.startswith(("وال", "بال", "لل"))


def _cue(token: Token) -> bool:
    """A word that opens an organisation's name: «وزارة», «والهيئة» (a clitic «و» before it,
    never the «و» of «وزارة» itself)."""
    return token.key in _BODIES_AR or strip_clitic(token.key) in _BODIES_AR


_MINISTRY_AR = fold("وزارة")


def _after_portfolio(words: list[Token]) -> list[Token]:
    """`words` of a ministry's name up to its portfolio and what may qualify it: a nationality
    («وزارة الداخلية الكويتية»), another portfolio joined by «و» and its words («وزارة الصحة
    والسكان», «وزارة الاقتصاد والمالية وإصلاح الإدارة»). «أعلنت وزارة الداخلية القبض على …»
    names «وزارة الداخلية», not «… القبض» (set ig: «بحسب وزارة الداخلية القبض، ____ لن تتهاون
    …», garbled, both reviewers)."""
    ministry = _MINISTRY_AR in (words[0].key, strip_clitic(words[0].key))  # «وزارة», «فوزارة»
    if len(words) < 3 or not ministry:
        return words
    keys = tuple(t.key for t in words[1:])
    size = next((len(p) for p in _portfolios_ar() if keys[: len(p)] == p), 0)
    if not size:
        return words
    end = 1 + size
    while end < len(words) and (
        words[end].key.endswith(("يه", "ي"))
        or words[end].key[:1] == "و"
        or words[end - 1].key[:1] == "و"  # «وإصلاح الإدارة»: the joined portfolio's own words
    ):
        end += 1
    return words[:end]


@lru_cache(maxsize=1)
def _portfolios_ar() -> tuple[tuple[str, ...], ...]:
    """The Arabic portfolios (data/portfolios-ar.txt) as folded words, longest first."""
    found = {tuple(fold(p.before).split()) for p in portfolios_of("ar")}
    return tuple(sorted(found, key=len, reverse=True))
