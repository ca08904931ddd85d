"""Where an Arabic name that starts at a token ends: a given or unprefixed first word, «بن»,
«أبو» and «عبد» with the word after them, a compound given name («ناصر الدين»), a family name
with or without the article, closed by a comma, «أن», a role or the sentence's end (the tests
of what closes a family name are in arabic_family_ends.py); and what is no name («على مستوى»,
a weekday after it)."""

from __future__ import annotations

import re

from .arabic_family_ends import (
    definite_family,
    family_after_servant,
    family_before_comma_role,
    family_ends_sentence,
    family_like_a_verb,
    family_name_at_comma,
    family_name_before_role,
    family_name_before_that,
    family_name_titled_at_comma,
    family_then_preposition,
    family_then_that,
    family_then_told,
    family_then_when,
    role_follows,
    surname_ar,
    takes_an_object,
    written_together,
)
from .arabic_names import (
    LINEAGE_AR,
    SERVANT_OF,
    THAT_AR,
    is_verbish_ar,
    name_word_ar,
    prefixed_noun,
)
from .arabic_on import ON_PHRASES, after_a_word, object_of_on, on_that, verb_on
from .arabic_roles import to_someone_ar
from .date_words import WEEKDAYS_AR
from .document import (
    SPEECH_VERBS_AR,
    Document,
    Sentence,
    Token,
    fold,
    gap,
    strip_clitic,
)
from .names import (
    HONORIFICS_AR,
    MAX_NAME,
    given_names,
    is_given_name,
    is_role_word_ar,
)

# When the person spoke, never a family name: «رئيس الحكومة محمد اشتية الثلاثاء، إن …».
WHEN_AR = frozenset(fold(w) for w in [*WEEKDAYS_AR, "الإثنين", "اليوم", "أمس", "غدا"])


def name_closed_at(doc: Document, tokens: list[Token], b: int) -> bool:
    """True when a name that ends before tokens[b] is closed there: the sentence ends, a comma,
    colon or full stop follows it ('وقال سيلفا: "…"'), or «إن/أن» or a word of time («وقال
    بلوم إن …», «وزيرة الصحة أنياس بوزين اليوم …»); not a noun and its adjective («وزير النقل
    العراقي خطا آخر في البصرة»)."""
    if b >= len(tokens):
        return True
    after = tokens[b]
    if gap(doc.text, tokens[b - 1], after).strip()[:1] in {":", "،", ",", "."}:
        return True
    return strip_clitic(after.key) in THAT_AR or after.key in THAT_AR or after.key in WHEN_AR


# Styles of address, which open a title and end any name before them.
STYLES_AR = frozenset(fold(w) for w in "فضيلة معالي سعادة سماحة فخامة سمو".split())
# «برعاية الرئيس ميشال عون ممثلا بوزير التربية …»: who stood in for him follows, not his name.
ON_BEHALF_AR = frozenset(fold(w) for w in "ممثلا ممثلاً ممثلة ممثلةً ممثلين ممثلًا نيابة".split())
_IN_THE_NAME_OF = fold("باسم")
# «ناصر الدين», «عطا الله», «سيف الرحمن», «سيف الإسلام»: words that end a compound name, not
# open a family name.
_COMPOUND_ENDS = frozenset(fold(w) for w in "الدين الله الرحمن الإسلام".split())


def _opens_the_headline(doc: Document, token: Token) -> bool:
    """True for the word a headline opens with, a name («بيلدا يعبر عن سعادته …» above «المدرب
    الإسباني خورخي بيلدا»), though «ب» could open it as a preposition."""
    first = doc.sentences[0] if doc.sentences else None
    return bool(first and first.boilerplate and first.tokens and first.tokens[0].text == token.text)


def _then_that(token: Token) -> bool:
    """«فإن», «وأن»: "that" with «ف» or «و» written on it."""
    return token.key[:1] in "فو" and token.key[1:] in THAT_AR


# «ممثل/ممثلة»: a representative, and no family name before the body they represent.
_REPRESENTS = frozenset(fold(w) for w in "ممثل ممثلة".split())


def _definite(token: Token) -> bool:
    """True for a word opening on the article «ال»; not «ألكسندر» or «إلياس», whose hamza the
    folded key drops (the coach «ألكسندر سانتوس» was found as «سانتوس» alone)."""
    return token.key.startswith("ال") and not token.text.startswith(("أل", "إل", "آل"))


def _titled_definite_given(doc: Document, tokens: list[Token], i: int) -> bool:
    """True for a given name written with the article right after a title: «الدكتور الحسن
    طاهر» (set u: the governor went unnamed), «المهندس الحسين …»."""
    return (
        i > 0
        and tokens[i - 1].key in HONORIFICS_AR
        and tokens[i].key[2:] in given_names("ar")
        and i + 1 < len(tokens)
        and not tokens[i + 1].key.startswith("ال")
    )


def _ba_family(token: Token) -> bool:
    """True for a family name in «با» and a given name, as Hadrami names are written
    («بامسعود», «باحميد», «باعبود»), which no «ب» on a word makes: «بامتياز» is "with
    distinction" (set n: «أحمد بامسعود» read as «أحمد» and a preposition)."""
    key = token.key
    return len(key) > 4 and key.startswith("با") and key[2:] in given_names("ar")


def _servant_then(tokens: list[Token], j: int) -> bool:
    """True for the «الله» of «عبد الله» at token j: the compound's second half comes with it,
    past the name's count of words («محمد سامي عبد الله», set q: read «محمد سامي عبد»)."""
    return tokens[j - 1].key in SERVANT_OF and tokens[j].key.startswith("ال")


def _compound_then(tokens: list[Token], j: int) -> bool:
    """True for the second half of a compound given name at token j, which comes with the
    name past its count of words («نور هلال سيف الرحمن», set id: read «نور هلال سيف»)."""
    return tokens[j].key in _COMPOUND_ENDS and name_word_ar(tokens[j - 1])


def name_from_ar(doc: Document, sentence: Sentence, i: int) -> tuple[int, int] | None:
    """Token range [i, j) of the Arabic name starting at i: a given or unprefixed first name,
    up to two more unprefixed words, or an article-prefixed surname to close it."""
    tokens = sentence.tokens
    if i >= len(tokens) or not name_word_ar(tokens[i]):
        return None  # a name in Latin letters is people_latin's: "وقالت Jane Goodall إن"
    if _definite(tokens[i]) and not _titled_definite_given(doc, tokens, i):
        return None
    if tokens[i].key in ON_BEHALF_AR:
        return None  # «ممثلا بوزير التربية»: who stands in for someone, no name
    if tokens[i].key == _IN_THE_NAME_OF and any(
        is_role_word_ar(tokens[k]) for k in range(max(0, i - 2), i)
    ):
        return None  # «المتحدثة (الرسمية) باسم الوزارة»: "for the ministry", not «باسم»
    if prefixed_noun(doc, tokens, i):
        return None  # «المدير الفني للفريق على أن»: "for the team", no name
    if tokens[i].text == "على" and i + 1 < len(tokens) and tokens[i + 1].key in ON_PHRASES:
        return None  # «على مستوى العالم»: the preposition, not the given name «علي»
    if tokens[i].text == "على" and i + 1 < len(tokens) and _does_what(tokens[i + 1]):
        return None  # «مساعدة الشعب السوري على استعادة …»: "to regain", no man «علي»
    if tokens[i].text == "على" and after_a_word(doc, tokens, i):
        return None  # «سيطرته على جائزة أفضل»: a name follows a role, a verb of saying or a break
    j = i + 1
    limit = MAX_NAME
    titled = i > 0 and tokens[i - 1].key in HONORIFICS_AR  # «الدكتور بشر الخصاونة»
    # A role or a verb of saying just before says a name follows: «وقال باسم الخطيب إن».
    roled = any(is_role_word_ar(tokens[r]) for r in range(max(0, i - 3), i)) or (
        i > 0 and strip_clitic(tokens[i - 1].key) in SPEECH_VERBS_AR
    )
    while j < len(tokens) and (
        j - i < limit or _servant_then(tokens, j) or _compound_then(tokens, j)
    ):
        tok = tokens[j]
        if gap(doc.text, tokens[j - 1], tok).strip() or tok.key in WHEN_AR | STYLES_AR:
            break  # «مؤكدًا حرص فضيلة الإمام»: a style of address opens another's title
        if tok.key in ON_BEHALF_AR or tok.key in THAT_AR or _then_that(tok):
            break  # «رأى فيدل كاسترو أنهم …», «وحسب … أحمد حيدر فإن …»: the name has ended
        if tok.key in _REPRESENTS and _definite_next(tokens, j):
            break  # «ذكر راي فيرجيليو ممثل المنظمة أن»: his role begins
        if tok.key in LINEAGE_AR and j + 1 < len(tokens):
            limit += 2  # "حسين بن محمد قميري"
            j += 1
            continue
        if tokens[j - 1].key in LINEAGE_AR and name_word_ar(tok):
            j += 1  # "محمود أبو النصر", "حسين بن محمد": the word after «أبو/بن» is the name's
            continue
        if tokens[j - 1].key == _AL_FAMILY and tok.is_arabic:
            j += 1  # «فؤاد بن أحمد آل الشيخ مبارك»: a family name never ends on «آل» (set g)
            continue
        if _compound_then(tokens, j):
            j += 1  # «ناصر الدين», «نصر الله»: the second half of a compound given name
            continue
        if _servant_then(tokens, j):
            j += 1  # «عبد الله الأجهر»: «عبد» and the word after it are one given name
            limit += 1  # «عبد المنعم خلف الله»: so it counts as one word of the name
            continue
        if surname_ar(tok) and name_word_ar(tok):
            j += 1
            break
        if j - i == 2 and tokens[i].key in SERVANT_OF and family_after_servant(tok):
            j += 1  # «عبد المجيد تبون», «عبد القادر بلجيلالي»: the family name after «عبد الـ…»,
            break  # though «ت» or «ب» opens it
        if (
            (j - i == 1 and (is_given_name(doc, tokens[i]) or titled))
            or (j - i >= 3 and tokens[j - 2].key in LINEAGE_AR)  # «خالد بن سالم الراشد»
        ) and family_name_before_that(doc, tokens, j, titled):
            j += 1  # «موسى المعايطة أن …», «الطراونة،»: a family name in «ة», closed after it
            break
        if j - i == 1 and roled and family_then_told(doc, tokens, j):
            j += 1  # «وزير النقل سامي الحداد لصحيفة "الأيام"»: whom he told follows his name
            break
        if j - i == 1 and roled and family_then_that(doc, tokens, j):
            j += 1  # «وزيرة التضامن نيفين القباج إن»: after a role, «إن» closes the family name
            break
        if j - i == 1 and (titled or roled) and family_name_titled_at_comma(doc, tokens, i, j):
            j += 1  # «العميد حسام الطحان، في بيان», «الخبير الفلكي خالد الزعاق، عن»: a title
            break  # or a role, a given name and a definite word the comma closes
        if j - i == 1 and family_name_before_role(doc, tokens, i, j):
            j += 1  # «المهندس عصام النجار رئيس مجلس …»: a role opens straight after the name
            break
        family = family_before_comma_role(doc, sentence, i, j) if j - i == 1 else 0
        if family:
            j += family  # «رانيا المشاط، وزيرة التخطيط», «عبدالرحمن الطاهر الأحيرش، نائب …»
            break
        if j - i >= 2 and family_name_at_comma(doc, sentence, j):
            j += 1  # «عبدالرحمن بن محمد العويس،», «حسين ناصر لوتاه،»: the name ends at the comma
            break
        if j - i == 1 and titled and is_given_name(doc, tokens[i]) and definite_family(tok):
            j += 1  # «الدكتور مهند المبيضين في وزارة …»: a title, a given name, a family name
            break
        if j - i == 1 and (roled or titled) and family_then_when(tokens, j, WHEN_AR):
            j += 1  # «الدكتورة دعاء الطاهات اليوم»: a word of time closes the family name
            break
        if j - i == 1 and (roled or titled) and family_then_preposition(doc, tokens, i, j):
            j += 1  # «لاعب النجمة ناصر الهليل بعد منعه»: so does a preposition after a role
            break
        if j - i == 1 and (roled or titled) and family_ends_sentence(tokens, j):
            j += 1  # «بحضور مدير قضاء الأزرق صالح الحباشنة.»: the sentence ends on his name
            break
        if not name_word_ar(tok) or tok.key.startswith("ال"):
            break
        if j - i == 1 and roled and j + 1 < len(tokens) and tokens[j + 1].key in WHEN_AR:
            j += 1  # «وزيرة الصحة الفرنسية أنياس بوزين اليوم»: a word of time closes the family
            break  # name after a role, though «ب» opens it
        if tok.text == "على" and j + 1 < len(tokens) and object_of_on(tokens[j + 1]):
            break  # «ماسي على موقعه»: the preposition, not the given name «علي»
        if tok.text == "على" and (on_that(tokens, i, j) or verb_on(tokens, i)):
            break  # «وشدد منصور عبد الغني على أن …», «شدد … غسان سلامة على ضرورة»: the verb's
        if j - i >= 2 and is_role_word_ar(tok) and _definite_next(tokens, j):
            break  # «سعود بن نايف بن عبد العزيز أمير المنطقة الشرقية»: his role begins
        if to_someone_ar(tok):
            break  # «ملازمة الملك سعود لوالده الملك عبد العزيز»: to his father, no family name
        if (
            tok.key[:1] in ("ل", "ب")
            and len(tok.key) > 3  # «نبيه بري»: «ب» and two letters are a family name
            and not (
                written_together(doc, tokens[j - 1], tok)
                or role_follows(doc, tokens, j)
                or _opens_the_headline(doc, tok)
                or _ba_family(tok)
                or (j - i == 1 and (roled or titled) and _that_next(tokens, j))
            )
        ):
            break  # «قال محمد بشكل واضح»: a preposition on the next word, not a family name
        if tok.key[:1] == "و" and tok.key not in given_names("ar"):
            if j - i == 1 and (titled or roled) and role_follows(doc, tokens, j):
                j += 1  # «د. مصطفى وزيري الأمين العام …»: a family name in «و», a role after
            elif j - i == 1 and (titled or roled) and _family_at_comma(doc, tokens, j):
                j += 1  # «العميد نجيب ورق،»: a family name in «و» that a comma closes
            elif j - i == 1 and (titled or roled) and _that_next(tokens, j):
                j += 1  # «المبعوث الأمريكي ستيف ويتكوف إن»: «إن» closes it (set g)
            break  # «أنام وبورما وشامبا»: "and" opens the next name of a list («وليد» is one)
        if j - i == 1 and (roled or titled) and family_like_a_verb(doc, tokens, i, j):
            j += 1  # «القاضي ديفيد تيلور إن»: «تيلور» opens like a verb, but closes his name
            break
        if is_verbish_ar(tok) and _closes_lineage(doc, tokens, j):
            j += 1  # «أسامة بن أحمد نقلي.»: a family name of a verb's shape, the name's last
            break
        if is_verbish_ar(tok) and not is_given_name(doc, tok) and not _speaks_alone(doc, tok):
            break
        if j - i >= 2 and takes_an_object(doc, tokens, j) and not is_given_name(doc, tok):
            break  # «مصطفى مدبولي بذل جهودًا كبيرة»: a verb and its object, no third name
        if j - i >= 2 and _VERBAL_NOUN_AR.match(tok.key) and not is_given_name(doc, tok):
            break  # «أكد الوزير خالد رامى ارتفاع عدد السائحين»: what he stressed begins
        if j - i >= 2 and _abstract_noun_governing(tokens, j):
            break  # «أكد المهندس حسين قميري جاهزية شبكة المياه»: what he stressed begins
        j += 1
    if tokens[i].text == "على" and j - i == 1:
        return None  # «شدد على نجاح المهرجان»: «على» alone is the preposition, no «علي»
    return i, j


def _closes_lineage(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for the word after «بن/بنت» and a father's name that the sentence or a comma ends:
    no verb stands there («أسامة بن أحمد نقلي.», «… نقلي، ومن الجانب …»)."""
    return (
        j >= 2
        and tokens[j - 2].key in LINEAGE_AR
        and (j + 1 == len(tokens) or bool(gap(doc.text, tokens[j], tokens[j + 1]).strip()))
    )


def _that_next(tokens: list[Token], j: int) -> bool:
    """True when «إن/أن» follows the word at j: after a role and a given name, the family name
    it closes though «ب» or «و» opens it («السفير ستيف براون إن», «ستيف ويتكوف إن»)."""
    return j + 1 < len(tokens) and tokens[j + 1].key in THAT_AR


# A verbal noun of the forms افتعال, انفعال, استفعال (folded), in the accusative too: «ارتفاع»,
# «انخفاض», «استمرار», «اجتماعا».
_VERBAL_NOUN_AR = re.compile(r"^(?:ا\wت\wا\w|ان\w\wا\w|است\w\wا\w)ا?$")


def _abstract_noun_governing(tokens: list[Token], j: int) -> bool:
    """True for an abstract noun in «ـية» that governs a definite noun, or a noun and its
    definite one («شخصية المعرض», «جاهزية شبكة المياه»): the object of a verb or a predicate,
    no family name («عطية» is one, and too short)."""
    word = tokens[j]
    if not word.text.endswith("ية") or len(word.key) < 5 or j + 1 >= len(tokens):
        return False
    governed = tokens[j + 1]
    if governed.key.startswith("ال"):
        return not is_role_word_ar(governed)  # «نجيب محفوظ شخصية المعرض»: the fair's figure
    definite = tokens[j + 2] if j + 2 < len(tokens) else None
    return definite is not None and not is_role_word_ar(governed) and definite.key.startswith("ال")


def _family_at_comma(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for a word in «و» that a comma or the sentence's end closes right after a titled
    given name, with no pronoun on it («وزملاؤه»: "and his colleagues")."""
    word = tokens[j].key
    if len(word) < 3 or word.endswith(("ه", "ها", "هم", "هما")) or word.startswith("وال"):
        return False
    if j + 1 == len(tokens):
        return True
    return gap(doc.text, tokens[j], tokens[j + 1]).strip()[:1] in {"،", ",", "."}


def _does_what(token: Token) -> bool:
    """A verbal noun after «على» ("to do"): «استعادة», «تحقيق», «انتظار» — the preposition's
    object, never a family name."""
    key = strip_clitic(token.key)
    return bool(_VERBAL_NOUN_AR.match(key)) or (key.startswith("است") and len(key) >= 6)


def _definite_next(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].key.startswith("ال")


_AL_FAMILY = fold("آل")  # the house a family name opens with: «آل سعود», «آل الشيخ»


def _speaks_alone(doc: Document, token: Token) -> bool:
    """True for a word the article names a speaker by on its own, straight after a verb of
    saying («وقالت يافي بعد الفوز»): «يافي» closes «وينفريد موتيلي يافي», though it opens like
    a verb."""
    return token.key in doc.once("words after saying", _after_saying)


def _after_saying(doc: Document) -> frozenset[str]:
    return frozenset(
        t.key
        for s in doc.content
        for k, t in enumerate(s.tokens)
        if k > 0 and strip_clitic(s.tokens[k - 1].key) in SPEECH_VERBS_AR
    )
