"""Two or three gaps of one sentence, asked apart: each prompt hides the others' answers.

"بلغت المبيعات ____ درهم وصافي الأرباح 48 مليون درهم" beside "بلغت المبيعات 558 مليون درهم
وصافي الأرباح ____ درهم": each question prints the other's answer, and blind reviewers reject
the second as a duplicate (18% of such questions accepted against 74% of the first on their
sentence, twenty-eighth review). With the other's answer shown as "…" in each, both are asked:
"بلغت المبيعات ____ درهم وصافي الأرباح … درهم".

The same across questions (hide_keys): a gap's prompt hides the numbers, dates, places and role
holders other questions ask, wherever they stand ("أكد وزير التربية الدكتور … أن …" beside
"Who is the education minister?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..questions import CLOZE_GAP, Question
from .document import GLUED_LETTERS_AR, STOP_AR, fold
from .drafts import gap_span, question_id
from .names import ROLE_NOUNS_EN, TITLES_EN
from .role_names import FRAMED

_TITLED = TITLES_EN | ROLE_NOUNS_EN  # "Judge Hankinson", "Coach Smith": a title, then the name

HIDDEN = "…"
# Numbers and dates only: a name hidden takes the sentence's subject with it ("China's …'s
# vaccine"), and a phrase gap or a quote completion is no fact worth a hidden neighbour.
_KINDS = frozenset({"number", "date"})
# What joins the two ends of a range: "$12 to $15 million" is one fact, asked by its first end.
_RANGE_JOINS = frozenset("to and or - – — / و او أو إلى الى حتى".split())


Span = tuple[int, int]
# A gap and at most two others of its sentence: more hidden would leave little to read.
_MOST = 3
# A long prompt may hide one key more: «عاد أكثر من ____ ألفا … لاستقبال نحو … ألف طالب … منهم
# نحو … آلاف طالب مستجد» beside "Who is the education minister?" needs the minister's name and
# two sums hidden, and still leaves forty words to read. Left unhidden, all three gaps printed
# each other's sums and were folded (news-dev).
_LONG_PROMPT = 40


def asked_apart(
    kept: list[Question], again: list[Question], clash: Callable[[Question, Question], bool]
) -> tuple[list[Question], list[Question], list[Question]]:
    """Of `again` (the questions a kept one gives away, and that give it away), the number and
    date gaps of a sentence grouped with the one kept gap they clash with, each rewritten to hide
    the others' answers: `kept` with those partners rewritten, the rewritten others, and the
    rest of `again`."""
    kept = list(kept)
    groups: dict[int, list[tuple[Question, Span]]] = {}
    later: list[Question] = []
    for question in again:
        partners = [k for k, other in enumerate(kept) if clash(question, other)]
        span = _gap_span(question)
        if len(partners) == 1 and span is not None:
            k = partners[0]
            group = groups.get(k, [])
            if not group and kept[k].source == question.source:
                first = _gap_span(kept[k])
                group = [(kept[k], first)] if first is not None else []
            text = question.source.text
            if 0 < len(group) < _MOST and all(_apart(text, span, other) for _, other in group):
                groups[k] = [*group, (question, span)]
                continue
        later.append(question)
    apart: list[Question] = []
    for k, group in groups.items():
        rewritten = [
            _with(question, span, [other for _, other in group if other != span])
            for question, span in group
        ]
        kept[k] = rewritten[0]
        apart += rewritten[1:]
    return kept, apart, later


def _apart(text: str, one: Span, other: Span) -> bool:
    """True for two gaps that neither overlap nor are the two ends of one range."""
    (a1, b1), (a2, b2) = one, other
    if a1 < b2 and a2 < b1:
        return False  # one answer inside the other
    between = text[min(b1, b2) : max(a1, a2)].strip(" $£€")
    return len(between) > 1 and between not in _RANGE_JOINS  # "12 to ____", "2014-____"


def _gap_span(question: Question) -> Span | None:
    """Where a number or date gap's answer stands in its sentence, when the prompt is the
    sentence with the gap and nothing else changed."""
    if question.type != "cloze" or question.category not in _KINDS:
        return None
    prompt, text = question.prompt, question.source.text
    if prompt.count(CLOZE_GAP) != 1:
        return None
    a = prompt.index(CLOZE_GAP)
    b = len(text) - (len(prompt) - a - len(CLOZE_GAP))
    if b <= a or text[:a] != prompt[:a] or text[b:] != prompt[a + len(CLOZE_GAP) :]:
        return None
    return a, b


def _with(question: Question, gap: Span, hidden: list[Span]) -> Question:
    cuts = [(gap, CLOZE_GAP), *((span, HIDDEN) for span in hidden)]
    return _rewritten(question, question.source.text, cuts)


def _rewritten(question: Question, text: str, cuts: list[tuple[Span, str]]) -> Question:
    """`question` with `text` as its prompt, each span of `cuts` shown as its mark."""
    prompt, at = "", 0
    for (a, b), shown in sorted(cuts):
        prompt += text[at:a] + shown
        at = b
    prompt += text[at:]
    source = question.source
    new_id = question_id("cloze", source.start, source.end, question.answer, prompt)
    extra = dict(question.extra)
    span = None if "gap" in extra else gap_span(question)
    if span:  # the prompt will no longer mirror the source
        extra["gap"] = span
    return replace(question, id=new_id, prompt=prompt, extra=extra)


def hide_keys(
    ordered: Sequence[Question],
    asked: Callable[[Question], bool],
    keys_of: Callable[[Question], list[str]] | None = None,
    into: Callable[[Question], bool] | None = None,
    room: int = 0,
) -> list[Question]:
    """`ordered` with each gap's prompt hiding the keys of the other questions it prints, as two
    gaps of one sentence hide each other's: a number or date another question asks, the place a
    "where did she speak?" question asks (where room is left), or, beside a number or date gap,
    the name a "who is the minister?" question answers ("أكد وزير التربية الدكتور … أن …").
    Blind reviewers rejected a good gap whose prompt printed another question's answer as a
    duplicate, and folded the other below it. Only keys of questions `asked` holds true for are
    hidden, in gaps it holds true for, each where the prompt shows it once apart from the gap,
    at most two per prompt (three in a long one); a prompt that would need more is left.
    `keys_of` says which keys of a question are hidden (by default those of hideable), `into`
    in which gaps (by default those `asked` holds true for); `room` allows that many more."""
    keys = [(q, key) for q in ordered if asked(q) for key in (keys_of or hideable)(q)]
    parallel = _parallel_openers(ordered)
    keys.sort(key=lambda pair: pair[0].category in PLACES)  # a place only where room is left
    out = list(ordered)
    for n, question in enumerate(ordered):
        prompt = question.prompt
        if not (into or asked)(question):
            continue
        rewrite = _rewrites_a_gap(question)
        if rewrite:
            gap, hidden = (len(prompt), len(prompt)), []  # «كم …؟», "When …?": no gap in it
        elif question.type != "cloze" or prompt.count(CLOZE_GAP) != 1:
            continue
        else:
            at = prompt.index(CLOZE_GAP)
            gap, hidden = (at, at + len(CLOZE_GAP)), []
        most = _MOST + (len(prompt.split()) >= _LONG_PROMPT) + room  # hidden keys, and the gap
        kept: list[Span] = []  # where a name stays that says whose words the prompt shows
        for other, key in keys:
            if rewrite and not (into or asked)(other):
                continue  # a question hides only what is shown first: «… المنتهية في … الماضي»
            found = [
                m.span()
                for m in _whole(key).finditer(prompt)
                if other.category not in _PERSONS or not _in_a_longer_name(prompt, m)
            ]
            if other is question or len(found) != 1 or not _apart(prompt, gap, found[0]):
                continue  # a key the prompt shows twice, or next to the gap: not hidden
            if not all(_apart(prompt, found[0], span) for span in kept):
                continue  # "Haan" of "Patrick De Haan said": never "Patrick De … said"
            if not _may_hide(question, other, found[0], parallel):
                kept.append(found[0])
                continue
            if _in_a_quoted_name(prompt, found[0]):
                continue  # «حملة "… أجمل"»: half a quoted name reads garbled (set m)
            room = len(hidden) < most - 2 or other.category not in PLACES
            if room and all(_apart(prompt, found[0], span) for span in hidden):
                hidden.append(found[0])
        if 0 < len(hidden) < most:
            out[n] = _rewritten(question, prompt, [(span, HIDDEN) for span in hidden])
    return out


# A short name in quotation marks: «"بغداد أجمل"», "“Beyond the Return”".
_QUOTED_NAME = re.compile(r"[\"“«]([^\"“”«»\n]{1,60})[\"”»]")
_NAME_WORDS = 5


def _in_a_quoted_name(prompt: str, span: Span) -> bool:
    """True when the key at `span` is part, not the whole, of a short quoted name."""
    for match in _QUOTED_NAME.finditer(prompt):
        a, b = match.span(1)
        inner = match.group(1).strip()
        if a <= span[0] and span[1] <= b and len(inner.split()) <= _NAME_WORDS:
            return prompt[span[0] : span[1]].strip() != inner
    return False


def _rewrites_a_gap(question: Question) -> bool:
    """A number or date asked as a question (counts.py): its prompt is its sentence turned
    round, and shows the sentence's other keys as a gap's prompt would."""
    return question.type == "short" and question.category in _KINDS


def repeats_a_key(question: Question, before: Sequence[Question]) -> bool:
    """True when a gap's prompt still shows the number, date or role holder a question of
    `before` asks (one hide_keys could not hide: shown twice, or a third in one prompt). A
    place or outlet shown is no reason to fold a gap: it is hidden where it can be."""
    if question.type != "cloze" or CLOZE_GAP not in question.prompt:
        return False
    return any(
        _may_hide(question, other, found.span())
        for other in before
        if other.category not in PLACES  # the programme a minister spoke on: hidden if it can be
        for key in hideable(other)
        for found in _whole(key).finditer(question.prompt)
    )


def _may_hide(
    question: Question, other: Question, span: Span, parallel: frozenset[int] = frozenset()
) -> bool:
    """True when `other`'s key at `span` may be hidden in `question`'s prompt. Not a person the
    prompt needs: the speaker of a gap in someone's words ("وقالت الوزيرة X: «____»"), or the
    name that says whose words the prompt shows ("Tomas Lindqvist said: “… ____ …”"). A name
    another gap asks (folding.py) only in a number or date gap: gaps on the names of one list
    would each hide the others ("the ministers of Planning, …, Military Production, ____")."""
    if other.type == "cloze" and other.category in _NAMES:
        # Not a name of `parallel` on the gap's own sentence: "In ____, there have been …
        # hospitalizations" beside "In …, there have been ____ hospitalizations" leaves neither
        # answerable, each county's figure like the next (a reviewer rejected four such number
        # gaps); the name gap is folded instead.
        kept = id(other) in parallel and same_source(question, other)
        return question.category in _KINDS and not kept
    if other.category not in ("role", "attribution"):
        return True
    if question.category not in _HOLDER_HIDDEN:
        return False
    # "Kobayashi said she expects approval …", the article's own sentence, keeps no name a
    # frame needs: a reviewer rejected "Who is the City Council Budget Chairwoman?" beside it.
    # A "who said?" keeps the name that opens any prompt: two speakers' names both stand in a
    # list, and which one said which words is still the question.
    framed = question.extra.get(FRAMED) or other.category == "attribution"
    return not (framed and _names_the_speaker(question.prompt, span))


# The words a sentence opens with, where the name it is about stands: "In Milwaukee County,".
_OPENING_WORDS = 3


def _parallel_openers(questions: Sequence[Question]) -> frozenset[int]:
    """The name gaps (by id) of sentences that each open with the name asked, when there are
    two or more: "Racine County had 17 …", "Waukesha County had 29 …", one figure a name."""
    openers = [
        q
        for q in questions
        if q.type == "cloze"
        and q.category in _NAMES
        and CLOZE_GAP in q.prompt
        and len(q.prompt[: q.prompt.index(CLOZE_GAP)].split()) < _OPENING_WORDS
    ]
    return frozenset(id(q) for q in openers) if len(openers) >= 2 else frozenset()


def same_source(question: Question, other: Question) -> bool:
    """True when the two questions' sources overlap."""
    return question.source.start < other.source.end and other.source.start < question.source.end


# What frames a speaker's words with their name: "X said: “…”", «بحسب X، …», "According to X,".
_SPEAKER_BEFORE = re.compile(r"(?:^|(?:بحسب|وفقا ل|وفقًا ل|according to)\s*)$", re.IGNORECASE)


def _names_the_speaker(prompt: str, span: Span) -> bool:
    """True when the name at `span` opens the prompt or follows «بحسب»/"According to": the
    prompt says whose words it shows, which is part of the question."""
    return bool(_SPEAKER_BEFORE.search(prompt[: span[0]]))


_NAMES = frozenset({"entity", "place"})
# The gaps a role holder is hidden in: numbers, dates, phrases, and names and places too ("Odisha
# boss … wasn't too disappointed despite a heavy defeat against the ____": a reviewer rejected
# "Who is the Odisha boss?" above it as given away). The name that says whose words a prompt
# shows stays (_names_the_speaker); the holder's own name is the gap, printed nowhere else.
_HOLDER_HIDDEN = frozenset({"number", "date", "fact", "entity", "place"})
# Where someone spoke or what outlet they spoke to, asked with choices or typed.
PLACES = frozenset({"place", "venue"})


def hideable(question: Question) -> list[str]:
    """The key a question asks that another's prompt should not print: a number or date as
    written, the place or outlet a "where did X speak?" question asks, or the person a role
    question or a "who said …?" with a full name names."""
    answer = question.answer
    first = str(answer[0] if isinstance(answer, list) and answer else answer or "")
    if question.type in ("cloze", "short") and question.category in _KINDS:
        return [first, *_grouped_otherwise(first)] if first.strip() else []
    if question.type in ("mcq", "short") and question.category in PLACES:
        return [first] if first.strip() else []  # «في أي مكان تحدثت سارة فريار؟»
    if question.category == "role" and question.extra.get("person") == first:
        if len(first.split()) < 2:
            return []  # "What is X's role?", not "Who is …?"
        return [first, *_surnames(question, first)]
    if question.category == "role" and question.type == "mcq" and first.strip():
        return [first]  # «ما منصب جينا رايموندو؟» keyed «وزيرة التجارة»
    if question.category == "attribution" and question.type in ("mcq", "short"):
        if len(first.split()) < 2:
            return []  # "According to which organisation …?" may be keyed by one word
        return [first, *_surnames(question, first)]  # "… Kochis said" under "Who said …?"
    return []


def _grouped_otherwise(key: str) -> list[str]:
    """A whole number of four digits or more written the other way: "5000" as "5,000" and
    "2,250" as "2250" (set i: "Rs. ____ per acre" keyed "5000" beside a prompt printing "Rs.
    5,000", both reviewers: duplicate)."""
    if re.fullmatch(r"\d{4,}", key):
        return [f"{int(key):,}"]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", key):
        return [key.replace(",", "")]
    return []


def _surnames(question: Question, full: str) -> list[str]:
    """The shorter forms of the person a role question asks that are graded right ("Burns",
    «القميري»), as the article may spell them, longest first: a prompt saying "Burns said" gives
    the answer away as well (reviewers rejected «من هو مدير عام المياه؟» beside «وأشار المهندس
    القميري إلى …»)."""
    forms = {v for form in question.accepted_answers if len(form) >= 3 for v in _spellings(form)}
    if question.type == "mcq" and len(full.split()) >= 2 and len(full.split()[-1]) >= 4:
        # a choice accepts no other form, yet "Judge Hankinson sentenced …" under "Who is the
        # circuit court judge?" keyed "James Hankinson" gives him away (set z: duplicate, both)
        forms |= set(_spellings(full.split()[-1]))
    # «علي» of «سامر العلي», spelt «على» too, would hide the preposition: «سيطر … الكرة».
    forms = {form for form in forms if fold(form) not in STOP_AR}
    return sorted(forms - set(_spellings(full)), key=len, reverse=True)


# A name's last letter as Egyptian and Gulf papers write it either way: «مغازى»/«مغازي».
_FINAL_YA = str.maketrans({"ى": "ي", "ي": "ى"})


def _spellings(form: str) -> list[str]:
    """`form`, and, for an Arabic name ending in ى or ي, each word so ending spelled the other
    way ("حسام مغازى" keyed, «وأضاف مغازي» printed)."""
    words = form.split()
    other = " ".join(w[:-1] + w[-1].translate(_FINAL_YA) for w in words)
    return [form] if other == form else [form, other]


_PERSONS = ("role", "attribution")  # questions whose hidden keys are people's names


def _in_a_longer_name(prompt: str, match: re.Match[str]) -> bool:
    """True for one capitalised word found inside a longer name: "Khan" of "Nur Khan Airbase"
    is no "Prime Minister Imran Khan" to hide (a capital before it other than a title's, or
    after it); "Judge Hankinson" is."""
    word = match.group()
    if " " in word or not word[:1].isupper():
        return False
    after = re.match(r"\s+([A-Z])", prompt[match.end() :])
    before = re.search(r"([A-Z][\w.'’-]*)\s+$", prompt[: match.start()])
    titled = before is not None and before.group(1).casefold().rstrip(".") in _TITLED
    return after is not None or (before is not None and not titled)


@lru_cache(maxsize=1 << 12)
def _whole(key: str) -> re.Pattern[str]:
    """`key` as whole words: not "10" of "2010" or "1,100", nor «مايو» of «بمايو», nor "two"
    of "Twenty-two" (set t: "Twenty-… states" rejected as garbled); but «3.5» of «بـ3.5», a
    letter set apart by tatweel (set h: printed beside the gap keyed 3.5) or glued to a number
    («و6,508»); "Falcon 9" written "Falcon9" too (set k); not "9" of the time "9:10" (set n:
    "…:10 a.m.", garbled)."""
    spaced = " ?".join(map(re.escape, _NAME_THEN_NUMBER.split(key)))
    # A number Arabic writes a letter onto: «و6,508 حالات», «المتهم ال11» (set ia: printed).
    glued = rf"|(?<=(?<!\w)[{GLUED_LETTERS_AR}])|(?<=(?<!\w)ال)" if key[:1].isdigit() else ""
    return re.compile(
        rf"(?:(?<=\u0640)|(?<![\w.,]){glued})(?<!\d:)(?<![\w]-){spaced}(?![\w]|[.,:]\d)"
    )


_NAME_THEN_NUMBER = re.compile(r"(?<=[^\W\d_]) ?(?=\d)")
