"""Constraints and lists: coordinated items ("X، Y و Z", "X, Y and Z"), above all after a cue."""

from __future__ import annotations

from dataclasses import dataclass

from ..questions import Question
from ..text import normalize
from . import distractors, list_kinds, named_lists
from .document import STOP_AR, STOP_EN, Document, Sentence, Token, fold, gap

_CONSTRAINT_CUES = frozenset(
    fold(w)
    for w in """مقيد مقيدة تقييد يقيد تقيد محدود محدودة بسبب يتطلب تتطلب يحتاج تحتاج نقص شح قيود
    يعتمد تعتمد constrained limited constraint constraints due requires require needs lack
    shortage shortages depends""".split()
)
_CAUSE_CUES = frozenset(fold(w) for w in "بسبب due".split())
_EXAMPLE_CUES = frozenset(fold(w) for w in "ذلك مثل منها including such include includes".split())
_STOP_AR = frozenset(fold(w) for w in "من في على إلى عن مع أن إن ما لا كما التي الذي خلال".split())
_STOP_EN = frozenset(
    "of in on at to for from by with about as the a an is are was were be its their and or".split()
)
_MAX_ITEM = 4
_MAX_ASKED = 3  # words in an item a select-all offers


@dataclass(frozen=True)
class Listing:
    sentence: Sentence
    items: list[tuple[int, int, str]]  # start, end, display text
    cue: str  # "constraint" or "example"
    stem_start: int
    cue_word: str = ""  # the cue itself, folded


def _is_and(doc: Document, token: Token) -> bool:
    return token.key in {"و", "and", "&"}


def _joined(doc: Document, token: Token) -> bool:
    """An Arabic word carrying the conjunction: "والطاقة"."""
    return doc.language == "ar" and token.key.startswith("وال") and len(token.key) > 4


def _cue(token: Token) -> bool:
    return token.key in _CONSTRAINT_CUES or token.key in _EXAMPLE_CUES or token.key == "نقص"


def _stop(doc: Document, token: Token) -> bool:
    if doc.language == "ar":
        return token.key in _STOP_AR or token.key in STOP_AR
    return token.key in _STOP_EN or token.key in STOP_EN


def _parse(doc: Document, sentence: Sentence) -> Listing | None:
    tokens = sentence.tokens
    # Boundaries: the index where each item after the first begins.
    starts: list[int] = []
    ands = [k for k, tok in enumerate(tokens) if _is_and(doc, tok) or _joined(doc, tok)]
    for k, tok in enumerate(tokens):
        if k == 0:
            continue
        between = gap(doc.text, tokens[k - 1], tok).strip()
        if _is_and(doc, tok) and k + 1 < len(tokens):
            starts.append(k + 1)
        elif _joined(doc, tok) and not between:
            starts.append(k)
        elif (
            between in {"،", ","}
            and any(a > k for a in ands)
            and (not starts or starts[-1] >= k - _MAX_ITEM)
        ):
            starts.append(k)
    best: list[tuple[int, int]] = []
    for s0 in starts:
        chain = _chain(doc, tokens, s0, starts)
        if chain and len(chain) > len(best):
            best = chain
    if len(best) < 2:
        return None
    items = []
    for a, b in best:
        start = tokens[a].start + (1 if _joined(doc, tokens[a]) else 0)
        items.append((start, tokens[b - 1].end, doc.text[start : tokens[b - 1].end]))
    first = best[0][0]
    cue = ""
    cue_at = first
    for k in range(first - 1, max(-1, first - 9), -1):
        if tokens[k].key in _CONSTRAINT_CUES:
            cue, cue_at = "constraint", k
            break
        if tokens[k].key in _EXAMPLE_CUES and not cue:
            cue, cue_at = "example", k
    if not cue or any(len(text.split()) > _MAX_ASKED for _, _, text in items):
        return None  # a list without a cue, or items that run into clauses, reads garbled
    if _listed_itself(doc, tokens, cue_at):
        return None  # "include poverty, the lack of access to education and …": the cue's own
        # phrase is an item of a longer list, and the items after it are not what it lacks
    stem = 0
    for k in range(cue_at, 0, -1):
        if gap(doc.text, tokens[k - 1], tokens[k]).strip() in {"،", ",", ";", "؛"}:
            if first - k >= 4:  # a clause long enough to say what the list completes
                stem = k
                break
    return Listing(sentence, items, cue, tokens[stem].start, tokens[cue_at].key)


def _listed_itself(doc: Document, tokens: list[Token], cue_at: int) -> bool:
    """True when the cue's phrase ("the lack of …") opens right after a comma that follows a
    word: it is an item of a list begun before it."""
    k = cue_at - 1 if cue_at > 0 and tokens[cue_at - 1].key in {"the", "a", "an"} else cue_at
    return k > 0 and gap(doc.text, tokens[k - 1], tokens[k]).strip() in {",", "،"}


def _chain(doc: Document, tokens: list[Token], s0: int, starts: list[int]) -> list[tuple[int, int]]:
    """Items around the boundary s0: the first walks back to a stop word, later ones forward."""
    a = s0 - 1
    while a >= 0 and _is_and(doc, tokens[a]):
        a -= 1
    end_first = a + 1
    while a > 0 and end_first - a < _MAX_ITEM and not _stop(doc, tokens[a - 1]):
        if gap(doc.text, tokens[a - 1], tokens[a]).strip() or _cue(tokens[a - 1]):
            break
        a -= 1
    if a < 0 or _stop(doc, tokens[a]) or end_first <= a:
        return []
    chain = [(a, end_first)]
    following = [s for s in starts if s >= s0]
    for n, s in enumerate(following):
        nxt = following[n + 1] if n + 1 < len(following) else None
        end = s
        while end < len(tokens) and end - s < _MAX_ITEM:
            if end > s and (
                gap(doc.text, tokens[end - 1], tokens[end]).strip() or _stop(doc, tokens[end])
            ):
                break
            if end > s and (_joined(doc, tokens[end]) or _is_and(doc, tokens[end])):
                break
            end += 1
        if end == s or _stop(doc, tokens[s]):
            break
        chain.append((s, end))
        if nxt is None or nxt - (1 if _is_and(doc, tokens[nxt - 1]) else 0) != end:
            break
    return chain


def _kind_of(doc: Document, item: str) -> str:
    """ "place", "person" or "organisation" for an item the article names as one, else ""."""
    key = fold(item)
    for kind, names in (
        ("place", doc.places),
        ("person", doc.people),
        ("organisation", doc.organisations),
    ):
        if any(fold(name) == key for name in names):
            return kind
    return ""


def find(doc: Document) -> list[Listing]:
    found = []
    for sentence in doc.content:
        listing = _parse(doc, sentence)
        if listing is not None:
            found.append(listing)
    return found


def extract(doc: Document) -> list[Question]:
    # Lists of things of one bundled kind first: their wrong choices are surely of that kind.
    questions: list[Question] = list_kinds.extract(doc) + named_lists.extract(doc)
    seen: set[frozenset[str]] = {frozenset(normalize(a) for a in q.answer) for q in questions}
    for listing in find(doc):
        answer = [text for _, _, text in listing.items]
        key = frozenset(normalize(a) for a in answer)
        if key in seen or len(key) != len(answer):
            continue
        seen.add(key)
        if listing.cue != "constraint":
            continue  # names are asked by named_lists; "traffic lights, road signs" by list_kinds
        if len({_kind_of(doc, item) for item in answer}) > 1:
            continue  # "سان فرانسيسكو والاهتمام الوثيق": a place and a noun are no list
        s = listing.sentence
        stem = doc.text[listing.stem_start : listing.items[0][0]].strip(" ،,:")
        if len(stem.split()) < 2:
            continue
        if listing.cue_word in _CAUSE_CUES:
            continue  # "due to the measures of the health department and guidelines": causes
            # are no resources, and bundled resources would be wrong choices of another kind
        # What holds something back: chips, power, labour; other resources are of its kind.
        pool = distractors.bundled_kind("resources", doc.language, f"{s.start}|{'|'.join(answer)}")
        wrong = distractors.pick(answer, [pool], 2 if len(answer) >= 3 else 3)
        if wrong:
            questions.append(
                list_kinds.select_all(doc, s, stem, answer, wrong, "constraint", confidence=0.9)
            )
    return questions
