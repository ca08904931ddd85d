"""Select-all questions on lists of things of one kind: "a corner, a free-kick and a penalty".

A bundled table (data/kinds-<language>.txt) names the members of a few kinds of things (set
pieces, metals, input costs, public services...). Three or more members of one kind coordinated
in a sentence make a list; its wrong choices are the kind's other members, none of them named
anywhere in the article, so a wrong choice is of the same kind and never also right.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from ..questions import Question
from .document import Document, Sentence, bundled, fold_same_length
from .drafts import draft, shuffled

_MIN_ITEMS = 3
_WRONG = 2  # wrong choices offered beside the items
_GAP_WORDS = (
    4  # words between two items: "telecommunications, and the construction of medical centers"
)
_STEM_WORDS = 18
# What joins two items of a list: a comma, "and", "or", "as well as", an Arabic و or أو.
_JOIN = re.compile(r"[,،]|(?<!\w)(?:and|or|as well as|plus|او)(?!\w)|(?<!\w)و", re.I)
# What ends a clause before a list: the list's stem starts after it.
_CLAUSE = re.compile(r"[,،;؛:.!?؟]\s")
SELECT = {
    "ar": "اختر كل ما يكمل العبارة بحسب المقال: «{stem} …»",
    "en": 'Select everything that completes the sentence, according to the article: "{stem} …"',
}


@dataclass(frozen=True)
class KindList:
    sentence: Sentence
    kind: str
    items: list[tuple[int, int]]  # spans in the article


@cache
def _members(language: str) -> dict[str, str]:
    return {
        fold_same_length(form).casefold(): kind
        for member, kind in bundled(f"kinds-{language}")
        for form in _forms(member)
    }


def _forms(member: str) -> list[str]:
    """A member's names: "hypertension = high blood pressure" is one member, offered by its
    first name (a reviewer rejected a select-all offering both as wrong choices, set q)."""
    return [form.strip() for form in member.split("=") if form.strip()]


@cache
def _pattern(language: str) -> re.Pattern[str]:
    words = sorted(_members(language), key=len, reverse=True)
    # An Arabic member may carry a conjunction or preposition: "والنيكل", "بالديزل" is not asked.
    clitic = r"(?:و|ف)?" if language == "ar" else ""
    return re.compile(rf"(?<!\w){clitic}({'|'.join(map(re.escape, words))})(?!\w)")


def _joined(between: str) -> bool:
    """True when the text between two items joins them: a separator and a few modifiers."""
    words = re.findall(r"\w+", between)
    if any(word.casefold() in _GOES_ON for word in words):
        return False  # "fever, cough and runny nose, followed by a rash": what comes after
    return bool(_JOIN.search(between)) and len(words) <= _GAP_WORDS and "." not in between


_GOES_ON = frozenset("followed then later but while unlike ثم تليها يليها بينما لكن".split())


# A list closed by "and anyone who…", "وكل من يود", "and others", or one that goes on "as well
# as phone maker Ericsson", «فضلا عن …»: every wrong choice is right too, and a typed answer
# naming the one after it is marked wrong.
_OPEN_END = re.compile(
    r"^[\s,،]*(?:(?:and|or|و|او)\s*)?(?:كل من|كل|جميع|غيرها|غيرهم|anyone|everyone|everything|others"
    r"|other\w*|etc|many more|as well as|along with|فضلا عن|فضلاً عن|بالاضافه الي|اضافه الي"
    r"|علاوه علي|كذلك)(?!\w)",
    re.I,
)


def open_ended(after: str) -> bool:
    """True when the words after a list's last item say it goes on past its items."""
    return bool(_OPEN_END.match(fold_same_length(after).casefold()))


def find(doc: Document) -> list[KindList]:
    found = []
    members = _members(doc.language)
    for sentence in doc.content:
        folded = fold_same_length(sentence.text).casefold()
        matches = list(_pattern(doc.language).finditer(folded))
        run: list[tuple[int, int]] = []  # spans in the sentence
        kind = ""
        for match in [*matches, None]:
            if match is not None and run and not folded[run[-1][1] : match.start(1)].strip():
                # "fiber-optic telecommunications": two members in a row are one item
                run[-1] = (run[-1][0], match.end(1))
                continue
            if (
                match is not None
                and run
                and members[match.group(1)] == kind
                and _joined(folded[run[-1][1] : match.start(1)])
            ):
                run.append(match.span(1))
                continue
            if len({folded[a:b] for a, b in run}) >= _MIN_ITEMS and not open_ended(
                folded[run[-1][1] :]
            ):
                spans = [(sentence.start + a, sentence.start + b) for a, b in run]
                found.append(KindList(sentence, kind, spans))
            run = [match.span(1)] if match is not None else []
            kind = members[match.group(1)] if match is not None else ""
    return found


# A clause a comma opens that describes the noun before it, which the stem keeps.
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|where|الذي|التي|الذين|اللذين|اللتين)\s", re.I)


def stem_before(doc: Document, sentence: Sentence, start: int) -> str:
    """The clause a list completes: the sentence up to the list's first item, from the last
    clause boundary that leaves enough words to say what the items are."""
    before = doc.text[sentence.start : start]
    for boundary in reversed(list(_CLAUSE.finditer(before))):
        rest = before[boundary.end() :]
        if _RELATIVE.match(rest):
            continue  # "Symptoms, which develop …, include": the clause describes the subject
        if len(rest.split()) >= 5:
            before = rest
            break
    words = before.split()
    if len(words) > _STEM_WORDS:
        words = ["…", *words[-_STEM_WORDS:]]
    # Quote marks cut from their pair would dangle in the prompt: "قال إن "Nvidia لا تصنع".
    stem = re.sub('["“”«»]', "", " ".join(words)).strip(" (")
    # "(Reuters) – Results from companies …": a dateline's agency, its bracket opened before
    # the stem, is no part of what the list completes.
    closing, opening = stem.find(")"), stem.find("(")
    if closing >= 0 and (opening < 0 or closing < opening):
        stem = stem[closing + 1 :].strip(" –—-")
    if doc.language == "ar" and stem.endswith((" و", " ف")):
        stem = stem[:-2]
    return stem


def _named(key: str, taken: set[str], text: str) -> bool:
    """True when the member is an item of the list or the article names it."""
    head = key.split()[0]
    return key in taken or key in text or any(head in t or t in key for t in taken)


def _wrong(doc: Document, kind: str, answer: list[str], seed: str) -> list[str]:
    """Members of the same kind the article never names (so none is also right)."""
    text = fold_same_length(doc.text).casefold()
    taken = {fold_same_length(a).casefold() for a in answer}
    ranked = sorted(
        (m for m, k in bundled(f"kinds-{doc.language}") if k == kind),
        key=lambda m: hashlib.sha1(f"{seed}|{m}".encode()).hexdigest(),
    )
    wrong = []
    for member in ranked:
        forms = [fold_same_length(f).casefold() for f in _forms(member)]
        if any(_named(key, taken, text) for key in forms):
            continue
        if any(key in fold_same_length(w).casefold() for w in wrong for key in forms):
            continue
        wrong.append(_forms(member)[0])
        if len(wrong) == _WRONG:
            break
    return wrong


# A word grading the first item only, before it: "high fever", "severe headache".
_GRADED_EN = re.compile(
    r"\b(high|low|severe|mild|persistent|heavy|extreme|chronic|acute|sudden|dry|sore|slight)\s+$",
    re.IGNORECASE,
)


def extract(doc: Document) -> list[Question]:
    questions = []
    for listing in find(doc):
        answer = list(dict.fromkeys(doc.text[a:b] for a, b in listing.items))
        first = listing.items[0][0]
        graded = _GRADED_EN.search(doc.text, max(listing.sentence.start, first - 12), first)
        if graded and doc.language == "en":
            # "symptoms include high fever, cough and runny nose": "high" grades the fever
            # alone; left in the stem, "high cough" would complete it (156th review: garbled).
            first = graded.start(1)
            answer[0] = doc.text[first : listing.items[0][1]]
        stem = stem_before(doc, listing.sentence, first)
        if len(stem.split()) < 2:
            continue
        seed = f"{listing.sentence.start}|{'|'.join(answer)}"
        wrong = _wrong(doc, listing.kind, answer, seed)
        if len(wrong) < _WRONG:
            continue
        questions.append(select_all(doc, listing.sentence, stem, answer, wrong, "constraint"))
    return questions


def select_all(
    doc: Document,
    sentence: Sentence,
    stem: str,
    answer: list[str],
    wrong: list[str],
    category: str,
    confidence: float = 0.85,
) -> Question:
    """ "Select everything that completes «stem …»": the list's items and the wrong choices."""
    seed = f"{sentence.start}|{'|'.join(answer)}"
    prompt = SELECT[doc.language].format(stem=stem)
    choices = shuffled(answer + wrong, seed)
    return draft(
        doc,
        "multi",
        category,
        prompt,
        answer,
        sentence.start,
        sentence.end,
        confidence,
        choices=choices,
    )
