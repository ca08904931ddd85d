"""Arabic counts asked with «كم» (counts.py): after «أن/إن», a subject that holds a definite
noun, an imperfect verb, perhaps a preposition, then the number and what it counts.

«أن الوزارة تعمل على 14 موقعا» asks «على كم موقعا تعمل الوزارة؟»; a sum of money «كم يكلف
تجهيز الآبار …؟»; «أن الزمن المتوقع … هو 48 ساعة» asks «ما الزمن المتوقع …؟». The counted
noun follows «كم» in the accusative singular: as written after 11 to 99, with tanween after a
hundred or a thousand. After 3 to 10 Arabic writes a plural, which no rule here turns back
into its singular: not asked.

A count of «عدد» needs no noun after «كم» at all: «ارتفع عدد ضحايا الفيضانات إلى 48 قتيلا»
asks «كم بلغ عدد ضحايا الفيضانات؟», and «الفنيين والبالغ عددهم 60 شخصا» «كم يبلغ عدد الفنيين؟»;
so does a measure that names itself: «بلغت قيمة الصادرات 20 مليار ريال» «كم بلغت قيمة الصادرات؟».

Other clauses a count stands in are read too: a figure given «بقيمة/بنسبة» (valued_ar.py), a
count after «هناك» («كم فدانًا أصبحت جاهزة …؟»), after a verb that opens its sentence and after
a passive «تم» with a preposition (arabic_clauses.py).
"""

from __future__ import annotations

import re

from . import valued_ar
from .arabic_clauses import NOT_VERBS_AR, RELATIVES_AR, THAT_AR, done_clause, opening_verb
from .arabic_roles import carries_pronoun_ar
from .document import Document, Token, fold
from .money import currency
from .number_keys import NUMBER
from .number_kinds import value
from .precision import AUXILIARIES_AR, COMPLEMENTS_AR, looks_like_verb_ar
from .spelled import MULTIPLIERS
from .token_spans import ends_clause, spaced_only, to_clause_end, words_of

_MAX_SUBJECT = 9

_COPULA_AR = frozenset(fold(w) for w in "هو هي".split())
_PREPOSITIONS_AR = frozenset(fold(w) for w in "إلى الى على في".split())
_TO_AR = frozenset(fold(w) for w in "إلى الى".split())
# «ما يقارب», «ما يناهز», «ما يقرب»: "about", before a count; «يزيد» says "more than".
_NEARLY_AR = frozenset(fold(w) for w in "يقارب يناهز يقرب".split())
_WHAT_AR = fold("ما")
# What a number measures, named before it; the question's verb agrees with it.
_MEASURES_AR = frozenset(
    fold(w) for w in "عدد أعداد حصيلة قيمة تكلفة حجم مساحة طول إجمالي نسبة معدل متوسط سعر".split()
)
_THEIR_COUNT_AR = frozenset(fold(w) for w in "عددهم عددها".split())
_AMOUNTING_AR = frozenset(fold(w) for w in "البالغ البالغة والبالغ والبالغة".split())
# Verbs a count reaches by («بلغ عدد …», «ارتفع عدد … إلى»): the question asks what it reached.
_REACHES_AR = frozenset(
    fold(w) for w in "بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل ارتفع ارتفعت يرتفع ترتفع".split()
)
# Their nouns, which a report opens with: «أعلنت الوزارة ارتفاع عدد الإصابات إلى 56 حالة».
_REACHING_AR = frozenset(fold(w) for w in "ارتفاع بلوغ وصول".split())
_MAX_COUNTED = 6
_PER_AR = fold("لكل")
_THERE_IS_AR = frozenset(fold(w) for w in "هناك هنالك يوجد توجد".split())
_FOR_AR = frozenset(fold(w) for w in "لـ ل".split())
_DEMONSTRATIVES_AR = frozenset(fold(w) for w in "هذه هذا".split())
_OPEN_ENDS_AR = frozenset(fold(w) for w in "من عن بين".split())
# Particles before an imperfect verb: «قد يبلغ», «سوف تصل».
_PARTICLES_AR = frozenset(fold(w) for w in "قد لقد سوف".split())


_SCORE = re.compile(r"\d\s?[-–]\s?\d")
# A noun «ب» is written on that a count completes: «برصيد 29 نقطة», «بمجموع 40 هدفا».
_WITH_A_NOUN_AR = re.compile(r"ب(?!ال)\w{3,}")
# Nouns whose own first letter is «ب», no «ب» of "with": «تحليل بيانات 54 ألف حالة» asked
# «بيانات كم حالةً استندت الدراسة إلى تحليل؟» (set id: garbled).
_NOUNS_IN_B_AR = frozenset(
    fold(w)
    for w in """بيانات بطولة بطولات برنامج برامج بحث بحوث بنك بنوك بلدية بلد بلدان بعثة بناء
    بيت بيوت بيع بند بنود بطاقة بطاقات بضائع بضاعة بقايا""".split()
)
_UNDER_AR = frozenset(fold(w) for w in "دون تحت".split())


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """The question, key and further answers for the count in tokens[first:last + 1]."""
    counted = _count_of(doc, tokens, first, last) or valued_ar.asked(doc, tokens, first, last)
    if counted is not None:
        return counted
    key = words_of(doc.text, tokens[first : last + 1])
    if _SCORE.search(doc.text, tokens[first].start, tokens[last].end + 4):
        return None  # «انتهى الشوط الأول بنتيجة 19-13»: a score, no count («كم لصالح …؟»)
    if first > 0 and tokens[first - 1].key in _UNDER_AR:
        return None  # «للناشئين دون 19 عاما»: an age group's name, no count of years
    if doc.text[max(0, tokens[first].start - 5) : tokens[first].start].rstrip().endswith("الـ"):
        return None  # «الرجل صاحب الـ 39 عامًا»: the man's age, no count the clause makes
    after = last + 1
    scale = after < len(tokens) and tokens[after].key in MULTIPLIERS
    scaled = scale or any(t.key in MULTIPLIERS for t in tokens[first : last + 1])
    count_end = after + 1 if scale else after
    if count_end >= len(tokens):
        return None
    noun = tokens[count_end]
    if not spaced_only(doc.text, tokens[first : count_end + 1]) or not noun.is_arabic:
        return None
    if count_end + 1 < len(tokens) and tokens[count_end + 1].key == _PER_AR:
        return None  # «12 حادثا لكل 100 ألف نسمة»: a rate, which «كم حادثا …؟» would drop
    count = words_of(doc.text, tokens[first:count_end])
    at = first - 1
    qualifier = tokens[at].text if at >= 0 and tokens[at].key in valued_ar.ABOUT_AR else ""
    about = [f"{qualifier} {count}", f"{qualifier} {count} {noun.text}"] if qualifier else []
    at -= 1 if qualifier else 0
    if (
        not qualifier
        and at >= 1
        and tokens[at].key in _NEARLY_AR
        and tokens[at - 1].key == _WHAT_AR
    ):
        at -= 2  # «بلغ ما يقارب 136 ألف طالب»: "about", no verb of the count's own
    # «أن الزمن المتوقع … هو 48 ساعة»: "What is …?", the count and its noun the answer.
    if at >= 1 and tokens[at].key in _COPULA_AR and ends_clause(doc.text, noun.end):
        subject = _subject_ar(doc, tokens, at)
        if subject is None:
            return None
        return f"ما {subject}؟", f"{count} {noun.text}", [count, *about]
    preposition = ""
    if at >= 0 and tokens[at].key in _PREPOSITIONS_AR:
        preposition, at = tokens[at].text, at - 1
    elif at >= 0 and tokens[at].key in _FOR_AR:
        preposition, at = "ل", at - 1  # «لـ 500 مستفيد»: «لكم مستفيدًا …؟»
    lead = f"{preposition} " if len(preposition) > 1 else preposition
    if noun.key in NOT_VERBS_AR:
        return None  # «85 في المائة»: a share, not a count of things
    if at >= 0 and tokens[at].key in _THERE_IS_AR and not preposition:
        rest = _rest_of_clause(doc, tokens, count_end + 1)
        counted = _accusative(noun.text, _number(key), scaled)
        if not rest or counted is None or currency(noun.key):
            return None
        return f"كم {counted} {rest}؟", count, [f"{count} {noun.text}", *about]
    done = done_clause(doc, tokens, at) if preposition else None
    counted = _accusative(noun.text, _number(key), scaled)
    if done is not None and counted is not None and not currency(noun.key):
        return f"{lead}كم {counted} {done}؟", count, [f"{count} {noun.text}", *about]
    if preposition == "ل":
        return None
    if at < 1 or not looks_like_verb_ar(tokens[at]) or tokens[at].key[:1] not in "يت":
        if (
            not lead
            and at >= 2
            and _WITH_A_NOUN_AR.fullmatch(tokens[at].key)
            and tokens[at].key not in _NOUNS_IN_B_AR
        ):
            # «ويتصدر الهلال المسابقة برصيد 29 نقطة»: «برصيد كم نقطة يتصدر …؟», not «كم نقطة
            # يتصدر الهلال المسابقة برصيد؟» (set s: garbled, both reviewers)
            lead, at = f"{tokens[at].text} ", at - 1
        opening = opening_verb(doc, tokens, at)
        if opening is None or counted is None or currency(noun.key):
            return None
        return f"{lead}كم {counted} {opening}؟", count, [f"{count} {noun.text}", *about]
    # «أن محصول الحبوب قد يبلغ 44 مليون قنطار»: the particle goes with its verb.
    opens = at - 1 if at >= 2 and tokens[at - 1].key in _PARTICLES_AR else at
    verb = words_of(doc.text, tokens[opens : at + 1])
    if opens >= 1 and _described_noun(tokens[opens - 1]):
        return None  # «المصنع الذي أقيم … باستثمارات تبلغ 650 مليون دولار»: the verb describes
        # the noun before it, and «كم تبلغ المصنع …؟» asked the factory (set y: garbled)
    subject = _subject_ar(doc, tokens, opens)
    if subject is None or not spaced_only(doc.text, tokens[opens:first]):
        return None
    if currency(noun.key):
        return f"{lead}كم {verb} {subject}؟", count, [f"{count} {noun.text}", *about]
    counted = _accusative(noun.text, _number(key), scaled)
    if counted is None:
        return None
    return f"{lead}كم {counted} {verb} {subject}؟", count, [f"{count} {noun.text}", *about]


def _described_noun(token: Token) -> bool:
    """True for an indefinite noun under «ب» or «ل» («باستثمارات», «بقيمة»): a verb straight
    after it opens a clause that describes it, no sentence of its own."""
    key = token.key
    return key[:1] in "بل" and len(key) > 4 and key[1:3] != "ال" and not looks_like_verb_ar(token)


def _rest_of_clause(doc: Document, tokens: list[Token], start: int) -> str:
    """«أصبحت جاهزة للاستزراع بالمرحلة الأولى» after «هناك 300 ألف فدان»: the words from token
    `start` to the end of the clause, a few and without a number or a pronoun pointing back."""
    return to_clause_end(doc.text, tokens, start, _MAX_SUBJECT, refuse=_points_back)


def _count_of(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """ "How many" of «عدد X»: «بلغ/ارتفع عدد X (إلى) N» asks «كم بلغ عدد X؟» (in the present
    for a present verb), and «X والبالغ عددهم N» asks «كم يبلغ عدد X؟»."""
    end = last + 1
    if end < len(tokens) and tokens[end].key in MULTIPLIERS:
        end += 1  # «300 ألف»: the thousand is part of the count
    count = bare = words_of(doc.text, tokens[first:end])
    if doc.text[tokens[end - 1].end :].lstrip()[:1] == "%":  # «12%»: the sign in the key
        count = doc.text[tokens[first].start : doc.text.index("%", tokens[end - 1].end) + 1]
    noun = tokens[end] if end < len(tokens) and tokens[end].is_arabic else None
    if noun is not None and noun.key.startswith("وال"):
        noun = None  # «300،000 والأجانب»: the next item of a list, not what is counted
    at = first - 1
    qualifier = ""
    if at >= 0 and tokens[at].key in valued_ar.ABOUT_AR:
        qualifier, at = tokens[at].text, at - 1
    if at >= 0 and tokens[at].key in _TO_AR:
        at -= 1
    if at < 1:
        return None
    if tokens[at].key in _THEIR_COUNT_AR and tokens[at - 1].key in _AMOUNTING_AR:
        nouns = _definite_run(doc, tokens, at - 1)
        question = f"كم يبلغ عدد {nouns}؟" if nouns else None
    else:
        question = _reached(doc, tokens, at)
    if question is None:
        return None
    with_noun = (
        [f"{count} {noun.text}"] if noun and spaced_only(doc.text, tokens[at : end + 1]) else []
    )
    about = [f"{qualifier} {form}" for form in [count, *with_noun]] if qualifier else []
    return question, count, [*([bare] if bare != count else []), *with_noun, *about]


# «حيث», «إذ»: a clause that says more of what the sentence named before it.
_WHERE_AR = frozenset(fold(w) for w in "حيث إذ اذ".split())


def _reached(doc: Document, tokens: list[Token], at: int) -> str | None:
    """«كم بلغ عدد ضحايا الفيضانات في الإقليم؟» of «ارتفع عدد ضحايا الفيضانات في الإقليم»,
    tokens up to `at`: a verb of reaching, «عدد» or another measure, then what it measures, a
    few words without a verb, a break or a pronoun whose noun the question would not show
    («عدد سكانها»)."""
    lowest = max(1, at - _MAX_COUNTED)
    word = next((k for k in range(at, lowest - 1, -1) if tokens[k].key in _MEASURES_AR), None)
    if word is None or word == at:
        return None
    verb, counted = tokens[word - 1], tokens[word + 1 : at + 1]
    bare = verb.key[1:] if verb.key[:1] in "وف" and verb.key not in _REACHES_AR else verb.key
    reaching = bare in _REACHING_AR or verb.key in _REACHING_AR
    if not (bare in _REACHES_AR or reaching) or not spaced_only(
        doc.text, tokens[word - 1 : at + 1]
    ):
        return None
    if word >= 2 and tokens[word - 2].key in _WHERE_AR:
        return None  # «تصدرت ولاية لبراكنه …، حيث بلغت نسبة المشاركة 37%»: the region's, not all
    if any(not t.is_arabic or looks_like_verb_ar(t) or _points_back(t) for t in counted):
        return None
    if counted[-1].key in _PREPOSITIONS_AR | _OPEN_ENDS_AR:
        return None  # «نسبة العرب من 75% إلى 80%»: the words go on past the number
    measure = tokens[word].text
    feminine = measure.endswith("ة")
    if bare[:1] in "يت" and not reaching:
        tense = "تبلغ" if feminine else "يبلغ"
    else:
        tense = "بلغت" if feminine else "بلغ"
    return f"كم {tense} {measure} {words_of(doc.text, counted)}؟"


def _points_back(token: Token) -> bool:
    """A pronoun's noun the question would not show: «سكانها», «فيه», «ذروته», or a relative
    «ما/الذي» whose clause it would cut."""
    if token.key in _DEMONSTRATIVES_AR:
        return False
    # «فيه»: a preposition with its pronoun, too short for carries_pronoun_ar's count
    return carries_pronoun_ar(token) or token.key in RELATIVES_AR | COMPLEMENTS_AR


def _definite_run(doc: Document, tokens: list[Token], before: int) -> str | None:
    """The definite words just before token `before` («المسعفين», «الفنيين المصريين»)."""
    k = before
    while k > 0 and before - k < 3 and tokens[k - 1].key.startswith("ال"):
        k -= 1
    if k == before or not spaced_only(doc.text, tokens[k : before + 1]):
        return None
    return words_of(doc.text, tokens[k:before])


def _subject_ar(doc: Document, tokens: list[Token], before: int) -> str | None:
    """The words between «أن/إن» and token `before`, when they read as a subject: a few words
    without a verb or a break, one of them definite («تجهيز الآبار اللازمة لمشروع …»)."""
    lowest = max(0, before - _MAX_SUBJECT - 1)
    that = next((k for k in range(before - 1, lowest - 1, -1) if tokens[k].key in THAT_AR), None)
    if that is None or before - that < 2:
        return None
    words = tokens[that + 1 : before]
    text = doc.text[words[0].start : words[-1].end]
    opening = doc.text[tokens[that].end : words[0].start].strip(' “«"')
    if opening or not spaced_only(doc.text, words) or any(looks_like_verb_ar(t) for t in words):
        return None
    if any(t.key in AUXILIARIES_AR for t in words):
        return None  # «أن الباص كان يقل 51 مقيم»: «كان» goes with the verb, not the subject
        # (short news: «كم مقيم يقل الباص كان؟», garbled)
    if not any(t.key.startswith("ال") or t.key.startswith("وال") for t in words[:2]):
        return None
    return text


def _number(key: str) -> float:
    """The value of the key's number: 20 for «20 مليار»."""
    found = NUMBER.search(key)
    return value(found.group()) if found else 0.0


def _accusative(noun: str, value: float, scaled: bool) -> str | None:
    """The counted noun as «كم» takes it: the accusative singular. After 11 to 99 the article
    wrote it so already («14 موقعا»); after a hundred, a thousand or a million it wrote the
    genitive singular («1300 بئر»), which takes tanween; after 3 to 10 it wrote a plural."""
    if value != int(value):
        return None
    if not scaled and 11 <= value <= 99:
        return noun
    if not scaled and value < 100:
        return None
    if noun.endswith(("اً", "ًا")):
        return noun  # «1140669 هكتاراً»: written in the accusative already
    if noun.endswith("ة"):
        return noun + "ً"
    if noun.endswith(("ا", "ى", "ء")):
        return None
    return noun + "ًا"
