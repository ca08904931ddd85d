"""Where an Arabic family name closes a name begun before it (name_from_ar in
arabic_name_ends.py reads the name word by word and asks these): a definite family name before
«أن», a comma, a role or the sentence's end; a family name that opens like a verb; the word
after «عبد الـ…»; and what follows a name without being part of it (a verb and its object)."""

from __future__ import annotations

from .arabic_names import (
    LINEAGE_AR,
    THAT_AR,
    is_nisba_ar,
    is_verbish_ar,
    name_word_ar,
)
from .document import SPEECH_VERBS_AR, STOP_AR, Document, Sentence, Token, fold, gap, strip_clitic
from .names import (
    HONORIFICS_AR,
    MEDIA_CUES,
    ROLE_NOUNS_AR,
    given_names,
    is_given_name,
    is_role_word_ar,
    next_listed_ar,
)
from .precision import COMMON_AR


def surname_ar(token: Token) -> bool:
    """An article-prefixed family name: القميري، الشهري، المصطفى (a nisba or a known form)."""
    return is_nisba_ar(token.key)


def family_name_before_that(
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


def family_then_that(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for a definite word that «إن/أن» follows straight after a given name: «نيفين
    القباج إن» (read only after a role, which says a name is there)."""
    return _definite_family_then(doc, tokens, j) and tokens[j + 1].key in THAT_AR


# What a speaker's name is followed by when he tells someone: «لصحيفة», «للصحفيين», «في
# تصريح», «خلال مؤتمر». A definite word before them, after a role and a given name, is his
# family's («وزير النقل سامي الحداد لصحيفة "الأيام"»), not a noun the sentence goes on with.
# The media nouns are names.MEDIA_CUES, after «ل»; the people and media with the article are here.
_TOLD_AR = frozenset(
    fold(w) for w in "للصحفيين للصحافيين للإعلاميين لوسائل للتلفزيون للإذاعة".split()
)
_SAID_IN_AR = frozenset(fold(w) for w in "تصريح تصريحات حديث بيان مؤتمر لقاء مقابلة كلمة".split())


def family_then_told(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for a definite word right after a given name that whom he told follows: «سامي
    الحداد لصحيفة …», «… الحداد في تصريح …», «… الحداد خلال مؤتمر …» (read only after a role)."""
    if not _definite_family_then(doc, tokens, j):
        return False
    after = tokens[j + 1].key
    if after in _TOLD_AR or (after[:1] == "ل" and after[1:] in MEDIA_CUES):
        return True
    said_in = tokens[j + 2].key if j + 2 < len(tokens) else ""
    return after in {"في", "خلال"} and said_in in _SAID_IN_AR


def _definite_family(tok: Token) -> bool:
    """A definite word of five letters or more that may be a family name («الحباشنة»): a name
    word, no role noun."""
    return (
        tok.key.startswith("ال")
        and len(tok.key) >= 5
        and name_word_ar(tok)
        and (not is_role_word_ar(tok))
    )


def _definite_family_then(doc: Document, tokens: list[Token], j: int) -> bool:
    """True for a possible definite family name at j with a word after it, one space between."""
    return (
        j + 1 < len(tokens)
        and _definite_family(tokens[j])
        and gap(doc.text, tokens[j], tokens[j + 1]) == " "
    )


def family_ends_sentence(tokens: list[Token], j: int) -> bool:
    """True for a definite name word that is the sentence's last word, after a given name."""
    return j + 1 == len(tokens) and _definite_family(tokens[j])


def definite_family(tok: Token) -> bool:
    """A definite word that may be a family name («المبيضين»): five letters or more, no role."""
    return _definite_family(tok)


def family_then_when(tokens: list[Token], j: int, when: frozenset[str]) -> bool:
    """True for a definite name word after a given name that a word of time follows:
    «الدكتورة دعاء الطاهات اليوم الاثنين، إن …» (set z: the name was cut to «دعاء»)."""
    return j + 1 < len(tokens) and _definite_family(tokens[j]) and tokens[j + 1].key in when


def family_like_a_verb(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a family name that opens with a verb's letter after a known given name, closed
    by a comma, «إن/أن», a role or the sentence's end: «القاضي ديفيد تيلور إن», «ديفيد نيلسون،».
    A verb there would take its subject or object, never «إن» or a role straight after it."""
    tok = tokens[j]
    if not is_given_name(doc, tokens[i]) or not is_verbish_ar(tok) or not name_word_ar(tok):
        return False
    if strip_clitic(tok.key) in SPEECH_VERBS_AR:
        return False
    if j + 1 == len(tokens):
        return True
    between = gap(doc.text, tok, tokens[j + 1]).strip()
    if not between and is_role_word_ar(tokens[j + 1]):
        return True  # «اللواء أحمد تيمور محافظ القاهرة»: his role opens after his name
    return between in {"،", ","} or (not between and tokens[j + 1].key in THAT_AR)


def _comma_then_that(doc: Document, tokens: list[Token], j: int) -> bool:
    """True when a comma and «أن/إن» follow the definite word at j: «رئيس مجلس الأمة توفيق
    الغانم، أن …»."""
    if j + 2 >= len(tokens) or len(tokens[j].key) < 5 or not tokens[j].key.startswith("ال"):
        return False
    closed = gap(doc.text, tokens[j], tokens[j + 1]).strip() in {"،", ","}
    return closed and tokens[j + 1].key in THAT_AR and not is_role_word_ar(tokens[j])


_PREPOSITIONS_AR = frozenset(fold(w) for w in "في إلى الى على مع عن من خلال".split())
# And those of time and cause, which follow a name as well: «بعد منعه», «منذ», «بسبب».
_AFTER_A_NAME_AR = _PREPOSITIONS_AR | frozenset(
    fold(w) for w in "بعد قبل منذ عقب إثر بسبب لصالح".split()
)


def family_then_preposition(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a definite word after a known given name at tokens[i] that a preposition
    follows: «طرد لاعب النجمة ناصر الهليل بعد منعه …» (set id: the player went unnamed)."""
    return is_given_name(doc, tokens[i]) and family_then_when(tokens, j, _AFTER_A_NAME_AR)


def family_name_before_role(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a definite word after a given name (or a name an honorific opens) that a role
    noun follows: «عصام النجار رئيس …», «طارق الشريف مدير …»; «النجار» is no nisba, but the
    role says the name ended with it."""
    if not _definite_family_then(doc, tokens, j):
        return False
    role = strip_clitic(tokens[j + 1].key) in ROLE_NOUNS_AR
    if not role or gap(doc.text, tokens[i], tokens[j]) != " ":
        return False
    return is_given_name(doc, tokens[i]) or (i > 0 and tokens[i - 1].key in HONORIFICS_AR)


def family_name_titled_at_comma(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for a definite word a comma closes after a title and a given name: «العميد حسام
    الطحان، في بيان»; «الطحان» is no nisba, but a rank, a first name and a comma leave it no
    other part to play than the family's."""
    tok = tokens[j]
    if j + 1 >= len(tokens) or not _definite_family(tok) or tok.key in COMMON_AR:
        return False
    if not is_given_name(doc, tokens[i]) or gap(doc.text, tokens[i], tok) != " ":
        return False
    return gap(doc.text, tok, tokens[j + 1]).strip() in {"،", ","}


def takes_an_object(doc: Document, tokens: list[Token], j: int) -> bool:
    """True when the word after token j is an indefinite accusative («جهودًا», «دوراً»), which
    follows a verb and never a name."""
    if j + 1 >= len(tokens) or gap(doc.text, tokens[j], tokens[j + 1]).strip():
        return False
    return tokens[j + 1].text.endswith(("ًا", "اً")) and len(tokens[j + 1].key) >= 3


def family_after_servant(token: Token) -> bool:
    """True for a word that can close a name «عبد الـ…» begun before it: a name word without
    the article, of more than three letters, that carries no pronoun («بنفسه»)."""
    return (
        name_word_ar(token)
        and not token.key.startswith("ال")
        and len(token.key) > 3
        and not token.key.endswith(("ه", "ها", "هم"))
    )


def role_follows(doc: Document, tokens: list[Token], j: int) -> bool:
    """True when a role with the article follows the word at j straight away: «مسعود برزاني
    الرئيس السابق لإقليم كردستان»; «بشكل واضح» is followed by no role."""
    if j + 1 >= len(tokens) or gap(doc.text, tokens[j], tokens[j + 1]).strip():
        return False
    after = tokens[j + 1]
    return after.key.startswith("ال") and is_role_word_ar(after) and not next_listed_ar(after)


def written_together(doc: Document, first: Token, second: Token) -> bool:
    """True when the article writes the two words side by side more than once: «مسرور بارزاني»
    three times is a name, though «ب» could open «بارزاني» as a preposition. Counted once per
    pair and article: a long paste meets the same pair many times."""
    pair = f"{first.text} {second.text}"
    counted = doc.memo.setdefault("pairs written", {})
    if pair not in counted:
        counted[pair] = doc.text.count(pair)
    return counted[pair] >= 2


def family_before_comma_role(doc: Document, sentence: Sentence, i: int, j: int) -> int:
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
            return count if family_name_at_comma(doc, sentence, last) else 0
    return 0


# «عبدالرحمن», «عبدالله»: «عبد» and the name after it written as one word.
_SERVANT_JOINED = ("عبدال",)


def family_name_at_comma(doc: Document, sentence: Sentence, j: int) -> bool:
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
