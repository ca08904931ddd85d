"""Arabic dates asked with «متى» (when.py). Arabic puts its verb first, so nothing turns round:
the time phrase goes and «متى» opens the clause that holds it.

- A date that opens its clause, before the verb: «وفي 7 أبريل 2018 تزوجت من …» asks «متى
  تزوجت من …؟»; «أنه يوم الجمعة الماضي أعلن أحد الفنيين عدم جاهزيته» asks «متى أعلن أحد
  الفنيين عدم جاهزيته؟».
- A date right after the verb that opens its clause: «اندلعت عام 2011 الأزمة السورية» asks
  «متى اندلعت الأزمة السورية؟».

The clause runs to the next comma, relative word or verb of its own; a clause too long to read
as a question, or one left without a word after its verb, is not asked. Without a parser a
verb is told by its place (the word after a time phrase that opens a clause) or by its form.
"""

from __future__ import annotations

import re

from .date_words import HIJRI_AR, MONTHS_AR, WEEKDAYS_AR
from .document import Document, Token, fold, strip_clitic
from .names import is_given_name
from .precision import AUXILIARIES_AR, FUNCTION_WORDS_AR, looks_like_verb_ar
from .token_spans import CLAUSE_MARK, words_of

# The words of a time phrase before its date: «في»، «يوم»، «بداية من»، «صباح يوم»، «خلال».
_TIME_WORDS = frozenset(
    fold(w) for w in "في يوم منذ خلال مطلع صباح مساء ليلة ظهر فجر أواخر أوائل منتصف بتاريخ".split()
)
_FROM = fold("من")
_PARTICLES = frozenset(fold(w) for w in "قد فقد وقد لقد".split())
_WEEKDAYS = frozenset(fold(w) for w in WEEKDAYS_AR)
# Verbs whose subject a year can be: «شهدت سنة 1974 انطلاقته» ("1974 saw his start").
_WITNESSED = frozenset(
    fold(w) for w in "شهد شهدت عرف عرفت".split()
)  # «بداية من يوم …», «ابتداء من …»: only after these
_STARTING = frozenset(fold(w) for w in "بداية ابتداء اعتبارا اعتباراً ابتداءً".split())
# Said of the date after it, and kept in the answers: «يوم الجمعة الماضي», «7 سبتمبر الجاري».
_AFTER_DATE = frozenset(
    fold(w)
    for w in """الجاري الماضي الماضى المقبل القادم الحالي المنصرم م هـ ه للميلاد الميلادي ميلادي
    ميلادية للهجرة الهجري هجري هجرية""".split()
)
# Prepositions and adverbs that may stand where a verb would: «أثناء الثورة», «تحت قيادة».
_NOT_VERBS = frozenset(
    fold(w)
    for w in """أثناء اثناء تحت فوق بين عند لدى حتى منذ خلال قبل بعد حول ضد نحو مع عبر داخل
    خارج وسط إثر اثر عقب فور طوال طيلة بفضل بسبب نتيجة""".split()
)
# Words of another date: a clause that holds one asks «متى» of two times at once. A weekday
# keeps its article («أحد الفنيين» is "one of the technicians").
_TIME_NOUNS = [
    *(w for n in "عام سنة شهر يوم أسبوع".split() for w in (n, "ال" + n)),
    *"بعدها قبلها لاحقا سابقا حاليا".split(),
]
_DATE_WORDS = frozenset(
    fold(w)
    for w in [*MONTHS_AR.split("|"), *HIJRI_AR.split("|"), *WEEKDAYS_AR, *_TIME_NOUNS]
    if " " not in w
)
# The clause starts after these: «أنه يوم الجمعة أعلن …».
_OPENERS = frozenset(fold(w) for w in "أن أنه أنها إن إنه إنها بأن بأنه بأنها".split())
# Words that end the clause: what follows is a clause of its own.
_STOPS = frozenset(
    fold(w)
    for w in """عندما حيث الذي التي الذين اللذين اللتين مما إذ لكن لكن بينما حين حينما كما
    بعدما وذلك مؤكدا مؤكدة مشيرا مشيرة مضيفا مضيفة موضحا موضحة لافتا لافتة معتبرا معتبرة
    داعيا داعية قائلا قائلة الموافق الموافقة بعد قبل""".split()
)
# Endings of nouns, never of a verb in the third person: ta marbuta (folded to «ه»), plurals.
_NOUN_ENDINGS = ("ه", "ات", "ين", "ون")
_INITIAL = 2  # letters of a word a full stop may follow as an initial («أس.», «د.»)
_MAX_CLAUSE = 14  # words after «متى»; longer and the question no longer reads at once
_MIN_CLAUSE = 2  # «متى أعلن؟» asks nothing a student could tell apart


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """The question, key and further answers for the date in tokens[first:last + 1]."""
    start, end = _phrase(doc, tokens, first, last)
    after = end + 1  # the first word after the time phrase
    if _bracketed(doc, tokens, start, end):
        return None  # «شيرين (8 أكتوبر 1980) مغنية مصرية»: a date of birth, not of an event
    if _opens_clause(doc, tokens, start):
        if after >= len(tokens) or not _verb_by_place(doc, tokens[after]):
            return None
        runs = [tokens[after : _clause_end(doc, tokens, after)]]
    elif start >= 1 and _starts_clause(doc, tokens, start - 1) and _verb_by_form(tokens[start - 1]):
        if _between(doc, tokens, start - 1, start).strip() or after >= len(tokens):
            return None
        if CLAUSE_MARK.search(_between(doc, tokens, end, after)):
            return None  # «اندلعت عام 2011، …»: nothing of the clause after the date
        if strip_clitic(tokens[start - 1].key) in _WITNESSED:
            return None  # «وشهدت سنة 1974 انطلاقته»: the year is the subject, not a time
        runs = [[tokens[start - 1]], tokens[after : _clause_end(doc, tokens, after)]]
    else:
        runs = _ending_its_clause(doc, tokens, start, end)
        if runs is None:
            return None
    words = sum(len(run) for run in runs)
    if not _MIN_CLAUSE <= words <= _MAX_CLAUSE or runs[-1][-1].key in FUNCTION_WORDS_AR:
        return None  # too long to read at once, or ending on «عن», «من»: a clause cut short
    if any(_another_date(t) for run in runs for t in run):
        return None  # «… في الفترة من عام …»: a second time in the clause
    if _without_subject(doc, runs) or _cut_short(doc, tokens, runs):
        return None
    text = " ".join(words_of(doc.text, run) for run in runs)
    if strip_clitic(runs[0][0].key) != runs[0][0].key:
        text = text[1:]  # «وتزوجت» opens the question as «تزوجت»
    key = words_of(doc.text, tokens[first : last + 1])
    phrase = words_of(doc.text, tokens[start : end + 1])
    if _bare(tokens[start].key) != tokens[start].key:
        phrase = phrase[1:]  # «وفي 7 أبريل» is answered «في 7 أبريل»
    accept = [words_of(doc.text, tokens[first : end + 1]), phrase]
    return f"متى {text}؟", key, [a for a in dict.fromkeys(accept) if a != key]


def _ending_its_clause(
    doc: Document, tokens: list[Token], start: int, end: int
) -> list[list[Token]] | None:
    """The clause before a time phrase that ends it, when a verb by its form opens that clause
    («انطلق مسبار الأمل من قاعدة تاناغاشيما بتاريخ 20 يوليو»); the phrase must open with its
    own word («في»، «بتاريخ»، «يوم»): a bare year after a noun names it («أولمبياد بكين 2008»)."""
    if start == 0 or _bare(tokens[start].key) not in _TIME_WORDS:
        return None
    opens = start - 1
    while opens > 0 and not _starts_clause(doc, tokens, opens):
        opens -= 1
        if start - opens > _MAX_CLAUSE:
            return None
    if _bare(tokens[opens].key) in _PARTICLES and opens + 1 < start:
        opens += 1  # «فقد انطلق المسبار …»: the verb after «قد»
    verb = tokens[opens]
    if not _verb_by_form(verb) or _bare(verb.key) in _WITNESSED:
        return None
    if is_given_name(doc, verb) or _in_a_name(doc, verb.text):
        return None  # «بيرت بولين»: a name that ends like a verb
    if _clause_end(doc, tokens, end + 1) != end + 1 and end + 1 < len(tokens):
        return None  # more of the clause after the date: it is not where the clause ends
    if any(CLAUSE_MARK.search(_between(doc, tokens, k, k + 1)) for k in range(opens, start - 1)):
        return None
    return [tokens[opens:start]]


def _phrase(doc: Document, tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The time phrase around the date: its preposition and «يوم» before, «الماضي» after."""
    start = first
    while start > 0 and not _between(doc, tokens, start - 1, start).strip():
        word = _bare(tokens[start - 1].key)
        if word in _TIME_WORDS or word in _WEEKDAYS:
            start -= 1
        elif word == _FROM and start >= 2 and strip_clitic(tokens[start - 2].key) in _STARTING:
            start -= 2
        else:
            break
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].key in _AFTER_DATE:
        if _between(doc, tokens, end, end + 1).strip():
            break
        end += 1
    return start, end


def _without_subject(doc: Document, runs: list[list[Token]]) -> bool:
    """True when a preposition follows the verb («توفي بقرطاج», «صدرت في بيروت»): the verb's
    subject is a pronoun, and «متى» asks of no one the question names."""
    clause = [t for run in runs for t in run]
    if len(clause) < 2:
        return True
    after_verb, text = clause[1].key, clause[1].text
    if after_verb in FUNCTION_WORDS_AR or after_verb.startswith(("بال", "لل", "كال")):
        return True
    return after_verb[:1] in "بلك" and _in_a_name(doc, text[1:])  # «توفي … بقرطاج»


def _cut_short(doc: Document, tokens: list[Token], runs: list[list[Token]]) -> bool:
    """True when a comma stops the clause and what follows it is no clause of its own: a name
    or a noun («طلب لورينزو دي ميديشي، مايكل أنجلو …», «قام رسام الرسوم المتحركة الأمريكي
    الشهير، والت ديزني، بـ…»): the verb's object, or the subject's apposition, lies after it.
    A comma before «و», a participle such as «مؤكدا» or «حيث» ends the clause whole."""
    clause = [t for run in runs for t in run]
    end = tokens.index(clause[-1]) + 1
    if end >= len(tokens):
        return False
    between = _between(doc, tokens, end - 1, end)
    if not CLAUSE_MARK.search(between):
        return tokens[end].key in _OPENERS  # «تعلن عدة بعثات أنها …»: what they announce is cut
    if "." in between and len(strip_clitic(tokens[end - 1].key)) <= _INITIAL:
        return True  # «بيرس أس. …»: the full stop of an initial, the name goes on
    if not re.search(r"[,،(«\"“]", between):
        return False  # a full stop, a semicolon, a colon: the clause ends whole
    if re.search(r"[(«\"“]", between):
        return True  # «أطلقت أيه بي سي (من خلال …) محطة …»: the object comes after the aside
    word = tokens[end].key
    opens_more = word[:1] in "وف" or word in _STOPS or word in _OPENERS
    return not (opens_more or word in FUNCTION_WORDS_AR or word in _NOT_VERBS)


def _another_date(token: Token) -> bool:
    word = strip_clitic(token.key)
    return any(c.isdigit() for c in token.text) or word in _DATE_WORDS


def _bare(key: str) -> str:
    """The word without «و»/«ف» before it, short words too: «وفي» is «في»."""
    if key[:1] in "وف" and key[1:] in _TIME_WORDS:
        return key[1:]
    return strip_clitic(key)


def _opens_clause(doc: Document, tokens: list[Token], at: int) -> bool:
    """True when tokens[at] starts a clause (_starts_clause) or opens with «و» (a new clause
    joined on: «وفي 7 أبريل …»)."""
    if _starts_clause(doc, tokens, at):
        return True
    return tokens[at].key[:1] in "وف" and _bare(tokens[at].key) != tokens[at].key


def _starts_clause(doc: Document, tokens: list[Token], at: int) -> bool:
    """True for the sentence's first word, a word after a comma or after «أن». A verb told by
    its form alone must stand there: «وستمنستر عام 1931» is a name with «و» before it."""
    if at == 0 or CLAUSE_MARK.search(_between(doc, tokens, at - 1, at)):
        return True
    return tokens[at - 1].key in _OPENERS


def _verb_by_place(doc: Document, token: Token) -> bool:
    """The word after a time phrase that opens its clause, when its form lets it be a verb in
    the past or the present: not a noun with «ال» or a noun's ending, a preposition, a name,
    a number; a past form of three letters, of four after «أ», of five after «ا» or «ت», of
    six after «است» («قام»، «أعلن»، «انتخب»، «تزوج»، «استقبل»), or a form _verb_by_form knows."""
    word = strip_clitic(token.key)
    if not word.isalpha() or not token.is_arabic or word.startswith("ال") or len(word) < 3:
        return False  # «و1990»: the next year of a list
    if word.endswith(_NOUN_ENDINGS) or (word[0] in "بلك" and len(word) >= 5):
        return False  # «مغنية مصرية», «بقيام نظام …»: a noun, or a preposition and its noun
    if word in FUNCTION_WORDS_AR or word in _STOPS or word in _OPENERS or word in _NOT_VERBS:
        return False
    if is_given_name(doc, token) or _in_a_name(doc, token.text):
        return False  # «أبل وموتورولا أصدرا …», «ساك حاكم روما»: a name opens the clause
    if _verb_by_form(token):
        return True
    size = len(word.removesuffix("ت"))
    return (
        size == 3
        or (size == 4 and word[0] == "ا")  # folded «أعلن»
        or (size == 5 and word[0] in "ات")
        or (size == 6 and word.startswith("است"))
    )


def _in_a_name(doc: Document, word: str) -> bool:
    """True when the word is part of a person's, organisation's or place's name the article
    gives."""
    names = [*doc.people, *doc.organisations, *doc.places]
    return any(word in name.split() for name in names)


def _verb_by_form(token: Token) -> bool:
    """A verb that opens its clause, told by its form alone: an imperfect or future verb, an
    auxiliary such as «تم», or a past verb of the feminine «ت» («اندلعت»، «أعلنت»)."""
    word = strip_clitic(token.key)
    if not token.is_arabic or word.startswith("ال") or word in FUNCTION_WORDS_AR:
        return False
    if looks_like_verb_ar(token) or word in AUXILIARIES_AR:
        return True
    return len(word) >= 4 and word.endswith("ت") and not word.endswith(("ات", "يت"))


def _clause_end(doc: Document, tokens: list[Token], at: int) -> int:
    """One past the clause's last token, from tokens[at] on."""
    k = at
    while k < len(tokens):
        if k > at and CLAUSE_MARK.search(_between(doc, tokens, k - 1, k)):
            return k
        word = tokens[k].key
        if word in _STOPS or strip_clitic(word) in _STOPS or word in _OPENERS:
            return k
        if word[:1] == "و" and strip_clitic(word) != word and looks_like_verb_ar(tokens[k]):
            if not _in_a_name(doc, tokens[k].text) and not is_given_name(doc, tokens[k]):
                return k  # «… وتسلم سلطاته»: a second verb, a clause of its own (not «وينسر»)
        k += 1
    return k


def _bracketed(doc: Document, tokens: list[Token], start: int, end: int) -> bool:
    before = doc.text[: tokens[start].start].rstrip()
    return before.endswith("(") or doc.text[tokens[end].end :].lstrip().startswith(")")


def _between(doc: Document, tokens: list[Token], a: int, b: int) -> str:
    return doc.text[tokens[a].end : tokens[b].start]
