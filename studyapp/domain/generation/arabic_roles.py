"""Arabic roles read around a name: where a role after the name ends («الدكتور محمد القوصي
الرئيس التنفيذي لوكالة الفضاء،»), and the commas that set a role off."""

from __future__ import annotations

from .arabic_family_ends import written_together
from .arabic_names import THAT_AR, in_words, is_verbish_ar
from .document import STOP_AR, Document, Person, Sentence, Token, fold, gap
from .names import HONORIFICS_AR, NAMED_AFTER_AR, is_role_word_ar, next_listed_ar
from .outlets import ends_a_listed_name

MAX_ROLE = 7  # words: «مدرب فريق النجمة الأول لكرة القدم»
# Words no role goes on through: what the person did next («مدرب أستراليا عن سعادته بعد»,
# «رئيس اللجنة اليوم الأربعاء»), a relative clause («رئيس الوزراء الذي زار»), what they said
# («رئيس الوطنية للانتخابات إن «الهيئة …»»).
_ROLE_ENDS_AR = frozenset(
    fold(w)
    for w in """عن مع منذ خلال بعد قبل حول من الذي التي الذين اللذين اليوم أمس غدا الأحد
    الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت إن أن سموه معاليه فخامته سماحته""".split()
)


def carries_pronoun_ar(token: Token) -> bool:
    """True for a word ending in a pronoun whose noun is elsewhere: «سعادته», «فوزها»,
    «سكانهم». A bare final «ه» is no sign of one: «المياه», «اتجاه» end so too."""
    return len(token.text) > 3 and token.text.endswith(("ته", "ها", "هم", "هن", "هما"))


def to_someone_ar(token: Token) -> bool:
    """True for «لـ» and a word with a pronoun on it («لوالدها», «لوالده», «لهم», «لنا»): whom
    something was said or done to, never a word of a name."""
    return token.key[:1] == "ل" and token.text.endswith(("ه", "ها", "هم", "هما", "كم", "نا"))


# Folded. Adverbs of time and manner news puts beside nouns and names: «الجلسة أمس», «الرئيس
# آنذاك محمد مرسي», «ووصف الرئيس ريغان علنا …».
ADVERBS_AR = frozenset(
    fold(w)
    for w in """اليوم أمس غدا الآن آنذاك حينذاك حينها وقتها سابقا حاليا آنفا علنا رسميا شخصيا
    مؤخرا أخيرا أيضا مجددا فعلا تماما جدا كثيرا دائما أحيانا""".split()
)


# Words that make another office of the role after them.
# «مساعد وزير الخارجية», «ومستشار وزير الخارجية للشؤون السياسية»: the role is the deputy's or
# the adviser's, not the minister's (set a of the thirty-third session: wrong key, both reviewers).
DEPUTIES_AR = frozenset(
    fold(w) for w in "نائب نائبة مساعد مساعدة وكيل وكيلة مستشار مستشارة".split()
)


# Nouns of a role's chain that open with «و» of their own: «والي ولاية معسكر», «مدير وكالة …».
WAW_NOUNS_AR = frozenset(fold(w) for w in "ولاية ولايات وكالة وكالات".split())


_AFFAIRS_AR = frozenset(fold(w) for w in "شؤون شئون".split())


def ends_role_ar(token: Token) -> bool:
    """True for a word a role stops before: one of _ROLE_ENDS_AR, a word carrying a pronoun
    («سعادته»), a number («محافظ القليوبية | 9 مشروعات …»: the object of the verb), or «و» on
    a word that is no role and has no article («وبتوجيهات من …»; «والإعلام», «وعضو» and
    «وتقنية المعلومات» go on)."""
    key = token.key
    if key in _ROLE_ENDS_AR or carries_pronoun_ar(token) or key[:1].isdigit():
        return True
    if key[:1] == "و" and key[1:] in HONORIFICS_AR:
        return True  # «جلال السعيد وزير النقل | واللواء أحمد تيمور»: the next one listed
    if key in WAW_NOUNS_AR:
        return False  # «والي ولاية معسكر»: «و» is the noun's own first letter, not "and"
    if key[:1] == "و" and token.text.endswith("ة") and key[1:2] not in ("ب", "ل", "ك"):
        return False  # «وزير الاتصالات وتقنية المعلومات»: a noun the role's chain goes on with
    if key[:1] == "و" and key[1:] in _AFFAIRS_AR:
        return False  # «وزير الخارجية وشؤون المغتربين»: the portfolio's second part (set id)
    return key[:1] == "و" and key[1:3] != "ال" and len(key) > 3 and not is_role_word_ar(token)


def after_comma(doc: Document, sentence: Sentence, k: int) -> bool:
    tokens = sentence.tokens
    return k > 0 and gap(doc.text, tokens[k - 1], tokens[k]).strip() in {"،", ","}


def listed_item_ar(doc: Document, sentence: Sentence, k: int) -> bool:
    """True when token k opens an item of a list of names: between commas, one or two words
    long, after two such items, in a sentence of at least three commas («…، سيف الدين
    درويش، أمين الشناينة، …»): «أمين» there is a given name, not a secretary."""
    tokens = sentence.tokens
    if not after_comma(doc, sentence, k) or sentence.text.count("،") + sentence.text.count(",") < 3:
        return False
    closed = any(k + n < len(tokens) and after_comma(doc, sentence, k + n) for n in (1, 2))
    # Two short items before it, between commas: «من جهة أخرى، عبر ستيبان توماس، مدرب الأخدود،»
    # is a name and his role.
    before = [n for n in range(k - 4, k) if n > 0 and after_comma(doc, sentence, n)]
    earlier = before and any(
        after_comma(doc, sentence, before[-1] - n) for n in (1, 2, 3) if before[-1] - n > 0
    )
    return closed and bool(earlier)


def closed_by_comma(doc: Document, sentence: Sentence, found: tuple[int, int]) -> bool:
    """True when a comma closes the name at `found`, or the colon that opens the words the
    person says: «صرح ظهير فريق الفيحاء، أحمد بامسعود: "…"» (set n)."""
    b = found[1]
    if not 0 < b < len(sentence.tokens):
        return False
    said = gap(doc.text, sentence.tokens[b - 1], sentence.tokens[b]).strip()[:1] == ":"
    return after_comma(doc, sentence, b) or said


def _after_whose(tokens: list[Token], k: int) -> bool:
    """True when tokens[k] is an indefinite word right after the «لـ» word that says whose the
    role is («للأهلي», «لشركة»): the role's definite words go on («للفريق الأول»), an object
    of the sentence's verb does not («جاهزية»). A body's name after its noun («لشركة أرامكو»,
    «لنادي الزمالك») goes on too."""
    before, word = tokens[k - 1], tokens[k]
    if before.key[:1] != "ل" or word.key.startswith("ال") or word.key[:1] in "وف":
        return False
    return before.key.startswith("لل") and word.is_arabic


def _second_to(tokens: list[Token], b: int, k: int) -> bool:
    """True when tokens[k] carries an indefinite «لـ» and the role from b already said whose it
    is with one and the word after it («لفريق الأهلي»)."""
    key = tokens[k].key
    if key[:1] != "ل" or key.startswith("لل") or len(key) < 4:
        return False
    return any(tokens[j].key[:1] == "ل" for j in range(b + 1, k - 1))


def _governs_next(doc: Document, tokens: list[Token], k: int) -> bool:
    """True when the definite participle at k («المتمتع», «المسؤول») takes the «بـ/عن/لـ» word
    after it: it describes the last noun of the role and is cut off from what it governs."""
    key, after = tokens[k].key, tokens[k + 1]
    if not key.startswith("الم") or len(key) < 6 or is_role_word_ar(tokens[k]):
        return False
    return not gap(doc.text, tokens[k], after).strip() and after.key[:1] in "بل"


def role_after_name_ar(
    doc: Document, sentence: Sentence, found: tuple[int, int], joined: bool = False
) -> bool:
    """ "الدكتور محمد القوصي الرئيس التنفيذي لوكالة الفضاء،": a role straight after the name.
    True when one was found and the person added; `joined`: the name's first word carries the
    «و» that joins it to the one listed before («…، ومجدى المنشاوى مدير إدارة …»)."""
    tokens = sentence.tokens
    a, b = found
    if b >= len(tokens) or not is_role_word_ar(tokens[b]) or next_listed_ar(tokens[b]):
        return False
    if listed_item_ar(doc, sentence, b):
        return False  # «…، سيف الدين درويش، أمين الشناينة، …»: the next name of a list
    if in_words(tokens[b - 1].key, NAMED_AFTER_AR):
        return False  # «على استاد مدينة الملك عبدالله الرياضية»: a place named after a king
    if gap(doc.text, tokens[b - 1], tokens[b]).strip() not in {"", "،", ","}:
        return False
    end = b + 1
    while end < len(tokens) and end - b < MAX_ROLE:
        if gap(doc.text, tokens[end - 1], tokens[end]).strip():
            break
        word = tokens[end]
        if what_comes_after(tokens, end):
            end += 1  # «الباحث في دراسة ما بعد الدكتوراه»: «ما بعد» is one word, "post-"
            continue
        verbish = is_verbish_ar(word) and not written_together(doc, tokens[end - 1], word)
        if verbish or tokens[end].key in THAT_AR or ends_role_ar(tokens[end]):
            break  # «مدرب بني ياس»: «ياس» opens like a verb, but the article writes the club
        if _told_to(doc, tokens, end):
            break  # «محامي أسرة نيرة أشرف لـ"رويترز"»: whom he told, no part of his role
        if _after_whose(tokens, end):
            break  # «المدير الفني للأهلي جاهزية الفريق»: the role ended at whose it is
        if end - b >= 2 and tokens[end].key in _ON_ABOUT_AR:
            break  # «وزير المالية على الوضع الاقتصادي»: the verb's «على»; «المشرف على» is his
        if _second_to(tokens, b, end):
            break  # «المدير الفني لفريق الأهلي لجماهير الفريق»: the verb's «لـ» begins
        if end - b >= 2 and _bare_after_definite(tokens, end):
            break  # «مدرب العهد اللبناني عدم رضاه»: what he expressed, not his role
        if end - b >= 2 and _plural_after_definite(tokens, end):
            break  # «وزيرة التربية والتعليم المؤشرات العامة»: what she approved
        end += 1
    end = with_age_group(tokens, b, end)
    limited = end - b >= MAX_ROLE  # not closed by «أن», a verb or a comma: it may run on
    if end < len(tokens) and ends_role_ar(tokens[end]) and tokens[end - 1].key[:1] in "بل":
        end -= 1  # «أمير المنطقة الشرقية بمكتب سموه»: where he is, the pronoun says whose
    end = max(end, b + 1)
    cut = limited and end < len(tokens) and not gap(doc.text, tokens[end - 1], tokens[end]).strip()
    opened = [
        k
        for k in range(b + 1, end)
        if tokens[k].key[:1] in "بل" and not what_comes_after(tokens, k)
    ]
    if cut and opened:
        end = opened[-1]  # «… لكرة القدم بنادي أم»: the club's name ran past the limit
    # «المتحدث باسم وزارة الصحة أن»: closed by «أن», the role is whole
    if end - b > 2 and end < len(tokens) and _governs_next(doc, tokens, end - 1):
        end -= 1  # «… كردستان العراق المتمتع بالحكم»: a participle cut from what it governs
    person = doc.add_person(doc.text[tokens[a].start + joined : tokens[b - 1].end])
    text = doc.text[tokens[b].start : tokens[end - 1].end]
    doc.add_role(person, text, "", tokens[b].start, tokens[end - 1].end)
    return True


# «ما بعد»/«ما قبل» before a noun: "post-", "pre-" («دراسة ما بعد الدكتوراه»), not "after".
_WHAT_AR = fold("ما")
_AFTER_BEFORE_AR = frozenset(fold(w) for w in ("بعد", "قبل"))


def _told_to(doc: Document, tokens: list[Token], k: int) -> bool:
    """True when tokens[k] is a bare «لـ» before a listed outlet's name: "to Reuters" (set hx's
    reviewers: «من هو محامي أسرة نيرة أشرف لـ"رويترز"؟», garbled to both)."""
    return (
        k + 1 < len(tokens)
        and tokens[k].key == _TO_AR
        and ends_a_listed_name(tokens[k + 1].text, "ar")
    )


_TO_AR = fold("ل")


def what_comes_after(tokens: list[Token], k: int) -> bool:
    """True when tokens[k] is «بعد» or «قبل» of «ما بعد»/«ما قبل» inside a role (set hv's
    reviewers: «من هو الباحث فى دراسة ما؟», cut there, garbled to both)."""
    return k > 0 and tokens[k].key in _AFTER_BEFORE_AR and tokens[k - 1].key == _WHAT_AR


def _bare_after_definite(tokens: list[Token], k: int) -> bool:
    """True for an indefinite content word, without a preposition, after a definite one: a role
    ends with its definite words («مدرب العهد اللبناني»), and what follows is the sentence's."""
    word, before = tokens[k], tokens[k - 1]
    if not before.key.startswith(("ال", "وال")) or word.key in STOP_AR:
        return False
    return word.is_arabic and not word.key.startswith("ال") and word.key[:1] not in "لبوف"


# Folded. An age group after a team: «لأقل من 18 سنة», «تحت 23 عاما».
_UNDER_AR = frozenset(fold(w) for w in "لأقل أقل تحت دون".split())
_YEARS_AR = frozenset(fold(w) for w in "سنة سنه عاما عام".split())


def with_age_group(tokens: list[Token], b: int, end: int) -> int:
    """Where a role ends with the age group its team plays in, «مدرب المنتخب الوطني المغربي
    لأقل من 18 سنة»: the role stopped at «من» or the number, and «لأقل» was left hanging."""
    if end - b < 2 or tokens[end - 1].key not in _UNDER_AR:
        return end
    k = end + (end < len(tokens) and tokens[end].key == fold("من"))
    if k + 1 < len(tokens) and tokens[k].key.isdigit() and tokens[k + 1].key in _YEARS_AR:
        return k + 2
    return end - 1  # «لأقل» with no age after it: not part of the role


def _plural_after_definite(tokens: list[Token], k: int) -> bool:
    """True for a definite plural in «ـات» right after a definite word: no adjective of the
    role (those agree, «الدراسات العليا»; a plural adjective is a nisba, «الإدارية» or
    «الخليجيات»), but a new noun, the verb's object: «اعتمدت … وزيرة التربية والتعليم
    المؤشرات العامة لنتائج …»."""
    word, before = tokens[k].key, tokens[k - 1].key
    if not before.startswith(("ال", "وال")) or not word.startswith("ال"):
        return False
    return word.endswith("ات") and not word.endswith("يات") and len(word) > 5


_ON_ABOUT_AR = frozenset(fold(w) for w in "على عن".split())
# «وقال سموه», «وأكد معاليه»: the title an honorific pronoun stands for, as the article names
# its holder («صاحب السمو الملكي الأمير سعود …», «معالي أمين المنطقة … فهد …»).
_HONOURED_AR = {
    fold("سموه"): frozenset(fold(w) for w in "السمو سمو الأمير".split()),
    fold("معاليه"): frozenset({fold("معالي")}),
    fold("فخامته"): frozenset({fold("فخامة")}),
    fold("سعادته"): frozenset({fold("سعادة")}),
    fold("سماحته"): frozenset({fold("سماحة")}),
}
_TITLE_REACH = 8  # tokens from the title to its holder's name, a role between


def honoured_ar(doc: Document, tokens: list[Token]) -> Person | None:
    """The person an honorific pronoun among `tokens` refers to: the first the article names
    after the title it stands for."""
    titles = next((_HONOURED_AR[t.key] for t in tokens if t.key in _HONOURED_AR), None)
    if titles is None:
        return None
    for sentence in doc.sentences:
        words = sentence.tokens
        for k, token in enumerate(words):
            if token.key not in titles:
                continue
            for a in range(k + 1, min(len(words), k + _TITLE_REACH)):
                for width in (3, 2):
                    name = " ".join(t.text for t in words[a : a + width])
                    person = doc.resolve_person(name) if a + width <= len(words) else None
                    if person is not None:
                        return person
    return None
