"""People in Arabic news: a role before the name ("وزير الإعلام حمزة المصطفى", "مدير عام
المياه بمنطقة جازان المهندس حسين بن محمد قميري"), a role after it ("سعد الشهري، مدرب فريق
الاتفاق،"), or a name straight after a verb of saying or "بحسب"."""

from __future__ import annotations

import re

from . import (
    arabic_subjects,
    envoys_ar,
    listed_people_ar,
    names_then_roles_ar,
    origins_ar,
    protocol_roles_ar,
    quoted_names_ar,
    speaker_names_ar,
)
from .arabic_name_ends import name_closed_at, name_from_ar
from .arabic_names import (
    SERVANT_OF,
    THAT_AR,
    after_lineage,
    article_nouns,
    in_words,
    is_nisba_ar,
    is_verbish_ar,
    name_word_ar,
    opens_lineage,
    opens_name,
)
from .arabic_roles import (
    ADVERBS_AR,
    MAX_ROLE,
    after_comma,
    closed_by_comma,
    ends_role_ar,
    listed_item_ar,
    role_after_name_ar,
)
from .company_names_ar import named_after_company
from .document import (
    SPEECH_VERBS_AR,
    STOP_AR,
    Document,
    Sentence,
    Token,
    fold,
    gap,
    strip_clitic,
    without_preposition,
)
from .names import (
    HONORIFICS_AR,
    NAMED_AFTER_AR,
    ROLE_NOUNS_AR,
    folded_places,
    given_names,
    is_given_name,
    is_role_word_ar,
)
from .names_then_roles_ar import staff_rank
from .precision import AUXILIARIES_AR


def spot_sentence(doc: Document, sentence: Sentence) -> None:
    quoted = quoted_names_ar.spot(doc, sentence)
    _role_then_name_ar(doc, sentence, quoted)
    envoys_ar.spot(doc, sentence)
    origins_ar.spot_sentence(doc, sentence)
    origins_ar.spot_role_then_name(doc, sentence)
    names_then_roles_ar.name_then_role(doc, sentence)
    names_then_roles_ar.unknown_name_then_role(doc, sentence)
    names_then_roles_ar.listed_name_then_role(doc, sentence)
    speaker_names_ar.spot(doc, sentence)
    listed_people_ar.spot(doc, sentence)
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
            or without_preposition(tokens[k].key) in HONORIFICS_AR  # «ممثلا بالنائب عاطف مجدلاني»
            or _engineer(doc, tokens, k)
            or staff_rank(tokens, k)
        ) and not _describes_the_role(doc, tokens, k)
        start = k + 1 if honorific else k
        # «لشركة تيسلا إيلون ماسك»: two words after a company's one-word name (company_names_ar)
        company = not honorific and named_after_company(doc, tokens, start)
        if start >= len(tokens) or not (
            honorific
            or is_given_name(doc, tokens[start])
            or opens_lineage(doc, tokens, start)
            or _apposed_pair(doc, sentence, start)
            or _unknown_after_role(doc, tokens, start)
            or _family_named_after_role(doc, sentence, start)
            or company
        ):
            k += 1
            continue
        if not honorific and start > 0 and strip_clitic(tokens[start - 1].key) in _PLACE_NOUNS_AR:
            k += 1  # «رئيس مدينة مرسى مطروح»: the town's name, though «مرسي» is a given name
            continue
        found = name_from_ar(doc, sentence, start)
        if company and (found is None or found[1] - found[0] < 2):
            found = (start, start + 2)  # «لمجموعة ميتسو كيرا تاناكا إن»: the close ends it
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
        if (
            not honorific
            and _joined_by_and(doc, tokens[start])
            and not _unknown_after_role(doc, tokens, start)  # «العداءة البحرينية وينفريد»
        ):
            k = found[1]  # «تفقد الوزير محطات النزهة وهشام بركات»: the next of a list
            continue
        # "المؤسس المشارك لـ Telegram، بافيل دوروف،": a role set off by commas, both sides.
        between_commas = after_comma(doc, sentence, k) and closed_by_comma(doc, sentence, found)
        # Set off by commas, the role may be a whole phrase: «قائد الأمن الداخلي في محافظة
        # السويداء، العميد حسام الطحان،».
        reach = protocol_roles_ar.reach(
            tokens, k, MAX_ROLE + 1 if between_commas or honorific else 5
        )
        # «لشركة تيسلا إيلون ماسك»: the company's name is no verb that ends the role («تيسلا»).
        for r in range(k - 1, max(-1, k - 1 - reach), -1):
            if company and r == k - 1:
                continue
            between = gap(doc.text, tokens[r], tokens[r + 1]).strip()
            if company:  # «لشركة «تيسلا» إيلون ماسك»: a company's quoted name goes on with it
                between = between.strip('«»"“”')
            if between and not (between_commas and r == k - 1):
                break
            # «ممثلا بوزير التربية»: a role noun «ب» is written on (not «بالمؤسسة»).
            bare = without_preposition(tokens[r].key)
            by = tokens[r].key[:1] == "ب" and bare in ROLE_NOUNS_AR and bare[:2] != "ال"
            if (is_role_word_ar(tokens[r]) or by) and not (r and tokens[r - 1].key in SERVANT_OF):
                role = None if listed_item_ar(doc, sentence, r) else r
                break
            if is_verbish_ar(tokens[r]) or strip_clitic(tokens[r].key) in SPEECH_VERBS_AR:
                break
            if ends_role_ar(tokens[r]):
                break  # «محافظ جنوب سيناء وبتوجيهات من الدكتور محمد»: no role of his
            if 0 < r < k - 1 and is_given_name(doc, tokens[r]) and _titles(doc, tokens, r - 1):
                break  # «برئاسة المستشار عيسى الكعبي وأمانة السر نواف خلفان»: another's name
                # stands between, and the role is no «المستشار عيسى الكعبي وأمانة السر»
        # «مساعد وزير الدولة … السفير الدكتور سامي الصالح»: «السفير» is his title.
        titled = None if role is None else protocol_roles_ar.role_before_title(doc, tokens, role, k)
        title = None if titled is None else role
        role = role if titled is None else titled
        if role:
            role = protocol_roles_ar.with_deputies(doc, tokens, role)
        if role and _described_role(doc, tokens, role):
            role -= 1  # «الناطق الإعلامي باسم الوزارة»: not «الإعلامي باسم الوزارة»
        owned = None
        if role and _owned_role(tokens[role]):
            # «رئيس مجلس إدارة البنك العربي ومديره العام عبد المجيد شومان»: "and its director
            # general" leans on the role before it, which names the bank.
            window = range(max(0, role - MAX_ROLE), role)
            earlier = [r for r in window if is_role_word_ar(tokens[r])]
            if earlier:
                owned, role = role, earlier[0]
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
        if (
            owned is None
            and _owned_role(tokens[role])
            and role + 1 < a
            and all(name_word_ar(t) and t.key[:2] != "ال" for t in tokens[role + 1 : a])
        ):
            a, k = role + 1, role + 1  # «وقال محاميه شافعي عبد الله»: "his lawyer", then the name
        name = doc.text[tokens[a].start : tokens[b - 1].end]
        feminine = tokens[role].text.endswith("ة")  # «مديره» (its director) folds as «مديرة»
        # «الوزير مفوض … الدكتورة منال رضوان»: the title says she, though the role does not.
        feminine = feminine or (honorific and tokens[k].text.endswith("ة"))
        person = doc.add_person(name, "f" if feminine else "")
        role_start = tokens[role].start + (0 if tokens[role].key in ROLE_NOUNS_AR else 1)
        last = k - 1 if owned is None else owned - 1
        if title is not None:
            last = title - 1
        while last > role and strip_clitic(tokens[last].key) in HONORIFICS_AR:
            last -= 1  # «رئيس اللجنة النائب د. جمال صالح»: «النائب» is his title, not the role's
        role_end = tokens[last].end
        # «الرئيس التنفيذي لشركة «تيسلا»»: the role as a question writes it, without the marks.
        text = re.sub(
            r' ?[«»"“”] ?',
            lambda m: " " if m.group().strip() != m.group() else "",
            doc.text[role_start:role_end],
        ).strip()
        # «وزير البيئة والمياه والزراعة رئيس مجلس إدارة …»: his first role, written before.
        protocol_roles_ar.add_role_before(doc, tokens, role, person)
        doc.add_role(person, text, "", role_start, role_end)
        k = b


# Folded. Roles with the article that a name no list knows may follow («المدرب خورخي بيلدا»);
# not «العالم» (the world), «الطبيب» (a part's name) and others a noun may follow.
_HOLDERS_AR = frozenset(
    fold(w)
    for w in """المدرب المدربة اللاعب اللاعبة الوزير الوزيرة الرئيس الرئيسة المدير المديرة
    المتحدث المتحدثة السفير السفيرة الكاتب الكاتبة الباحث الباحثة المهاجم المهاجمة الحارس
    الحارسة الصحفي الصحفية الإعلامي الإعلامية المخرج المخرجة الفنان الفنانة الروائي الروائية
    الشاعر الشاعرة النجم النجمة المحامي المحامية القاضي القاضية المستشار المستشارة العداء
    العداءة السباح السباحة الملاكم الملاكمة المصارع الرباع الرباعة الدراج الدراجة""".split()
)


def _titles(doc: Document, tokens: list[Token], k: int) -> bool:
    """True for an honorific («المستشار», «الدكتور») that a person's given name may follow; not
    «الإعلامي» describing a role («الناطق الإعلامي باسم الوزارة»: «باسم» no given name)."""
    return strip_clitic(tokens[k].key) in HONORIFICS_AR and not _describes_the_role(doc, tokens, k)


# Titles that are adjectives too: after a role word they say what kind of role it is.
_ADJECTIVE_TITLES_AR = frozenset(fold(w) for w in "الإعلامي الإعلامية الصحفي الصحفية".split())


def _describes_the_role(doc: Document, tokens: list[Token], k: int) -> bool:
    """True for «الإعلامي» right after a role word: «الناطق الإعلامي بصحة جازان جبريل القبي»
    is the media spokesman, and «بصحة جازان جبريل» no name after a title (set s: offered as a
    person, both reviewers)."""
    return (
        k > 0
        and tokens[k].key in _ADJECTIVE_TITLES_AR
        and is_role_word_ar(tokens[k - 1])
        and not gap(doc.text, tokens[k - 1], tokens[k]).strip()
    )


def _unknown_after_role(doc: Document, tokens: list[Token], k: int) -> bool:
    """True for a word no list knows right after a definite role, perhaps with its nationality
    between («المدرب الإسباني خورخي بيلدا»): a foreign given name, when it is no noun the
    article writes with «ال», no verb and no word of a name's shape."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    before = tokens[k - 1]
    # «العداءة البحرينية وينفريد يافي»: a woman's nationality ends in «ية».
    nisba = is_nisba_ar(before.key) or (before.key[:2] == "ال" and before.key.endswith("يه"))
    at = k - 1
    if nisba and k >= 2 and before.key not in _HOLDERS_AR:
        at = k - 2
        before = tokens[at]
    held = before.key in _HOLDERS_AR or (
        _construct_role(tokens, at) and name_closed_at(doc, tokens, k + 2)
    )
    word, family = tokens[k], tokens[k + 1]
    if k + 2 < len(tokens) and is_role_word_ar(tokens[k + 2]):
        return False  # «الباحث كريس باركر المشرف على الدراسة»: the role after him says more
    if is_role_word_ar(tokens[k]) or strip_clitic(tokens[k].key) in HONORIFICS_AR:
        return False  # a second role, no name
    if tokens[k + 1].key in folded_places("ar"):
        return False  # «رئيس الوزراء حاكم دبي»: the ruler of a place, no family name
    return (
        held
        and all(
            name_word_ar(t)
            and t.key not in THAT_AR
            and t.key not in AUXILIARIES_AR
            and t.key not in ADVERBS_AR
            and t.text != "على"  # «العالم رونتغن على جائزة»: the preposition, not «علي»
            # «جائزته», «مرات»: no name; «أوليفييه», «كزافييه»: a French name
            and (not t.text.endswith(("ها", "هم", "ه", "ات")) or t.text.endswith("ييه"))
            for t in (word, family)
        )
        and (word.key[:1] not in "وفبل" and not is_verbish_ar(word) or _foreign_w(word, family))
        and word.key not in article_nouns(doc)
        and not gap(doc.text, tokens[k - 1], word).strip()
    )


def _construct_role(tokens: list[Token], at: int) -> bool:
    """True when tokens[at] is the complement of a role noun before it, the two a role with the
    nationality after them: «وزيرة الصحة الفرنسية أنياس بوزين», «وزير الخارجية الأمريكي …»."""
    complement, head = tokens[at], tokens[at - 1] if at >= 1 else None
    return (
        head is not None
        and complement.key[:2] == "ال"
        and head.key in ROLE_NOUNS_AR  # «وزيرة» is no «و» on «زيرة»
        and head.key[:2] != "ال"
    )


def _foreign_w(word: Token, family: Token) -> bool:
    """True for a foreign given name that opens with «و» («العداءة وينفريد موتيلي يافي»,
    «المدرب ويليام …»): long, no «وال», and a family word after it without «و» or «ال» (not
    «المدرب الوطني ويتابع الفريق»: "and follows the team")."""
    return (
        word.key[:1] == "و"
        and len(word.key) >= 6
        and word.key[1:3] != "ال"
        and family.key[:1] != "و"
        and family.key[:2] != "ال"
    )


def _family_named_after_role(doc: Document, sentence: Sentence, k: int) -> bool:
    """True for words no list knows right after a role and its definite complement that end,
    within three words, in a family name of origin closed by a comma: «افتتح وزير النقل رزاق
    محيبس السعداوي، اليوم …». The comma and the «ال…ي» family name say where a name ends, as a
    given name would say where it starts."""
    tokens = sentence.tokens
    if k < 2 or not is_role_word_ar(tokens[k - 2]) or tokens[k - 2].key.startswith("ال"):
        return False
    if not tokens[k - 1].key.startswith("ال") or is_nisba_ar(tokens[k - 1].key):
        return False  # «وزير النقل …», not «وزير النقل العراقي …»: his origin, then the name
    for end in range(k + 1, min(k + 3, len(tokens))):
        words = tokens[k : end + 1]
        if not is_nisba_ar(words[-1].key) or not closed_by_comma(doc, sentence, (k, end + 1)):
            continue
        return all(
            name_word_ar(t)
            and not is_verbish_ar(t)
            and not t.key.startswith("ال")
            and t.key[:1] not in "وفبل"
            and t.key not in article_nouns(doc)
            for t in words[:-1]
        )
    return False


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


def _owned_role(token: Token) -> bool:
    """True for a role noun with a pronoun on it: «ومديره» (and its director), «رئيسها»."""
    text = token.text.removeprefix("و")
    for suffix in ("ه", "ها"):
        if text.endswith(suffix) and fold(text.removesuffix(suffix)) in ROLE_NOUNS_AR:
            return True
    return False


def _described_role(doc: Document, tokens: list[Token], r: int) -> bool:
    """True when the role word at `r` describes the role noun just before it, both with the
    article: «الناطق الإعلامي», «المتحدث الإعلامي» name one office (a blind reviewer rejected
    seven questions of one article asking of «الإعلامي باسم وزارة المياه», an adjective with
    no noun)."""
    before, word = tokens[r - 1], tokens[r]
    return (
        is_role_word_ar(before)
        and not gap(doc.text, before, word).strip()
        and strip_clitic(before.key).startswith("ال")
        and word.key.startswith("ال")
    )


def _goes_on(tokens: list[Token], k: int) -> bool:
    """True when the sentence goes on after an apposed name with a particle («عن», «إن», «أن»),
    not with the next item of a list of names («…، شمس الأصيل، صاحبة العصمة، …»)."""
    return k < len(tokens) and strip_clitic(tokens[k].key) in STOP_AR


def _joined_by_and(doc: Document, token: Token) -> bool:
    """«وهشام»: a given name after the «و» that joins it to the words before, not «وليد»."""
    return token.key[:1] == "و" and token.key not in given_names(doc.language)


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
