"""A figure given as «بقيمة/بنسبة/بتكلفة …» of the thing before it, asked «ما قيمة …؟» (counts_ar).

«إذ تكبدت خسارة مالية بقيمة 2.461 مليار دولار في الثلاثة أشهر المنتهية في ديسمبر الماضي»
asks «ما قيمة الخسارة المالية في الثلاثة أشهر المنتهية في ديسمبر الماضي؟», and «أكد …، جاهزية
شبكة المياه في مركز الشقيق بنسبة 95 %» asks «ما نسبة جاهزية شبكة المياه في مركز الشقيق؟».

The thing measured is the noun phrase just before the measure: an indefinite head (a verbal
noun or an object), perhaps a chain of nouns it governs and the phrases after them. A definite
noun before it is a subject («ارتفعت الأسعار بنسبة 5%»: the rise is measured, not the prices),
and a head with its accusative ending is an object a verb governs («وقعت الشركة عقدا بقيمة …»
asks «ما قيمة العقد؟»). An indefinite head and its adjectives take the article; a chain that
ends in a definite noun is definite already and stays as written.
"""

from __future__ import annotations

from .document import Document, Token, fold, strip_clitic
from .money import currency
from .names import countries
from .number_keys import number_forms
from .precision import looks_like_verb_ar
from .spelled import MULTIPLIERS
from .token_spans import spaced_only, to_clause_end, words_of

# The measure, by the word that gives it, as the question names it.
_MEASURES = {fold(f"ب{w}"): w for w in "قيمة نسبة تكلفة مساحة حجم طول".split()}
# Sums of money a news story names by their noun before the amount: «خسارة 353 مليون دولار».
_SUMS = frozenset(
    fold(w) for w in "خسارة خسائر أرباح إيرادات مبيعات ديون عجز فائض قرض منحة".split()
)
ABOUT_AR = frozenset(fold(w) for w in "نحو حوالي حوالى قرابة".split())
_THAT = frozenset(fold(w) for w in "أن إن بأن".split())
_PREPOSITIONS = frozenset(fold(w) for w in "في من على إلى الى عن مع".split())
# Words the phrase after the figure may open with: a time or a place it is of.
_TAIL_OPENERS = frozenset(fold(w) for w in "في خلال منذ حتى عام".split())
# «إضافة إلى X بنسبة …», «لكل من X بنسبة …»: an item of a list whose rise or fall the verb
# before it gives; «ما نسبة لكل من …؟» asks no question.
_CONNECTORS = frozenset(fold(w) for w in "إضافة بالإضافة وإضافة علاوة".split())
_EACH = fold("لكل")
# Words that say why or when, opening a phrase the measure then follows.
# «حيث تم خفض الحد الأدنى … بنسبة 5%»: «حيث» opens a clause, no noun («ما نسبة حيث …؟», set c).
_BECAUSE = frozenset(
    fold(w) for w in "بفضل بسبب نتيجة جراء إثر اثر عقب بعد قبل خلال حيث وحيث إذ".split()
)
# Changes that need the thing that changed: «انخفاضا بنسبة 6%» says nothing alone.
_CHANGES = frozenset(fold(w) for w in "انخفاض ارتفاع زيادة تراجع نمو تحسن هبوط صعود".split())
# Comparatives: «أقل بنسبة …» says how much less than something, and names nothing measured.
_COMPARED = frozenset(fold(w) for w in "أقل أكثر أعلى أدنى أكبر أصغر أسرع أبطأ".split())
_MAX_PHRASE = 12
_MAX_TAIL = 8


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """The question, key and further answers for the figure in tokens[first:last + 1], when a
    measure word («بقيمة») names what it is of."""
    at = first - 1
    qualifier = ""
    if at >= 0 and tokens[at].key in ABOUT_AR:
        qualifier, at = tokens[at].text, at - 1
    if at < 1:
        return None
    if tokens[at].key in _MEASURES:
        measure, phrase = _MEASURES[tokens[at].key], _measured(doc, tokens, at)
    elif strip_clitic(tokens[at].key) in _SUMS and _currency_after(tokens, last):
        # «مقابل خسارة 353 مليون دولار في نفس الفترة»: a sum of money named by its noun
        measure, phrase, at = "قيمة", _definite(tokens[at].text.removeprefix("و")), at + 1
    else:
        return None
    if phrase is None:
        return None
    end = _scaled_end(tokens, last)
    figure = words_of(doc.text, tokens[first:end])
    following = doc.text[tokens[end - 1].end :].lstrip()
    unit, forms = "", []
    if following[:1] == "%":
        figure = doc.text[tokens[first].start : doc.text.index("%", tokens[end - 1].end) + 1]
        forms = number_forms(figure, "ar")  # "95", «95 في المئة»
    elif end < len(tokens) and currency(tokens[end].key):
        unit, end = tokens[end].text, end + 1
    if not spaced_only(doc.text, tokens[at:end]):
        return None
    tail = _tail(doc, tokens, end)
    question = f"ما {measure} {phrase}{' ' + tail if tail else ''}؟"
    forms += [f"{figure} {unit}"] if unit else []
    about = [f"{qualifier} {form}" for form in [figure, *forms]] if qualifier else []
    return question, figure, [*forms, *about]


def _scaled_end(tokens: list[Token], last: int) -> int:
    """One past the figure ending at token `last`, its scale word («مليار») with it."""
    end = last + 1
    return end + 1 if end < len(tokens) and tokens[end].key in MULTIPLIERS else end


def _currency_after(tokens: list[Token], last: int) -> bool:
    end = _scaled_end(tokens, last)
    return end < len(tokens) and bool(currency(tokens[end].key))


def _measured(doc: Document, tokens: list[Token], at: int) -> str | None:
    """The noun phrase before the measure word at `at`, made definite, or None."""
    k = at
    while k > 0 and _joins(doc, tokens[k - 1], tokens[k]):
        if at - k == _MAX_PHRASE:
            return None  # no start in sight: the phrase would be cut somewhere inside
        k -= 1
    words = tokens[k:at]
    if not words or words[0].key.startswith("ال") or words[0].key in _PREPOSITIONS:
        return None
    if words[0].text.endswith(("ها", "هم", "هما")):
        return None  # «مؤشرات إيجابية، أبرزها نمو الناتج …»: «ما نسبة أبرزها …؟» asks nothing
    if words[0].key.startswith(("لل", "بال", "وال", "فال", "كال")):
        return None  # «ناقل للمياه بطول»: «للمياه» is no head, «الللمياه» no question
    if words[-1].key in _PREPOSITIONS or _past_verb(words[0].key):
        return None
    if words[0].key[:1] == "و" and strip_clitic(words[0].key) != words[0].key:
        return None  # «رواتب وأجور ومزايا الموظفين بنسبة 7%»: «ما نسبة ومزايا …؟», a list's end
    head = strip_clitic(words[0].key).removesuffix("ا")
    if head in _CHANGES and len(words) == 1:
        return None  # «شحن الفوسفاط، سجل انخفاضا بنسبة 6%»: «ما نسبة الانخفاض؟» of what?
    if words[0].key in _COMPARED:
        return None  # «ما يزال أقل بنسبة 18.8 بالمئة عن ذروته»: «ما نسبة الأقل؟» (set g: garbled)
    if words[0].key in _BECAUSE:
        return None  # «بفضل الارتفاع في معدل إقبال المرضى بنسبة 12 %»: «ما نسبة بفضل …؟»
    if words[0].key in _CONNECTORS or any(t.key == _EACH for t in words):
        return None  # «لكل من الحلي والمجوهرات بنسبة 21.4%», «إضافة إلى المواد الأخرى بنسبة»
    if k == 0:
        return None  # «وارتفعت الأسعار بنسبة …»: a sentence opens with its verb
    if any(fold(t.text) in countries("ar") for t in words):
        return None  # «الصادرات إلى كندا بنسبة 10 بالمئة»: «ما نسبة الكند؟» (set b: garbled)
    before = tokens[k - 1]
    opened = not spaced_only(doc.text, [before, words[0]])
    if not (opened or before.key in _THAT | _PREPOSITIONS or looks_like_verb_ar(before)):
        if not _accusative(words[0].key):
            return None  # «وقعت خطة …»: a past verb the phrase would swallow, or a word it cuts
    if any(t.key.startswith("ال") for t in words):
        return words_of(doc.text, words)  # «جاهزية شبكة المياه …»: a chain, definite already
    agreeing = all(_accusative(t.key) for t in words)  # «نموًا طفيفًا»: «النمو الطفيف»
    if len(words) > 1 and not agreeing and not all(_nisba(t.key) for t in words[1:]):
        return None  # «صفقة أسلحة»: a chain no article can be put on by rule
    return " ".join(_definite(t.text) for t in words)


def _joins(doc: Document, before: Token, token: Token) -> bool:
    """True when `before` belongs to the same noun phrase as `token`, read backwards."""
    if not before.is_arabic or not spaced_only(doc.text, [before, token]):
        return False
    if _accusative(token.key):
        # «نموًا طفيفًا»: an adjective agrees with its noun (a tanween is never a verb's)
        return _accusative(before.key) and before.text.endswith(("ًا", "اً"))
    past = _past_verb(before.key) and not before.key.startswith("ال")
    if before.key in _THAT or looks_like_verb_ar(before) or past:
        return False  # «… مليارا في حين زادت | ودائع العملاء لديه بنسبة»: the verb ends it
    if token.key in _PREPOSITIONS or token.key[:1] in "لبو" or token.key.startswith("ال"):
        return True  # «… في مركز», «… لمحافظة», «… وقرى», «شبكة المياه»
    # An indefinite noun after a definite one starts a phrase of its own: «الشركة عقدا».
    return before.key in _PREPOSITIONS or not before.key.startswith("ال")


def _past_verb(key: str) -> bool:
    """«ارتفعت», «انخفض»: a verb in the past, which no phrase measured opens with. Its verbal
    noun keeps a long vowel («ارتفاع», «انخفاض»)."""
    key = key[1:] if key[:1] == "و" and len(key) > 4 else key
    if key.endswith("ت") and not key.endswith(("ات", "وت")):
        return True
    return key[:1] == "ا" and 4 <= len(key) <= 6 and "ا" not in key[1:]


def _accusative(key: str) -> bool:
    """«عقدا», «برنامجا»: an indefinite object, never governed by the word after it; not a
    pronoun's «ها»/«نا» («وتوابعها»)."""
    return len(key) > 3 and key.endswith("ا") and not key.endswith(("اا", "ما", "ها", "نا"))


def _nisba(key: str) -> bool:
    """An adjective of relation («مالية», «دولي»), the kind that follows its noun."""
    return len(key) > 3 and key.endswith(("يه", "ي", "يين", "يات"))


def _definite(word: str) -> str:
    """«الخسارة» of «خسارة», «العقد» of «عقدا»."""
    word = word.rstrip("\u064b")
    if word.endswith("ا") and len(word) > 3:
        word = word[:-1].rstrip("\u064b")  # «طفيفًا»: the tanween before the alef goes too
    return f"ال{word}"


def _tail(doc: Document, tokens: list[Token], end: int) -> str:
    """The time or place the figure is of, when a short phrase after it names one and ends
    its clause: «في الثلاثة أشهر المنتهية في ديسمبر الماضي»."""
    if end >= len(tokens) or tokens[end].key not in _TAIL_OPENERS:
        return ""
    return to_clause_end(doc.text, tokens, end, _MAX_TAIL)
