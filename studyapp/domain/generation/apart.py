"""What a teacher reads first, last: no two of the first ten where one's prompt prints the
other's answer (a pasted article only; the ranker's last step, after folding.py has hidden
every key it can)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..questions import Question
from .calibration import TYPED_WHO_AGAIN, TYPED_WHO_THIRD
from .drafts import norm
from .printing import printed_key, shows
from .repeats import first_answer, prints_items


def keep_apart(ordered: list[Question], first: int) -> list[Question]:
    """`ordered` with no two of the first `first` where one's prompt prints the other's key or
    most of its list, after every key has been hidden that can be. Of such a pair the one
    reviewers accept more often (the higher confidence) stays; the other gives way to the first
    question further down that clashes with none of the ten and waits past them, or is left
    out when it would still stand among the ten. The hundred-and-twenty-ninth review rejected
    nine such questions on news-dev's first tens as duplicates, and the hundred-and-thirtieth
    most of its seventeen duplicates on twenty fresh articles ("Who is the Prime Minister?"
    under a who-said quoting "… in the presence of Prime Minister Imran Khan"; four gaps of
    one sentence each printing the other three). A who-said's answer printed elsewhere gives
    nothing away: the article has other speakers to choose from, and reviewers took those."""
    top = ordered[:first]
    kept: list[Question] = []
    for question in sorted(top, key=lambda q: -(q.confidence or 0.0)):
        if not any(_clash(question, other) for other in kept):
            kept.append(question)
    chosen = {id(q) for q in kept}
    head = [q for q in top if id(q) in chosen]
    waiting = [q for q in top if id(q) not in chosen]
    rest = list(ordered[first:])
    while len(head) < first:
        clean = next((q for q in rest if not any(_clash(q, k) for k in head)), None)
        if clean is None:
            break
        rest.remove(clean)
        head.append(clean)
    # Past a full ten the rest wait; short of it, all that is left prints what the ten ask.
    return head + waiting + rest if len(head) >= first else head


def _clash(question: Question, other: Question) -> bool:
    """True when either question's prompt prints the other's key or list, or both the role a
    "who is …?" question asks and the surname of who holds it."""
    return any(
        prints_items(a, b)
        or (_keyed(b) and shows(a.prompt, printed_key(b)))
        or _surname_shown(a, b)
        or _pairs_role_and_holder(a, b)
        or _role_of_typed_speaker(a, b)
        for a, b in ((question, other), (other, question))
    )


def _surname_shown(question: Question, gap: Question) -> bool:
    """True when `question`'s prompt prints the surname a name gap accepts: "Jurors found
    35-year-old ____ of second-degree murder" keyed "Terrence Boston" beside "A day later, …
    arrested Boston." (set a of the thirty-third session: duplicate, both reviewers, and so
    "Octavia Spencer" under three prompts that print "Spencer")."""
    if gap.type != "cloze" or gap.category != "entity":
        return False
    words = first_answer(gap).split()
    surname = words[-1] if len(words) >= 2 else ""
    return len(surname) >= 3 and surname in gap.accepted_answers and shows(question.prompt, surname)


def _role_of_typed_speaker(question: Question, who: Question) -> bool:
    """True when `question` asks the role of the person a typed who-said is keyed to: "What is
    N Rangasami's role?" above "Who said: …?" keyed "N Rangasami", with no choices to pick from
    (set p's reviewers rejected it as a duplicate, both of them, twice; news-dev's reviewers
    Ekholm's so too)."""
    return (
        question.category == "role"
        and who.type == "short"
        and who.category == "attribution"
        and shows(question.prompt, first_answer(who))
    )


_WHO_HOLDS = re.compile(r"^(?:من (?:هو|هي) |Who is (?:the )?)(.+?)\s*[؟?]$")


def _pairs_role_and_holder(question: Question, who: Question) -> bool:
    """True when `question`'s prompt names the role `who` asks about and its holder: «مقابلة
    دوروف … ذكر فيها المؤسس المشارك لـ Telegram» beside «من هو المؤسس المشارك لـ Telegram؟»
    (set w's reviewers rejected the role question, and the who-said it answered, as given)."""
    if who.category != "role" or not isinstance(who.extra.get("person"), str):
        return False
    asked = _WHO_HOLDS.match(who.prompt)
    surname = who.extra["person"].split()[-1]
    if asked is None or len(surname) < 3 or question is who:
        return False
    return asked.group(1) in question.prompt and shows(question.prompt, surname)


def _keyed(question: Question) -> bool:
    """A question with one key another prompt could print; a who-said's is no clue, nor who
    was described so («من الذي وُصف بأنه …؟»): the others' names are its choices too."""
    return (
        question.type in ("cloze", "mcq", "short")
        and not (question.category in ("attribution", "description") and question.type != "cloze")
        and bool(norm(first_answer(question)))
    )


def typed_who_again(ordered: list[Question], first: int) -> list[Question]:
    """`ordered` with each typed "Who said …?" keyed to a speaker an earlier who-said already
    asks for rated as reviewers rate it (calibration.TYPED_WHO_AGAIN, and TYPED_WHO_THIRD from
    the third on) and placed by that rating among the first `first`; a third or later one is
    moved past them, or left out of a list too short to have it wait (the
    hundred-and-eighty-second review: "a third 'who said' for Troake, repeating question 5",
    both reviewers). balance() keeps them out of the ten while other questions remain; a short
    list took them back to fill it."""
    asked: Counter[str] = Counter()
    head: list[Question] = []
    moved: list[Question] = []
    rated: list[Question] = []
    for question in ordered[:first]:
        who = question.category == "attribution" and question.type in ("short", "mcq")
        key = norm(first_answer(question)) if who else ""
        again = asked[key] if key else 0
        if key:
            asked[key] += 1
        if question.type != "short" or not again:
            head.append(question)
        elif again >= 2:
            moved.append(replace(question, confidence=TYPED_WHO_THIRD))
        else:
            rated.append(
                replace(question, confidence=min(question.confidence or 1.0, TYPED_WHO_AGAIN))
            )
    for question in rated:  # before the first of the ten it is rated below
        at = next(
            (k for k, q in enumerate(head) if (q.confidence or 1.0) < (question.confidence or 0)),
            len(head),
        )
        head.insert(at, question)
    rest = ordered[first:]
    if len(head) + len(rest) < first:
        return head + rest  # too short for the repeats to wait past the ten
    filled = first - len(head)
    return head + rest[:filled] + moved + rest[filled:]
