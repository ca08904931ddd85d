"""What a teacher would keep of the generic phrase clozes: gaps worth asking about.

The phrase extractor casts a broad net; these rules throw back what no teacher would ask:
a gap on a function word, an auxiliary or a lone verb, on a word every article uses, on half a
construct or half a prepositional phrase, or one that leaves too little of the sentence to read.
"""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from .codes import is_code, is_locator, lost_words
from .date_words import WEEKDAYS_AR
from .document import (
    QUOTE,
    SPEECH_VERBS_AR,
    SPEECH_VERBS_EN,
    STOP_AR,
    STOP_EN,
    Sentence,
    Token,
    fold,
)
from .document import strip_clitic as _strip

# Folded. Pronouns, particles and auxiliaries that STOP_AR leaves to the chunker's length test.
FUNCTION_WORDS_AR = STOP_AR | frozenset(
    fold(w)
    for w in """أننا إننا أنني إنني أنك أنكم أنهم إنهم أنهما لدينا لديه لديها لديهم لدي نحن أنتم
    وليس وليست ومع فإن وإن لأن ولأن ذلك لذلك وذلك هذا هذه وهذا هناك هنا بينما كيف أيضا
    إلا لكي فيما عما بما ربما مع معا حاليا دائما أحيانا وأحيانا كثيرا قليلا جدا بشكل بعض وبعض
    إشارة باعتباره بأنه بأنها بأنفسنا بنفسه بنفسها نفسه نفسها""".split()
)
AUXILIARIES_AR = frozenset(
    fold(w)
    for w in """يمكن يمكنه يمكنها تمكن يتمكن تتمكن نتمكن يجب ينبغي يصبح تصبح أصبح أصبحت صار
    يكون تكون يكونون كان كانت كانوا ظل ظلت يظل تظل بات باتت يبدو تبدو بدا يعني تعني يتم تتم تم
    بدأ بدأت يبدأ تبدأ نبدأ أريد يريد تريد نريد يريدون أعتقد يعتقد تعتقد نعتقد أظن أفكر يفكر
    يستطيع تستطيع نستطيع استطاع عاد يعود تعود زال يزال تزال ليس ليست يحتاج تحتاج نحتاج سيكون
    ستكون سوف لم لن قد""".split()
)
# Words nearly every article uses: a gap on one alone tests nothing about this article.
COMMON_AR = frozenset(
    fold(w)
    for w in """العالم المستقبل الأرجح البداية النهاية الانتقال الوقت الحالي الآن اليوم الأمر
    الأمور شيء أمر مرة العام الماضي المقبل الحديث العمل الناس الجميع الطريقة السبب النتيجة
    المرحلة الخطوة جزء الجزء عدد العدد نوع النوع شكل الشكل مكان المكان حال الحال طريق فترة
    الفترة الكثير القليل الأول الثاني الأخير أخيرا لاحقا بعضهم واحد واحدة كبير كبيرة
    الكبيرة أصل""".split()
)
# Words that carry a pronoun and complete the phrase before them ("الخاصة به").
COMPLEMENTS_AR = frozenset(
    fold(w)
    for w in """به بها بهم له لها لهم لنا منه منها منهم عنه عنها عنهم فيه فيها فيهم عليه عليها
    عليهم إليه إليها إليهم لديه لديها لدينا معه معها معهم""".split()
)
FUNCTION_WORDS_EN = STOP_EN | frozenset(
    """am isn't aren't wasn't weren't don't doesn't didn't won't can't cannot it's that's there's
    i'm we're they're you're he's she's us ours yours theirs hers mine myself yourself itself
    themselves ourselves himself herself yet though although because however therefore thus
    whether either neither nor via per upon among within without against across through nobody
    anybody somebody everybody everyone someone anyone nothing something anything everything
    never always often again""".split()
)
AUXILIARIES_EN = frozenset(
    """become becomes became get gets got getting go goes went going make makes made making take
    takes took taking seem seems seemed want wants wanted think thinks thought need needs needed
    let lets begin begins began start starts started help helps helped keep keeps kept use used
    uses using try tries tried come comes came say tell told know knew known see saw seen""".split()
)
COMMON_EN = frozenset(
    """world future time times way ways thing things people year years today now day days part
    kind lot lots number end start beginning moment place point case fact result reason first
    last next new old big small good great best well able likely many several""".split()
)
# Words that point or rank rather than name: a pronoun, a demonstrative, a place deictic, a
# modal or an ordinal/superlative is never the whole answer ("أن «____» سيأتون" on «هم», "the
# work ____ be studied" on "may", "the ____ 400" on "Top", "The ____ collection" on "Largest").
POINTERS_AR = frozenset(
    fold(w)
    for w in """أنا نحن أنت أنتم أنتما أنتن هو هي هم هما هن هنا هناك هنالك هذا هذه هذان هاتان
    هذين هاتين هؤلاء ذلك تلك ذاك أولئك الأول الأولى أول الثاني الثانية الثالث الثالثة الأخير
    الأخيرة أكبر الأكبر الكبرى أصغر الأصغر الصغرى أفضل الأفضل أكثر الأكثر أعلى الأعلى أقل الأقل
    أطول الأطول أهم الأهم أقدم الأقدم أحدث الأحدث""".split()
)
POINTERS_EN = frozenset(
    """i we you he she it they me us him her them this that these those here there may might can
    could will would shall should must first second third fourth fifth last top bottom largest
    biggest smallest greatest highest lowest longest oldest newest best worst most least latest
    leading""".split()
)
_VERB_PREFIXES_AR = "يتن"
_NOUNS_LIKE_VERBS_AR = frozenset(fold(w) for w in "يناير يونيو يوليو يوما يوميا يمين يسار".split())
# Words a verb follows: "could ____", and "who ____" keyed "studies amphibians" (set x).
_VERB_BEFORE_EN = frozenset(
    "to will would could can should may might must do does did not never who".split()
)
# A subject pronoun: "As we ____" keyed "move forward". A count after its verb is still asked
# ("then we won ____" keyed "five", accepting "won five").
_PRONOUNS_EN = frozenset("i we they he she".split())
_MIN_CONTEXT = 2  # content words the prompt must keep outside the gap


def looks_like_verb_ar(token: Token) -> bool:
    """An Arabic imperfect verb (يتغير، تستغرق، نعطي) by form; masdars like تحذير pass as nouns."""
    key = _strip(token.key)
    if not token.is_arabic or key[:1] not in _VERB_PREFIXES_AR + "س":
        return False
    if len(key) == 3:
        return key[0] in "يت" and key[1] != "ا"  # تقع، يعد، تضم
    if len(key) < 3:
        return False
    if key[1:3] == "ال" or key.endswith(("ه", "ات", "ين")) or key in _NOUNS_LIKE_VERBS_AR:
        return False
    if key[1] == "ت" or (key[0] == "س" and key[1] in _VERB_PREFIXES_AR):
        return True  # تتأكد، يتعلم، سترى
    # تفعيل / تفاعل masdars (تحذير، تصميم، توفير، تعاون): the noun reading is the likely one.
    if key[0] == "ت" and len(key) == 5 and (key[3] == "ي" or key[2] == "ا"):
        return False
    return key[0] == "ي" or (key[0] != "س" and len(key) <= 6)


def breaks_phrase(language: str, token: Token) -> bool:
    """A word that ends a phrase for the chunker: a verb, an auxiliary or a verb of saying."""
    if language != "ar":
        return token.key in AUXILIARIES_EN or token.key in SPEECH_VERBS_EN
    key = _strip(token.key)
    return (
        looks_like_verb_ar(token)
        or key in AUXILIARIES_AR
        or token.key in AUXILIARIES_AR
        or key in SPEECH_VERBS_AR
    )


# Folded. When something happened, said the way every report says it: «أعلنت الهيئة، اليوم
# الأحد، أن …». A phrase of only these is the dateline's day (dates.py asks a date worth it).
_WHEN_AR = frozenset(
    fold(w)
    for w in [*WEEKDAYS_AR, "الإثنين", *"أمس غدا صباح مساء ظهر الجاري الحالي المقبل".split()]
)


def _weak_word(language: str, token: Token) -> bool:
    """A word that cannot be the whole answer: function word, auxiliary, lone verb, common word."""
    key = token.key
    if language == "ar":
        bare = _strip(key)
        return (
            key in FUNCTION_WORDS_AR
            or bare in FUNCTION_WORDS_AR
            or bare in POINTERS_AR
            or key in AUXILIARIES_AR
            or bare in AUXILIARIES_AR
            or key in COMMON_AR
            or bare in COMMON_AR
            or bare in SPEECH_VERBS_AR
            or bare in _WHEN_AR
            or looks_like_verb_ar(token)
            or (len(bare) < 3 and not key.isdigit())
        )
    return (
        key in FUNCTION_WORDS_EN
        or key in POINTERS_EN
        or key in AUXILIARIES_EN
        or key in COMMON_EN
        or key in SPEECH_VERBS_EN
        or (token.text.islower() and key.endswith(("ed", "ing", "ly")))
        or (len(key) < 4 and not token.text[0].isupper() and not key.isdigit())
    )


def idle_answer(language: str, text: str) -> bool:
    """True for a gap's text made only of pointers, ranks and function words: «هنا», "Top"."""
    words = [fold(w) for w in _WORD.findall(text)]
    if language == "ar":
        idle = POINTERS_AR | FUNCTION_WORDS_AR
        return bool(words) and all(w in idle or _strip(w) in idle for w in words)
    return bool(words) and all(w in POINTERS_EN or w in FUNCTION_WORDS_EN for w in words)


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def worth_a_gap(language: str, sentence: Sentence, at: int, phrase: list[Token]) -> bool:
    """True when a teacher would keep the cloze that blanks `phrase` (tokens at..) in `sentence`."""
    tokens = sentence.tokens
    first, last = phrase[0], phrase[-1]
    stop = FUNCTION_WORDS_AR if language == "ar" else FUNCTION_WORDS_EN
    if len(phrase) == 1 and _weak_word(language, first):
        return False
    if _number_no_quantity(sentence, first, last):
        return False  # "بروتوكول إكس ____", "figure ____": a code or a place, not a count
    if language == "en" and at == 0 and len(phrase) == 1 and not first.key[:1].isdigit():
        return False  # "____ just about everyone …": a capitalised first word is no name
    before = tokens[at - 1].key if at > 0 else ""
    if language == "en" and (
        before in _VERB_BEFORE_EN
        or (before in _PRONOUNS_EN and not any(_a_number(t) for t in phrase))
        or (len(phrase) == 1 and first.text.islower())
    ):
        return False  # "could ____" blanks a verb; one common English word tests little
    if all(_weak_word(language, t) for t in phrase):
        return False
    if language == "en" and at == 0 and first.key.endswith(("ed", "ing")):
        return False  # "____ at the conference": a participle opening the sentence
    if _opens_clause(language, first) or _strip(last.key) in stop or last.key in stop:
        return False
    inner = (
        {t.key for t in phrase[1:-1]} & (COMPLEMENTS_AR | (FUNCTION_WORDS_AR - STOP_AR))
        if language == "ar"
        else {t.key for t in phrase} & (FUNCTION_WORDS_EN - STOP_EN)
    )
    if inner:
        return False  # "الحديث عنه باعتباره": particles inside make it a clause, not a thing
    if language == "ar" and any(t.is_arabic for t in phrase) and any(_is_latin(t) for t in phrase):
        return False  # "Openai سعة حساب": a name run into other words; the name has its own cloze
    if language == "ar" and not _one_noun_phrase_ar(phrase):
        return False
    if _inside_quotation(sentence, first, last) and _reports_speech(language, sentence):
        return False  # a piece of someone's words: the who-said question covers the quote
    after = at + len(phrase)
    if after < len(tokens):
        following = tokens[after]
        adjacent = following.start - last.end <= 1
        if (
            adjacent
            and language == "ar"
            and following.key in COMPLEMENTS_AR
            and _strip(last.key).startswith("ال")
        ):
            return False  # "في ____ به": the pronoun completes the adjective that was cut
        if adjacent and language == "en" and following.key in {"of", "'s"}:
            return False  # "the ____ of the company": half of a noun phrase
    outside = [t for k, t in enumerate(tokens) if not at <= k < after]
    context = [t for t in outside if t.key not in stop]
    return len(context) >= _MIN_CONTEXT


def _number_no_quantity(sentence: Sentence, first: Token, last: Token) -> bool:
    """True for a gap on digits that are no quantity: part of a code ("إكس 25"), a place in the
    document ("الشكل 3.20"), or in a sentence that lost words ("between ____ and .")."""
    text, a, b = sentence.text, first.start - sentence.start, last.end - sentence.start
    if not text[a:b][:1].isdigit():
        return False
    return lost_words(text) or is_code(text, a, b) or is_locator(text, a, b)


def _one_noun_phrase_ar(phrase: list[Token]) -> bool:
    """False for "للبنية التحتية" (a prepositional phrase) or "بهؤلاء" inside (a clitic on a
    particle): the gap would not be one noun phrase."""
    if phrase[0].key.startswith("لل"):
        return False
    return not any(
        k and token.key[:1] in "بلكوف" and token.key[1:] in FUNCTION_WORDS_AR
        for k, token in enumerate(phrase)
    )


def _reports_speech(language: str, sentence: Sentence) -> bool:
    if language == "ar":
        return any(_strip(t.key) in SPEECH_VERBS_AR for t in sentence.tokens)
    return any(t.key in SPEECH_VERBS_EN for t in sentence.tokens)


def _inside_quotation(sentence: Sentence, first: Token, last: Token) -> bool:
    """True when the gap lies inside quotation marks without being the whole quotation."""
    text = sentence.text
    a, b = first.start - sentence.start, last.end - sentence.start
    return any(
        m.start() < a
        and b < m.end()
        and text[m.start() + 1 : m.end() - 1].strip(" ،,.…") != text[a:b]
        for m in QUOTE.finditer(text)
    )


def _is_latin(token: Token) -> bool:
    return token.text[0].isascii() and token.text[0].isalpha()


def _opens_clause(language: str, token: Token) -> bool:
    """A first word that starts a clause rather than a thing: a verb, an auxiliary, a particle."""
    if language == "ar":
        bare = _strip(token.key)
        return (
            token.key in FUNCTION_WORDS_AR
            or bare in FUNCTION_WORDS_AR
            or token.key in AUXILIARIES_AR
            or bare in AUXILIARIES_AR
            or bare in SPEECH_VERBS_AR
            or bare in _WHEN_AR
            or looks_like_verb_ar(token)
        )
    return (
        token.key in FUNCTION_WORDS_EN
        or token.key in SPEECH_VERBS_EN
        or token.key in AUXILIARIES_EN
        or (token.text.islower() and token.key.endswith(("ed", "ing")))
    )


def _a_number(token: Token) -> bool:
    return token.key[:1].isdigit() or token.key in NUMBER_WORDS
