"""Arabic speakers named straight after a verb of saying or «بحسب/وفقا لـ»: «قال/أكدت/بحسب
NAME»; what follows such a verb and is no one («قال لهم», «وفقا لتقارير زراعية», «وشدّد على أن»).
Read by people_ar.spot_sentence."""

from __future__ import annotations

import re

from .arabic_name_ends import STYLES_AR, name_closed_at, name_from_ar
from .arabic_names import FIRST_PERSON_AR, THAT_AR, name_word_ar
from .arabic_organisations import BODY_HEADS_AR
from .arabic_roles import carries_pronoun_ar, role_after_name_ar, to_someone_ar
from .date_words import TIMES_OF_DAY_AR
from .document import (
    SPEECH_VERBS_AR,
    STOP_AR,
    Document,
    Sentence,
    Token,
    fold,
    gap,
    strip_clitic,
)
from .names import (
    ACCORDING_AR,
    HONORIFICS_AR,
    ORG_CUES_AR,
    ROLE_NOUNS_AR,
    countries,
    given_names,
    is_given_name,
    is_role_word_ar,
)
from .names_then_roles_ar import staff_rank

# "وفقا لـ NAME": the name follows the "لـ", which introduces it here on its own.
_TO = fold("لـ")
_ACCORDING_AR = ACCORDING_AR | {_TO}


# «وفق», «حسب», «طبقا» straight before a noun say by what a thing is done («وفق جدول زمني»,
# «حسب الخطة»); a source they name opens on a given name or is a person named before.
_BY_A_PLAN_AR = frozenset(fold(w) for w in "وفق حسب طبقا".split())
# «يرى/ترى»: "believes" before a name, "to see" after «أن».
_SEES_AR = frozenset(fold(w) for w in "يرى ترى نرى أرى".split())
# Head nouns of bodies, folded: after «لـ/بـ» they name no one («لإدارة الأوقاف»).
_BODIES_AR = BODY_HEADS_AR | frozenset(fold(w) for w in "إدارة ادارة دائرة قسم مركز".split())


def spot(doc: Document, sentence: Sentence) -> None:
    """قال/أكدت/بحسب NAME: a name straight after a verb of saying or a "according to"."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:-1]):
        bare = strip_clitic(token.key)
        speech = bare in SPEECH_VERBS_AR
        if not (speech or token.key in _ACCORDING_AR or bare in _ACCORDING_AR):
            continue
        if speech and bare in _SEES_AR and i and tokens[i - 1].key in THAT_AR:
            continue  # «من المؤلم أن ترى انهيار بناية»: "to see", no one believing
        if token.key == _TO and not (i and strip_clitic(tokens[i - 1].key) in ACCORDING_AR):
            continue  # «في تصريح لـ كوردستان24»: whom he spoke to, not «وفقا لـ» a source
        if token.key in _ALSO_NOUNS and i and not gap(doc.text, tokens[i - 1], token).strip():
            continue  # «طرح كتب بأسعار رمزية»: books on offer; «كتب» opens a clause when written
        if (
            i
            and (tokens[i - 1].key in _ELATIVES_AR or tokens[i - 1].key in _PREPOSITIONS_AR)
            and not gap(doc.text, tokens[i - 1], token).strip()
        ):
            continue  # «أعظم كشف أثري», «الإعلان عن كشف أثري جديد»: a discovery, no one revealing
        if i and tokens[i - 1].key in _IN_A_WAY_AR:
            continue  # «بشكل أوضح وكذلك عناصرها»: "more clearly", no one clarifying (set hx)
        nxt = i + 1
        if tokens[nxt].key in HONORIFICS_AR:
            nxt += 1
        if nxt < len(tokens) and staff_rank(tokens, nxt):
            nxt += 1  # «أوضح الملازم أول أنس الخالدي»: the rank's ordinal, then the name
        if nxt >= len(tokens) or _broken(doc, tokens[nxt - 1], tokens[nxt]):
            continue  # "وأضافت: «سنفتح …»": a quotation, not a name, follows the verb
        if tokens[nxt].key in THAT_AR:
            continue  # «واضاف انهم سيعرضون …»: "that they …", what he said, no one's name
        if tokens[nxt].key in _ABOUT_IT_AR:
            continue  # «الدلائل التي كشف عنها داخل المقبرة»: revealed about it; no one named
        found = name_from_ar(doc, sentence, nxt)
        if found is None:
            full = _given_before_elsewhere(doc, tokens[nxt]) if speech else ""
            if full and not doc.resolve_person(tokens[nxt].text):
                doc.add_person(full)  # «أعرب العلمي» after «… رشيد العلمي،»: one man, in full
            continue
        a, b = found
        while b - a >= 2 and tokens[b - 1].key in TIMES_OF_DAY_AR:
            b -= 1  # «وأضاف ولد اشروقه ظهر اليوم»: when he spoke, no part of his name (set il)
        if b - a >= 2 and _on_what(doc, sentence, b):
            b -= 1  # «وأكد عجوة على ضرورة …»: "stressed the need", not a name «عجوة على»
        first = tokens[a]
        if bare in _BY_A_PLAN_AR and not is_given_name(doc, first):
            if not doc.resolve_person(doc.text[first.start : tokens[b - 1].end]):
                continue  # «وفق جدول زمني محدد»: "by a set timetable", no one (a reviewer)
        if carries_pronoun_ar(first) and not is_given_name(doc, first):
            continue  # «وأكد سيادته رغبة العراق»: "his excellency", then what he stressed
        if strip_clitic(first.key) in FIRST_PERSON_AR and not is_given_name(doc, first):
            continue  # «وقال نحمد الله على …»: his own words begin, no one named «نحمد الله»
        if first.key[0] in "لب" and not (
            is_given_name(doc, first)
            or name_closed_at(doc, sentence.tokens, b)
            or (b - a >= 2 and speech)
        ):
            continue  # "قال لهم": a preposition; «وفقا لأسباب قانونية»: a noun, not a name
        if speech and to_someone_ar(first):
            continue  # «قال لوالدها: "…"»: whom he told, not who spoke
        if first.key[0] in "لب" and first.key[1:] in ROLE_NOUNS_AR:
            continue  # «وفقا لرئيس مجلس الوزراء»: a role after its preposition, not a name
        if first.key[0] in "لب" and first.key[1:] in _BODIES_AR:
            continue  # «وبأن المسجد غير تابع لإدارة الأوقاف»: a body («تابع»: belonging)
        if first.key[0] in "لب" and not speech and first.key[1:] not in given_names("ar"):
            if not doc.resolve_person(doc.text[first.start + 1 : tokens[b - 1].end]):
                continue  # «وفقا لتقارير زراعية»: a source, not a person
        full = _given_before_elsewhere(doc, first) if b - a == 1 and speech else ""
        if b - a == 1 and not (
            is_given_name(doc, first)
            or doc.resolve_person(first.text)
            # a comma closing one word names someone only after a verb of saying: «وفق نسب،
            # تتوافق …» ("according to ratios") is no one (set r: a choice)
            or (speech and name_closed_at(doc, sentence.tokens, b))
            or (speech and first.key not in STYLES_AR and _role_after(doc, sentence, b))
            or full
        ):
            continue
        if first.key.startswith("لل"):
            continue  # «ما يؤكد للعالم أن …»: "to the world", no name opens with «لل»
        if b - a == 1 and _many_ar(first) and not is_given_name(doc, first):
            continue  # «وقال قانونيون إن …»: "legal experts", the unnamed many (set hu)
        if _NOT_SPEAKERS & {first.key, strip_clitic(first.key)} or first.key in countries("ar"):
            continue  # «وأعلنت فرنسا، السبت، …», «وأعلنت ماليزيا اكتشاف إصابة …»: a country
        if b - a == 1 and _called_a_body(doc, first.text):
            continue  # «وقالت أبل إن …» after «شركة أبل الأميركية»: the company, no one
        if _glued_body(strip_clitic(first.key)):
            continue  # «وأكد جهازالعبور، أن …»: «جهاز العبور» run together, a body, no one
        named = doc.text[first.start + 1 : tokens[b - 1].end]
        if first.key[0] in "لب" and doc.resolve_person(named):
            continue  # «وفقا لعويس»: the preposition on a name the article gave in full
        if b - a == 1 and _on_that(sentence, a):
            continue  # «وشدّد على أن …»: "stressed that", not a speaker named «علي»
        if any(_role_plural(t.key) for t in tokens[a:b]):
            continue  # «وبحسب رصد مراسلي وكالة الأناضول»: a count by correspondents (set g)
        if b - a == 2 and _noun_and_adjective(doc, tokens[a], tokens[a + 1]):
            continue  # «أفادت نشرية خاصة لمصالح الأرصاد»: "a special bulletin", no one (set s)
        # «قالت», «أكدت»: the verb with the feminine «ت»; «لفت» ends in «ت» of its own.
        feminine = bare.endswith("ت") and bare[:-1] in SPEECH_VERBS_AR
        gender = "f" if speech and (feminine or bare.startswith("تقول")) else ""
        if full and not doc.resolve_person(first.text):
            doc.add_person(full, gender)  # «أعرب وهبي» after «محمد وهبي،»: one man, in full
            continue
        doc.add_person(doc.text[first.start : tokens[b - 1].end], gender)
        role_after_name_ar(doc, sentence, (a, b))  # «أعلن علاء فاروق وزير الزراعة أن …»


def _many_ar(token: Token) -> bool:
    """A plural of a word of kind or origin, folded: «قانونيون», «محللين», «اقتصاديون» name
    the many who said something, as «مواطنون» does; «ليون» is too short to be one."""
    return len(token.key) >= 6 and token.key.endswith(("يون", "يين"))


def _role_plural(key: str) -> bool:
    """A role noun in the plural or bound to what follows: «مراسلي», «محللون», «مسؤولين»; not
    a family name made from a role with the article («الأميري»)."""
    bare = strip_clitic(key)
    ends = ("ين", "ون") if bare.startswith("ال") else ("ين", "ون", "ي", "و")
    return any(bare.endswith(end) and bare[: -len(end)] in ROLE_NOUNS_AR for end in ends)


# Folded verbs of saying that are nouns too («كتب»: wrote, books): a verb only where it opens
# its clause, with «و/ف» on it or after a stop or a comma.
_ALSO_NOUNS = frozenset({fold("كتب")})
# What says things without being a person: organisations, the sources of a report, and the
# unnamed many who are no answer to "who said?" («قال شهود عيان», «وقال مواطنون»).
_NOT_SPEAKERS = ORG_CUES_AR | frozenset(
    fold(w)
    for w in """هيئة مصدر مصادر تقرير تقارير صحيفة موقع بيان مجلس لجنة محكمة النيابة نيابة جهاز
    حكومة الحكومة بلدية مديرية دائرة إدارة جمعية نقابة اتحاد شهود مواطنون مواطنين سكان أهالي
    ناشطون ناشطين مراقبون مراقبين شاهد فريق أمس غدا غداً اليوم الليلة مساء صباح فجر ظهر
    وسائل جريدة مجلة قناة إذاعة نادي منتخب علماء العلماء خبراء الخبراء""".split()
)  # «أفادت وسائل إعلام مصرية» («وسائل» is no «و» and «سائل»), «أوضحت جريدة اليوم السابع»: the
# press (set q: "who said?" keyed «وسائل إعلام», trivial, both reviewers); «قال علماء
# الحفريات»: the unnamed many (a development reviewer: keyed «علماء الحفريات» where the article
# says «العلماء»); «قد أعلن أمس الخميس»: when it was said, no one who said it


def _given_before_elsewhere(doc: Document, word: Token) -> str:
    """The speaker's full name where the article writes a known given name before the one
    word after the verb («عبر الإطار الوطني محمد وهبي، عن …» before «أعرب وهبي عن …»),
    else ""."""
    if word.key[:1] in "لب" or len(word.key) < 3 or is_role_word_ar(word):
        return ""  # «أكد الوزير» is no family name, even after «محمد»
    if not name_word_ar(word) or word.key in STOP_AR:
        return ""  # «وأشار إلى أن» is no «إلى» of «الرئيس محمد مرسي إلى بكين» (set y)
    for match in re.finditer(rf"(?<!\w)(\w+)\s+{re.escape(word.text)}(?!\w)", doc.text):
        given = match.group(1)
        if fold(given) == _IN_THE_NAME_OF and _ROLE_BEFORE.search(doc.text, 0, match.start()):
            continue  # «المتحدث باسم فريق الإعلام»: "for the team", no man «باسم فريق» (set j)
        if given[:1] == "و" and fold(given[1:]) in given_names("ar"):
            given = given[1:]  # «ومحمد وهبي»
        elif fold(given) not in given_names("ar"):
            continue
        return f"{given} {word.text}"
    return ""


_IN_THE_NAME_OF = fold("باسم")
# A spokesman's or a representative's noun right before «باسم»: "speaking for".
_ROLE_BEFORE = re.compile(
    r"(?:المتحدث|المتحدثة|متحدث|متحدثة|الناطق|الناطقة|ناطق|ناطقة|ممثل|الرسمي|الرسمية)\s+$"
)


# What the article calls a body by: «شركة أبل», «لمنظمة أوكسفام».
_BODY_NOUN = r"(?<!\w)[وبل]?(?:ال)?(?:شركة|مؤسسة|منظمة|مجموعة|وكالة|جامعة|بنك|مصرف|صحيفة)\s+"


def _called_a_body(doc: Document, word: str) -> bool:
    """True when the article writes `word` after a body's noun somewhere: «شركة أبل»."""
    return word in doc.once("words after a body's noun", _words_after_body_nouns)


def _words_after_body_nouns(doc: Document) -> frozenset[str]:
    return frozenset(m.group(1) for m in re.finditer(_BODY_NOUN + r"(\w+)", doc.text))


def _glued_body(key: str) -> bool:
    """True for a body's noun written against the definite word after it: «جهازالعبور»."""
    return any(key.startswith(noun + "ال") and len(key) > len(noun) + 3 for noun in _NOT_SPEAKERS)


_DOCTOR = fold("د")


def _broken(doc: Document, before: Token, word: Token) -> bool:
    """True when punctuation parts the two words, other than the dot of «د.» (Dr.)."""
    between = gap(doc.text, before, word).strip()
    return bool(between) and not (between == "." and before.key == _DOCTOR)


# «أعظم/أكبر/أهم كشف»: an elative before a verb of saying makes a noun of it.
_ELATIVES_AR = frozenset(
    fold(w) for w in "أعظم أكبر أهم أبرز أحدث أقدم أكثر أفضل أصغر أخطر أول".split()
)
# "In a … way": the word after is an adjective («بشكل أوضح», «بصورة أكبر»), no verb of saying.
_IN_A_WAY_AR = frozenset(fold(w) for w in "بشكل بصورة بطريقة".split())
# A preposition before a verb of saying makes a noun of it: «عن كشف», «في تصريح».
_PREPOSITIONS_AR = frozenset(fold(w) for w in "عن من في إلى الى على".split())
# A preposition with its pronoun straight after the verb («كشف عنها», «أعلن عنه», «قال لهم»
# is handled with «ل»): what was said about, not who said it.
_ABOUT_IT_AR = frozenset(
    fold(w)
    for w in """عنه عنها عنهم عنهما منه منها منهم فيه فيها فيهم إليه إليها إليهم عليه عليها
    عليهم معه معها معهم""".split()
)
_ON = frozenset({fold("على")})
_THAT_WITH_FATHA = ("أن", "ان")  # «أن» after «على»; «إن» (with its hamza below) opens speech


def _on_that(sentence: Sentence, a: int) -> bool:
    """True for «على أن» after a verb: the preposition and "that", where «على» folds like the
    given name «علي»."""
    tokens = sentence.tokens
    if tokens[a].key not in _ON or a + 1 >= len(tokens):
        return False
    return strip_clitic(tokens[a + 1].text).startswith(_THAT_WITH_FATHA)


def _on_what(doc: Document, sentence: Sentence, b: int) -> bool:
    """True when the name found ends in «على» as written (the preposition; «علي» is the name)
    and a noun, not «إن/أن» nor a break, follows it: what the speaker stressed."""
    tokens = sentence.tokens
    if tokens[b - 1].text != "على" or b >= len(tokens):
        return False
    return tokens[b].key not in THAT_AR and not gap(doc.text, tokens[b - 1], tokens[b]).strip()


def _role_after(doc: Document, sentence: Sentence, b: int) -> bool:
    """The word after a one-word name is a role noun: «يرى إيسايلا مدرب بني ياس، أن …»."""
    tokens = sentence.tokens
    if b >= len(tokens) or gap(doc.text, tokens[b - 1], tokens[b]).strip():
        return False
    return is_role_word_ar(tokens[b])


def _noun_and_adjective(doc: Document, first: Token, second: Token) -> bool:
    """True for two words that both end in «ة» and no given name opens: a feminine noun and its
    adjective («نشرية خاصة», «دراسة حديثة»), where a woman's name would open on a given name
    («فاطمة حمزة»)."""
    return (
        first.text.endswith("ة")
        and second.text.endswith("ة")
        and not is_given_name(doc, first)
        and not doc.resolve_person(first.text)
    )
