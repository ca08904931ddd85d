"""Which way something went, asked true or false: "The wind will increase through the day"
stands as the article says it, or turned to "The wind will decrease through the day"; «ويطرأ
ارتفاع على درجات الحرارة» to «ويطرأ انخفاض على درجات الحرارة».

Short news of weather, prices, health and sport often names no person, number or date a gap
could ask, yet says which way things go: temperatures rise, exports grow, the risk is higher for
some. The first word of a bundled table of directions and contraries in a sentence
(data/direction-words.txt: rose/fell, higher/lower, north/south, «ارتفاع/انخفاض», «أكثر/أقل»,
«إيجابي/سلبي») gives one statement: the sentence up to the end of that word's clause, with
neither that word again nor its opposite, no quotation, no negation (a "not" would turn the
swap around) and no question. About half the statements are turned, by a hash of the
sentence, so the answer cannot be guessed from the kind; the explanation quotes the article.
A statement asks only a sentence no other question asks (on_unasked_sentences).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from ..questions import Question
from . import calibration
from .datelines import dateline_end
from .document import Document, Sentence, Token, bundled, fold, fold_same_length, strip_clitic
from .drafts import draft
from .quotation_marks import in_open_quotation
from .repeats import is_generic

_NEGATIONS = frozenset(
    fold(w)
    for w in """لا ولا لم ولم لن ولن ليس ليست غير دون بدون not no never nor without cannot
    won't don't doesn't didn't isn't aren't wasn't weren't""".split()
)
# The statement ends where the clause that turns ends: at a semicolon, a colon (not one of
# "7:05"), or a comma before a word that opens another clause ("…, and winds …", «…، والرياح»).
# A comma before anything else goes on with the same clause: «ذلك أن بعض الحيوانات، مثل الوعل
# …، يمكن أن تنافس» cut at its commas has no verb (a reviewer: garbled), and "…, the manager
# said" is still its sentence; so is «، فى الكشف عن …» ("in"), no «ف» "and then" (set hx:
# «فشلت البعثة … بجامعة كامبريدج.» cut there).
_CLAUSE_END = re.compile(
    r"[;؛]|(?<!\d):|:(?!\d)|[,،]\s*(?=و\w|ف(?![يى](?!\w))\w"
    r"|(?:and|but|while|which|whereas|although|though|لكن|بينما|حيث|مما|إذ|كما)(?!\w))",
    re.IGNORECASE,
)
# An ordinal before a superlative ranks: "the second-largest producer after the US" turned to
# "second-smallest … after the US" says nothing (a reviewer: garbled).
_RANKS = frozenset(
    fold(w)
    for w in """second third fourth fifth sixth seventh eighth ninth tenth ثاني ثالث رابع خامس
    سادس سابع ثامن تاسع عاشر""".split()
)
_QUOTES = re.compile(r"[\"“”«»]")
# Arabic letters a table word may carry before it: a conjunction, a preposition, the article.
_PREFIXES_AR = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل")
# Words that compare only beside what they compare with (_compares).
_COMPARED = frozenset(fold(w) for w in "higher lower أعلى أدنى الأعلى الأدنى أكثر أقل".split())
_MORE_AR = frozenset(fold(w) for w in "أكثر أقل".split())
# Verbal nouns that name a state as well as a change: «ارتفاع الموج» is how high the waves are,
# «النمو البدني» how a body grows; «ارتفاع في», «ارتفاعا» say a change (_moves).
_STATES_AR = frozenset(fold(w) for w in "ارتفاع انخفاض نمو انكماش زيادة".split())
# A conjunction or adverb that ties the sentence to the one before, left off the statement.
_OPENERS_EN = ("But ", "And ", "So ", "Also, ", "However, ")
# «ويوم غد», «وأكد», «والرياح», «وهذه»: what follows a conjunction «و» at the start of a
# sentence (a word of its own such as «وزارة», «وصل» starts otherwise).
_AFTER_CONJUNCTION_AR = ("ال", "ي", "ت", "أ", "إ", "ن", "هذ")
_WORDS = (6, 30)
_EXPLAIN = {
    "ar": {True: "صواب: يقول المقال: «{said}»", False: "خطأ: يقول المقال: «{said}»"},
    "en": {True: 'True: the article says "{said}"', False: 'False: the article says "{said}"'},
}
CONFIDENCE = 0.5
CATEGORY = "fact"
STATEMENT = "statement"  # in Question.extra: a statement this module made


@cache
def _opposites() -> dict[str, str]:
    """Each word of the table with its opposite, folded; a word listed twice keeps its first."""
    table: dict[str, str] = {}
    for text, opposite in bundled("direction-words"):
        word, arrow, other = text.partition(">")
        if arrow:
            table.setdefault(fold(word), other.strip())
        else:
            table.setdefault(fold(text), opposite)
            table.setdefault(fold(opposite), text)
    return table


@cache
def _table_ending() -> re.Pattern[str]:
    """Any word of the table at the end of a folded token (the prefix «وال», «بال» before it)."""
    words = sorted(_opposites(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")$")


@dataclass(frozen=True)
class _Word:
    token: Token
    key: str  # the word as the table has it, folded, without its prefix
    turned: str  # the token as written with its opposite, '' for a word not to turn


def _word(tokens: list[Token], k: int) -> _Word | None:
    """The k-th token as a word of the table, or None."""
    token, table = tokens[k], _opposites()
    if not _table_ending().search(token.key):
        return None  # most words: no word of the table ends them, prefix or not
    if token.key in _COMPARED and not _compares(tokens, k):
        return None
    if k > 0 and strip_clitic(tokens[k - 1].key) in _RANKS:
        return None
    if not token.is_arabic:
        key = token.key
        if key not in table:
            return None
        if token.text[:1].isupper():
            # "Sumitomo Heavy Industries", "Southern California is home to …": a name's word is
            # not turned; a sentence's first word is, unless the name goes on after it.
            named = k > 0 or (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())
            return _Word(token, key, "" if named else table[key].capitalize())
        return _Word(token, key, table[key])
    shape = fold_same_length(token.text)
    for prefix in ("", *_PREFIXES_AR):
        key = fold(token.text[len(prefix) :])
        if not shape.startswith(prefix) or key not in table or len(key) < 3:
            continue
        if key in _STATES_AR and not _moves(tokens, k):
            return None
        return _Word(token, key, token.text[: len(prefix)] + table[key])
    return None


def _compares(tokens: list[Token], k: int) -> bool:
    """True when "higher", «أعلى» at k compares ("higher than", «أعلى من», «أعلى مستوى»), where
    "the lower jaw", «الحد الأدنى» name a thing; «أو أكثر» ("or more") compares nothing."""
    after = tokens[k + 1].key if k + 1 < len(tokens) else ""
    before = tokens[k - 1].key if k > 0 else ""
    if tokens[k].key in _MORE_AR:
        return before != "او"  # «أو أكثر», folded
    return after in {"than", "من"} or after.startswith("مستو")


def _moves(tokens: list[Token], k: int) -> bool:
    """True when «ارتفاع» at k says a rise, not a height: «ارتفاع في»/«على», «ارتفاعا»,
    where «ارتفاع الموج» and «على ارتفاع 3000 متر» measure."""
    after = tokens[k + 1].key if k + 1 < len(tokens) else ""
    return tokens[k].key.endswith("ا") or after in {"في", "علي", "على"} or after.startswith("ب")


def _statement(doc: Document, sentence: Sentence) -> tuple[_Word, int, int] | None:
    """The sentence's first word to turn and the statement's span: the sentence up to the end
    of that word's clause, which must not say the word again nor its opposite ("from north to
    south" turned to "from south to south")."""
    text, tokens = sentence.text, sentence.tokens
    if _QUOTES.search(text) or text.rstrip().endswith(("?", "؟")) or not tokens:
        return None
    if in_open_quotation(doc, tokens[0]):
        return None  # a sentence of someone's words, its quotation opened in one before
    found = [w for k in range(len(tokens)) if (w := _word(tokens, k))]
    chosen = next((w for w in found if w.turned), None)
    if chosen is None:
        return None
    end = _CLAUSE_END.search(doc.text, chosen.token.end, sentence.end)
    stop = end.start() if end else sentence.end
    pair = {chosen.key, fold(_opposites()[chosen.key])}
    if any(w is not chosen and w.token.start < stop and w.key in pair for w in found):
        return None
    words = [t for t in tokens if t.end <= stop]
    if any(t.key in _NEGATIONS for t in words) or not _WORDS[0] <= len(words) <= _WORDS[1]:
        return None
    if _points_back(words):
        return None  # "Since then, though, things have been improving" (set hx: trivial to both)
    return chosen, sentence.start, stop


# Words opening a sentence that lean on the one before: what "since then", "it", «ذلك» mean, the
# statement alone does not say.
_BACK_EN = frozenset("it its they them their he she his her this these those things".split())
_BACK_PAIRS_EN = frozenset(
    {("since", "then"), ("after", "that"), ("by", "then"), ("until", "then")}
)
_BACK_AR = frozenset(fold(w) for w in "ذلك وذلك هذا وهذا هذه وهذه هو وهو هي وهي هم وهم".split())
_BACK_PAIRS_AR = frozenset(
    (fold(a), fold(b))
    for a, b in (("منذ", "ذلك"), ("ومنذ", "ذلك"), ("بعد", "ذلك"), ("وبعد", "ذلك"))
)


_BACK = _BACK_EN | _BACK_AR
_BACK_PAIRS = _BACK_PAIRS_EN | _BACK_PAIRS_AR


def _points_back(words: list[Token]) -> bool:
    """True when the statement's first word, or first two, point back at the sentence before."""
    first = [t.key.casefold() for t in words[:2]]
    opener = 1 if first[:1] and first[0] in ("but", "and", "so", "also", "however") else 0
    head = [t.key.casefold() for t in words[opener : opener + 2]]
    if not head:
        return False
    return head[0] in _BACK or tuple(head) in _BACK_PAIRS


def _opened(statement: str, language: str) -> str:
    """The statement without a word that ties it to the sentence before, ending in a stop."""
    statement = statement.strip().rstrip(".،,;؛: ")
    if language == "ar":
        first, _, rest = statement.partition(" ")
        if first[:1] in "وف" and len(first) > 3 and first[1:].startswith(_AFTER_CONJUNCTION_AR):
            statement = f"{first[1:]} {rest}"
    else:
        for opener in _OPENERS_EN:
            if statement.startswith(opener):
                rest = statement[len(opener) :]
                statement = rest[:1].upper() + rest[1:]
                break
    return statement + "."


def _swapped(sentence_text: str) -> bool:
    """About half the statements are turned: by a hash of the sentence, the same on each run."""
    return hashlib.sha1(sentence_text.encode("utf-8")).digest()[0] % 2 == 1


def on_unasked_sentences(questions: list[Question], language: str, article: bool) -> list[Question]:
    """`questions` without a statement on a sentence another question asks: the statement
    would print that question's key ("It is the largest fire in the county since 1992" beside
    "… since ____" keyed 1992), and the sentence is asked already. A phrase gap from the broad
    net (reviewers accept about one in twenty) and a kind the page does not offer ask nothing
    here: the statement is asked instead."""
    asked = [
        q.source
        for q in questions
        if not is_statement(q) and not is_generic(q) and calibration.offered(q, language, article)
    ]
    return [
        q
        for q in questions
        if not is_statement(q)
        or not any(s.start < q.source.end and q.source.start < s.end for s in asked)
    ]


def is_statement(question: Question) -> bool:
    return question.type == "truefalse" and bool(question.extra.get(STATEMENT))


def extract(doc: Document) -> list[Question]:
    questions = []
    for sentence in doc.content:
        if sentence.boilerplate:
            continue
        found = _statement(doc, sentence)
        if found is None:
            continue
        word, start, stop = found
        dateline = doc.once("dateline end", dateline_end)
        if start < dateline < word.token.start:
            start = dateline  # "TUCSON -- The Arizona Board of Regents …": the story's, not the
            # dateline's (set ic: copied dateline and all, trivial to both reviewers)
        said = doc.text[start:stop]
        turned = _swapped(sentence.text)
        if turned:
            token = word.token
            asked = doc.text[start : token.start] + word.turned + doc.text[token.end : stop]
        else:
            asked = said
        statement = _opened(asked, doc.language)
        explanation = _EXPLAIN[doc.language][not turned].format(said=_opened(said, doc.language))
        question = draft(
            doc,
            "truefalse",
            CATEGORY,
            statement,
            not turned,
            start,
            stop,
            CONFIDENCE,
            explanation=explanation,
        )
        question.extra[STATEMENT] = True
        questions.append(question)
    return questions
