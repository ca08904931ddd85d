"""What an article's headline says, which a gap must not ask: the article's own subject ("OpenAI
____" in an article about OpenAI) and a name the headline gives in other words ("the national
____ vaccination campaign" under "Coronavirus vaccination campaign to be started")."""

from __future__ import annotations

import re

from ..text import normalize as norm
from . import keys
from .arabic_names import is_verbish_ar
from .arabic_organisations import BODY_HEADS_AR
from .document import HEADLINE_WORDS, Document, fold, strip_clitic, tokenize, without_preposition
from .names import ORG_CUES_AR, countries
from .number_keys import NUMBER

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SLOT_CONTEXT = 2  # words after the gap that must stand after one word in the headline


def is_headline(doc: Document) -> bool:
    """True when the article's title is a heading, not the first sentence of a text without
    one: a line with no full stop, or one the parse took for the headline all the same, a line
    of its own above the story (document._headline_line)."""
    title = doc.title
    if not 0 < len(title.split()) <= HEADLINE_WORDS:
        return False
    return title[-1] not in ".!?؟…" or doc.headline.strip() == title.strip()


def is_subject(doc: Document, answer: str) -> bool:
    """True for the article's own subject: a name or term of its title that the article repeats
    (a number of the title is a fact of the story, not its subject), or a place the title
    gives by another name ("United States" under "… commissioned in USA")."""
    key = norm(answer)
    if not key or NUMBER.match(answer):
        return False
    if not is_headline(doc):
        return _opens_a_headless_text(doc, key)
    title, text = doc.once("spaced title", _spaced_title), doc.once("spaced text", _spaced_text)
    core = norm(_core(answer))
    if f" {key} " not in title and core != key and f" {core} " in title:
        return text.count(f" {core} ") >= 2  # "Qualcomm Inc" under "Qualcomm unveils …"
    singular = key[:-1] if doc.language == "en" and key.endswith("s") and " " in key else ""
    if singular and f" {key} " not in title and f" {singular} " in title:
        # "Central Railways" under "Central Railway services disrupted" (set ip: trivial, both)
        return text.count(f" {singular} ") >= 2
    if _body_named_in_title(answer, title) and f" {key} " in text:
        return True  # «وزارة التضامن الاجتماعي» under «وزيرا العدل والتضامن الاجتماعي يبحثان …»
    if doc.language == "ar" and " " in answer and _head_in_title(doc, answer.split()[0]):
        return True  # «بلدية الشارقة» under «البلدية تطرح …»: the body the headline names
    if f" {key} " not in title:
        forms = [*keys.place_forms(answer), *_nisbas(answer), *_demonyms(answer, doc.title)]
        named = [norm(form) for form in forms]
        return any(form and f" {form} " in title for form in named) and f" {key} " in text
    return text.count(f" {key} ") >= 2


# Times a headless article names its subject, in all.
_NAMED_THROUGHOUT = 3


def _opens_a_headless_text(doc: Document, key: str) -> bool:
    """True for the name a text without a headline opens on and names throughout, by its first
    word at least ("Cisco Systems said that it is laying off …", "Cisco" three more times):
    what the story is about (set ia's reviewer: trivial, the article's own subject)."""
    if not doc.article:
        return False  # a reading set's passage: its subject is often what its questions ask
    first = next(iter(doc.content), None)
    if first is None:
        return False
    opening = f"{norm(first.text)} "
    if doc.language == "ar" and first.tokens and is_verbish_ar(first.tokens[0]):
        opening = opening.partition(" ")[2]  # «تعلن وزارة التعليم العالي …»: the verb first
    if not opening.startswith(f"{key} "):
        return False
    head = key.split()[0]
    text = doc.once("spaced text", _spaced_text)
    times = text.count(f" {head} ") + (text.count(f" ال{head} ") if doc.language == "ar" else 0)
    return len(head) >= 3 and times >= _NAMED_THROUGHOUT


def complement_of_subject(doc: Document, sentence_start: int, start: int) -> bool:
    """True for an Arabic gap at `start` right after a body's head noun, in its sentence, that
    the headline names alone, with the article: «تستكمل أمانة ____ …» under «الأمانة تباشر …»
    (set id: «عمان» asked, the article's own subject)."""
    if doc.language != "ar" or not is_headline(doc):
        return False
    before = doc.text[sentence_start:start].split()
    return bool(before) and before[-1].isalpha() and _head_in_title(doc, before[-1])


# «أمانة عمان», «أمانة جدة»: a city's municipality, besides the heads of a body's name.
_HEADS_AR = BODY_HEADS_AR | {fold("أمانة")}


def _head_in_title(doc: Document, word: str) -> bool:
    """True for a body's head noun without the article that the headline writes with it:
    «أمانة» under «الأمانة تباشر …», «بلدية» under «البلدية تطرح …»."""
    head = strip_clitic(fold(word))
    if head not in _HEADS_AR:
        return False
    return "ال" + head in doc.once("folded title words", _folded_title_words)


def _folded_title_words(doc: Document) -> frozenset[str]:
    """The headline's words, folded: read once per article, not per gap."""
    return frozenset(fold(w) for w in _WORD.findall(doc.title))


def _spaced_title(doc: Document) -> str:
    """The title normalised, a space on each side: read once per article, not per gap."""
    return f" {norm(doc.title)} "


def _spaced_text(doc: Document) -> str:
    """The article normalised, a space on each side: read once per article, not per gap."""
    return f" {norm(doc.text)} "


def _body_named_in_title(answer: str, title: str) -> bool:
    """True for an Arabic body («وزارة التضامن الاجتماعي») whose complement the title names,
    perhaps through its minister and with «و» on it («وزيرا العدل والتضامن الاجتماعي»)."""
    head, _, complement = answer.partition(" ")
    if not complement or fold(head) not in BODY_HEADS_AR:
        return False
    pattern = rf"(?<!\S)[وبل]?{re.escape(norm(complement))}(?!\S)"
    return re.search(pattern, title) is not None


def _nisbas(answer: str) -> list[str]:
    """The adjectives of an Arabic country's name, «الأردن» -> «الأردني», «الأردنية»; «مصر»,
    «سوريا», «السعودية» likewise: a headline about «محكمة أمن الدولة الأردنية» is about the
    country too, and «(أعلى سلطة قضائية في ____)» keyed «الأردن» asks what it says."""
    if fold(answer).casefold() not in countries("ar"):
        return []
    return [f"ال{stem}ي", f"ال{stem}ية"] if len(stem := _nisba_stem(answer)) >= 2 else []


def _nisba_stem(answer: str) -> str:
    """What an Arabic country's adjective is built on: «الأردن» -> «أردن», «مصر» -> «مصر»,
    «بريطانيا» -> «بريطان», «السعودية» -> «سعود»."""
    base = answer.removeprefix("ال")
    if base.endswith("ية"):
        return base.removesuffix("ية")
    if base.endswith("يا") and len(base) > 4:
        return base[:-2]  # «بريطانيا» -> «البريطاني», «سوريا» -> «السوري»
    return base.rstrip("اة")


# A country's adjective in any of its forms: «البريطاني», «البريطانية», «البريطانيين».
_NISBA_ENDS = "(?:ي|ية|يه|يين|يون|يات)"


def nisba_shown(text: str, answer: str) -> bool:
    """True when `text` calls something by the adjective of the Arabic country `answer`: «أقرت
    المحكمة العليا في ____ … الجنود البريطانيين … الحكومة البريطانية» keyed «بريطانيا» (set
    r: given away, both reviewers)."""
    names = [answer, *keys.place_forms(answer)]  # «بريطانيا», ISO's «المملكة المتحدة»
    if not any(fold(name).casefold() in countries("ar") for name in names):
        return False
    stem = fold(_nisba_stem(answer))
    if len(stem) < 3:
        return False
    pattern = rf"(?<!\w)(?:[وبلف]?ال|لل){re.escape(stem)}{_NISBA_ENDS}(?!\w)"
    return re.search(pattern, fold(text)) is not None


def _demonyms(answer: str, title: str) -> list[str]:
    """The title's words that say an English country's name as an adjective: "Australian"
    for "Australia", "Kenyan" for "Kenya" (set a of the thirty-third session: "____'s prime
    minister" keyed "Australia" under "… Australian premier claims election win")."""
    if len(answer) < 5 or fold(answer).casefold() not in countries("en"):
        return []
    stem = answer[:-1]
    return [w for w in _WORD.findall(title) if w != answer and w.startswith(stem)]


# What a body's name is written with besides the name it goes by: "Qualcomm Inc", "CQ Capras".
# The trade words a company's full name ends on, which the story drops after the first mention
# ("Cisco Systems" under "Cisco beats …": set s, trivial, both reviewers).
_CORPORATE = frozenset(
    """inc inc. co co. corp corp. corporation ltd ltd. llc plc sa ag nv systems group holdings
    technologies industries international motors airways airlines""".split()
)
_INITIALS = re.compile(r"^[A-Z]{2,3}$")


def _core(name: str) -> str:
    """A capitalised name without a company's legal ending and a region's initials before it
    ("Qualcomm Inc" -> "Qualcomm", "CQ Capras" -> "Capras"); any other answer as it is."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return name
    if words[-1].casefold() in _CORPORATE:
        words = words[:-1]
    elif _INITIALS.match(words[0]) and len(words) == 2:
        words = words[1:]
    return " ".join(words)


def named_by_title(doc: Document, end: int) -> bool:
    """True when the two words after a name's gap (ending at `end`) follow one word in the
    headline: the headline names what the gap asks, in other words or the same."""
    if not is_headline(doc):
        return False
    stop_words = doc.stop_words()
    after = doc.text[end : end + 60].split(".")[0].split(",")[0]
    words = [fold(w) for w in _WORD.findall(after)[:_SLOT_CONTEXT]]
    if len(words) < _SLOT_CONTEXT or all(w in stop_words for w in words):
        return False
    heading = [fold(w) for w in _WORD.findall(doc.title)]
    return any(
        heading[k + 1 : k + 1 + _SLOT_CONTEXT] == words and heading[k] not in stop_words
        for k in range(len(heading) - _SLOT_CONTEXT)
    )


# Words that say what kind of body a name is, not which: «وزارة الكهرباء» is named by «الكهرباء».
_KINDS_OF_BODY = ORG_CUES_AR | frozenset(
    fold(w)
    for w in """هيئة جهاز مجلس دائرة مديرية مكتب ministry company department agency council
    office authority""".split()
)


def heads_the_title(doc: Document, body: str) -> bool:
    """True when the headline names `body`, whole or by its own words: «وزارة الكهرباء» under
    «الكهرباء العراقية: …», "Tesla Inc" under "Tesla recalls …"."""
    title = {fold(w) for w in _WORD.findall(doc.title)}
    own = [fold(w) for w in _WORD.findall(body) if fold(w) not in _KINDS_OF_BODY]
    return bool(own) and all(w in title for w in own)


def bare_word(key: str) -> str:
    """A folded Arabic word without «و/ف», «ال» or «لل»: «والانتخابات» -> «انتخابات»."""
    key = strip_clitic(key)
    for article in ("ال", "لل"):
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


def headline_words(doc: Document) -> frozenset[str]:
    """The headline's words of three letters or more, bare: what the article is about."""
    words = (bare_word(t.key) for t in tokenize(doc.headline))
    return frozenset(word for word in words if len(word) >= 3)


def number_named_in_headline(doc: Document, start: int, end: int, answer: str) -> bool:
    """True for a number that, with the word before it, is in the headline and counts nothing
    after it: "Model 3" of a story about the Tesla Model 3 (set q: the article's own subject,
    both reviewers); not «إعادة 86 طالبًا» under «إعادة 86 طالبا …», the story's figure."""
    before = doc.text[max(0, start - 25) : start].split()
    if not before or not doc.headline or not answer[:1].isdigit():
        return False
    after = [w.strip("،,.:؛;") for w in doc.text[end : end + 25].split()]
    next_word = fold(after[0]).casefold() if after else ""
    if next_word[:1].isalpha() and next_word not in doc.stop_words() | _ONLY:
        return False
    word = without_preposition(strip_clitic(fold(before[-1]).casefold()))  # «لموديل»: «موديل»
    if not word[:1].isalpha():
        return False  # "$ 40 million" under "$ 40 Million Shortage …": a sum, no name
    return f" {word} {answer.casefold()} " in f" {fold(doc.headline).casefold()} "


_ONLY = frozenset(fold(w) for w in "فقط only".split())
