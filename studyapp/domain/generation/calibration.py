"""A question's confidence: the share of questions of its kind that blind reviewers accepted.

The rates are fitted by bench/calibrate.py from the judged questions in docs/reviews/ and read
from data/acceptance.txt. The extractor's own score only orders questions within a kind.
"""

from __future__ import annotations

import re
from functools import cache

from ..questions import Question
from . import gap_cues
from .document import bundled
from .number_facts import first_answer

_WITHIN_KIND = 0.04  # how far an extractor's own score moves a question inside its kind
# Below this confidence a question is of a kind reviewers accept less than one time in three:
# in the judged reviews bench/calibrate.py fits on (development, unseen and fresh news), 709 of
# 5,295 such questions (13%), against 76% above it (28,836 of 37,889); in the fresh news since
# 2026-12-05 alone, 15% against 78%. Between 0.15 and this line sit the gaps in someone's words
# and on a cause, choices of a date or a named thing, and typed who-saids keyed by one word or by
# three or more (522 of 2,037 accepted, 26%).
# They are still proposed, after all the others, and the draft page folds them away. The line
# falls between two kinds' rates, 0.32 (a typed who-said keyed by one word, 32 of 105 in fresh
# news; 0.33, above the line, until set ip's review joined the fit) and 0.34 (the choices of a
# number).
RARELY_ACCEPTED = 1 / 3
# A gap-fill whose key a question ranked before it prints (in its prompt or choices, whatever
# the sentence): 3 of 98 accepted in the thirty-fourth and thirty-fifth reviews of unseen news
# (docs/reviews/held-out/2026-12-03-thirty-f*.jsonl), against 176 of 268 of the other gaps.
PRINTED = 0.03
# A gap in an English sentence that opens on a bare "It" ("It is now at its highest level in
# ____ years", "It is scheduled to last till ____"): what "it" is stands in another sentence.
# Reviewers of unseen news took 14 of 37 (38%) in docs/reviews/held-out/ (up to the
# hundred-and-forty-third), against 1,356 of 1,829 (74%) of the other English gaps.
# "That fell from $531 million …" and "This was …" (set v's reviewer: garbled, "never says
# whose earnings") are rated so too: a pronoun for what the sentence before names.
IT_OPENS = 0.38
# A news agency as where someone spoke ("Which news agency did … speak to?", «لأي وكالة تحدث
# …؟»): the wire that carried the words, which reviewers call boilerplate. 5 of 21 accepted in
# docs/reviews (development and held-out, to the hundred-and-seventy-ninth), against 35 of 62 of
# the questions on a channel, a paper, a programme or a journalist.
AGENCY_VENUE = 0.24
# "Which news outlet did … speak to?" asked of an English article, whatever the outlet: reviewers
# of fresh news took 12 of 44 (27%) in docs/reviews/held-out/ from 2026-12-05 to the
# two-hundred-and-fifty-first review ("told the BBC" is the source's attribution, they said),
# against 19 of 43 of the Arabic ones (44%), whose programmes and presenters are news.
ENGLISH_VENUE = 0.27
# A typed "Who said …?" keyed to a speaker an earlier who-said of the list already asks for: the
# student types the same name again. Reviewers took 50 of 122 such second ones (41%) and 13 of
# 49 third or later ones (27%), against 382 of 489 first ones (78%), in all the judged lists of
# docs/reviews/ to the hundred-and-eighty-third review; with choices, 145 of 205 second ones.
TYPED_WHO_AGAIN = 0.41
TYPED_WHO_THIRD = 0.27
# A gap keyed by a weekday alone ("Cal Fire reported ____ night", «… ____ الماضي»): reviewers
# of unseen news called most of the rejected ones a reporting detail, and took 426 of 635 (67%)
# in docs/reviews/held-out/ from 2026-12-03 to the two-hundred-and-seventh review, against
# 3,051 of 3,630 (84%) of the other date gaps; "cloze date" rated them with those.
WEEKDAY_GAP = 0.67
# The same when the prompt names another weekday ("Monday evening or early ____", "began
# Thursday morning … concluded early ____ morning"): the day before or after, 35 of 67 taken
# (27 articles) in the fresh news since 2026-12-05 (to the two-hundred-and-fifty-ninth
# review), against 223 of 327 of the other weekday gaps. bench/gap_cues.py counts these three.
WEEKDAY_BESIDE_DAY = 0.52
# A gap on a named thing whose prompt prints a word of its key ("the 117th ____" keyed
# "Sunshine Coast Agricultural Show" beside "the show"; «بلدية الخليل» beside «الخليل»): the
# student completes the name from the words around it. Reviewers of that fresh news took 108 of
# 295 (122 articles; gap_cues.shares_a_word), against 3,203 of 4,773 of the other name gaps.
SHARED_WORD_GAP = 0.37
# A gap on one name of a list of five or more ("Nyeri, Kiambu, Murang'a, Kirinyaga, ____ and
# Nyandarua counties"): 18 of 75 taken (26 articles; gap_cues.in_a_long_list), "arbitrary".
LONG_LIST_GAP = 0.24
_IT = re.compile(
    r"^(?:It(?:['’]s)?\b|(?:That|This)\s+(?:is|was|has|had|will|would|fell|rose|came|meant|means"
    r"|\w+ed)\b)"
)


@cache
def rates() -> dict[str, float]:
    return {kind: float(rate) for kind, rate in bundled("acceptance")}


_TYPED = ("cloze", "short")
# Phrase gaps are not split by key length: reviewers accept so few of any length (about one in
# twenty) that the phrase extractor's own score, fitted to the answers people ask for in
# ARCD-train, orders them better than a difference between two rates near zero.
_UNSPLIT = ("fact",)
# A category reviewers have not judged yet is rated, and ranked, as the one it asks like: a
# select-all on the effects a cause leads to as one on the things a constraint names.
ASKS_LIKE = {"effect": "constraint", "venue": "place"}
# A kind of question rated as another form of it: "What is X?" keyed by the noun phrase the
# article defines X by asks for a term as a gap on a named thing does ("cloze entity").
# A count asked as a question ("How many years …?") is rated as the number gap it rewrites.
RATED_AS = {
    ("short", "definition"): ("cloze", "entity"),
    ("short", "number"): ("cloze", "number"),
}


def kinds(kind: str, category: str, answer: object) -> tuple[str, str | None]:
    """The kind a question is rated by ("cloze number"), and for a typed key the finer kind
    with its length ("cloze number 1", "… 2", "… 3+"), or None; bench/calibrate.py fits both."""
    category = ASKS_LIKE.get(category, category)
    kind, category = RATED_AS.get((kind, category), (kind, category))
    coarse = f"{kind} {category}"
    if kind not in _TYPED or category in _UNSPLIT:
        return coarse, None
    key = answer[0] if isinstance(answer, list) else answer
    words = len(str(key).split())
    return coarse, f"{coarse} {'3+' if words >= 3 else max(1, words)}"


def acceptance(question: Question) -> float:
    """The reviewed acceptance rate of the question's kind: its type and category, and for a
    typed answer the length of its key."""
    table = rates()
    coarse, fine = kinds(question.type, question.category, question.answer)
    default = table.get(coarse, table.get("default", 0.5))
    return table.get(fine, default) if fine else default


def is_likely(question: Question) -> bool:
    """True for a question of a kind reviewers accept often enough to show it first (a question
    without a confidence, written by a teacher, always is)."""
    return question.confidence is None or question.confidence >= RARELY_ACCEPTED


def calibrate(questions: list[Question], language: str = "") -> list[Question]:
    """Set each question's confidence to its kind's acceptance rate, nudged by its own score;
    `language` is the article's (an English venue question is rated as English ones are)."""
    for question in questions:
        own = question.confidence if question.confidence is not None else 0.5
        question.confidence = round(acceptance(question) + _WITHIN_KIND * (own - 0.5), 4)
        if question.type == "cloze" and _IT.match(question.prompt):
            question.confidence = min(question.confidence, IT_OPENS)
        if question.category == "venue" and question.extra.get("outlet") == "agency":
            question.confidence = min(question.confidence, AGENCY_VENUE)
        if question.category == "venue" and language == "en":
            question.confidence = min(question.confidence, ENGLISH_VENUE)
        if question.type == "cloze":
            question.confidence = min(question.confidence, _gap_cap(question, language))
    return questions


def _gap_cap(question: Question, language: str) -> float:
    """The most a gap-fill is rated, by what its prompt tells of it (gap_cues.py)."""
    found = gap_cues.cue(question.category, first_answer(question), question.prompt, language)
    return _CAPS.get(found, 1.0)


_CAPS = {
    gap_cues.WEEKDAY: WEEKDAY_GAP,
    gap_cues.WEEKDAY_BESIDE_ANOTHER: WEEKDAY_BESIDE_DAY,
    gap_cues.LONG_LIST: LONG_LIST_GAP,
    gap_cues.SHARED_WORD: SHARED_WORD_GAP,
}


# Phrase gaps from the broad net in a pasted Arabic article: reviewers of unseen news took 19
# of 251 of those the page folded (8%) over the twenty-first and twenty-second sessions' reviews
# of fresh articles (docs/reviews/held-out/2026-12-05-hundred-and-twenty-*.jsonl, the
# hundred-and-thirtieth), and they only ever filled a short list. An English article's, and the
# reading sets' single passages (recall), keep theirs; so do gaps in an only speaker's words
# (2 of 52), the one way the seed article's speaker is asked.
_NOT_OFFERED_AR = frozenset({("cloze", "fact")})


# A gap in someone's words keyed by an indefinite noun and its adjective («مستويات قوية»,
# «إرادة حقيقية», «نقلة نوعية»): reviewers of fresh news took 8 of 65 (12%; docs/reviews/
# held-out, the eighty-fourth to the hundred-and-eighty-first), stock phrases of the speaker's
# style more than facts, against 67 of 412 (16%) of the other Arabic gaps in quotations.
_ADJECTIVE_PAIR_AR = re.compile(r"^(?!ال)\S+ (?!ال)\S+(?:ية|ي|ة)[\u064b-\u0652]*$")


# An English gap in someone's words keyed by a word of praise, size or degree and a noun ("fantastic
# place", "tiny birds", "hardest hit", "wonderful goals") or a request ("please review"): the
# speaker's way of putting it. Reviewers took none of 7 before set t (the hundred-and-eighty-fifth
# review), whose reviewers rejected four more, both of them.
_STYLE_PAIR_EN = re.compile(
    r"^(?:fantastic|great|tiny|huge|big|small|shallow|incredible|wonderful|amazing|best|worst"
    r"|hardest|massive|brilliant|excellent|terrible|awful|perfect|lovely|beautiful|extraordinary"
    r"|exceptional|unbelievable|superb|outstanding|fabulous|tremendous|enormous|little|please)"
    r" [\w'’-]+$",
    re.IGNORECASE,
)


def offered(question: Question, language: str, article: bool) -> bool:
    """False for a question of a kind a pasted article does not offer at its rating."""
    kind = (question.type, question.category)
    if article and language == "en" and kind == ("cloze", "attribution"):
        answer = question.answer[0] if isinstance(question.answer, list) else question.answer
        return not _STYLE_PAIR_EN.match(str(answer))
    if not (article and language == "ar" and not is_likely(question)):
        return True
    if kind == ("cloze", "attribution") and isinstance(question.answer, list):
        return not _ADJECTIVE_PAIR_AR.match(str(question.answer[0]))
    return kind not in _NOT_OFFERED_AR
