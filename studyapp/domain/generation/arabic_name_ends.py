"""Where an Arabic name that starts at a token ends: a given or unprefixed first word, «بن»,
«أبو» and «عبد» with the word after them, a compound given name («ناصر الدين»), a family name
with or without the article, closed by a comma, «أن», a role or the sentence's end; and what
is no name («على مستوى», a weekday after it)."""

from __future__ import annotations

import re

from .arabic_names import (
    LINEAGE_AR,
    SERVANT_OF,
    THAT_AR,
    is_nisba_ar,
    is_verbish_ar,
    name_word_ar,
    prefixed_noun,
)
from .arabic_on import ON_PHRASES, after_a_word, object_of_on, on_that
from .date_words import WEEKDAYS_AR
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
    HONORIFICS_AR,
    MAX_NAME,
    ROLE_NOUNS_AR,
    given_names,
    is_given_name,
    is_role_word_ar,
    next_listed_ar,
)
from .precision import COMMON_AR

# When the person spoke, never a family name: «رئيس الحكومة محمد اشتية الثلاثاء، إن …».
_WHEN_AR = frozenset(fold(w) for w in [*WEEKDAYS_AR, "الإثنين", "اليوم", "أمس", "غدا"])
# Styles of address, which open a title and end any name before them.
_STYLES_AR = frozenset(fold(w) for w in "فضيلة معالي سعادة سماحة فخامة سمو".split())
# «برعاية الرئيس ميشال عون ممثلا بوزير التربية …»: who stood in for him follows, not his name.
ON_BEHALF_AR = frozenset(fold(w) for w in "ممثلا ممثلاً ممثلة ممثلةً ممثلين ممثلًا نيابة".split())
_IN_THE_NAME_OF = fold("باسم")
# «ناصر الدين», «عطا الله»: words that end a compound name, not open a family name.
_COMPOUND_ENDS = frozenset(fold(w) for w in "الدين الله".split())


def _surname_ar(token: Token) -> bool:
    """An article-prefixed family name: القميري، الشهري، المصطفى (a nisba or a known form)."""
    return is_nisba_ar(token.key)


def _family_name_before_that(
    doc: Document, tokens: list[Token], j: int, titled: bool = False
) -> bool:
    """True for a definite word in «ة», or a given name with «ال», after a given name that
    «أن/إن» or a comma closes: «المعايطة», «الطراونة», «الراشد» are families; «الحكومة» after a
    name would not be followed so. After a title, a preposition closes it too: «التقى رئيس
    الوزراء الدكتور بشر الخصاونة في مجلس الأعيان»."""
    tok = tokens[j]
    named = tok.key.startswith("ال") and tok.key[2:] in given_names("ar")  # «خالد الراشد أن»
    # «توفيق الغانم، أن»: after a given name, a definite word a comma and «أن» close.
    named = named or _comma_then_that(doc, tokens, j)
    # «فهد بن محمد الجبر بأن»: after «بن …» a definite word is the family's, whatever its form.
    lineage = j >= 2 and tokens[j - 2].key in LINEAGE_AR and tok.key.startswith("ال")
    nisba = tok.key.startswith("ال") and tok.key.endswith("ه") and len(tok.key) >= 6
    if not (named or nisba or (lineage and len(tok.key) >= 5 and not is_role_word_ar(tok))):
        return False
    if not name_word_ar(tok) or j + 1 >= len(tokens):
        return False
    closed = gap(doc.text, tok, tokens[j + 1]).strip() in {"،", ","}
    if titled and nisba and tokens[j + 1].key in _PREPOSITIONS_AR:
        return True
    return closed or tokens[j + 1].key in THAT_AR


def _family_then_that(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for a definite word that «إن/أن» follows straight after a given name: «نيفين
    القباج إن» (read only after a role, which says a name is there)."""
    tok = tokens[j]
    if j + 1 >= len(tokens) or not tok.key.startswith("ال") or len(tok.key) < 5:
        return False
    if not name_word_ar(tok) or is_role_word_ar(tok) or gap(doc.text, tok, tokens[j + 1]) != " ":
        return False
    return tokens[j + 1].key in THAT_AR


def _family_ends_sentence(tokens: list[Token], j: int) -> bool:
    """True for a definite name word that is the sentence's last word, after a given name."""
    tok = tokens[j]
    if j + 1 != len(tokens) or not tok.key.startswith("ال") or len(tok.key) < 5:
        return False
    return name_word_ar(tok) and not is_role_word_ar(tok)


def _family_like_a_verb(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a family name that opens with a verb's letter after a known given name, closed
    by a comma, «إن/أن» or the sentence's end: «القاضي ديفيد تيلور إن», «ديفيد نيلسون،». A verb
    there would take its subject or object, never «إن» straight after it."""
    tok = tokens[j]
    if not is_given_name(doc, tokens[i]) or not is_verbish_ar(tok) or not name_word_ar(tok):
        return False
    if strip_clitic(tok.key) in SPEECH_VERBS_AR or j + 1 >= len(tokens):
        return j + 1 >= len(tokens) and strip_clitic(tok.key) not in SPEECH_VERBS_AR
    between = gap(doc.text, tok, tokens[j + 1]).strip()
    return between in {"،", ","} or (not between and tokens[j + 1].key in THAT_AR)


def _comma_then_that(doc: Document, tokens: list[Token], j: int) -> bool:
    """True when a comma and «أن/إن» follow the definite word at j: «رئيس مجلس الأمة توفيق
    الغانم، أن …»."""
    if j + 2 >= len(tokens) or len(tokens[j].key) < 5 or not tokens[j].key.startswith("ال"):
        return False
    closed = gap(doc.text, tokens[j], tokens[j + 1]).strip() in {"،", ","}
    return closed and tokens[j + 1].key in THAT_AR and not is_role_word_ar(tokens[j])


_PREPOSITIONS_AR = frozenset(fold(w) for w in "في إلى الى على مع عن من خلال".split())


def _family_name_before_role(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a definite word after a given name (or a name an honorific opens) that a role
    noun follows: «عصام النجار رئيس …», «طارق الشريف مدير …»; «النجار» is no nisba, but the
    role says the name ended with it."""
    tok = tokens[j]
    if j + 1 >= len(tokens) or not tok.key.startswith("ال") or len(tok.key) < 5:
        return False
    if not name_word_ar(tok) or is_role_word_ar(tok) or gap(doc.text, tok, tokens[j + 1]) != " ":
        return False
    if strip_clitic(tokens[j + 1].key) not in ROLE_NOUNS_AR or gap(doc.text, tokens[i], tok) != " ":
        return False
    return is_given_name(doc, tokens[i]) or (i > 0 and tokens[i - 1].key in HONORIFICS_AR)


def _family_name_titled_at_comma(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a definite word a comma closes after a title and a given name: «العميد حسام
    الطحان، في بيان»; «الطحان» is no nisba, but a rank, a first name and a comma leave it no
    other part to play than the family's."""
    tok = tokens[j]
    if j + 1 >= len(tokens) or not tok.key.startswith("ال") or len(tok.key) < 5:
        return False
    if not is_given_name(doc, tokens[i]) or gap(doc.text, tokens[i], tok) != " ":
        return False
    if not name_word_ar(tok) or is_role_word_ar(tok) or tok.key in COMMON_AR:
        return False
    return gap(doc.text, tok, tokens[j + 1]).strip() in {"،", ","}


def name_from_ar(doc: Document, sentence: Sentence, i: int) -> tuple[int, int] | None:
    """Token range [i, j) of the Arabic name starting at i: a given or unprefixed first name,
    up to two more unprefixed words, or an article-prefixed surname to close it."""
    tokens = sentence.tokens
    if i >= len(tokens) or not name_word_ar(tokens[i]) or tokens[i].key.startswith("ال"):
        return None  # a name in Latin letters is people_latin's: "وقالت Jane Goodall إن"
    if tokens[i].key in ON_BEHALF_AR:
        return None  # «ممثلا بوزير التربية»: who stands in for someone, no name
    if tokens[i].key == _IN_THE_NAME_OF and i > 0 and is_role_word_ar(tokens[i - 1]):
        return None  # «المتحدثة باسم الوزارة»: "for the ministry", not the given name «باسم»
    if prefixed_noun(doc, tokens, i):
        return None  # «المدير الفني للفريق على أن»: "for the team", no name
    if tokens[i].text == "على" and i + 1 < len(tokens) and tokens[i + 1].key in ON_PHRASES:
        return None  # «على مستوى العالم»: the preposition, not the given name «علي»
    if tokens[i].text == "على" and after_a_word(doc, tokens, i):
        return None  # «سيطرته على جائزة أفضل»: a name follows a role, a verb of saying or a break
    j = i + 1
    limit = MAX_NAME
    titled = i > 0 and tokens[i - 1].key in HONORIFICS_AR  # «الدكتور بشر الخصاونة»
    # A role or a verb of saying just before says a name follows: «وقال باسم الخطيب إن».
    roled = any(is_role_word_ar(tokens[r]) for r in range(max(0, i - 3), i)) or (
        i > 0 and strip_clitic(tokens[i - 1].key) in SPEECH_VERBS_AR
    )
    while j < len(tokens) and j - i < limit:
        tok = tokens[j]
        if gap(doc.text, tokens[j - 1], tok).strip() or tok.key in _WHEN_AR | _STYLES_AR:
            break  # «مؤكدًا حرص فضيلة الإمام»: a style of address opens another's title
        if tok.key in ON_BEHALF_AR:
            break
        if tok.key in LINEAGE_AR and j + 1 < len(tokens):
            limit += 2  # "حسين بن محمد قميري"
            j += 1
            continue
        if tokens[j - 1].key in LINEAGE_AR and name_word_ar(tok):
            j += 1  # "محمود أبو النصر", "حسين بن محمد": the word after «أبو/بن» is the name's
            continue
        if tok.key in _COMPOUND_ENDS and name_word_ar(tokens[j - 1]):
            j += 1  # «ناصر الدين», «نصر الله»: the second half of a compound given name
            continue
        if tokens[j - 1].key in SERVANT_OF and tok.key.startswith("ال"):
            j += 1  # «عبد الله الأجهر»: «عبد» and the word after it are one given name
            limit += 1  # «عبد المنعم خلف الله»: so it counts as one word of the name
            continue
        if _surname_ar(tok) and name_word_ar(tok):
            j += 1
            break
        if j - i == 2 and tokens[i].key in SERVANT_OF and _family_after_servant(tok):
            j += 1  # «عبد المجيد تبون», «عبد القادر بلجيلالي»: the family name after «عبد الـ…»,
            break  # though «ت» or «ب» opens it
        if (
            (j - i == 1 and (is_given_name(doc, tokens[i]) or titled))
            or (j - i >= 3 and tokens[j - 2].key in LINEAGE_AR)  # «خالد بن سالم الراشد»
        ) and _family_name_before_that(doc, tokens, j, titled):
            j += 1  # «موسى المعايطة أن …», «الطراونة،»: a family name in «ة», closed after it
            break
        if j - i == 1 and roled and _family_then_that(doc, tokens, j):
            j += 1  # «وزيرة التضامن نيفين القباج إن»: after a role, «إن» closes the family name
            break
        if j - i == 1 and titled and _family_name_titled_at_comma(doc, tokens, i, j):
            j += 1  # «العميد حسام الطحان، في بيان»: a title, a given name and a definite word
            break
        if j - i == 1 and _family_name_before_role(doc, tokens, i, j):
            j += 1  # «المهندس عصام النجار رئيس مجلس …»: a role opens straight after the name
            break
        family = _family_before_comma_role(doc, sentence, i, j) if j - i == 1 else 0
        if family:
            j += family  # «رانيا المشاط، وزيرة التخطيط», «عبدالرحمن الطاهر الأحيرش، نائب …»
            break
        if j - i >= 2 and _family_name_at_comma(doc, sentence, j):
            j += 1  # «عبدالرحمن بن محمد العويس،», «حسين ناصر لوتاه،»: the name ends at the comma
            break
        if (
            j - i == 1
            and roled
            and is_given_name(doc, tokens[i])
            and tok.key.startswith("ال")
            and _family_name_at_comma(doc, sentence, j)
        ):
            j += 1  # «كشف الخبير الفلكي السعودي خالد الزعاق، عن …»: his name, closed by a comma
            break
        if j - i == 1 and (roled or titled) and _family_ends_sentence(tokens, j):
            j += 1  # «بحضور مدير قضاء الأزرق صالح الحباشنة.»: the sentence ends on his name
            break
        if not name_word_ar(tok) or tok.key.startswith("ال"):
            break
        if tok.text == "على" and j + 1 < len(tokens) and object_of_on(tokens[j + 1]):
            break  # «ماسي على موقعه»: the preposition, not the given name «علي»
        if tok.text == "على" and on_that(tokens, i, j):
            break  # «وشدد منصور عبد الغني على أن …»: the verb's «على», not a family name
        if j - i >= 2 and is_role_word_ar(tok) and _definite_next(tokens, j):
            break  # «سعود بن نايف بن عبد العزيز أمير المنطقة الشرقية»: his role begins
        if (
            tok.key[:1] in ("ل", "ب")
            and len(tok.key) > 3  # «نبيه بري»: «ب» and two letters are a family name
            and not (_written_together(doc, tokens[j - 1], tok) or _role_follows(doc, tokens, j))
        ):
            break  # «قال محمد بشكل واضح»: a preposition on the next word, not a family name
        if tok.key[:1] == "و" and tok.key not in given_names("ar"):
            break  # «أنام وبورما وشامبا»: "and" opens the next name of a list («وليد» is one)
        if j - i == 1 and (roled or titled) and _family_like_a_verb(doc, tokens, i, j):
            j += 1  # «القاضي ديفيد تيلور إن»: «تيلور» opens like a verb, but closes his name
            break
        if is_verbish_ar(tok) and not is_given_name(doc, tok):
            break
        if j - i >= 2 and _takes_an_object(doc, tokens, j) and not is_given_name(doc, tok):
            break  # «مصطفى مدبولي بذل جهودًا كبيرة»: a verb and its object, no third name
        if j - i >= 2 and _VERBAL_NOUN_AR.match(tok.key) and not is_given_name(doc, tok):
            break  # «أكد الوزير خالد رامى ارتفاع عدد السائحين»: what he stressed begins
        j += 1
    if tokens[i].text == "على" and j - i == 1:
        return None  # «شدد على نجاح المهرجان»: «على» alone is the preposition, no «علي»
    return i, j


def _takes_an_object(doc: Document, tokens: list[Token], j: int) -> bool:
    """True when the word after token j is an indefinite accusative («جهودًا», «دوراً»), which
    follows a verb and never a name."""
    if j + 1 >= len(tokens) or gap(doc.text, tokens[j], tokens[j + 1]).strip():
        return False
    return tokens[j + 1].text.endswith(("ًا", "اً")) and len(tokens[j + 1].key) >= 3


# A verbal noun of the forms افتعال, انفعال, استفعال (folded): «ارتفاع», «انخفاض», «استمرار».
_VERBAL_NOUN_AR = re.compile(r"^(?:ا\wت\wا\w|ان\w\wا\w|است\w\wا\w)$")


def _definite_next(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].key.startswith("ال")


def _family_after_servant(token: Token) -> bool:
    """True for a word that can close a name «عبد الـ…» begun before it: a name word without
    the article, of more than three letters, that carries no pronoun («بنفسه»)."""
    return (
        name_word_ar(token)
        and not token.key.startswith("ال")
        and len(token.key) > 3
        and not token.key.endswith(("ه", "ها", "هم"))
    )


def _role_follows(doc: Document, tokens: list[Token], j: int) -> bool:
    """True when a role with the article follows the word at j straight away: «مسعود برزاني
    الرئيس السابق لإقليم كردستان»; «بشكل واضح» is followed by no role."""
    if j + 1 >= len(tokens) or gap(doc.text, tokens[j], tokens[j + 1]).strip():
        return False
    after = tokens[j + 1]
    return after.key.startswith("ال") and is_role_word_ar(after) and not next_listed_ar(after)


def _written_together(doc: Document, first: Token, second: Token) -> bool:
    """True when the article writes the two words side by side more than once: «مسرور بارزاني»
    three times is a name, though «ب» could open «بارزاني» as a preposition. Counted once per
    pair and article: a long paste meets the same pair many times."""
    pair = f"{first.text} {second.text}"
    counted = doc.memo.setdefault("pairs written", {})
    if pair not in counted:
        counted[pair] = doc.text.count(pair)
    return counted[pair] >= 2


def _family_before_comma_role(doc: Document, sentence: Sentence, i: int, j: int) -> int:
    """How many definite words (one or two) from j close the name a given name at i opens,
    when a comma and a role follow them: «رانيا المشاط، وزيرة …», «عبدالرحمن الطاهر الأحيرش،
    نائب رئيس الوزراء»; «المشاط» is no nisba, but the role says the name ended with it."""
    tokens = sentence.tokens
    given = is_given_name(doc, tokens[i]) or tokens[i].key.startswith(_SERVANT_JOINED)
    if not given:
        return 0
    for count in (1, 2):
        last = j + count - 1
        if last + 1 >= len(tokens):
            return 0
        if not tokens[last].key.startswith("ال") or not name_word_ar(tokens[last]):
            return 0
        if gap(doc.text, tokens[last - 1], tokens[last]) != " ":
            return 0
        after = tokens[last + 1]
        if is_role_word_ar(after) and not next_listed_ar(after):
            return count if _family_name_at_comma(doc, sentence, last) else 0
    return 0


# «عبدالرحمن», «عبدالله»: «عبد» and the name after it written as one word.
_SERVANT_JOINED = ("عبدال",)


def _family_name_at_comma(doc: Document, sentence: Sentence, j: int) -> bool:
    """True when the word at j, the last before a comma, a role or the sentence's end, can close
    a name it follows: a word of four letters or more that is no role, verb, common or stop word."""
    tokens = sentence.tokens
    tok = tokens[j]
    at_comma = j + 1 < len(tokens) and gap(doc.text, tok, tokens[j + 1]).strip() in {"،", ","}
    closed = at_comma or j + 1 == len(tokens)
    # «عبد الله الأجهر مساعد مدير …»: or straight before the role that follows the name
    closed = closed or (
        not gap(doc.text, tok, tokens[j + 1]).strip()
        and is_role_word_ar(tokens[j + 1])
        and not next_listed_ar(tokens[j + 1])
    )
    bare = strip_clitic(tok.key)
    return (
        closed
        and tok.is_arabic
        and len(tok.key) >= 4
        and not tok.key.startswith(("لل", "بال", "وال"))
        and not is_role_word_ar(tok)
        # «محسن باك نجاد،»: a family name of a verb's first letter, which no verb is before
        # a comma that closes two name words
        and not (is_verbish_ar(tok) and not at_comma)
        and tok.key not in STOP_AR
        and bare not in COMMON_AR
        and tok.key not in COMMON_AR
    )
