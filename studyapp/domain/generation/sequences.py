"""Sequences: steps or phases signalled by ordinals and connectives, often announced by a count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..questions import Question
from . import ordinal_parts_ar
from .day_events import find as find_days
from .document import Document, Sentence, fold_same_length
from .drafts import draft, mcq, shorten, shuffled
from .events import find as find_events
from .inline_steps import find as find_inline
from .inline_steps import numbered, split

_FIRST_AR = r"في البدايه|في البدء|بدايه|اولا|اولاً|في المرحله الاولي|الخطوه الاولي|المرحله الاولي"
_NEXT_AR = (
    r"بعد ذلك|ومن ثم|من ثم|ثم|ثانيا|ثانياً|ثالثا|ثالثاً|رابعا|تليها|يليها|لاحقا|لاحقاً|بعدها"
    r"|الخطوه الثانيه|المرحله الثانيه|الخطوه الثالثه|المرحله الثالثه"
)
_LAST_AR = r"اخيرا|اخيراً|في النهايه|في الختام|في المرحله الاخيره|الخطوه الاخيره"
_FIRST_EN = r"first of all|first|firstly|initially|to begin with|to start with|at first"
_NEXT_EN = r"next|then|after that|afterwards|second|secondly|third|thirdly|later|subsequently"
_LAST_EN = r"finally|lastly|in the end|eventually|at last"
_OPEN_QUOTE = '“«"'
_COUNT = re.compile(
    r"(?<!\w)[بل]?(اثنتين|اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|two|three|four|five|six|\d)\s+"
    r"(خطوات|مراحل|خطوتين|مرحلتين|اطوار|steps|stages|phases)(?!\w)"
)
_COUNTS = {"اثنتين": 2, "اثنين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5}
_COUNTS |= {"خمسه": 5, "ست": 6, "سته": 6, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _marker(pattern: str) -> re.Pattern[str]:
    # "And then the furnaces …", "But finally …": the conjunction before an English marker
    # ended the run there (issue 11 names "And then" among the steps missed).
    conjunction = r"(?:[وف]\s?|(?:and|but)\s+)?"
    return re.compile(conjunction + r"(?:" + pattern + r")[\u064b-\u065f]*(?!\w)\s*[،,:]?\s*")


_MARKERS = {
    "ar": [("first", _marker(_FIRST_AR)), ("next", _marker(_NEXT_AR)), ("last", _marker(_LAST_AR))],
    "en": [("first", _marker(_FIRST_EN)), ("next", _marker(_NEXT_EN)), ("last", _marker(_LAST_EN))],
}


@dataclass(frozen=True)
class Step:
    sentence: Sentence
    rank: str
    description: str


def _step(doc: Document, sentence: Sentence) -> Step | None:
    """The step a sentence opens with a marker, at its start or just inside an opening quote."""
    folded = fold_same_length(sentence.text)
    starts = [0]
    quote = next((k for k, ch in enumerate(folded[:60]) if ch in _OPEN_QUOTE), None)
    if quote is not None:
        starts.append(quote + 1)
    for at in starts:
        for rank, pattern in _MARKERS[doc.language]:
            match = pattern.match(folded, at)
            if match and match.end() < len(folded):
                rest = sentence.text[match.end() :]
                if at:
                    rest = re.split('[”»"]', rest)[0]
                rest = re.split(r"\s[،,]\s|\s(?:حتى|so that|in order to)\s", rest)[0]
                description = shorten(rest, 12)
                if len(description.split()) >= 2:
                    return Step(sentence, rank, description)
    return None


def _and_within(doc: Document, step: Step) -> list[Step]:
    """The step, or the steps its sentence says one after another: "Then the furnaces will be
    installed, and finally production will restart." is two."""
    pieces = split(doc, step.sentence)
    if len(pieces) < 2 or pieces[0][1] != 0 or not all(d for _, _, d in pieces):
        return [step]
    steps = [Step(step.sentence, step.rank, pieces[0][2])]
    for rank, _, description in pieces[1:]:
        if rank == "first":
            break
        steps.append(Step(step.sentence, rank, description))
        if rank == "last":
            break
    return steps


def find(doc: Document) -> list[tuple[Sentence | None, int | None, list[Step]]]:
    """Runs of 3+ steps: (announcing sentence, announced count, steps)."""
    content = doc.content
    runs = []
    i = 0
    while i < len(content):
        first = _step(doc, content[i])
        if first is None or first.rank != "first":
            i += 1
            continue
        steps = _and_within(doc, first)
        j = i + 1
        while j < len(content) and steps[-1].rank != "last":
            step = _step(doc, content[j])
            if step is None or step.rank == "first":
                break
            steps += _and_within(doc, step)
            j += 1
        announce, count = None, None
        if i > 0:
            match = _COUNT.search(fold_same_length(content[i - 1].text))
            if match:
                announce = content[i - 1]
                count = _COUNTS.get(match.group(1)) or int(match.group(1))
        if count:
            steps = steps[:count]
        if len(steps) >= 3 and len({s.description for s in steps}) == len(steps):
            runs.append((announce, count, steps))
        i = max(j, i + 1)
    return runs


# "In the first phase, …", "المرحلة الثانية تتضمن …": steps named by an ordinal, in one
# sentence or across many; "followed by …" adds the step after the last one named.
_ORDINAL = {
    "en": re.compile(
        r"(?:\bthe\s+)?\b(first|second|third|fourth|fifth|final|last)\s+(?:phase|stage|step)\b"
        r"[\s,:]*(?:of\s+\w+\s+)?(?:is\s+|will\s+be\s+|includes?\s+|involves?\s+)?",
        re.I,
    ),
    "ar": re.compile(
        r"(?:المرحله|الخطوه|المرحلة|الخطوة)\s+(الاولي|الثانيه|الثالثه|الرابعه|الخامسه|الاخيره)"
        r"[\s،,:]*(?:من\s+\S+\s+)?(?:[تس]?(?:تتضمن|تشمل|تبدا|ستبدا)\s+)?"
    ),
}
_RANK = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "final": 9,
    "last": 9,
    "الاولي": 1,
    "الثانيه": 2,
    "الثالثه": 3,
    "الرابعه": 4,
    "الخامسه": 5,
    "الاخيره": 9,
}
_FOLLOWED = re.compile(r",?\s*(?:followed by|then|تليها|يليها|ثم)\s+", re.I)
# A step said by when it starts and then by what it holds: «ستبدأ بعد ترسيخ التهدئة وستشمل …»
# is «…» (the other steps are what they hold: «تتضمن افتتاح معابر …»).
_AND_INCLUDES = re.compile(r"\s(?:و|and\s+)(?:س|will\s+)?(?:تشمل|تتضمن|include|involve)s?\s+", re.I)


def find_ordinal(doc: Document) -> list[tuple[int, int, list[str]]]:
    """Steps named by ordinals: (start, end, descriptions in order) when 3 or more are found."""
    steps: dict[int, tuple[Sentence, str]] = {}
    for sentence in doc.content:
        folded = fold_same_length(sentence.text)
        for match in _ORDINAL[doc.language].finditer(folded):
            rank = _RANK[match.group(1).lower()]
            rest = sentence.text[match.end() :]
            then = _AND_INCLUDES.search(rest)
            if then:
                rest = rest[then.end() :]  # "will begin after the calm holds and will include X"
            rest = re.split(r'[”»"؛;.]|\s[،,]\s?(?:لتأمين|which|حتى|so that)', rest)[0]
            if rank in steps or len(rest.split()) < 2:
                continue
            parts = _FOLLOWED.split(rest, maxsplit=1)
            steps[rank] = (sentence, shorten(parts[0], 10))
            if len(parts) == 2 and len(parts[1].split()) >= 2:
                steps.setdefault(rank + 1, (sentence, shorten(parts[1], 10)))
    ranks = sorted(steps)
    if len(ranks) < 3 or ranks[:3] != [1, 2, 3]:
        return []
    chosen = [steps[r] for r in ranks]
    descriptions = [d.strip(" ،,") for _, d in chosen]
    if len(set(descriptions)) != len(descriptions):
        return []
    start = min(s.start for s, _ in chosen)
    end = max(s.end for s, _ in chosen)
    return [(start, end, descriptions)]


_ORDER = {
    "ar": "رتّب الخطوات التالية كما وردت في المقال.",
    "en": "Put these steps in the order the article gives them.",
}
_ORDER_EVENTS = {
    "ar": "رتّب الأحداث التالية كما وردت في المقال.",
    "en": "Put these events in the order the article gives them.",
}
_ORDINALS = {
    "ar": ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة"],
    "en": ["first", "second", "third", "fourth", "fifth", "sixth"],
}
_WHICH = {
    "ar": "بحسب المقال، أيٌّ مما يلي هو الخطوة {ordinal}؟",
    "en": "According to the article, which is the {ordinal} step?",
}
_LAST = {"ar": "الأخيرة", "en": "last"}


def _order_question(
    doc: Document, prompt: str, order: list[str], start: int, end: int, confidence: float
) -> Question:
    choices = shuffled(order, f"{start}|{end}", avoid_order=order)
    return draft(doc, "order", "sequence", prompt, order, start, end, confidence, choices=choices)


def extract(doc: Document) -> list[Question]:
    questions = [
        _order_question(doc, _ORDER[doc.language], order, start, end, 0.9)
        for start, end, order in [*find_ordinal(doc), *ordinal_parts_ar.find(doc)]
    ]
    questions += [
        _order_question(doc, _ORDER[doc.language], order, start, end, 0.9)
        for start, end, order in ([] if questions else numbered(doc))
    ]
    runs = [] if questions else find(doc)  # ordinals name the steps more cleanly than markers
    if not questions and not runs:  # "first A, then B, and finally C" in one sentence
        for sentence, order in find_inline(doc):
            prompt = _ORDER[doc.language]
            questions.append(_order_question(doc, prompt, order, sentence.start, sentence.end, 0.8))
    if not questions and not runs:  # "in the first 20 minutes …, but then …. Then …" (events.py)
        for start, end, order in find_events(doc):
            prompt = _ORDER_EVENTS[doc.language]
            questions.append(_order_question(doc, prompt, order, start, end, 0.8))
    if not questions and not runs:  # "last Friday …, … yesterday, and today …" (day_events.py)
        for sentence, order in find_days(doc):
            prompt = _ORDER_EVENTS[doc.language]
            questions.append(_order_question(doc, prompt, order, sentence.start, sentence.end, 0.8))
    for announce, count, steps in runs:
        order = [s.description for s in steps]
        start = (announce or steps[0].sentence).start
        end = steps[-1].sentence.end
        prompt = _ORDER[doc.language]
        if announce is not None:
            prompt = f"{prompt} ({shorten(announce.text, 14)})"
        confidence = 0.95 if count == len(steps) else 0.8
        questions.append(_order_question(doc, prompt, order, start, end, confidence))
        if len(steps) < 4:
            continue  # the order question already asks which comes first, second and last
        for k, step in enumerate(steps):
            is_last = k == len(steps) - 1 and k >= 2
            if k >= len(_ORDINALS[doc.language]):
                break
            ordinal = _LAST[doc.language] if is_last else _ORDINALS[doc.language][k]
            question = mcq(
                doc,
                "sequence",
                _WHICH[doc.language].format(ordinal=ordinal),
                step.description,
                [o for o in order if o != step.description],
                step.sentence.start,
                step.sentence.end,
                0.72 if k == 0 or is_last else 0.62,
            )
            if question:
                questions.append(question)
    return questions
