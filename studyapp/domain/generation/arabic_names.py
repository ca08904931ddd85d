"""Where an Arabic name starts and ends in a sentence: a given or unprefixed first word, «بن»,
«أبو» and «عبد» with the word after them, a family name with or without the article; and what
is no name («على مستوى», a verb's shape)."""

from __future__ import annotations

from .date_words import WEEKDAYS_AR
from .document import SPEECH_VERBS_AR, STOP_AR, Document, Sentence, Token, fold, gap, strip_clitic
from .names import (
    HONORIFICS_AR,
    MAX_NAME,
    ORG_CUES_AR,
    ROLE_NOUNS_AR,
    given_names,
    is_given_name,
    is_role_word_ar,
    next_listed_ar,
)
from .precision import COMMON_AR

# Nouns that follow the preposition «على» in set phrases: «على مستوى», «على هامش».
_ON_PHRASES = frozenset(
    fold(w)
    for w in """مستوى صعيد هامش رأس الرغم حد نحو طول مدار أساس غرار خلفية مدى وجه إثر ضوء يد
    ملعب طريق أرض""".split()
)
_LINEAGE_AR = frozenset(fold(w) for w in "بن بنت ابن أبو آل".split())
# When the person spoke, never a family name: «رئيس الحكومة محمد اشتية الثلاثاء، إن …».
_WHEN_AR = frozenset(fold(w) for w in [*WEEKDAYS_AR, "الإثنين", "اليوم", "أمس", "غدا"])
# «عبد الملك بن مروان»: after «عبد» a word of God's names is a name, not a role ("the king").
SERVANT_OF = frozenset(fold(w) for w in "عبد وعبد لعبد".split())
# «ناصر الدين», «عطا الله»: words that end a compound name, not open a family name.
_COMPOUND_ENDS = frozenset(fold(w) for w in "الدين الله".split())
_TANWEEN_FATH = ("ًا", "اً", "ً")


# Verbs other than of saying that open a news sentence before the name of their doer: «وجه
# مارسيل كولر، المدير الفني للنادي الأهلي، طلبا …» (no name begins with one).
_OPENING_VERBS_AR = frozenset(
    fold(w)
    for w in """وجه وجهت طالب طالبت دعا دعت قرر قررت نفى نفت رفض رفضت استقبل استقبلت افتتح
    افتتحت ترأس ترأست تلقى تلقت""".split()
)


def name_word_ar(token: Token) -> bool:
    """A word that may be part of an Arabic name: Arabic, not a particle, role or verb of saying."""
    key = token.key
    if token.is_arabic and key in given_names("ar"):
        return True
    if token.text.endswith(_TANWEEN_FATH):
        return False  # «جوزيف ستيجليتز دليلًا»: an accusative noun after the name, no part of it
    return (
        token.is_arabic
        and key not in STOP_AR
        and strip_clitic(key) not in SPEECH_VERBS_AR
        and key not in _OPENING_VERBS_AR
        and key not in ROLE_NOUNS_AR
        and key not in HONORIFICS_AR
        and key not in COMMON_AR  # «من أصل عراقي»: "of Iraqi origin", no one's name
        and not in_words(key, _NEVER_IN_NAMES_AR)
        and not key.isdigit()
    )


# Nouns no name holds: an organisation («عملاقة شركات النفط», «بمواصلة شركة أرامكو») and what
# a minister stresses («أكد رئيس الوزراء جعفر حسان ضرورة توفير …»).
_NEVER_IN_NAMES_AR = (
    ORG_CUES_AR
    | frozenset(fold(w) for w in "شركات مؤسسات منظمات وزارات هيئة هيئات بنوك ضرورة أهمية".split())
    | frozenset(  # nouns used as prepositions: «أمام مازيمبي», «برفقة المدرب»
        fold(w) for w in "أمام تحت فوق رفقة برفقة بحضور بمشاركة بقيادة برئاسة".split()
    )
    | frozenset(  # what was said, after «بحسب»: «بحسب قول المحامي», «وفقا لتصريحات»
        fold(w) for w in "قول أقوال تصريح تصريحات رواية".split()
    )
    | frozenset(  # saying, after the name: «وأضاف محمود شاهين قائلا: …»
        fold(w)
        for w in "قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة لافتا لافتة".split()
    )
)


def in_words(key: str, words: frozenset[str]) -> bool:
    """True when the folded word, or the word after its و/ف/ب/ل, is one of `words`: «بشركة» is
    «شركة», «بمركز» «مركز»."""
    return key in words or (key[:1] in "وفبل" and key[1:] in words)


def article_nouns(doc: Document) -> frozenset[str]:
    """Words the article also writes with «ال», without it («غياب» for «الغياب»): nouns, which
    a name is not. Read once per document."""
    return doc.once(
        "article_nouns",
        lambda d: frozenset(
            t.key[2:] for s in d.content for t in s.tokens if t.key.startswith("ال")
        ),
    )


def prefixed_noun(doc: Document, tokens: list[Token], i: int) -> bool:
    """True for tokens[i], a noun with a conjunction or preposition before its article: one the
    article also writes with the article alone («للفريق» beside «الفريق»), or one joined by
    «و» or «لـ» to the definite word before it («الثقافة والإعلام», «الفني للفريق»). «بالوتيلي»
    and «والتر» are names: no «الوتيلي» stands in the text, and «تر» is no noun."""
    key = tokens[i].key
    after_definite = i > 0 and tokens[i - 1].key.startswith("ال")
    if key.startswith(("وال", "فال")):
        return key[3:] in article_nouns(doc) or (after_definite and len(key) >= 7)
    if key.startswith(("بال", "كال")):
        return key[3:] in article_nouns(doc)
    return key.startswith("لل") and (key[2:] in article_nouns(doc) or after_definite)


def _surname_ar(token: Token) -> bool:
    """An article-prefixed family name: القميري، الشهري، المصطفى (a nisba or a known form)."""
    return is_nisba_ar(token.key)


def _family_name_before_that(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for a definite word in «ة», or a given name with «ال», after a given name that
    «أن/إن» or a comma closes: «المعايطة», «الطراونة», «الراشد» are families; «الحكومة» after a
    name would not be followed so."""
    tok = tokens[j]
    named = tok.key.startswith("ال") and tok.key[2:] in given_names("ar")  # «خالد الراشد أن»
    if not named and not (tok.key.startswith("ال") and tok.key.endswith("ه") and len(tok.key) >= 6):
        return False
    if not name_word_ar(tok) or j + 1 >= len(tokens):
        return False
    closed = gap(doc.text, tok, tokens[j + 1]).strip() in {"،", ","}
    return closed or tokens[j + 1].key in THAT_AR


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


def is_nisba_ar(key: str) -> bool:
    """An article-prefixed word of origin (folded): القميري، البرتغالي، المصطفى."""
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "ى"))


def name_from_ar(doc: Document, sentence: Sentence, i: int) -> tuple[int, int] | None:
    """Token range [i, j) of the Arabic name starting at i: a given or unprefixed first name,
    up to two more unprefixed words, or an article-prefixed surname to close it."""
    tokens = sentence.tokens
    if i >= len(tokens) or not name_word_ar(tokens[i]) or tokens[i].key.startswith("ال"):
        return None  # a name in Latin letters is people_latin's: "وقالت Jane Goodall إن"
    if prefixed_noun(doc, tokens, i):
        return None  # «المدير الفني للفريق على أن»: "for the team", no name
    if tokens[i].text == "على" and i + 1 < len(tokens) and tokens[i + 1].key in _ON_PHRASES:
        return None  # «على مستوى العالم»: the preposition, not the given name «علي»
    if tokens[i].text == "على" and _after_a_word(doc, tokens, i):
        return None  # «سيطرته على جائزة أفضل»: a name follows a role, a verb of saying or a break
    j = i + 1
    limit = MAX_NAME
    while j < len(tokens) and j - i < limit:
        tok = tokens[j]
        if gap(doc.text, tokens[j - 1], tok).strip() or tok.key in _WHEN_AR:
            break
        if tok.key in _LINEAGE_AR and j + 1 < len(tokens):
            limit += 2  # "حسين بن محمد قميري"
            j += 1
            continue
        if tokens[j - 1].key in _LINEAGE_AR and name_word_ar(tok):
            j += 1  # "محمود أبو النصر", "حسين بن محمد": the word after «أبو/بن» is the name's
            continue
        if tok.key in _COMPOUND_ENDS and name_word_ar(tokens[j - 1]):
            j += 1  # «ناصر الدين», «نصر الله»: the second half of a compound given name
            continue
        if tokens[j - 1].key in SERVANT_OF and tok.key.startswith("ال"):
            j += 1  # «عبد الله الأجهر»: «عبد» and the word after it are one given name
            continue
        if _surname_ar(tok) and name_word_ar(tok):
            j += 1
            break
        if j - i == 2 and tokens[i].key in SERVANT_OF and _family_after_servant(tok):
            j += 1  # «عبد المجيد تبون», «عبد القادر بلجيلالي»: the family name after «عبد الـ…»,
            break  # though «ت» or «ب» opens it
        if (
            (j - i == 1 and is_given_name(doc, tokens[i]))
            or (j - i >= 3 and tokens[j - 2].key in _LINEAGE_AR)  # «خالد بن سالم الراشد»
        ) and _family_name_before_that(doc, tokens, j):
            j += 1  # «موسى المعايطة أن …», «الطراونة،»: a family name in «ة», closed after it
            break
        if j - i == 1 and _family_name_before_role(doc, tokens, i, j):
            j += 1  # «المهندس عصام النجار رئيس مجلس …»: a role opens straight after the name
            break
        if j - i >= 2 and _family_name_at_comma(doc, sentence, j):
            j += 1  # «عبدالرحمن بن محمد العويس،», «حسين ناصر لوتاه،»: the name ends at the comma
            break
        if not name_word_ar(tok) or tok.key.startswith("ال"):
            break
        if tok.key[0] in "لب" and not _written_together(doc, tokens[j - 1], tok):
            break  # «قال محمد بشكل واضح»: a preposition on the next word, not a family name
        if tok.key[0] == "و" and tok.key not in given_names("ar"):
            break  # «أنام وبورما وشامبا»: "and" opens the next name of a list («وليد» is one)
        if is_verbish_ar(tok) and not is_given_name(doc, tok):
            break
        j += 1
    return i, j


def _family_after_servant(token: Token) -> bool:
    """True for a word that can close a name «عبد الـ…» begun before it: a name word without
    the article, of more than three letters, that carries no pronoun («بنفسه»)."""
    return (
        name_word_ar(token)
        and not token.key.startswith("ال")
        and len(token.key) > 3
        and not token.key.endswith(("ه", "ها", "هم"))
    )


def _written_together(doc: Document, first: Token, second: Token) -> bool:
    """True when the article writes the two words side by side more than once: «مسرور بارزاني»
    three times is a name, though «ب» could open «بارزاني» as a preposition. Counted once per
    pair and article: a long paste meets the same pair many times."""
    pair = f"{first.text} {second.text}"
    counted = doc.memo.setdefault("pairs written", {})
    if pair not in counted:
        counted[pair] = doc.text.count(pair)
    return counted[pair] >= 2


def _after_a_word(doc: Document, tokens: list[Token], i: int) -> bool:
    """True when the word before token i runs on into it and is none that opens a name: no
    role, honorific, verb of saying or word of origin («وقال على …», «المهندس على …»)."""
    if i == 0 or gap(doc.text, tokens[i - 1], tokens[i]).strip():
        return False
    before = tokens[i - 1]
    bare = strip_clitic(before.key)
    return not (
        is_role_word_ar(before)
        or before.key in HONORIFICS_AR
        or bare in HONORIFICS_AR
        or bare in SPEECH_VERBS_AR
        or before.key in SPEECH_VERBS_AR
        or is_nisba_ar(bare)
    )


def _family_name_at_comma(doc: Document, sentence: Sentence, j: int) -> bool:
    """True when the word at j, the last before a comma, a role or the sentence's end, can close
    a name it follows: a word of four letters or more that is no role, verb, common or stop word."""
    tokens = sentence.tokens
    tok = tokens[j]
    closed = j + 1 == len(tokens) or gap(doc.text, tok, tokens[j + 1]).strip() in {"،", ","}
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
        and not is_verbish_ar(tok)
        and tok.key not in STOP_AR
        and bare not in COMMON_AR
        and tok.key not in COMMON_AR
    )


def is_verbish_ar(token: Token) -> bool:
    """A word of a verb's shape (يقول، تحدث، أكد) rather than a name, by its first letter."""
    key = strip_clitic(token.key)
    return len(key) >= 3 and key[0] in "يتن" and not key.startswith("ال")


def opens_lineage(doc: Document, tokens: list[Token], start: int) -> bool:
    """True for an unknown word that «بن/بنت» and a name follow: «أنور بن براك» is a name
    whether or not the bundled list knows «أنور». Not «ابن» ("son of": «ابن مغتربين»), nor a
    word that may carry a prefix («بروح بن زنباع»)."""
    if start + 2 >= len(tokens):
        return False
    word, lineage, father = tokens[start : start + 3]
    return (
        lineage.key in _NAME_LINK_AR
        and name_word_ar(word)
        and name_word_ar(father)
        and word.key[0] not in _PREFIXES_AR
        and not father.key.startswith("ال")
        and not gap(doc.text, word, lineage).strip()
        and not gap(doc.text, lineage, father).strip()
    )


_NAME_LINK_AR = frozenset(fold(w) for w in "بن بنت".split())
_PREFIXES_AR = frozenset("وفبلك")


def after_lineage(tokens: list[Token], start: int) -> bool:
    """True for a given name after «بن»: «عبد الملك بن مروان» is one name, not «مروان» alone."""
    return start > 0 and tokens[start - 1].key in _LINEAGE_AR


def opens_name(before: Token, word: Token) -> bool:
    """True when `word`, between a role's definite complement (`before`) and a given name, is
    the name's first word: an unprefixed word that is no role word."""
    return (
        before.key.startswith("ال")
        and word.is_arabic
        and not word.key.startswith("ال")
        and word.key[0] not in "لبو"
        and not is_role_word_ar(word)
        and not is_verbish_ar(word)
    )


# Words that open what was said, never part of a role: «رئيس الشركة إن الصفقة …».
THAT_AR = frozenset(fold(w) for w in "إن أن إنه أنه إنها أنها بأن بأنه بأنها".split())
