"""Lists of effects: "X leads to A, B and C" asked as a select-all with the opposite effects.

A sentence saying a cause leads to (results in, causes; يؤدي إلى، تسبب في) two or more effects
gives one question on its effects. Each wrong choice is an effect turned into its opposite by
swapping its leading word for that word's antonym from a bundled table (data/effect-antonyms.txt):
"raising prices" -> "lowering prices", «تأخير الشحنات» -> «تسريع الشحنات». It reads like the
items and the article says the contrary, so it is false; an effect whose head has no antonym
gives none, and fewer than two wrong choices give no question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..questions import Question
from .document import STOP_AR, STOP_EN, Document, Sentence, bundled, fold, fold_same_length
from .list_kinds import open_ended, select_all, stem_before

# The cue, matched in text folded by fold_same_length (أ إ آ -> ا, ى -> ي, ة -> ه, lower case).
# An Arabic verb may come before its subject: «ويؤدي نقص الرقائق إلى».
_CUE = {
    "ar": re.compile(
        r"(?<!\w)(?P<verb>[وف]?(?:(?:س?[يت])ؤدي|اد(?:ي|ت|يا|تا|وا))|[وف]?(?:س?[يت])?تسبب(?:ت)?)"
        r"(?P<subject>(?:\s+\w+){0,6}?)\s+(?P<to>الي|في)\s+"
    ),
    "en": re.compile(
        r"(?<!\w)(?P<verb>(?:leads?|led|leading)\s+to|(?:caused|causes|causing)(?!\s+by)"
        r"|(?:results?|resulted|resulting)\s+in)\s+"
    ),
}
# An Arabic verb of leading goes with إلى, one of causing with في.
_TO = {"الي": "ؤدي|اد", "في": "تسبب"}
# Words that end an effect: a preposition or relative clause starts what follows it.
_CUT = {
    "ar": frozenset(
        fold(w) for w in "من في على عن مع خلال حتى بسبب التي الذي الذين مما بعد قبل منذ".split()
    ),
    "en": frozenset(
        """in on at for from by with during amid across as that which who while because after
        before since until than""".split()
    ),
}
_MAX_WORDS = {"ar": 4, "en": 5}  # words in an effect a select-all offers
_WRONG = 3
_SPLIT = re.compile(r"\s*[,،]\s*")


@dataclass(frozen=True)
class Effects:
    sentence: Sentence
    start: int  # where the first effect begins in the article
    items: list[str]


@cache
def _antonyms(language: str) -> dict[str, str]:
    """Each head word with its opposite, both ways; a head listed twice keeps its first."""
    table: dict[str, str] = {}
    for head, opposite in bundled("effect-antonyms"):
        if not opposite or (language == "ar") != bool(re.search(r"[\u0600-\u06ff]", head)):
            continue
        table.setdefault(fold(head), opposite)
        table.setdefault(fold(opposite), head)
    return table


def _bare(word: str, language: str) -> tuple[str, str]:
    """A head word's prefix (Arabic «ال») and the rest, the rest looked up in the table."""
    if language == "ar" and word.startswith("ال") and len(word) > 4:
        return "ال", word[2:]
    return "", word


def _head(word: str, language: str) -> bool:
    """True for a word the table knows: it may start an effect after "and" or «و»."""
    return fold(_bare(word, language)[1]) in _antonyms(language)


def _form(word: str, language: str) -> str:
    """The shape of an effect's head in Arabic: definite («الارتفاع») or not («رفع»); a noun
    after «و» in another shape belongs to the effect before it."""
    return _bare(word, language)[0] if language == "ar" else ""


def _conjunction(word: str, language: str) -> str | None:
    """The word after "and"/«و» when `word` is (or carries) the conjunction, else None."""
    if language == "en":
        return "" if word.casefold() in {"and", "or"} else None
    if word.startswith("و") and (word[1:].startswith("ال") or _head(word[1:], language)):
        return word[1:]
    return "" if word == "و" else None


def _pieces(region: str, language: str) -> list[tuple[str, str]]:
    """The region after the cue cut at commas and at "and"/«و» before a known head:
    (joiner, text) pairs, joiner "" for the first, "," or "and"."""
    pieces: list[tuple[str, str]] = []
    for n, part in enumerate(_SPLIT.split(region)):
        joiner = "" if n == 0 else ","
        words: list[str] = []
        tokens = part.split()
        for k, word in enumerate(tokens):
            rest = _conjunction(word, language)
            if rest is None:
                words.append(word)
                continue
            following = rest or (tokens[k + 1] if k + 1 < len(tokens) else "")
            if not words:
                joiner = "and"  # ", and C", «، وتأخير»
            elif following and _head(following, language):
                pieces.append((joiner, " ".join(words)))
                joiner, words = "and", []
            else:
                words.append(word)  # "new and used", «الجديدة والمستعملة»: inside one effect
                continue
            if rest:
                words.append(rest)
        pieces.append((joiner, " ".join(words)))
    return pieces


def _list(pieces: list[tuple[str, str]]) -> list[str]:
    """The effects: pieces up to the one after the last "and" of a run; a plain comma after an
    "and" piece starts another clause."""
    items: list[str] = []
    closed = False
    for joiner, text in pieces:
        if closed and joiner != "and":
            break
        if not text:
            return []
        items.append(text)
        closed = closed or joiner == "and"
    return items if closed and len(items) >= 2 else []


def _trim(item: str, language: str) -> str:
    """An effect cut to its head phrase: before a preposition or relative word, and in Arabic
    before a pair of adjectives joined by «و» (never between a noun and its adjective); ''
    when no short clean phrase is left."""
    words = item.strip(" .").split()
    for k, word in enumerate(words):
        key = fold(word)
        if k >= 2 and key in _CUT[language]:
            words = words[:k]
            break
        if k >= 1 and language == "ar" and word.startswith("وال"):
            # «السيارات الجديدة والمستعملة»: the adjectives go together, the noun stays.
            pair = words[k - 1].startswith("ال") and word[1:].startswith("ال")
            if pair and k >= 3 and words[k - 2].startswith("ال"):
                words = words[: k - 1]
                break
            return ""
        if k >= 1 and language == "en" and key in {"and", "or"}:
            return ""  # "new and used cars": no cut keeps the noun with its adjectives
    stops = STOP_AR if language == "ar" else STOP_EN
    while words and fold(words[-1]) in stops | _CUT[language]:
        words.pop()
    if len(words) < 2 or len(words) > _MAX_WORDS[language]:
        return ""
    return " ".join(words).strip(" ,،.")


def _opposite(item: str, language: str) -> str:
    """The effect with its head swapped for its antonym, or '' when the table has none."""
    head, _, rest = item.partition(" ")
    prefix, bare = _bare(head, language)
    opposite = _antonyms(language).get(fold(bare), "")
    if not opposite:
        return ""
    if language == "en" and head[:1].isupper():
        opposite = opposite[:1].upper() + opposite[1:]
    return f"{prefix}{opposite} {rest}".strip()


def find(doc: Document) -> list[Effects]:
    found = []
    cue = _CUE[doc.language]
    for sentence in doc.content:
        folded = fold_same_length(sentence.text)
        for match in cue.finditer(folded):
            verb, to = match.group("verb"), match.groupdict().get("to")
            if to and not re.search(_TO[to], verb):
                continue
            region = sentence.text[match.end() :]
            region = re.split(r"[.;؛:()\"«»]|\s[-–—]\s", region)[0]
            raw = _list(_pieces(region, doc.language))
            if not raw:
                continue
            # The items' end: nothing after the list may say it goes on to others.
            if open_ended(sentence.text[match.end() + region.find(raw[-1]) + len(raw[-1]) :]):
                continue
            items = [_trim(item, doc.language) for item in raw]
            if not all(items) or len({_form(i.split()[0], doc.language) for i in items}) > 1:
                continue
            found.append(Effects(sentence, sentence.start + match.end(), items))
    return found


def _names_a_cause(stem: str, language: str) -> bool:
    """True when the stem names what leads to the effects, not just "this" or «ذلك»."""
    folded = fold_same_length(f"{stem} ")
    match = _CUE[language].search(folded)
    cause = folded[: match.start()] + (match.groupdict().get("subject") or "") if match else folded
    stops = STOP_AR if language == "ar" else STOP_EN
    return any(len(w) >= 3 and fold(w) not in stops for w in re.findall(r"\w+", cause))


def extract(doc: Document) -> list[Question]:
    questions = []
    text = fold(doc.text)
    for effects in find(doc):
        answer = list(dict.fromkeys(effects.items))
        if len(answer) < 2:
            continue
        stem = stem_before(doc, effects.sentence, effects.start)
        if doc.language == "ar" and stem.startswith(("و", "ف")) and not stem.startswith("في"):
            stem = stem[1:]
        if not _names_a_cause(stem, doc.language):
            continue
        taken = {fold(a) for a in answer}
        wrong = []
        for item in answer:
            opposite = _opposite(item, doc.language)
            key = fold(opposite)
            if opposite and key not in text and key not in taken:
                wrong.append(opposite)
                taken.add(key)
        if len(wrong) < 2:
            continue  # never invent other effects: the article's opposites or nothing
        questions.append(
            select_all(
                doc, effects.sentence, stem, answer, wrong[:_WRONG], "effect", confidence=0.9
            )
        )
    return questions
