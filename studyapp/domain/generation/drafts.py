"""Turning an extractor's finding into a Question: stable ids, sources, cloze gaps, shuffles."""

from __future__ import annotations

import hashlib
import random
import re
from functools import lru_cache

from ..questions import CLOZE_GAP, Answer, Question, Source
from ..text import normalize
from . import clauses, given, keys, number_keys, spellings
from .antecedents import with_antecedent
from .codes import known_count
from .counted_lists import counted_before
from .date_words import MONTHS_EN, WEEKDAYS_EN, month_of_a_list_shown
from .document import GLUED_LETTERS_AR, Document, Sentence, fold
from .gap_words_en import PREPOSITIONS_EN
from .headlines import (
    complement_of_subject,
    is_subject,
    named_by_title,
    nisba_shown,
    number_named_in_headline,
)
from .names import countries, given_names
from .nearforms import (
    cuts_a_named_group,
    glossed,
    ministry_shown,
    near_form_shown,
    other_script_span,
    region_after,
    splits_name,
    stem_shown,
)
from .number_pieces import (
    is_street_of_address,
    names_a_place_ar,
    names_a_title_or_short_year,
    second_end_of_range,
    splits_a_grouped_number,
    street_kind_after,
)
from .outlets import in_byline, in_told_outlet
from .piece_gaps import no_gap_of_its_own
from .quotation_marks import opened_quotation
from .trivial_spans import (
    a_bare_name_listed,
    a_contact_line,
    a_credited_agency,
    a_gloss,
    a_platform_posted_on,
    a_reporting_period,
    a_short_name_after_its_body,
    a_wins_points,
    counts_a_bracketed_list,
    counts_the_list_after,
    credited_outlet,
    in_a_run_of_numbers,
    in_phone_number,
    in_the_course_of,
    one_of_a_long_list,
    one_of_two_counts,
    round_the_clock,
    the_papers_own,
    the_reporter,
    the_setting,
)
from .wire_details import wire_detail

_QUOTES = '“”«»"„‟'
norm = lru_cache(maxsize=1 << 16)(normalize)


@lru_cache(maxsize=1 << 16)
def norm_keep_articles(text: str) -> str:
    return normalize(text, drop_articles=False)


def question_id(kind: str, start: int, end: int, answer: Answer, prompt: str = "") -> str:
    """'g-' and 10 hex of a hash over what the question is, so re-running keeps the id.

    The prompt is part of it: "who said X?" and "who holds role Y?" share source and answer.
    """
    text = " | ".join(answer) if isinstance(answer, list) else str(answer)
    digest = hashlib.sha1(f"{kind}:{start}:{end}:{text}:{prompt}".encode()).hexdigest()
    return "g-" + digest[:10]


def draft(
    doc: Document,
    kind: str,
    category: str,
    prompt: str,
    answer: Answer,
    start: int,
    end: int,
    confidence: float,
    *,
    choices: list[str] | None = None,
    explanation: str | None = None,
) -> Question:
    source = Source(start, end, doc.text[start:end])
    if kind == "cloze":
        prompt = opened_quotation(prompt)
    return Question(
        id=question_id(kind, start, end, answer, prompt),
        type=kind,
        prompt=prompt,
        answer=answer,
        source=source,
        category=category,
        choices=choices,
        explanation=explanation,
        confidence=max(0.0, min(1.0, confidence)),
    )


_DIGITS = re.compile(r"\d+")


def gives_away(prompt: str, answer: str) -> bool:
    """True when the normalised answer appears as whole words in the normalised prompt; a
    number only as a whole number ("2" is not in "2,000", nor "5" in "1.5")."""
    key = norm(answer)
    if not key:
        return True
    if _DIGITS.fullmatch(answer.strip()):
        return (
            re.search(rf"(?<![\d.,،٫:]){re.escape(answer.strip())}(?![\d]|[.,،٫:]\d)", prompt)
            is not None
        )
    # «هواتف iPhone 18 ____ وPro Max»: Arabic glues «و» to a Latin word or number after it.
    unglued = " " + norm(_CLITIC_ON_LATIN.sub(r"\1 ", prompt)) + " "
    if f" {key} " in unglued:
        return True
    # "فالكون 9" printed "فالكون9" by another sentence (set k: duplicate, both reviewers)
    glued = unspaced(key)
    return glued != key and f" {glued} " in unglued


def last_name_shown(prompt: str, key: str) -> bool:
    """True when a gap keyed by a name of two or three capitalised words prints its last word
    elsewhere: "____ surprised police …; when Emmons did not heed …" keyed "Marty Emmons" (set
    hu, both reviewers: given away)."""
    words = key.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return len(words[-1]) >= 3 and re.search(rf"\b{re.escape(words[-1])}\b", prompt) is not None


_NAME_NUMBER_SPACE = re.compile(r"(?<=[^\W\d_]) (?=\d)")


def unspaced(key: str) -> str:
    """A normalised key without the space between a name and its number: "falcon9"."""
    return _NAME_NUMBER_SPACE.sub("", key)


# And to a number: «حالة كوليرا و6,508 حالات وفاة» prints the 6,508 deaths another question
# asks (set ia: given away).
_CLITIC_ON_LATIN = re.compile(rf"(?<!\w)([{GLUED_LETTERS_AR}])(?=[A-Za-z0-9])")
# Words of the sentence a gap leaves to read around it.
_CONTEXT_WORDS = 2


_NUMBER_SIGN_NEXT = re.compile(r"\.\s*\d")
# The fraction of a decimal in the Jordanian agency's style, before its whole part: «6ر18».
_R_FRACTION_BEFORE = re.compile(r"(?<!\d)\d{1,3}ر ?$")
# The river or sea a town's name goes on with: "Sutton on Sea", "Newcastle upon Tyne".
_PLACE_TAIL = re.compile(r"Sea|Trent|Thames|Tyne|Avon|Tees|Wye|Severn|Hull|Lyne|Ouse")
_PLACE_TAIL_AFTER = re.compile(rf"[ -](?:on|upon|under)[ -](?:{_PLACE_TAIL.pattern})\b")
_PLACE_TAIL_BEFORE = re.compile(r"[A-Z][\w'-]+[ -](?:on|upon|under)[ -]$")
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$", re.IGNORECASE)


def cloze(
    doc: Document,
    sentence: Sentence,
    start: int,
    end: int,
    category: str,
    confidence: float,
    *,
    explanation: str | None = None,
    accept: list[str] | None = None,
) -> Question | None:
    """The sentence with text[start:end] replaced by the gap, or None when that would not work.

    The key is the gap's text; `accept` and the usual other forms of a name or a number (see
    keys.py) are accepted too."""
    start, end, titled = _narrow_to_name(doc, start, end)
    if titled:  # "Roman Emperor ____" keyed "Trajan": the title typed too is right
        accept = [*(accept or []), titled]
    if _POSSESSIVE.search(doc.text, start, end):
        end -= 2  # "Danone’s": the key is the name
    if cuts_a_named_group(doc.text, start, end):
        return None  # "the ____'s Soccer League" keyed "National Women", and its other half
    while end > start and doc.text[end - 1] in ")]" and not _opens_in(doc.text, start, end):
        end -= 1  # «(قضية رئيس منتدى ____)» keyed «رؤساء المؤسسات)»: the bracket is the text's
    decimal = _R_FRACTION_BEFORE.search(doc.text, max(0, start - 6), start)
    if decimal and category == "number":
        start = decimal.start()  # «بقيمة6ر ____» keyed «18 مليون»: «6ر18» is 18.6, one number
        accept = None  # the forms of its whole part ("18 مليون دولار") are no answer
    answer = doc.text[start:end].strip(" ،,.:؛;" + _QUOTES)
    if _OWNED_NAME.match(doc.text, end) and fold(answer).casefold() in countries("en"):
        return None  # "South Korea's Samsung": where a company is from, no fact of the story
    if not answer or CLOZE_GAP in sentence.text or not norm(answer):
        return None
    spelt = other_script_span(doc.text, start, end, answer, one_word=category in _NAMES)
    if spelt:  # "سي. سي. وي ____" keyed "C.C. Wei": the gap takes both spellings of the name
        other = (doc.text[spelt[0] : start] + doc.text[end : spelt[1]]).strip(" ()")
        accept = [answer, other, *(accept or [])]
        start, end = spelt
        answer = doc.text[start:end]
    if is_subject(doc, answer):
        return None  # "OpenAI ____" blanked out of an article about OpenAI
    if credited_outlet(doc.text, start):
        return None  # «وبحسب ما ترجمه “____”»: the site that carried the story, in any kind
    if a_gloss(answer) or (category in _NAMES and the_papers_own(doc.text, start, end)):
        return None  # «طليقين «____»» keyed «أي مخلى سبيلهم»; «"____" حضرت …» keyed «الوطن»
    if category in _NAMES and a_short_name_after_its_body(doc.text, start, end):
        return None  # «حركة مجتمع السلم “____”» keyed «حمس»: the name before spells it
    if in_byline(sentence, start, end) or in_told_outlet(doc, sentence, start, end):
        return None  # «القاهرة - كتبت سلمى فؤاد - أكدت …»: the writer, not the story
    if doc.article and _trivial_span(doc, sentence, start, end, category):
        return None  # "01 666 ____", one country of the 22 a festival lists
    if doc.language == "en" and len(answer.split()) > 1 and answer.split()[-1] in PREPOSITIONS_EN:
        return None  # "some of the ____ the bridge" keyed "supports under": a noun and half
        # of what follows it (set l: garbled, both reviewers)
    if category == "date" and _DATE_AFTER.match(doc.text, end) and fold(answer) in _WEEKDAY_KEYS:
        return None  # "meeting on ____, Sept. 17": the date after it names the weekday
    if category in _NAMES and _MODEL_AFTER.match(doc.text, end):
        return None  # "… and ____ 5A missions" keyed "Turksat": half of "Turksat 5A" (set ie)
    if _GLOSS_AFTER.match(doc.text, end):
        return None  # «وزارة الدفاع، أي المسؤوليات …»: the words after gloss the key (set m)
    if second_end_of_range(doc.text[max(sentence.start, start - 30) : start]):
        return None  # «من أربع إلى ____ سنوات»: the range is asked by its first end
    if category == "date" and doc.language == "ar" and names_a_place_ar(doc.text, start):
        return None  # «ساحتي الشهداء و أول ____» keyed «ماي»: the square's name
    if category in ("number", "fact") and doc.language == "en":
        if counted_before(doc.text, sentence.start, start, answer.split()[0]):
            return None  # "two of the ____ cases" after "nine new cases were reported"
    if no_gap_of_its_own(doc, sentence, start, end, answer, category, category in _NAMES):
        return None  # "Seven Vehicles", "the Ministry of Tourism, ____ and Culture" (piece_gaps)
    if category in _NAMES and named_by_title(doc, end):
        return None  # "the national ____ vaccination campaign" under "Coronavirus vaccination …"
    if norm(answer) in _YES_NO:
        return None  # '("____" or "no")': the other answer is in the prompt
    if glossed(doc.text, start, end, answer) or misread(answer):
        return None  # the second: "YesÃ¼n" is text read in the wrong encoding, not a key
    if splits_name(doc.text, start, end, answer):
        return None  # "E.I. du ____": half a name, the other half left in the prompt
    if category == "number" and number_named_in_headline(doc, start, end, answer):
        return None  # «لموديل ____» keyed 3 under «تفوق مبيعات تيسلا موديل 3 …»: the product
    if category == "place" and nisba_shown(
        doc.text[sentence.start : start] + " " + doc.text[end : sentence.end], answer
    ):
        return None  # «المحكمة العليا في ____ … الجنود البريطانيين»: the adjective says it
    if category in _NAMES and region_after(doc.text, end):
        return None  # «مهاجرين من ____ اللاتينية» keyed «أمريكا»: the region is another place
    if given.converted_before(doc.text[max(sentence.start, start - 40) : start]):
        return None  # "up to 10cm (almost ____ inches)": the figure before, in other units
    if doc.article and _SAINTS.match(answer) and _POSSESSIVE_NAME.match(doc.text, end):
        return None  # "At ____’s Boys National School" keyed "St. Joseph": half of one name
    if doc.article and category in _NAMES and _two_quoted_names_ar(doc, start, end, answer):
        return None  # «وضعت طفلين توأم"____"» keyed «عمر وتسبيح»: two names across «و»
    if doc.article and _SAINT_BEFORE.search(doc.text[max(0, start - 30) : start]):
        return None  # "At St. Joseph’s ____" keyed "Boys National School": the other half
    if _PLURAL_POSSESSIVE_NAME.match(doc.text, end) and answer.endswith("s"):
        return None  # "at ____' Court" keyed "Hartlepool Magistrates": a piece of the court's name
    if category in _NAMES and (
        _PLACE_TAIL_AFTER.match(doc.text, end)
        or _PLACE_TAIL_BEFORE.search(doc.text, max(0, start - 30), start)
        and _PLACE_TAIL.fullmatch(answer)
    ):
        return None  # "Alford and ____ on Sea's" keyed "Sutton": half of "Sutton on Sea" (set f)
    if doc.language == "en" and street_kind_after(doc.text, end):
        return None  # "Duckworth, of ____ Street, Burnley": half of a street's name
    if doc.language == "en" and wire_detail(doc.text, start, end, answer):
        return None  # "31 analysts polled by …", "____'s Sgt. Paul Brenneman", "____ South"
    if category in _NAMES and _TOLD_BEFORE.search(doc.text, max(0, start - 12), start):
        return None  # "Nabha told The ____" keyed "Indian Express": whom he told (venues.py)
    if names_a_title_or_short_year(doc.text, start, end):
        return None  # «ببرنامج ____ دقيقة» keyed 90, "'____-'09" keyed 08 (set ij)
    if splits_a_grouped_number(doc.text, start, end):
        return None  # "this year, 307 ____" keyed "804": half of "307 804" (set h: garbled)
    if answer.split()[-1] == "No" and _NUMBER_SIGN_NEXT.match(doc.text, end):
        return None  # "A ____. 2 sitting at …" keyed "High Court No": "No. 2" is its number
    digits: list[str] = []  # a number's own forms
    named = doc.resolve_person(answer) is not None
    if named:
        others = keys.person_forms(doc, answer)
    elif category in _NAMES:
        # «بليكس 7», "Mars 2020": a name's number alone is no answer; "Sheng" of "Sheng
        # Guangzu" is, where the article has "Sheng said".
        others = keys.called_by(doc, answer)
        others += keys.unspotted_person_forms(
            doc, answer, doc.text[end : end + 24], doc.text[max(0, start - 30) : start]
        )
    else:
        digits = number_keys.without_bare_coefficient(
            answer, number_keys.number_forms(answer, doc.language)
        )
        if (
            category == "fact"
            and doc.language == "en"
            and not _THE_BEFORE.search(doc.text[max(0, start - 5) : start])
        ):
            # "killing at least ____" keyed "five people": "five", "5" ("the two sides" points
            # back at the parties named: no count)
            digits += number_keys.count_alone_en(answer)
        if start and doc.text[start - 1] in "$£€" and re.fullmatch(r"\d+(?:\.\d+)?m", answer):
            digits.append(f"{answer[:-1]} million")  # "$____" keyed "40m" (set f: wrong key)
        others = list(digits)
    if category in _NAMES and doc.language == "en":
        others += keys.paired_given_forms(answer, doc.text[max(0, start - 25) : start])
    others += keys.other_forms(answer, doc.text)
    if doc.article:  # "Taskforce" where the story writes "Task Force" too (set j)
        index = doc.once("spellings", lambda d: spellings.spellings_by_letters(d.text))
        others += spellings.spaced_forms(answer, index)
    # "Layoff Yudof", a placard's words: "Yudof" alone is Mark Yudof, another answer.
    others = [o for o in others if not _another_person(doc, answer, o)]
    if category in _NAMES and not named:  # "said Ginhoft" after "Amanda Gintoft": her, misspelt
        others += keys.misspelt_person_forms(doc, answer)

    def shown(where: Sentence) -> bool:
        return _shown(where, start, end, answer, category, doc.language)

    # "… إلى ____ دولار، وهو ما دفع "وي" إلى وصف هوانغ بأنه "رجل الخمسة تريليونات"": the other
    # clause gives the answer away; the gap's own clause is asked alone. A phrase of the broad
    # net ("fact") is not worth the cut: its sentence has other gaps to ask.
    if category == "fact":
        asked = None if shown(sentence) else sentence
    else:
        asked = clauses.asked_in(sentence, start, end, shown)
    if asked is None:
        return None
    sentence = asked if isinstance(asked, clauses.Clause) else with_antecedent(doc, asked)
    prompt = _gapped(sentence, start, end)
    if sum(not start <= t.start < end for t in sentence.tokens) < _CONTEXT_WORDS:
        return None  # a line of a list, "Dewey Creek Road", is all gap: nothing to go on
    # A form the prompt shows is no answer to type, but a number's own digits are, wherever
    # else the prompt shows them: "dropped ____ below the 20 year average" keyed "20 per cent"
    # takes "20" and "20%".
    own = set(digits) if category == "number" else set()
    others = [o for o in [*others, *(accept or [])] if o in own or not gives_away(prompt, o)]
    # Forms the grader would take anyway ("80" for "80%") are still listed: the teacher sees them.
    others = list(dict.fromkeys(o for o in others if o != answer))
    parts = keys.glossed_parts(answer) if doc.language == "ar" else None
    if parts:  # «____» keyed «تصوير الثدي الشعاعي mammography»: the Arabic term is the key
        others = [answer, parts[1], *(o for o in others if o not in parts)]
        answer = parts[0]
    shown = _FOOTNOTE.sub("", prompt)  # "… in ____.[21]": the encyclopaedia's marks, not text
    shown = re.sub(r"\s*\n\s*", " ", shown)  # the sentence before, from the paragraph before
    if isinstance(sentence, clauses.Clause):
        shown = clauses.closed(shown)
    question = draft(
        doc,
        "cloze",
        category,
        shown,
        [answer, *others],
        sentence.start,
        sentence.end,
        confidence,
        explanation=explanation,
    )
    if shown != prompt:
        question.extra["gap"] = (start, end)  # the prompt no longer mirrors the source
    if sentence.start < asked.start:
        question.extra["antecedent"] = True  # windows.narrow keeps the sentence before it
    return question


def _another_person(doc: Document, answer: str, form: str) -> bool:
    """True when `form` names one of the article's people that `answer` does not."""
    person = doc.resolve_person(form)
    return person is not None and doc.resolve_person(answer) is not person


# A saint's name with its possessive inside a longer name: "St. Joseph’s Boys National School".
_SAINTS = re.compile(r"^(?:St\.?|Saint|Ste\.?)\s")
_POSSESSIVE_NAME = re.compile(r"['’]s\s+[A-Z]")
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w-]*['’]s\s+$")
_PLURAL_POSSESSIVE_NAME = re.compile(r"['’]\s+[A-Z]")


def _opens_in(text: str, start: int, end: int) -> bool:
    """True when the bracket closing text[start:end] opens inside it too: "(AWS)" is whole."""
    closing = text[end - 1]
    return text.count("(" if closing == ")" else "[", start, end) >= text.count(closing, start, end)


def _gapped(sentence: Sentence, start: int, end: int) -> str:
    a, b = start - sentence.start, end - sentence.start
    return sentence.text[:a] + CLOZE_GAP + sentence.text[b:]


def _shown(
    sentence: Sentence, start: int, end: int, answer: str, category: str, language: str
) -> bool:
    """True when the sentence around the gap gives its answer away: as it stands, by a near
    form of its words, or a number the answer spells out written in digits beside it."""
    prompt = _gapped(sentence, start, end)
    if gives_away(prompt, answer):
        return True
    if category == "date" and month_of_a_list_shown(prompt, answer):
        return True  # «… في ____ 6.2%، وفي أكتوبر 6.4%»: the calendar fills a list's month
    if category in ("number", "date"):
        return False  # dates.py sees to numbers spelled out beside themselves
    a, b = start - sentence.start, end - sentence.start
    return (
        stem_shown(prompt, answer, language)
        or near_form_shown(prompt, answer)
        or ministry_shown(prompt, answer)
        or given.spelled_beside(sentence.text, a, b)
        or known_count(sentence.text, a, b)
    )


_FOOTNOTE = re.compile(r"\[(?:\d{1,3}|update|citation needed|تحديث|بحاجة لمصدر)\]")


_NAMES = ("entity", "place")  # categories of gaps on names
# A model's or a mission's code after a name: "Turksat 5A", "Galaxy S24", "Airbus A350".
_MODEL_AFTER = re.compile(r" (?:\d+[A-Z]{1,3}|[A-Z]\d+[A-Za-z]?)\b")
_GLOSS_AFTER = re.compile(r"[\s،,]*(?:أي|اي|i\.e\.|that is,)\s", re.IGNORECASE)
# A date right after a weekday: "on Wednesday, Sept. 17", "Friday, March 3".
_DATE_AFTER = re.compile(rf",?\s+(?:{MONTHS_EN}|[A-Z][a-z]{{2,3}}\.)\s*\d", re.IGNORECASE)
_WEEKDAY_KEYS = frozenset(fold(day) for day in WEEKDAYS_EN)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_YES_NO = frozenset({"yes", "no", "نعم", "لا"})


_POSSESSIVE = re.compile(r"['’]s$")


# A possessive and the name it owns: "South Korea's Samsung".
_OWNED_NAME = re.compile(r"['’]s\s+[A-Z]")
# Text read in the wrong encoding: "YesÃ¼n", "åˆ¶", "K¼l¼¼" (two Latin-1 signs in a row, which no
# Arabic or English word has), or the replacement character.
_MOJIBAKE = re.compile(r"[\u00a0-\u00ff][\u0080-\u00ff\u02c6\u20ac\u2122\u0161\u0153]|\ufffd")


def misread(text: str) -> bool:
    """True for text read in the wrong encoding, which no question should show, or for an
    Arabic word a rewrite gave both the article and a pronoun: «ما مساحة الإنشاؤه؟» of «الذي
    سيتم إنشاؤه بمساحة …» (set l: garbled, both reviewers)."""
    return _MOJIBAKE.search(text) is not None or _ARTICLE_AND_PRONOUN_AR.search(text) is not None


_ARTICLE_AND_PRONOUN_AR = re.compile(r"(?<![\w])ال[\u0621-\u064a]+[ؤئء](?:ه|ها|هم)(?!\w)")


# A direction of travel before a line's or a road's name: "Westbound Piccadilly line".
_BOUND = re.compile(r"(?:North|South|East|West)bound\s+")


def _narrow_to_name(doc: Document, start: int, end: int) -> tuple[int, int, str]:
    """A gap that holds a person's name and more ("Prime Minister Imran Khan", "Roman Emperor
    Trajan") keeps the name; the third item is the title and name, when a title was cut."""
    span = doc.text[start:end]
    bound = _BOUND.match(span)
    if bound and len(span.split()) > 1:
        return start + bound.end(), end, ""  # "____ line services" keyed "Piccadilly"
    for person in doc.people.values():
        # A whole word, or one carrying «و/ب/ل/ف»: not "سي" (of "سي. سي. وي") inside «هسينشو»
        found = re.search(rf"(?:(?<!\w)|(?<=(?<!\w)[وبلف])){re.escape(person.name)}(?!\w)", span)
        if found and len(person.name) < len(span.strip()):
            return start + found.start(), start + found.end(), ""
    named = keys.titled_name(span)
    if named is None:
        return start, end, ""
    return start + named[1], start + named[2], span[named[0] : named[2]]


_OPENING_MARKS = '"“«‘'


def gap_span(question: Question) -> tuple[int, int] | None:
    """Article offsets of the text a cloze blanks out, read off its prompt and source."""
    if question.type != "cloze" or CLOZE_GAP not in question.prompt:
        return None
    if "gap" in question.extra:
        start, end = question.extra["gap"]
        return start, end
    prompt, text = question.prompt, question.source.text
    # An opening mark the prompt gained for a quotation its sentence began before
    # (quotation_marks.opened_quotation) stands in no offset of the article.
    lead = 1 if prompt[:1] in _OPENING_MARKS and prompt[:1] != text[:1] else 0
    at = prompt.index(CLOZE_GAP) - lead
    removed = len(text) - (len(prompt) - lead - len(CLOZE_GAP))
    return question.source.start + at, question.source.start + at + removed


def shuffled(items: list[str], seed: str, *, avoid_order: list[str] | None = None) -> list[str]:
    """A stable shuffle of `items`; never equal to `avoid_order` when that is given."""
    rng = random.Random(int(hashlib.sha1(seed.encode()).hexdigest()[:12], 16))
    result = list(items)
    rng.shuffle(result)
    if avoid_order is not None and result == avoid_order and len(result) > 1:
        result = result[1:] + result[:1]
    return result


def shorten(text: str, words: int = 18) -> str:
    """At most `words` words of `text`, quote marks and edge punctuation dropped."""
    text = re.sub(f"[{_QUOTES}]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ،,.:؛;…")
    parts = text.split(" ")
    if len(parts) <= words:
        return text
    # «الاتفاق يسعى للعودة إلى مكانه الطبيعي، رغم غياب …»: the main clause whole, without the
    # concession or cause a comma adds, rather than both cut mid-phrase.
    aside = [m.start() for m in _ASIDE.finditer(text) if len(text[: m.start()].split()) <= words]
    if aside and len(text[: aside[-1]].split()) >= _MAIN_CLAUSE:
        return text[: aside[-1]].rstrip(" ،,.:؛;")
    return " ".join(parts[:words]).rstrip(" ،,.:؛;") + " …"


# A comma and a word that opens a concession or a cause added to the main clause.
_ASIDE = re.compile(
    r"\s*[،,]\s+(?=(?:رغم|بالرغم|على الرغم|بسبب|despite|although|though|even though|because)\b)",
    re.IGNORECASE,
)
_MAIN_CLAUSE = 6  # words the main clause keeps at least, else the cut is mid-phrase


def mcq(
    doc: Document,
    category: str,
    prompt: str,
    answer: str,
    distractors: list[str],
    start: int,
    end: int,
    confidence: float,
    explanation: str | None = None,
) -> Question | None:
    """A multiple-choice question, or None with fewer than three distinct choices."""
    seen = {norm_keep_articles(answer)}
    options = [answer]
    for item in distractors:
        if len(options) == 4:
            break
        key = norm_keep_articles(item)
        if key and key not in seen:
            seen.add(key)
            options.append(item)
    if len(options) < 3 or gives_away(prompt, answer):
        return None
    choices = shuffled(options, f"{prompt}|{answer}")
    return draft(
        doc,
        "mcq",
        category,
        prompt,
        answer,
        start,
        end,
        confidence,
        choices=choices,
        explanation=explanation,
    )


def _two_quoted_names_ar(doc: Document, start: int, end: int, answer: str) -> bool:
    """True for two Arabic names joined by «و» inside one pair of quotation marks."""
    if doc.language != "ar" or doc.text[max(0, start - 3) : start].strip()[-1:] not in _QUOTES:
        return False
    return any(
        w.startswith("و")
        and not w.startswith("وال")
        and len(w) > 3
        and fold(w) not in given_names("ar")
        for w in answer.split()[1:]
    )


def _trivial_span(doc: Document, sentence: Sentence, start: int, end: int, category: str) -> bool:
    """A piece of a phone number, or a name that is one item of a long list (trivial_spans)."""
    if in_phone_number(doc.text, start, end) or a_wins_points(doc.text, start, end):
        return True
    if category == "number" and (
        a_reporting_period(doc.text, start, end) or round_the_clock(doc.text, start, end)
    ):
        return True
    if a_platform_posted_on(doc.text, start, end) or in_the_course_of(doc.text, start):
        return True
    if category in _NAMES and the_reporter(doc.text, start):
        return True
    if a_contact_line(sentence.text):
        return True  # "can call 1-888-414-8022 between 9 a.m. and ____ p.m.": the line's hours
    if category in _NAMES and is_street_of_address(doc.text, start, end):
        return True
    if category in _NAMES and a_credited_agency(doc.text, start, end):
        return True
    if category in _NAMES and doc.language == "en" and a_bare_name_listed(doc.text, start, end):
        return True
    if category in _NAMES and complement_of_subject(doc, sentence.start, start):
        return True  # «تستكمل أمانة ____» under «الأمانة تباشر …»: the article's own body
    if category in _NAMES and the_setting(doc, doc.text[start:end]):
        return True  # "And ____ is in the second category" keyed "Nigeria" (set n: trivial)
    if one_of_two_counts(doc.text, start, end) or in_a_run_of_numbers(doc.text, start, end):
        return True
    if doc.language == "en" and counts_the_list_after(doc.text, start, end, sentence.end):
        return True
    if counts_a_bracketed_list(doc.text, start, end, sentence.end):
        return True
    inside = sentence.start <= start and end <= sentence.end
    return (
        category in _NAMES
        and inside
        and one_of_a_long_list(sentence.text, start - sentence.start, end - sentence.start)
    )
