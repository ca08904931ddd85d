"""A count asked as a question, as a teacher asks it: «إلى كم بئرًا تحتاج المرحلة الأولى …؟»,
"How many years will the rover spend exploring Mars?". A gap shows the rest of its sentence,
and with it the answers of the sentence's other gaps; the question shows only what it asks.

Each is the other form of a number gap, made only where a rule can turn the sentence round
without a parser; the ranker keeps one of the two (the same answer from the same sentence).

The rules are per language (counts_ar.py: «كم» with its noun in the accusative; counts_en.py:
"How many" with the subject and the auxiliary turned round), in RULES.

A statement someone made is asked as theirs: «بحسب حسام مغازى، …», "According to …, …".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..number_words import words_in_digits
from ..questions import Question
from . import changes_en, counts_ar, counts_en, quotes, role_names, sums_en
from .arabic_names import after_preposition_ar
from .document import SPEECH_VERBS_AR, SPEECH_VERBS_EN, Document, Sentence, Token, fold
from .drafts import draft, gap_span
from .number_gaps import CLOCK_TIME
from .number_keys import glued_sum, in_parts, is_share, number_forms, scaled_forms
from .number_kinds import first_from, noun_stem
from .pairs import same_source

# Above the gap it rewrites, within its kind (calibration.RATED_AS rates both alike).
CONFIDENCE = 1.0
Asked = tuple[str, str, list[str]]  # the prompt, the key, further answers


def _asked_en(doc: Document, tokens: list[Token], first: int, last: int) -> Asked | None:
    """A change "By how much" (changes_en.py), a sum of money "How much" (sums_en.py), else a
    count "How many" (counts_en.py)."""
    return (
        changes_en.asked(doc, tokens, first, last)
        or sums_en.asked(doc, tokens, first, last)
        or counts_en.asked(doc, tokens, first, last)
    )


_ENDS_ON_PREPOSITION_AR = re.compile(r"(?<!\S)(?:عن|على|في|من|إلى|الى|مع|لدى|نحو|بين|حول)\s*؟$")


RULES: dict[str, Callable[[Document, list[Token], int, int], Asked | None]] = {
    "ar": counts_ar.asked,
    "en": _asked_en,
}


def add_count_forms(doc: Document, drafts: list[Question]) -> list[Question]:
    """`drafts` and, after them, the count question of each number gap that has one; not in
    words a who-said asks whose they are: "According to X, how many …?" names its answer."""
    speakers: dict[int, str] | None = None
    starts = [s.start for s in doc.sentences]
    forms = []
    for question in drafts:
        # Dates stay gaps: «متى …؟» and "When …?" rewrites were accepted 2 times in 11 on fresh
        # news (seventy-third to seventy-ninth reviews), their gaps 38 times in 49.
        span = gap_span(question) if question.category == "number" else None
        if span is None:
            continue
        sentence = doc.sentences[max(0, bisect.bisect_right(starts, span[0]) - 1)]
        if not sentence.start <= span[0] < sentence.end:
            continue
        if speakers is None:
            speakers = {a.sentence.index: a.speaker.name for a in quotes.find(doc)}
        asked = _asked(doc, sentence, *span)
        if asked is None:
            continue
        prompt, answer, accept = asked
        if doc.language == "en" and _FIRST_PERSON_EN.search(prompt):
            continue  # "how many wards have been shifted … because we are pouring money": the
            # speaker's "we" in the question's own words (set o: garbled); the gap stays
        if doc.language == "ar" and _ENDS_ON_PREPOSITION_AR.search(prompt):
            continue  # «كم صيادا تكثف السلطات جهودها للبحث عن؟»: the count was the
            # preposition's object, which the question cannot leave behind (set h: garbled)
        # The gap's own forms that add a unit to the key: «ما طول الجسر الجديد؟» keyed 1000
        # is answered "1000 متر" too (set ip: wrong key, both reviewers, without it).
        units = [a for a in map(str, question.answer) if a.startswith(f"{answer} ")]
        written = [answer, *accept, *units]
        answers = [*written, *_digits(answer, doc.language), *map(words_in_digits, written)]
        speaker = speakers.get(sentence.index)
        framed = bool(speaker) and fold(speaker) not in fold(prompt)
        if framed:
            prompt = _as_said(doc.language, speaker, prompt)
        form = draft(
            doc,
            "short",
            question.category,
            prompt,
            list(dict.fromkeys(answers)),
            sentence.start,
            sentence.end,
            CONFIDENCE,
        )
        forms.append(role_names.framing(form, speaker) if framed else form)
    whose = [q for q in drafts if q.category == "attribution" and q.type in ("mcq", "short")]
    return drafts + [
        form
        for form in _told_apart(forms)
        if not _counted_elsewhere(doc, form) and not any(same_source(form, q) for q in whose)
    ]


def _told_apart(forms: list[Question]) -> list[Question]:
    """The count questions whose prompt no other asks with another answer: «كم بلغ عدد
    المتقدمين؟» keyed 873, 157 and 39, one per diploma the sentences name, cannot say which it
    asks (a blind reviewer rejected all five); their gaps, which show the diploma, stay."""
    keys: dict[str, set[str]] = {}
    for form in forms:
        keys.setdefault(form.prompt, set()).add(str(form.answer[0]))
    return [form for form in forms if len(keys[form.prompt]) == 1]


# A number and the word it counts: "24111 تدخل", "14656 تدخلا", "1,645 interventions".
_COUNTED = re.compile(r"\d[\d,.]*\s+([^\s\d.,،؛:()]+)")
# Words of a count question that are no noun it counts.
_ASKING = frozenset(
    fold(w)
    for w in """كم بلغ بلغت عدد إجمالي مجموع وصل وصلت how many much did does do were was are is
    the of in a an""".split()
)


def _counted_elsewhere(doc: Document, form: Question) -> bool:
    """True when the question names nothing but what it counts, and another number of the
    article counts that: «كم بلغ عدد التدخلات؟» keyed 5684 where «24111 تدخل» and «14656
    تدخلا» stand in other sentences; a reviewer read it as the week's total. Its gap, which
    shows the sentence, stays."""
    asked = {
        noun_stem(w) for w in form.prompt.split() if fold(w).lower().strip("؟?") not in _ASKING
    }
    if len(asked) != 1:
        return False  # "How many years will NASA spend testing rovers?" says which years
    own = range(form.source.start, form.source.end)
    counted = doc.once("counted words", _counted_words)
    return any(stem in asked and at not in own for at, stem in counted)


def _counted_words(doc: Document) -> list[tuple[int, str]]:
    """Where each number of the article stands, with the stem of the word it counts."""
    return [(m.start(), noun_stem(m.group(1))) for m in _COUNTED.finditer(doc.text)]


def _digits(count: str, language: str) -> list[str]:
    """ "300000" for "300,000" or "300 000", "10126" for «10 آلاف و126»; never "20" for «20
    مليار», which the question does not scale."""
    whole = re.sub(r"[,\s]", "", count).isdigit() or in_parts(count) is not None
    whole = whole or glued_sum(count)  # "$10million": "$10 million", "10 million dollars"
    # «62 بالمئة», "35 percent": a share is right as "62" and "62%" too, the question asking it.
    if whole or is_share(count, language):
        return number_forms(count, language)
    return scaled_forms(count)  # «3 آلاف»: "3000", "3,000" (set g: a wrong key without them)


# The speaker's own person in a clause turned into a question.
_FIRST_PERSON_EN = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|[Ww]e|[Oo]ur|us)\b")


def _as_said(language: str, speaker: str, question: str) -> str:
    if language == "ar":
        return f"بحسب {after_preposition_ar(speaker)}، {question}"
    return f"According to {speaker}, {question[0].lower()}{question[1:]}"


def _asked(doc: Document, sentence: Sentence, start: int, end: int) -> Asked | None:
    tokens = sentence.tokens
    first, last = first_from(sentence, start), first_from(sentence, end) - 1
    if first >= len(tokens) or last < first or tokens[last].end > end:
        return None
    label = _LABEL.match(sentence.text)
    words = {fold(w).lower() for w in label.group(1).split()} if label else set()
    if label and not (words | {w[1:] for w in words if w[:1] in "وف"}) & _SPEECH:
        return None  # "• Arabic: the pass rate reached 96.62%": the label says whose rate
    if CLOCK_TIME.fullmatch(doc.text[start:end]):
        return None  # «عند الساعة 02:24 فجراً»: «كم بلغ سعر خام برنت عند الساعة؟» keyed the
        # time (set ie: wrong key, both reviewers); the time stays a gap
    asked = RULES[doc.language](doc, tokens, first, last)
    if asked is None or any(cut.search(asked[0]) for cut in _NOT_ASKED):
        return None
    when = _WHEN.search(doc.text, end, sentence.end)
    question, key, accept = asked
    if when and fold(when.group()) not in fold(question) and _same_clause(doc.text, end, when):
        # «يصل إجمالي الطلب إلى 99.7 مليون برميل يوميا هذا العام، كما … 101.8 … العام المقبل»:
        # the year the count is of, or the question has two answers.
        question = f"{question[:-1]} {when.group()}{question[-1]}"
    return question, key, accept


_SPEECH = SPEECH_VERBS_AR | SPEECH_VERBS_EN
# A line's label before its figure, of at most four words: "• اللغة العربية: وصلت نسبة النجاح
# إلى 96.62%". "X said:" opens a quotation, not a label.
_LABEL = re.compile(r"^[•·*\-–]?\s*((?:[^\s:،,.\d]+\s?){1,4}):\s")
# "How many seats will the party take … and the opposition bloc only about 11?": the clause
# after "and" has a count of its own, and the question would hold both.
_SECOND_COUNT = re.compile(r"\band\b.*\d")
# "… could be affected by the?": the clause was cut before a quotation that goes on with it.
_CUT_SHORT = re.compile(r"\b(?:the|a|an|of|by|to|in|on|at|for|with|from)\?$", re.IGNORECASE)
# "… were received by Buffalo with Rochester?" of "Buffalo received eight inches with Rochester
# "probably a few inches shy"": a "with" clause cut at its quotation, which reads as a sum.
_CUT_WITH = re.compile(r"\bwith(?: [A-Z][\w'’-]*)+\?$")
# "… in the fourth quarter either due to last-minute delays?": the "or" half was cut off.
_CUT_EITHER = re.compile(r"\beither\b(?!.*\bor\b)")
_NOT_ASKED = (_SECOND_COUNT, _CUT_SHORT, _CUT_WITH, _CUT_EITHER)
# When a count is of: the year or month it names after it, asked with it.
_WHEN = re.compile(
    r"(?<!\w)(?:هذا العام|العام الماضي|العام المقبل|العام الجاري|هذا الشهر|الشهر الماضي"
    r"|الشهر المقبل|this year|last year|next year|this month|last month|next month)(?!\w)"
)


def _same_clause(text: str, end: int, when: re.Match[str]) -> bool:
    """True when nothing but words stands between the count and its time: no comma or full
    stop («…، كما من المتوقع أن يرتفع الطلب … العام المقبل» is another clause's)."""
    return not re.search(r"[،,.؛;:]", text[end : when.start()])
