"""People in Arabic news: a role before the name ("وزير الإعلام حمزة المصطفى", "مدير عام
المياه بمنطقة جازان المهندس حسين بن محمد قميري"), a role after it ("سعد الشهري، مدرب فريق
الاتفاق،"), or a name straight after a verb of saying or "بحسب"."""

from __future__ import annotations

import re

from . import arabic_subjects, origins_ar, quoted_names_ar, speaker_names_ar
from .arabic_name_ends import name_from_ar
from .arabic_names import (
    SERVANT_OF,
    THAT_AR,
    after_lineage,
    in_words,
    is_verbish_ar,
    name_word_ar,
    opens_lineage,
    opens_name,
    prefixed_noun,
)
from .arabic_roles import (
    MAX_ROLE,
    after_comma,
    closed_by_comma,
    ends_role_ar,
    listed_item_ar,
    role_after_name_ar,
)
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
    NAMED_AFTER_AR,
    ROLE_NOUNS_AR,
    given_names,
    is_given_name,
    is_role_word_ar,
    next_listed_ar,
)


def spot_sentence(doc: Document, sentence: Sentence) -> None:
    quoted = quoted_names_ar.spot(doc, sentence)
    _role_then_name_ar(doc, sentence, quoted)
    origins_ar.spot_sentence(doc, sentence)
    origins_ar.spot_role_then_name(doc, sentence)
    _name_then_role_ar(doc, sentence)
    _unknown_name_then_role_ar(doc, sentence)
    speaker_names_ar.spot(doc, sentence)
    arabic_subjects.spot(doc, sentence)


def _role_then_name_ar(
    doc: Document, sentence: Sentence, quoted: list[tuple[int, int]] = ()
) -> None:
    """ROLE (complement …) [honorific] NAME: a name opened by a given name or an honorific,
    with the nearest role word at most five words before it; none inside a name `quoted`
    found whole («اللواء "عبد الفتاح البرهان"»)."""
    tokens = sentence.tokens
    k = 0
    while k < len(tokens):
        # «والدكتور خالد أبو الليل»: the next of a list of guests, «و» on the title.
        honorific = (
            strip_clitic(tokens[k].key) in HONORIFICS_AR
            or _after_by(tokens[k].key) in HONORIFICS_AR  # «ممثلا بالنائب عاطف مجدلاني»
            or _engineer(doc, tokens, k)
            or _staff_rank(tokens, k)
        )
        start = k + 1 if honorific else k
        if start >= len(tokens) or not (
            honorific
            or is_given_name(doc, tokens[start])
            or opens_lineage(doc, tokens, start)
            or _apposed_pair(doc, sentence, start)
        ):
            k += 1
            continue
        if not honorific and start > 0 and strip_clitic(tokens[start - 1].key) in _PLACE_NOUNS_AR:
            k += 1  # «رئيس مدينة مرسى مطروح»: the town's name, though «مرسي» is a given name
            continue
        found = name_from_ar(doc, sentence, start)
        if not honorific and _apposed_pair(doc, sentence, start) and _goes_on(tokens, start + 2):
            found = (start, start + 2)  # «المحلل بالمركز الوطني، عقيل العقيل،»: the commas end it
        if found is None or found[1] - found[0] < 2 or after_lineage(tokens, start):
            k += 1
            continue
        if any(a <= tokens[start].start < b for a, b in quoted):
            k = found[1]
            continue
        role = None
        if honorific and tokens[k].key[:1] == "و" and tokens[k].key not in HONORIFICS_AR:
            role_after_name_ar(doc, sentence, found)  # «…، محافظ مطروح، والدكتور رمضان
            k = found[1]  # الصاوي، نائب …»: the role before «و» is the one listed before him
            continue
        if not honorific and _joined_by_and(doc, tokens[start]):
            k = found[1]  # «تفقد الوزير محطات النزهة وهشام بركات»: the next of a list
            continue
        # "المؤسس المشارك لـ Telegram، بافيل دوروف،": a role set off by commas, both sides.
        between_commas = after_comma(doc, sentence, k) and closed_by_comma(doc, sentence, found)
        # Set off by commas, the role may be a whole phrase: «قائد الأمن الداخلي في محافظة
        # السويداء، العميد حسام الطحان،».
        reach = MAX_ROLE if between_commas or honorific else 5
        for r in range(k - 1, max(-1, k - 1 - reach), -1):
            if gap(doc.text, tokens[r], tokens[r + 1]).strip() and not (
                between_commas and r == k - 1
            ):
                break
            # «ممثلا بوزير التربية»: a role noun «ب» is written on (not «بالمؤسسة»).
            bare = _after_by(tokens[r].key)
            by = tokens[r].key[:1] == "ب" and bare in ROLE_NOUNS_AR and bare[:2] != "ال"
            if (is_role_word_ar(tokens[r]) or by) and not (r and tokens[r - 1].key in SERVANT_OF):
                role = None if listed_item_ar(doc, sentence, r) else r
                break
            if is_verbish_ar(tokens[r]) or strip_clitic(tokens[r].key) in SPEECH_VERBS_AR:
                break
            if ends_role_ar(tokens[r]):
                break  # «محافظ جنوب سيناء وبتوجيهات من الدكتور محمد»: no role of his
        while role and strip_clitic(tokens[role - 1].key) in _DEPUTIES_AR:
            if gap(doc.text, tokens[role - 1], tokens[role]).strip():
                break
            role -= 1  # «نائب أمير المنطقة الشرقية», «مساعد وزير الخارجية»: not the minister
        if role is None:
            role_after_name_ar(doc, sentence, found)
            k = found[1]
            continue
        if role and in_words(tokens[role - 1].key, NAMED_AFTER_AR):
            k = found[1]  # «مركز الملك فهد الثقافي»: a place named after a king, no person
            continue
        a, b = found
        if (
            not honorific
            and role < a - 2
            and opens_name(tokens[a - 2], tokens[a - 1])
            and name_word_ar(tokens[a - 1])  # «محافظ الجيزة سابقاً ماهر الجندي»: no «سابقاً»
        ):
            a, k = a - 1, k - 1  # «وزير النفط جبار علي اللعيبي»: the name opens before «علي»
        name = doc.text[tokens[a].start : tokens[b - 1].end]
        feminine = strip_clitic(tokens[role].key).endswith("ه")
        person = doc.add_person(name, "f" if feminine else "")
        role_start = tokens[role].start + (0 if tokens[role].key in ROLE_NOUNS_AR else 1)
        role_end = tokens[k - 1].end
        text = doc.text[role_start:role_end]
        doc.add_role(person, text, "", role_start, role_end)
        k = b


def _apposed_pair(doc: Document, sentence: Sentence, k: int) -> bool:
    """True for two name words set off by commas right after a role: «وقال مدير عام المهرجان،
    شكيب الشومري، إن …», a given name no list knows. The role is looked for as for any name."""
    tokens = sentence.tokens
    if k < 2 or k + 2 >= len(tokens) or not after_comma(doc, sentence, k):
        return False
    if not after_comma(doc, sentence, k + 2) or gap(doc.text, tokens[k], tokens[k + 1]) != " ":
        return False
    pair = tokens[k : k + 2]
    if pair[0].key.startswith("ال") or pair[0].key[:1] in "وفبل":
        return False
    return all(name_word_ar(t) and not is_verbish_ar(t) and not is_role_word_ar(t) for t in pair)


# Nouns a place's name follows: «مدينة مرسى مطروح», «محافظة الدقهلية», «قرية …».
_PLACE_NOUNS_AR = frozenset(
    fold(w) for w in "مدينة محافظة قرية منطقة مركز حي بلدة ولاية إمارة ميناء جزيرة".split()
)


def _goes_on(tokens: list[Token], k: int) -> bool:
    """True when the sentence goes on after an apposed name with a particle («عن», «إن», «أن»),
    not with the next item of a list of names («…، شمس الأصيل، صاحبة العصمة، …»)."""
    return k < len(tokens) and strip_clitic(tokens[k].key) in STOP_AR


def _after_by(key: str) -> str:
    """A folded word without the «ب» or «ل» written on it: «بوزير» -> «وزير», «بالنائب» ->
    «النائب», «للنائب» -> «النائب» (who stood in for someone, whom a statement was made to)."""
    if len(key) > 4 and key.startswith("لل"):
        return "ال" + key[2:]
    return key[1:] if len(key) > 3 and key[0] in "بل" else key


# Words that make another office of the role after them.
_DEPUTIES_AR = frozenset(fold(w) for w in "نائب نائبة مساعد مساعدة وكيل وكيلة".split())


def _joined_by_and(doc: Document, token: Token) -> bool:
    """«وهشام»: a given name after the «و» that joins it to the words before, not «وليد»."""
    return token.key[:1] == "و" and token.key not in given_names(doc.language)


def _staff_rank(tokens: list[Token], k: int) -> bool:
    """The «حرب» of «اللواء أركان حرب خالد شعيب»: a staff rank, not the given name «حرب»."""
    return tokens[k].key == _WAR and k > 0 and tokens[k - 1].key == _STAFF


_WAR, _STAFF = fold("حرب"), fold("أركان")


def _engineer(doc: Document, tokens: list[Token], k: int) -> bool:
    """«م.» for «المهندس» after a word: «وزير الاتصالات م. عبد الله السواحة». After a number it
    is the era («2015 م»)."""
    token = tokens[k]
    return (
        token.key == "م"
        and doc.text[token.end : token.end + 1] == "."
        and k > 0
        and tokens[k - 1].is_arabic
    )


def _name_then_role_ar(doc: Document, sentence: Sentence) -> None:
    """NAME، ROLE …،: two or three name words before a comma and a role word after it."""
    tokens = sentence.tokens
    for c in range(1, len(tokens) - 1):
        if gap(doc.text, tokens[c - 1], tokens[c]).strip() not in {"،", ","}:
            continue
        if strip_clitic(tokens[c].key) not in ROLE_NOUNS_AR:
            continue
        if next_listed_ar(tokens[c]) or listed_item_ar(doc, sentence, c):
            continue  # «آل مكتوم، ووزير الصحة …», «…، أمين الشناينة، …»: the next one listed
        a = c
        while a > 0 and c - a < MAX_NAME and name_word_ar(tokens[a - 1]):
            if a < c and gap(doc.text, tokens[a - 1], tokens[a]).strip():
                break
            if tokens[a - 1].key.startswith("ال") and a < c:
                break  # an article-prefixed word closes a name, it does not open one
            if prefixed_noun(doc, tokens, a - 1):
                break  # «وزير الثقافة والإعلام السعودي، رئيس …»: a role's words, no name
            if a < c and is_verbish_ar(tokens[a - 1]) and not is_given_name(doc, tokens[a - 1]):
                break  # the word before the comma may look like a verb ("توماس"); others not
            if next_listed_ar(tokens[a - 1]):
                break  # «…، وولي العهد، نائب القائد الأعلى»: the next title listed, no name
            if _staff_rank(tokens, a - 1):
                break  # «اللواء أركان حرب خالد شعيب، محافظ مطروح»: the rank ends before him
            a -= 1
        if c - a < 2 and not (c - a == 1 and doc.resolve_person(tokens[a].text)):
            continue
        if tokens[a].key.startswith("ال"):
            continue
        b = c
        while b < len(tokens) and b - c < MAX_ROLE:
            if b > c and (
                gap(doc.text, tokens[b - 1], tokens[b]).strip()
                or tokens[b].key in THAT_AR
                or ends_role_ar(tokens[b])
            ):
                break
            b += 1
        if b - c == MAX_ROLE and b < len(tokens) and not after_comma(doc, sentence, b):
            continue  # «مدرب فريق النجمة الأول لكرة …»: the role runs on past what is asked
        name = doc.text[tokens[a].start : tokens[c - 1].end]
        person = doc.add_person(name, "f" if tokens[c].key.endswith("ه") else "")
        role = doc.text[tokens[c].start : tokens[b - 1].end]
        organisation = _quoted_after_to(doc, tokens[b - 1])
        doc.add_role(person, role, organisation, tokens[c].start, tokens[b - 1].end)


_WORLD = frozenset({fold("العالم")})


def _unknown_name_then_role_ar(doc: Document, sentence: Sentence) -> None:
    """«اعتذر برانكو إيفانكوفيتش المدير الفني لفريق الأهلي»: two words no list knows, opening
    the sentence after its verb or following a verb of saying, then a definite role noun: a
    foreign name and the role set beside it without a comma."""
    tokens = sentence.tokens
    for a in range(1, len(tokens) - 2):
        said = strip_clitic(tokens[a - 1].key) in SPEECH_VERBS_AR
        # «وقال الباحث كريس باركر المشرف على الدراسة»: a role noun between the verb and him.
        titled = a >= 2 and tokens[a - 1].key in ROLE_NOUNS_AR and tokens[a - 1].key[:2] == "ال"
        titled = titled and strip_clitic(tokens[a - 2].key) in SPEECH_VERBS_AR
        if not (a == 1 or said or titled):
            continue
        name, role = tokens[a : a + 2], tokens[a + 2]
        if not role.key.startswith("ال") or role.key not in ROLE_NOUNS_AR or role.key in _WORLD:
            continue  # «بطولة كأس العالم»: "the world", not "the scientist"
        if any(not name_word_ar(t) or t.key.startswith("ال") or is_verbish_ar(t) for t in name):
            continue
        if any(t.key.endswith(("ه", "ات")) for t in name):
            continue  # «إحدى قارات العالم»: a noun in «ة» or a plural; no foreign name ends so
        if any(gap(doc.text, tokens[k], tokens[k + 1]).strip() for k in range(a - 1, a + 2)):
            continue  # a comma or a quote mark between: not one run of words
        if doc.resolve_person(doc.text[name[0].start : name[1].end]) is None:
            role_after_name_ar(doc, sentence, (a, a + 2))


# «الرئيس التنفيذي ل«آسيا سات»»: the organisation in quote marks right after a bare «ل».
_QUOTED = re.compile(r"[«\"“]([^»\"”\n]{2,40})[»\"”]")


def _quoted_after_to(doc: Document, last: Token) -> str:
    """The organisation a role names in quote marks after a bare «ل» (its last word), or ""."""
    if last.key != "ل":
        return ""
    found = _QUOTED.match(doc.text, last.end)
    return found.group(1).strip() if found else ""
