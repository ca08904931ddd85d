"""What a teacher reads first: no gap whose key another question shows.

A gap's prompt is its sentence, and a sentence shows more than its gap: the minister a "who is
the minister?" question asks for, the sum the next gap asks. Blind reviewers rejected such a
question as a duplicate, whichever of the two came second. Each gap's prompt hides the numbers,
dates and role holders other questions ask, as two gaps of one sentence hide each other's
(pairs.py), and a number or date gap hides a name in capitals another gap asks ("sent to …,
Florida this ____"); a gap whose key another question still shows is rated as reviewers rate it
(calibration.PRINTED) and folded below the rest. Last, each gap shown first among the first
ten hides the keys the others of the ten ask, folded ones too, and each folded gap of the ten
hides theirs, with more room for hidden words (hide_in_first): a reviewer judges the ten
together. A folded question that still prints an answer shown first gives way to one
below the ten that prints none (spare_the_shown), and a gap folded for a key that none of the
ten prints any more is rated as its kind again (unfold_unprinted). What still prints another's
answer after all this is kept apart last (apart.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..number_words import NUMBER_WORDS
from ..questions import Question
from . import pairs, quotes
from .calibration import PRINTED, is_likely
from .drafts import norm
from .printing import NAMED, prints, shows
from .repeats import NAMED_KINDS, first_answer, kind_of, prints_items

# The questions a teacher reads first; past them the order is left as it is, and the work of
# comparing each with those before stays bounded on any length of text.
WITHIN = 30
# Rounds of hiding keys and folding what still shows one: a folded question's key is no longer
# hidden, which may fold another; on news-dev it settles in one or two.
_ROUNDS = 3


def fold_printed(ordered: list[Question]) -> tuple[list[Question], list[Question]]:
    """`ordered` with each gap's prompt hiding the keys of the other questions it shows, without
    the gaps whose key an earlier question still shows, in any sentence ("Wyoming", «بغداد», a
    sum the article repeats), or that still show the key of one before them; and those gaps,
    rated as reviewers rate them, their prompts as they were. Keys are hidden only for questions
    that stay unfolded: no prompt loses a word for a question a teacher does not see first. Only
    the first thirty are compared; a named kind keeps its place."""
    head, tail = ordered[:WITHIN], ordered[WITHIN:]
    folded: set[int] = set()
    shown = head
    for _ in range(_ROUNDS):
        out = {id(head[n]) for n in folded}
        shown = pairs.hide_keys(
            head, lambda q, out=out: is_likely(q) and id(q) not in out, _named_key
        )
        found = _printed(shown, folded) | _repeating(shown, folded)
        if found <= folded:
            break
        folded |= found
    kept = [q for n, q in enumerate(shown) if n not in folded]
    return kept + tail, [_rated_printed(head[n]) for n in sorted(folded)]


def rate_printed(
    rare: list[Question], shown: list[Question]
) -> tuple[list[Question], list[Question]]:
    """`rare`, questions of kinds reviewers rarely accept, without the gaps whose key a question
    of `shown` prints ("… to Nevada and California …" before "Nevada and ____"); and those
    gaps, rated as reviewers rate a printed key (PRINTED) rather than by their kind."""
    printed = [q for q in rare if _is_gap(q) and any(prints(other, q) for other in shown)]
    out = {id(q) for q in printed}
    kept = [q for q in rare if id(q) not in out]
    return kept, [_rated_printed(q) for q in printed]


# Where a folded gap keeps the rating of its kind (unfold_unprinted gives it back).
_KIND_RATING = "kind_rating"


def _rated_printed(question: Question) -> Question:
    """`question` rated as reviewers rate a gap whose key another question prints, keeping the
    rating of its kind for when nothing prints it any more (unfold_unprinted)."""
    extra = {**question.extra, _KIND_RATING: question.confidence}
    return replace(question, confidence=PRINTED, extra=extra)


def unfold_unprinted(ordered: list[Question], first: int) -> list[Question]:
    """`ordered` with each gap of the first `first` that was folded because another question
    printed its key, and that no other of them prints now (the others' prompts hide it, or the
    one that printed it is gone), rated by its kind again; the first `first` then shown first
    before folded, each part in its order. Over the fresh sets of 6-7 December, such gaps
    rated 0.03 were accepted 61 times in 81, those still printed 2 times in 14."""
    head, rest = list(ordered[:first]), ordered[first:]
    for n, question in enumerate(head):
        rating = question.extra.get(_KIND_RATING)
        if rating is None or question.confidence != PRINTED:
            continue
        others = [q for q in head if q is not question]
        if any(prints(other, question) for other in others):
            continue
        if any(prints(question, other) for other in others if _foldable(other)):
            continue
        if pairs.repeats_a_key(question, [q for q in others if is_likely(q)]):
            continue
        head[n] = replace(question, confidence=rating)
    head.sort(key=lambda q: not is_likely(q))
    return head + rest


def hide_in_first(ordered: list[Question], first: int) -> list[Question]:
    """`ordered` with each gap shown first among the first `first` hiding, in its prompt, the
    keys the others of them ask, shown first or folded: a reviewer judges the first ten
    together, and rejected a good number gap whose sentence printed the month or the place a
    folded gap beside it asks. Hidden are what pairs.hide_keys hides (numbers, dates, places
    asked with choices, role holders) and a name written in capitals ("Cape Canaveral",
    "Aridane Santana"). A folded gap hides the person a role question asks, which is no gap's
    answer: reviewers rejected «من هو وزير التخطيط؟» when the folded number gaps below it
    printed «أشرف العربي» (seventy-ninth review). It hides the keys of the others of the ten,
    with room for three more hidden words than a gap shown first: the eighty-seventh review
    rejected 7 folded gaps that printed the number, the holder or the outlet the questions
    above them ask, and the hundred-and-twelfth rejected good number gaps whose answers a folded
    gap under them printed, though their own prompts printed its key too; the folded gap, the
    one whose key is then printed, was worth little anyway."""
    head = pairs.hide_keys(ordered[:first], lambda q: True, _named_key, is_likely)
    # «كشف الدكتور …، وزير التخطيط، أن معدل النمو بلغ ____»: folded, and still no print of him.
    head = pairs.hide_keys(head, _asks_a_holder, pairs.hideable, lambda q: not is_likely(q))
    return _hide_in_folded(head) + ordered[first:]


def spare_the_shown(ordered: list[Question], first: int) -> list[Question]:
    """`ordered` with each folded question of the first `first` whose prompt still prints the
    key, or the list, of a question shown first among them traded for the first one below
    them that prints none: the hundred-and-fifth review rejected good number gaps shown first
    as duplicates because a folded gap under them printed their answers («… بعد 700 مليون
    سنة …», "named him as ____, 20, of …"), while gaps that printed nothing waited below."""
    head, rest = list(ordered[:first]), list(ordered[first:])
    shown = [q for q in head if is_likely(q)]

    def spoils(question: Question) -> bool:
        return not is_likely(question) and any(
            prints(question, other) or prints_items(question, other)
            for other in shown
            if other is not question
        )

    for n, question in enumerate(head):
        if not spoils(question):
            continue
        clean = next((k for k, q in enumerate(rest) if not spoils(q)), None)
        if clean is None:
            break
        head[n], rest[clean] = rest[clean], question
    return head + rest


# Hidden words a folded gap's prompt may hold beyond a shown one's: it is read after the others.
_FOLDED_ROOM = 3


def _hide_in_folded(head: list[Question]) -> list[Question]:
    """`head` with each folded gap hiding the keys of the others (after the gaps shown first
    have hidden theirs)."""
    folded = [q for q in head if not is_likely(q) and q.type == "cloze"]
    for question in folded:
        clear = {id(q) for q in head if q is not question}
        head = pairs.hide_keys(
            head,
            lambda q, clear=clear: id(q) in clear,
            _named_key,
            lambda q, gap=question: q is gap,
            room=_FOLDED_ROOM,
        )
    return head


def _asks_a_holder(question: Question) -> bool:
    return question.category == "role" and bool(pairs.hideable(question))


# A name of a few capitalised words: "Robert Wood Johnson Hospital", "AlixPartners". An Arabic
# name has no capitals to tell it from a phrase, and a phrase hidden takes the sentence's
# subject or verb with it («أعلنت … أنها أصبحت أول شركة … السنوية»): not hidden.
_CAPITALISED = re.compile(r"^(?:[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|of|de|the))*$")
_MOST_WORDS = 4


def _named_key(question: Question) -> list[str]:
    """What pairs.hide_keys hides of `question`, or the name in capitals a gap on a named
    thing asks."""
    if question.type == "cloze" and question.category in NAMED:
        answer = first_answer(question)
        if len(answer.split()) <= _MOST_WORDS and _CAPITALISED.match(answer):
            return [answer]
        if len(answer.split()) <= _MOST_WORDS and _quoted(question.source.text, answer):
            return [answer]  # «الأصفر»: the quotation marks say where the name ends
    if question.type == "multi" and _all_names(question.answer):
        return list(question.answer)  # "players like ____ and ____" under the select-all of them
    if question.type == "cloze" and NUMBER_WORDS.get(first_answer(question).lower()):
        return [first_answer(question)]  # "we won ____ and lost two": a count spelt out
    return pairs.hideable(question)


def _all_names(items: object) -> bool:
    """True for a select-all's items that are all names in capitals of a few words."""
    return isinstance(items, list) and all(
        len(str(i).split()) <= _MOST_WORDS and _CAPITALISED.match(str(i)) for i in items
    )


def _quoted(text: str, answer: str) -> bool:
    """True when `answer` stands whole between quotation marks in `text`."""
    return any(quotes.inner(m).strip() == answer for m in quotes.QUOTE.finditer(text))


def _foldable(question: Question) -> bool:
    """A gap, or a "where did X speak?" / "which agency did X tell?" question: reviewers
    rejected «لأي وكالة تحدث وزير التربية؟» when the number gap above it printed «وكالة أنباء
    البحرين» and had no room left to hide it (eighty-seventh review)."""
    return _is_gap(question) or (
        question.type in ("mcq", "short") and question.category in pairs.PLACES
    )


def _is_gap(question: Question) -> bool:
    return question.type == "cloze" and kind_of(question) not in NAMED_KINDS


def _printed(ordered: list[Question], folded: set[int]) -> set[int]:
    """Positions of the gaps whose key a question before them, not folded, shows."""
    kept: list[Question] = []
    printed: set[int] = set()
    for n, question in enumerate(ordered):
        if _foldable(question) and any(prints(other, question) for other in kept):
            printed.add(n)
        elif n not in folded:
            kept.append(question)
    return printed


def _repeating(shown: list[Question], folded: set[int]) -> set[int]:
    """Positions of the gaps whose prompt still shows the number, date or role holder of a
    question before them that is not folded: "… المنتهية في ____ الماضي" printing the three
    sums the questions before it ask."""
    found: set[int] = set()
    before: list[Question] = []  # the questions shown first so far, not folded
    for n, question in enumerate(shown):
        if not is_likely(question):
            continue
        if _is_gap(question) and pairs.repeats_a_key(question, before):
            found.add(n)
        if n not in folded:
            before.append(question)
    return found


def offered_as_choice(ordered: list[Question]) -> list[Question]:
    """`ordered` without the gaps whose key another question offers among its
    choices: no "…" can hide a choice. Set v's reviewers rejected "Mayor ____'s proposal" keyed
    "Jean Stothert" under who-said questions choosing among her and the councillors, and a gap
    keyed "UCSD" under a role question with "UCSD" in a choice."""
    choices = [(q, " ".join(str(c) for c in q.choices)) for q in ordered if q.choices]

    def offered(gap: Question) -> bool:
        if gap.type != "cloze":
            return False
        answer = first_answer(gap)
        return bool(norm(answer)) and any(
            q is not gap and shows(text, answer) for q, text in choices
        )

    return [q for q in ordered if not offered(q)]
